"""The optional muted PSA loop on Attract (``media.attract_loop``), as a passer-by sees it."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.core.media_list import PlaylistEntry
from kiosk.ui.screens import attract as attract_module
from kiosk.ui.screens.base import ScreenId
from tests.helpers.content import EXAMPLE
from tests.helpers.touch import tap

# QtMultimedia's playback threads and pytest-qt's Python message handler deadlock (see
# tests/ui/test_watch.py): these tests keep Qt's own stderr handler.
pytestmark = pytest.mark.no_qt_log


def entry(name, path, kind="video"):
    return PlaylistEntry(name, kind, path, {"en": name.title()})


@pytest.fixture
def attract_with_loop(make_kiosk, user_paths, monkeypatch, test_media):
    """Build a kiosk whose organiser turned the loop on, with the given playlist."""

    def make(*names, enabled=True):
        monkeypatch.setattr(attract_module, "LOOP_START_MS", 50)
        entries = [entry(n, test_media[n], "audio" if n == "interview" else "video") for n in names]
        monkeypatch.setattr(attract_module, "attract_playlist", lambda context: list(entries))
        user_paths.config_dir.mkdir(parents=True, exist_ok=True)
        user_paths.config_file.write_text(f"[media]\nattract_loop = {'true' if enabled else 'false'}\n", encoding="utf-8")
        kiosk = make_kiosk()
        return kiosk, kiosk.window.screen(ScreenId.ATTRACT)

    return make


def test_the_loop_plays_muted_with_captions_skips_what_cannot_play_and_stops_for_a_visitor(attract_with_loop, qtbot):
    kiosk, attract = attract_with_loop("truncated", "interview", "clip")
    qtbot.waitUntil(lambda: attract.loop is not None and attract.loop.isVisible(), timeout=5000)
    loop = attract.loop
    assert not attract.heart.isVisible()  # the picture took the heart's place
    assert loop.surface.showing_frame
    assert loop.player.is_muted
    assert loop.current == "clip"  # the damaged file was skipped, the interview is not a PSA
    qtbot.waitUntil(lambda: loop.captions.text() in {"Red", "Green", "Blue"}, timeout=3000)
    assert attract.prompt.isVisible() and attract.title.isVisible()

    # The only PSA starts again when it ends.
    with qtbot.waitSignal(loop.player.finished, timeout=6000):
        pass
    qtbot.waitUntil(lambda: loop.player.is_playing, timeout=3000)

    # A touch on the picture starts a visit, and the loop stops.
    tap(loop.surface)
    assert kiosk.window.current_id is ScreenId.HOME
    qtbot.waitUntil(lambda: not loop.player.is_playing, timeout=2000)
    assert loop.current is None

    # The visit ends: the loop starts again.
    kiosk.window.end_visit()
    qtbot.waitUntil(lambda: loop.isVisible() and loop.player.is_playing, timeout=5000)


def test_with_nothing_playable_the_heart_stays(attract_with_loop, qtbot):
    _kiosk, attract = attract_with_loop("truncated", "interview")
    qtbot.waitUntil(lambda: attract.loop is not None and attract.loop.current is None, timeout=5000)
    assert attract.heart.isVisible()
    assert not attract.loop.isVisible()


def test_the_loop_is_off_unless_the_organiser_turns_it_on(attract_with_loop, qtbot):
    _kiosk, attract = attract_with_loop("clip", enabled=False)
    qtbot.wait(300)
    QApplication.processEvents()
    assert attract.loop is None
    assert attract.heart.isVisible()


def test_the_loop_plays_the_organisers_psa_even_when_it_starts_before_anything_loaded_the_pack(
    make_kiosk, user_paths, monkeypatch, test_media, qtbot, tmp_path
):
    # The organiser's pack replaces the bundled PSA with the event's own (captions Red, Green, Blue).
    pack = shutil.copytree(EXAMPLE, tmp_path / "usb")
    (pack / "media").mkdir()
    shutil.copy(test_media["clip"], pack / "media" / "city-hall.mp4")
    shutil.copy(test_media["clip"].with_suffix(".en.vtt"), pack / "media" / "city-hall.en.vtt")
    psa = {"id": "blue-heart-psa", "kind": "video", "file": "media/city-hall.mp4", "title": {"en": "City Hall"},
           "language": "en", "captions": {"en": "media/city-hall.en.vtt"}}
    (pack / "media.json").write_text(json.dumps({"items": [psa]}), encoding="utf-8")
    # The loop starts before the warm-up that loads the pack for the other screens.
    monkeypatch.setattr(attract_module, "LOOP_START_MS", 0)
    user_paths.config_dir.mkdir(parents=True, exist_ok=True)
    user_paths.config_file.write_text("[media]\nattract_loop = true\n", encoding="utf-8")
    kiosk = make_kiosk(content_dir=pack)
    attract = kiosk.window.screen(ScreenId.ATTRACT)
    qtbot.waitUntil(lambda: attract.loop is not None and attract.loop.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: attract.loop.captions.text() != "", timeout=3000)
    assert attract.loop.captions.text() in {"Red", "Green", "Blue"}
