"""The content pack format: one pydantic model per JSON file.

A pack is a folder::

    pack.json          name, version, languages, hotline and contact lines
    learn.json         definitions, the three elements, the comparison, campaign cards, quiz
    news.json          dated news items (optionally scheduled with show_from / show_until)
    publications.json  tools and publications with a link
    media.json         videos and audio with poster and caption sidecar files
    pledge.json        the pledge's commitments and a name blocklist per language
    images/, media/    the files the JSON files refer to (paths relative to the pack)

Every list item has an ``id``: an organiser's pack overrides the bundled pack item by item.
Unknown fields are errors (``extra="forbid"``), so a misspelt field never goes unnoticed.
"""

from __future__ import annotations

import datetime
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from kiosk.core.content.fields import (
    CaptionFile,
    ImageFile,
    IsoDate,
    ItemId,
    LanguageCode,
    MediaFile,
    WebLink,
)
from kiosk.core.content.quotes import QuoteSource, check_sources, quote_parts, shown_parts, source_lists
from kiosk.core.content.text import LocalizedText


class PackModel(BaseModel):
    """Base of every pack model: strict about unknown fields, immutable once loaded.

    ``file_fields`` names the fields that refer to files inside the pack.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    file_fields: ClassVar[tuple[str, ...]] = ()


class Item(PackModel):
    """A list entry that an organiser's pack can replace by ``id``."""

    id: ItemId


# --- pack.json ---------------------------------------------------------------------------


class PackInfo(PackModel):
    """pack.json: what the pack is, and the organiser's lines shown to visitors."""

    format: Literal[1] = 1
    name: str = Field(min_length=1)
    version: str = Field(min_length=1)
    languages: list[LanguageCode] = Field(default_factory=lambda: ["en"])
    organiser: LocalizedText | None = None
    hotline: LocalizedText | None = None
    contact_lines: list[LocalizedText] = Field(default_factory=list)


# --- learn.json --------------------------------------------------------------------------


class LegalDefinition(Item):
    """A legal definition quoted verbatim, with where it comes from.

    ``quote`` holds only official wording, as a list of parts (one per subparagraph, each with
    its languages; a single text is one part). ``sources`` names, per quoted language, at least
    two places that wording was read (see :mod:`kiosk.core.content.quotes`). ``summary`` is the
    plain-words explanation.
    """

    title: LocalizedText
    quote: list[LocalizedText] = Field(min_length=1)
    citation: LocalizedText
    sources: dict[LanguageCode, list[QuoteSource]] = Field(min_length=1)
    summary: LocalizedText
    note: LocalizedText | None = None

    _parts = field_validator("quote", mode="before")(quote_parts)
    _lists = field_validator("sources", mode="before")(source_lists)

    @model_validator(mode="after")
    def _every_quote_has_two_sources(self) -> LegalDefinition:
        check_sources(self.quote, self.sources)
        return self

    def full_text(self, lang: str) -> str:
        """The whole quote as shown in ``lang`` (English where a part has no such version)."""
        return "\n".join(part.text(lang) for part in self.quote)

    def shown_parts(self, lang: str) -> list[tuple[str, str]]:
        """``(text, language)`` runs as a visitor in ``lang`` sees them."""
        return shown_parts(self.quote, lang)


class Element(Item):
    """One element of the trafficking definition: act, means or purpose."""

    title: LocalizedText
    question: LocalizedText
    items: list[LocalizedText] = Field(min_length=1)
    note: LocalizedText | None = None


class ComparisonRow(Item):
    """One row of the side-by-side "Trafficking or smuggling?" table."""

    topic: LocalizedText
    trafficking: LocalizedText
    smuggling: LocalizedText


class Card(Item):
    """A short card: a title, one idea, an optional image."""

    file_fields: ClassVar[tuple[str, ...]] = ("image",)
    title: LocalizedText
    body: LocalizedText
    image: ImageFile | None = None


QuizAnswer = Literal["trafficking", "smuggling", "both"]


