"""The keyboard follows the visitor's language at once, even while it is open."""

from __future__ import annotations

from kiosk.ui.screens.base import ScreenId
from tests.helpers.keyboard import key_items, type_text
from tests.helpers.touch import tap


def test_layout_follows_a_language_switch_while_typing(kiosk, qtbot):
    kiosk.window.show_screen(ScreenId.PLEDGE)
    screen = kiosk.window.screen(ScreenId.PLEDGE)
    qtbot.waitUntil(lambda: screen.isVisible() and screen.keyboard.panel is not None, timeout=10000)
    tap(screen.form.name)
    qtbot.waitUntil(lambda: screen.keyboard.isVisible() and "q" in key_items(screen.keyboard))
    type_text(screen.keyboard, "an")
    assert screen.form.name.text() == "An"
    kiosk.context.language.set_language("ru")
    # Still typing: the field keeps the focus and the keys are Russian now.
    qtbot.waitUntil(lambda: "й" in key_items(screen.keyboard), timeout=3000)
    assert screen.keyboard.isVisible() and screen.form.name.hasFocus()
    assert screen.keyboard.layout_locale() == "ru_RU"
    assert screen.form.name.text() == "An", "switching the language lost what was typed"
    type_text(screen.keyboard, "я")
    assert screen.form.name.text() == "Anя"
    kiosk.context.language.set_language("ar")
    qtbot.waitUntil(lambda: "ف" in key_items(screen.keyboard), timeout=3000)
    assert "й" not in key_items(screen.keyboard)
