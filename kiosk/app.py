"""The composition root: builds the QApplication and wires services into screens."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk import __version__
from kiosk.core.paths import UserPaths, user_paths
from kiosk.core.resolved import KioskOptions, ResolvedConfig, config_file_for, resolve
from kiosk.core.settings import LoadedSettings, Settings, load_settings
from kiosk.services.admin_door import AdminDoor
from kiosk.services.content import ContentService
from kiosk.services.fonts import load_bundled_fonts
from kiosk.services.i18n import LanguageService
from kiosk.services.idle import IdleWatcher
from kiosk.services.keyboard import prepare_environment as prepare_keyboard
from kiosk.services.lockdown import KioskGuard
from kiosk.services.logs import quiet_qt_output, setup_logging
from kiosk.services.render_path import RenderPath
from kiosk.services.visit import VisitReset
from kiosk.services.warnings import Warnings
from kiosk.storage.pin_file import DoorStateFile, PinFile
from kiosk.ui.context import KioskContext
from kiosk.ui.first_frame import AfterFirstFrame
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.table import SCREENS, ScreenEntry, ScreenId, ScreenParts
from kiosk.ui.style import Theme

if TYPE_CHECKING:
    from kiosk.services.fleet import FleetSync
    from kiosk.services.pledges import PledgeService
    from kiosk.services.retention import PersonalDataRetention
    from kiosk.ui.impact_wiring import ImpactWiring
    from kiosk.ui.screens.base import Screen
    from kiosk.ui.widgets.ticker import NewsTicker

log = logging.getLogger(__name__)

#: Milliseconds after a visit ends before its freed memory is handed back to the system.
RELEASE_AFTER_VISIT_MS = 2000


@dataclass
class Kiosk:
    """The assembled application: its window and the services behind it."""

    app: QApplication
    window: MainWindow
    context: KioskContext
    idle: IdleWatcher
    guard: KioskGuard
    door: AdminDoor
    config: LoadedSettings
    #: Anonymous events as the kiosk runs, and Admin → Impact.
    impact: ImpactWiring
    #: Erases names, emails and countries after ``pledges.personal_data_days``.
    retention: PersonalDataRetention
    #: The news ticker in the bottom bar (None until the content pack has loaded).
    ticker: NewsTicker | None = None
    #: Installs the idle watcher and the guard right after the first frame (``.done`` once it has).
    watching: AfterFirstFrame | None = None

    def shutdown(self) -> None:
        """Undo the application-wide hooks (tests build many kiosks in one process)."""
        self.idle.uninstall()
        self.guard.uninstall()
        self.context.pledges.close()
        if self.context.fleet is not None:
            self.context.fleet.close()
        self.impact.recorder.close()
        self.context.language.uninstall()
        self.window.allow_close = True
        self.window.close()
        self.window.deleteLater()


def qt_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created with the environment the kiosk needs."""
    # The on-screen keyboard is embedded in the window, never a separate desktop panel.
    os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1")
    prepare_keyboard()
    quiet_qt_output()
    existing = QApplication.instance()
    if existing is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    else:
        assert isinstance(existing, QApplication), "the kiosk needs a QApplication, not a QCoreApplication"
        app = existing
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
    wall_clock: Callable[[], float] = time.time,
) -> Kiosk:
    """Build the whole kiosk (not shown yet). Never raises for bad configuration.

    Args:
        options: what the command line overrides.
        paths: the user folders (default: the platform's, with ``options.data_dir``).
        clock: monotonic seconds for the idle watcher and the guard (tests pass a fake one).
        wall_clock: Unix time for the PIN lockout, which is kept on disk across restarts.
    """
    app = qt_application()
    config_file = config_file_for(options, paths)
    config = load_settings(config_file)
    settings = config.settings
    resolved = resolve(options, settings, paths)
    paths = resolved.paths
    for warning in config.warnings:
        log.warning("%s", warning)

    theme = Theme()
    # The two application-wide Python event filters (idle watcher, guard) would see each of the
    # thousands of polish events a restyle sends (measured offscreen: 17,768 events, 0.8 s of a
    # 5.3 s text-size switch): they step aside while the style sheet is applied.
    filters: list = []

    def apply_style_sheet(qss: str) -> None:
        for event_filter in filters:
            app.removeEventFilter(event_filter)
        app.setStyleSheet(qss)
        for event_filter in filters:
            app.installEventFilter(event_filter)

    theme.attach(apply_style_sheet)
    language = LanguageService(default=resolved.language)
    visit_reset = VisitReset()
    warnings = Warnings(config.warnings)
    pledges = _pledge_service(paths.data_dir)
    context = KioskContext(
        settings=settings,
        config=resolved,
        theme=theme,
        language=language,
        visit_reset=visit_reset,
        warnings=warnings,
        content=ContentService(resolved.content_dir, warnings),
        pledges=pledges,
        render_path=RenderPath(resolved.renderer),
        fleet=_fleet_sync(settings, resolved, warnings),
    )
    content = context.content
    door = AdminDoor(PinFile(paths.pin_file), DoorStateFile(paths.door_state_file), clock=wall_clock)
    if not door.has_pin():
        context.warnings.add(
            f"{paths.pin_file}: no admin PIN is set; Admin stays locked until one is set with 'blueheart-kiosk set-pin'"
        )
    # Only Attract is imported before the first frame; the other screens' modules load when
    # first built (right after the first frame, see MainWindow.warm_up). Every screen but Attract
    # needs the content pack: it loads before the first of them is built, keeping pydantic off
    # the first frame's path.
    factories = {
        entry.id: _build(entry, lambda: parts, None if entry.id is ScreenId.ATTRACT else content)
        for entry in SCREENS
    }
    window = MainWindow(context, factories)
    pledges.setParent(window)
    if context.fleet is not None:
        context.fleet.setParent(window)
    language.set_language(language.default)
    visit_reset.register("language", language.reset)

    idle = IdleWatcher(settings.kiosk.idle_timeout, settings.kiosk.warning_seconds, clock=clock, parent=window)
    idle.warning_shown.connect(window.show_still_there)
    idle.warning_tick.connect(window.update_still_there)
    idle.warning_cancelled.connect(window.hide_still_there)
    idle.visit_ended.connect(window.end_visit)
    # Every end of a visit (the timeout, or a way back to Attract) also ends it for the watcher:
    # no "Still there?" countdown or hold carries over to the next visitor.
    visit_reset.register("idle", idle.forget_visit)
    # Nobody is at the kiosk now: hand what the visit freed back to the system (a few ms).
    window.visit_ended.connect(lambda: QTimer.singleShot(RELEASE_AFTER_VISIT_MS, window, _release_free_memory))

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
    def start_watching() -> None:
        _limit_malloc_arenas()
        idle.install()
        guard.install()
        filters.extend((idle, guard))
        context.render_path.start()

    watching = AfterFirstFrame(window, start_watching)

    _wire_pledges(context, window)
    _wire_fleet(context, window)
    retention = _personal_data_retention(context)
    kiosk = Kiosk(
        app=app, window=window, context=context, idle=idle, guard=guard, door=door, config=config,
        impact=_wire_impact(context, window, idle, clock), retention=retention, watching=watching,
    )

    def add_ticker() -> None:
        # Built with the content, after the first frame (Attract has no bottom bar).
        if kiosk.ticker is None:
            kiosk.ticker = _news_ticker(context, window, idle)

    content.loaded.connect(add_ticker)
    parts = ScreenParts(context, window, door, idle, retention)
    window.show_screen(ScreenId.ATTRACT)
    return kiosk


