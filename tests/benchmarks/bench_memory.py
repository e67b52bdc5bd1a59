"""Memory over many visits: does the kiosk stay within its budget and flat over a day?

Run alone:  python -m tests.benchmarks.bench_memory [--visits N]
or as the ``memory`` section of tests.benchmarks.bench_kiosk.

Each visit is done by touch, as a visitor would: Attract → Home → every Learn part and a quiz
answer → a news item → Publications → Watch (a few seconds of the PSA, every fifth visit) →
a pledge with the on-screen keyboard open → another language → the visit ends (as after the
idle timeout). The resident memory (RSS) is read after each visit. The kiosk limits glibc's malloc
arenas just after its first frame and hands freed memory back after each visit
(kiosk/services/memory.py).

Figures printed: RSS after the warm-up visits and at the end, the peak (VmHWM), and the growth per
visit over the second half (least squares), with what that growth would add over a day of
300 visits. Goals (DESIGN.md): peak ≤ 150 MiB; memory flat over a day of use.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "ar", "zh", "ru", "es", "en")
WARM_UP_VISITS = 10
VISITS_PER_DAY = 300


def _status_kib(field: str) -> int:
    """A memory figure of this process from /proc (Linux), in KiB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def _slope(values: list[float]) -> float:
    """Least-squares growth per step of ``values``."""
    n = len(values)
    mean_x, mean_y = (n - 1) / 2, sum(values) / n
    num = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values))
    den = sum((x - mean_x) ** 2 for x in range(n))
    return num / den if den else 0.0


def bench_memory(visits: int) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from kiosk.app import KioskOptions, build_kiosk
    from kiosk.core.paths import UserPaths
    from kiosk.ui.screens.base import ScreenId
    from tests.helpers.touch import tap

    def settle(seconds: float = 0.0) -> None:
        end = time.monotonic() + seconds
        QApplication.processEvents()
        # deleteLater() needs a running event loop (app.exec()); this loop runs without one.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        while time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.005)

    print(f"\n== memory over {visits} visits by touch (1920x1080, offscreen) ==")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        paths = UserPaths(root / "c", root / "d", root / "l")
        now = [0.0]  # the idle watcher's clock, moved on to end each visit as time would
        kiosk = build_kiosk(KioskOptions(windowed=True, data_dir=paths.data_dir), paths, clock=lambda: now[0])
        idle_settings = kiosk.context.settings.kiosk
        window = kiosk.window
        window.resize(1920, 1080)
        window.show()
        settle(2.0)  # the first frame, then the warm-up builds every screen
        kiosk.context.pledges.wait()
        rss: list[int] = []
        anon: list[int] = []
        print(f"after the warm-up: RSS {_status_kib('VmRSS') / 1024:.1f} MiB, anonymous {_status_kib('RssAnon') / 1024:.1f} MiB")
        started = time.monotonic()
        for visit in range(visits):
            tap(window.screen(ScreenId.ATTRACT))
            home = window.screen(ScreenId.HOME)
            tap(home.tiles[ScreenId.LEARN])
            learn = window.screen(ScreenId.LEARN)
            for button in learn.buttons.values():
                tap(button)
            quiz = learn.pages["quiz"]
            tap(quiz.choice_buttons["both"])
            settle()
            window.show_screen(ScreenId.HOME)
            tap(home.tiles[ScreenId.NEWS])
            news = window.screen(ScreenId.NEWS)
            settle()
            tap(news.rows[visit % 5])
            tap(news.back)
            window.show_screen(ScreenId.HOME)
            tap(home.tiles[ScreenId.PUBLICATIONS])
            if visit % 5 == 0:
                window.show_screen(ScreenId.HOME)
                tap(home.tiles[ScreenId.WATCH])
                watch = window.screen(ScreenId.WATCH)
                tap(next(iter(watch.rows.values())))
                settle(3.0)
                tap(watch.close_button)
            window.show_screen(ScreenId.HOME)
            tap(home.tiles[ScreenId.PLEDGE])
            pledge = window.screen(ScreenId.PLEDGE)
            settle()
            tap(pledge.form.name)  # the on-screen keyboard opens
            settle(0.2)
            pledge.form.name.setText(f"Visitor {chr(65 + visit % 26)}")
            pledge.form.name.clearFocus()  # the keyboard closes, the button shows again
            settle()
            tap(next(iter(pledge.form.cards.values())))
            tap(pledge.form.submit)
            deadline = time.monotonic() + 10
            while pledge.pages.currentWidget() is not pledge.thanks and time.monotonic() < deadline:
                settle(0.01)
            if pledge.pages.currentWidget() is not pledge.thanks:
                raise RuntimeError(f"visit {visit}: the pledge was not taken")
            tap(window.bottom_bar.language)
            tap(window.language_picker.buttons[LANGUAGES[visit % len(LANGUAGES)]])
            settle()
            # Nobody touches the kiosk any more: "Still there?", then the visit ends.
            now[0] += idle_settings.idle_timeout + 1
            kiosk.idle.poll()
            now[0] += idle_settings.warning_seconds + 1
            kiosk.idle.poll()
            if window.current_id is not ScreenId.ATTRACT:
                raise RuntimeError(f"visit {visit}: the idle timeout did not end the visit")
            settle(2.2)  # the kiosk hands freed memory back 2 s after a visit
            gc.collect()
            rss.append(_status_kib("VmRSS"))
            anon.append(_status_kib("RssAnon"))
            if os.environ.get("BENCH_VERBOSE"):
                print(f"visit {visit}: RSS {rss[-1] / 1024:.1f} MiB, anonymous {anon[-1] / 1024:.1f} MiB, {time.monotonic() - started:.1f} s", flush=True)
        elapsed = time.monotonic() - started
        peak = _status_kib("VmHWM")
        stored = kiosk.context.pledges.count
        kiosk.shutdown()
    mib = 1024
    half = rss[len(rss) // 2:]
    growth = _slope([float(v) for v in half]) if len(half) > 2 else 0.0
    after = min(WARM_UP_VISITS, len(rss))
    print(f"visits {visits} in {elapsed:.0f} s; pledges stored {stored}")
    print(f"RSS after {after} visits {rss[after - 1] / mib:7.1f} MiB   at the end {rss[-1] / mib:7.1f} MiB   peak (VmHWM) {peak / mib:.1f} MiB   (goal ≤ 150 MiB)")
    print(f"of it anonymous (heaps, not the libraries' pages): after {after} visits {anon[after - 1] / mib:.1f} MiB, at the end {anon[-1] / mib:.1f} MiB")
    print(f"RSS growth, second half {growth:7.1f} KiB/visit = {growth * VISITS_PER_DAY / mib:.1f} MiB over a day of {VISITS_PER_DAY} visits   (goal: flat)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--visits", type=int, default=120)
    bench_memory(parser.parse_args().visits)
    return 0


if __name__ == "__main__":
    sys.exit(main())
