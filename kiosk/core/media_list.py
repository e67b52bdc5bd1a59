"""The Watch playlist: PSAs and interviews as the screen needs them, from the content pack.

:func:`playlist_from_content` takes the loaded content pack's media items (objects with the
``media.json`` fields: id, kind, file, poster, title, speaker, language, captions,
duration_s). Until a loaded pack is handed over, :func:`read_media_json` reads a pack's
``media.json`` directly with the same field names (a small adapter, no validation: the
content validator does that).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core.languages import FALLBACK_LANGUAGE, text_in

FALLBACK = FALLBACK_LANGUAGE


@dataclass(frozen=True)
class PlaylistEntry:
    """One PSA (video) or expert interview (audio) in the Watch playlist.

    Attributes:
        item_id: The pack's id.
        kind: ``"video"`` or ``"audio"``.
        file: Absolute path of the media file.
        title: Titles by language (``en`` always there).
        language: The language spoken in the item.
        poster: Absolute path of the poster image, if the pack gives one.
        speaker: The speaker's name by language (interviews), may be empty.
        captions: Caption files by language (absolute paths).
        duration_ms: Duration from the pack, if given (the player measures it anyway).
    """

    item_id: str
    kind: str
    file: Path
    title: Mapping[str, str]
    language: str = FALLBACK
    poster: Path | None = None
    speaker: Mapping[str, str] = field(default_factory=dict)
    captions: Mapping[str, Path] = field(default_factory=dict)
    duration_ms: int | None = None

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


def _texts(value: Any) -> dict[str, str]:
    if value is None:
        return {}
    value = getattr(value, "root", value)  # a pydantic RootModel of {lang: text}
    if isinstance(value, str):
        return {FALLBACK: value}
    return {str(k): str(v) for k, v in dict(value).items() if v}


def _path(root: Path | None, value: Any) -> Path | None:
    if not value:
        return None
    path = Path(str(value))
    return path if path.is_absolute() or root is None else root / path


def entry_from(item: Any, root: Path | None = None) -> PlaylistEntry:
    """A playlist entry from a media item (a mapping or an object with the same fields)."""
    get = item.get if isinstance(item, Mapping) else lambda name, default=None: getattr(item, name, default)
    duration = get("duration_s")
    captions = get("captions") or {}
    return PlaylistEntry(
        item_id=str(get("id")),
        kind=str(get("kind") or "video"),
        file=_path(root, get("file")) or Path(),
        title=_texts(get("title")) or {FALLBACK: str(get("id"))},
        language=str(get("language") or FALLBACK),
        poster=_path(root, get("poster")),
        speaker=_texts(get("speaker")),
        captions={str(lang): p for lang, value in dict(captions).items() if (p := _path(root, value))},
        duration_ms=int(float(duration) * 1000) if duration else None,
    )


def playlist_from_content(items: Iterable[Any], root: Path | None = None) -> list[PlaylistEntry]:
    """Entries for the loaded pack's media items, in pack order."""
    return [entry_from(item, root) for item in items]


def read_media_json(pack_dir: Path) -> list[PlaylistEntry]:
    """Read ``pack_dir/media.json`` into entries; [] when it is missing or unreadable."""
    try:
        data = json.loads((pack_dir / "media.json").read_text(encoding="utf-8"))
        items = data.get("items", []) if isinstance(data, dict) else []
        return [entry_from(item, pack_dir) for item in items if isinstance(item, Mapping)]
    except (OSError, ValueError, TypeError):
        return []


VIDEO_SUFFIXES = (".mp4", ".webm", ".mkv", ".mov")
AUDIO_SUFFIXES = (".m4a", ".mp3", ".ogg", ".opus", ".wav")


def discover_media(folder: Path) -> list[PlaylistEntry]:
    """Entries for the media files in ``folder`` when a pack has no media.json yet.

    Posters are ``<stem>.jpg``/``.png`` beside the file; captions are found by the player.
    Titles are made from the file names.
    """
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in VIDEO_SUFFIXES + AUDIO_SUFFIXES)
    except OSError:
        return []
    entries = []
    for path in files:
        poster = next((p for p in (path.with_suffix(".jpg"), path.with_suffix(".png")) if p.is_file()), None)
        kind = "audio" if path.suffix.lower() in AUDIO_SUFFIXES else "video"
        title = path.stem.replace("-", " ").replace("_", " ").strip().capitalize()
        entries.append(PlaylistEntry(path.stem, kind, path, {FALLBACK: title}, poster=poster))
    return entries


def playlist_for(content: Any, bundled_pack: Path) -> list[PlaylistEntry]:
    """The playlist of the loaded content pack; until one is loaded (``content`` None), the
    bundled pack's media.json, or without one the bundled media folder's files."""
    items = getattr(getattr(content, "media", None), "items", None)
    if items is not None:
        return playlist_from_content(items)
    return read_media_json(bundled_pack) or discover_media(bundled_pack / "media")
