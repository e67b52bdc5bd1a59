"""A real desktop for the kiosk: Xvfb, a session D-Bus, real X input, the accessibility bus.

Used by the end-to-end tests (tests/e2e/) and the display benchmark
(tests/benchmarks/bench_display.py). Nothing here uses QTest: input goes through the X server
(xdotool), and state is read back through AT-SPI (``atspi_agent.py`` under the system Python) or
screenshots (ImageMagick's ``import``).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AGENT = Path(__file__).with_name("atspi_agent.py")
SYSTEM_PYTHON = "/usr/bin/python3"
TOOLS = ("Xvfb", "xdotool", "dbus-daemon", "import")


def missing_tools() -> list[str]:
    """The programs this harness needs that are not installed (empty when all are there)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True) if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


class Desktop:
    """An X server (Xvfb, Mesa's software OpenGL) and a session D-Bus, for child processes.

    Args:
        size: the screen, e.g. (1920, 1080) or (1080, 1920).
    """

    def __init__(self, size: tuple[int, int] = (1920, 1080)) -> None:
        self.size = size
        read, write = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size[0]}x{size[1]}x24",
             "-nolisten", "tcp", "-br", "+extension", "GLX"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        bus = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1", "--nosyslog"],
            capture_output=True, text=True, check=True,
        ).stdout.split()
        self.bus_address, self._bus_pid = bus[0], int(bus[1])

    def env(self, **extra: str) -> dict[str, str]:
        """The environment of a program on this desktop."""
        env = dict(os.environ)
        for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "QT_QUICK_BACKEND"):
            env.pop(name, None)
        env.update(DISPLAY=self.display, DBUS_SESSION_BUS_ADDRESS=self.bus_address, QT_QPA_PLATFORM="xcb")
        env.update(extra)
        return env

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env(), check=True, capture_output=True, timeout=20)

    def click(self, x: float, y: float) -> None:
        """A left click (a tap on a touchscreen that sends mouse events) at screen pixel (x, y)."""
        self.xdotool("mousemove", str(round(x)), str(round(y)), "click", "1")

    def drag(self, start: tuple[float, float], end: tuple[float, float], steps: int = 12) -> None:
        """Press the left button at ``start``, move to ``end`` in steps, release."""
        args = ["mousemove", str(round(start[0])), str(round(start[1])), "mousedown", "1"]
        for i in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * i / steps
            y = start[1] + (end[1] - start[1]) * i / steps
            args += ["sleep", "0.02", "mousemove", str(round(x)), str(round(y))]
        args += ["sleep", "0.05", "mouseup", "1"]
        self.xdotool(*args)

    def key(self, *names: str) -> None:
        """Keys on the hardware keyboard (xdotool key names, e.g. ``Escape``, ``alt+F4``)."""
        self.xdotool("key", *names)

    def screenshot(self, path: Path) -> Path:
        subprocess.run(["import", "-window", "root", str(path)], env=self.env(), check=True, timeout=30)
        return path

    def close(self) -> None:
        for kill in (lambda: os.kill(self._bus_pid, signal.SIGTERM), self.xvfb.terminate):
            try:
                kill()
            except (ProcessLookupError, OSError):
                pass
        try:
            self.xvfb.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.xvfb.kill()


@dataclass
class Node:
    """A control as the accessibility bus shows it (screen coordinates)."""

    name: str
    role: str
    x: int
    y: int
    w: int
    h: int
    states: list[str] = field(default_factory=list)
    text: str | None = None
    value: float | None = None
    description: str = ""

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    @property
    def checked(self) -> bool:
        return "checked" in self.states


class Accessibility:
    """Finds the kiosk's controls by accessible name through AT-SPI (a system-Python agent)."""

    def __init__(self, desktop: Desktop) -> None:
        self._agent = subprocess.Popen(
            [SYSTEM_PYTHON, str(AGENT)], env=desktop.env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, bufsize=1,
        )

    def ask(self, **request) -> object:
        assert self._agent.stdin is not None and self._agent.stdout is not None
        self._agent.stdin.write(json.dumps(request) + "\n")
        self._agent.stdin.flush()
        answer = json.loads(self._agent.stdout.readline())
        if not answer["ok"]:
            raise RuntimeError(answer["error"])
        return answer["result"]

    def find(self, name: str | None = None, role: str | None = None, contains: bool = False) -> Node | None:
        found = self.ask(op="find", name=name, role=role, contains=contains)
        return Node(**found) if found else None

    def all(self, name: str | None = None, role: str | None = None, contains: bool = False) -> list[Node]:
        return [Node(**n) for n in self.ask(op="all", name=name, role=role, contains=contains)]

    def wait_for(self, name: str | None = None, role: str | None = None, timeout: float = 15, contains: bool = False,
                 where=lambda node: True) -> Node:
        """The first showing control named ``name`` (and of ``role``) for which ``where`` holds."""
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            last = self.find(name, role, contains)
            if last is not None and last.w > 0 and where(last):
                return last
            time.sleep(0.1)
        raise AssertionError(f"no showing control {name!r} ({role or 'any role'}) within {timeout}s; last seen: {last}")

    def wait_gone(self, name: str, role: str | None = None, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.find(name, role) is None:
                return
            time.sleep(0.1)
        raise AssertionError(f"{name!r} still showing after {timeout}s")

    def close(self) -> None:
        if self._agent.poll() is None:
            self._agent.terminate()
            try:
                self._agent.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._agent.kill()


class KioskProcess:
    """The real kiosk, full screen and locked, as a child process on ``desktop``.

    Args:
        desktop: where it runs.
        home: a scratch folder (user folders, data, log).
        config: the text of its kiosk.toml.
        accessible: expose it on the accessibility bus.
        pin: an admin PIN to set first (None: none).
        extra_env: more environment variables.
    """

    def __init__(self, desktop: Desktop, home: Path, config: str = "", accessible: bool = True,
                 pin: str | None = None, extra_env: dict[str, str] | None = None, args: tuple[str, ...] = ()) -> None:
        self.desktop = desktop
        self.home = home
        home.mkdir(parents=True, exist_ok=True)
        self.config = home / "kiosk.toml"
        self.config.write_text(config, encoding="utf-8")
        self.data_dir = home / "data"
        env = desktop.env(
            HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
            XDG_STATE_HOME=str(home / ".local/state"), XDG_CACHE_HOME=str(home / ".cache"),
            PYTHONUNBUFFERED="1",
        )
        if accessible:
            env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        env.update(extra_env or {})
        self.env = env
        command = [sys.executable, "-m", "kiosk"]
        if pin is not None:
            subprocess.run([*command, "set-pin", "--pin-stdin"], input=pin + "\n", env=env, text=True,
                           check=True, capture_output=True, cwd=ROOT)
        self.stdout_path = home / "stdout.txt"
        self.stderr_path = home / "stderr.txt"
        self._out = self.stdout_path.open("w")
        self._err = self.stderr_path.open("w")
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [*command, "--config", str(self.config), "--data-dir", str(self.data_dir), *args],
            env=env, stdout=self._out, stderr=self._err, cwd=ROOT,
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    def stderr(self) -> str:
        if not self._err.closed:
            self._err.flush()
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def log(self) -> str:
        path = self.home / ".local/state/BlueHeartKiosk/log/kiosk.log"
        candidates = [path, *self.home.rglob("kiosk.log")]
        for candidate in candidates:
            if candidate.exists():
                return candidate.read_text(encoding="utf-8", errors="replace")
        return ""

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self._out.close()
        self._err.close()
        return self.process.returncode