def _build(entry: ScreenEntry, parts: Callable[[], ScreenParts], content: ContentService | None) -> Callable[[], Screen]:
    """The window's factory for ``entry``: the content pack loaded first (unless None)."""

    def build() -> Screen:
        if content is not None:
            content.load()
        return entry.factory(parts())

    return build


def _news_ticker(context: KioskContext, window: MainWindow, idle: IdleWatcher) -> NewsTicker:
    """The ticker in the bottom bar: today's headlines in the UI language; a tap opens the item."""
    from kiosk.ui.widgets.ticker import NewsTicker, TickerFrame

    ticker = NewsTicker(context.theme, context.settings.ticker.speed)
    window.bottom_bar.set_ticker(TickerFrame(ticker))

    def fill(*_args: object) -> None:
        lang = context.language.shown
        ticker.set_headlines([(item.id, item.headline.text(lang)) for item in context.content.pack.news])

    def open_item(item_id: str) -> None:
        from kiosk.ui.screens.news import NewsScreen

        window.show_screen(ScreenId.NEWS)
        news = window.screen(ScreenId.NEWS)
        assert isinstance(news, NewsScreen)
        news.open_item(item_id)

    fill()
    context.language.language_changed.connect(fill)
    ticker.item_tapped.connect(open_item)
    # Under an overlay the ticker is hidden behind the veil; moving it would repaint the veil at
    # 60 frames a second (measured on the display path: the accessibility panel and the language
    # picker never settled, and cost CPU, while the ticker ran beneath them).
    window.overlay_open.connect(lambda shown: ticker.pause("overlay") if shown else ticker.resume("overlay"))
    return ticker


