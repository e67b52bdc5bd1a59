"""The composition root: builds the QApplication and wires services into screens."""

from __future__ import annotations

import importlib
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk import __version__
from kiosk.core.paths import UserPaths, bundled_content_dir, user_paths
from kiosk.core.settings import LoadedSettings, load_settings
from kiosk.services.admin_door import AdminDoor
from kiosk.services.fonts import load_bundled_fonts
from kiosk.services.i18n import LanguageService
from kiosk.services.idle import IdleWatcher
from kiosk.services.keyboard import prepare_environment as prepare_keyboard
from kiosk.services.lockdown import KioskGuard
from kiosk.services.logs import setup_logging
from kiosk.services.visit import VisitReset
from kiosk.storage.pin_file import PinFile
from kiosk.ui.context import ScreenContext
from kiosk.ui.first_frame import AfterFirstFrame
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.base import ScreenId
from kiosk.ui.style import Theme

if TYPE_CHECKING:
    from kiosk.core.content import LoadedContent
    from kiosk.ui.widgets.ticker import NewsTicker

log = logging.getLogger(__name__)

#: Milliseconds after a visit ends before its freed memory is handed back to the system.
RELEASE_AFTER_VISIT_MS = 2000


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
    #: Installs the idle watcher and the guard right after the first frame (``.done`` once it has).
    watching: AfterFirstFrame | None = None

    def shutdown(self) -> None:
        """Undo the application-wide hooks (tests build many kiosks in one process)."""
        self.idle.uninstall()
        self.guard.uninstall()
        if self.context.pledges is not None:
            self.context.pledges.close()
        if "impact" in self.extras:
            self.extras["impact"].recorder.close()
        self.context.language.uninstall()
        self.window.allow_close = True
        self.window.close()
        self.window.deleteLater()


