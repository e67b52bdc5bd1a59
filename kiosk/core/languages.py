"""The six official UN languages the kiosk speaks."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """A UI language.

    Attributes:
        code: ISO 639-1 code used in content packs, translations and config.
        native_name: the language's name in its own script, for the picker.
        rtl: True when the language is written right to left.
        qt_name: locale name Qt and babel understand.
    """

    code: str
    native_name: str
    rtl: bool
    qt_name: str


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", False, "en_GB"),
    Language("fr", "Français", False, "fr_FR"),
    Language("es", "Español", False, "es_ES"),
    Language("ar", "العربية", True, "ar_EG"),
    Language("ru", "Русский", False, "ru_RU"),
    Language("zh", "中文", False, "zh_CN"),
)

LANGUAGE_CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
DEFAULT_LANGUAGE = "en"


def language(code: str) -> Language:
    """Return the language with ``code``; raise KeyError for one the kiosk does not speak."""
    for lang in LANGUAGES:
        if lang.code == code:
            return lang
    raise KeyError(code)


def is_right_to_left(text: str) -> bool | None:
    """The direction of ``text`` from its first letter that has one (Unicode bidi rule P2).

    True for Arabic or Hebrew, False for Latin, Cyrillic or Chinese, None for text with no such
    letter (digits, punctuation): the caller keeps the direction of its surroundings.
    """
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return None


def language_name(code: str, in_language: str) -> str:
    """The name of language ``code`` in language ``in_language`` (CLDR, via Babel).

    ``language_name("en", "ar")`` is "الإنجليزية": a visitor reads every language name in their
    own language. An unknown code comes back as it is.
    """
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(in_language.replace("-", "_")).languages
    except (UnknownLocaleError, ValueError):
        names = Locale("en").languages
    base = code.replace("-", "_").split("_")[0].lower()
    return names.get(code) or names.get(base) or code
