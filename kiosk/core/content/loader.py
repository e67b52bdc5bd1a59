"""Loading the content the kiosk shows: bundled pack, organiser's override, fallback."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TypeVar

from kiosk.core.content.merge import merge_files
from kiosk.core.content.models import (
    LearnFile,
    MediaFileList,
    NewsFile,
    NewsItem,
    PackInfo,
    PackModel,
    PledgeFile,
    PublicationsFile,
)
from kiosk.core.content.problems import Problem
from kiosk.core.content.references import MediaProbe, media_files_exist
from kiosk.core.content.validation import completeness_problems, read_pack


class ContentSource(Enum):
    """Which pack the shown content comes from."""

    BUNDLED = "bundled"
    OVERRIDE = "override"
    BUNDLED_AFTER_REJECTED_OVERRIDE = "bundled-after-rejected-override"


_FALLBACK_INFO = PackInfo(name="Blue Heart", version="0")


@dataclass(frozen=True)
class LoadedContent:
    """Everything the screens show, already merged, filtered and sorted.

    Attributes:
        info: pack.json (name, version, hotline and contact lines).
        learn: the Learn screen's sections.
        news: the news shown today, newest first.
        all_news: every news item, scheduled or not, newest first.
        publications, media, pledge: the other files' contents.
        problems: what was wrong (an empty list when all is well); the admin screen
            lists them and the log says them.
        override_problems: the part of ``problems`` found in the organiser's pack.
        source: which pack is shown.
        override_dir: the organiser's pack folder, if one was given.
    """

    info: PackInfo
    learn: LearnFile
    news: tuple[NewsItem, ...]
    all_news: tuple[NewsItem, ...]
    publications: PublicationsFile
    media: MediaFileList
    pledge: PledgeFile
    problems: tuple[Problem, ...] = ()
    override_problems: tuple[Problem, ...] = ()
    source: ContentSource = ContentSource.BUNDLED
    override_dir: Path | None = None
    _news_by_id: dict[str, NewsItem] = field(default_factory=dict, repr=False, compare=False)

    def news_item(self, item_id: str) -> NewsItem | None:
        """The news item with ``item_id`` (shown today or not), or None."""
        if not self._news_by_id:
            self._news_by_id.update({item.id: item for item in self.all_news})
        return self._news_by_id.get(item_id)

    def summary(self) -> str:
        """One line for logs and the command line."""
        return (
            f"{len(self.all_news)} news items ({len(self.news)} shown today), "
            f"{len(self.publications.items)} publications, {len(self.media.items)} media, "
            f"{len(self.learn.quiz)} quiz questions, {len(self.pledge.commitments)} commitments"
        )


def _newest_first(items: list[NewsItem]) -> tuple[NewsItem, ...]:
    # Stable sort: items of the same date keep the pack's order.
    return tuple(sorted(items, key=lambda item: item.date, reverse=True))


_Model = TypeVar("_Model", bound=PackModel)


def _content(
    files: dict[str, PackModel],
    today: date,
    problems: list[Problem],
    source: ContentSource,
    override_dir: Path | None,
    override_problems: list[Problem] | None = None,
) -> LoadedContent:
    def get(name: str, default: _Model) -> _Model:
        model = files.get(name)
        if model is None:
            return default
        assert isinstance(model, type(default))  # each file name has its own model
        return model

    news = get("news.json", NewsFile())
    all_news = _newest_first(list(news.items))
    return LoadedContent(
        info=get("pack.json", _FALLBACK_INFO),
        learn=get("learn.json", LearnFile()),
        news=tuple(item for item in all_news if item.shown_on(today)),
        all_news=all_news,
        publications=get("publications.json", PublicationsFile()),
        media=get("media.json", MediaFileList()),
        pledge=get("pledge.json", PledgeFile()),
        problems=tuple(problems),
        override_problems=tuple(override_problems or ()),
        source=source,
        override_dir=override_dir,
    )


def load_pack(
    bundled: Path,
    override: Path | None,
    today: date,
    media_probe: MediaProbe = media_files_exist,
) -> LoadedContent:
    """Load the bundled pack and lay the organiser's ``override`` over it item by item.

    If the override has any problem (or the merge would leave the screens incomplete),
    the bundled pack alone is used and the problems are returned in
    ``LoadedContent.problems``, prefixed with the override's folder. Never raises for bad
    input: a broken bundled pack loads what it can and reports the rest.
    """
    base_files, base_problems = read_pack(bundled, media_probe)
    base_problems += completeness_problems(base_files)
    if override is None:
        return _content(base_files, today, base_problems, ContentSource.BUNDLED, None)
    override = Path(override)
    over_files, over_problems = read_pack(override, media_probe)
    merged = merge_files(base_files, over_files)
    if not over_problems:
        over_problems = [
            problem for problem in completeness_problems(merged)
            if problem not in completeness_problems(base_files)
        ]
    if over_problems:
        return _content(
            base_files,
            today,
            base_problems + over_problems,
            ContentSource.BUNDLED_AFTER_REJECTED_OVERRIDE,
            override,
            over_problems,
        )
    return _content(merged, today, base_problems, ContentSource.OVERRIDE, override)
