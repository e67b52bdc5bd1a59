"""The news ticker's cost: CPU (% of one core) and frame intervals while it scrolls.

Run:  python -m tests.benchmarks.bench_kiosk --only ticker   (or this module directly)

The kiosk shows Home at 1920x1080 with the ticker in the bottom bar. The event loop runs
twice for the same time: once with the ticker paused (the baseline: everything else the
kiosk does) and once with it scrolling; the difference is the ticker's cost.
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run_loop(seconds: float) -> tuple[float, float]:
    """Run the event loop for ``seconds``; returns (process CPU seconds, wall seconds)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    cpu, wall = time.process_time(), time.perf_counter()
    loop.exec()
    return time.process_time() - cpu, time.perf_counter() - wall


def bench_ticker(seconds: float = 10.0, size: tuple[int, int] = (1920, 1080)) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from kiosk.app import KioskOptions, build_kiosk
    from kiosk.core.paths import UserPaths
    from kiosk.ui.screens.base import ScreenId

    platform = os.environ["QT_QPA_PLATFORM"]
    print(f"\n== ticker: CPU and frame intervals over {seconds:.0f} s, Home at {size[0]}x{size[1]} ({platform}) ==")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        paths = UserPaths(root / "c", root / "d", root / "l")
        kiosk = build_kiosk(KioskOptions(windowed=True, data_dir=paths.data_dir), paths)
        window = kiosk.window
        window.resize(*size)
        window.show()
        window.warm_up()
        for _ in range(30):
            QApplication.processEvents()
        window.show_screen(ScreenId.HOME)
        ticker = kiosk.ticker
        _run_loop(1.0)  # settle

        ticker.pause("benchmark")
        base_cpu, base_wall = _run_loop(seconds)
        ticker.frame_times = deque(maxlen=100_000)
        ticker.resume("benchmark")
        run_cpu, run_wall = _run_loop(seconds)
        frames = list(ticker.frame_times)
        kiosk.shutdown()

    intervals = sorted((b - a) * 1000 for a, b in itertools.pairwise(frames))
    p50 = statistics.median(intervals)
    p99 = intervals[min(len(intervals) - 1, int(len(intervals) * 0.99))]
    ticker_cpu = max(0.0, run_cpu / run_wall - base_cpu / base_wall) * 100
    figures = {
        "ticker_cpu_percent": ticker_cpu,
        "total_cpu_percent": run_cpu / run_wall * 100,
        "baseline_cpu_percent": base_cpu / base_wall * 100,
        "fps": len(frames) / run_wall,
        "p50_ms": p50,
        "p99_ms": p99,
        "max_ms": intervals[-1],
    }
    print(f"ticker CPU {ticker_cpu:5.2f} % of one core   (kiosk with ticker {figures['total_cpu_percent']:.2f} %,"
          f" paused {figures['baseline_cpu_percent']:.2f} %)   goal ≤ 3 %")
    print(f"frames {len(frames)} in {run_wall:.1f} s = {figures['fps']:.1f} fps;"
          f" interval p50 {p50:5.1f} ms  p99 {p99:5.1f} ms  max {intervals[-1]:5.1f} ms   goal p99 ≤ 20 ms")
    return figures


if __name__ == "__main__":
    bench_ticker(float(sys.argv[1]) if len(sys.argv) > 1 else 10.0)
