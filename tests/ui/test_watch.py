"""A visitor at the Watch screen: choose, watch with captions, pause, scrub, and bad files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from kiosk.core.media_list import PlaylistEntry
from kiosk.ui.screens import watch as watch_module
from kiosk.ui.screens.base import ScreenId
from tests.helpers.media import INTERVIEW_SPEAKER
from tests.helpers.touch import tap

# QtMultimedia's playback threads log Qt warnings; pytest-qt's Python message handler needs the
# GIL for each, while the GUI thread holds it waiting for those threads (stop, new source): a
# deadlock measured here in about one run in three. These tests keep Qt's own stderr handler.
pytestmark = pytest.mark.no_qt_log


def open_watch(kiosk):
    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))
    tap(window.screen(ScreenId.HOME).tiles[ScreenId.WATCH])
    assert window.current_id is ScreenId.WATCH
    return window.screen(ScreenId.WATCH)


@pytest.fixture
def playlist(monkeypatch, test_media):
    """Put test files in the Watch playlist (before the screen is built) and skip bad ones fast."""
    entries = []

    def use(*names):
        for name in names:
            kind = "audio" if name == "interview" else "video"
            speaker = {"en": INTERVIEW_SPEAKER} if kind == "audio" else {}
            entries.append(PlaylistEntry(name, kind, test_media[name], {"en": name.title()}, speaker=speaker))

    monkeypatch.setattr(watch_module, "playlist_entries", lambda context: list(entries))
    monkeypatch.setattr(watch_module, "SKIP_AFTER_MS", 200)
    return use


def test_the_bundled_psa_plays_with_captions_and_holds_the_idle_clock(qtbot, kiosk):
    screen = open_watch(kiosk)
    assert "blue-heart-psa" in screen.rows
    assert not kiosk.idle.machine.paused
    tap(screen.rows["blue-heart-psa"])
    assert screen.is_player_open()
    qtbot.waitUntil(lambda: screen.surface.showing_frame and screen.surface.frames_painted > 0, timeout=3000)
    qtbot.waitUntil(lambda: "Blue Heart" in screen.captions.text(), timeout=3000)
    assert screen.captions.isVisible()
    assert kiosk.idle.machine.paused  # a video plays: no "Still there?"
    tap(screen.play_button)
    qtbot.waitUntil(lambda: not screen.player.is_playing, timeout=2000)
    assert not kiosk.idle.machine.paused  # paused: the idle clock runs again
    assert screen.play_button.accessibleName() == "Play"


def test_the_caption_toggle_hides_and_shows_the_band(qtbot, kiosk):
    screen = open_watch(kiosk)
    tap(screen.rows["blue-heart-psa"])
    tap(screen.captions_button)
    assert not screen.captions.isVisible()
    assert screen.captions_button.text() == "Captions off"
    tap(screen.captions_button)
    assert screen.captions.isVisible()


def test_a_tap_on_the_scrub_bar_jumps_there(qtbot, kiosk):
    screen = open_watch(kiosk)
    tap(screen.rows["blue-heart-psa"])
    qtbot.waitUntil(lambda: screen.scrub.maximum() > 30_000, timeout=3000)
    scrub = screen.scrub
    tap(scrub, QPoint(round(scrub.x_of(round(scrub.maximum() * 0.75))), scrub.height() // 2))
    qtbot.waitUntil(lambda: abs(screen.player.position() - scrub.maximum() * 0.75) < 1500, timeout=3000)
    qtbot.waitUntil(lambda: "report it to the authorities" in screen.captions.text()
                    or "30 July" in screen.captions.text(), timeout=3000)


def test_the_end_of_a_visit_stops_playback(qtbot, kiosk):
    screen = open_watch(kiosk)
    tap(screen.rows["blue-heart-psa"])
    qtbot.waitUntil(lambda: screen.player.is_playing, timeout=3000)
    kiosk.window.end_visit()
    assert not screen.player.is_playing
    assert screen.player.item_id is None
    assert not screen.is_player_open()
    assert not kiosk.idle.machine.paused
    assert kiosk.window.current_id is ScreenId.ATTRACT


def test_the_last_frame_stays_at_the_end_and_idle_resumes(qtbot, kiosk, playlist):
    playlist("clip")
    screen = open_watch(kiosk)
    tap(screen.rows["clip"])
    qtbot.waitUntil(lambda: screen.player.is_playing, timeout=3000)
    assert kiosk.idle.machine.paused
    screen.player.seek(2500)
    qtbot.waitUntil(lambda: not screen.player.is_playing, timeout=3000)
    assert not kiosk.idle.machine.paused
    assert screen.surface.showing_frame  # no black: the last (blue) frame stays
    image = screen.surface.current_image()
    colour = image.pixelColor(image.width() // 2, image.height() // 2)
    assert colour.blue() > 200 and colour.red() < 60


def test_an_interview_shows_the_speaker_and_captions(qtbot, kiosk, playlist):
    playlist("interview")
    screen = open_watch(kiosk)
    assert INTERVIEW_SPEAKER in screen.rows["interview"].details_label.text()
    tap(screen.rows["interview"])
    qtbot.waitUntil(lambda: "crime against a person" in screen.captions.text(), timeout=3000)
    assert not screen.surface.showing_frame
    assert screen.surface._speaker == INTERVIEW_SPEAKER


@pytest.mark.parametrize("bad", ["missing", "truncated", "av1"])
def test_bad_media_shows_the_message_and_the_playlist_moves_on(qtbot, kiosk, playlist, bad):
    playlist(bad, "clip")
    screen = open_watch(kiosk)
    tap(screen.rows[bad])
    qtbot.waitUntil(lambda: screen.surface.message == "This video cannot be played on this kiosk", timeout=4000)
    assert not kiosk.idle.machine.paused
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.item_id == "clip", timeout=3000)
    qtbot.waitUntil(lambda: screen.surface.showing_frame, timeout=3000)
    assert screen.surface.message == ""
