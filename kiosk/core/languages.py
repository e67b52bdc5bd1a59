"""The languages the kiosk speaks: one table holding every fact about each of them.

Every other place reads :data:`LANGUAGES`: the language picker, the translations the build
compiles and the resources list, the on-screen keyboard's layouts, "touch to start" on Attract,
dates (Babel), the bundled fonts and the files the bundle keeps. Adding a language is a row here,
its ``assets/i18n/kiosk_<code>.ts`` translation and its line in ``resources.qrc`` (docs/ARCHITECTURE.md).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """A UI language.

    Attributes:
        code: ISO 639-1 code used in content packs, translations and config.
        native_name: the language's name in its own script, for the picker.
        rtl: True when the language is written right to left.
        qt_name: the Qt locale (``QLocale``): numbers, plural forms, the translation's locale.
        keyboard_locale: the Qt Virtual Keyboard layout (a folder of its ``Layouts/``; Chinese
            is pinyin).
        touch_to_start: "Touch to start" in the language, shown in turn on Attract whatever the
            UI language is.
        babel_locale: the Babel (CLDR) locale for dates.
        font: the bundled font family that covers the language's script (kiosk/services/fonts.py;
            built by build_spec/subset_fonts.py).
    """

    code: str
    native_name: str
    rtl: bool
    qt_name: str
    keyboard_locale: str
    touch_to_start: str
    babel_locale: str
    font: str


LATIN_CYRILLIC_FONT = "BlueHeart Noto Sans"
ARABIC_FONT = "BlueHeart Noto Sans Arabic"
CHINESE_FONT = "BlueHeart Noto Sans SC"

#: The six UN languages, in the picker's order (and Attract's).
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", False, "en_GB", "en_GB", "Touch to start", "en_GB", LATIN_CYRILLIC_FONT),
    Language("fr", "Français", False, "fr_FR", "fr_FR", "Touchez pour commencer", "fr_FR", LATIN_CYRILLIC_FONT),
    Language("es", "Español", False, "es_ES", "es_ES", "Toque para empezar", "es_ES", LATIN_CYRILLIC_FONT),
    Language("ar", "العربية", True, "ar_EG", "ar_AR", "المس الشاشة للبدء", "ar_EG", ARABIC_FONT),
    Language("ru", "Русский", False, "ru_RU", "ru_RU", "Коснитесь, чтобы начать", "ru_RU", LATIN_CYRILLIC_FONT),
    Language("zh", "中文", False, "zh_CN", "zh_CN", "轻触屏幕开始", "zh_CN", CHINESE_FONT),
)

LANGUAGE_CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
#: The UI language of a visit when the configuration names none.
DEFAULT_LANGUAGE = "en"
#: The language the UI is written in (its translation file holds only plural forms) and the one
#: every content text has: a text missing in the visitor's language is shown in it.
FALLBACK_LANGUAGE = "en"


def language(code: str) -> Language:
    """Return the language with ``code``; raise KeyError for one the kiosk does not speak."""
    for lang in LANGUAGES:
        if lang.code == code:
            return lang
    raise KeyError(code)


def language_or_fallback(code: str) -> Language:
    """The language with ``code``, or English for a code the kiosk does not speak."""
    try:
        return language(code)
    except KeyError:
        return language(FALLBACK_LANGUAGE)


def text_in(texts: Mapping[str, str], lang: str) -> tuple[str, str]:
    """``(text, language used)``: the text in ``lang``, else in English, else any text, else ``""``.

    The one English-fallback rule for content: a blank text counts as missing.
    """
    for code in (lang, FALLBACK_LANGUAGE, *texts):
        text = texts.get(code)
        if text and text.strip():
            return text, code
    return "", lang


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
        names = Locale(FALLBACK_LANGUAGE).languages
    base = code.replace("-", "_").split("_")[0].lower()
    return names.get(code) or names.get(base) or code
