"""Work that waits until the window has shown its first frame."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstFrame(QObject):
    """Calls ``callback`` once, ``delay_ms`` after ``window`` first paints (or at ``latest_ms``).

    ``latest_ms`` is the fallback for a window that is never painted (a platform without a
    screen): the work is done anyway.
    """

    def __init__(self, window: QWidget, callback: Callable[[], object], delay_ms: int = 0, latest_ms: int = 2000) -> None:
        super().__init__(window)
        self._callback = callback
        self._delay_ms = delay_ms
        self.done = False
        window.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            QTimer.singleShot(self._delay_ms, self, self._fire)
        return False

    def _fire(self) -> None:
        if not self.done:
            self.done = True
            watched = self.parent()
            if watched is not None:
                watched.removeEventFilter(self)
            self._callback()
