"""Right to left: arrows point the Arabic reader's way, names are in the visitor's language, and
the language picker keeps one fixed order."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kiosk.ui.screens.base import ScreenId
from tests.helpers.touch import tap


def arrow_points(icon: QIcon) -> str:
    """"left" or "right": the side of the icon holding the arrow's head (more ink there)."""
    image = icon.pixmap(96, 96).toImage()
    width, height = image.width(), image.height()

    def ink(first: int, last: int) -> float:
        return sum(image.pixelColor(x, y).alphaF() for x in range(first, last) for y in range(height))

    left, right = ink(0, width // 3), ink(width - width // 3, width)
    assert abs(left - right) > 0.1 * max(left, right), "the icon is not an arrow"
    return "left" if left > right else "right"


def set_language(kiosk, code: str) -> None:
    kiosk.context.language.set_language(code)
    QApplication.processEvents()


def test_back_arrows_point_back_in_the_reading_direction(kiosk, qtbot):
    kiosk.window.show_screen(ScreenId.NEWS)
    news = kiosk.window.screen(ScreenId.NEWS)
    news.open_item(news.rows[0].item_id)
    watch = kiosk.window.screen(ScreenId.WATCH)
    assert arrow_points(news.back.icon()) == "left"
    assert arrow_points(watch.close_button.icon()) == "left"
    set_language(kiosk, "ar")
    assert arrow_points(news.back.icon()) == "right"
    assert arrow_points(watch.close_button.icon()) == "right"
    set_language(kiosk, "fr")
    assert arrow_points(news.back.icon()) == "left"
    assert arrow_points(watch.close_button.icon()) == "left"


@pytest.mark.parametrize(("code", "english"), [("ar", "الإنجليزية"), ("zh", "英语"), ("ru", "английский"), ("fr", "anglais")])
def test_the_watch_list_names_the_video_language_in_the_visitors_language(kiosk, code, english):
    kiosk.window.show_screen(ScreenId.WATCH)
    watch = kiosk.window.screen(ScreenId.WATCH)
    row = watch.rows["blue-heart-psa"]  # the bundled PSA is spoken in English
    assert row.details_label.text().endswith("English")
    set_language(kiosk, code)
    assert row.details_label.text().endswith(english)
    assert "English" not in row.details_label.text()


def test_the_language_picker_keeps_one_order_in_every_language(kiosk, qtbot):
    window = kiosk.window
    window.show_screen(ScreenId.HOME)

    def places() -> dict[str, tuple[int, int]]:
        picker = window.language_picker
        return {code: (b.mapTo(picker, b.rect().topLeft()).x(), b.mapTo(picker, b.rect().topLeft()).y())
                for code, b in picker.buttons.items()}

    tap(window.bottom_bar.language)
    qtbot.waitUntil(lambda: window.language_picker.isVisible())
    english = places()
    assert english["en"][0] < english["fr"][0]  # English first, on the left
    tap(window.language_picker.buttons["ar"])
    qtbot.waitUntil(lambda: kiosk.context.language.current == "ar")
    tap(window.bottom_bar.language)
    qtbot.waitUntil(lambda: window.language_picker.isVisible())
    QApplication.processEvents()
    assert places() == english


def test_the_arabic_top_right_key_shows_no_squeezed_corner_text(kiosk, qtbot):
    """Qt's Arabic layout puts the rial sign (a wide four-letter ligature) in the corner of its
    top-right key, squeezed into letters drawn over each other; the corner hint goes, and the
    sign stays among the key's long-press alternates."""
    from tests.helpers.keyboard import _items

    kiosk.window.show_screen(ScreenId.PLEDGE)
    screen = kiosk.window.screen(ScreenId.PLEDGE)
    qtbot.waitUntil(lambda: screen.isVisible() and screen.keyboard.panel is not None, timeout=10000)
    set_language(kiosk, "ar")
    tap(screen.form.name)
    keyboard = screen.keyboard
    qtbot.waitUntil(lambda: keyboard.isVisible() and keyboard.layout_locale() == "ar_AR")

    def dal():
        return next((k for k in _items(keyboard.panel) if k.metaObject().indexOfProperty("alternativeKeys") >= 0
                     and k.metaObject().indexOfProperty("key") >= 0 and k.property("text") == "\u062F"), None)

    qtbot.waitUntil(lambda: dal() is not None)
    key = dal()
    assert "\uFDFC" in str(key.property("alternativeKeys"))
    assert not (key.property("smallTextVisible") and key.property("smallText") == "\uFDFC")
    # Other keys keep their corner hints (the digits on the top row).
    sad = next(k for k in _items(keyboard.panel) if k.metaObject().indexOfProperty("key") >= 0 and k.property("text") == "\u0636")
    assert sad.property("smallTextVisible") and sad.property("smallText")
