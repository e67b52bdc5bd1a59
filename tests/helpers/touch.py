"""Drive widgets the way a visitor does: with a finger on a touchscreen."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPoint
from PySide6.QtGui import QInputDevice, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


@lru_cache(maxsize=1)
def touchscreen() -> QPointingDevice:
    """A registered touchscreen device (one per test session)."""
    return QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)


def tap(widget: QWidget, pos: QPoint | None = None) -> None:
    """Touch ``widget`` at ``pos`` (default: its centre) and lift the finger."""
    window = widget.window()
    point = widget.mapTo(window, pos if pos is not None else widget.rect().center())
    QTest.touchEvent(window, touchscreen()).press(0, point, window).commit()
    QTest.touchEvent(window, touchscreen()).release(0, point, window).commit()
    QApplication.processEvents()


def tap_window_at(window: QWidget, point: QPoint) -> None:
    """Touch the window at ``point`` (window coordinates)."""
    QTest.touchEvent(window, touchscreen()).press(0, point, window).commit()
    QTest.touchEvent(window, touchscreen()).release(0, point, window).commit()
    QApplication.processEvents()
