"""Video playback benchmark: CPU and dropped frames for a 1080p30 clip on the Watch screen.

Run alone:  python -m tests.benchmarks.bench_media [--seconds 20]
(or as the "video" section of tests.benchmarks.bench_kiosk).

Makes a 1080p30 H.264/AAC clip with ffmpeg (moving test pattern, so every frame differs), plays
it on the Watch screen of a 1920x1080 kiosk window (offscreen: frames are converted and painted
by the CPU, as on a kiosk PC without GPU video), and reports:
  * CPU: process CPU time / wall time while playing, in % of one core (goal ≤ 35 %);
  * frames: decoded frames delivered by QtMultimedia, distinct frames painted, and dropped =
    expected (duration x 30) - painted (goal 0);
  * tap → first frame painted (goal ≤ 500 ms).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FPS = 30


def make_clip(path: Path, seconds: int) -> None:
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
         "-f", "lavfi", "-i", f"testsrc2=s=1920x1080:r={FPS}:d={seconds}",
         "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={seconds}",
         "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p",
         "-c:a", "aac", "-b:a", "96k", "-movflags", "+faststart", str(path)],
        check=True,
    )


def bench_video(seconds: int = 20) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.app import KioskOptions, build_kiosk
    from kiosk.core.media_list import PlaylistEntry
    from kiosk.core.paths import UserPaths
    from kiosk.ui.screens import watch as watch_module
    from kiosk.ui.screens.base import ScreenId
    from tests.helpers.touch import tap

    print(f"\n== video: 1080p30 H.264 clip, {seconds} s, Watch screen at 1920x1080 (offscreen, CPU painting) ==")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        clip = root / "bench-1080p30.mp4"
        make_clip(clip, seconds)
        entry = PlaylistEntry("bench", "video", clip, {"en": "Benchmark clip"})
        watch_module.playlist_entries = lambda context: [entry]
        paths = UserPaths(root / "c", root / "d", root / "l")
        kiosk = build_kiosk(KioskOptions(windowed=True, data_dir=paths.data_dir), paths)
        window = kiosk.window
        window.resize(1920, 1080)
        window.show()
        window.show_screen(ScreenId.WATCH)
        screen = window.screen(ScreenId.WATCH)
        screen.on_shown()
        for _ in range(50):
            QApplication.processEvents()
            time.sleep(0.002)
        received = []
        screen.player.frame_changed.connect(lambda frame: received.append(frame.startTime()))
        start = time.perf_counter()
        tap(screen.rows["bench"])
        while screen.surface.frames_painted == 0 and time.perf_counter() - start < 5:
            QApplication.processEvents()
        first_frame_ms = (time.perf_counter() - start) * 1000
        cpu0, wall0 = time.process_time(), time.perf_counter()
        loop = QEventLoop()
        screen.player.playing_changed.connect(lambda playing: playing or loop.quit())
        QTimer.singleShot((seconds + 10) * 1000, loop.quit)
        loop.exec()  # the real event loop, as in the kiosk
        wall = time.perf_counter() - wall0
        cpu = time.process_time() - cpu0
        settle = QEventLoop()
        QTimer.singleShot(200, settle.quit)
        settle.exec()  # the last frame's paint, if it was still queued
        painted = screen.surface.frames_painted
        kiosk.shutdown()
    expected = seconds * FPS
    print(f"tap → first frame painted  {first_frame_ms:7.1f} ms   (goal ≤ 500 ms)")
    print(f"CPU while playing          {100 * cpu / wall:7.1f} % of one core over {wall:.1f} s   (goal ≤ 35 %)")
    print(f"frames  expected {expected}  delivered {len(received)}  painted {painted}  "
          f"dropped {max(0, expected - painted)}   (goal 0 dropped)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=20)
    bench_video(parser.parse_args().seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
