"""The bundled fonts cover every character the kiosk shows, in every language.

A failure lists the characters no bundled font has. Rebuild the subsets with
``python build_spec/subset_fonts.py`` (needs fontTools and the Debian Noto packages).
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontInfo, QRawFont

from kiosk.core.languages import LANGUAGES
from kiosk.core.paths import assets_dir
from kiosk.services.fonts import BUNDLED_FAMILIES, font_files, load_bundled_fonts
from tests.helpers.fonts import glyph_runs, listing, missing_glyphs, rendering_families

ROOT = Path(__file__).resolve().parents[2]
FIX = "rebuild the fonts:  python build_spec/subset_fonts.py"


def _strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def texts_by_language() -> dict[str, list[str]]:
    """What each language shows: its translations, the content pack, names and prompts."""
    texts: dict[str, list[str]] = {lang.code: [lang.native_name, lang.touch_to_start] for lang in LANGUAGES}
    for ts in sorted((ROOT / "assets" / "i18n").glob("kiosk_*.ts")):
        code = ts.stem.split("_", 1)[1]
        for message in ET.parse(ts).getroot().iter("message"):
            texts["en"].append(message.findtext("source", ""))
            translation = message.find("translation")
            texts[code].extend(f.text or "" for f in translation.iter("numerusform"))
            texts[code].append(translation.text or "")
    content = assets_dir() / "content"
    pack = [s for p in sorted(content.rglob("*.json")) for s in _strings(json.loads(p.read_text(encoding="utf-8")))]
    pack += [s for p in sorted(content.rglob("*.toml")) for s in _strings(tomllib.loads(p.read_text(encoding="utf-8")))]
    texts["content pack"] = pack
    texts["language picker"] = ["Language · Langue · Idioma\nاللغة · Язык · 语言", "●○"]
    from kiosk.core.countries import countries

    texts["countries"] = [country.name for lang in LANGUAGES for country in countries(lang.code)]
    return texts


@pytest.fixture(scope="module")
def raw_fonts(qapp) -> list[QRawFont]:
    fonts = [QRawFont(str(path), 32) for path in font_files()]
    assert fonts and all(font.isValid() for font in fonts)
    return fonts


def uncovered(text: str, fonts: list[QRawFont]) -> set[str]:
    """Characters of ``text`` that no font in ``fonts`` has (spaces and controls aside)."""
    return {
        char for char in text
        if char.isprintable() and not char.isspace() and not any(font.supportsCharacter(ord(char)) for font in fonts)
    }


@pytest.mark.parametrize("what", [lang.code for lang in LANGUAGES] + ["content pack", "language picker", "countries"])
def test_every_shown_character_has_a_bundled_glyph(what, raw_fonts):
    texts = texts_by_language()[what]
    assert texts or what == "content pack"
    missing = set().union(*(uncovered(text, raw_fonts) for text in texts)) if texts else set()
    listing = " ".join(f"{c} U+{ord(c):04X}" for c in sorted(missing))
    assert not missing, f"{what}: no bundled font has {listing} ({FIX})"


def test_the_check_finds_a_character_no_font_has(raw_fonts):
    missing = uncovered("Bonjour ☃ नमस्ते", raw_fonts)
    assert {"☃", "न", "म"} <= missing
    assert not missing & set("Bonjour")


def test_the_bundled_fonts_load_with_their_families(qapp):
    families = load_bundled_fonts()
    assert set(BUNDLED_FAMILIES) <= set(families)
    for family in BUNDLED_FAMILIES:
        assert QFontInfo(QFont(family)).family() == family


def test_the_style_sheet_uses_the_bundled_families_in_order(qapp):
    import kiosk.resources_rc  # noqa: F401  (registers :/qss)
    from kiosk.ui.style.theme import Theme

    qss = Theme().stylesheet()
    declared = re.search(r"font-family:\s*([^;]+);", qss).group(1)
    assert [name.strip().strip('"') for name in declared.split(",")] == list(BUNDLED_FAMILIES)


def test_the_widgets_render_with_a_bundled_family(make_kiosk):
    kiosk = make_kiosk()
    from kiosk.ui.screens.base import ScreenId

    kiosk.window.show_screen(ScreenId.HOME)
    tile = kiosk.window.screen(ScreenId.HOME).tiles[ScreenId.LEARN]
    assert QFontInfo(tile.title_label.font()).family() in BUNDLED_FAMILIES


def test_the_bundle_stays_small():
    total = sum(path.stat().st_size for path in font_files())
    # The Chinese regular face (all of GB 2312 and every character pinyin can type) is 7.5 MiB,
    # the bold one (the kiosk's own texts) 2.8 MiB; everything else is under 0.7 MiB.
    assert total < 12 * 1024 * 1024, f"bundled fonts weigh {total / 1024 / 1024:.1f} MiB"
    assert (assets_dir() / "fonts" / "OFL.txt").exists()


def _gb2312() -> tuple[set[str], set[str]]:
    """GB 2312's symbols (rows 1-9) and hanzi (rows 16-87)."""
    symbols, hanzi = set(), set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                char = bytes((row, cell)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            (hanzi if row >= 0xB0 else symbols).add(char)
    return symbols, hanzi


def test_all_of_gb2312_has_a_bundled_glyph(raw_fonts):
    symbols, hanzi = _gb2312()
    assert len(hanzi) == 6763 and len(symbols) == 682
    missing = uncovered("".join(hanzi | symbols), raw_fonts)
    assert not missing, f"GB 2312: no bundled font has {listing(missing)} ({FIX})"


def test_everything_the_keyboard_can_type_has_a_bundled_glyph(raw_fonts):
    """Every key and alternate of the six layouts and every character of the pinyin dictionary,
    read from Qt Virtual Keyboard itself (tests/ui/test_keyboard_glyphs.py types on it)."""
    sys.path.insert(0, str(ROOT / "build_spec"))
    from keyboard_characters import layout_characters, pinyin_characters

    keys, pinyin = layout_characters(), pinyin_characters()
    assert len(pinyin) > 16000 and len(keys) > 250
    missing = uncovered("".join(keys | pinyin), raw_fonts)
    assert not missing, f"the keyboard types {listing(missing)}, which no bundled font has ({FIX})"


def test_cyrillic_has_a_bundled_glyph(raw_fonts):
    missing = uncovered("".join(chr(code) for code in range(0x0400, 0x0500)), raw_fonts)
    assert not missing, f"Cyrillic: no bundled font has {listing(missing)} ({FIX})"


ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچژکگی"


def test_arabic_letters_join_with_the_bundled_arabic_face(qapp):
    """Each letter, alone and between two others, is shaped into its joining form by the bundled
    Arabic face: a glyph (never the empty box), and a different one where the letter joins."""
    load_bundled_fonts()
    font = QFont()
    font.setFamilies(list(BUNDLED_FAMILIES))
    font.setPixelSize(32)
    for letter in ARABIC_LETTERS:
        for text in (letter, f"ب{letter}ب", f"{letter}ب", f"ب{letter}"):
            assert rendering_families(text, font) == {"BlueHeart Noto Sans Arabic"}, text
            assert not missing_glyphs(text, font), text
    # Beh alone, at the start, in the middle and at the end of a word: four different glyphs.
    alone = glyph_runs("ب", font)[0].glyphIndexes()[0]
    joined = glyph_runs("ببب", font)[0].glyphIndexes()
    assert len({alone, *joined}) == 4
