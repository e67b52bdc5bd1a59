"""The admin door: checks PINs against the stored hash and enforces the growing lockout.

The lockout's state is written to disk (atomically) before the answer to a PIN is given, so
a restart, a crash or a power cut never gives anyone a fresh set of tries.
"""

from __future__ import annotations

import enum
import logging
import math
import time
from collections.abc import Callable

from kiosk.core.admin_door import PinStrength, strength_of, verify_pin
from kiosk.core.door_lockout import Attempts, DoorState, damaged_state
from kiosk.storage.pin_file import DoorStateFile, PinFile

log = logging.getLogger(__name__)


class PinResult(enum.Enum):
    """The answer to a PIN try."""

    ACCEPTED = "accepted"
    WRONG = "wrong"
    LOCKED = "locked"  # too many wrong tries: wait
    NO_PIN = "no_pin"  # no PIN set on this kiosk: the door stays shut


def _duration(seconds: float) -> str:
    """For the log: 90 → '1 min 30 s'."""
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours} h" if hours else "", f"{minutes} min" if minutes else "", f"{secs} s" if secs else ""]
    return " ".join(p for p in parts if p) or "0 s"


class AdminDoor:
    """Opens Admin for the right PIN only.

    With no PIN set the door never opens: the kiosk cannot be administered from the screen
    until someone with access to the machine runs ``blueheart-kiosk set-pin``.

    Args:
        pin_file: the stored PIN hash.
        state_file: the lockout state kept beside it.
        clock: wall-clock seconds (Unix time); the lock must mean the same after a reboot.
    """

    def __init__(
        self, pin_file: PinFile, state_file: DoorStateFile, clock: Callable[[], float] = time.time
    ) -> None:
        self._pin_file = pin_file
        self._state_file = state_file
        self._clock = clock
        self._state: DoorState | None = None
        #: What went wrong keeping the lockout state (English, for Admin), or None.
        self.problem: str | None = None

    # -- the kept state ----------------------------------------------------------------------
    def reload(self) -> DoorState:
        """Read the kept state again (``set-pin`` may have lifted a lock meanwhile).

        While the state cannot be written, the one in memory is the truth: the file is older.
        """
        if self._state is not None and self.problem is not None:
            return self._state
        state, damage = self._state_file.read()
        if damage is not None:
            # Fail shut, briefly: a first lock from now, written back so it holds.
            log.error("PIN pad state %s unreadable (%s); the pad locks for a minute", self._state_file.path, damage)
            state = damaged_state(self._clock())
            self._keep(state)
        self._state = state or DoorState()
        return self._state

    @property
    def state(self) -> DoorState:
        return self._state if self._state is not None else self.reload()

    def _keep(self, state: DoorState) -> None:
        self._state = state
        try:
            self._state_file.write(state)
        except OSError as error:
            # The lock still holds in memory; Admin says the disk let it down.
            self.problem = f"{self._state_file.path}: cannot be written ({error}); a restart would forget the wrong PINs"
            log.error("PIN pad state: %s", self.problem)
        else:
            self.problem = None

    # -- questions ---------------------------------------------------------------------------
    def has_pin(self) -> bool:
        return self._pin_file.read() is not None

    def pin_strength(self) -> PinStrength | None:
        """How the stored PIN stands against the rules (None: no PIN set)."""
        record = self._pin_file.read_record()
        if record is None:
            return None
        return record.strength

    def seconds_locked(self) -> int:
        """Whole seconds until the pad opens again (0: open)."""
        return math.ceil(self.state.seconds_left(self._clock()))

    def unlocks_at(self) -> float:
        """When the pad opens again (wall-clock seconds)."""
        return self.state.unlocks_at(self._clock())

    def wrong_before_entry(self) -> Attempts:
        """The wrong PINs entered between the two latest right ones (what Admin lists)."""
        return self.state.before_entry

    # -- a try -------------------------------------------------------------------------------
    def try_pin(self, pin: str) -> PinResult:
        record = self._pin_file.read_record()
        if record is None:
            return PinResult.NO_PIN
        state = self.reload()
        now = self._clock()
        if state.is_locked(now):
            return PinResult.LOCKED
        if verify_pin(pin, record.pin_hash):
            self._keep(state.right_pin(now))
            if record.strength is PinStrength.UNKNOWN:
                self._note_strength(record.pin_hash, strength_of(pin))
            log.info("admin opened (%d wrong PINs since the last time)", state.since_entry.count)
            return PinResult.ACCEPTED
        state = state.wrong_pin(now)
        self._keep(state)
        if state.is_locked(now):
            log.warning(
                "wrong admin PIN (%d since the last right one); pad locked for %s (lock %d)",
                state.since_entry.count, _duration(state.lock_length), state.locks,
            )
            return PinResult.LOCKED
        log.warning("wrong admin PIN (%d since the last right one)", state.since_entry.count)
        return PinResult.WRONG

    def _note_strength(self, pin_hash: str, strength: PinStrength) -> None:
        """A PIN set before the rules: write down how it stands, for Admin and the self-test."""
        if strength is PinStrength.BELOW_RULES:
            log.warning("the admin PIN does not meet the rules for new PINs (6 to 12 digits, not common); replace it with set-pin")
        try:
            self._pin_file.write(pin_hash, strength)
        except OSError as error:
            log.error("cannot note the PIN's strength in %s: %s", self._pin_file.path, error)
