"""The admin door keeps its lock across a crash: kill -9 during a lockout, and it still holds."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kiosk.core.admin_door import PinStrength, hash_pin
from kiosk.core.door_lockout import DoorState
from kiosk.services.admin_door import AdminDoor, PinResult
from kiosk.storage.pin_file import DoorStateFile, PinFile
from tests.helpers.clock import FakeClock

ROOT = Path(__file__).resolve().parents[2]
T0 = 1_800_000_000.0

# A kiosk process's door: five wrong PINs, then it waits to be killed, locked.
DOOR_PROCESS = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from kiosk.core.paths import UserPaths
    from kiosk.services.admin_door import AdminDoor
    from kiosk.storage.pin_file import DoorStateFile, PinFile

    config = Path(sys.argv[1])
    paths = UserPaths(config_dir=config, data_dir=config / "data", log_dir=config / "log")
    door = AdminDoor(PinFile(paths.pin_file), DoorStateFile(paths.door_state_file))
    for _ in range(int(sys.argv[2])):
        result = door.try_pin("000001")
    print(result.value, door.seconds_locked(), flush=True)
    time.sleep(600)
    """
)


def _door(config: Path, clock) -> AdminDoor:
    return AdminDoor(PinFile(config / "admin-pin"), DoorStateFile(config / "admin-door.json"), clock=clock)


def _run_then_kill(config: Path, wrong: int) -> list[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", DOOR_PROCESS, str(config), str(wrong)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )
    try:
        line = process.stdout.readline().split()
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    return line


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_9_during_a_lockout_and_the_lock_still_holds(tmp_path):
    config = tmp_path / "config"
    PinFile(config / "admin-pin").write(hash_pin("482916"), PinStrength.MEETS_RULES)
    assert _run_then_kill(config, 5) == ["locked", "60"]

    door = _door(config, time.time)  # the kiosk, started again
    assert 0 < door.seconds_locked() <= 60
    assert door.try_pin("482916") is PinResult.LOCKED  # even the right PIN waits
    assert door.state.since_entry.count == 5


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_9_between_locks_keeps_the_count_and_the_schedule(tmp_path):
    config = tmp_path / "config"
    PinFile(config / "admin-pin").write(hash_pin("482916"), PinStrength.MEETS_RULES)
    assert _run_then_kill(config, 5) == ["locked", "60"]
    clock = FakeClock(time.time() + 61)  # the minute is over
    door = _door(config, clock)
    assert door.seconds_locked() == 0
    for _ in range(4):
        assert door.try_pin("000002") is PinResult.WRONG
    assert door.try_pin("000002") is PinResult.LOCKED
    assert door.seconds_locked() == 300  # the second lock: five minutes


def test_a_right_pin_opens_and_starts_over(tmp_path):
    clock = FakeClock(T0)
    PinFile(tmp_path / "admin-pin").write(hash_pin("482916"), PinStrength.MEETS_RULES)
    door = _door(tmp_path, clock)
    for _ in range(3):
        assert door.try_pin("111112") is PinResult.WRONG
        clock.advance(10)
    assert door.try_pin("482916") is PinResult.ACCEPTED
    assert door.wrong_before_entry().count == 3
    assert door.wrong_before_entry().times == (T0, T0 + 10, T0 + 20)
    assert DoorStateFile(tmp_path / "admin-door.json").read()[0].last_entry == T0 + 30


def test_an_old_short_pin_still_opens_and_is_marked_below_the_rules(tmp_path):
    pin_file = PinFile(tmp_path / "admin-pin")
    pin_file.write(hash_pin("2468"))  # written before the rules: strength unknown
    door = _door(tmp_path, FakeClock(T0))
    assert door.pin_strength() is PinStrength.UNKNOWN
    assert door.try_pin("2468") is PinResult.ACCEPTED
    assert door.pin_strength() is PinStrength.BELOW_RULES
    assert door.try_pin("2468") is PinResult.ACCEPTED  # the hash itself is unchanged


def test_an_old_strong_pin_is_marked_as_meeting_the_rules(tmp_path):
    PinFile(tmp_path / "admin-pin").write(hash_pin("482916"))
    door = _door(tmp_path, FakeClock(T0))
    assert door.try_pin("482916") is PinResult.ACCEPTED
    assert door.pin_strength() is PinStrength.MEETS_RULES


def test_a_damaged_state_file_fails_shut_for_a_minute(tmp_path):
    PinFile(tmp_path / "admin-pin").write(hash_pin("482916"))
    (tmp_path / "admin-door.json").write_text("{ not json", encoding="utf-8")
    clock = FakeClock(T0)
    door = _door(tmp_path, clock)
    assert door.try_pin("482916") is PinResult.LOCKED
    assert door.seconds_locked() == 60
    assert DoorStateFile(tmp_path / "admin-door.json").read()[1] is None  # written back whole
    clock.advance(60)
    assert door.try_pin("482916") is PinResult.ACCEPTED


def test_a_state_that_cannot_be_written_is_reported(tmp_path, monkeypatch):
    PinFile(tmp_path / "admin-pin").write(hash_pin("482916"))
    door = _door(tmp_path, FakeClock(T0))

    def refuse(state: DoorState) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(door._state_file, "write", refuse)
    for _ in range(5):
        door.try_pin("000001")
    assert door.seconds_locked() == 60  # the lock holds in memory
    assert "cannot be written" in door.problem and "No space left" in door.problem
