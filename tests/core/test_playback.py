"""Telling bad media from good without Qt, and moving on through a playlist."""

from __future__ import annotations

from kiosk.core.playback import PlaybackCheck, PlaybackFailure, format_time, next_playable


def test_video_with_no_frame_while_the_position_advances_is_undecodable():
    check = PlaybackCheck(has_video=True, duration_ms=10_000, grace_ms=1000)
    check.playing(now_ms=0, position_ms=0)
    assert check.tick(now_ms=900, position_ms=900) is None
    assert check.tick(now_ms=1000, position_ms=1000) is PlaybackFailure.UNDECODABLE


def test_a_stalled_video_with_no_frame_fails_after_twice_the_grace():
    check = PlaybackCheck(has_video=True, grace_ms=1000)
    check.playing(now_ms=0, position_ms=0)
    assert check.tick(now_ms=1500, position_ms=0) is None
    assert check.tick(now_ms=2000, position_ms=0) is PlaybackFailure.UNDECODABLE


def test_a_frame_clears_the_watch_and_a_pause_stops_its_clock():
    check = PlaybackCheck(has_video=True, grace_ms=1000)
    check.playing(now_ms=0, position_ms=0)
    check.paused()
    assert check.tick(now_ms=5000, position_ms=0) is None
    check.playing(now_ms=5000, position_ms=0)
    check.frame(0)
    assert check.tick(now_ms=9000, position_ms=4000) is None


def test_audio_items_never_wait_for_frames():
    check = PlaybackCheck(has_video=False, duration_ms=2000)
    check.playing(now_ms=0, position_ms=0)
    assert check.tick(now_ms=60_000, position_ms=2000) is None
    assert check.ended() is None


def test_end_without_frames_is_undecodable_and_early_last_frame_is_truncated():
    assert PlaybackCheck(has_video=True, duration_ms=2000).ended() is PlaybackFailure.UNDECODABLE
    cut = PlaybackCheck(has_video=True, duration_ms=3000)
    cut.frame(0)
    cut.frame(1200)
    assert cut.ended() is PlaybackFailure.TRUNCATED
    whole = PlaybackCheck(has_video=True, duration_ms=3000)
    whole.frame(2900)
    assert whole.ended() is None


def test_next_playable_wraps_and_skips_failed_items():
    order = ["a", "b", "c"]
    assert next_playable(order, "a", set()) == "b"
    assert next_playable(order, "c", set()) == "a"
    assert next_playable(order, "a", {"b"}) == "c"
    assert next_playable(order, None, set()) == "a"
    assert next_playable(order, "a", {"b", "c"}) is None
    assert next_playable([], None, set()) is None


def test_times_read_as_minutes_and_seconds():
    assert format_time(0) == "0:00"
    assert format_time(38_400) == "0:38"
    assert format_time(61_999) == "1:01"
    assert format_time(3_723_000) == "1:02:03"
    assert format_time(-5) == "0:00"