def qt_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created with the environment the kiosk needs."""
    # The on-screen keyboard is embedded in the window, never a separate desktop panel.
    os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1")
    prepare_keyboard()
    app = QApplication.instance()
    if app is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    # Touch-first: no double tap means anything here. Measured with PySide6 6.11.3: with a
    # touch QScroller on a form, a tap on another control within the double-click interval
    # became a double click and its press was lost (every second quick tap did nothing).
    app.styleHints().setMouseDoubleClickInterval(0)
    app.setApplicationName("Blue Heart Kiosk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("UNODC")
    import kiosk.resources_rc  # noqa: F401  (registers :/qss, :/i18n, images)

    load_bundled_fonts()
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
    content_dir = options.content_dir or (Path(settings.kiosk.content_dir) if settings.kiosk.content_dir else None)
    content = ContentOnDemand(context, content_dir)
    door = AdminDoor(PinFile(paths.pin_file), clock=clock)
    if not door.has_pin():
        context.warnings.append(
            f"{paths.pin_file}: no admin PIN is set; Admin stays locked until one is set with 'blueheart-kiosk set-pin'"
        )
    # Only Attract is imported before the first frame; the other screens' modules load when
    # first built (right after the first frame, see MainWindow.warm_up).
    factories = {
        ScreenId.ATTRACT: lambda: AttractScreen(context),
        ScreenId.HOME: lambda: _screen("home", "HomeScreen")(context),
        ScreenId.LEARN: lambda: _screen("learn", "LearnScreen")(context),
        ScreenId.NEWS: lambda: _screen("news", "NewsScreen")(context),
        ScreenId.WATCH: lambda: _watch_screen(context, idle),
        ScreenId.PUBLICATIONS: lambda: _screen("publications", "PublicationsScreen")(context),
        ScreenId.PLEDGE: lambda: _screen("pledge", "PledgeScreen")(context),
        ScreenId.PIN: lambda: _screen("pin", "PinScreen")(context, door),
        ScreenId.ADMIN: lambda: _admin_screen(context, window),
    }
    # Every screen but Attract needs the content pack: it loads before the first of them is
    # built (right after the first frame), keeping pydantic off the first frame's path.
    factories = {sid: make if sid is ScreenId.ATTRACT else content.before(make) for sid, make in factories.items()}
    window = MainWindow(context, factories)
    language.set_language(language.default)
    visit_reset.register("language", language.reset)

    idle = IdleWatcher(settings.kiosk.idle_timeout, settings.kiosk.warning_seconds, clock=clock, parent=window)
    idle.warning_shown.connect(window.show_still_there)
    idle.warning_tick.connect(window.update_still_there)
    idle.warning_cancelled.connect(window.hide_still_there)
    idle.visit_ended.connect(window.end_visit)
    # Nobody is at the kiosk now: hand what the visit freed back to the system (a few ms).
    idle.visit_ended.connect(lambda: QTimer.singleShot(RELEASE_AFTER_VISIT_MS, window, _release_free_memory))

    guard = KioskGuard(
        locked=context.kiosk_mode,
        cursor_hide_seconds=settings.kiosk.cursor_hide_seconds,
        hotspot=window.admin_hotspot,
        clock=clock,
        parent=window,
    )
    guard.admin_gesture.connect(lambda: window.show_screen(ScreenId.PIN))
    # The two application-wide event filters start right after the first frame (no visitor can
    # touch a window that is not up yet). Measured with PySide6 6.11.3: the first event a Python
    # filter receives for the virtual keyboard's input context (a class PySide does not know)
    # makes PySide build every QObject class of QtCore/QtGui/QtWidgets with their enums, about
    # 25 ms that would otherwise delay the first frame.
    watching = AfterFirstFrame(window, lambda: (_limit_malloc_arenas(), idle.install(), guard.install()))

    _wire_pledges(context, window, content)
    extras: dict[str, object] = {"content": content}
    extras["impact"] = _wire_impact(context, window, idle, clock)
    # The ticker is built with the content, after the first frame (Attract has no bottom bar).
    content.on_loaded.append(lambda: extras.setdefault("ticker", _news_ticker(context, window, idle)))

    window.show_screen(ScreenId.ATTRACT)
    return Kiosk(
        app=app, window=window, context=context, idle=idle, guard=guard, door=door, config=config,
        extras=extras, watching=watching,
    )


class ContentOnDemand:
    """Loads the content pack into ``context.content`` the first time something needs it."""

    def __init__(self, context: ScreenContext, content_dir: Path | None) -> None:
        self.context = context
        self.content_dir = content_dir
        self.on_loaded: list[Callable[[], None]] = []

    def __call__(self) -> LoadedContent:
        if self.context.content is None:
            self.context.content = load_content(self.content_dir, self.context.warnings)
            for callback in self.on_loaded:
                callback()
        return self.context.content

    def before(self, make: Callable[[], object]) -> Callable[[], object]:
        """``make`` preceded by loading the content."""

        def load_then_make() -> object:
            self()
            return make()

        return load_then_make


def load_content(content_dir: Path | None, warnings: list[str]) -> LoadedContent:
    """The bundled pack with the organiser's pack over it; every problem logged and listed."""
    from kiosk.core.content import ContentSource, load_pack

    content = load_pack(bundled_content_dir(), content_dir, date.today())
    if content.source is ContentSource.BUNDLED_AFTER_REJECTED_OVERRIDE:
        note = f"{content_dir}: the organiser's content pack was not used (problems below); showing the bundled content"
        log.warning("%s", note)
        warnings.append(note)
    for problem in content.problems:
        where = content_dir if problem in content.override_problems else bundled_content_dir()
        line = f"{where}/{problem}" if problem.file else f"{where}: {problem}"
        log.warning("content: %s", line)
        warnings.append(line)
    log.info("content: %s (%s)", content.summary(), content.source.value)
    return content


def _news_ticker(context: ScreenContext, window: MainWindow, idle: IdleWatcher) -> NewsTicker:
    """The ticker in the bottom bar: today's headlines in the UI language; a tap opens the item."""
    from kiosk.ui.widgets.ticker import NewsTicker, TickerFrame

    ticker = NewsTicker(context.theme, context.settings.ticker.speed)
    window.bottom_bar.set_ticker(TickerFrame(ticker))

    def fill(*_args: object) -> None:
        if context.content is None:
            return
        lang = context.language.current or context.language.default
        ticker.set_headlines([(item.id, item.headline.text(lang)) for item in context.content.news])

    def open_item(item_id: str) -> None:
        window.show_screen(ScreenId.NEWS)
        window.screen(ScreenId.NEWS).open_item(item_id)

    fill()
    context.language.language_changed.connect(fill)
    ticker.item_tapped.connect(open_item)
    idle.warning_shown.connect(lambda _seconds: ticker.pause("idle-warning"))
    idle.warning_cancelled.connect(lambda: ticker.resume("idle-warning"))
    idle.visit_ended.connect(lambda: ticker.resume("idle-warning"))
    return ticker


