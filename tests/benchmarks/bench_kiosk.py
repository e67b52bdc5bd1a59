"""Benchmarks that print figures (never timed tests). Run:  python -m tests.benchmarks.bench_kiosk

Sections, each side by side in one run on this machine:
  * launch → first frame: a bare PySide6 window vs the kiosk (median of several launches);
  * tap → next screen painted: p50/p95 over a few hundred touch taps between Home and Learn.
Other features add sections to SECTIONS.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE_WINDOW = r"""
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
class Probe(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print(f"first-frame {time.perf_counter() - t0:.4f}", flush=True), app.quit()))
        return False
probe = Probe()
w = QLabel("Blue Heart"); w.resize(1920, 1080); w.installEventFilter(probe); w.show()
app.exec()
"""


def _first_frame(command: list[str], env: dict[str, str]) -> float:
    """Wall clock from launching ``command`` to its "first-frame" line (its exit is not counted)."""
    start = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        for line in process.stdout:
            if line.startswith("first-frame"):
                wall = time.perf_counter() - start
                process.communicate(timeout=60)
                return wall
        _, stderr = process.communicate(timeout=60)
    raise RuntimeError(f"no first frame from {command}: {stderr[-2000:]}")


def compile_bytecode() -> None:
    """Write the kiosk's .pyc files, as an installed package or the frozen bundle has them.

    Without this a machine with PYTHONDONTWRITEBYTECODE set compiles every module at each launch.
    """
    import compileall

    compileall.compile_dir(ROOT / "kiosk", quiet=1)


def launch_commands(scratch: Path) -> dict[str, list[str]]:
    """The programs whose launch is compared (features may add the frozen bundle)."""
    commands = {
        "bare PySide6 window": [sys.executable, "-c", BARE_WINDOW],
        "kiosk (source)": [sys.executable, "-m", "kiosk", "--windowed", "--data-dir", str(scratch)],
    }
    frozen = ROOT / "dist" / "blueheart-kiosk" / "blueheart-kiosk"
    if frozen.exists():
        commands["kiosk (frozen bundle)"] = [str(frozen), "--windowed", "--data-dir", str(scratch)]
    return commands


def bench_first_frame(runs: int) -> None:
    print(f"\n== launch → first frame (wall clock, median of {runs}; offscreen) ==")
    compile_bytecode()
    with tempfile.TemporaryDirectory() as scratch:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_EXIT_AFTER_FIRST_FRAME="1", HOME=scratch,
                   XDG_CONFIG_HOME=scratch, XDG_STATE_HOME=scratch, XDG_DATA_HOME=scratch, PYTHONPATH=str(ROOT))
        commands = launch_commands(Path(scratch))
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):  # interleaved, so machine noise hits all alike
            for name, command in commands.items():
                samples[name].append(_first_frame(command, env))
        bare = statistics.median(samples["bare PySide6 window"])
        for name, values in samples.items():
            median = statistics.median(values)
            print(f"{name:28s} median {median * 1000:7.1f} ms  min {min(values) * 1000:7.1f}  max {max(values) * 1000:7.1f}  ratio {median / bare:4.2f}x")
        print("goal: kiosk ≤ 1.6x the bare window; first frame ≤ 0.45 s")


def bench_tap_to_paint(taps: int) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(ROOT))
    from kiosk.app import KioskOptions, build_kiosk
    from kiosk.core.paths import UserPaths
    from kiosk.ui.screens.base import ScreenId
    from tests.helpers.touch import tap

    print(f"\n== tap → next screen painted ({taps} touch taps, Home ⇄ Learn, 1920x1080) ==")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        paths = UserPaths(root / "c", root / "d", root / "l")
        kiosk = build_kiosk(KioskOptions(windowed=True, data_dir=paths.data_dir), paths)
        window = kiosk.window
        window.resize(1920, 1080)
        window.show()
        window.warm_up()
        for _ in range(20):
            QApplication.processEvents()
        window.show_screen(ScreenId.HOME)

        class PaintProbe(QObject):
            painted = False

            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint:
                    self.painted = True
                return False

        probe = PaintProbe()
        samples = []
        for index in range(taps):
            if index % 2 == 0:
                button, target = window.screen(ScreenId.HOME).tiles[ScreenId.LEARN], ScreenId.LEARN
            else:
                button, target = window.bottom_bar.home, ScreenId.HOME
            screen = window.screen(target)
            probe.painted = False
            screen.installEventFilter(probe)
            start = time.perf_counter()
            tap(button)
            deadline = start + 2
            while not probe.painted and time.perf_counter() < deadline:
                QApplication.processEvents()
            samples.append(time.perf_counter() - start)
            screen.removeEventFilter(probe)
            assert window.current_id is target
        kiosk.shutdown()
    samples.sort()
    p50 = samples[len(samples) // 2] * 1000
    p95 = samples[int(len(samples) * 0.95)] * 1000
    print(f"tap → painted  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  max {samples[-1] * 1000:6.1f} ms   (goal p95 ≤ 50 ms)")


#: name → function(args); features add their own sections.
SECTIONS: dict[str, Callable[[argparse.Namespace], None]] = {
    "first-frame": lambda args: bench_first_frame(args.launches),
    "tap": lambda args: bench_tap_to_paint(args.taps),
    "pledge": lambda args: _bench_pledge(args.pledges),
    "ticker": lambda args: __import__("tests.benchmarks.bench_ticker", fromlist=["bench_ticker"]).bench_ticker(),
    "video": lambda args: __import__("tests.benchmarks.bench_media", fromlist=["bench_video"]).bench_video(),
    "memory": lambda args: __import__("tests.benchmarks.bench_memory", fromlist=["bench_memory"]).bench_memory(args.visits),
}


def _bench_pledge(pledges: int) -> None:
    from tests.benchmarks.bench_pledge import bench_pledge_submit

    bench_pledge_submit(pledges)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--launches", type=int, default=7)
    parser.add_argument("--taps", type=int, default=300)
    parser.add_argument("--pledges", type=int, default=200)
    parser.add_argument("--visits", type=int, default=120, help="visits for the memory section (about 3 s each)")
    parser.add_argument("--only", choices=sorted(SECTIONS), action="append", help="run only these sections")
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]} on {os.cpu_count()} cores")
    for name, section in SECTIONS.items():
        if not args.only or name in args.only:
            section(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
