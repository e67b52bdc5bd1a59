"""Whatever the on-screen keyboard types renders with the bundled fonts, in every language.

A visitor opens the pledge form, taps the name field and types on the real embedded keyboard:
every key, long-press alternate and symbol page of the six layouts, and every candidate pinyin
offers for common syllables, must have a glyph in the bundled fonts (a host without a Chinese
font has nothing to fall back on).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Q_ARG, QMetaObject, Qt

from kiosk.core.languages import LANGUAGES
from kiosk.ui.screens.base import ScreenId
from tests.helpers.fonts import FIX, bundled_raw_fonts, listing, missing_glyphs, uncovered
from tests.helpers.keyboard import _items, candidates, tap_key, type_text
from tests.helpers.touch import tap

#: Syllables of the commonest Chinese family and given names (and of 中国, 世界, 你好).
SYLLABLES = (
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao "
    "zheng liang xie song tang han feng deng xiao yu shi ming hua ying zhong ni hao jie"
).split()


@pytest.fixture
def raw_fonts(qapp):
    return bundled_raw_fonts()


def open_keyboard(kiosk, qtbot, language: str):
    kiosk.window.show_screen(ScreenId.PLEDGE)
    screen = kiosk.window.screen(ScreenId.PLEDGE)
    qtbot.waitUntil(lambda: screen.isVisible() and screen.keyboard.panel is not None, timeout=10000)
    kiosk.context.language.set_language(language)
    qtbot.wait(100)  # the form re-lays out in the new language before the finger comes down
    tap(screen.form.name)
    keyboard = screen.keyboard
    qtbot.waitUntil(lambda: keyboard.isVisible() and keyboard.layout_locale() == keyboard_locale(language))
    return screen, keyboard


def keyboard_locale(language: str) -> str:
    from kiosk.services.keyboard import keyboard_locale as locale

    return locale(language)


def shown_keys(keyboard) -> list:
    """The key items of the layout on screen now (main, symbols…)."""
    return [
        item for item in _items(keyboard.panel)
        if item.metaObject().indexOfProperty("alternativeKeys") >= 0 and item.metaObject().indexOfProperty("key") >= 0
        and item.isVisible() and item.width() > 0
    ]


def key_characters(keys) -> str:
    """Every character a key shows or types: its text and label, its small text, its alternates."""
    found = []
    for key in keys:
        for name in ("text", "displayText", "smallText", "alternativeKeys"):
            if name == "smallText" and not key.property("smallTextVisible"):
                continue
            value = key.property(name)
            if isinstance(value, str):
                found.append(value)
            elif isinstance(value, (list, tuple)):
                found.extend(str(v) for v in value)
    return "".join(found)


def key_of_class(keyboard, class_part: str):
    return next(k for k in _items(keyboard.panel) if class_part in k.metaObject().className() and k.isVisible())


def page_key(keyboard):
    """The symbol layout's page key ("1/2"), or None."""
    return next((k for k in shown_keys(keyboard) if re.fullmatch(r"\d/\d", str(k.property("displayText")))), None)


def candidate_texts(keyboard) -> list[str]:
    """Every word pinyin offers now, the ones scrolled out of the bar too (from its model)."""
    texts: list[str] = []
    for item in _items(keyboard.panel):
        model = item.property("model") if item.metaObject().indexOfProperty("model") >= 0 else None
        if model is None or "SelectionListModel" not in model.metaObject().className():
            continue
        texts.extend(str(model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)) for row in range(model.rowCount()))
    return texts


@pytest.mark.parametrize("language", [lang.code for lang in LANGUAGES])
def test_every_key_and_alternate_has_a_bundled_glyph(kiosk, qtbot, raw_fonts, language):
    screen, keyboard = open_keyboard(kiosk, qtbot, language)
    typed = key_characters(shown_keys(keyboard))
    # The symbol pages: "&123" (or its script's equivalent), then each page ("1/2", "2/2"…).
    tap_key(keyboard, key_of_class(keyboard, "SymbolModeKey"))
    qtbot.waitUntil(lambda: page_key(keyboard) is not None)
    pages = int(page_key(keyboard).property("displayText").split("/")[1])
    for page in range(1, pages + 1):
        qtbot.waitUntil(lambda page=page: page_key(keyboard).property("displayText") == f"{page}/{pages}")
        typed += key_characters(shown_keys(keyboard))
        tap_key(keyboard, page_key(keyboard))
    assert len(set(typed)) > 60
    missing = uncovered(typed, raw_fonts)
    assert not missing, f"{language} keyboard: no bundled font has {listing(missing)} ({FIX})"


def test_every_pinyin_candidate_for_common_syllables_has_a_bundled_glyph(kiosk, qtbot, raw_fonts):
    screen, keyboard = open_keyboard(kiosk, qtbot, "zh")
    offered: dict[str, list[str]] = {}
    for syllable in SYLLABLES:
        type_text(keyboard, syllable)
        qtbot.waitUntil(lambda: len(candidate_texts(keyboard)) > 3)
        offered[syllable] = candidate_texts(keyboard)
        if syllable == SYLLABLES[-1]:
            break
        # The visitor erases the letters for the next syllable: the candidates go.
        for _letter in syllable:
            tap_key(keyboard, key_of_class(keyboard, "BackspaceKey"))
        qtbot.waitUntil(lambda: not candidate_texts(keyboard))
    # The visitor scrolls to the end of the bar and picks the rarest word; it shows in the field.
    words = offered[SYLLABLES[-1]]
    QMetaObject.invokeMethod(candidate_view(keyboard), "positionViewAtIndex", Q_ARG(int, len(words) - 1), Q_ARG(int, 0))
    qtbot.wait(300)
    shown = {candidate_text(item): item for item in candidates(keyboard)}
    assert words[-1] in shown, f"{words[-1]} not in the bar: {sorted(shown)}"
    tap_key(keyboard, shown[words[-1]])
    qtbot.waitUntil(lambda: screen.form.name.text().endswith(words[-1]))
    assert not missing_glyphs(screen.form.name.text(), screen.form.name.font())
    assert sum(len(words) for words in offered.values()) > 2000
    missing = {syllable: uncovered("".join(words), raw_fonts) for syllable, words in offered.items()}
    missing = {syllable: chars for syllable, chars in missing.items() if chars}
    assert not missing, "pinyin candidates without a bundled glyph: " + "; ".join(
        f"{syllable}: {listing(chars, 12)}" for syllable, chars in missing.items()
    ) + f" ({FIX})"


def candidate_text(item) -> str:
    """The word a candidate in the bar shows (its Text child)."""
    return next((str(c.property("text")) for c in _items(item) if c.metaObject().indexOfProperty("text") >= 0 and c.property("text")), "")


def candidate_view(keyboard):
    """The candidate bar's list view (its model holds every candidate)."""
    return next(
        item for item in _items(keyboard.panel)
        if item.metaObject().indexOfProperty("model") >= 0
        and item.property("model") is not None
        and "SelectionListModel" in item.property("model").metaObject().className()
        and item.property("model").rowCount() > 0
    )