def _wire_pledges(context: ScreenContext, window: MainWindow, content: ContentOnDemand) -> None:
    """The pledge service: counters on Home and Attract, the wall on Attract, Admin's section."""
    from kiosk.services.pledges import PledgeService
    from kiosk.ui.pledge_wiring import wire_pledge_screens

    pledges = PledgeService(context.paths.data_dir, parent=window)
    context.pledges = pledges
    wire_pledge_screens(context, window, content)  # opens the store once the first frame is up


def _wire_impact(context: ScreenContext, window: MainWindow, idle: IdleWatcher, clock: Callable[[], float]):
    """Anonymous events as the kiosk runs, and Admin → Impact (kiosk/ui/impact_wiring.py)."""
    from kiosk.ui.impact_wiring import wire_impact

    return wire_impact(context, window, idle, clock)


def _screen(module: str, name: str) -> type:
    """The screen class ``name`` from ``kiosk.ui.screens.<module>``, imported on first use."""
    return getattr(importlib.import_module(f"kiosk.ui.screens.{module}"), name)


def _watch_screen(context: ScreenContext, idle: IdleWatcher):
    """The Watch screen and its player; the idle clock holds while something plays."""
    from kiosk.services.media import Player

    player = Player(max_volume=context.settings.media.max_volume, language=context.language.current or "en")
    player.playing_changed.connect(lambda playing: idle.pause("media") if playing else idle.resume("media"))
    screen = _screen("watch", "WatchScreen")(context, player)
    player.setParent(screen)
    return screen


def _admin_screen(context: ScreenContext, window: MainWindow):
    screen = _screen("admin", "AdminScreen")(context)

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
        # Cover the whole screen even where no window manager honours "full screen" (a bare X
        # session started by a kiosk service).
        window.setGeometry(kiosk.app.primaryScreen().geometry())
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    # Build the other screens once the first frame is up, so a visitor's first tap is instant.
    window.warm_up_after_first_frame()


class _FirstFrameProbe(QObject):
    """For benchmarks: prints the seconds from process start to the first painted frame, then quits."""

    def __init__(self, started: float) -> None:
        super().__init__()
        self._started = started

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-frame {time.perf_counter() - self._started:.4f}", flush=True)
        QCoreApplication.exit(0)  # quit() would ask the locked window to close first


def _limit_malloc_arenas() -> None:
    # Before the keyboard, the player and the pledge worker start their threads, and after the
    # first frame (ctypes costs 3 ms): memory stays flat over days (kiosk/services/memory.py).
    from kiosk.services.memory import limit_malloc_arenas

    limit_malloc_arenas()


def _release_free_memory() -> None:
    from kiosk.services.memory import release_free_memory  # ctypes stays off the first frame

    release_free_memory()


def _log_unhandled(kind, value, traceback) -> None:
    log.critical("unhandled error", exc_info=(kind, value, traceback))


def run(options: KioskOptions) -> int:
    """Run the kiosk until Admin exits it."""
    paths = user_paths(options.data_dir)
    # KIOSK_LOG_LEVEL=DEBUG (set by the debug bundle, KIOSK_BUNDLE_DEBUG=1) logs everything.
    level = getattr(logging, os.environ.get("KIOSK_LOG_LEVEL", "INFO").upper(), logging.INFO)
    used = setup_logging(paths.log_file, level=level)
    sys.excepthook = _log_unhandled  # an error in a slot is logged; the visitor sees nothing
    log.info("Blue Heart Kiosk %s starting (log: %s)", __version__, used or "stderr only")
    app = qt_application()
    # Qt's own messages stay on stderr (the service manager's journal keeps them): a Python
    # message handler deadlocks QtMultimedia's playback threads (see kiosk/services/logs.py).
    kiosk = build_kiosk(options, paths)
    if os.environ.get("KIOSK_EXIT_AFTER_FIRST_FRAME"):
        probe = _FirstFrameProbe(float(os.environ.get("KIOSK_BENCH_T0", time.perf_counter())))
        kiosk.window.installEventFilter(probe)
    show(kiosk)
    code = app.exec()
    log.info("Blue Heart Kiosk stopped (%s)", code)
    return code
