"""A pledge acknowledged on screen survives the process being killed right then."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from kiosk.storage.pledges import DATABASE_NAME, PledgeStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_right_after_the_thank_you_keeps_the_pledge(tmp_path):
    name = "Kill" + uuid.uuid4().hex[:8]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.pledge_and_wait", str(tmp_path), name],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        line = process.stdout.readline()  # blocks until the thank-you is shown
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=30)
    assert line.startswith("ACK ") and "1" in line, line
    assert process.returncode == -signal.SIGKILL
    # After the "power cut": the file is as the kill left it (WAL and all) and holds the pledge.
    connection = sqlite3.connect(tmp_path / DATABASE_NAME)
    try:
        assert connection.execute("SELECT first_name FROM pledges").fetchall() == [(name,)]
    finally:
        connection.close()
    restarted = PledgeStore.open(tmp_path)
    assert restarted.start_warning is None and restarted.count() == 1
