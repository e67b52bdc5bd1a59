"""News dates in the visitor's language."""

from datetime import date

import pytest

from kiosk.core.dates import news_date


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "28 August 2009"), ("fr", "28 août 2009"), ("es", "28 de agosto de 2009")],
)
def test_single_day(lang, expected):
    assert news_date(date(2009, 8, 28), None, lang) == expected


def test_range_within_a_month_is_one_range():
    assert news_date(date(2009, 8, 3), date(2009, 8, 4), "en") == "3\u2009–\u20094 August 2009"
    assert news_date(date(2009, 8, 3), date(2009, 8, 4), "fr") == "3\u2009–\u20094 août 2009"
    assert news_date(date(2009, 8, 3), date(2009, 8, 4), "es") == "3–4 de agosto de 2009"
    assert news_date(date(2009, 8, 3), date(2009, 8, 4), "zh") == "2009年8月3–4日"


def test_range_across_months():
    assert news_date(date(2008, 11, 30), date(2008, 12, 3), "en") == "30 November\u2009–\u20093 December 2008"


def test_range_across_years_keeps_both_years():
    assert news_date(date(2008, 12, 30), date(2009, 1, 3), "en") == "30 Dec 2008\u2009–\u20093 Jan 2009"


def test_other_scripts_and_unknown_language():
    assert "2009" in news_date(date(2009, 8, 28), None, "zh") or "٢٠٠٩" in news_date(date(2009, 8, 28), None, "ar")
    assert news_date(date(2009, 8, 28), None, "xx") == "28 August 2009"
