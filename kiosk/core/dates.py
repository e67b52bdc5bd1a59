"""Dates shown to visitors, in the UI language (CLDR data through babel)."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date, format_interval

from kiosk.core.languages import language


def _locale(lang: str) -> str:
    try:
        return language(lang).qt_name
    except KeyError:
        return language("en").qt_name


def news_date(start: date, end: date | None, lang: str) -> str:
    """A news item's date, or its range, written the way ``lang`` writes dates.

    ``news_date(date(2009, 8, 3), date(2009, 8, 4), "en")`` → ``"3 – 4 Aug 2009"`` (CLDR's
    interval pattern; it abbreviates the month where the locale's data does).
    """
    locale = _locale(lang)
    if end is None or end == start:
        return format_date(start, format="long", locale=locale)
    return format_interval(start, end, skeleton="yMMMMd", locale=locale)
