"""The display-path benchmark: the real kiosk on a real X display without a GPU, beside Chromium.

Run (a few minutes; needs Xvfb, xdotool, ImageMagick, Debian's chromium and python3-pyatspi):

    python -m tests.benchmarks.bench_display [--runs 3] [--walks 0]

Each run starts a fresh Xvfb (1920x1080, Mesa's llvmpipe: what a kiosk PC without a working GPU
driver gets) and, interleaved on the same display, the kiosk full screen and Debian's
``chromium --kiosk`` on ``chromium_home.html`` (the Home screen with a CSS ticker). Input is real
X input (xdotool). Figures, median of the runs:

* CPU, % of one core over 10 s, of the whole process tree: the kiosk on Attract, on Home with the
  ticker, on Pledge with the keyboard open and idle, and playing the PSA; Chromium on its page;
* PSS of the whole process tree (MiB), on Home, both;
* launch → first painted screen (the root window's pixels change), both;
* interaction latency, X input → the screen settled (the last paint of anything but the running
  animations, ``KIOSK_PAINT_LOG``), p50/p95 over repeats: an accessibility option on and off,
  a language switch, the first and later visits to Pledge, a tap to the next screen;
* peak RSS of the kiosk over the walk, and with ``--walks N`` the RSS after each of N more walks.

Controls are found once by their accessible names (AT-SPI) in a calibration run; the measured
runs have the accessibility bridge off, as a kiosk has, and tap the same places.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.e2e.desktop import Accessibility, Desktop, KioskProcess

HERE = Path(__file__).resolve().parent
PAGE = HERE / "chromium_home.html"
CPU_SECONDS = 10.0
SETTLE_QUIET_S = 0.25
TICKS = os.sysconf("SC_CLK_TCK")

CHROMIUM_FLAGS = [
    "--kiosk", "--no-sandbox", "--no-first-run", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-quic", "--noerrdialogs", "--disable-features=Translate",
    "--password-store=basic",
]


# -- processes -------------------------------------------------------------------------------
def tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parent = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, []))
    return found


def cpu_ticks(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            pass
    return total


def cpu_percent(pid: int, seconds: float = CPU_SECONDS) -> float:
    """% of one core used by ``pid``'s process tree over ``seconds``."""
    pids = tree(pid)
    before, start = cpu_ticks(pids), time.monotonic()
    time.sleep(seconds)
    pids = sorted(set(pids) | set(tree(pid)))
    return 100.0 * (cpu_ticks(pids) - before) / TICKS / (time.monotonic() - start)


