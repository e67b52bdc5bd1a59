"""The PIN pad's lockout: it grows with every lock and survives a restart.

Pure Python; ``now`` is passed in as wall-clock seconds (a Unix time), because the state is
kept on disk and must mean the same after a restart or a reboot.

The schedule: after 5 wrong PINs the pad locks for 1 minute; after the next 5, 5 minutes;
then 30 minutes; then each further lock doubles, up to 24 hours. A right PIN starts over.
A wrong PIN entered while the pad is locked is refused without being checked.

A clock put back (by hand, or a machine whose battery-backed clock reset) never makes a lock
longer than it was: the time left is at most the lock's own length.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

FAILURES_PER_LOCK = 5
"""Wrong PINs that lock the pad."""

FIRST_LOCKS = (60, 5 * 60, 30 * 60)
"""The first locks, in seconds; each later one doubles the one before."""

LONGEST_LOCK = 24 * 60 * 60
"""No lock is longer than a day."""

KEPT_ATTEMPT_TIMES = 200
"""How many wrong-PIN times are kept for Admin (the count goes on beyond)."""

STATE_VERSION = 1


def lock_seconds(lock_number: int) -> int:
    """How long the ``lock_number``-th lock (1 = the first) keeps the pad shut."""
    if lock_number < 1:
        raise ValueError(f"lock numbers start at 1, not {lock_number}")
    if lock_number <= len(FIRST_LOCKS):
        return FIRST_LOCKS[lock_number - 1]
    doublings = lock_number - len(FIRST_LOCKS)
    if doublings >= 16:  # 30 min * 2**16 is far past a day: no huge integers
        return LONGEST_LOCK
    return int(min(FIRST_LOCKS[-1] * 2**doublings, LONGEST_LOCK))


@dataclass(frozen=True)
class Attempts:
    """Wrong PINs over a stretch of time: how many, and the times of the latest ones."""

    count: int = 0
    times: tuple[float, ...] = ()

    def add(self, now: float) -> Attempts:
        return Attempts(self.count + 1, (self.times + (now,))[-KEPT_ATTEMPT_TIMES:])


@dataclass(frozen=True)
class DoorState:
    """Everything the lockout remembers, kept beside the PIN hash.

    Attributes:
        since_entry: wrong PINs since the last right one.
        pending: wrong PINs since the last lock (the next lock comes at 5).
        locks: how many locks since the last right PIN (sets the next lock's length).
        locked_until: when the current lock ends (0: never locked).
        lock_length: the current (or last) lock's length in seconds.
        before_entry: the wrong PINs between the two latest right ones (what Admin lists).
        last_entry: when the right PIN was last entered (None: never).
    """

    since_entry: Attempts = field(default_factory=Attempts)
    pending: int = 0
    locks: int = 0
    locked_until: float = 0.0
    lock_length: float = 0.0
    before_entry: Attempts = field(default_factory=Attempts)
    last_entry: float | None = None

    # -- questions ---------------------------------------------------------------------------
    def seconds_left(self, now: float) -> float:
        """Seconds until the pad opens again (0 when it is open)."""
        left = self.locked_until - now
        if left <= 0:
            return 0.0
        return min(left, self.lock_length)  # a clock put back never lengthens a lock

    def is_locked(self, now: float) -> bool:
        return self.seconds_left(now) > 0

    def unlocks_at(self, now: float) -> float:
        """The wall-clock time the pad opens again (``now`` when it is open)."""
        return now + self.seconds_left(now)

    # -- events ------------------------------------------------------------------------------
    def wrong_pin(self, now: float) -> DoorState:
        """A wrong PIN was entered (and checked: the pad was open)."""
        if self.is_locked(now):
            raise ValueError("a PIN entered while the pad is locked is never checked")
        pending = self.pending + 1
        state = replace(self, since_entry=self.since_entry.add(now), pending=pending)
        if pending < FAILURES_PER_LOCK:
            return state
        locks = self.locks + 1
        length = lock_seconds(locks)
        return replace(state, pending=0, locks=locks, locked_until=now + length, lock_length=length)

    def right_pin(self, now: float) -> DoorState:
        """The right PIN was entered: the count starts over; Admin lists what came before."""
        return DoorState(before_entry=self.since_entry, last_entry=now)

    def lifted(self) -> DoorState:
        """A new PIN was set on the computer itself: the lock ends, the wrong PINs stay listed."""
        return replace(self, pending=0, locks=0, locked_until=0.0, lock_length=0.0)

    # -- keeping -----------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION,
            "wrong_since_entry": self.since_entry.count,
            "wrong_since_entry_times": list(self.since_entry.times),
            "pending": self.pending,
            "locks": self.locks,
            "locked_until": self.locked_until,
            "lock_length": self.lock_length,
            "wrong_before_entry": self.before_entry.count,
            "wrong_before_entry_times": list(self.before_entry.times),
            "last_entry": self.last_entry,
        }

    @classmethod
    def from_dict(cls, data: Any) -> DoorState:
        """The state kept by :meth:`to_dict`.

        Raises:
            ValueError: the data is not a state this version wrote.
        """
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise ValueError("not a door state of version 1")
        try:
            state = cls(
                since_entry=_attempts(data["wrong_since_entry"], data["wrong_since_entry_times"]),
                pending=_count(data["pending"]),
                locks=_count(data["locks"]),
                locked_until=_time(data["locked_until"]),
                lock_length=_time(data["lock_length"]),
                before_entry=_attempts(data["wrong_before_entry"], data["wrong_before_entry_times"]),
                last_entry=None if data["last_entry"] is None else _time(data["last_entry"]),
            )
        except (KeyError, TypeError) as error:
            raise ValueError(f"door state incomplete: {error}") from error
        if state.pending >= FAILURES_PER_LOCK or state.lock_length > LONGEST_LOCK:
            raise ValueError("door state out of range")
        return state


def damaged_state(now: float) -> DoorState:
    """What an unreadable state file is taken for: a first lock starting ``now``.

    It fails shut, but briefly: the file is written atomically, so only a hand edit or a
    failing disk damages it.
    """
    return DoorState(locks=1, locked_until=now + lock_seconds(1), lock_length=lock_seconds(1))


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"not a count: {value!r}")
    return value


def _time(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value < 0:
        raise ValueError(f"not a time: {value!r}")
    return float(value)


def _attempts(count: Any, times: Any) -> Attempts:
    if not isinstance(times, list):
        raise ValueError("attempt times must be a list")
    kept = tuple(_time(t) for t in times)[-KEPT_ATTEMPT_TIMES:]
    total = _count(count)
    if total < len(kept):
        raise ValueError("fewer attempts than attempt times")
    return Attempts(total, kept)
