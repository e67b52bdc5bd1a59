"""kiosk.core.languages.LANGUAGES is the one table of languages: everything else follows it.

Each row must have what the kiosk needs to speak the language (a translation in the resources,
a keyboard layout Qt Virtual Keyboard has, a bundled font that draws its texts, locales Qt and
Babel know), and no other source file holds a list of languages of its own.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QFile, QLocale, Qt
from PySide6.QtGui import QRawFont

from kiosk.core.languages import FALLBACK_LANGUAGE, LANGUAGES, text_in
from kiosk.services.fonts import BUNDLED_FAMILIES, font_files

ROOT = Path(__file__).resolve().parents[1]
ROWS = [pytest.param(lang, id=lang.code) for lang in LANGUAGES]


def test_codes_are_unique_and_english_is_there():
    codes = [lang.code for lang in LANGUAGES]
    assert len(codes) == len(set(codes))
    assert FALLBACK_LANGUAGE in codes


@pytest.mark.parametrize("lang", ROWS)
def test_every_language_has_a_translation_in_the_resources(lang, qapp):
    import kiosk.resources_rc  # noqa: F401  (registers :/i18n)

    assert (ROOT / "assets" / "i18n" / f"kiosk_{lang.code}.ts").exists()
    assert (ROOT / "assets" / "i18n" / f"kiosk_{lang.code}.qm").exists()
    assert QFile.exists(f":/i18n/kiosk_{lang.code}.qm"), f"resources.qrc does not list kiosk_{lang.code}.qm"


def test_the_resources_hold_the_translations_of_the_table_and_no_other():
    qrc = ET.parse(ROOT / "resources.qrc").getroot()
    listed = {node.get("alias") for res in qrc.iter("qresource") if res.get("prefix") == "/i18n" for node in res.iter("file")}
    assert listed == {f"kiosk_{lang.code}.qm" for lang in LANGUAGES}


@pytest.mark.parametrize("lang", ROWS)
def test_every_keyboard_locale_is_a_layout_of_qt_virtual_keyboard(lang, qapp):
    sys.path.insert(0, str(ROOT / "build_spec"))
    from keyboard_characters import RESOURCES, _load_plugins

    _load_plugins()
    folder = f"{RESOURCES}/Layouts/{lang.keyboard_locale}"
    # A layout folder has its own main.qml or a marker sending it to the shared fallback one.
    assert QFile.exists(f"{folder}/main.qml") or QFile.exists(f"{folder}/main.fallback"), folder


@pytest.mark.parametrize("lang", ROWS)
def test_the_qt_and_babel_locales_are_known(lang):
    from babel import Locale

    assert QLocale(lang.qt_name).name() == lang.qt_name
    assert QLocale(lang.qt_name).textDirection() == (Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight)
    babel = Locale.parse(lang.babel_locale)  # zh_CN reads as zh_Hans_CN
    assert (babel.language, babel.territory) == (lang.code, lang.babel_locale.split("_")[1])


@pytest.fixture(scope="module")
def fonts_by_family(qapp) -> dict[str, list[QRawFont]]:
    found: dict[str, list[QRawFont]] = {}
    for path in font_files():
        font = QRawFont(str(path), 32)
        assert font.isValid(), path
        found.setdefault(font.familyName(), []).append(font)
    return found


@pytest.mark.parametrize("lang", ROWS)
def test_every_language_font_draws_its_name_and_touch_to_start(lang, fonts_by_family):
    assert lang.font in BUNDLED_FAMILIES
    faces = fonts_by_family.get(lang.font)
    assert faces, f"no bundled font file of the family {lang.font!r}"
    for text in (lang.native_name, lang.touch_to_start):
        for face in faces:
            missing = {c for c in text if not c.isspace() and not face.supportsCharacter(ord(c))}
            assert not missing, f"{lang.font} {face.styleName()} lacks {sorted(missing)} of {text!r}"


def test_every_language_font_is_built_by_the_subset_script():
    sys.path.insert(0, str(ROOT / "build_spec"))
    from subset_fonts import FAMILIES

    assert {lang.font for lang in LANGUAGES} <= {family.name for family in FAMILIES}
    assert list(BUNDLED_FAMILIES) == [family.name for family in FAMILIES]


#: Locale names and texts that belong to the table; a copy of one elsewhere is a second table.
def _table_literals() -> set[str]:
    literals = set()
    for lang in LANGUAGES:
        literals |= {lang.native_name, lang.touch_to_start, lang.keyboard_locale, lang.qt_name, lang.babel_locale}
    return {literal for literal in literals if literal != "English"}


def test_no_other_source_file_holds_a_table_of_languages():
    sources = [
        path
        for folder in ("kiosk", "build_spec")
        for path in (ROOT / folder).rglob("*.py")
        if path.name != "resources_rc.py" and path != ROOT / "kiosk" / "core" / "languages.py"
    ]
    assert len(sources) > 50
    found = []
    for path in sources:
        text = path.read_text(encoding="utf-8")
        for literal in _table_literals():
            if re.search(rf"[\"']{re.escape(literal)}[\"']", text):
                found.append(f"{path.relative_to(ROOT)}: {literal!r}")
    assert not found, "language facts outside kiosk/core/languages.py:\n" + "\n".join(sorted(found))


def test_a_text_falls_back_to_english_then_to_any_text():
    texts = {"en": "Hello", "fr": "Bonjour", "ar": "  "}
    assert text_in(texts, "fr") == ("Bonjour", "fr")
    assert text_in(texts, "zh") == ("Hello", "en")
    assert text_in(texts, "ar") == ("Hello", "en")  # a blank text counts as missing
    assert text_in({"ru": "Привет"}, "zh") == ("Привет", "ru")
    assert text_in({}, "zh") == ("", "zh")


def test_the_shown_language_is_the_current_one_or_the_default(qapp):
    from kiosk.services.i18n import LanguageService

    service = LanguageService(default="fr")
    try:
        assert service.shown == "fr"
        service.set_language("ar")
        assert service.shown == "ar"
        service.uninstall()
        assert service.shown == "fr"
    finally:
        service.uninstall()


def test_current_or_default_is_written_once():
    """The rule lives in LanguageService.shown; no reader writes it out again."""
    rule = re.compile(r"language\.current\s+or\b")
    found = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "kiosk").rglob("*.py")
        if path.name != "resources_rc.py" and rule.search(path.read_text(encoding="utf-8"))
    ]
    assert not found, f"write language.shown instead: {found}"


def test_the_build_lists_a_new_language_s_translation_in_the_resources(tmp_path):
    """A row added to the table reaches resources.qrc through build_spec/build_assets.py."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_assets", ROOT / "build_spec" / "build_assets.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    qrc = tmp_path / "resources.qrc"
    qrc.write_text((ROOT / "resources.qrc").read_text(encoding="utf-8"), encoding="utf-8")
    assert build.sync_qrc_translations(qrc) is False  # the real one already follows the table
    assert build.sync_qrc_translations(qrc, codes=["pt", "en"]) is True
    resources = ET.parse(qrc).getroot().iter("qresource")
    files = {(res.get("prefix"), node.get("alias"), node.text) for res in resources for node in res.iter("file")}
    assert {(alias, path) for prefix, alias, path in files if prefix == "/i18n"} == {
        ("kiosk_en.qm", "assets/i18n/kiosk_en.qm"),
        ("kiosk_pt.qm", "assets/i18n/kiosk_pt.qm"),
    }
    # The other sections are left as they were.
    assert {f for f in files if f[0] != "/i18n"} == {
        (res.get("prefix"), node.get("alias"), node.text)
        for res in ET.parse(ROOT / "resources.qrc").getroot().iter("qresource")
        if res.get("prefix") != "/i18n"
        for node in res.iter("file")
    }
