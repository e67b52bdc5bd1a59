"""End-to-end: the real kiosk process, full screen on Xvfb, real X input, read through AT-SPI.

The suite needs Xvfb, xdotool, ImageMagick, a session D-Bus and Debian's python3-pyatspi
(`.ci/run` installs them). Without them it is skipped on a developer's machine, and it fails in
CI (``CI`` set), where it must run.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from tests.e2e.desktop import Accessibility, Desktop, KioskProcess, Node, missing_tools

PIN = "482916"
#: Short visits, so the idle timeout can be waited for: 10 s idle, then a 3 s countdown.
CONFIG = "[kiosk]\nidle_timeout = 10\nwarning_seconds = 3\n"

#: Key centres of Qt Virtual Keyboard's default style, as shares of the panel's width and
#: height (measured on its en_GB layout at 1920x1080: ten letter keys a row, one key = 0.0997).
KEY_STEP = 0.0997
LETTER_ROWS = {0: ("qwertyuiop", 0.0507), 1: ("asdfghjkl", 0.1007), 2: ("zxcvbnm", 0.1996)}
ROW_Y = (0.144, 0.393, 0.639, 0.868)
HIDE_KEY_X = 0.798


@pytest.fixture(scope="session")
def desktop():
    missing = missing_tools()
    if missing:
        message = f"the real-display suite needs {', '.join(missing)}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    display = Desktop((1920, 1080))
    yield display
    display.close()


class Visit:
    """The kiosk as a visitor meets it: tap controls by their accessible names, read them back."""

    def __init__(self, desktop: Desktop, kiosk: KioskProcess, a11y: Accessibility, shots: Path) -> None:
        self.desktop, self.kiosk, self.a11y, self.shots = desktop, kiosk, a11y, shots

    def find(self, name: str, role: str | None = None, timeout: float = 15, **kw) -> Node:
        return self.a11y.wait_for(name, role, timeout=timeout, **kw)

    def tap(self, name: str, role: str | None = "push button", timeout: float = 15, **kw) -> Node:
        node = self.find(name, role, timeout=timeout, **kw)
        self.desktop.click(*node.centre)
        return node

    def showing(self, name: str, role: str | None = None) -> bool:
        node = self.a11y.find(name, role)
        return node is not None and node.w > 0

    def on_attract(self, timeout: float = 20) -> None:
        self.find("Blue Heart", "label", timeout=timeout)
        deadline = time.monotonic() + timeout
        while self.showing("Home", "push button") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not self.showing("Home", "push button"), "still on a visitor screen"

    def start(self) -> None:
        """Touch Attract: Home shows."""
        self.on_attract()
        w, h = self.desktop.size
        self.desktop.click(w / 2, h / 2)
        self.find("Take the pledge", "push button")

    def home(self) -> None:
        self.tap("Home")
        self.find("Take the pledge", "push button")

    def keyboard(self) -> Node:
        return self.find("On-screen keyboard", timeout=10)

    def keyboard_showing(self) -> bool:
        return self.showing("On-screen keyboard")

    def type_keys(self, text: str) -> None:
        """Tap the on-screen keyboard's letter keys (latin layout) for ``text``."""
        panel = self.keyboard()
        time.sleep(0.3)
        for char in text:
            row = next(r for r, (letters, _) in LETTER_ROWS.items() if char in letters)
            letters, first = LETTER_ROWS[row]
            x = panel.x + panel.w * (first + KEY_STEP * letters.index(char))
            y = panel.y + panel.h * ROW_Y[row]
            self.desktop.click(x, y)
            time.sleep(0.15)

    def hide_keyboard(self) -> None:
        """Tap the keyboard's own hide key (bottom row, right of the full stop)."""
        self.tap_key_at(3, HIDE_KEY_X)
        deadline = time.monotonic() + 10
        while self.keyboard_showing() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not self.keyboard_showing(), "the hide key left the keyboard open"

    def tap_key_at(self, row: int, share_x: float) -> None:
        panel = self.keyboard()
        self.desktop.click(panel.x + panel.w * share_x, panel.y + panel.h * ROW_Y[row])

    def field_text(self, name: str) -> str:
        return self.find(name, "text").text or ""

    def wait_text(self, name: str, wanted, timeout: float = 10) -> str:
        deadline = time.monotonic() + timeout
        text = ""
        while time.monotonic() < deadline:
            text = self.field_text(name)
            if (wanted(text) if callable(wanted) else text == wanted):
                return text
            time.sleep(0.1)
        raise AssertionError(f"{name!r} holds {text!r}")

    def shot(self, name: str) -> Path:
        return self.desktop.screenshot(self.shots / f"{name}.png")

    def pledges(self) -> list[tuple]:
        path = self.kiosk.data_dir / "pledges.sqlite3"
        connection = sqlite3.connect(path)
        try:
            return connection.execute("SELECT first_name, commitments, language FROM pledges").fetchall()
        finally:
            connection.close()


@pytest.fixture
def visit(desktop, tmp_path):
    kiosk = KioskProcess(desktop, tmp_path / "kiosk", config=CONFIG, pin=PIN)
    a11y = Accessibility(desktop)
    shots = Path(os.environ.get("KIOSK_E2E_SHOTS", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    v = Visit(desktop, kiosk, a11y, shots)
    try:
        try:
            v.on_attract(timeout=90)
        except AssertionError as error:
            raise AssertionError(f"{error}\nthe kiosk's output:\n{kiosk.stderr()[-3000:]}") from None
        yield v
    finally:
        code = kiosk.stop(signal.SIGTERM)
        a11y.close()
        stderr = kiosk.stderr()
    # A clean stop: SIGTERM (what systemctl stop sends) ends the kiosk with its log saying so.
    assert code == 0, stderr[-3000:]
    assert "stopping on SIGTERM" in stderr and "Blue Heart Kiosk stopped (SIGTERM)" in stderr, stderr[-3000:]
    assert "Traceback" not in stderr, stderr[-3000:]
    # Quiet by default: no FFmpeg stream dumps or banner, no PipeWire probe. (Qt Virtual
    # Keyboard's own "depends on non-bindable properties: QLineEdit::echoMode" comes in Qt's
    # default category, which only a message handler could filter: see kiosk/services/logs.py.)
    for noise in ("Input #0", "pipewire", "FFmpeg version"):
        assert noise not in stderr, f"{noise!r} in the kiosk's output:\n{stderr[-3000:]}"
