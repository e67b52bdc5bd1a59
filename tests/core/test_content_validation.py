"""validate_pack and validate_command: every problem, said plainly, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.core.content import MediaProblem, validate_command, validate_pack
from tests.helpers.content import BROKEN, EXAMPLE, bundled_copy

BROKEN_CASES = sorted(path.name for path in BROKEN.iterdir() if path.is_dir())


def test_there_are_many_broken_cases():
    assert len(BROKEN_CASES) >= 15


@pytest.mark.parametrize("case", BROKEN_CASES)
def test_broken_pack_reports_exactly_its_problem(case):
    folder = BROKEN / case
    expected = (folder / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert [str(problem) for problem in validate_pack(folder)] == expected


@pytest.mark.parametrize("case", BROKEN_CASES)
def test_validate_command_fails_on_broken_pack_listing_every_problem(case, tmp_path):
    folder = BROKEN / case
    expected = (folder / "expected.txt").read_text(encoding="utf-8").splitlines()
    code, lines = validate_command(folder, bundled=bundled_copy(tmp_path / "bundled"))
    assert code == 1
    assert lines[:-1] == expected
    assert lines[-1].startswith(f"{len(expected)} problem")


def test_bundled_pack_is_valid(tmp_path):
    bundled = bundled_copy(tmp_path / "bundled")
    assert validate_pack(bundled) == []
    code, lines = validate_command(bundled, bundled=bundled)
    assert code == 0
    assert lines == [
        "Content pack OK: 35 news items (35 shown today), 7 publications, 1 media, "
        "6 quiz questions, 7 commitments"
    ]


def test_example_pack_is_valid_as_an_override(tmp_path):
    code, lines = validate_command(EXAMPLE, bundled=bundled_copy(tmp_path / "bundled"))
    assert code == 0, lines
    assert lines[0].startswith("Content pack OK: 37 news items")
    assert "8 publications" in lines[0]


def test_missing_folder_and_file_are_problems_not_tracebacks(tmp_path):
    bundled = bundled_copy(tmp_path / "bundled")
    assert validate_command(tmp_path / "nowhere", bundled=bundled) == (
        1, [f"folder not found: {tmp_path / 'nowhere'}", f"1 problem found in {tmp_path / 'nowhere'}"]
    )
    a_file = tmp_path / "pack.zip"
    a_file.write_bytes(b"PK")
    code, lines = validate_command(a_file, bundled=bundled)
    assert code == 1
    assert lines[0] == f"not a folder: {a_file} (a content pack is a folder)"


def test_several_problems_in_one_file_are_all_reported(tmp_path):
    (tmp_path / "pack.json").write_text(json.dumps({"name": "x", "version": "1"}))
    (tmp_path / "news.json").write_text(json.dumps({"items": [
        {"id": "a", "date": "2026-02-30", "headline": {"en": "A"}},
        {"id": "b", "date": "2026-01-01", "headline": {"fr": "B"}, "colour": "blue"},
        {"id": "a", "date": "2026-01-02", "headline": {"en": "C"}, "image": "images/c.png"},
    ]}))
    assert [str(p) for p in validate_pack(tmp_path)] == [
        "news.json: items.0.date: not a date (expected YYYY-MM-DD): '2026-02-30'",
        'news.json: items.1.headline: missing English text ("en" is required)',
        "news.json: items.1.colour: unknown field (check the spelling; the README lists every field)",
    ]


def test_binary_file_is_reported_as_not_utf8(tmp_path):
    (tmp_path / "pack.json").write_bytes(b"\xff\xfe\x00n\x00a")
    assert [str(p) for p in validate_pack(tmp_path)] == [
        "pack.json: not UTF-8 text (save the file as UTF-8)"
    ]


def test_top_level_must_be_an_object(tmp_path):
    (tmp_path / "pack.json").write_text("[1, 2]")
    assert [str(p) for p in validate_pack(tmp_path)] == [
        "pack.json: expected a JSON object {...} at the top of the file"
    ]


def test_override_that_leaves_the_quiz_short_is_reported(tmp_path):
    bundled = bundled_copy(tmp_path / "bundled")
    learn = json.loads((bundled / "learn.json").read_text(encoding="utf-8"))
    learn["quiz"] = learn["quiz"][:3]
    (bundled / "learn.json").write_text(json.dumps(learn), encoding="utf-8")
    assert [str(p) for p in validate_pack(bundled)] == [
        "learn.json: quiz: needs at least 5 questions (has 3)"
    ]


def test_media_probe_hook_reports_against_the_media_field(tmp_path):
    bundled = bundled_copy(tmp_path / "bundled")
    seen: list[list[Path]] = []

    def probe(paths):
        seen.append(list(paths))
        return [MediaProblem(path, "cannot be played (AV1 video is not supported)") for path in paths]

    problems = [str(p) for p in validate_pack(bundled, media_probe=probe)]
    assert seen == [[bundled / "media" / "blue-heart-psa.mp4"]]
    assert problems == [
        "media.json: items.0.file: cannot be played (AV1 video is not supported): media/blue-heart-psa.mp4"
    ]
