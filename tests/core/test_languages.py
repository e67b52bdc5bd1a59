"""Text direction: every text is painted in its own direction, whatever the UI language."""

from __future__ import annotations

from kiosk.core.languages import is_right_to_left


def test_a_text_has_the_direction_of_its_first_letter_that_has_one():
    assert is_right_to_left("Human beings are not for sale.") is False
    assert is_right_to_left("«القلب الأزرق»") is True
    assert is_right_to_left("2009 — Голубое сердце") is False
    assert is_right_to_left("30 تموز/يوليه") is True
    assert is_right_to_left("蓝心") is False
    assert is_right_to_left("2009.") is None
    assert is_right_to_left("") is None
