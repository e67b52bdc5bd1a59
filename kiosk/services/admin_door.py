"""The admin door: checks PINs against the stored hash and enforces the lockout."""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable

from kiosk.core.admin_door import PinAttempts, verify_pin
from kiosk.storage.pin_file import PinFile

log = logging.getLogger(__name__)


class PinResult(enum.Enum):
    """The answer to a PIN try."""

    ACCEPTED = "accepted"
    WRONG = "wrong"
    LOCKED = "locked"  # too many wrong tries: wait
    NO_PIN = "no_pin"  # no PIN set on this kiosk: the door stays shut


class AdminDoor:
    """Opens Admin for the right PIN only.

    With no PIN set the door never opens: the kiosk cannot be administered from the screen
    until someone with access to the machine runs ``blueheart-kiosk set-pin``.
    """

    def __init__(self, pin_file: PinFile, clock: Callable[[], float] = time.monotonic) -> None:
        self._pin_file = pin_file
        self._clock = clock
        self.attempts = PinAttempts()

    def has_pin(self) -> bool:
        return self._pin_file.read() is not None

    def seconds_locked(self) -> int:
        return self.attempts.seconds_locked(self._clock())

    def try_pin(self, pin: str) -> PinResult:
        now = self._clock()
        stored = self._pin_file.read()
        if stored is None:
            return PinResult.NO_PIN
        if self.attempts.is_locked(now):
            return PinResult.LOCKED
        if verify_pin(pin, stored):
            self.attempts.record_success()
            log.info("admin opened")
            return PinResult.ACCEPTED
        locked = self.attempts.record_failure(now)
        log.warning("wrong admin PIN%s", "; pad locked for a minute" if locked else "")
        return PinResult.LOCKED if locked else PinResult.WRONG
