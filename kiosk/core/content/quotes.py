"""Quoted legal text: subparagraphs by language, and where each language's wording was read.

A legal definition's ``quote`` is a list of parts (one per subparagraph), each with its own
languages, so a card can show subparagraph (a) in the visitor's language and the rest in
English. A single text (``{"en": "...", "fr": "..."}``) is read as one part, as before.

Every language that appears in a quote names at least two sources in ``sources``: the URL it
was read at and the kind of source, one of them a UN-system or official government publication
(or the official text itself). A plain string is accepted as one source (an older pack's
citation of the official text, without a URL).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

from kiosk.core.content.fields import LanguageCode, WebLink
from kiosk.core.content.text import LocalizedText

#: ``treaty``: the official text itself (UN Treaty Collection, A/RES/55/25);
#: ``un``: a UN-system publication quoting it (UN, UNODC, OHCHR, ESCWA, IOM, ...);
#: ``government``: an official government publication;
#: ``independent``: any other source that gives the same words.
SourceKind = Literal["treaty", "un", "government", "independent"]
AUTHORITATIVE_KINDS = ("treaty", "un", "government")
MIN_SOURCES = 2


class QuoteSource(BaseModel):
    """One place a quoted language's wording was read."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(min_length=1)
    kind: SourceKind
    url: WebLink | None = None
    note: str | None = None

    @classmethod
    def coerce(cls, value: Any) -> Any:
        """A plain string is a citation of the official text (the form older packs use)."""
        if isinstance(value, str) and value.strip():
            return {"name": value.strip(), "kind": "treaty"}
        return value


def quote_parts(value: Any) -> Any:
    """``quote`` as a list of parts: a single text becomes one part."""
    if isinstance(value, (dict, LocalizedText)):
        return [value]
    return value


def source_lists(value: Any) -> Any:
    """``sources`` as lists per language: a single source (string or object) becomes a list."""
    if not isinstance(value, dict):
        return value
    shaped = {}
    for lang, sources in value.items():
        items = sources if isinstance(sources, list) else [sources]
        shaped[lang] = [QuoteSource.coerce(item) for item in items]
    return shaped


def quoted_languages(parts: list[LocalizedText]) -> tuple[str, ...]:
    """Every language that appears in one of the parts, in the kiosk's language order."""
    seen: list[str] = []
    for part in parts:
        for lang in part.languages:
            if lang not in seen:
                seen.append(lang)
    return tuple(seen)


def check_sources(parts: list[LocalizedText], sources: dict[LanguageCode, list[QuoteSource]]) -> None:
    """Raise the first problem with the sources of a quote (one clear line for an organiser)."""
    missing = [lang for lang in quoted_languages(parts) if not sources.get(lang)]
    if missing:
        raise PydanticCustomError(
            "quote_source",
            "sources: every quoted language needs its sources; missing {langs}",
            {"langs": ", ".join(missing)},
        )
    for lang in quoted_languages(parts):
        found = sources[lang]
        if len(found) < MIN_SOURCES:
            raise PydanticCustomError(
                "quote_two_sources",
                "sources.{lang}: a quoted language needs {wanted} independent sources (URL and kind); found {found}",
                {"lang": lang, "wanted": MIN_SOURCES, "found": len(found)},
            )
        if not any(source.kind in AUTHORITATIVE_KINDS for source in found):
            raise PydanticCustomError(
                "quote_authority",
                "sources.{lang}: one source must be the official text, a UN-system or an official "
                "government publication (kind treaty, un or government)",
                {"lang": lang},
            )


def shown_parts(parts: list[LocalizedText], lang: str) -> list[tuple[str, str]]:
    """The parts as shown to a visitor: ``(text, language)``, consecutive parts in the same
    language joined by a line break."""
    shown: list[tuple[str, str]] = []
    for part in parts:
        text, used = part.get(lang)
        if shown and shown[-1][1] == used:
            shown[-1] = (shown[-1][0] + "\n" + text, used)
        else:
            shown.append((text, used))
    return shown
