"""Dates shown to visitors, in the UI language (CLDR data through babel)."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date, format_interval, format_skeleton

from kiosk.core.languages import language_or_fallback


def _locale(lang: str) -> str:
    return language_or_fallback(lang).babel_locale


def news_date(start: date, end: date | None, lang: str) -> str:
    """A news item's date, or its range, written the way ``lang`` writes dates.

    ``news_date(date(2009, 8, 3), date(2009, 8, 4), "en")`` → ``"3 – 4 August 2009"``.

    Within one year the range keeps the full month names of the single dates: the
    locale's day-and-month interval is put where the long date has its day and month
    (CLDR's year-month-day intervals abbreviate the month in several locales).
    """
    locale = _locale(lang)
    if end is None or end == start:
        return format_date(start, format="long", locale=locale)
    if start.year == end.year:
        long_end = format_date(end, format="long", locale=locale)
        day_month_end = format_skeleton("MMMMd", end, locale=locale)
        if long_end.count(day_month_end) == 1:
            days = format_interval(start, end, skeleton="MMMMd", locale=locale)
            return long_end.replace(day_month_end, days)
    return format_interval(start, end, skeleton="yMMMMd", locale=locale)
