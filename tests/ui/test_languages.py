"""Switching language: instant, every visible screen re-translated, Arabic mirrored, numbers in
the language's digits, and the default back at the end of the visit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.ui.screens.base import ScreenId
from tests.helpers.touch import tap
from tests.helpers.widgets import window_rect
from tests.ui.test_layouts import layout_problems


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def choose(kiosk, code: str) -> None:
    """Tap the language button, then the language."""
    tap(kiosk.window.bottom_bar.language)
    assert kiosk.window.language_picker.isVisible()
    tap(kiosk.window.language_picker.buttons[code])
    settle()


def test_choosing_french_retranslates_the_visible_screen_at_once(kiosk):
    window = kiosk.window
    window.show_screen(ScreenId.HOME)
    home = window.screen(ScreenId.HOME)
    choose(kiosk, "fr")
    assert not window.language_picker.isVisible()
    assert home.header.title.text() == "L’être humain n’est pas à vendre"
    assert home.tiles[ScreenId.NEWS].title_label.text() == "Actualités"
    assert window.bottom_bar.home.text() == "Accueil"
    assert window.bottom_bar.language.text() == "Français"
    assert window.bottom_bar.accessibility.text() == "Accessibilité"


def test_screens_not_visible_are_retranslated_too(kiosk):
    kiosk.window.show_screen(ScreenId.HOME)
    kiosk.window.warm_up()
    settle()
    choose(kiosk, "es")
    pin = kiosk.window.screen(ScreenId.PIN)
    assert pin.cancel.text() == "Volver al quiosco"
    kiosk.window.open_accessibility()
    assert kiosk.window.accessibility.large_text.name_label.text() == "Texto más grande"


def test_arabic_mirrors_the_whole_layout(kiosk):
    window = kiosk.window
    window.show_screen(ScreenId.HOME)
    settle()
    home_x = window_rect(window.bottom_bar.home).x()
    choose(kiosk, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Home moves from the left end of the bar to the right end; the header aligns right.
    assert window_rect(window.bottom_bar.home).x() > window.width() / 2 > home_x
    title = window.screen(ScreenId.HOME).header.title
    assert window_rect(title).right() > window.width() * 0.9
    assert title.text() == "البشر ليسوا للبيع"
    assert not layout_problems(window)


@pytest.mark.parametrize(
    ("code", "shown"),
    [("en", "12,345"), ("fr", "12\u202f345"), ("ar", "١٢٬٣٤٥"), ("ru", "12\u00a0345"), ("zh", "12,345")],
)
def test_the_pledge_counter_writes_numbers_the_languages_way(kiosk, code, shown):
    kiosk.context.language.set_language(code)
    settle()
    for screen_id in (ScreenId.HOME, ScreenId.ATTRACT):
        screen = kiosk.window.screen(screen_id)
        screen.set_supporters(12345)
        assert shown in screen.counter.text(), screen.counter.text()


def test_the_counter_follows_a_language_change(kiosk, qtbot):
    from kiosk.ui.first_frame import AfterFirstFrame

    home = kiosk.window.screen(ScreenId.HOME)
    # The pledge wiring runs a moment after the first frame; once it has, the service has
    # opened and told the screens its count, and nothing overwrites the count set below.
    qtbot.waitUntil(lambda: all(w.done for w in kiosk.window.findChildren(AfterFirstFrame)), timeout=5000)
    kiosk.context.pledges.wait()
    settle()
    kiosk.window.show_screen(ScreenId.HOME)
    home.set_supporters(3)
    choose(kiosk, "ru")
    assert home.counter.text() == "3 человека приняли обязательство «Голубое сердце»"


def test_the_end_of_the_visit_brings_back_the_default_language(make_kiosk):
    kiosk = make_kiosk(lang="es")
    kiosk.window.show_screen(ScreenId.HOME)
    choose(kiosk, "ar")
    kiosk.window.end_visit()
    settle()
    assert kiosk.context.language.current == "es"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    kiosk.window.show_screen(ScreenId.HOME)
    assert kiosk.window.bottom_bar.home.text() == "Inicio"


@pytest.mark.parametrize("code", ["ar", "ru", "zh", "fr", "es"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_every_screen_fits_in_every_language(make_kiosk, code, size):
    kiosk = make_kiosk(size=size, lang=code)
    failures = {}
    for screen_id in ScreenId:
        kiosk.window.show_screen(screen_id)
        settle()
        problems = layout_problems(kiosk.window)
        if problems:
            failures[str(screen_id)] = problems[:3]
    assert not failures, failures


def test_a_caption_is_painted_in_its_own_direction_whatever_the_ui_language(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.widgets.caption_band import CaptionBand

    try:
        for text in ("Human beings are not for sale.", "البشر ليسوا للبيع."):
            pictures = []
            # The application's direction is what the Arabic UI switches (and what QPainter uses).
            for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
                QApplication.setLayoutDirection(direction)
                band = CaptionBand()
                qtbot.addWidget(band)
                band.resize(900, band.height())
                band.set_caption(text)
                pictures.append(band.grab().toImage())
            assert pictures[0] == pictures[1], text  # the full stop stays at the end of the sentence
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
