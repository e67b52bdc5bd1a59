"""PIN hashing, the wrong-PIN lockout and the hidden corner gesture."""

import pytest

from kiosk.core.admin_door import CornerTaps, PinAttempts, PinProblem, check_new_pin, hash_pin, verify_pin


def test_pin_is_stored_as_a_salted_hash():
    stored = hash_pin("2468")
    assert "2468" not in stored
    assert stored.startswith("scrypt$")
    assert hash_pin("2468") != stored  # a fresh salt each time
    assert verify_pin("2468", stored)
    assert not verify_pin("2469", stored)


@pytest.mark.parametrize("damaged", ["", "garbage", "scrypt$1$2$3$zz$zz", "md5$x$y$z$aa$bb"])
def test_a_damaged_hash_never_opens_the_door(damaged):
    assert not verify_pin("1234", damaged)


@pytest.mark.parametrize(
    "pin, problem",
    [("1234", None), ("12a4", PinProblem.NOT_DIGITS), ("123", PinProblem.TOO_SHORT),
     ("1" * 13, PinProblem.TOO_LONG), ("١٢٣٤", PinProblem.NOT_DIGITS)],
)
def test_new_pin_rules(pin, problem):
    assert check_new_pin(pin) is problem


def test_five_wrong_pins_lock_for_a_minute():
    attempts = PinAttempts()
    for second in range(4):
        assert not attempts.record_failure(second)
    assert attempts.record_failure(4)
    assert attempts.is_locked(4)
    assert attempts.seconds_locked(4) == 60
    assert attempts.is_locked(63.9)
    assert not attempts.is_locked(64)


def test_a_right_pin_clears_the_failures():
    attempts = PinAttempts()
    for second in range(4):
        attempts.record_failure(second)
    attempts.record_success()
    assert not attempts.record_failure(5)


def test_five_corner_taps_within_three_seconds_open_the_door():
    taps = CornerTaps()
    assert [taps.tap(t) for t in (0, 0.5, 1.0, 1.5)] == [False] * 4
    assert taps.tap(2.0)


def test_slow_taps_do_not_count():
    taps = CornerTaps()
    assert not any(taps.tap(t) for t in (0, 1, 2, 3, 4, 5, 6))


def test_a_touch_and_its_synthesised_click_are_one_tap():
    taps = CornerTaps()
    for t in (0, 0.01, 0.5, 0.51, 1.0, 1.01, 1.5, 1.51):
        assert not taps.tap(t)
    assert taps.tap(2.0)
