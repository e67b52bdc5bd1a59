"""Walk a widget tree the way a screen reader or a finger meets it."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

#: What a visitor can touch or type into.
INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSlider, QAbstractSpinBox, QComboBox, QAbstractItemView)


def interactive_widgets(root: QWidget, visible_only: bool = True) -> list[QWidget]:
    """Every interactive widget under ``root`` (scroll bars aside: lists scroll by swiping)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if visible_only and not widget.isVisible():
            continue
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (Qt falls back to a button's text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName() or "").replace("&", "").strip()


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.window()).__name__}"


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets without an accessible name."""
    return [describe(w) for w in interactive_widgets(root, visible_only=False) if not accessible_name(w)]


def window_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` a finger can reach, in window coordinates (a scroll area clips
    its content: the hidden part lies under whatever is drawn there)."""
    reachable = widget.visibleRegion().boundingRect()
    return QRect(widget.mapTo(widget.window(), reachable.topLeft()), reachable.size())


def touchable_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` a finger can reach: clipped by every scroll area it sits in."""
    rect = window_rect(widget)
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            rect = rect.intersected(window_rect(parent))
        parent = parent.parentWidget()
    return rect


def small_or_overlapping(root: QWidget, minimum: int) -> list[str]:
    """Visible touch targets smaller than ``minimum`` px either way, or overlapping another."""
    problems = []
    targets = interactive_widgets(root)
    for widget in targets:
        if widget.width() < minimum or widget.height() < minimum:
            problems.append(f"{describe(widget)} {accessible_name(widget)!r} is {widget.width()}x{widget.height()} px (< {minimum})")
    for index, first in enumerate(targets):
        for second in targets[index + 1:]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            # Rows scrolled out of a list's view are not under the finger.
            if touchable_rect(first).intersects(touchable_rect(second)):
                problems.append(f"{describe(first)} overlaps {describe(second)}")
    return problems
