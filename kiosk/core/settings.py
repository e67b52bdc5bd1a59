"""The kiosk's configuration: a versioned TOML file with typed keys and defaults.

A bad file or value never stops the kiosk: each problem becomes a warning
``file: key: problem`` and that key keeps its default.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kiosk.core.languages import LANGUAGE_CODES

CONFIG_VERSION = 1

LanguageCode = Literal["en", "fr", "es", "ar", "ru", "zh"]
assert set(LanguageCode.__args__) == set(LANGUAGE_CODES)  # type: ignore[attr-defined]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class KioskSection(_Section):
    """[kiosk] — the visit."""

    language: LanguageCode = Field("en", description="Default UI language; every visit starts in it.")
    idle_timeout: int = Field(90, ge=10, le=3600, description="Seconds without a touch before 'Still there?'.")
    warning_seconds: int = Field(10, ge=3, le=60, description="Seconds the 'Still there?' countdown lasts.")
    cursor_hide_seconds: int = Field(3, ge=0, le=600, description="Hide the mouse cursor after this many idle seconds (0: never show it).")
    content_dir: str = Field("", description="Folder of the organiser's content pack ('' = bundled content only).")
    data_dir: str = Field("", description="Folder for pledges ('' = the platform's user data folder).")


class TickerSection(_Section):
    """[ticker] — the news ticker along the bottom bar."""

    speed: float = Field(90.0, ge=10.0, le=600.0, description="Scroll speed in pixels per second at 1080p.")


class MediaSection(_Section):
    """[media] — public service announcements and interviews."""

    max_volume: float = Field(0.8, ge=0.0, le=1.0, description="Highest volume a visitor can choose (0.0–1.0).")
    attract_loop: bool = Field(False, description="Loop the PSAs muted, with captions, on the attract screen.")


class Settings(_Section):
    """The whole configuration file."""

    version: int = Field(CONFIG_VERSION, description="Configuration format version.")
    kiosk: KioskSection = Field(default_factory=KioskSection)
    ticker: TickerSection = Field(default_factory=TickerSection)
    media: MediaSection = Field(default_factory=MediaSection)


@dataclass(frozen=True)
class LoadedSettings:
    """Settings plus the warnings met while reading them."""

    settings: Settings
    warnings: tuple[str, ...]


def load_settings(path: Path | None) -> LoadedSettings:
    """Read ``path``; a missing file gives the defaults silently, any problem a warning."""
    if path is None or not Path(path).exists():
        return LoadedSettings(Settings(), ())
    name = str(path)
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return LoadedSettings(Settings(), (f"{name}: cannot read the file ({exc}); using defaults",))
    except tomllib.TOMLDecodeError as exc:
        return LoadedSettings(Settings(), (f"{name}: not valid TOML ({exc}); using defaults",))
    return settings_from_dict(data, name)


def settings_from_dict(data: dict[str, Any], source: str = "config") -> LoadedSettings:
    """Validate ``data`` key by key, dropping each bad key to its default with a warning."""
    warnings: list[str] = []
    data = _copy(data)
    for _ in range(100):  # each round removes at least one bad key
        try:
            settings = Settings.model_validate(data)
            break
        except ValidationError as exc:
            for error in exc.errors():
                loc = tuple(str(part) for part in error["loc"])
                key = ".".join(loc) or "(top level)"
                outcome = "ignored" if error["type"] == "extra_forbidden" else "using the default"
                warnings.append(f"{source}: {key}: {_describe(error)}; {outcome}")
                _remove(data, loc)
    else:  # pragma: no cover - defensive: validation kept failing
        settings = Settings()
    if settings.version > CONFIG_VERSION:
        warnings.append(
            f"{source}: version: {settings.version} is newer than this kiosk understands ({CONFIG_VERSION})"
        )
    return LoadedSettings(settings, tuple(warnings))


def _describe(error: dict[str, Any]) -> str:
    if error["type"] == "extra_forbidden":
        return "unknown key"
    if error["type"] in ("model_type", "dict_type"):
        return "must be a table"
    value = error.get("input")
    return f"{error['msg'].lower()} (got {value!r})"


def _copy(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _copy(v) for k, v in data.items()}
    return data


def _remove(data: dict[str, Any], loc: tuple[str, ...]) -> None:
    node: Any = data
    for part in loc[:-1]:
        if not isinstance(node, dict) or part not in node:
            return
        node = node[part]
    if isinstance(node, dict) and loc:
        node.pop(loc[-1], None)
    elif not loc:
        data.clear()


def settings_reference() -> list[tuple[str, str, Any, str]]:
    """Every key as (key, type, default, description), for the README and --help."""
    rows: list[tuple[str, str, Any, str]] = []
    for section_name, section_field in Settings.model_fields.items():
        annotation = section_field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            for key, field in annotation.model_fields.items():
                rows.append((f"{section_name}.{key}", _type_name(field.annotation), field.default, field.description or ""))
        else:
            rows.append((section_name, _type_name(annotation), section_field.default, section_field.description or ""))
    return rows


def _type_name(annotation: Any) -> str:
    return getattr(annotation, "__name__", None) or str(annotation).replace("typing.", "")
