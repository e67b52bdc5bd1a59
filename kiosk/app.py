"""The composition root: builds the QApplication and wires services into screens."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk import __version__
from kiosk.core.paths import UserPaths, user_paths
from kiosk.core.settings import LoadedSettings, load_settings
from kiosk.services.admin_door import AdminDoor
from kiosk.services.i18n import LanguageService
from kiosk.services.idle import IdleWatcher
from kiosk.services.lockdown import KioskGuard
from kiosk.services.logs import route_qt_messages, setup_logging
from kiosk.services.visit import VisitReset
from kiosk.storage.pin_file import PinFile
from kiosk.ui.context import ScreenContext
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.admin import AdminScreen
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.base import ScreenId
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.learn import LearnScreen
from kiosk.ui.screens.news import NewsScreen
from kiosk.ui.screens.pin import PinScreen
from kiosk.ui.screens.pledge import PledgeScreen
from kiosk.ui.screens.publications import PublicationsScreen
from kiosk.ui.screens.watch import WatchScreen
from kiosk.ui.style import Theme

log = logging.getLogger(__name__)


@dataclass
class KioskOptions:
    """What the command line can override; None means "from the config file"."""

    windowed: bool = False
    content_dir: Path | None = None
    config_file: Path | None = None
    data_dir: Path | None = None
    lang: str | None = None


@dataclass
class Kiosk:
    """The assembled application: its window and the services behind it."""

    app: QApplication
    window: MainWindow
    context: ScreenContext
    idle: IdleWatcher
    guard: KioskGuard
    door: AdminDoor
    config: LoadedSettings
    extras: dict[str, object] = field(default_factory=dict)

    def shutdown(self) -> None:
        """Undo the application-wide hooks (tests build many kiosks in one process)."""
        self.idle.uninstall()
        self.guard.uninstall()
        self.window.allow_close = True
        self.window.close()
        self.window.deleteLater()


def qt_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created with the environment the kiosk needs."""
    # The on-screen keyboard is embedded in the window, never a separate desktop panel.
    os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1")
    app = QApplication.instance()
    if app is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Blue Heart Kiosk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("UNODC")
    import kiosk.resources_rc  # noqa: F401  (registers :/qss, :/i18n, images)

    return app


def build_kiosk(
    options: KioskOptions,
    paths: UserPaths | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Kiosk:
    """Build the whole kiosk (not shown yet). Never raises for bad configuration.

    Args:
        options: what the command line overrides.
        paths: the user folders (default: the platform's, with ``options.data_dir``).
        clock: monotonic seconds for the idle watcher, the guard and the PIN lockout (tests
            pass a fake one).
    """
    app = qt_application()
    paths = paths or user_paths(options.data_dir)
    config = load_settings(options.config_file or paths.config_file)
    settings = config.settings
    if options.data_dir is None and settings.kiosk.data_dir:
        paths = user_paths(Path(settings.kiosk.data_dir))
    for warning in config.warnings:
        log.warning("%s", warning)

    theme = Theme()
    theme.attach(app.setStyleSheet)
    language = LanguageService(default=options.lang or settings.kiosk.language)
    visit_reset = VisitReset()
    context = ScreenContext(
        settings=settings,
        paths=paths,
        theme=theme,
        language=language,
        visit_reset=visit_reset,
        kiosk_mode=not options.windowed,
        warnings=list(config.warnings),
    )
    door = AdminDoor(PinFile(paths.pin_file), clock=clock)
    if not door.has_pin():
        context.warnings.append(
            f"{paths.pin_file}: no admin PIN is set; Admin stays locked until one is set with 'blueheart-kiosk set-pin'"
        )
    factories = {
        ScreenId.ATTRACT: lambda: AttractScreen(context),
        ScreenId.HOME: lambda: HomeScreen(context),
        ScreenId.LEARN: lambda: LearnScreen(context),
        ScreenId.NEWS: lambda: NewsScreen(context),
        ScreenId.WATCH: lambda: _watch_screen(context, idle),
        ScreenId.PUBLICATIONS: lambda: PublicationsScreen(context),
        ScreenId.PLEDGE: lambda: PledgeScreen(context),
        ScreenId.PIN: lambda: PinScreen(context, door),
        ScreenId.ADMIN: lambda: _admin_screen(context, window),
    }
    window = MainWindow(context, factories)
    language.set_language(language.default)
    visit_reset.register("language", language.reset)

    idle = IdleWatcher(settings.kiosk.idle_timeout, settings.kiosk.warning_seconds, clock=clock, parent=window)
    idle.warning_shown.connect(window.show_still_there)
    idle.warning_tick.connect(window.update_still_there)
    idle.warning_cancelled.connect(window.hide_still_there)
    idle.visit_ended.connect(window.end_visit)
    idle.install()

    guard = KioskGuard(
        locked=context.kiosk_mode,
        cursor_hide_seconds=settings.kiosk.cursor_hide_seconds,
        hotspot=window.admin_hotspot,
        clock=clock,
        parent=window,
    )
    guard.admin_gesture.connect(lambda: window.show_screen(ScreenId.PIN))
    guard.install()

    window.show_screen(ScreenId.ATTRACT)
    return Kiosk(app=app, window=window, context=context, idle=idle, guard=guard, door=door, config=config)


def _watch_screen(context: ScreenContext, idle: IdleWatcher) -> WatchScreen:
    """The Watch screen and its player; the idle clock holds while something plays."""
    from kiosk.services.media import Player

    player = Player(max_volume=context.settings.media.max_volume, language=context.language.current or "en")
    player.playing_changed.connect(lambda playing: idle.pause("media") if playing else idle.resume("media"))
    screen = WatchScreen(context, player)
    player.setParent(screen)
    return screen


def _admin_screen(context: ScreenContext, window: MainWindow) -> AdminScreen:
    screen = AdminScreen(context)

    def leave_kiosk() -> None:
        log.info("exit requested from Admin")
        window.allow_close = True
        QApplication.instance().quit()

    screen.exit_requested.connect(leave_kiosk)
    return screen


def show(kiosk: Kiosk) -> None:
    """Show the window full screen (kiosk) or as a normal window (development)."""
    window = kiosk.window
    if kiosk.context.kiosk_mode:
        window.setWindowFlags(window.windowFlags() | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    # Build the other screens after the first frame, so a visitor's first tap is instant.
    QTimer.singleShot(0, window.warm_up)


def run(options: KioskOptions) -> int:
    """Run the kiosk until Admin exits it."""
    paths = user_paths(options.data_dir)
    used = setup_logging(paths.log_file)
    log.info("Blue Heart Kiosk %s starting (log: %s)", __version__, used or "stderr only")
    app = qt_application()
    route_qt_messages()
    kiosk = build_kiosk(options, paths)
    show(kiosk)
    code = app.exec()
    log.info("Blue Heart Kiosk stopped (%s)", code)
    return code
