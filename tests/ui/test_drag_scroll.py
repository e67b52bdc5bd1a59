"""A drag with the left mouse button scrolls, as a finger does; a click is still a click.

Every scrolling area is dragged with real X input in tests/e2e/test_visit.py.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.ui.screens.base import ScreenId
from tests.helpers.touch import tap


def mouse_drag(widget, start: QPoint, end: QPoint, steps: int = 12) -> None:
    """Press, move and release the left button, through the window as a mouse does."""
    window = widget.window().windowHandle()
    start, end = widget.mapTo(widget.window(), start), widget.mapTo(widget.window(), end)
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(window, start + (end - start) * i / steps, 15)
        QApplication.processEvents()
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end, 15)
    QApplication.processEvents()


def test_a_click_is_still_a_click(kiosk, qtbot):
    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))
    window.show_screen(ScreenId.PLEDGE)
    pledge = window.screen(ScreenId.PLEDGE)
    qtbot.waitUntil(pledge.isVisible)
    card = list(pledge.form.cards.values())[0]
    assert not card.isChecked()
    QTest.mouseClick(card, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(card.isChecked, timeout=2000)
    bar = pledge.scroll_area.verticalScrollBar()
    before = bar.value()
    # A drag that starts on a commitment scrolls and does not tick it.
    second = list(pledge.form.cards.values())[1]
    start = second.mapTo(pledge.scroll_area.viewport(), second.rect().center())
    mouse_drag(pledge.scroll_area.viewport(), start, start - QPoint(0, 250))
    qtbot.wait(300)
    assert not second.isChecked()
    assert bar.value() > before
