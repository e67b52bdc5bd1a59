"""The admin door: hidden corner gesture, PIN hashing and the wrong-PIN lockout.

Pure Python; time is passed in as ``now`` (seconds). The PIN is never stored, only a salted
scrypt hash in the form ``scrypt$n$r$p$salt_hex$hash_hex``.
"""

from __future__ import annotations

import enum
import os
from collections import deque
from dataclasses import dataclass, field

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 12
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


class PinProblem(enum.Enum):
    """Why a new PIN is refused."""

    NOT_DIGITS = "not_digits"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"


def check_new_pin(pin: str) -> PinProblem | None:
    """Return why ``pin`` cannot be used as an admin PIN, or None when it can."""
    if not pin.isascii() or not pin.isdigit():
        return PinProblem.NOT_DIGITS
    if len(pin) < PIN_MIN_DIGITS:
        return PinProblem.TOO_SHORT
    if len(pin) > PIN_MAX_DIGITS:
        return PinProblem.TOO_LONG
    return None


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """A salted scrypt hash of ``pin`` to store instead of the PIN."""
    import hashlib  # here, not at the top: OpenSSL stays off the kiosk's first frame

    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches the stored hash; False for a wrong PIN or a damaged hash."""
    import hashlib  # here, not at the top: OpenSSL stays off the kiosk's first frame
    import hmac

    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.strip().split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)


@dataclass
class PinAttempts:
    """Locks the PIN pad for ``lockout`` seconds after ``max_failures`` wrong PINs in a row."""

    max_failures: int = 5
    lockout: float = 60.0
    failures: int = 0
    locked_until: float = 0.0

    def is_locked(self, now: float) -> bool:
        return now < self.locked_until

    def seconds_locked(self, now: float) -> int:
        return max(0, int(self.locked_until - now + 0.999))

    def record_failure(self, now: float) -> bool:
        """Count a wrong PIN; True when this failure locks the pad."""
        self.failures += 1
        if self.failures >= self.max_failures:
            self.failures = 0
            self.locked_until = now + self.lockout
            return True
        return False

    def record_success(self) -> None:
        self.failures = 0


@dataclass
class CornerTaps:
    """Recognises the hidden gesture: ``count`` taps in the corner within ``window`` seconds.

    Taps closer together than ``debounce`` seconds are one tap (a touch and the mouse press
    Qt synthesises from it).
    """

    count: int = 5
    window: float = 3.0
    debounce: float = 0.08
    _taps: deque[float] = field(default_factory=deque)

    def tap(self, now: float) -> bool:
        """Record a corner tap; True when it completes the gesture."""
        if self._taps and now - self._taps[-1] < self.debounce:
            return False
        self._taps.append(now)
        while self._taps and now - self._taps[0] > self.window:
            self._taps.popleft()
        if len(self._taps) >= self.count:
            self._taps.clear()
            return True
        return False

    def clear(self) -> None:
        self._taps.clear()
