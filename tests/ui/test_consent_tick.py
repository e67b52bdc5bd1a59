"""The consent boxes show a tick when ticked, not only another colour (WCAG 1.4.1), in the
standard and the high-contrast theme."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage

from kiosk.ui.screens.base import ScreenId
from tests.helpers.touch import tap


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def box_inside(box) -> tuple[QImage, list[QColor]]:
    """The box as shown, and the colours of its inside (its border left out)."""
    image = box.grab().toImage()
    rect = box.indicator_rect().toRect()
    inset = max(4, rect.width() // 6)
    inside = rect.adjusted(inset, inset, -inset, -inset)
    colours = [image.pixelColor(x, y) for y in range(inside.top(), inside.bottom() + 1)
               for x in range(inside.left(), inside.right() + 1)]
    return image, colours


def marks(colours: list[QColor]) -> tuple[QColor, int]:
    """The box's fill (its most common colour) and how many points stand out from it at 3:1."""
    fill = QColor.fromRgb(Counter(c.rgb() for c in colours).most_common(1)[0][0])
    return fill, sum(1 for c in colours if contrast(c, fill) >= 3.0)


@pytest.mark.parametrize("theme", ["standard", "high_contrast"])
def test_a_ticked_consent_box_shows_a_tick(kiosk, theme):
    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))
    kiosk.context.theme.set_visitor_options(theme=theme)
    tap(window.screen(ScreenId.HOME).tiles[ScreenId.PLEDGE])
    form = window.screen(ScreenId.PLEDGE).form
    for box in (form.consent_contact, form.consent_wall):
        assert box.isVisible() and not box.isChecked()
        _, colours = box_inside(box)
        empty_fill, empty_marks = marks(colours)
        assert empty_marks == 0  # an empty box has nothing in it
        tap(box)
        assert box.isChecked()
        _, colours = box_inside(box)
        fill, tick = marks(colours)
        # The tick stands out from the box's fill at 3:1 (non-text contrast) and is a real
        # mark, not a speck: at least a tenth of the box's inside.
        assert tick >= len(colours) // 10, f"{box.objectName()}: {tick} of {len(colours)} points"
        assert fill.rgb() != empty_fill.rgb()  # the colour changes too
        # Untick with a touch at the other end of the row (two taps on one spot are a double tap).
        tap(box, QPoint(box.width() - 10, box.height() // 2))
        assert not box.isChecked()
        assert marks(box_inside(box)[1])[1] == 0
