"""The PIN file keeps one hash (and how it stands against the rules), replaced atomically,
readable by its owner only; the lockout state beside it likewise."""

import os
import stat
import sys

import pytest

from kiosk.core.admin_door import PinStrength
from kiosk.core.door_lockout import DoorState
from kiosk.storage.pin_file import DoorStateFile, PinFile, PinRecord


def test_no_file_means_no_pin(tmp_path):
    assert PinFile(tmp_path / "admin-pin").read() is None


def test_write_then_read(tmp_path):
    pin_file = PinFile(tmp_path / "sub" / "admin-pin")
    pin_file.write("scrypt$1$2$3$aa$bb")
    assert pin_file.read() == "scrypt$1$2$3$aa$bb"
    pin_file.write("scrypt$1$2$3$cc$dd")
    assert pin_file.read() == "scrypt$1$2$3$cc$dd"
    assert [p.name for p in pin_file.path.parent.iterdir()] == ["admin-pin"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_only_the_owner_can_read_it(tmp_path):
    pin_file = PinFile(tmp_path / "admin-pin")
    pin_file.write("x")
    assert stat.S_IMODE(os.stat(pin_file.path).st_mode) == 0o600
    state_file = DoorStateFile(tmp_path / "admin-door.json")
    state_file.write(DoorState())
    assert stat.S_IMODE(os.stat(state_file.path).st_mode) == 0o600


def test_empty_file_means_no_pin(tmp_path):
    (tmp_path / "admin-pin").write_text("\n")
    assert PinFile(tmp_path / "admin-pin").read() is None


def test_the_strength_is_kept_on_a_second_line(tmp_path):
    pin_file = PinFile(tmp_path / "admin-pin")
    pin_file.write("scrypt$1$2$3$aa$bb", PinStrength.MEETS_RULES)
    assert pin_file.read_record() == PinRecord("scrypt$1$2$3$aa$bb", PinStrength.MEETS_RULES)
    assert pin_file.read() == "scrypt$1$2$3$aa$bb"


def test_a_file_from_before_the_rules_has_an_unknown_strength(tmp_path):
    (tmp_path / "admin-pin").write_text("scrypt$1$2$3$aa$bb\n", encoding="ascii")
    assert PinFile(tmp_path / "admin-pin").read_record().strength is PinStrength.UNKNOWN


def test_the_door_state_is_kept_and_read_back(tmp_path):
    state_file = DoorStateFile(tmp_path / "config" / "admin-door.json")
    assert state_file.read() == (None, None)
    state = DoorState()
    for second in range(7):
        state = state.wrong_pin(1_800_000_000 + second * 100)
    state_file.write(state)
    assert state_file.read() == (state, None)
    assert [p.name for p in state_file.path.parent.iterdir()] == ["admin-door.json"]


@pytest.mark.parametrize("text", ["", "{", "[]", '{"version": 1}', '{"version": 9}', "\xff"])
def test_a_damaged_door_state_is_reported(tmp_path, text):
    path = tmp_path / "admin-door.json"
    path.write_text(text, encoding="latin-1")
    state, damage = DoorStateFile(path).read()
    assert state is None and damage
