"""Layouts hold in landscape and portrait, from 1280x800 to 3840x2160: nothing is clipped."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget

from kiosk.ui.screens.base import ScreenId

SIZES = [(1280, 800), (1920, 1080), (1080, 1920), (3840, 2160)]


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def layout_problems(window: QWidget) -> list[str]:
    """Visible widgets outside the window, and word-wrapped labels too short for their text."""
    problems = []
    bounds = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() == 0 or _inside_scroll_area(widget):
            continue
        rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if not bounds.adjusted(-1, -1, 1, 1).contains(rect):
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} {rect.getRect()} outside {bounds.getRect()}")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 2:
                problems.append(f"label {widget.text()[:40]!r} needs {needed}px, has {widget.height()}px")
        if isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 2 and widget.minimumSizeHint().width() > widget.width() + 2:
                problems.append(f"button {widget.text()!r} clipped: {widget.width()}px < {widget.minimumSizeHint().width()}px")
    return problems


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_screen_fits_the_window(make_kiosk, size):
    kiosk = make_kiosk(size=size)
    window = kiosk.window
    failures = {}
    for screen_id in ScreenId:
        window.show_screen(screen_id)
        for _ in range(3):
            QApplication.processEvents()
        problems = layout_problems(window)
        if problems:
            failures[str(screen_id)] = problems[:5]
    assert not failures, failures
