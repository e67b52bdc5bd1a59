"""Localized text: one string per UI language, English required, English fallback."""

from __future__ import annotations

from typing import Any

from pydantic import RootModel, model_validator
from pydantic_core import PydanticCustomError

from kiosk.core.languages import FALLBACK_LANGUAGE, LANGUAGE_CODES, text_in


class LocalizedText(RootModel[dict[str, str]]):
    """A visitor-facing text in several languages, e.g. ``{"en": "...", "fr": "..."}``.

    English ("en") is required and never blank; the other keys must be languages the
    kiosk speaks (fr, es, ar, ru, zh).
    """

    @model_validator(mode="before")
    @classmethod
    def _check_shape(cls, value: Any) -> Any:
        if isinstance(value, LocalizedText):
            return value.root
        if not isinstance(value, dict):
            raise PydanticCustomError(
                "localized_text_type",
                "expected texts by language, e.g. {example}, got {got}",
                {"example": '{"en": "...", "fr": "..."}', "got": _short_repr(value)},
            )
        unknown = sorted(str(key) for key in value if key not in LANGUAGE_CODES)
        if unknown:
            raise PydanticCustomError(
                "localized_text_language",
                "unknown language code {codes} (use {allowed})",
                {"codes": ", ".join(repr(code) for code in unknown), "allowed": ", ".join(LANGUAGE_CODES)},
            )
        for key, text in value.items():
            if not isinstance(text, str):
                raise PydanticCustomError(
                    "localized_text_value",
                    "the {lang} text must be text, got {got}",
                    {"lang": repr(key), "got": _short_repr(text)},
                )
        english = value.get(FALLBACK_LANGUAGE)
        if english is None:
            raise PydanticCustomError("localized_text_english", 'missing English text ("en" is required)')
        if not english.strip():
            raise PydanticCustomError("localized_text_english", 'the English text ("en") is empty')
        return value

    def get(self, lang: str) -> tuple[str, str]:
        """Return ``(text, language actually used)``, falling back to English.

        A blank translation counts as missing.
        """
        return text_in(self.root, lang)

    def text(self, lang: str) -> str:
        """The text in ``lang`` (or English when that language is missing)."""
        return self.get(lang)[0]

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages this text has, in the kiosk's language order."""
        return tuple(code for code in LANGUAGE_CODES if (self.root.get(code) or "").strip())


def _short_repr(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
