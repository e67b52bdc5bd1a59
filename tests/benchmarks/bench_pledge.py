"""Pledge benchmark: how long the GUI thread waits when a visitor taps "Take the pledge".

Run alone:  python -m tests.benchmarks.bench_pledge [--pledges N]
or as the ``pledge`` section of tests.benchmarks.bench_kiosk.

Figures printed:
  * GUI-thread wait per submit: the tap handler (validation, queueing the save), p50/p99/max;
  * the longest the event loop went without a turn while the save ran (a "frame" is 16 ms);
  * tap → thank-you (the commit itself, on the worker thread, synchronous=FULL), p50/p99.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def bench_pledge_submit(pledges: int) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from kiosk.app import KioskOptions, build_kiosk
    from kiosk.core.paths import UserPaths
    from kiosk.ui.screens.base import ScreenId
    from tests.helpers.touch import tap

    print(f"\n== pledge submit ({pledges} pledges, 1920x1080, on this machine's disk) ==")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        paths = UserPaths(root / "c", root / "d", root / "l")
        kiosk = build_kiosk(KioskOptions(windowed=True, data_dir=paths.data_dir), paths)
        window = kiosk.window
        window.resize(1920, 1080)
        window.show()
        window.show_screen(ScreenId.PLEDGE)
        screen = window.screen(ScreenId.PLEDGE)
        kiosk.context.pledges.wait()
        for _ in range(20):
            QApplication.processEvents()
        card = next(iter(screen.form.cards.values()))
        waits, gaps, commits = [], [], []
        for index in range(pledges):
            screen.show_form()
            card.setChecked(True)
            screen.form.name.setText(f"Visitor {index}")
            screen.form.consent_wall.setChecked(True)
            QApplication.processEvents()
            start = time.perf_counter()
            tap(screen.form.submit)  # includes one processEvents turn, as a real tap would
            waits.append(time.perf_counter() - start)
            last_turn, longest = time.perf_counter(), 0.0
            while screen.pages.currentWidget() is not screen.thanks:
                QApplication.processEvents()
                now = time.perf_counter()
                longest, last_turn = max(longest, now - last_turn), now
                if now - start > 10:
                    raise RuntimeError("no thank-you within 10 s")
            commits.append(time.perf_counter() - start)
            gaps.append(longest)
        count = kiosk.context.pledges.count
        kiosk.shutdown()
    ms = 1000
    print(f"GUI wait per submit     p50 {_percentile(waits, 0.5) * ms:6.2f} ms  p99 {_percentile(waits, 0.99) * ms:6.2f} ms  max {max(waits) * ms:6.2f} ms   (goal p99 ≤ 16 ms)")
    print(f"longest loop gap/save   p50 {_percentile(gaps, 0.5) * ms:6.2f} ms  p99 {_percentile(gaps, 0.99) * ms:6.2f} ms  max {max(gaps) * ms:6.2f} ms")
    print(f"tap → thank-you         p50 {_percentile(commits, 0.5) * ms:6.2f} ms  p99 {_percentile(commits, 0.99) * ms:6.2f} ms  max {max(commits) * ms:6.2f} ms   (commit with synchronous=FULL)")
    print(f"pledges stored: {count}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pledges", type=int, default=200)
    args = parser.parse_args()
    bench_pledge_submit(args.pledges)
    return 0


if __name__ == "__main__":
    sys.exit(main())
