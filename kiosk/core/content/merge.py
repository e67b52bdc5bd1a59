"""Item-by-item override: an organiser's pack laid over the bundled one."""

from __future__ import annotations

from typing import Any

from kiosk.core.content.models import Item, PackModel


def merge_items(base: list[Item], override: list[Item]) -> list[Item]:
    """Items of ``base`` with the same-id ones replaced in place and new ones appended."""
    replaced = {item.id: item for item in override}
    merged = [replaced.pop(item.id, item) for item in base]
    return merged + [item for item in override if item.id in replaced]


def _merge_value(base: Any, override: Any) -> Any:
    if isinstance(base, list) and isinstance(override, list):
        if any(isinstance(entry, Item) for entry in base + override):
            return merge_items(base, override)
        return override
    if isinstance(base, dict) and isinstance(override, dict):
        merged = dict(base)
        for key, value in override.items():
            if isinstance(value, list) and isinstance(merged.get(key), list):
                merged[key] = list(dict.fromkeys([*merged[key], *value]))
            else:
                merged[key] = value
        return merged
    return override


def merge_model(base: PackModel, override: PackModel) -> PackModel:
    """``base`` with every field the override sets laid over it.

    Lists of items merge by id, dicts merge by key (lists inside them are joined),
    anything else is replaced. Fields the override leaves out keep the base value.
    """
    updates = {
        name: _merge_value(getattr(base, name), getattr(override, name))
        for name in override.model_fields_set
    }
    return base.model_copy(update=updates)


def merge_files(base: dict[str, PackModel], override: dict[str, PackModel]) -> dict[str, PackModel]:
    """Merge two packs' files; a file missing from the override keeps the base one."""
    merged = dict(base)
    for name, model in override.items():
        merged[name] = merge_model(merged[name], model) if name in merged else model
    return merged
