"""load_pack: item-by-item override, fallback to the bundled pack, scheduling."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest

from kiosk.core.content import ContentSource, LocalizedText, load_pack
from tests.helpers.content import EXAMPLE, bundled_copy

EVENT_DAY = date(2026, 7, 30)


@pytest.fixture
def bundled(tmp_path):
    return bundled_copy(tmp_path / "bundled")


@pytest.fixture
def example(tmp_path):
    return shutil.copytree(EXAMPLE, tmp_path / "example")


def test_bundled_only(bundled):
    content = load_pack(bundled, None, EVENT_DAY)
    assert content.source is ContentSource.BUNDLED
    assert content.problems == ()
    assert len(content.news) == 35


def test_override_adds_news_and_keeps_the_definitions(bundled, example):
    content = load_pack(bundled, example, EVENT_DAY)
    assert content.source is ContentSource.OVERRIDE
    assert content.problems == ()
    assert content.news[0].id == "city-hall-blue-heart-day"
    assert [d.id for d in content.learn.definitions] == ["trafficking", "smuggling"]
    assert len(content.publications.items) == 8
    assert content.publications.items[-1].id == "city-support-services"


def test_override_replaces_an_item_with_the_same_id_in_place(bundled, example):
    content = load_pack(bundled, example, EVENT_DAY)
    launch = content.news_item("2009-03-05-blue-heart-launch")
    assert launch.headline.text("en").endswith("Our city joined in 2026.")
    assert [item.id for item in content.all_news].count("2009-03-05-blue-heart-launch") == 1


def test_override_pack_json_fields_replace_only_what_they_set(bundled, example):
    content = load_pack(bundled, example, EVENT_DAY)
    assert content.info.name == "Blue Heart Day at City Hall"
    assert content.info.hotline.text("fr").startswith("Besoin d'aide")
    bundled_info = load_pack(bundled, None, EVENT_DAY).info
    assert content.info.format == bundled_info.format


def test_files_resolve_to_their_own_pack(bundled, example):
    content = load_pack(bundled, example, EVENT_DAY)
    assert content.news_item("city-hall-blue-heart-day").image == str(
        (example / "images" / "city-hall-event.png").resolve()
    )
    (video,) = content.media.items
    assert video.file == str((bundled / "media" / "blue-heart-psa.mp4").resolve())


def test_invalid_override_falls_back_to_the_bundled_pack_with_its_problems(bundled, example):
    news = json.loads((example / "news.json").read_text(encoding="utf-8"))
    news["items"][0]["date"] = "2026-07-32"
    (example / "news.json").write_text(json.dumps(news), encoding="utf-8")
    content = load_pack(bundled, example, EVENT_DAY)
    assert content.source is ContentSource.BUNDLED_AFTER_REJECTED_OVERRIDE
    assert [str(p) for p in content.problems] == [
        "news.json: items.0.date: not a date (expected YYYY-MM-DD): '2026-07-32'"
    ]
    assert content.info.name.startswith("Blue Heart: UNODC")
    assert content.news_item("city-hall-blue-heart-day") is None


def test_missing_override_folder_falls_back(bundled, tmp_path):
    content = load_pack(bundled, tmp_path / "usb-stick", EVENT_DAY)
    assert content.source is ContentSource.BUNDLED_AFTER_REJECTED_OVERRIDE
    assert [str(p) for p in content.problems] == [f"folder not found: {tmp_path / 'usb-stick'}"]
    assert len(content.news) == 35


def test_broken_bundled_pack_never_raises(tmp_path):
    (tmp_path / "pack.json").write_text("{ nope")
    content = load_pack(tmp_path, None, EVENT_DAY)
    assert content.news == ()
    assert str(content.problems[0]).startswith("pack.json: not valid JSON")


@pytest.mark.parametrize(
    ("today", "shown"),
    [
        (date(2026, 6, 30), False),  # before show_from
        (date(2026, 7, 1), True),  # first day
        (date(2026, 7, 29), True),  # last day
        (date(2026, 7, 30), False),  # after show_until
    ],
)
def test_show_from_and_show_until_schedule_news(bundled, example, today, shown):
    content = load_pack(bundled, example, today)
    ids = [item.id for item in content.news]
    assert ("city-hall-film-evening" in ids) is shown
    assert content.news_item("city-hall-film-evening") is not None


def test_news_is_sorted_newest_first_after_merge(bundled, example):
    dates = [item.date for item in load_pack(bundled, example, date(2026, 7, 10)).news]
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == date(2026, 7, 30)


def test_localized_text_falls_back_to_english():
    text = LocalizedText({"en": "Hello", "fr": "Bonjour", "es": " "})
    assert text.get("fr") == ("Bonjour", "fr")
    assert text.get("es") == ("Hello", "en")  # blank counts as missing
    assert text.get("zh") == ("Hello", "en")
    assert text.languages == ("en", "fr")
