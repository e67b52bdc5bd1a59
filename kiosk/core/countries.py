"""Countries for the pledge form: ISO 3166-1 alpha-2 codes, names in the UI language (CLDR via babel)."""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from kiosk.core.languages import FALLBACK_LANGUAGE

# CLDR territories with two-letter codes that are not ISO 3166-1 countries:
# exceptionally reserved or user-assigned codes, groupings and pseudo-locales.
_NOT_ISO_3166 = frozenset("AC CP CQ DG EA EU EZ IC QO TA UN XA XB XK ZZ".split())


@functools.lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """The 249 ISO 3166-1 alpha-2 codes."""
    from babel import Locale  # CLDR data: imported on first use, off the first frame

    return frozenset(
        code
        for code in Locale("en").territories
        if isinstance(code, str) and len(code) == 2 and code.isascii() and code.isalpha() and code not in _NOT_ISO_3166
    )


def __getattr__(name: str) -> frozenset[str]:
    # ``COUNTRY_CODES`` is computed on first use, so importing this module stays cheap.
    if name == "COUNTRY_CODES":
        return country_codes()
    raise AttributeError(name)


@dataclass(frozen=True)
class Country:
    """A country as shown in the picker."""

    code: str
    name: str


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for matching ("Côte" → "cote")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=8)
def countries(language: str) -> tuple[Country, ...]:
    """Every country, named in ``language`` (falling back to English), sorted by name."""
    from babel import Locale

    try:
        names = Locale.parse(language).territories
    except (ValueError, LookupError):
        names = Locale(FALLBACK_LANGUAGE).territories
    english = Locale(FALLBACK_LANGUAGE).territories
    found = [Country(code, names.get(code) or english[code]) for code in country_codes()]
    return tuple(sorted(found, key=lambda c: (fold(c.name), c.code)))


def country_name(code: str, language: str) -> str:
    """The name of ``code`` in ``language``, or "" for an unknown code."""
    for country in countries(language):
        if country.code == code:
            return country.name
    return ""


def search(language: str, typed: str) -> tuple[Country, ...]:
    """The countries whose name matches what was typed, best matches first.

    A name matches when it starts with the typed text, then when one of its
    words does, then when it contains it anywhere; the ISO code also matches.
    Matching ignores case and accents.
    """
    query = fold(typed.strip())
    if not query:
        return countries(language)
    starts, word_starts, contains = [], [], []
    for country in countries(language):
        name = fold(country.name)
        if name.startswith(query) or fold(country.code) == query:
            starts.append(country)
        elif any(word.startswith(query) for word in name.replace("-", " ").split()):
            word_starts.append(country)
        elif query in name:
            contains.append(country)
    return tuple(starts + word_starts + contains)
