"""The player plays real files offscreen: frames, captions, the end, and every kind of bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.media_list import PlaylistEntry
from kiosk.services.media import Player
from tests.helpers.media import INTERVIEW_SPEAKER

# QtMultimedia's playback threads log Qt warnings; pytest-qt's Python message handler needs the
# GIL for each, while the GUI thread holds it waiting for those threads (stop, new source): a
# deadlock measured here in about one run in three. These tests keep Qt's own stderr handler.
pytestmark = pytest.mark.no_qt_log

PSA = Path(__file__).resolve().parents[2] / "assets" / "content" / "media" / "blue-heart-psa.mp4"


@pytest.fixture
def player(qtbot):
    player = Player(max_volume=0.6)
    yield player
    player.reset()


def centre_colour(frame):
    image = frame.toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_the_bundled_psa_shows_frames_and_its_captions_change_on_time(qtbot, player):
    frames = []
    player.frame_changed.connect(frames.append)
    captions = []
    player.caption_changed.connect(lambda text, _speaker: captions.append((player.position(), text)))
    with qtbot.waitSignal(player.caption_changed, timeout=3000,
                          check_params_cb=lambda text, _s: bool(text)):
        player.play(PlaylistEntry("blue-heart-psa", "video", PSA))
    assert frames and frames[0].width() == 1920 and frames[0].height() == 1080
    # The first frame is the Blue Heart on navy: the centre is the heart's blue.
    colour = centre_colour(frames[0])
    assert colour.blue() > 180 and colour.red() < 40
    position, text = captions[-1]
    assert 450 <= position <= 900, captions
    assert "Blue Heart" in text
    player.seek(5500)
    with qtbot.waitSignal(player.caption_changed, timeout=3000,
                          check_params_cb=lambda text, _s: "not for sale" in text):
        pass
    assert 5650 <= captions[-1][0] <= 6200, captions


def test_frames_and_sidecar_captions_follow_the_clip(qtbot, player, test_media):
    seen = []  # (media time of frame in ms, centre colour)
    player.frame_changed.connect(lambda f: seen.append((f.startTime() // 1000, centre_colour(f))))
    captions = []
    player.caption_changed.connect(lambda text, _s: captions.append((player.position(), text)))
    player.play(PlaylistEntry("clip", "video", test_media["clip"]))
    qtbot.waitUntil(lambda: any(t >= 1000 for t, _ in seen), timeout=3000)
    red = [c for t, c in seen if t < 1000]
    green = [c for t, c in seen if t >= 1000]
    assert red and all(c.red() > 200 and c.green() < 60 for c in red)
    assert green and green[0].green() > 200 and green[0].red() < 60
    qtbot.waitUntil(lambda: captions and captions[-1][1] == "Green", timeout=2000)
    assert [text for _, text in captions if text] == ["Red", "Green"]
    assert 950 <= captions[-1][0] <= 1300
    assert player.caption_language() == "en"


def test_an_embedded_track_in_the_ui_language_beats_an_english_sidecar(qtbot, test_media):
    player = Player(language="fr")
    try:
        with qtbot.waitSignal(player.caption_changed, timeout=3000,
                              check_params_cb=lambda text, _s: text == "Rouge"):
            player.play(PlaylistEntry("clip", "video", test_media["clip"]))
        assert player.caption_language() == "fr"
        with qtbot.waitSignal(player.caption_changed, timeout=3000,
                              check_params_cb=lambda text, _s: text == "Red"):
            player.set_language("ar")  # no Arabic: back to the English sidecar
    finally:
        player.reset()


def test_an_interview_plays_with_its_speakers_captions_and_finishes(qtbot, player, test_media):
    item = PlaylistEntry("interview", "audio", test_media["interview"])
    with qtbot.waitSignal(player.caption_changed, timeout=3000,
                          check_params_cb=lambda text, speaker: bool(text)) as caption:
        with qtbot.waitSignal(player.playing_changed, timeout=3000) as started:
            player.play(item)
    assert started.args == [True]
    assert caption.args[1] == INTERVIEW_SPEAKER
    assert "crime against a person" in caption.args[0]
    with qtbot.waitSignal(player.finished, timeout=4000) as done:
        player.seek(1700)
    assert done.args == ["interview"]
    assert player.is_playing is False


@pytest.mark.parametrize(
    ("name", "reason"),
    [("missing", "missing"), ("truncated", "unreadable"), ("av1", "undecodable")],
)
def test_bad_media_fails_once_with_a_reason_and_stops(qtbot, player, test_media, name, reason,
                                                      caplog):
    failures = []
    player.failed.connect(lambda item_id, why: failures.append((item_id, why)))
    with qtbot.waitSignal(player.failed, timeout=4000):
        player.play(PlaylistEntry(name, "video", test_media[name]))
    qtbot.wait(300)  # any second report would arrive now
    assert failures == [(name, reason)]
    assert player.is_playing is False
    assert any(test_media[name].name in r.getMessage() and reason in r.getMessage()
               for r in caplog.records)


def test_a_prepared_missing_file_fails_when_played(qtbot, player, test_media):
    player.prepare(PlaylistEntry("missing", "video", test_media["missing"]))
    with qtbot.waitSignal(player.failed, timeout=2000) as failed:
        player.play()
    assert failed.args == ["missing", "missing"]


def test_volume_never_goes_above_the_organisers_maximum(player):
    player.set_volume(1.0)
    assert player.volume() == pytest.approx(0.6)
    player.set_volume(0.2)
    assert player.volume() == pytest.approx(0.2)
    player.set_max_volume(0.1)
    assert player.volume() == pytest.approx(0.1)


def test_pause_and_reset_stop_playback(qtbot, player, test_media):
    with qtbot.waitSignal(player.playing_changed, timeout=3000):
        player.play(PlaylistEntry("clip", "video", test_media["clip"]))
    with qtbot.waitSignal(player.playing_changed, timeout=2000) as paused:
        player.toggle()
    assert paused.args == [False]
    with qtbot.waitSignal(player.playing_changed, timeout=2000):
        player.toggle()
    with qtbot.waitSignal(player.playing_changed, timeout=2000) as stopped:
        player.reset()
    assert stopped.args == [False]
    assert player.item_id is None and player.is_playing is False


def test_a_seek_right_after_play_is_not_lost(qtbot, player):
    item = PlaylistEntry("blue-heart-psa", "video", PSA)
    player.play(item)  # still loading: QtMultimedia drops a seek made now
    player.seek(7000)
    qtbot.waitUntil(lambda: player.position() >= 7000, timeout=3000)
