"""Reading and checking a content pack: every problem, none raised."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kiosk.core.content.merge import merge_files
from kiosk.core.content.models import PACK_FILES, Item, LearnFile, PackModel, PledgeFile
from kiosk.core.content.problems import Problem, dotted, human_message
from kiosk.core.content.references import (
    MediaProbe,
    file_references,
    media_files_exist,
    resolve_files,
)

REQUIRED_DEFINITIONS = ("trafficking", "smuggling")
REQUIRED_ELEMENTS = ("act", "means", "purpose")
MIN_QUIZ_QUESTIONS = 5
COMMITMENTS_RANGE = (5, 7)


class _DuplicateKeyError(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _read_json(path: Path, name: str) -> tuple[Any, list[Problem]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        return None, [Problem(name, "", "not UTF-8 text (save the file as UTF-8)")]
    except OSError as error:
        return None, [Problem(name, "", f"cannot be read: {error.strerror or error}")]
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except json.JSONDecodeError as error:
        return None, [
            Problem(name, "", f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}")
        ]
    except _DuplicateKeyError as error:
        return None, [Problem(name, "", f"the field {str(error)!r} appears twice in one object")]
    if not isinstance(data, dict):
        return None, [Problem(name, "", "expected a JSON object {...} at the top of the file")]
    return data, []


def _duplicate_ids(model: PackModel, prefix: str = "") -> Iterator[tuple[str, str]]:
    for name in type(model).model_fields:
        value = getattr(model, name)
        if not isinstance(value, list):
            continue
        seen: dict[str, int] = {}
        for index, entry in enumerate(value):
            if isinstance(entry, Item):
                loc = f"{prefix}{name}.{index}"
                if entry.id in seen:
                    yield f"{loc}.id", f"duplicate id {entry.id!r} (also {prefix}{name}.{seen[entry.id]})"
                else:
                    seen[entry.id] = index
            if isinstance(entry, PackModel):
                yield from _duplicate_ids(entry, f"{prefix}{name}.{index}.")


def _check_file(
    name: str, data: dict[str, Any], root: Path, media_probe: MediaProbe
) -> tuple[PackModel | None, list[Problem]]:
    model_type = PACK_FILES[name]
    try:
        model = model_type.model_validate(data)
    except ValidationError as error:
        return None, [
            Problem(name, dotted(tuple(entry["loc"])), human_message(entry))
            for entry in error.errors(include_url=False)
        ]
    problems = [Problem(name, loc, message) for loc, message in _duplicate_ids(model)]
    media_refs = []
    for ref in file_references(model):
        if ref.is_media:
            media_refs.append(ref)
        elif not (root / ref.relative).is_file():
            problems.append(Problem(name, ref.loc, f"file not found: {ref.relative}"))
    if media_refs:
        by_path = {root / ref.relative: ref for ref in media_refs}
        for found in media_probe(list(by_path)):
            found_ref = by_path.get(found.path)
            where = found_ref.relative if found_ref else str(found.path)
            problems.append(Problem(name, found_ref.loc if found_ref else "", f"{found.message}: {where}"))
    return model, problems


def read_pack(
    folder: Path, media_probe: MediaProbe = media_files_exist
) -> tuple[dict[str, PackModel], list[Problem]]:
    """Read every pack file in ``folder``.

    Returns:
        The files that were read (file name → model, file paths made absolute) and every
        problem found. Never raises for bad input.
    """
    folder = Path(folder)
    if not folder.exists():
        return {}, [Problem("", "", f"folder not found: {folder}")]
    if not folder.is_dir():
        return {}, [Problem("", "", f"not a folder: {folder} (a content pack is a folder)")]
    problems: list[Problem] = []
    files: dict[str, PackModel] = {}
    if not (folder / "pack.json").is_file():
        problems.append(Problem("pack.json", "", "file missing (every pack needs one: name and version)"))
    for stray in sorted(p.name for p in folder.glob("*.json") if p.name not in PACK_FILES):
        problems.append(
            Problem(stray, "", f"not a pack file (expected one of {', '.join(PACK_FILES)})")
        )
    for name in PACK_FILES:
        path = folder / name
        if not path.is_file():
            continue
        data, read_problems = _read_json(path, name)
        problems += read_problems
        if data is None:
            continue
        model, file_problems = _check_file(name, data, folder, media_probe)
        problems += file_problems
        if model is not None:
            files[name] = resolve_files(model, folder.resolve())
    return files, problems


def completeness_problems(files: dict[str, PackModel]) -> list[Problem]:
    """What a whole pack (bundled, or bundled + override) must have for the screens."""
    problems: list[Problem] = []
    learn = files.get("learn.json")
    if not isinstance(learn, LearnFile):
        learn = LearnFile()
    for wanted, section in ((REQUIRED_DEFINITIONS, "definitions"), (REQUIRED_ELEMENTS, "elements")):
        have = {item.id for item in getattr(learn, section)}
        for item_id in wanted:
            if item_id not in have:
                problems.append(Problem("learn.json", section, f"needs an item with id {item_id!r}"))
    if len(learn.quiz) < MIN_QUIZ_QUESTIONS:
        problems.append(
            Problem("learn.json", "quiz", f"needs at least {MIN_QUIZ_QUESTIONS} questions (has {len(learn.quiz)})")
        )
    pledge = files.get("pledge.json")
    count = len(pledge.commitments) if isinstance(pledge, PledgeFile) else 0
    low, high = COMMITMENTS_RANGE
    if not low <= count <= high:
        problems.append(
            Problem("pledge.json", "commitments", f"needs {low} to {high} commitments (has {count})")
        )
    return problems


def validate_pack(
    folder: Path,
    base: Path | None = None,
    media_probe: MediaProbe = media_files_exist,
) -> list[Problem]:
    """Every problem in the pack at ``folder``, as ``file: field.path: message``.

    Args:
        folder: the pack folder.
        base: the pack it overrides (the bundled one), or None when ``folder`` must be
            complete on its own. The completeness checks run on the merged result.
        media_probe: checks the video/audio files (see references.MediaProbe).
    """
    files, problems = read_pack(folder, media_probe)
    if problems:
        return problems
    if base is not None:
        base_files, base_problems = read_pack(base, media_probe)
        if base_problems:
            return [Problem("", "", f"the bundled pack has problems: {p}") for p in base_problems]
        files = merge_files(base_files, files)
    return completeness_problems(files)
