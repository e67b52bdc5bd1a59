"""The ticker: tapping a headline opens it; paused under the idle warning; RTL scrolls right."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication

from kiosk.core.ticker import copy_origins, strip_origin
from kiosk.ui.screens.base import ScreenId
from kiosk.ui.style import Theme
from kiosk.ui.widgets.ticker import NewsTicker
from tests.helpers.touch import tap


def point_on(ticker: NewsTicker, item_id: str) -> QPoint:
    """A point over ``item_id``'s text where it is right now (the ticker is paused)."""
    strip = ticker.strip
    origin = strip_origin(ticker.distance(), strip.length, strip.rtl, ticker.width())
    item = next(i for i in strip.items if i.item_id == item_id)
    for copy_x in copy_origins(origin, strip.length, ticker.width()):
        x = copy_x + item.start + min(20.0, item.width / 2)
        if 0 <= x < ticker.width():
            return QPoint(int(x), ticker.height() // 2)
    raise AssertionError(f"{item_id} is not on screen")


@pytest.fixture
def ticker(qtbot):
    widget = NewsTicker(Theme(), speed=90.0)
    widget.resize(3000, 72)
    widget.set_headlines([("a", "First headline"), ("b", "Second headline"), ("c", "Third")])
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_runs_only_while_visible_and_not_paused(ticker):
    assert ticker.running
    ticker.pause("idle-warning")
    assert not ticker.running
    frozen = ticker.distance()
    QApplication.processEvents()
    assert ticker.distance() == frozen
    ticker.resume("idle-warning")
    assert ticker.running
    ticker.hide()
    assert not ticker.running


def test_tap_emits_the_item_under_the_finger(ticker, qtbot):
    ticker.pause("test")
    for item_id in ("a", "b", "c"):
        with qtbot.waitSignal(ticker.item_tapped) as signal:
            tap(ticker, point_on(ticker, item_id))
        assert signal.args == [item_id]


def test_drag_is_not_a_tap(ticker, qtbot):
    from PySide6.QtTest import QTest

    ticker.pause("test")
    start = point_on(ticker, "a")
    with qtbot.assertNotEmitted(ticker.item_tapped):
        QTest.mousePress(ticker, Qt.MouseButton.LeftButton, pos=start)
        QTest.mouseRelease(ticker, Qt.MouseButton.LeftButton, pos=start + QPoint(200, 0))


def test_right_to_left_lays_out_and_scrolls_the_other_way(ticker, qtbot):
    ticker.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert ticker.strip.rtl
    first = next(i for i in ticker.strip.items if i.item_id == "a")
    assert first.start > next(i for i in ticker.strip.items if i.item_id == "b").start
    before = strip_origin(ticker.distance(), ticker.strip.length, True, ticker.width())
    qtbot.wait(50)
    after = strip_origin(ticker.distance(), ticker.strip.length, True, ticker.width())
    assert after > before or after < before - ticker.strip.length / 2  # moved right (or wrapped)


def test_kiosk_ticker_opens_the_news_item_and_pauses_under_still_there(make_kiosk, qtbot):
    kiosk = make_kiosk()
    kiosk.window.show_screen(ScreenId.HOME)
    QApplication.processEvents()
    ticker = kiosk.ticker
    assert ticker.isVisible() and ticker.running
    assert ticker.headline_ids[0] == "2009-08-28-training-manual-bangkok"
    kiosk.idle.warning_shown.emit(10)
    assert not ticker.running
    kiosk.idle.warning_cancelled.emit()
    assert ticker.running
    ticker.pause("test")
    # The second headline on screen (its text starts past the ticker's left edge).
    target = ticker.headline_ids[1]
    tap(ticker, point_on(ticker, target))
    assert kiosk.window.current_id is ScreenId.NEWS
    news = kiosk.window.screen(ScreenId.NEWS)
    assert news.pages.currentWidget() is news.detail
    assert news.detail.headline.text() == kiosk.context.content.pack.news_item(target).headline.text("en")
    assert news.detail.headline.text().startswith("Unprecedented Court of Women")


def test_the_ticker_holds_still_under_every_overlay(kiosk, fake_clock, qtbot):
    """Under the veil of an overlay the ticker stops (its frames would repaint the veil)."""
    from kiosk.ui.screens.base import ScreenId
    from tests.helpers.touch import tap

    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))
    qtbot.waitUntil(lambda: kiosk.ticker is not None and kiosk.ticker.running, timeout=5000)
    ticker = kiosk.ticker
    for open_overlay, overlay in ((window.open_language_picker, lambda: window.language_picker),
                                  (window.open_accessibility, lambda: window.accessibility)):
        open_overlay()
        assert overlay().isVisible() and not ticker.running
        overlay().hide()
        assert ticker.running
    fake_clock.advance(95)
    kiosk.idle.poll()
    assert window.still_there.isVisible() and not ticker.running
    tap(window.still_there.button)
    assert ticker.running


def test_the_ticker_always_draws_with_the_bundled_fonts(make_kiosk, qtbot):
    """From the start, across a theme change, a visitor's reset and in Arabic and Chinese."""
    from kiosk.services.fonts import BUNDLED_FAMILIES
    from tests.helpers.fonts import missing_glyphs, rendering_families

    kiosk = make_kiosk()
    kiosk.window.show_screen(ScreenId.HOME)
    QApplication.processEvents()
    ticker = kiosk.ticker
    theme = kiosk.context.theme

    def check(when: str) -> None:
        assert ticker._headlines, when
        for _item_id, text in ticker._headlines:
            families = rendering_families(text, ticker.headline_font)
            assert families <= set(BUNDLED_FAMILIES), f"{when}: {text!r} drawn with {sorted(families)}"
            assert not missing_glyphs(text, ticker.headline_font), f"{when}: {text!r}"

    check("at start")
    theme.set_visitor_options(theme="high_contrast")
    check("after a theme change")
    kiosk.window.end_visit()
    QApplication.processEvents()
    check("after a reset")
    for language in ("ar", "zh", "ru"):
        kiosk.context.language.set_language(language)
        QApplication.processEvents()
        check(f"in {language}")
