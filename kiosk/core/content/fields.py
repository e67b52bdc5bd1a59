"""Field types shared by the content pack files: ISO dates, ids, web links, file references."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import PurePosixPath
from typing import Annotated, Any

from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

from kiosk.core.languages import LANGUAGE_CODES

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".svg")
MEDIA_SUFFIXES = (".mp4", ".mkv", ".webm", ".mov", ".m4a", ".mp3", ".ogg", ".opus", ".wav")
CAPTION_SUFFIXES = (".vtt", ".srt")


def _iso_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError(
        "iso_date", "not a date (expected YYYY-MM-DD): {value}", {"value": repr(value)}
    )


def _item_id(value: Any) -> str:
    if isinstance(value, str) and _ID.match(value):
        return value
    raise PydanticCustomError(
        "item_id",
        "not a valid id (lower-case letters, digits, '-' or '_', at most 64): {value}",
        {"value": repr(value)},
    )


def _web_link(value: Any) -> str:
    if isinstance(value, str) and re.match(r"^https?://[^\s/$.?#][^\s]*$", value):
        return value
    raise PydanticCustomError(
        "web_link", "not a web address (expected https://...): {value}", {"value": repr(value)}
    )


def _language_code(value: Any) -> str:
    if isinstance(value, str) and value in LANGUAGE_CODES:
        return value
    raise PydanticCustomError(
        "language_code",
        "unknown language code {value} (use {allowed})",
        {"value": repr(value), "allowed": ", ".join(LANGUAGE_CODES)},
    )


def _file_ref(suffixes: tuple[str, ...], kind: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise PydanticCustomError(
                "file_ref", "expected a file path inside the pack, got {value}", {"value": repr(value)}
            )
        path = PurePosixPath(value.replace("\\", "/"))
        if path.is_absolute() or ".." in path.parts or re.match(r"^[A-Za-z]:", value):
            raise PydanticCustomError(
                "file_ref_outside",
                "the file must be inside the pack folder (a relative path without '..'): {value}",
                {"value": repr(value)},
            )
        if path.suffix.lower() not in suffixes:
            raise PydanticCustomError(
                "file_ref_suffix",
                "not {kind} file ({allowed}): {value}",
                {"kind": kind, "allowed": ", ".join(suffixes), "value": repr(value)},
            )
        return str(path)

    return check


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
ItemId = Annotated[str, BeforeValidator(_item_id)]
WebLink = Annotated[str, BeforeValidator(_web_link)]
LanguageCode = Annotated[str, BeforeValidator(_language_code)]
ImageFile = Annotated[str, BeforeValidator(_file_ref(IMAGE_SUFFIXES, "an image"))]
MediaFile = Annotated[str, BeforeValidator(_file_ref(MEDIA_SUFFIXES, "a video or audio"))]
CaptionFile = Annotated[str, BeforeValidator(_file_ref(CAPTION_SUFFIXES, "a caption"))]
