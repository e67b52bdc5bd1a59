"""Caption files read into cues, the cue at a position, sidecars and language choice."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.captions import (
    CaptionChoice,
    CaptionError,
    Cue,
    choose_captions,
    cue_at,
    parse_captions,
    pick_caption_language,
    read_captions,
    sidecar_captions,
)

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "content" / "media"

VTT = """WEBVTT

intro
00:00:01.000 --> 00:00:02.500 align:center
<v Amina Diallo>Thank you &amp; <b>welcome</b>.

00:03.000 --> 00:04.250
Second line one
second line two
"""

SRT = """1
00:00:01,000 --> 00:00:02,500
<i>Hello</i> there

2
00:00:03,000 --> 00:00:04,000
Second
"""


def test_vtt_cues_are_in_milliseconds_with_tags_removed_and_speaker_kept():
    cues = parse_captions(VTT, "vtt")
    assert cues == [
        Cue(1000, 2500, "Thank you & welcome.", "Amina Diallo"),
        Cue(3000, 4250, "Second line one\nsecond line two"),
    ]


def test_srt_cues_are_read_too():
    assert parse_captions(SRT, "srt") == [Cue(1000, 2500, "Hello there"), Cue(3000, 4000, "Second")]


def test_byte_order_mark_and_crlf_are_accepted():
    assert parse_captions("\ufeff" + VTT.replace("\n", "\r\n"), "vtt")[0].start_ms == 1000


@pytest.mark.parametrize(
    ("text", "kind"),
    [("not captions at all", "vtt"), ("1\nnonsense\n", "srt"), (VTT, "ass")],
)
def test_malformed_files_raise_caption_error(text, kind):
    with pytest.raises(CaptionError):
        parse_captions(text, kind)


def test_read_captions_names_the_file_when_it_is_missing(tmp_path):
    with pytest.raises(CaptionError, match="gone.vtt"):
        read_captions(tmp_path / "gone.vtt")


def test_read_captions_rejects_a_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "latin1.srt"
    path.write_bytes(SRT.replace("Hello", "Hélló").encode("latin-1"))
    with pytest.raises(CaptionError, match="latin1.srt"):
        read_captions(path)


def test_cue_at_finds_the_showing_cue_and_none_between_cues():
    cues = parse_captions(VTT, "vtt")
    assert cue_at(cues, 0) is None
    assert cue_at(cues, 1000).start_ms == 1000
    assert cue_at(cues, 2499).start_ms == 1000
    assert cue_at(cues, 2500) is None  # end is exclusive
    assert cue_at(cues, 3500).start_ms == 3000
    assert cue_at(cues, 10_000) is None
    assert cue_at([], 5) is None


def test_overlapping_cues_show_the_one_that_started_last():
    cues = [Cue(0, 10_000, "long"), Cue(2000, 3000, "short")]
    assert cue_at(cues, 2500).text == "short"
    assert cue_at(cues, 5000).text == "long"


cue_lists = st.lists(
    st.tuples(st.integers(0, 50_000), st.integers(1, 5000)).map(
        lambda pair: Cue(pair[0], pair[0] + pair[1], f"cue {pair[0]}")
    ),
    max_size=30,
).map(lambda cues: sorted(cues, key=lambda c: (c.start_ms, c.end_ms)))


@given(cue_lists, st.integers(-10, 60_000))
def test_cue_at_agrees_with_a_plain_search(cues, position):
    showing = [c for c in cues if c.start_ms <= position < c.end_ms]
    found = cue_at(cues, position)
    if not showing:
        assert found is None
    else:
        assert found in showing
        assert found.start_ms == max(c.start_ms for c in showing)


def test_the_bundled_psa_has_english_french_and_spanish_captions():
    sidecars = sidecar_captions(ASSETS / "blue-heart-psa.mp4")
    assert set(sidecars) >= {"en", "fr", "es"}
    for path in sidecars.values():
        cues = read_captions(path)
        assert len(cues) == 7
        assert cues[-1].end_ms <= 45_000
    assert "not for sale" in cue_at(read_captions(sidecars["en"]), 8000).text
    assert "pas à vendre" in cue_at(read_captions(sidecars["fr"]), 8000).text
    assert "no están en venta" in cue_at(read_captions(sidecars["es"]), 8000).text


def test_sidecars_are_found_by_name_and_vtt_beats_srt(tmp_path):
    for name in ["talk.mp4", "talk.en.srt", "talk.en.vtt", "talk.fr.srt", "talk.pt-BR.vtt",
                 "talk.notes.txt", "other.es.vtt", "talk.x.y.vtt"]:
        (tmp_path / name).write_text("")
    found = sidecar_captions(tmp_path / "talk.mp4")
    assert found == {
        "en": tmp_path / "talk.en.vtt",
        "fr": tmp_path / "talk.fr.srt",
        "pt-BR": tmp_path / "talk.pt-BR.vtt",
    }


def test_a_plain_sidecar_counts_as_english(tmp_path):
    (tmp_path / "talk.vtt").write_text("")
    assert sidecar_captions(tmp_path / "talk.m4a") == {"en": tmp_path / "talk.vtt"}


def test_sidecars_of_a_missing_folder_are_none(tmp_path):
    assert sidecar_captions(tmp_path / "nowhere" / "talk.mp4") == {}


def test_language_pick_prefers_the_ui_language_then_english():
    assert pick_caption_language(["en", "fr"], "fr") == "fr"
    assert pick_caption_language(["en", "fr"], "ar") == "en"
    assert pick_caption_language(["pt-BR"], "pt") == "pt-BR"
    assert pick_caption_language(["es"], "ru") is None


def test_choice_prefers_sidecar_then_embedded_in_the_ui_language_then_english():
    assert choose_captions(["en", "fr"], ["fr"], "fr") == CaptionChoice("sidecar", "fr")
    assert choose_captions(["en"], ["fr", "en"], "fr") == CaptionChoice("embedded", "fr")
    assert choose_captions(["en"], ["es"], "fr") == CaptionChoice("sidecar", "en")
    assert choose_captions([], ["en"], "zh") == CaptionChoice("embedded", "en")
    assert choose_captions(["es"], ["ru"], "zh") is None