class QuizQuestion(Item):
    """A scenario; the visitor answers Trafficking, Smuggling or Both and reads why."""

    scenario: LocalizedText
    answer: QuizAnswer
    explanation: LocalizedText


class LearnFile(PackModel):
    """learn.json. Every section is a list of items with ids; an override may hold a few."""

    about: list[Card] = Field(default_factory=list)
    definitions: list[LegalDefinition] = Field(default_factory=list)
    elements: list[Element] = Field(default_factory=list)
    comparison: list[ComparisonRow] = Field(default_factory=list)
    campaign: list[Card] = Field(default_factory=list)
    quiz: list[QuizQuestion] = Field(default_factory=list)


# --- news.json ---------------------------------------------------------------------------


class NewsItem(Item):
    """A dated news line. ``end_date`` makes it a range; show_from/show_until schedule it."""

    file_fields: ClassVar[tuple[str, ...]] = ("image",)
    date: IsoDate
    end_date: IsoDate | None = None
    headline: LocalizedText
    body: LocalizedText | None = None
    image: ImageFile | None = None
    link: WebLink | None = None
    show_from: IsoDate | None = None
    show_until: IsoDate | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> NewsItem:
        if self.end_date is not None and self.end_date < self.date:
            raise PydanticCustomError(
                "date_order", "end_date {end} is before date {start}",
                {"end": self.end_date.isoformat(), "start": self.date.isoformat()},
            )
        if self.show_from and self.show_until and self.show_until < self.show_from:
            raise PydanticCustomError(
                "date_order", "show_until {until} is before show_from {since}",
                {"until": self.show_until.isoformat(), "since": self.show_from.isoformat()},
            )
        return self

    def shown_on(self, today: datetime.date) -> bool:
        """True when the item's schedule lets it show on ``today`` (bounds included)."""
        if self.show_from is not None and today < self.show_from:
            return False
        return not (self.show_until is not None and today > self.show_until)


class NewsFile(PackModel):
    """news.json."""

    items: list[NewsItem] = Field(default_factory=list)


# --- publications.json -------------------------------------------------------------------


class Publication(Item):
    """A tool or publication a visitor can take away as a link (QR code)."""

    file_fields: ClassVar[tuple[str, ...]] = ("image",)
    title: LocalizedText
    description: LocalizedText
    url: WebLink
    image: ImageFile | None = None


class PublicationsFile(PackModel):
    """publications.json."""

    items: list[Publication] = Field(default_factory=list)


# --- media.json --------------------------------------------------------------------------


class MediaItem(Item):
    """A video or audio file with an optional poster and caption sidecar files."""

    file_fields: ClassVar[tuple[str, ...]] = ("file", "poster")
    kind: Literal["video", "audio"]
    file: MediaFile
    poster: ImageFile | None = None
    title: LocalizedText
    speaker: LocalizedText | None = None
    language: LanguageCode
    captions: dict[LanguageCode, CaptionFile] = Field(default_factory=dict)
    duration_s: float | None = Field(default=None, gt=0)


class MediaFileList(PackModel):
    """media.json."""

    items: list[MediaItem] = Field(default_factory=list)


# --- pledge.json -------------------------------------------------------------------------


class Commitment(Item):
    """One commitment a visitor can tick on the pledge screen."""

    text: LocalizedText


class PledgeFile(PackModel):
    """pledge.json: the commitments and, per language, words not accepted in names."""

    commitments: list[Commitment] = Field(default_factory=list, max_length=7)
    name_blocklist: dict[LanguageCode, list[str]] = Field(default_factory=dict)


#: Each pack file and the model that reads it, in the order they are checked.
PACK_FILES: dict[str, type[PackModel]] = {
    "pack.json": PackInfo,
    "learn.json": LearnFile,
    "news.json": NewsFile,
    "publications.json": PublicationsFile,
    "media.json": MediaFileList,
    "pledge.json": PledgeFile,
}
