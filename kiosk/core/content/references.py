"""The files a pack's JSON refers to: finding them, checking them, resolving them."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.core.content.models import MediaItem, PackModel


@dataclass(frozen=True)
class FileReference:
    """A field that names a file: where it is in the JSON, and the path it gives."""

    loc: str
    relative: str
    is_media: bool


@dataclass(frozen=True)
class MediaProblem:
    """A media file that cannot be used, as reported by a media probe.

    ``message`` says what is wrong ("file not found", "cannot be decoded: AV1"); the
    validator adds the field path and the file's path in the pack.
    """

    path: Path
    message: str


#: A media probe takes the absolute paths of a pack's video/audio files and reports the
#: unusable ones. The default only checks that they exist; a playability probe (decoding a
#: frame with the media service) can be passed to validate_pack instead.
MediaProbe = Callable[[Sequence[Path]], Sequence[MediaProblem]]


def media_files_exist(paths: Sequence[Path]) -> list[MediaProblem]:
    """The default media probe: every media file must exist and be a file."""
    return [MediaProblem(path, "file not found") for path in paths if not path.is_file()]


def _children(model: PackModel) -> Iterator[tuple[str, PackModel]]:
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, PackModel):
            yield name, value
        elif isinstance(value, list):
            for index, entry in enumerate(value):
                if isinstance(entry, PackModel):
                    yield f"{name}.{index}", entry


def file_references(model: PackModel, prefix: str = "") -> Iterator[FileReference]:
    """Every file named in ``model`` and the models inside it."""
    for name in type(model).file_fields:
        value = getattr(model, name)
        if value is not None:
            is_media = isinstance(model, MediaItem) and name == "file"
            yield FileReference(_join(prefix, name), value, is_media)
    if isinstance(model, MediaItem):
        for lang, value in model.captions.items():
            yield FileReference(_join(prefix, f"captions.{lang}"), value, False)
    for loc, child in _children(model):
        yield from file_references(child, _join(prefix, loc))


def resolve_files(model: PackModel, root: Path) -> Any:
    """A copy of ``model`` whose file fields hold absolute paths under ``root``."""
    updates: dict[str, Any] = {}
    for name in type(model).file_fields:
        value = getattr(model, name)
        if value is not None:
            updates[name] = str(root / value)
    if isinstance(model, MediaItem):
        updates["captions"] = {lang: str(root / value) for lang, value in model.captions.items()}
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, PackModel):
            updates[name] = resolve_files(value, root)
        elif isinstance(value, list) and any(isinstance(entry, PackModel) for entry in value):
            updates[name] = [resolve_files(entry, root) for entry in value]
    return model.model_copy(update=updates) if updates else model


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name
