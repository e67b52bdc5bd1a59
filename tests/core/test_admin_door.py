"""PIN hashing, the rules for new PINs and the hidden corner gesture (the lockout: test_door_lockout)."""

import pytest

from kiosk.core.admin_door import (
    COMMON_PINS,
    CornerTaps,
    PinProblem,
    PinStrength,
    check_new_pin,
    hash_pin,
    strength_of,
    verify_pin,
)


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
    [
        ("482916", None),
        ("294017583620", None),
        ("12a4", PinProblem.NOT_DIGITS),
        ("١٢٣٤٥٦", PinProblem.NOT_DIGITS),  # Arabic-Indic digits: not on the pad
        ("", PinProblem.NOT_DIGITS),
        ("2468", PinProblem.TOO_SHORT),
        ("24681", PinProblem.TOO_SHORT),
        ("2" * 13, PinProblem.TOO_LONG),
        ("777777", PinProblem.ALL_SAME),
        ("000000000", PinProblem.ALL_SAME),
        ("123456", PinProblem.STRAIGHT_RUN),
        ("987654", PinProblem.STRAIGHT_RUN),
        ("3456789", PinProblem.STRAIGHT_RUN),
        ("890123", PinProblem.STRAIGHT_RUN),  # wrapping past 9 is still a run
        ("210987", PinProblem.STRAIGHT_RUN),
        ("123123", PinProblem.COMMON),
        ("159753", PinProblem.COMMON),
        ("696969", PinProblem.COMMON),
        ("123465", None),  # almost a run is allowed
    ],
)
def test_new_pin_rules(pin, problem):
    assert check_new_pin(pin) is problem


def test_the_common_list_holds_twenty_six_digit_pins():
    assert len(COMMON_PINS) == 20
    assert all(len(pin) == 6 and pin.isdigit() for pin in COMMON_PINS)


def test_old_short_pins_fall_below_the_rules():
    assert strength_of("2468") is PinStrength.BELOW_RULES
    assert strength_of("123456") is PinStrength.BELOW_RULES
    assert strength_of("482916") is PinStrength.MEETS_RULES


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
