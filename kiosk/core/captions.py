"""Captions for videos and interviews: WebVTT and SRT sidecar files read into cues.

Parsing is done by webvtt-py (which reads both formats); this module turns its captions into
plain :class:`Cue` values in milliseconds, finds the cue to show at a playback position, finds
the sidecar files that sit next to a media file (``talk.en.vtt``, ``talk.fr.srt``) and picks the
caption language for the visitor.
"""

from __future__ import annotations

import bisect
import html
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import webvtt
from webvtt.errors import MalformedFileError

from kiosk.core.languages import FALLBACK_LANGUAGE

CAPTION_SUFFIXES = (".vtt", ".srt")
_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


class CaptionError(ValueError):
    """A caption file that is missing, unreadable or not valid WebVTT/SRT."""


@dataclass(frozen=True)
class Cue:
    """One caption shown from ``start_ms`` (inclusive) to ``end_ms`` (exclusive).

    Attributes:
        start_ms: When the caption appears, in milliseconds from the start of the media.
        end_ms: When it disappears.
        text: Plain text, tags removed and entities decoded, lines joined by ``\\n``.
        speaker: The WebVTT voice (``<v Name>``) if the file names one, else ``""``.
    """

    start_ms: int
    end_ms: int
    text: str
    speaker: str = ""


def parse_captions(text: str, kind: str) -> list[Cue]:
    """Parse caption file contents.

    Args:
        text: The whole file as text (a leading byte-order mark is allowed).
        kind: ``"vtt"`` or ``"srt"``.

    Returns:
        The cues sorted by start time; cues with no text or no duration are dropped.

    Raises:
        CaptionError: When the text is not valid for ``kind``.
    """
    if kind not in ("vtt", "srt"):
        raise CaptionError(f"unknown caption format {kind!r}")
    data = text.lstrip("\ufeff").replace("\r\n", "\n").encode("utf-8")
    try:
        parsed = webvtt.from_buffer(io.BytesIO(data), format=kind)
    except (MalformedFileError, ValueError) as exc:
        raise CaptionError(f"not a valid {kind.upper()} file: {exc}") from exc
    if len(parsed) == 0 and data.strip() and kind == "srt":
        raise CaptionError("not a valid SRT file: no cues found")
    cues = []
    for caption in parsed.captions:
        start = caption.start_time.in_milliseconds()
        end = caption.end_time.in_milliseconds()
        body = html.unescape(caption.text).strip()
        if body and end > start:
            cues.append(Cue(start, end, body, (caption.voice or "").strip()))
    cues.sort(key=lambda cue: (cue.start_ms, cue.end_ms))
    return cues


def read_captions(path: str | Path) -> list[Cue]:
    """Read a ``.vtt`` or ``.srt`` file into cues.

    Raises:
        CaptionError: When the file is missing, unreadable, not UTF-8 or malformed.
    """
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CaptionError(f"{path.name}: cannot read: {exc}") from exc
    try:
        return parse_captions(text, kind)
    except CaptionError as exc:
        raise CaptionError(f"{path.name}: {exc}") from exc


def cue_at(cues: Sequence[Cue], position_ms: int) -> Cue | None:
    """The cue showing at ``position_ms``, or None between cues.

    Args:
        cues: Cues sorted by start time (as :func:`parse_captions` returns them).
        position_ms: Playback position in milliseconds.

    When cues overlap, the one that started last wins.
    """
    index = bisect.bisect_right(cues, position_ms, key=lambda cue: cue.start_ms)
    for cue in reversed(cues[:index]):
        if cue.end_ms > position_ms:
            return cue
    return None


def sidecar_captions(media_path: str | Path) -> dict[str, Path]:
    """Caption files next to a media file, by language code.

    ``talk.mp4`` has ``talk.en.vtt``, ``talk.fr.srt`` … beside it; a plain ``talk.vtt`` counts
    as English. When both formats exist for one language, WebVTT wins.
    """
    media_path = Path(media_path)
    found: dict[str, Path] = {}
    try:
        siblings = sorted(media_path.parent.iterdir())
    except OSError:
        return found
    stem = media_path.stem
    for suffix in reversed(CAPTION_SUFFIXES):  # .srt first so .vtt overwrites it
        for sibling in siblings:
            if sibling.suffix.lower() != suffix or not sibling.name.startswith(stem + "."):
                continue
            middle = sibling.name[len(stem) + 1 : -len(suffix)]
            if middle == "":
                found[FALLBACK_LANGUAGE] = sibling
            elif _LANGUAGE_TAG.match(middle):
                found[middle] = sibling
    return found


def pick_caption_language(available: Iterable[str], ui_language: str) -> str | None:
    """The caption language to show: the UI language, else English, else None.

    Regional tags match their base language (``pt-BR`` serves ``pt``) in either direction.
    """
    available = list(available)

    def base(tag: str) -> str:
        return tag.split("-")[0].lower()

    for wanted in (ui_language, FALLBACK_LANGUAGE):
        for tag in available:
            if tag.lower() == wanted.lower():
                return tag
        for tag in available:
            if base(tag) == base(wanted):
                return tag
    return None


@dataclass(frozen=True)
class CaptionChoice:
    """Where the captions come from: a sidecar file or a track inside the media file.

    Attributes:
        source: ``"sidecar"`` or ``"embedded"``.
        language: The language code chosen.
    """

    source: str
    language: str


def choose_captions(
    sidecar_languages: Iterable[str], embedded_languages: Iterable[str], ui_language: str
) -> CaptionChoice | None:
    """Pick captions: a sidecar in the UI language, else an embedded track in it, else English.

    English is looked for in the same order (sidecar, then embedded). None when neither exists.
    """
    sidecars, embedded = list(sidecar_languages), list(embedded_languages)
    for wanted in (ui_language, FALLBACK_LANGUAGE):
        for source, languages in (("sidecar", sidecars), ("embedded", embedded)):
            match = pick_caption_language(languages, wanted)
            if match is not None and _same_base(match, wanted):
                return CaptionChoice(source, match)
    return None


def _same_base(tag: str, wanted: str) -> bool:
    return tag.split("-")[0].lower() == wanted.split("-")[0].lower()
