"""Shared fixtures: offscreen Qt and every user directory in a temp folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The embedded virtual keyboard lives in a QQuickWidget, never a separate window.
os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1")

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


@pytest.fixture(scope="session")
def test_media(tmp_path_factory):
    """Media files made with ffmpeg for this test run (see tests/helpers/media.py)."""
    from tests.helpers.media import ffmpeg_available, make_all

    if not ffmpeg_available():
        pytest.skip("ffmpeg is not installed (apt-get install ffmpeg): cannot make test media")
    return make_all(tmp_path_factory.mktemp("media"))