def _pledge_service(data_dir: Path) -> PledgeService:
    """The pledge service; its store opens once the first frame is up (kiosk/ui/pledge_wiring.py)."""
    from kiosk.services.pledges import PledgeService

    return PledgeService(data_dir)


def _fleet_sync(settings: Settings, resolved: ResolvedConfig, warnings: Warnings) -> FleetSync | None:
    """Many kiosks, one event: the sync to the central database when [fleet] asks for it."""
    if not settings.fleet.url:
        return None
    from kiosk.ui.fleet_wiring import fleet_sync

    return fleet_sync(settings, resolved, warnings)


def _wire_pledges(context: KioskContext, window: MainWindow) -> None:
    """The pledge service: counters on Home and Attract, the wall on Attract, Admin's section."""
    from kiosk.ui.pledge_wiring import wire_pledge_screens

    wire_pledge_screens(context, window)  # opens the store once the first frame is up


def _wire_fleet(context: KioskContext, window: MainWindow) -> None:
    """The fleet sync's start, its nudges and Admin's section (nothing without [fleet])."""
    if context.fleet is None:
        return
    from kiosk.ui.fleet_wiring import wire_fleet

    wire_fleet(context, context.fleet)


def _wire_impact(context: KioskContext, window: MainWindow, idle: IdleWatcher, clock: Callable[[], float]) -> ImpactWiring:
    """Anonymous events as the kiosk runs, and Admin → Impact (kiosk/ui/impact_wiring.py)."""
    from kiosk.ui.impact_wiring import wire_impact

    return wire_impact(context, window, idle, clock)


def _personal_data_retention(context: KioskContext) -> PersonalDataRetention:
    """Names, emails and countries erased after ``pledges.personal_data_days``: once the pledge
    store has opened (after the first frame), then daily, on the pledge worker."""
    from kiosk.services.retention import PersonalDataRetention

    retention = PersonalDataRetention(context.pledges, context.settings.pledges.personal_data_days)
    context.pledges.opened.connect(lambda _warning: retention.start())
    return retention


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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-frame {time.perf_counter() - self._started:.4f}", flush=True)
        QCoreApplication.exit(0)  # quit() would ask the locked window to close first


class _PaintLog(QObject):
    """For the display benchmark: prints ``paint <CLOCK_MONOTONIC seconds> <widget>`` for every
    paint of a widget that is not one of the running animations (the ticker, the heart), so a
    benchmark can tell when the screen settled after an input."""

    _ANIMATED = ("NewsTicker", "BlueHeart", "PledgeWall")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._animated(watched):
            print(f"paint {time.monotonic():.6f} {type(watched).__name__}", flush=True)
        return False

    def _animated(self, widget: QObject | None) -> bool:
        while widget is not None:
            if type(widget).__name__ in self._ANIMATED or widget.objectName() in self._ANIMATED:
                return True
            widget = widget.parent()
        return False


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
    if os.environ.get("KIOSK_PAINT_LOG"):
        paint_log = _PaintLog(kiosk.window)
        app.installEventFilter(paint_log)
    if os.environ.get("KIOSK_EXIT_AFTER_FIRST_FRAME"):
        probe = _FirstFrameProbe(float(os.environ.get("KIOSK_BENCH_T0", time.perf_counter())))
        kiosk.window.installEventFilter(probe)
    show(kiosk)
    stopping = StopOnSignals(kiosk.window)
    code = app.exec()
    # Queued pledges and events are committed before the process ends (SIGTERM from systemctl
    # stop, Ctrl+C), and the workers end.
    kiosk.shutdown()
    log.info("Blue Heart Kiosk stopped (%s)", stopping.reason or f"exit code {code}")
    return code


class StopOnSignals(QObject):
    """Ends the event loop cleanly on SIGTERM (``systemctl stop``) and SIGINT (Ctrl+C).

    Python runs a signal handler only when the interpreter gets control, which a Qt event loop
    waiting in C++ never gives it: the handler's wake-up byte arrives on a socket that a
    QSocketNotifier watches.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        import signal
        import socket

        from PySide6.QtCore import QSocketNotifier

        self.reason = ""
        self._window = window
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, self._on_signal)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _on_signal(self, number: int, _frame) -> None:
        import signal

        self.reason = signal.Signals(number).name
        log.info("stopping on %s", self.reason)
        self._window.allow_close = True
        QCoreApplication.exit(0)

    def _drain(self, *_args: object) -> None:
        try:
            while self._read.recv(64):
                pass
        except BlockingIOError:
            pass
