""""Still there?" on a proper scrim: nothing of the screen below shows behind its words, and
the countdown and its words stand out in the standard and the high-contrast theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from kiosk.ui.screens.base import ScreenId
from kiosk.ui.style.theme import TOKENS
from tests.helpers.touch import tap


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def window_rect(widget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def words_area(overlay) -> QRect:
    """Where the overlay's words are, with a finger's width around them."""
    area = QRect()
    for widget in (overlay.title, overlay.countdown, overlay.body, overlay.button):
        area = area.united(window_rect(widget))
    return area.adjusted(-24, -24, 24, 24)


@pytest.mark.parametrize("theme", sorted(TOKENS))
def test_the_screen_below_does_not_show_behind_the_countdown(kiosk, theme):
    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))
    kiosk.context.theme.set_visitor_options(theme=theme)
    screens = (ScreenId.HOME, ScreenId.LEARN, ScreenId.PUBLICATIONS)
    shots = []
    # A first round builds and polishes every screen and the overlay in this theme (the fonts
    # a screen brings in can change how the overlay's bold words are drawn); the second counts.
    for screen_id in screens + screens:
        window.show_screen(screen_id)
        QApplication.processEvents()
        window.show_still_there(7)
        QApplication.processEvents()
        shots.append(window.grab(words_area(window.still_there)).toImage())
        window.hide_still_there()
    # Over three different screens, the countdown's area looks exactly the same: the screen's
    # own words do not show through.
    assert shots[3] == shots[4] == shots[5]


@pytest.mark.parametrize("theme", sorted(TOKENS))
def test_the_countdown_and_its_words_stand_out(kiosk, theme):
    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))
    kiosk.context.theme.set_visitor_options(theme=theme)
    window.show_screen(ScreenId.LEARN)
    window.show_still_there(7)
    QApplication.processEvents()
    overlay = window.still_there
    image = window.grab().toImage()
    # What is behind the words: the colour just beside the countdown's digit.
    countdown = window_rect(overlay.countdown)
    behind = image.pixelColor(countdown.left() + 4, countdown.center().y())
    tokens = TOKENS[theme]
    assert contrast(QColor(tokens["accent"]), behind) >= 4.5  # the countdown (huge) reads easily
    assert contrast(QColor(tokens["text"]), behind) >= 7.0  # "Still there?"
    assert contrast(QColor(tokens["text_muted"]), behind) >= 4.5  # the sentence under it
    # The screen around is dimmed well below the overlay's own words.
    title = window.screen(ScreenId.LEARN).header.title
    spot = window_rect(title).topLeft() + QPoint(2, 2)
    veil = image.pixelColor(spot)
    assert luminance(veil) < 0.02
