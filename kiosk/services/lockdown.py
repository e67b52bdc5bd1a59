"""Kiosk lockdown: no way out for a visitor, a hidden corner gesture for the organiser."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QInputDevice, QKeyEvent, QMouseEvent, QTouchEvent

from kiosk.core.admin_door import CornerTaps


class KioskGuard(QObject):
    """One application-wide filter for lockdown, the cursor and the admin gesture.

    In kiosk mode it swallows context menus, Escape and Alt+F4, and hides the mouse cursor after
    ``cursor_hide_seconds`` without movement. In every mode it watches for ``CornerTaps`` in the
    hotspot rectangle (global coordinates, given by ``hotspot``) and then emits
    ``admin_gesture``.

    Signals:
        admin_gesture: the hidden gesture was completed.
    """

    admin_gesture = Signal()

    def __init__(
        self,
        locked: bool,
        cursor_hide_seconds: float,
        hotspot: Callable[[], QRectF],
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.locked = locked
        self._hotspot = hotspot
        self._clock = clock
        self._taps = CornerTaps()
        self._cursor_hidden = False
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setSingleShot(True)
        self._cursor_timer.setInterval(int(cursor_hide_seconds * 1000))
        self._cursor_timer.timeout.connect(self._hide_cursor)
        self._handlers: dict[QEvent.Type, Callable[[QEvent], bool]] = {
            QEvent.Type.ContextMenu: self._on_context_menu,
            QEvent.Type.KeyPress: self._on_key,
            QEvent.Type.ShortcutOverride: self._on_key,
            QEvent.Type.MouseMove: self._on_mouse_move,
            QEvent.Type.MouseButtonPress: self._on_mouse_press,
            QEvent.Type.TouchBegin: self._on_touch_begin,
        }

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("the lockdown needs a running application")
        app.installEventFilter(self)
        if self.locked:
            self._cursor_timer.start()

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._show_cursor()
        self._cursor_timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handler = self._handlers.get(event.type())
        return handler(event) if handler is not None else False

    # -- lockdown ---------------------------------------------------------------------------
    def _on_context_menu(self, event: QEvent) -> bool:
        return self.locked

    def _on_key(self, event: QEvent) -> bool:
        if not self.locked or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            return True
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if alt and key in (Qt.Key.Key_F4, Qt.Key.Key_Tab):
            return True
        return ctrl and key in (Qt.Key.Key_W, Qt.Key.Key_Q)

    # -- cursor -------------------------------------------------------------------------------
    def _on_mouse_move(self, event: QEvent) -> bool:
        if self.locked and _is_real_mouse(event):
            self._show_cursor()
            self._cursor_timer.start()
        return False

    def _hide_cursor(self) -> None:
        if self.locked and not self._cursor_hidden:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._cursor_hidden = True

    def _show_cursor(self) -> None:
        if self._cursor_hidden:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_hidden = False

    @property
    def cursor_hidden(self) -> bool:
        return self._cursor_hidden

    # -- the admin gesture --------------------------------------------------------------------
    def _on_mouse_press(self, event: QEvent) -> bool:
        if isinstance(event, QMouseEvent) and _is_real_mouse(event):
            self._corner_tap(event.globalPosition())
        return False

    def _on_touch_begin(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent) and event.points():
            self._corner_tap(event.points()[0].globalPosition())
        return False

    def _corner_tap(self, position: QPointF) -> None:
        if self._hotspot().contains(position):
            if self._taps.tap(self._clock()):
                self.admin_gesture.emit()
        else:
            self._taps.clear()


def _is_real_mouse(event: QEvent) -> bool:
    """False for the mouse events Qt synthesises from touch."""
    device = event.device() if hasattr(event, "device") else None
    return device is None or device.type() == QInputDevice.DeviceType.Mouse
