"""The on-screen keyboard's Qt side: environment, layouts per language, the QML panel.

Qt Virtual Keyboard runs inside the window: its QML ``InputPanel`` lives in a
QQuickWidget (see :mod:`kiosk.ui.widgets.keyboard`). Measured facts this module
relies on (PySide6 6.11.3):

* ``QT_IM_MODULE=qtvirtualkeyboard`` makes the keyboard the input method;
  ``QT_VIRTUALKEYBOARD_DESKTOP_DISABLE=1`` stops it opening its own window.
  Both must be set before the QApplication exists.
* Loading the panel's QML logs warnings from Qt's QML loader thread
  (``qt.qml.propertyCache.append``, QtMultimedia's PipeWire probe). With a
  Python message handler installed (the kiosk's log routing, pytest-qt), a
  *synchronous* load hangs for ever: the loader thread waits for the GIL while
  the GUI thread, holding it, waits for the loader. So the panel is loaded
  asynchronously (the GUI thread keeps running the event loop, which releases
  the GIL), and :func:`quiet_loader_warnings` keeps those two known, harmless
  warnings out of the log and the tests.
* The panel's height is its width / 3.2 (measured 800 → 250, 1920 → 600 px), plus the
  candidate bar while Chinese is typed in pinyin.
* The pinyin input method learns chosen words into a user dictionary at a fixed place,
  ``<config>/qtvirtualkeyboard/pinyin/usr_dict.dat`` (``VirtualKeyboardSettings.userDataPath``
  does not move it). Fields flagged ``Qt.ImhSensitiveData`` switch that learning off, so one
  visitor's words are never offered to the next; :func:`forget_learnt_words` also removes a
  dictionary left from before.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from kiosk.core.languages import LANGUAGES, language_or_fallback

log = logging.getLogger(__name__)

#: Qt Virtual Keyboard locale for each UI language (its layouts; Chinese uses pinyin), from the table.
KEYBOARD_LOCALES = {lang.code: lang.keyboard_locale for lang in LANGUAGES}
#: Height of the keyboard panel for a given width.
PANEL_ASPECT = 3.2

PANEL_URL = "qrc:/qml/OnScreenKeyboard.qml"
"""The panel's QML (assets/ui/qml/OnScreenKeyboard.qml, compiled into the resources)."""

_QUIET_RULES = "\n".join(
    [
        # Emitted on the QML loader thread (see the module docstring): never reaches a handler.
        "qt.qml.propertyCache.append.warning=false",
        # The panel's key sounds load QtMultimedia, which looks for PipeWire and says so
        # when it is absent (PulseAudio is used instead).
        "qt.multimedia.symbolsresolver.warning=false",
    ]
)


def prepare_environment() -> None:
    """Select the embedded virtual keyboard; call before the QApplication is created."""
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1")


def quiet_loader_warnings() -> None:
    """Switch off the QML loader-thread warning that deadlocks a Python message handler."""
    from kiosk.services.logs import add_qt_filter_rules

    add_qt_filter_rules(*_QUIET_RULES.splitlines())


def pinyin_user_folder() -> Path:
    """Where Qt Virtual Keyboard's pinyin input method keeps its user dictionary."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.ConfigLocation)) / "qtvirtualkeyboard" / "pinyin"


def forget_learnt_words() -> None:
    """Remove a pinyin user dictionary left from an earlier run (Qt logs, once, that it makes a new one)."""
    folder = pinyin_user_folder()
    try:
        (folder / "usr_dict.dat").unlink(missing_ok=True)
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.warning("pinyin user dictionary %s: %s", folder, error)


def keyboard_locale(language: str) -> str:
    """The keyboard layout for a UI language (English for an unknown one)."""
    return language_or_fallback(language).keyboard_locale


def panel_height(width: int) -> int:
    """The panel's height at ``width`` pixels."""
    return round(width / PANEL_ASPECT)
