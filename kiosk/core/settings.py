"""The kiosk's configuration: a versioned TOML file with typed keys and defaults.

A bad file or value never stops the kiosk: each problem becomes a warning
``file: key: problem`` and that key keeps its default.

The schema is a set of frozen dataclasses whose fields carry their description and bounds.
(pydantic, used for content packs, costs about 70 ms to import and build — a third of the
first-frame budget — and the configuration is read before the first frame.)
"""

from __future__ import annotations

import tomllib
from dataclasses import MISSING, Field, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kiosk.core.languages import LANGUAGE_CODES
from kiosk.core.retention import DEFAULT_PERSONAL_DATA_DAYS

CONFIG_VERSION = 1


def _key(default: Any, description: str, *, low: float | None = None, high: float | None = None,
         choices: tuple[str, ...] | None = None) -> Any:
    return field(default=default, metadata={"description": description, "low": low, "high": high, "choices": choices})


@dataclass(frozen=True)
class KioskSection:
    """[kiosk] — the visit."""

    language: str = _key("en", f"Default UI language; every visit starts in it ({', '.join(LANGUAGE_CODES)}).", choices=LANGUAGE_CODES)
    idle_timeout: int = _key(90, "Seconds without a touch before 'Still there?' shows.", low=10, high=3600)
    warning_seconds: int = _key(10, "Seconds the 'Still there?' countdown lasts before the kiosk starts over.", low=3, high=60)
    cursor_hide_seconds: int = _key(3, "In kiosk mode, hide the mouse cursor after this many seconds without movement.", low=0, high=600)
    content_dir: str = _key("", "Folder of the organiser's content pack ('' = bundled content only).")
    data_dir: str = _key("", "Folder for pledges ('' = the platform's user data folder).")


@dataclass(frozen=True)
class TickerSection:
    """[ticker] — the news ticker along the bottom bar."""

    speed: float = _key(90.0, "Scroll speed in pixels per second at 1080p.", low=10.0, high=600.0)


@dataclass(frozen=True)
class MediaSection:
    """[media] — public service announcements and interviews."""

    max_volume: float = _key(0.8, "Highest volume a visitor can choose, 0.0 to 1.0.", low=0.0, high=1.0)
    attract_loop: bool = _key(False, "Loop the video PSAs on the Attract screen, muted, with captions in the default language.")


@dataclass(frozen=True)
class DisplaySection:
    """[display] — how the screen is drawn."""

    renderer: str = _key(
        "auto",
        "Renderer of the on-screen keyboard: 'auto' (software when OpenGL runs on the CPU or fails), 'software' or 'opengl'.",
        choices=("auto", "software", "opengl"),
    )


@dataclass(frozen=True)
class PledgesSection:
    """[pledges] — what is kept of a pledge, and for how long."""

    personal_data_days: int = _key(
        DEFAULT_PERSONAL_DATA_DAYS,
        "Days a pledge's first name, email and country are kept; then they are erased"
        " (the pledge and the counts stay). 0 = keep until erased in Admin.",
        low=0,
        high=3650,
    )


@dataclass(frozen=True)
class FleetSection:
    """[fleet] — optional sync of pledges to a central PostgreSQL (empty url: off)."""

    url: str = _key(
        "",
        "Central database, e.g. 'postgresql://kiosk_geneva@db.example.org/blueheart?sslmode=verify-full'"
        " ('' = no sync). Never put the password here.",
    )
    event: str = _key("", "The event this kiosk counts toward (letters, digits, '.', '_', '-').")
    sync_seconds: int = _key(30, "Seconds between syncs when the server answers (failures back off up to 15 minutes).", low=5, high=3600)
    password_file: str = _key("", "File holding the database password on its first line, readable only by the kiosk's user ('' = none).")


@dataclass(frozen=True)
class AnalyticsSection:
    """[analytics] — anonymous events for Admin → Impact and the report (never a name, email or country)."""

    enabled: bool = _key(
        True,
        "Record anonymous events (visits, screens, plays, quiz answers, languages, accessibility options,"
        " pledges made).",
    )
    retention_days: int = _key(365, "Days anonymous events are kept; older days are deleted.", low=1, high=3650)


