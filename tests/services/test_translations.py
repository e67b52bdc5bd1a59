"""The UI translations: complete, up to date with the sources, compiled into the resources.

When a test here fails after new strings were added, run

    python build_spec/build_assets.py --update-ts

translate what it lists (Qt Linguist: ``pyside6-linguist assets/i18n/kiosk_fr.ts``, or the XML),
and run it again to compile the .qm files and the resource module.
"""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QFile

from kiosk.core.languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
FIX = "run  python build_spec/build_assets.py --update-ts  and translate what it lists"


def _build_assets():
    spec = importlib.util.spec_from_file_location("build_assets", ROOT / "build_spec" / "build_assets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = _build_assets()
CODES = list(BUILD.TS_LANGUAGES)


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message of a .ts file, obsolete ones excluded."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found.add((name, message.findtext("source", "")))
    return found


@pytest.fixture(scope="module")
def current_strings(tmp_path_factory) -> set[tuple[str, str]]:
    """Every tr() string in kiosk/ now, extracted by pyside6-lupdate into a scratch .ts file."""
    scratch = tmp_path_factory.mktemp("lupdate") / "kiosk_xx.ts"
    BUILD.run_lupdate(scratch, "fr_FR")
    return messages(scratch)


def test_every_ui_language_but_english_has_a_ts_file():
    assert sorted(CODES) == sorted(lang.code for lang in LANGUAGES if lang.code != "en")
    for code in CODES:
        assert BUILD.ts_file(code).exists(), f"{BUILD.ts_file(code)} missing: {FIX}"


def test_the_sources_have_strings_to_translate(current_strings):
    assert ("MainWindow", "Home") in current_strings
    assert len(current_strings) > 30


@pytest.mark.parametrize("code", CODES)
def test_every_source_string_is_in_the_ts_file(code, current_strings):
    missing = current_strings - messages(BUILD.ts_file(code))
    listing = "\n".join(f"  {context}: {source!r}" for context, source in sorted(missing))
    assert not missing, f"{len(missing)} strings missing from kiosk_{code}.ts ({FIX}):\n{listing}"


@pytest.mark.parametrize("code", CODES)
def test_every_message_is_translated(code):
    left = BUILD.untranslated(BUILD.ts_file(code))
    listing = "\n".join(f"  {context}: {source!r}" for context, source in left)
    assert not left, f"{len(left)} unfinished or empty translations in kiosk_{code}.ts ({FIX}):\n{listing}"


@pytest.mark.parametrize("code", CODES)
def test_placeholders_survive_translation(code):
    """A translation keeps the %1/%2 of its source; plural forms keep %n/%Ln where the source has it."""
    problems = []
    for message in ET.parse(BUILD.ts_file(code)).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for marker in ("%1", "%2", "%3"):
            if marker in source and not all(marker in text for text in texts):
                problems.append((source, marker))
        if message.get("numerus") == "yes":
            marker = "%Ln" if "%Ln" in source else "%n"
            # Arabic may spell out zero, one and two ("ثانيتين"); every other form keeps the number.
            counted = texts[3:] if code == "ar" else texts
            if not all(marker in text for text in counted):
                problems.append((source, marker))
    assert not problems, problems


def test_the_check_finds_unfinished_and_empty_messages(tmp_path):
    ts = tmp_path / "kiosk_fr.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="fr_FR"><context><name>HomeScreen</name>
<message><source>Learn</source><translation>Comprendre</translation></message>
<message><source>News</source><translation type="unfinished">Actualités</translation></message>
<message><source>Watch</source><translation></translation></message>
<message numerus="yes"><source>%n people</source><translation>
<numerusform>%n personne</numerusform><numerusform></numerusform></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    assert BUILD.untranslated(ts) == [("HomeScreen", "News"), ("HomeScreen", "Watch"), ("HomeScreen", "%n people")]


@pytest.mark.parametrize("code", CODES)
def test_the_compiled_translation_is_fresh_and_in_the_resources(code, tmp_path, qapp):
    import kiosk.resources_rc  # noqa: F401

    fresh = tmp_path / f"kiosk_{code}.qm"
    BUILD.subprocess.run([BUILD.tool("pyside6-lrelease"), "-silent", str(BUILD.ts_file(code)), "-qm", str(fresh)], check=True)
    committed = BUILD.ts_file(code).with_suffix(".qm")
    assert committed.read_bytes() == fresh.read_bytes(), f"{committed} is stale: run  python build_spec/build_assets.py"
    assert QFile.exists(f":/i18n/kiosk_{code}.qm"), "resources.qrc must list the .qm under the /i18n prefix"


def test_the_language_service_loads_each_translation(qapp):
    import kiosk.resources_rc  # noqa: F401
    from kiosk.services.i18n import LanguageService

    service = LanguageService()
    expected = {"fr": "Accueil", "es": "Inicio", "ar": "الرئيسية", "ru": "Главная", "zh": "首页"}
    try:
        for code, home in expected.items():
            service.set_language(code)
            assert QCoreApplication.translate("MainWindow", "Home") == home
        service.set_language("en")
        assert QCoreApplication.translate("MainWindow", "Home") == "Home"
    finally:
        service.set_language("en")


def test_english_has_every_plural_form(tmp_path, current_strings):
    """English is the source, but "%n" strings need their singular: "1 person", not "1 people"."""
    scratch = tmp_path / "kiosk_en.ts"
    BUILD.run_lupdate(scratch, "en_GB", plural_only=True)
    plurals = messages(scratch)
    assert plurals, "no %n strings found: the check would prove nothing"
    missing = plurals - messages(BUILD.ts_file("en"))
    assert not missing, f"plural strings missing from kiosk_en.ts ({FIX}): {sorted(missing)}"
    assert not BUILD.untranslated(BUILD.ts_file("en")), f"unfinished English plural forms ({FIX})"


def test_one_supporter_reads_in_the_singular(make_kiosk):
    from kiosk.ui.screens.base import ScreenId

    kiosk = make_kiosk()
    home = kiosk.window.screen(ScreenId.HOME)
    home.set_supporters(1)
    assert home.counter.text() == "1 person has taken the Blue Heart pledge"
    home.set_supporters(2)
    assert home.counter.text() == "2 people have taken the Blue Heart pledge"
