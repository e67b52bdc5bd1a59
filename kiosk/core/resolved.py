"""The command line over the configuration file: one place decides every path and choice.

:func:`resolve` is the only place where ``--content``, ``--data-dir``, ``--lang`` and
``--config`` meet the settings; the running kiosk (kiosk/app.py) and the organiser's commands
(kiosk/cli.py) both use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.core.paths import UserPaths, user_paths
from kiosk.core.settings import Settings, load_settings


@dataclass(frozen=True)
class KioskOptions:
    """What the command line can override; None means "from the config file"."""

    windowed: bool = False
    content_dir: Path | None = None
    config_file: Path | None = None
    data_dir: Path | None = None
    lang: str | None = None


@dataclass(frozen=True)
class ResolvedConfig:
    """The choices the kiosk runs with, the command line over the configuration file.

    Attributes:
        config_file: the configuration file in use (``--config``, or the default place).
        content_dir: the organiser's content pack (``--content``, else ``kiosk.content_dir``),
            None for the bundled content only.
        paths: the config, data and log folders (data: ``--data-dir``, else ``kiosk.data_dir``).
        language: the default UI language (``--lang``, else ``kiosk.language``).
        renderer: the keyboard's renderer choice (``display.renderer``).
        kiosk_mode: full screen and locked (not ``--windowed``).
    """

    config_file: Path
    content_dir: Path | None
    paths: UserPaths
    language: str
    renderer: str
    kiosk_mode: bool

    @property
    def data_dir(self) -> Path:
        return self.paths.data_dir


def config_file_for(options: KioskOptions, paths: UserPaths | None = None) -> Path:
    """The configuration file to read: ``--config``, else the default place."""
    if options.config_file is not None:
        return Path(options.config_file)
    return (paths or user_paths(options.data_dir)).config_file


def resolve(options: KioskOptions, settings: Settings, paths: UserPaths | None = None) -> ResolvedConfig:
    """Merge the command line over the settings (read from :func:`config_file_for`).

    Args:
        options: what the command line gave.
        settings: the validated configuration file.
        paths: the user folders to start from (default: the platform's, with ``--data-dir``).
    """
    paths = paths or user_paths(options.data_dir)
    config_file = config_file_for(options, paths)
    if options.data_dir is None and settings.kiosk.data_dir:
        paths = UserPaths(paths.config_dir, Path(settings.kiosk.data_dir), paths.log_dir)
    content_dir = options.content_dir or (Path(settings.kiosk.content_dir) if settings.kiosk.content_dir else None)
    return ResolvedConfig(
        config_file=config_file,
        content_dir=Path(content_dir) if content_dir else None,
        paths=paths,
        language=options.lang or settings.kiosk.language,
        renderer=settings.display.renderer,
        kiosk_mode=not options.windowed,
    )


def data_dir_for(config_file: Path | None, data_dir: Path | None) -> Path:
    """The data folder an organiser's command works on: ``--data-dir``, else the configuration
    file's ``kiosk.data_dir``, else the platform's data folder."""
    options = KioskOptions(config_file=config_file, data_dir=data_dir)
    return resolve(options, load_settings(config_file_for(options)).settings).data_dir
