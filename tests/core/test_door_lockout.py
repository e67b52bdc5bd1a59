"""The PIN pad's growing lockout, with time passed in (property tests of the schedule)."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.door_lockout import (
    FAILURES_PER_LOCK,
    KEPT_ATTEMPT_TIMES,
    LONGEST_LOCK,
    DoorState,
    damaged_state,
    lock_seconds,
)

DAY = 24 * 60 * 60
T0 = 1_800_000_000.0  # a Unix time in 2027


class Pad:
    """Drives a DoorState as the door does: a PIN entered while locked is refused unchecked."""

    def __init__(self, state: DoorState | None = None) -> None:
        self.state = state or DoorState()
        self.checked_wrong: list[float] = []  # times of the wrong PINs actually checked
        self.refused = 0

    def wrong(self, now: float) -> bool:
        """Enter a wrong PIN; True when it was checked (the pad was open)."""
        if self.state.is_locked(now):
            self.refused += 1
            return False
        self.state = self.state.wrong_pin(now)
        self.checked_wrong.append(now)
        return True

    def right(self, now: float) -> bool:
        if self.state.is_locked(now):
            return False
        self.state = self.state.right_pin(now)
        return True


def test_the_schedule_of_the_issue():
    assert [lock_seconds(n) for n in range(1, 11)] == [
        60, 300, 1800, 3600, 7200, 14400, 28800, 57600, DAY, DAY,
    ]


@given(st.integers(min_value=1, max_value=10_000))
def test_each_lock_is_at_least_as_long_as_the_one_before_and_at_most_a_day(n):
    assert lock_seconds(n) <= lock_seconds(n + 1) <= LONGEST_LOCK
    if n >= 3:
        assert lock_seconds(n + 1) == min(2 * lock_seconds(n), LONGEST_LOCK)


def test_lock_numbers_start_at_one():
    with pytest.raises(ValueError):
        lock_seconds(0)


def test_five_wrong_pins_lock_for_a_minute_then_five_more_for_five_minutes():
    pad = Pad()
    for second in range(4):
        assert pad.wrong(T0 + second)
    assert not pad.state.is_locked(T0 + 3)
    assert pad.wrong(T0 + 4)
    assert pad.state.seconds_left(T0 + 4) == 60
    assert pad.state.is_locked(T0 + 63.9)
    assert not pad.wrong(T0 + 63.9)  # refused, not counted
    assert not pad.state.is_locked(T0 + 64)
    for second in range(64, 69):
        assert pad.wrong(T0 + second)
    assert pad.state.seconds_left(T0 + 68) == 300
    assert pad.state.since_entry.count == 10
    assert pad.refused == 1


def test_a_right_pin_starts_over_and_keeps_the_wrong_ones_for_admin():
    pad = Pad()
    for second in range(7):  # one lock, then two more wrong
        pad.wrong(T0 + second * 100)
    assert pad.right(T0 + 1000)
    assert pad.state.locks == 0 and pad.state.pending == 0
    assert pad.state.before_entry.count == 7
    assert pad.state.before_entry.times == tuple(T0 + s * 100 for s in range(7))
    assert pad.state.last_entry == T0 + 1000
    for second in range(4):
        pad.wrong(T0 + 2000 + second)
    assert not pad.state.is_locked(T0 + 2004)  # the count started over: 4 of 5
    assert pad.wrong(T0 + 2005)
    assert pad.state.seconds_left(T0 + 2005) == 60  # and the schedule too


# A try: (seconds since the previous try, right PIN?)
tries = st.lists(
    st.tuples(st.floats(min_value=0, max_value=3 * DAY, allow_nan=False), st.booleans()),
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(tries)
def test_any_sequence_of_tries_follows_the_schedule(sequence):
    pad = Pad()
    now = T0
    wrong_in_a_row = 0
    locks = 0
    for gap, right in sequence:
        now += gap
        was_locked = pad.state.is_locked(now)
        if right:
            opened = pad.right(now)
            assert opened is not was_locked
            if opened:
                wrong_in_a_row, locks = 0, 0
                assert pad.state.locks == 0 and pad.state.since_entry.count == 0
        else:
            checked = pad.wrong(now)
            assert checked is not was_locked
            if checked:
                wrong_in_a_row += 1
                if wrong_in_a_row % FAILURES_PER_LOCK == 0:
                    locks += 1
                    assert pad.state.seconds_left(now) == lock_seconds(locks)
                else:
                    assert not pad.state.is_locked(now)
        assert 0 <= pad.state.seconds_left(now) <= LONGEST_LOCK
        assert pad.state.locks == locks


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=2 * DAY, allow_nan=False), min_size=1, max_size=300))
def test_without_the_right_pin_no_day_sees_more_than_forty_pins_checked(gaps):
    pad = Pad()
    now = T0
    for gap in gaps:
        now += gap
        pad.wrong(now)
    times = pad.checked_wrong
    for start, first in enumerate(times):
        in_a_day = sum(1 for t in times[start:] if t < first + DAY)
        assert in_a_day <= 40
        if pad.state.locks >= 10 and start >= 9 * FAILURES_PER_LOCK:
            assert in_a_day <= FAILURES_PER_LOCK  # once locks last a day: 5 a day


def test_a_patient_guesser_gets_five_tries_a_day_after_the_first_day():
    pad = Pad()
    now = T0
    while now < T0 + 30 * DAY:
        if not pad.wrong(now):
            now = pad.state.unlocks_at(now)
    # Eight locks the first day (40 PINs); from the ninth (at 1.3 days) one lock a day: 29 more.
    assert len(pad.checked_wrong) == 40 + 5 * 29
    # A 6-digit PIN: a million codes at five a day is over 500 years.


@given(st.floats(min_value=0, max_value=10 * DAY, allow_nan=False))
def test_a_clock_put_back_never_makes_a_lock_longer(back):
    pad = Pad()
    for second in range(FAILURES_PER_LOCK * 9):
        now = T0 + second * 2 * DAY
        pad.wrong(now)
    now = T0 + (FAILURES_PER_LOCK * 9 - 1) * 2 * DAY
    assert pad.state.seconds_left(now) == DAY
    assert pad.state.seconds_left(now - back) <= DAY


@settings(max_examples=200, deadline=None)
@given(tries)
def test_the_state_survives_being_written_and_read(sequence):
    pad = Pad()
    now = T0
    for gap, right in sequence:
        now += gap
        pad.right(now) if right else pad.wrong(now)
    kept = json.loads(json.dumps(pad.state.to_dict()))
    assert DoorState.from_dict(kept) == pad.state


def test_only_the_latest_attempt_times_are_kept_but_all_are_counted():
    state = DoorState()
    now = T0
    for _ in range(KEPT_ATTEMPT_TIMES + 50):
        now = state.unlocks_at(now) + 1
        state = state.wrong_pin(now)
    assert state.since_entry.count == KEPT_ATTEMPT_TIMES + 50
    assert len(state.since_entry.times) == KEPT_ATTEMPT_TIMES
    assert state.since_entry.times[-1] == now


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["version", "pending", "locks", "locked_until", "x"]),
                       st.one_of(st.none(), st.integers(), st.floats(), st.text(max_size=3)), max_size=5))
def test_a_damaged_state_is_refused_with_a_value_error(data):
    with pytest.raises(ValueError):
        DoorState.from_dict(data)


def test_a_damaged_state_file_locks_the_pad_for_a_minute():
    state = damaged_state(T0)
    assert state.seconds_left(T0) == 60
    assert not state.is_locked(T0 + 60)


def test_a_pin_set_on_the_computer_lifts_the_lock_but_keeps_the_list():
    pad = Pad()
    for second in range(12):
        pad.wrong(T0 + second * 400)
    lifted = pad.state.lifted()
    assert not lifted.is_locked(T0 + 12 * 400)
    assert lifted.since_entry.count == 12 and lifted.locks == 0
