"""The admin door: hidden corner gesture, PIN hashing and the rules for new PINs.

Pure Python; time is passed in as ``now`` (seconds). The PIN is never stored, only a salted
scrypt hash in the form ``scrypt$n$r$p$salt_hex$hash_hex``. The lockout lives in
:mod:`kiosk.core.door_lockout`.
"""

from __future__ import annotations

import enum
import os
from collections import deque
from dataclasses import dataclass, field

PIN_MIN_DIGITS = 6
PIN_MAX_DIGITS = 12
OLD_PIN_MIN_DIGITS = 4
"""PINs set before the 6-digit rule had 4 or more digits; they keep working, with a warning."""
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1

#: The most common 6-digit PINs in published studies of leaked PIN and password lists: the
#: top 20 six-digit codes of DataGenetics' study of 3.4 million codes (N. Berry, 2012) and
#: the top 10 of Markert et al., "This PIN Can Be Easily Guessed" (IEEE S&P 2020), which are
#: all among them. Runs and repeated digits are refused by their own rules as well.
COMMON_PINS = frozenset(
    {
        "123456", "123123", "111111", "121212", "123321", "666666", "000000", "654321", "696969", "112233",
        "159753", "292513", "131313", "123654", "222222", "789456", "999999", "101010", "777777", "007007",
    }
)


class PinProblem(enum.Enum):
    """Why a new PIN is refused."""

    NOT_DIGITS = "not_digits"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    ALL_SAME = "all_same"  # 777777
    STRAIGHT_RUN = "straight_run"  # 123456, 987654, 890123
    COMMON = "common"  # among the most common 6-digit PINs


class PinStrength(enum.Enum):
    """How a stored PIN stands against the rules for new PINs."""

    MEETS_RULES = "meets-rules"
    BELOW_RULES = "below-rules"  # an older 4- or 5-digit (or common) PIN: it works, Admin warns
    UNKNOWN = "unknown"  # stored before the rules; known once the organiser enters it


def _is_straight_run(pin: str) -> bool:
    """Each digit one more (or one less) than the one before, wrapping 9→0 (or 0→9)."""
    steps = {(int(b) - int(a)) % 10 for a, b in zip(pin, pin[1:], strict=False)}
    return steps in ({1}, {9})


def check_new_pin(pin: str) -> PinProblem | None:
    """Return why ``pin`` cannot be used as a new admin PIN, or None when it can."""
    if not pin.isascii() or not pin.isdigit():
        return PinProblem.NOT_DIGITS
    if len(pin) < PIN_MIN_DIGITS:
        return PinProblem.TOO_SHORT
    if len(pin) > PIN_MAX_DIGITS:
        return PinProblem.TOO_LONG
    if len(set(pin)) == 1:
        return PinProblem.ALL_SAME
    if _is_straight_run(pin):
        return PinProblem.STRAIGHT_RUN
    if pin in COMMON_PINS:
        return PinProblem.COMMON
    return None


def strength_of(pin: str) -> PinStrength:
    """How a PIN that opened the door stands against the rules for new PINs."""
    return PinStrength.MEETS_RULES if check_new_pin(pin) is None else PinStrength.BELOW_RULES


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
