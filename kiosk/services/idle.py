"""The idle watcher: one application-wide event filter feeding the visit state machine."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from kiosk.core.session import Effect, Phase, SessionMachine

#: Events that mean a person is at the kiosk. Touch is the one kiosk apps forget.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Turns input events and time into visit start, warning and reset.

    Signals:
        visit_started: a visitor touched the kiosk while it was attracting.
        warning_shown(int): idle too long; the argument is the seconds left.
        warning_tick(int): the countdown moved; seconds left.
        warning_cancelled: the visitor touched during the countdown.
        visit_ended: the countdown ran out (or a reset was asked for): clear everything.
    """

    visit_started = Signal()
    warning_shown = Signal(int)
    warning_tick = Signal(int)
    warning_cancelled = Signal()
    visit_ended = Signal()

    def __init__(
        self,
        idle_timeout: float,
        warning_duration: float,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.machine = SessionMachine(idle_timeout=idle_timeout, warning_duration=warning_duration)
        self._pause_reasons: set[str] = set()
        self._deadline_timer = QTimer(self)
        self._deadline_timer.setSingleShot(True)
        self._deadline_timer.timeout.connect(self.poll)
        self._countdown_timer = QTimer(self)
        self._countdown_timer.setInterval(250)
        self._countdown_timer.timeout.connect(self.poll)
        self._last_seconds_left = -1

    # -- wiring ---------------------------------------------------------------------------
    def install(self) -> None:
        """Watch every event of the application."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("the idle watch needs a running application")
        app.installEventFilter(self)

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.record_activity()
        return False

    # -- the visit --------------------------------------------------------------------------
    @property
    def phase(self) -> Phase:
        return self.machine.phase

    def record_activity(self) -> None:
        """Someone touched the kiosk now."""
        self._apply(self.machine.activity(self._clock()))

    def poll(self) -> None:
        """Check the clock: show, update or finish the warning when it is due."""
        now = self._clock()
        self._apply(self.machine.tick(now))
        if self.machine.phase is Phase.WARNING:
            left = self.machine.seconds_left(now)
            if left != self._last_seconds_left:
                self._last_seconds_left = left
                self.warning_tick.emit(left)
        self._schedule()

    def reset_now(self) -> None:
        """End the visit at once: ``visit_ended`` is emitted even when no visit was counted."""
        self._apply(self.machine.end_visit() or [Effect.VISIT_ENDED])
        self._schedule()

    def forget_visit(self) -> None:
        """Back to attracting, silently: no countdown, no hold, nothing emitted.

        For the window's end of a visit (:meth:`kiosk.ui.main_window.MainWindow.end_visit`), which
        every way back to Attract goes through.
        """
        self.machine.end_visit()
        self._countdown_timer.stop()
        self._pause_reasons.clear()
        self._last_seconds_left = -1
        self._schedule()

    def pause(self, reason: str) -> None:
        """Hold the idle clock while ``reason`` lasts (e.g. "video" while a video plays)."""
        self._pause_reasons.add(reason)
        self._apply(self.machine.pause(self._clock()))
        self._schedule()

    def resume(self, reason: str) -> None:
        """Release one hold; the idle clock restarts when none is left."""
        self._pause_reasons.discard(reason)
        if not self._pause_reasons and self.machine.paused:
            self.machine.resume(self._clock())
            self._schedule()

    def _apply(self, effects: list[Effect]) -> None:
        for effect in effects:
            if effect is Effect.VISIT_STARTED:
                self.visit_started.emit()
            elif effect is Effect.WARNING_SHOWN:
                self._countdown_timer.start()
                self._last_seconds_left = self.machine.seconds_left(self._clock())
                self.warning_shown.emit(self._last_seconds_left)
            elif effect is Effect.WARNING_CANCELLED:
                self._countdown_timer.stop()
                self.warning_cancelled.emit()
            elif effect is Effect.VISIT_ENDED:
                self._countdown_timer.stop()
                self._pause_reasons.clear()
                self.visit_ended.emit()
        if effects:
            self._schedule()

    def _schedule(self) -> None:
        deadline = self.machine.next_deadline()
        if deadline is None:
            self._deadline_timer.stop()
            return
        delay_ms = max(0, int((deadline - self._clock()) * 1000) + 1)
        self._deadline_timer.start(delay_ms)
