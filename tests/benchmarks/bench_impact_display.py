"""Admin → Impact on a real X display without a GPU, with a million events in the database.

Run (a few minutes; needs Xvfb, xdotool and python3-pyatspi, as the end-to-end suite):

    python -m tests.benchmarks.bench_impact_display [--runs 3] [--events 1000000] [--reuse DIR]

Each run starts the real kiosk full screen on a fresh Xvfb (1920x1080, Mesa's llvmpipe) with a
data folder holding ``--events`` events over ten days (made by ``bench_impact.fill``; ``--reuse``
takes a data folder an earlier run or ``bench_impact --reuse`` filled). Real X input: the five
corner taps, the PIN typed on the pad, then

* "Open admin" → the screen settled: the PIN check, Admin shown, and Impact filled with today's
  figures (the first open of the run, then later opens);
* the wheel turned down to Impact → the screen settled (the charts' first paint);
* "The event so far" and "Today" → the screen settled (all million events, then today's);

where "settled" is the last paint of anything but the running animations (``KIOSK_PAINT_LOG``).
Controls are found once by their accessible names (AT-SPI); the measured runs have the
accessibility bridge off, as a kiosk has. The PIN check alone (scrypt) is timed in-process too.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_display import PaintLog, click, p
from tests.e2e.desktop import Accessibility, Desktop, KioskProcess

PIN = "480317"
DATABASE = "pledges.sqlite3"


def data_folder(scratch: Path, events: int, reuse: Path | None) -> Path:
    if reuse is not None:
        return reuse
    from kiosk.storage.pledges import PledgeStore
    from tests.benchmarks.bench_impact import fill

    folder = scratch / "filled"
    PledgeStore.open(folder).database.close()
    fill(folder / DATABASE, events)
    return folder


def kiosk_home(scratch: Path, name: str, filled: Path) -> Path:
    home = scratch / name
    (home / "data").mkdir(parents=True)
    shutil.copy(filled / DATABASE, home / "data" / DATABASE)
    return home


def corner(desktop: Desktop) -> None:
    """The organiser's five taps in the top-left corner, in one X input burst (within 3 s even on
    a loaded machine), from Home (a tap in the middle of Attract starts a visit first)."""
    desktop.click(desktop.size[0] / 2, desktop.size[1] / 2)
    time.sleep(1.5)
    desktop.xdotool("mousemove", "30", "30", "click", "--repeat", "5", "--delay", "350", "1")


def wheel(desktop: Desktop, steps: int) -> float:
    """Turn the mouse wheel down ``steps`` notches over the middle of the screen."""
    t0 = time.monotonic()
    desktop.xdotool("mousemove", str(desktop.size[0] // 2), str(desktop.size[1] // 2), "click", "--repeat", str(steps), "--delay", "30", "5")
    return t0


def calibrate(desktop: Desktop, scratch: Path, filled: Path) -> dict[str, tuple[float, float]]:
    kiosk = KioskProcess(desktop, kiosk_home(scratch, "calibrate", filled), pin=PIN)
    a11y = Accessibility(desktop)
    spots: dict[str, tuple[float, float]] = {}
    try:
        a11y.wait_for("Blue Heart", "label", timeout=90)
        time.sleep(2)
        corner(desktop)
        for digit in sorted(set(PIN)):
            spots[digit] = a11y.wait_for(digit, "push button").centre
        spots["open"] = a11y.wait_for("Open admin", "push button").centre
        for digit in PIN:
            desktop.click(*spots[digit])
        desktop.click(*spots["open"])
        spots["back"] = a11y.wait_for("Back to the kiosk", "push button", timeout=30).centre
        # Impact is further down Admin: scroll it into view with the wheel, as an organiser would.
        steps = 0
        while True:
            today = a11y.wait_for("Today", None)
            if today.y + today.h < desktop.size[1] - 40 and today.y > 0:
                break
            wheel(desktop, 1)
            steps += 1
            time.sleep(0.4)
            assert steps < 60, "Impact never came into view"
        spots["wheel"] = (steps, 0)
        spots["event"] = a11y.wait_for("The event so far", None).centre
        spots["today"] = today.centre
        desktop.click(*spots["back"])
    finally:
        kiosk.stop()
        a11y.close()
    return spots


class NamedPaintLog(PaintLog):
    """The paint log, also knowing which widget painted: a screen change counts as settled only
    after the new screen itself has painted (the PIN check can be quieter than the settle time)."""

    def settled_after_paint_of(self, t0: float, widget: str, timeout: float = 10.0) -> float:
        deadline = t0 + timeout
        seen = None
        while seen is None and time.monotonic() < deadline:
            for line in self.path.read_text(encoding="utf-8", errors="replace").splitlines():
                parts = line.split()
                if len(parts) == 3 and parts[0] == "paint" and float(parts[1]) >= t0 and parts[2] == widget:
                    seen = float(parts[1])
                    break
            time.sleep(0.02)
        if seen is None:
            return float("nan")
        return self.settled_after(seen, timeout=timeout) + (seen - t0)


def run(desktop: Desktop, home: Path, spots: dict, opens: int) -> dict[str, list[float]]:
    kiosk = KioskProcess(desktop, home, accessible=False, pin=PIN, extra_env={"KIOSK_PAINT_LOG": "1"})
    paints = NamedPaintLog(kiosk.stdout_path)
    settle = lambda t0: paints.settled_after(t0, timeout=10.0)  # noqa: E731
    figures: dict[str, list[float]] = {}
    try:
        time.sleep(10)  # the first frame and the warm-up
        for index in range(opens):
            corner(desktop)
            time.sleep(1)
            for digit in PIN:
                desktop.click(*spots[digit])
                time.sleep(0.1)
            time.sleep(0.5)
            key = "admin_first" if index == 0 else "admin_later"
            figures.setdefault(key, []).append(paints.settled_after_paint_of(click(desktop, spots["open"]), "AdminScreen"))
            figures.setdefault("scroll_first" if index == 0 else "scroll_later", []).append(
                settle(wheel(desktop, int(spots["wheel"][0]))))
            for _ in range(2):
                figures.setdefault("event", []).append(settle(click(desktop, spots["event"])))
                figures.setdefault("today", []).append(settle(click(desktop, spots["today"])))
            settle(click(desktop, spots["back"]))
            time.sleep(1)
    finally:
        kiosk.stop()
    return figures


def pin_check_ms(scratch: Path, repeats: int = 5) -> list[float]:
    """The PIN check alone, in this process (scrypt)."""
    from kiosk.core.admin_door import hash_pin, verify_pin

    stored = hash_pin(PIN)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        verify_pin(PIN, stored)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--opens", type=int, default=3, help="Admin opens in each run (the first is cold)")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--reuse", type=Path, metavar="DIR", help="a data folder already holding the events")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (paint logs, kiosk logs)")
    parser.add_argument("--kiosk-root", type=Path, metavar="DIR",
                        help="run the kiosk from another checkout (e.g. an older commit, for a side-by-side run)")
    args = parser.parse_args()
    if args.kiosk_root is not None:
        import tests.e2e.desktop as desktop_module

        desktop_module.ROOT = args.kiosk_root.resolve()
    scratch = Path(tempfile.mkdtemp(prefix="bench-impact-display-"))
    filled = data_folder(scratch, args.events, args.reuse)
    desktop = Desktop((1920, 1080))
    pooled: dict[str, list[float]] = {}
    try:
        spots = calibrate(desktop, scratch, filled)
        for index in range(args.runs):
            figures = run(desktop, kiosk_home(scratch, f"run-{index}", filled), spots, args.opens)
            print(f"run {index + 1}: " + ", ".join(f"{k}={[round(v * 1000) if v == v else None for v in vs]}" for k, vs in figures.items()), flush=True)
            for key, values in figures.items():
                pooled.setdefault(key, []).extend(values)
    finally:
        desktop.close()
        if args.keep:
            print(f"kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    print(f"\nAdmin → Impact, {args.events:,} events, Xvfb 1920x1080 + llvmpipe; X input → screen settled (ms), {args.runs} runs pooled")
    for key, label in (("admin_first", "Open admin, first open (PIN check included)"),
                       ("admin_later", "Open admin, later opens (PIN check included)"),
                       ("scroll_first", "wheel down to Impact, first open"),
                       ("scroll_later", "wheel down to Impact, later opens"),
                       ("event", "tap 'The event so far'"), ("today", "tap 'Today'")):
        values = [v * 1000 for v in pooled.get(key, [])]
        print(f"  {label:46} p50 {p(values, 0.5):7.1f}   p95 {p(values, 0.95):7.1f}   max {max(values, default=float('nan')):7.1f}   n={len(values)}")
    checks = pin_check_ms(scratch)
    print(f"  {'the PIN check alone (scrypt, in-process)':46} p50 {p(checks, 0.5):7.1f}   max {max(checks):7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
