"""The bundled pack says what the seed and the Protocols say."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from kiosk.core.content import load_pack
from tests.helpers.content import SEED, bundled_copy

# Copied from CONTENT-BRIEF.md (Protocol texts, article 3), line breaks joined.
TRAFFICKING_ARTICLE_3 = (
    '(a) "Trafficking in persons" shall mean the recruitment, transportation, transfer, harbouring '
    "or receipt of persons, by means of the threat or use of force or other forms of coercion, of "
    "abduction, of fraud, of deception, of the abuse of power or of a position of vulnerability or "
    "of the giving or receiving of payments or benefits to achieve the consent of a person having "
    "control over another person, for the purpose of exploitation. Exploitation shall include, at a "
    "minimum, the exploitation of the prostitution of others or other forms of sexual exploitation, "
    "forced labour or services, slavery or practices similar to slavery, servitude or the removal of "
    "organs;\n"
    "(b) The consent of a victim of trafficking in persons to the intended exploitation set forth in "
    "subparagraph (a) of this article shall be irrelevant where any of the means set forth in "
    "subparagraph (a) have been used;\n"
    "(c) The recruitment, transportation, transfer, harbouring or receipt of a child for the purpose "
    'of exploitation shall be considered "trafficking in persons" even if this does not involve any '
    "of the means set forth in subparagraph (a) of this article;\n"
    '(d) "Child" shall mean any person under eighteen years of age.'
)
SMUGGLING_ARTICLE_3 = (
    '(a) "Smuggling of migrants" shall mean the procurement, in order to obtain, directly or '
    "indirectly, a financial or other material benefit, of the illegal entry of a person into a "
    "State Party of which the person is not a national or a permanent resident;\n"
    '(b) "Illegal entry" shall mean crossing borders without complying with the necessary '
    "requirements for legal entry into the receiving State;"
)

NOISE = ("dragon ball", "forgot your details", "learn more", "click here", "bh girl")
MONTHS = {name: index for index, name in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December"], start=1)}
DATED_LINE = re.compile(
    r"^(?P<d1>\d{1,2})(?:\s*(?:–|-|to)\s*(?P<d2>\d{1,2}))?\s+(?P<m1>[A-Z][a-z]+)"
    r"(?:\s*(?:–|-)\s*(?P<d3>\d{1,2})\s+(?P<m2>[A-Z][a-z]+))?(?:\s+(?P<year>\d{4}))?\s*,?\s*(?P<text>.+)$"
)


def seed_news() -> list[tuple[date, date | None, str]]:
    """The seed's dated lines, newest first, a missing year taken from the line above."""
    entries = []
    year = None
    for line in SEED.read_text(encoding="utf-8").splitlines():
        match = DATED_LINE.match(line.strip())
        if not match or match["m1"] not in MONTHS:
            continue
        year = int(match["year"]) if match["year"] else year
        assert year is not None, line
        if match["d3"]:  # "30 November – 3 December 2008"
            start = date(year, MONTHS[match["m1"]], int(match["d1"]))
            end = date(year, MONTHS[match["m2"]], int(match["d3"]))
        else:
            start = date(year, MONTHS[match["m1"]], int(match["d1"]))
            end = date(year, MONTHS[match["m1"]], int(match["d2"])) if match["d2"] else None
        entries.append((start, end, match["text"]))
    return entries


def words(text: str) -> set[str]:
    return {word for word in re.findall(r"\w+", text.lower()) if len(word) >= 5}


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    bundled = bundled_copy(tmp_path_factory.mktemp("pack") / "content")
    loaded = load_pack(bundled, None, date(2026, 11, 28))
    assert loaded.problems == ()
    return loaded


def definition(content, item_id):
    return next(item for item in content.learn.definitions if item.id == item_id)


def test_trafficking_definition_is_article_3_verbatim(content):
    item = definition(content, "trafficking")
    assert item.full_text("en") == TRAFFICKING_ARTICLE_3
    assert "Trafficking in Persons" in item.citation.text("en")
    assert "article 3" in item.citation.text("en")
    assert "55/25" in item.sources["en"][0].name


def test_smuggling_definition_is_article_3_verbatim(content):
    item = definition(content, "smuggling")
    assert item.full_text("en") == SMUGGLING_ARTICLE_3
    assert "Smuggling of Migrants by Land, Sea and Air" in item.citation.text("en")
    assert "humanitarian" in item.note.text("en")


