"""The platform self-test checks (on-screen keyboard, FFmpeg playback) pass from source.

They run in a child process, as ``blueheart-kiosk self-test`` does, because the keyboard's input
context must be chosen before the QApplication exists.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.diagnostics.self_test import SELF_TEST_CHECKS, SelfTestError
from kiosk.diagnostics.self_test_platform import KEYBOARD_WORD, PLATFORM_CHECKS, media_to_play

# QtMultimedia's playback threads log Qt warnings; pytest-qt's Python message handler needs the
# GIL for each, while the GUI thread holds it waiting for those threads (stop, new source): a
# deadlock measured here in about one run in three. These tests keep Qt's own stderr handler.
pytestmark = pytest.mark.no_qt_log

ROOT = Path(__file__).resolve().parents[1]


def test_platform_checks_are_part_of_the_self_test():
    for check in PLATFORM_CHECKS:
        assert check in SELF_TEST_CHECKS


def test_self_test_types_on_the_keyboard_and_plays_media(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "self-test"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"ok   on-screen keyboard typed {KEYBOARD_WORD!r}" in result.stdout
    assert "ok   played " in result.stdout
    assert result.stdout.rstrip().endswith("self-test passed")


def test_media_falls_back_to_the_self_test_clip_and_says_when_none_is_there(monkeypatch, tmp_path):
    import kiosk.diagnostics.self_test_platform as platform

    assert media_to_play().suffix == ".mp4"
    monkeypatch.setattr(platform, "assets_dir", lambda: tmp_path)
    monkeypatch.setattr(platform, "bundled_content_dir", lambda: tmp_path / "content")
    with pytest.raises(SelfTestError, match="no media to play"):
        media_to_play()
