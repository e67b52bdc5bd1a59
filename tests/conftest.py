"""Shared fixtures: offscreen Qt and every user directory in a temp folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The embedded virtual keyboard lives in a QQuickWidget, never a separate window.
os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1")
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")

import time

import pytest


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    """Point every platform user directory at a temp folder so tests never touch a real profile."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    return home


@pytest.fixture
def fake_clock():
    from tests.helpers.clock import FakeClock

    return FakeClock()


@pytest.fixture
def user_paths(tmp_path):
    """The kiosk's config, data and log folders, all under the test's temp folder."""
    from kiosk.core.paths import UserPaths

    return UserPaths(config_dir=tmp_path / "config", data_dir=tmp_path / "data", log_dir=tmp_path / "log")


@pytest.fixture
def make_kiosk(qapp, user_paths, fake_clock):
    """Build kiosks (windowed unless asked, 1920x1080, shown offscreen) and tear them down.

    Fails the test if a top-level window is left visible afterwards (a leak).
    """
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from kiosk.app import KioskOptions, build_kiosk

    built = []

    def make(size=(1920, 1080), **option_values):
        option_values.setdefault("windowed", True)
        kiosk = build_kiosk(KioskOptions(**option_values), user_paths, clock=fake_clock, wall_clock=fake_clock)
        kiosk.window.resize(*size)
        kiosk.window.show()
        QApplication.processEvents()
        # As a visitor finds it: the first frame is up, so the idle watcher and the guard watch.
        deadline = time.monotonic() + 5
        while not kiosk.watching.done and time.monotonic() < deadline:
            QApplication.processEvents()
        assert kiosk.watching.done, "the kiosk never painted its first frame"
        built.append(kiosk)
        return kiosk

    yield make
    for kiosk in built:
        kiosk.shutdown()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not leaked, f"top-level widgets left open: {leaked}"


@pytest.fixture
def kiosk(make_kiosk):
    """One kiosk in a 1920x1080 window, on the Attract screen."""
    return make_kiosk()


@pytest.fixture(scope="session")
def test_media(tmp_path_factory):
    """Media files made with ffmpeg for this test run (see tests/helpers/media.py)."""
    from tests.helpers.media import ffmpeg_available, make_all

    if not ffmpeg_available():
        pytest.skip("ffmpeg is not installed (apt-get install ffmpeg): cannot make test media")
    return make_all(tmp_path_factory.mktemp("media"))
