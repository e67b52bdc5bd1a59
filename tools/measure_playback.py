"""Measure what QtMultimedia does with test media, offscreen: frames, errors, status, position.

Makes the test files of tests/helpers/media.py (plus the bundled PSA) and plays each one for a
few seconds with QMediaPlayer + QAudioOutput + QVideoSink, printing a timeline of events.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/measure_playback.py [--seconds 4]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoSink

from tests.helpers.media import make_all

PSA = Path(__file__).resolve().parents[1] / "assets" / "content" / "media" / "blue-heart-psa.mp4"


def measure(path: Path, seconds: float) -> None:
    """Play ``path`` for ``seconds`` and print what happened."""
    start = time.monotonic()
    log: list[str] = []

    def note(text: str) -> None:
        log.append(f"  {time.monotonic() - start:6.3f}s {text}")

    player = QMediaPlayer()
    audio = QAudioOutput()
    audio.setVolume(0.0)
    player.setAudioOutput(audio)
    sink = QVideoSink()
    player.setVideoSink(sink)
    frames = {"n": 0, "first": None, "last_pos": None, "subs": []}

    def on_frame(frame) -> None:
        frames["n"] += 1
        if frames["first"] is None:
            frames["first"] = time.monotonic() - start
            image = frame.toImage()
            colour = image.pixelColor(image.width() // 2, image.height() // 2)
            note(f"first frame {frame.width()}x{frame.height()} start={frame.startTime()}us "
                 f"pixel={colour.name()} fmt={frame.pixelFormat().name}")
        frames["last_pos"] = frame.startTime()

    sink.videoFrameChanged.connect(on_frame)
    sink.subtitleTextChanged.connect(lambda text: note(f"subtitle text {text!r}"))
    player.mediaStatusChanged.connect(lambda s: note(f"status {s.name}"))
    player.errorOccurred.connect(lambda e, msg: note(f"ERROR {e.name}: {msg}"))
    player.playbackStateChanged.connect(lambda s: note(f"state {s.name}"))
    player.durationChanged.connect(lambda d: note(f"duration {d} ms"))
    def pick_subtitle() -> None:
        if player.subtitleTracks() and player.activeSubtitleTrack() < 0:
            player.setActiveSubtitleTrack(0)

    player.tracksChanged.connect(pick_subtitle)
    player.activeTracksChanged.connect(lambda: note(f"active tracks: sub={player.activeSubtitleTrack()}"))
    player.tracksChanged.connect(lambda: note(
        f"tracks: video={len(player.videoTracks())} audio={len(player.audioTracks())} "
        f"subtitles={[ (t.stringValue(t.Key.Language), t.value(t.Key.Language)) for t in player.subtitleTracks()]} "
        f"active_sub={player.activeSubtitleTrack()}"))
    player.setSource(QUrl.fromLocalFile(str(path)))
    player.play()
    positions = []
    poll = QTimer()
    poll.timeout.connect(lambda: positions.append(player.position()))
    poll.start(500)
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    poll.stop()
    print(f"{path.name}: frames={frames['n']} first_frame_at={frames['first']} "
          f"status={player.mediaStatus().name} error={player.error().name} "
          f"positions(ms, every 0.5s)={positions}")
    print("\n".join(log))
    player.stop()
    player.setSource(QUrl())
    QCoreApplication.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=4.0)
    args = parser.parse_args()
    app = QGuiApplication(sys.argv)  # noqa: F841
    with tempfile.TemporaryDirectory() as tmp:
        media = make_all(Path(tmp))
        for name in ("clip", "interview", "truncated", "av1", "missing"):
            print(f"== {name}")
            measure(media[name], args.seconds)
        whole = Path(tmp) / "whole.mp4"
        from tests.helpers.media import make_clip
        data = make_clip(whole).read_bytes()
        cut = Path(tmp) / "truncated-faststart.mp4"
        cut.write_bytes(data[: len(data) // 2])
        print("== truncated, index first")
        measure(cut, args.seconds)
        print("== bundled PSA")
        measure(PSA, args.seconds)


if __name__ == "__main__":
    main()