def pss_mib(pid: int) -> float:
    total = 0
    for member in tree(pid):
        try:
            for line in Path(f"/proc/{member}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


# -- the screen ------------------------------------------------------------------------------
class RootPixels:
    """Reads a few pixels of the X root window (Xlib through ctypes): cheap enough to poll."""

    def __init__(self, display: str, size: tuple[int, int]) -> None:
        self.x11 = ctypes.CDLL("libX11.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x11.XGetImage.restype = ctypes.c_void_p
        self.x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                                       ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        self.x11.XGetPixel.restype = ctypes.c_ulong
        self.x11.XGetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        self.x11.XDestroyImage.argtypes = [ctypes.c_void_p]
        self.display = self.x11.XOpenDisplay(display.encode())
        if not self.display:
            raise RuntimeError(f"cannot open X display {display}")
        self.root = self.x11.XDefaultRootWindow(self.display)
        w, h = size
        self.points = [(w * i // 4, h * j // 4) for i in (1, 2, 3) for j in (1, 2, 3)]

    def sample(self) -> tuple[int, ...]:
        values = []
        for x, y in self.points:
            image = self.x11.XGetImage(self.display, self.root, x, y, 1, 1, 0xFFFFFFFF, 2)  # ZPixmap
            values.append(self.x11.XGetPixel(image, 0, 0) if image else 0)
            if image:
                self.x11.XDestroyImage(image)
        return tuple(values)

    def wait_for_change(self, start: tuple[int, ...], timeout: float = 60.0) -> float:
        """Monotonic time at which any sampled pixel first differs from ``start``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.sample() != start:
                return time.monotonic()
            time.sleep(0.004)
        raise RuntimeError("the screen never changed")


# -- paints ------------------------------------------------------------------------------------
class PaintLog:
    """Collects the kiosk's ``paint <t>`` lines (``KIOSK_PAINT_LOG=1``) from its stdout file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._offset = 0
        self.times: list[float] = []

    def read(self) -> list[float]:
        with self.path.open("r", encoding="utf-8", errors="replace") as handle:
            handle.seek(self._offset)
            data = handle.read()
            self._offset = handle.tell()
        for line in data.splitlines():
            if line.startswith("paint "):
                self.times.append(float(line.split()[1]))
        return self.times

    def settled_after(self, t0: float, quiet: float = SETTLE_QUIET_S, timeout: float = 5.0) -> float:
        """Seconds from ``t0`` to the last paint of the burst that followed it (the screen is
        complete once nothing but the animations has painted for ``quiet`` seconds)."""
        deadline = t0 + timeout
        while True:
            times = [t for t in self.read() if t >= t0]
            now = time.monotonic()
            if times and now - times[-1] >= quiet:
                return times[-1] - t0
            if now > deadline:
                return (times[-1] - t0) if times else float("nan")
            time.sleep(0.02)


def click(desktop: Desktop, point: tuple[float, float]) -> float:
    """Click at ``point``; returns the monotonic time just before the X input was sent."""
    t0 = time.monotonic()
    desktop.click(*point)
    return t0


# -- calibration -------------------------------------------------------------------------------
NAMES = {
    "pledge_tile": ("Take the pledge", "push button"),
    "learn_tile": ("Learn", "push button"),
    "watch_tile": ("Watch", "push button"),
    "home": ("Home", "push button"),
    "accessibility": ("Accessibility", "push button"),
    "larger_text": ("Larger text", None),
    "done": ("Done", "push button"),
    "language": ("Choose your language", "push button"),
    "french": ("Français", None),
    "english": ("English", None),
}


def calibrate(desktop: Desktop, scratch: Path) -> dict[str, tuple[float, float]]:
    """Where each control is, found by its accessible name in one run with AT-SPI on."""
    kiosk = KioskProcess(desktop, scratch / "calibrate")
    a11y = Accessibility(desktop)
    spots: dict[str, tuple[float, float]] = {}
    try:
        a11y.wait_for("Blue Heart", "label", timeout=90)
        time.sleep(1)
        spots["attract"] = (desktop.size[0] / 2, desktop.size[1] / 2)
        desktop.click(*spots["attract"])
        for key in ("pledge_tile", "learn_tile", "watch_tile", "home", "accessibility", "language"):
            spots[key] = a11y.wait_for(*NAMES[key]).centre
        desktop.click(*spots["accessibility"])
        spots["larger_text"] = a11y.wait_for(*NAMES["larger_text"]).centre
        spots["done"] = a11y.wait_for(*NAMES["done"]).centre
        desktop.click(*spots["done"])
        time.sleep(0.5)
        desktop.click(*spots["language"])
        spots["french"] = a11y.wait_for(*NAMES["french"]).centre
        desktop.click(*spots["french"])
        time.sleep(0.5)
        desktop.click(*spots["language"])
        spots["english"] = a11y.wait_for(*NAMES["english"]).centre
        desktop.click(*spots["english"])
        time.sleep(0.5)
        desktop.click(*spots["pledge_tile"])
        spots["first_name"] = a11y.wait_for("First name", "text").centre
        desktop.click(*spots["home"])
        time.sleep(0.5)
        desktop.click(*spots["watch_tile"])
        # A tap on the PSA's row opens the player and plays it.
        spots["play"] = a11y.wait_for("public service announcement", None, contains=True).centre
        desktop.click(*spots["home"])
    finally:
        kiosk.stop()
        a11y.close()
    return spots


# -- one run -----------------------------------------------------------------------------------
def run_chromium(desktop: Desktop, scratch: Path, pixels: RootPixels) -> dict[str, float]:
    profile = Path(tempfile.mkdtemp(prefix="chromium-", dir=scratch))
    blank = pixels.sample()
    start = time.monotonic()
    process = subprocess.Popen(
        ["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={desktop.size[0]},{desktop.size[1]}",
         "--window-position=0,0", PAGE.as_uri()],
        env=desktop.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        first = pixels.wait_for_change(blank) - start
        time.sleep(8)
        figures = {"first_paint_s": first, "home_cpu": cpu_percent(process.pid), "pss_mib": pss_mib(process.pid)}
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
    time.sleep(1)
    return figures


def run_kiosk(desktop: Desktop, scratch: Path, pixels: RootPixels, spots: dict, walks: int) -> dict[str, object]:
    blank = pixels.sample()
    kiosk = KioskProcess(desktop, scratch, accessible=False, extra_env={"KIOSK_PAINT_LOG": "1"})
    paints = PaintLog(kiosk.stdout_path)
    figures: dict[str, object] = {}
    latency: dict[str, list[float]] = {}
    try:
        figures["first_paint_s"] = pixels.wait_for_change(blank) - kiosk.started
        time.sleep(8)  # the warm-up after the first frame is over
        figures["attract_cpu"] = cpu_percent(kiosk.pid)
        settle = lambda t0: paints.settled_after(t0)  # noqa: E731
        settle(click(desktop, spots["attract"]))
        time.sleep(2)
        figures["home_cpu"] = cpu_percent(kiosk.pid)
        figures["pss_mib"] = pss_mib(kiosk.pid)
        figures["rss_home_mib"] = rss_mib(kiosk.pid)
        # Pledge, the first visit, then later ones; the keyboard open and idle.
        latency["pledge_first"] = [settle(click(desktop, spots["pledge_tile"]))]
        click(desktop, spots["first_name"])
        time.sleep(2)
        figures["keyboard_cpu"] = cpu_percent(kiosk.pid)
        figures["rss_keyboard_mib"] = rss_mib(kiosk.pid)
        for _ in range(5):
            settle(click(desktop, spots["home"]))
            latency.setdefault("pledge_later", []).append(settle(click(desktop, spots["pledge_tile"])))
        settle(click(desktop, spots["home"]))
        # Tap to the next screen: Home ↔ Learn.
        for _ in range(5):
            latency.setdefault("next_screen", []).append(settle(click(desktop, spots["learn_tile"])))
            latency["next_screen"].append(settle(click(desktop, spots["home"])))
        # Accessibility: larger text on and off.
        settle(click(desktop, spots["accessibility"]))
        for _ in range(6):
            latency.setdefault("accessibility_toggle", []).append(settle(click(desktop, spots["larger_text"])))
        settle(click(desktop, spots["done"]))
        # Language: French and back.
        for _ in range(4):
            settle(click(desktop, spots["language"]))
            latency.setdefault("language_switch", []).append(settle(click(desktop, spots["french"])))
            settle(click(desktop, spots["language"]))
            latency["language_switch"].append(settle(click(desktop, spots["english"])))
        # The PSA playing.
        settle(click(desktop, spots["watch_tile"]))
        click(desktop, spots["play"])
        time.sleep(3)
        figures["psa_cpu"] = cpu_percent(kiosk.pid)
        figures["rss_psa_mib"] = rss_mib(kiosk.pid)
        settle(click(desktop, spots["home"]))
        figures["peak_rss_mib"] = peak_rss_mib(kiosk.pid)
        rss = []
        for _ in range(walks):
            for key in ("learn_tile", "home", "pledge_tile", "first_name", "home", "watch_tile", "play", "home"):
                settle(click(desktop, spots[key]))
            rss.append(rss_mib(kiosk.pid))
        figures["walk_rss_mib"] = rss
        figures["latency"] = latency
    finally:
        kiosk.stop()
    time.sleep(1)
    return figures


# -- report ------------------------------------------------------------------------------------
def p(values: list[float], q: float) -> float:
    values = sorted(v for v in values if v == v)
    if not values:
        return float("nan")
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--walks", type=int, default=0, help="extra scripted walks for memory flatness")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-display-"))
    desktop = Desktop((1920, 1080))
    try:
        pixels = RootPixels(desktop.display, desktop.size)
        glx = subprocess.run(["glxinfo", "-B"], env=desktop.env(), capture_output=True, text=True).stdout
        renderer = next((line.split(":", 1)[1].strip() for line in glx.splitlines() if "OpenGL renderer" in line), "?")
        print(f"display: Xvfb 1920x1080, OpenGL renderer: {renderer}; {os.cpu_count()} cores; runs: {args.runs}")
        spots = calibrate(desktop, scratch)
        kiosk_runs, chromium_runs = [], []
        for run in range(args.runs):
            chromium_runs.append(run_chromium(desktop, scratch, pixels))
            kiosk_runs.append(run_kiosk(desktop, scratch / f"kiosk-{run}", pixels, spots, args.walks))
            print(f"run {run + 1}: kiosk {_short(kiosk_runs[-1])}; chromium {_short(chromium_runs[-1])}", flush=True)
    finally:
        desktop.close()
    med = lambda runs, key: statistics.median(r[key] for r in runs)  # noqa: E731
    print("\nOn a real X display without a GPU (Xvfb + llvmpipe), median of", args.runs, "runs")
    print(f"{'':38}{'kiosk':>10}{'chromium':>10}{'ratio':>8}")
    for label, key in (("first painted screen (s)", "first_paint_s"), ("Home with the ticker, CPU %", "home_cpu"),
                       ("PSS of the process tree (MiB)", "pss_mib")):
        k, c = med(kiosk_runs, key), med(chromium_runs, key)
        print(f"{label:38}{k:10.2f}{c:10.2f}{k / c:8.2f}")
    for label, key in (("Attract, CPU %", "attract_cpu"), ("keyboard open and idle, CPU %", "keyboard_cpu"),
                       ("PSA playing, CPU %", "psa_cpu"), ("RSS on Home (MiB)", "rss_home_mib"),
                       ("RSS, keyboard open (MiB)", "rss_keyboard_mib"), ("RSS, PSA playing (MiB)", "rss_psa_mib"),
                       ("peak RSS over the walk (MiB)", "peak_rss_mib")):
        print(f"{label:38}{med(kiosk_runs, key):10.2f}")
    print("\nX input → screen settled (ms), all runs pooled")
    for key in ("accessibility_toggle", "language_switch", "pledge_first", "pledge_later", "next_screen"):
        pooled = [v * 1000 for r in kiosk_runs for v in r["latency"].get(key, [])]
        print(f"  {key:24} p50 {p(pooled, 0.5):7.1f}   p95 {p(pooled, 0.95):7.1f}   n={len(pooled)}")
    if args.walks:
        for index, run in enumerate(kiosk_runs):
            rss = run["walk_rss_mib"]
            slope = (rss[-1] - rss[0]) / max(1, len(rss) - 1)
            print(f"  run {index + 1}: RSS after walks {rss[0]:.1f} → {rss[-1]:.1f} MiB ({slope:+.3f} MiB a walk)")


def _short(figures: dict) -> str:
    return ", ".join(f"{k}={v:.2f}" for k, v in figures.items() if isinstance(v, float))


if __name__ == "__main__":
    sys.exit(main())