@dataclass(frozen=True)
class Settings:
    """The whole configuration file."""

    version: int = _key(CONFIG_VERSION, "Configuration format version.", low=1)
    kiosk: KioskSection = field(default_factory=KioskSection, metadata={"description": "The visit."})
    ticker: TickerSection = field(default_factory=TickerSection, metadata={"description": "The news ticker."})
    media: MediaSection = field(default_factory=MediaSection, metadata={"description": "Videos and interviews."})
    display: DisplaySection = field(default_factory=DisplaySection, metadata={"description": "How the screen is drawn."})
    pledges: PledgesSection = field(default_factory=PledgesSection, metadata={"description": "Personal data kept with pledges."})
    fleet: FleetSection = field(default_factory=FleetSection, metadata={"description": "Sync to a central database."})
    analytics: AnalyticsSection = field(default_factory=AnalyticsSection, metadata={"description": "Anonymous events."})


SECTIONS = {
    "kiosk": KioskSection, "ticker": TickerSection, "media": MediaSection, "display": DisplaySection,
    "pledges": PledgesSection, "fleet": FleetSection, "analytics": AnalyticsSection,
}


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
    """Validate ``data`` key by key: each bad key keeps its default and adds a warning."""
    warnings: list[str] = []
    top: dict[str, Any] = {}
    for key, value in data.items():
        if key == "version":
            checked = _check(_field(Settings, "version"), value)
            if isinstance(checked, _Problem):
                warnings.append(f"{source}: version: {checked}; using the default")
            else:
                top["version"] = checked
                if checked > CONFIG_VERSION:
                    warnings.append(f"{source}: version: {checked} is newer than this kiosk understands ({CONFIG_VERSION})")
        elif key in SECTIONS:
            if not isinstance(value, dict):
                warnings.append(f"{source}: {key}: must be a table like [{key}]; using the defaults")
                continue
            top[key] = _section(SECTIONS[key], key, value, source, warnings)
        else:
            warnings.append(f"{source}: {key}: unknown key; ignored")
    return LoadedSettings(replace(Settings(), **top), tuple(warnings))


class _Problem(str):
    """A validation message (a str subclass, so it cannot be mistaken for a value)."""


def _field(cls: type, name: str) -> Field[Any]:
    return next(f for f in fields(cls) if f.name == name)


def _section(cls: type, name: str, values: dict[str, Any], source: str, warnings: list[str]) -> Any:
    known = {f.name: f for f in fields(cls)}
    good: dict[str, Any] = {}
    for key, value in values.items():
        spec = known.get(key)
        if spec is None:
            warnings.append(f"{source}: {name}.{key}: unknown key; ignored")
            continue
        checked = _check(spec, value)
        if isinstance(checked, _Problem):
            warnings.append(f"{source}: {name}.{key}: {checked}; using the default {spec.default!r}")
        else:
            good[key] = checked
    return cls(**good)


def _check(spec: Field[Any], value: Any) -> Any:
    kind: type = type(spec.default)
    meta = spec.metadata
    if kind is bool:
        if not isinstance(value, bool):
            return _Problem(f"must be true or false, not {value!r}")
    elif kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            return _Problem(f"must be a whole number, not {value!r}")
    elif kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return _Problem(f"must be a number, not {value!r}")
        value = float(value)
    elif kind is str:
        if not isinstance(value, str):
            return _Problem(f"must be text in quotes, not {value!r}")
    if meta.get("choices") and value not in meta["choices"]:
        return _Problem(f"must be one of {', '.join(meta['choices'])}, not {value!r}")
    low, high = meta.get("low"), meta.get("high")
    if low is not None and value < low:
        return _Problem(f"must be at least {low:g}, not {value!r}")
    if high is not None and value > high:
        return _Problem(f"must be at most {high:g}, not {value!r}")
    return value


def settings_reference() -> list[tuple[str, str, Any, str]]:
    """Every key as (key, type, default, description), for the README and --help."""
    rows: list[tuple[str, str, Any, str]] = [("version", "int", CONFIG_VERSION, _field(Settings, "version").metadata["description"])]
    for section_name, cls in SECTIONS.items():
        for spec in fields(cls):
            default = spec.default if spec.default is not MISSING else None
            rows.append((f"{section_name}.{spec.name}", type(default).__name__, default, spec.metadata["description"]))
    return rows
