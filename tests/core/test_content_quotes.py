"""Quoted definitions in other languages: each subparagraph copied word for word from pages that
name their source, each quoted language with two sources, one of them UN-system or official."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from kiosk.core.content import load_pack
from kiosk.core.content.models import LegalDefinition
from kiosk.core.content.quotes import AUTHORITATIVE_KINDS
from tests.helpers.content import bundled_copy

EXCERPTS = json.loads((Path(__file__).parents[1] / "data" / "quote_excerpts.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def definitions(tmp_path_factory):
    loaded = load_pack(bundled_copy(tmp_path_factory.mktemp("pack") / "content"), None, date(2026, 11, 28))
    assert loaded.problems == ()
    return {item.id: item for item in loaded.learn.definitions}


def words(text: str) -> list[str]:
    """The words of a text with typography set aside: quotation marks, apostrophes, spaces,
    Arabic diacritics and tatweel."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub("[\u064b-\u0652\u0640]", "", text).replace("\u2019", "'")
    return re.findall(r"[\w']+", text.lower())


def contains(haystack: list[str], needle: list[str]) -> bool:
    return any(haystack[i : i + len(needle)] == needle for i in range(len(haystack) - len(needle) + 1))


def test_each_bundled_non_english_quote_names_two_sources_one_of_them_authoritative(definitions):
    quoted = 0
    for item in definitions.values():
        for part in item.quote:
            for lang in part.languages:
                if lang == "en":
                    continue
                quoted += 1
                sources = item.sources[lang]
                assert len(sources) >= 2, (item.id, lang)
                assert all(source.url and source.kind and source.name for source in sources), (item.id, lang)
                assert any(source.kind in AUTHORITATIVE_KINDS for source in sources), (item.id, lang)
    assert quoted >= 5


def test_english_is_the_official_text_with_its_two_official_sources(definitions):
    for item in definitions.values():
        assert [source.kind for source in item.sources["en"]] == ["treaty", "treaty"]
        assert "55/25" in item.sources["en"][0].name


@pytest.mark.parametrize(("item_id", "lang"), [(i, lang) for i in EXCERPTS for lang in EXCERPTS[i]])
def test_quote_has_the_same_words_as_every_recorded_source(definitions, item_id, lang):
    quote = words(definitions[item_id].quote[0].root[lang])
    for excerpt in EXCERPTS[item_id][lang]:
        found = words(excerpt["excerpt"])
        if excerpt.get("stored_copy_stops_mid_word"):
            found = found[:-1]
        if excerpt.get("quote_starts_after_conjunction"):
            found[0] = excerpt["quote_starts_after_conjunction"] + found[0]
        assert len(found) >= 20 and contains(quote, found), excerpt["source"]


def test_only_subparagraph_a_is_quoted_in_other_languages(definitions):
    for item in definitions.values():
        assert item.quote[0].root["en"].startswith("(a)")
        assert all(part.languages == ("en",) for part in item.quote[1:])


def test_a_single_text_quote_and_a_string_source_still_load():
    item = LegalDefinition.model_validate({
        "id": "smuggling", "title": {"en": "T"}, "citation": {"en": "C"}, "summary": {"en": "S"},
        "quote": {"en": "Whole text", "fr": "Texte entier"},
        "sources": {"en": ["A/RES/55/25, annex III", "UNTS vol. 2241"],
                    "fr": ["A/RES/55/25, annexe III", {"name": "ONUDC", "kind": "un", "url": "https://unodc.org/"}]},
    })
    assert [part.root for part in item.quote] == [{"en": "Whole text", "fr": "Texte entier"}]
    assert item.sources["en"][0].kind == "treaty" and item.sources["en"][0].url is None
    assert item.shown_parts("fr") == [("Texte entier", "fr")]


def test_shown_parts_group_runs_by_language():
    item = LegalDefinition.model_validate({
        "id": "trafficking", "title": {"en": "T"}, "citation": {"en": "C"}, "summary": {"en": "S"},
        "quote": [{"en": "(a) A", "fr": "a) A"}, {"en": "(b) B"}, {"en": "(c) C"}],
        "sources": {"en": ["X", "Y"], "fr": [{"name": "U", "kind": "un", "url": "https://un.org/"},
                                             {"name": "V", "kind": "independent", "url": "https://v.org/"}]},
    })
    assert item.shown_parts("fr") == [("a) A", "fr"), ("(b) B\n(c) C", "en")]
    assert item.shown_parts("ru") == [("(a) A\n(b) B\n(c) C", "en")]
    assert item.full_text("en") == "(a) A\n(b) B\n(c) C"


def test_an_organisers_pack_can_replace_a_quote_with_a_fuller_official_text(tmp_path):
    bundled = bundled_copy(tmp_path / "bundled")
    override = tmp_path / "event"
    override.mkdir()
    (override / "pack.json").write_text('{"name": "Event", "version": "1"}', encoding="utf-8")
    learn = json.loads((bundled / "learn.json").read_text(encoding="utf-8"))
    item = next(d for d in learn["definitions"] if d["id"] == "smuggling")
    item["quote"] = {"en": "\n".join(part["en"] for part in item["quote"]), "ru": "a) «незаконный ввоз мигрантов» ...\nb) ..."}
    item["sources"]["ru"] = ["A/RES/55/25, приложение III",
                             {"name": "UNTC", "kind": "treaty", "url": "https://treaties.un.org/doc/source/RecentTexts/18-12-b.R.doc"}]
    (override / "learn.json").write_text(json.dumps({"definitions": [item]}, ensure_ascii=False), encoding="utf-8")
    content = load_pack(bundled, override, date(2026, 11, 28))
    assert content.problems == ()
    smuggling = next(d for d in content.learn.definitions if d.id == "smuggling")
    assert smuggling.shown_parts("ru") == [("a) «незаконный ввоз мигрантов» ...\nb) ...", "ru")]
    assert [d.id for d in content.learn.definitions] == ["trafficking", "smuggling"]
