"""One shape for a PSA or an interview, from the loaded pack to the player.

The content pack's ``media.json`` items (:class:`kiosk.core.content.models.MediaItem`, the
validated file format) become :class:`PlaylistEntry` values, which Watch lists, Attract loops
and the player plays (kiosk/services/content.py serves them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.languages import FALLBACK_LANGUAGE, text_in

if TYPE_CHECKING:
    from kiosk.core.content.models import MediaItem

FALLBACK = FALLBACK_LANGUAGE


@dataclass(frozen=True)
class PlaylistEntry:
    """One PSA (video) or expert interview (audio): what Watch shows and the player plays.

    Attributes:
        item_id: The pack's id.
        kind: ``"video"`` or ``"audio"``.
        file: Absolute path of the media file.
        title: Titles by language (``en`` always there in a pack).
        language: The language spoken in the item.
        poster: Absolute path of the poster image, if the pack gives one.
        speaker: The speaker's name by language (interviews), may be empty.
        captions: Caption files named by the pack, by language (absolute paths); files named
            like ``<media stem>.<lang>.vtt`` beside the media are found without being listed.
        duration_ms: Duration from the pack, if given (the player measures it anyway).
    """

    item_id: str
    kind: str
    file: Path
    title: Mapping[str, str] = field(default_factory=dict)
    language: str = FALLBACK
    poster: Path | None = None
    speaker: Mapping[str, str] = field(default_factory=dict)
    captions: Mapping[str, Path] = field(default_factory=dict)
    duration_ms: int | None = None

    @classmethod
    def from_item(cls, item: MediaItem) -> PlaylistEntry:
        """The entry for a loaded pack's media item (its paths are already absolute)."""
        return cls(
            item_id=item.id,
            kind=item.kind,
            file=Path(item.file),
            title=dict(item.title.root),
            language=item.language,
            poster=Path(item.poster) if item.poster else None,
            speaker=dict(item.speaker.root) if item.speaker else {},
            captions={str(lang): Path(path) for lang, path in item.captions.items()},
            duration_ms=int(item.duration_s * 1000) if item.duration_s else None,
        )

    @property
    def has_video(self) -> bool:
        """True for PSAs, False for audio interviews."""
        return self.kind != "audio"

    def title_in(self, language: str) -> str:
        """The title in ``language``, else English."""
        return localized(self.title, language)

    def speaker_in(self, language: str) -> str:
        """The speaker's name in ``language``, else English, else ""."""
        return localized(self.speaker, language)


def localized(texts: Mapping[str, str], language: str) -> str:
    """``texts[language]``, falling back to English, then to any text, then ""."""
    return text_in(texts, language)[0]
