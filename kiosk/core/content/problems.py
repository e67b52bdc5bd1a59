"""What is wrong with a content pack, said so an organiser can fix it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One problem in a pack: ``file: field.path: message`` when shown.

    Attributes:
        file: the pack file (``news.json``), or "" for the folder itself.
        path: the dotted field path inside the file (``items.3.date``), or "".
        message: what is wrong, in plain words.
    """

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        return ": ".join(part for part in (self.file, self.path, self.message) if part)


_TYPE_WORDS = {
    "string_type": "text",
    "list_type": "a list [...]",
    "dict_type": "an object {...}",
    "model_type": "an object {...}",
    "model_attributes_type": "an object {...}",
    "float_type": "a number",
    "float_parsing": "a number",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
}


def _shown(value: Any, limit: int = 60) -> str:
    if isinstance(value, dict):
        text = "an object {...}"
    elif isinstance(value, list):
        text = "a list [...]"
    else:
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def human_message(error: Mapping[str, Any]) -> str:
    """Turn one pydantic error into a sentence for an organiser."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    got = error.get("input")
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (check the spelling; the README lists every field)"
    if kind in _TYPE_WORDS:
        return f"expected {_TYPE_WORDS[kind]}, got {_shown(got)}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "literal_error":
        return f"must be {ctx.get('expected')}, got {_shown(got)}"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} (has {ctx.get('actual_length')})"
    if kind == "too_long":
        return f"allows at most {ctx.get('max_length')} (has {ctx.get('actual_length')})"
    if kind == "greater_than":
        return f"must be more than {ctx.get('gt')}, got {_shown(got)}"
    message = str(error.get("msg", kind))
    return message.removeprefix("Value error, ")


def dotted(loc: tuple[Any, ...]) -> str:
    """``("items", 3, "date")`` → ``"items.3.date"`` (dict-key markers dropped)."""
    return ".".join(str(part) for part in loc if part != "[key]")
