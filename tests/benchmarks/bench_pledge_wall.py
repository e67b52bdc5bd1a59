"""The pledge wall's drift: the cost of one frame on Attract, where names keep clear of the page.

Run:  python -m tests.benchmarks.bench_pledge_wall [--frames N] [--size WxH]

Offscreen: the kiosk shows Attract with twelve names on the wall; the wall's frame (``step``)
runs N times on a fake clock 1/30 s apart. Printed: the CPU time of a frame (p50, p95, mean)
and what that is at the wall's 30 frames a second, in % of one core. The painting of the moved
names is not included (it is the same as before names kept clear of the page).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAMES = ("Amina", "José", "Мария", "李娜", "فاطمة", "Zoë", "Kwame", "Bartholomew-Alexander", "Li", "Nguyễn Thị",
         "Oluwaseun", "Ana")


def bench_pledge_wall(frames: int = 3000, size: tuple[int, int] = (1920, 1080)) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from kiosk.app import KioskOptions, build_kiosk
    from kiosk.core.paths import UserPaths
    from kiosk.core.pledge import PledgeForm, validate
    from kiosk.ui.screens.base import ScreenId

    with tempfile.TemporaryDirectory(prefix="bench-wall-") as scratch:
        base = Path(scratch)
        paths = UserPaths(config_dir=base / "config", data_dir=base / "data", log_dir=base / "log")
        kiosk = build_kiosk(KioskOptions(windowed=True, data_dir=base / "data"), paths)
        window = kiosk.window
        window.resize(*size)
        window.show()
        deadline = time.monotonic() + 10
        while not kiosk.watching.done and time.monotonic() < deadline:
            QApplication.processEvents()
        window.show_screen(ScreenId.HOME)  # the content pack (and the wall's blocklist) loads
        for name in NAMES:
            kiosk.context.pledges.submit(validate(PledgeForm("en", ("reject-exploitation",), name, consent_wall=True)).form)
        kiosk.context.pledges.wait()
        attract = window.screen(ScreenId.ATTRACT)
        deadline = time.monotonic() + 10
        while (attract.pledge_wall is None or len(attract.pledge_wall.names()) < len(NAMES)) \
                and time.monotonic() < deadline:
            QApplication.processEvents()
        window.show_screen(ScreenId.ATTRACT)
        QApplication.processEvents()
        wall = attract.pledge_wall
        wall._timer.stop()  # the benchmark drives the frames itself
        now = [1000.0]
        wall.clock = lambda: now[0]
        costs = []
        for _ in range(frames):
            now[0] += 1 / 30
            start = time.process_time()
            wall.step()
            costs.append(time.process_time() - start)
        kiosk.shutdown()
    costs.sort()
    mean = statistics.fmean(costs)
    return {
        "frame_ms_p50": costs[len(costs) // 2] * 1000,
        "frame_ms_p95": costs[int(len(costs) * 0.95)] * 1000,
        "frame_ms_mean": mean * 1000,
        "core_percent_at_30fps": mean * 30 * 100,
        "names_on_wall": float(len(wall.shown_names())),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=3000)
    parser.add_argument("--size", default="1920x1080")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    figures = bench_pledge_wall(args.frames, (width, height))
    print(f"pledge wall on Attract, {args.size}, {args.frames} frames (offscreen; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):")
    for key, value in figures.items():
        print(f"  {key:24s} {value:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