def test_quotes_in_other_languages_come_only_with_a_source(content):
    for item in content.learn.definitions:
        assert {lang for part in item.quote for lang in part.root} <= set(item.sources)


def test_every_visitor_text_has_french_and_spanish(tmp_path):
    bundled = bundled_copy(tmp_path / "content")
    missing = []

    def walk(value, where):
        if isinstance(value, dict):
            if "en" in value and all(isinstance(v, str) for v in value.values()):
                for lang in ("fr", "es"):
                    if not value.get(lang, "").strip():
                        missing.append(f"{where} [{lang}]")
                return
            for key, child in value.items():
                if key not in ("quote", "sources", "name_blocklist"):
                    walk(child, f"{where}.{key}")
        elif isinstance(value, list):
            for index, child in enumerate(value):
                walk(child, f"{where}.{index}")

    for name in ("pack.json", "learn.json", "news.json", "publications.json", "media.json", "pledge.json"):
        walk(json.loads((bundled / name).read_text(encoding="utf-8")), name)
    assert missing == []


def test_seed_has_the_dated_lines_the_test_expects():
    entries = seed_news()
    assert len(entries) == 35
    assert entries[0][:2] == (date(2009, 8, 28), None)
    assert entries[2][:2] == (date(2009, 8, 3), date(2009, 8, 4))  # "3 – 4 August": year implied
    assert entries[-5][:2] == (date(2008, 11, 30), date(2008, 12, 3))
    assert entries[-1][:2] == (date(2008, 10, 9), None)


def test_every_seed_news_line_is_present_with_its_dates(content):
    remaining = list(content.all_news)
    for start, end, text in seed_news():
        candidates = [item for item in remaining if item.date == start and item.end_date == end]
        assert candidates, f"no news item dated {start}–{end}: {text}"
        best = max(candidates, key=lambda item: len(words(text) & words(item.headline.text("en"))))
        overlap = len(words(text) & words(best.headline.text("en"))) / len(words(text))
        assert overlap >= 0.5, f"{start}: {best.headline.text('en')!r} does not say {text!r}"
        remaining.remove(best)
    assert remaining == []


def test_no_page_noise_became_content(tmp_path):
    bundled = bundled_copy(tmp_path / "content")
    for path in bundled.glob("*.json"):
        text = path.read_text(encoding="utf-8").lower()
        for noise in NOISE:
            assert noise not in text, f"{noise!r} in {path.name}"


def test_no_stray_caption_became_a_news_item(content):
    assert all(item.headline.text("en").strip().lower() != "blue heart" for item in content.all_news)


def test_news_is_newest_first(content):
    dates = [item.date for item in content.news]
    assert dates == sorted(dates, reverse=True)


def test_publications_named_by_the_seed_have_links(content):
    titles = " | ".join(item.title.text("en") for item in content.publications.items)
    for name in ("Toolkit to Combat Trafficking in Persons", "Model Law against Trafficking in Persons",
                 "Global Report on Trafficking in Persons", "A Handbook for Parliamentarians",
                 "Manual for Criminal Justice Practitioners", "Migrant Smuggling", "Islamic Law"):
        assert name in titles
    assert all(item.url.startswith("https://www.unodc.org/") for item in content.publications.items)


def test_learn_has_every_part(content):
    learn = content.learn
    assert [e.id for e in learn.elements] == ["act", "means", "purpose"]
    assert len(learn.quiz) >= 5
    assert {q.answer for q in learn.quiz} == {"trafficking", "smuggling", "both"}
    assert len(learn.comparison) >= 5
    campaign = " ".join(card.body.text("en") for card in learn.campaign)
    assert "30 July" in campaign and "Voluntary Trust Fund" in campaign and "red ribbon" in campaign


def test_pledge_has_five_to_seven_commitments_and_blocklists(content):
    assert 5 <= len(content.pledge.commitments) <= 7
    assert {"en", "fr", "es"} <= set(content.pledge.name_blocklist)


def test_media_lists_the_psa_with_three_caption_languages(content):
    (video,) = content.media.items
    assert video.id == "blue-heart-psa"
    assert video.file.endswith("media/blue-heart-psa.mp4")
    assert sorted(video.captions) == ["en", "es", "fr"]
