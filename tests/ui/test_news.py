"""News as a visitor uses it: the list newest first, dates in their language, the detail."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.ui.screens.news import NewsScreen
from tests.helpers.content import EXAMPLE, close_screen, content_context
from tests.helpers.touch import tap


@pytest.fixture
def make_news(qtbot, tmp_path):
    made = []

    def make(override=None):
        context = content_context(tmp_path / f"n{len(made)}", override=override)
        screen = NewsScreen(context)
        screen.resize(1920, 1000)
        screen.show()
        qtbot.waitExposed(screen)
        made.append((screen, context))
        return screen

    yield make
    for screen, context in made:
        close_screen(screen, context)


def test_list_is_newest_first_with_dates(make_news):
    screen = make_news()
    rows = screen.rows
    assert len(rows) == 35
    assert rows[0].date_label.text() == "28 August 2009"
    assert rows[0].headline.text() == "Launch of UN anti-trafficking training manual in Bangkok"
    assert rows[2].date_label.text() == "3\u2009–\u20094 August 2009"
    assert rows[-1].date_label.text() == "9 October 2008"


def test_dates_follow_the_ui_language(make_news):
    screen = make_news()
    screen.context.language.set_language("es")
    assert screen.rows[0].date_label.text() == "28 de agosto de 2009"
    assert screen.rows[0].headline.text().startswith("Presentación en Bangkok")


def test_tap_a_row_opens_the_detail_and_back_returns(make_news):
    screen = make_news()
    row = next(r for r in screen.rows if r.item_id == "2009-03-05-blue-heart-launch")
    screen.list_page.ensureWidgetVisible(row)
    QApplication.processEvents()
    tap(row)
    assert screen.pages.currentWidget() is screen.detail
    assert screen.detail.headline.text().startswith("UNODC Executive Director Antonio Maria Costa launches")
    assert screen.detail.body.text() == "To join the Blue Heart Campaign, visit the Blue Heart website."
    assert screen.detail.qr.data == "https://www.unodc.org/blueheart/"
    assert screen.detail.date_label.text() == "5 March 2009"
    tap(screen.back)
    assert screen.pages.currentWidget() is screen.list_page


def test_picture_and_neat_placeholder_when_the_file_is_missing(make_news, tmp_path):
    example = shutil.copytree(EXAMPLE, tmp_path / "example")
    screen = make_news(override=example)
    assert screen.open_item("city-hall-blue-heart-day")
    assert screen.detail.image.isVisible()
    assert not screen.detail.image.is_placeholder
    # The organiser replaces the picture by a broken file: a placeholder, no broken icon.
    (example / "images" / "city-hall-event.png").write_bytes(b"not a picture")
    screen2 = make_news(override=example)
    assert screen2.open_item("city-hall-blue-heart-day")
    assert screen2.detail.image.is_placeholder
    image = screen2.detail.image.grab().toImage()
    assert not image.isNull()


def test_unknown_item_shows_the_list(make_news):
    screen = make_news()
    assert screen.open_item("no-such-item") is False
    assert screen.pages.currentWidget() is screen.list_page


def test_next_visitor_sees_the_list(make_news):
    screen = make_news()
    screen.open_item("2009-02-12-global-report")
    screen.context.visit_reset.run()
    assert screen.pages.currentWidget() is screen.list_page


def test_a_headline_without_the_visitors_language_says_it_is_in_english(make_news, tmp_path):
    # The organiser's example items are in English, French and Spanish; the bundled news in all six.
    screen = make_news(override=shutil.copytree(EXAMPLE, tmp_path / "example"))
    assert all(row.language_tag is None for row in screen.rows)  # English UI: nothing to say
    screen.context.language.set_language("es")
    assert all(row.language_tag is None for row in screen.rows)
    screen.context.language.set_language("ar")
    for _ in range(3):  # the rebuilt rows are shown and laid out by the event loop
        QApplication.processEvents()
    tagged = {row.item_id for row in screen.rows if row.language_tag is not None}
    assert tagged == {"city-hall-blue-heart-day", "2009-03-05-blue-heart-launch"}  # the film evening is not shown yet
    row = next(r for r in screen.rows if r.item_id == "city-hall-blue-heart-day")
    assert row.language_tag.isVisible()
    assert row.language_tag.text() == "بالإنجليزية"
    screen.list_page.ensureWidgetVisible(row)
    QApplication.processEvents()
    tap(row)
    assert screen.pages.currentWidget() is screen.detail
    assert screen.detail.language_tag.isVisible()
    assert screen.detail.language_tag.text() == "بالإنجليزية"
    screen.context.language.set_language("fr")  # the detail follows the language
    assert screen.pages.currentWidget() is screen.detail
    assert not screen.detail.language_tag.isVisible()
    screen.context.language.set_language("ar")
    assert screen.open_item("2009-08-28-training-manual-bangkok")  # a bundled item, in Arabic: no tag
    assert not screen.detail.language_tag.isVisible()


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar", "ru", "zh"])
def test_no_bundled_news_item_opens_a_page_without_a_body(make_news, lang):
    screen = make_news()
    screen.context.language.set_language(lang)
    empty = []
    for row in screen.rows:
        assert screen.open_item(row.item_id)  # as a tap on the row or on the ticker does
        assert screen.pages.currentWidget() is screen.detail
        body = screen.detail.body
        if not (body.isVisible() and body.text().strip()):
            empty.append(row.item_id)
        # The body is in the visitor's language, not English in its place.
        assert not screen.detail.language_tag.isVisible(), row.item_id
        screen.show_list()
    assert not empty, f"{lang}: news pages with no text under the headline: {empty}"
