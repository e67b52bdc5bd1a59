"""The direction to paint a text in: its own, whatever the UI language's.

QLabel finds it by itself; text painted with QPainter.drawText takes the painter's direction, so
an English caption in the Arabic UI would end with its full stop on the left.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.core.languages import is_right_to_left


def direction_of(text: str, around: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """``text``'s own direction, or ``around`` (the widget's) when the text has none."""
    rtl = is_right_to_left(text)
    if rtl is None:
        return around
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
