"""The self-test warns (and still passes) when this computer's admin PIN is missing or old."""

from __future__ import annotations

from kiosk.core.admin_door import PinStrength, hash_pin
from kiosk.core.paths import user_paths
from kiosk.diagnostics.self_test import SELF_TEST_CHECKS, check_admin_pin
from kiosk.storage.pin_file import PinFile


def _report():
    lines = []
    return lines, lines.append


def test_the_pin_check_is_part_of_the_self_test():
    assert check_admin_pin in SELF_TEST_CHECKS


def test_no_pin_is_a_warning():
    lines, report = _report()
    check_admin_pin(None, report)
    assert lines[0].startswith("warn admin PIN: none set")


def test_an_old_short_pin_is_a_warning_until_it_is_replaced():
    PinFile(user_paths().pin_file).write(hash_pin("2468"), PinStrength.BELOW_RULES)
    lines, report = _report()
    check_admin_pin(None, report)
    assert lines == [
        "warn admin PIN is below the rules for new PINs (4 or 5 digits were allowed); "
        "set a new one of 6 to 12 digits with 'blueheart-kiosk set-pin'"
    ]


def test_a_pin_from_before_the_rules_is_a_warning():
    PinFile(user_paths().pin_file).write(hash_pin("482916"))
    lines, report = _report()
    check_admin_pin(None, report)
    assert lines[0].startswith("warn admin PIN was set before the rules")


def test_a_pin_that_meets_the_rules_is_ok():
    PinFile(user_paths().pin_file).write(hash_pin("30571948"), PinStrength.MEETS_RULES)
    lines, report = _report()
    check_admin_pin(None, report)
    assert lines[0].startswith("ok   admin PIN meets the rules")
