"""Logging: a rotating file in the platform's log folder, with Qt's own messages filtered."""

from __future__ import annotations

import logging
import logging.handlers
import os
import weakref
from pathlib import Path

from PySide6.QtCore import QLoggingCategory

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

#: The handlers setup_logging added: a second call replaces them.
_ADDED: weakref.WeakSet[logging.Handler] = weakref.WeakSet()


def setup_logging(log_file: Path | None, level: int = logging.INFO) -> Path | None:
    """Log to ``log_file`` (rotating, 5 × 1 MiB) and stderr; returns the file actually used.

    A log folder that cannot be written never stops the kiosk: it logs to stderr only.
    """
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if handler in _ADDED:
            root.removeHandler(handler)
    stream = logging.StreamHandler()
    stream.setFormatter(logging.Formatter(_FORMAT))
    _ADDED.add(stream)
    root.addHandler(stream)
    used: Path | None = None
    if log_file is not None:
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                log_file, maxBytes=1024 * 1024, backupCount=5, encoding="utf-8"
            )
        except OSError as exc:
            logging.getLogger(__name__).warning("cannot write the log file %s: %s", log_file, exc)
        else:
            handler.setFormatter(logging.Formatter(_FORMAT))
            _ADDED.add(handler)
            root.addHandler(handler)
            used = log_file
    return used


#: Qt's chatter that says nothing a deployer can act on (measured with PySide6 6.11.3): the
#: PipeWire library probe (PulseAudio is used instead), the FFmpeg banner, FFmpeg's dump of every
#: file's streams (four lines a stream), "No HW decoder found" on a PC without video decoding.
_QUIET_BY_DEFAULT = (
    "qt.multimedia.symbolsresolver.warning=false",
    "qt.multimedia*.info=false",
    "qt.multimedia*.debug=false",
)
_filter_rules: list[str] = []
_verbose = False


def add_qt_filter_rules(*rules: str) -> None:
    """Add Qt logging filter rules (``QLoggingCategory.setFilterRules`` keeps only the last set,
    so every part of the kiosk adds its rules here). ``QT_LOGGING_RULES`` still overrides them."""
    for rule in rules:
        if rule not in _filter_rules:
            _filter_rules.append(rule)
    QLoggingCategory.setFilterRules("\n".join(_filter_rules))


def quiet_qt_output(verbose: bool = False) -> None:
    """Keep Qt's output to what matters, unless ``verbose`` (``--debug``, or
    ``KIOSK_LOG_LEVEL=DEBUG``) asks for all of it."""
    global _verbose
    _verbose = _verbose or verbose or os.environ.get("KIOSK_LOG_LEVEL", "").upper() == "DEBUG"
    if not _verbose:
        add_qt_filter_rules(*_QUIET_BY_DEFAULT)
