"""``blueheart-kiosk set-pin``: the rules for new PINs, each refusal with its reason."""

from __future__ import annotations

import io
import sys

import pytest

from kiosk.cli import main
from kiosk.core.admin_door import PinStrength, verify_pin
from kiosk.core.door_lockout import DoorState
from kiosk.core.paths import user_paths
from kiosk.storage.pin_file import DoorStateFile, PinFile

STRAIGHT_RUN = "its digits run straight up or down (like 123456 or 987654)"


def _set_pin(monkeypatch, pin: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(pin + "\n"))
    return main(["set-pin", "--pin-stdin"])


@pytest.mark.parametrize(
    "pin, message",
    [
        ("12a456", "PIN not accepted: use digits only (the PIN pad has digits only); nothing was changed."),
        ("24680", "PIN not accepted: use at least 6 digits; nothing was changed."),
        ("2468", "PIN not accepted: use at least 6 digits; nothing was changed."),
        ("2946107385114", "PIN not accepted: use at most 12 digits; nothing was changed."),
        ("555555", "PIN not accepted: all its digits are the same; anyone would try it; nothing was changed."),
        ("123456", f"PIN not accepted: {STRAIGHT_RUN}; anyone would try it; nothing was changed."),
        ("987654", f"PIN not accepted: {STRAIGHT_RUN}; anyone would try it; nothing was changed."),
        ("159753", "PIN not accepted: it is one of the most common 6-digit PINs; anyone would try it; nothing was changed."),
        ("121212", "PIN not accepted: it is one of the most common 6-digit PINs; anyone would try it; nothing was changed."),
    ],
)
def test_set_pin_refuses_with_a_clear_reason(monkeypatch, capsys, pin, message):
    assert _set_pin(monkeypatch, pin) == 1
    assert capsys.readouterr().err.strip() == message
    assert not user_paths().pin_file.exists()


def test_a_refused_pin_leaves_the_old_one_in_place(monkeypatch, capsys):
    assert _set_pin(monkeypatch, "482916") == 0
    before = user_paths().pin_file.read_bytes()
    assert _set_pin(monkeypatch, "111111") == 1
    assert user_paths().pin_file.read_bytes() == before


def test_a_new_pin_is_marked_as_meeting_the_rules(monkeypatch, capsys):
    assert _set_pin(monkeypatch, "30571948") == 0
    record = PinFile(user_paths().pin_file).read_record()
    assert record.strength is PinStrength.MEETS_RULES
    assert verify_pin("30571948", record.pin_hash)


def test_a_new_pin_lifts_the_pad_lock_and_keeps_the_wrong_pins_listed(monkeypatch, capsys):
    state_file = DoorStateFile(user_paths().door_state_file)
    state = DoorState()
    for second in range(10):
        state = state.wrong_pin(1_800_000_000 + second * 1000)
    state_file.write(state)
    assert _set_pin(monkeypatch, "482916") == 0
    out = capsys.readouterr().out
    assert "lock was lifted (10 wrong PINs since the last right one" in out
    kept, _ = state_file.read()
    assert not kept.is_locked(1_800_000_000 + 9000)
    assert kept.since_entry.count == 10
