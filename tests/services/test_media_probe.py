"""Probing media: which files this kiosk can play, as validate-content reports them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.core.playback import PlaybackFailure
from kiosk.services.media_probe import PosterGrabber, probe_file

# QtMultimedia's playback threads log Qt warnings; pytest-qt's Python message handler needs the
# GIL for each, while the GUI thread holds it waiting for those threads (stop, new source): a
# deadlock measured here in about one run in three. These tests keep Qt's own stderr handler.
pytestmark = pytest.mark.no_qt_log

PSA = Path(__file__).resolve().parents[2] / "assets" / "content" / "media" / "blue-heart-psa.mp4"


@pytest.mark.parametrize(
    ("name", "failure", "has_video"),
    [("clip", None, True), ("interview", None, False), ("missing", PlaybackFailure.MISSING, False),
     ("truncated", PlaybackFailure.UNREADABLE, False), ("av1", PlaybackFailure.UNDECODABLE, True)],
)
def test_probe_tells_playable_files_from_the_rest(qapp, test_media, name, failure, has_video):
    result = probe_file(test_media[name])
    assert result.failure is failure
    assert result.has_video is has_video


def test_the_bundled_psa_plays_here(qapp):
    result = probe_file(PSA)
    assert result.failure is None and result.has_video and 38_000 <= result.duration_ms <= 45_000


def test_validate_content_names_each_file_that_cannot_play(qapp, tmp_path, test_media, capsys):
    media = tmp_path / "pack" / "media"
    media.mkdir(parents=True)
    for name in ("clip", "av1", "truncated"):
        shutil.copy(test_media[name], media / test_media[name].name)
    items = [{"id": n, "kind": "video", "file": f"media/{n}.mp4", "title": {"en": n}, "language": "en"}
             for n in ("clip", "av1", "truncated", "gone")]
    (tmp_path / "pack" / "media.json").write_text(json.dumps({"items": items}))
    assert main(["validate-content", str(tmp_path / "pack")]) == 1
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert any(
        line.startswith("media.json: items.1.file: cannot be decoded on this kiosk") and line.endswith("media/av1.mp4") for line in lines
    ), out
    assert any(
        line.startswith("media.json: items.2.file: cannot be opened") and line.endswith("media/truncated.mp4") for line in lines
    ), out
    assert "media.json: items.3.file: file not found: media/gone.mp4" in lines, out
    assert "clip.mp4" not in out


def test_a_poster_is_taken_from_a_video_without_one(qtbot, test_media):
    grabber = PosterGrabber()
    with qtbot.waitSignal(grabber.grabbed, timeout=5000) as grabbed:
        grabber.request("clip", test_media["clip"])
    item_id, image = grabbed.args
    assert item_id == "clip" and image.width() == 320
    grabber.cancel()
