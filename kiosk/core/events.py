"""Anonymous events: what the kiosk did, one small fact at a time, never who did it.

An event has a kind from a closed list and, depending on the kind, a ``detail`` from a
closed list (a screen, a language, an accessibility option, an organiser action) or a
content pack id (a video, a quiz question), a number (seconds, share watched, right or
wrong) and for plays the captions language. :func:`check_event` refuses anything else, so
no free text, name, email or country can be kept, whatever a caller passes.

Events travel between kiosks as JSON Lines (one object per line), merged by their uuid.
"""

from __future__ import annotations

import enum
import json
import math
import re
import uuid as uuid_module
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TextIO

from kiosk.core.languages import LANGUAGE_CODES
from kiosk.core.pledge import format_utc, parse_utc


class EventKind(enum.StrEnum):
    """Every kind of event the kiosk records."""

    VISIT_START = "visit_start"  # a visitor touched the kiosk on Attract
    VISIT_END = "visit_end"  # value: seconds from the first to the last touch
    SCREEN_VIEW = "screen_view"  # detail: the screen; value: seconds on it
    PLAY = "play"  # detail: the video or interview id; value: share watched 0..1; extra: captions language
    QUIZ_ANSWER = "quiz_answer"  # detail: the question id; value: 1 right, 0 wrong
    LANGUAGE = "language"  # detail: the language the visitor chose
    ACCESSIBILITY = "accessibility"  # detail: the option the visitor turned on
    PLEDGE = "pledge"  # a pledge was saved (no detail: no identity)
    ADMIN = "admin"  # detail: the organiser's action


class AdminAction(enum.StrEnum):
    """What an organiser did in Admin that is recorded (the detail of an ``admin`` event)."""

    EXPORT = "export"
    MERGE = "merge"
    ERASE = "erase"


#: Visitor screens whose views are recorded (Attract, PIN and Admin are not).
SCREENS = ("home", "learn", "news", "watch", "publications", "pledge")
ACCESSIBILITY_OPTIONS = ("larger_text", "high_contrast", "reach")
ADMIN_ACTIONS = tuple(action.value for action in AdminAction)
#: A content pack id: letters, digits and ``_ . -``, no spaces, no ``@`` (never an email or a sentence).
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def _no_detail(detail: str) -> bool:
    return detail == ""


def _one_of(allowed: tuple[str, ...]) -> Callable[[str], bool]:
    return lambda detail: detail in allowed


def _pack_id(detail: str) -> bool:
    return bool(_ID.match(detail)) and "@" not in detail


def _any_value(value: float) -> bool:
    return True


def _seconds(value: float) -> bool:
    return value >= 0


@dataclass(frozen=True)
class Rule:
    """What an event of one kind may carry.

    Attributes:
        detail: whether a detail is allowed (closed lists and content pack ids only).
        value: whether a value is allowed, and ``value_problem`` says why not.
        captions: whether ``extra`` may hold a captions language.
    """

    detail: Callable[[str], bool]
    value: Callable[[float], bool] = _any_value
    value_problem: str = ""
    captions: bool = False


#: Each kind and what it may carry: a new kind of event is a member of EventKind and a line here.
RULES: dict[EventKind, Rule] = {
    EventKind.VISIT_START: Rule(_no_detail),
    EventKind.VISIT_END: Rule(_no_detail, _seconds, "seconds cannot be negative"),
    EventKind.SCREEN_VIEW: Rule(_one_of(SCREENS), _seconds, "seconds cannot be negative"),
    EventKind.PLAY: Rule(_pack_id, lambda v: 0.0 <= v <= 1.0, "share watched must be 0 to 1", captions=True),
    EventKind.QUIZ_ANSWER: Rule(_pack_id, lambda v: v in (0.0, 1.0), "a quiz answer is right (1) or wrong (0)"),
    EventKind.LANGUAGE: Rule(_one_of(LANGUAGE_CODES)),
    EventKind.ACCESSIBILITY: Rule(_one_of(ACCESSIBILITY_OPTIONS)),
    EventKind.PLEDGE: Rule(_no_detail),
    EventKind.ADMIN: Rule(_one_of(ADMIN_ACTIONS)),
}
FIELDS = ("uuid", "kiosk_id", "visit", "created_utc", "day", "hour", "kind", "detail", "extra", "value")


@dataclass(frozen=True)
class Event:
    """One anonymous event.

    Attributes:
        uuid: the event's own id (merging is idempotent by it).
        kiosk_id: the kiosk that recorded it.
        visit: the visit's id ("" outside a visit); links a visit's events, nothing else.
        created_utc: when (aware, UTC).
        day: the kiosk's local calendar day (``YYYY-MM-DD``), for the periods of the report.
        hour: the kiosk's local hour (0-23), for the charts by hour.
        kind: an :class:`EventKind` value.
        detail, extra, value: see :class:`EventKind`.
    """

    uuid: str
    kiosk_id: str
    visit: str
    created_utc: datetime
    day: str
    hour: int
    kind: str
    detail: str = ""
    extra: str = ""
    value: float = 0.0


def make_event(
    kiosk_id: str, visit: str, moment: datetime, kind: str, detail: str = "", value: float = 0.0, extra: str = ""
) -> Event:
    """A new event at ``moment`` (aware), with a fresh uuid and the kiosk's local day and hour."""
    local = moment.astimezone()
    return Event(
        uuid=str(uuid_module.uuid4()),
        kiosk_id=kiosk_id,
        visit=visit,
        created_utc=moment.astimezone(UTC),
        day=local.date().isoformat(),
        hour=local.hour,
        kind=kind,
        detail=detail,
        extra=extra,
        value=float(value),
    )


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid_module.UUID(text)) == text
    except (ValueError, AttributeError, TypeError):
        return False


def check_event(event: Event) -> str | None:
    """Why ``event`` may not be kept (English, one line), or None when it may."""
    if not _is_uuid(event.uuid):
        return "bad uuid"
    if not _is_uuid(event.kiosk_id):
        return "bad kiosk id"
    if event.visit and not _is_uuid(event.visit):
        return "bad visit id"
    try:
        kind = EventKind(event.kind)
    except ValueError:
        return f"unknown kind {event.kind!r}"
    try:
        date.fromisoformat(event.day)
    except (ValueError, TypeError):
        return "bad day"
    if not isinstance(event.hour, int) or not 0 <= event.hour <= 23:
        return "bad hour"
    value = event.value
    if not isinstance(value, (int, float)) or math.isnan(value) or math.isinf(value):
        return "bad value"
    detail, extra = event.detail, event.extra
    rule = RULES[kind]
    if not isinstance(detail, str) or not rule.detail(detail):
        return f"detail not allowed for {kind.value}"
    if extra and not (rule.captions and extra in LANGUAGE_CODES):
        return f"extra not allowed for {kind.value}"
    if not rule.value(value):
        return rule.value_problem
    return None


# -- files -------------------------------------------------------------------


class EventLineProblem(enum.Enum):
    """Why a line of an events file could not be merged."""

    NOT_UTF8 = "not_utf8"
    BAD_JSON = "bad_json"
    NOT_AN_OBJECT = "not_an_object"
    MISSING_FIELDS = "missing_fields"
    BAD_TIME = "bad_time"
    INVALID_EVENT = "invalid_event"


@dataclass(frozen=True)
class RejectedEventLine:
    """A line that was not merged: its number (1-based) and why."""

    line: int
    problem: EventLineProblem
    detail: str = ""

    def describe(self) -> str:
        """English text for the command line and the log, e.g. ``line 4: bad_json``."""
        where = f"line {self.line}" if self.line else "file"
        return f"{where}: {self.problem.value}" + (f": {self.detail}" if self.detail else "")


@dataclass(frozen=True)
class ParsedEvents:
    """The events read from one file and the lines rejected."""

    events: tuple[Event, ...]
    rejected: tuple[RejectedEventLine, ...]


def event_line(event: Event) -> str:
    """One JSON line (without the newline)."""
    return json.dumps(
        {
            "uuid": event.uuid,
            "kiosk_id": event.kiosk_id,
            "visit": event.visit,
            "created_utc": format_utc(event.created_utc),
            "day": event.day,
            "hour": event.hour,
            "kind": event.kind,
            "detail": event.detail,
            "extra": event.extra,
            "value": event.value,
        },
        ensure_ascii=False,
    )


def write_events(events: Iterable[Event], out: TextIO) -> int:
    """Write ``events`` as JSON Lines to the text stream ``out``; return how many."""
    written = 0
    for event in events:
        out.write(event_line(event) + "\n")
        written += 1
    return written


def parse_events(data: bytes) -> ParsedEvents:
    """Read an events file; every bad line is listed with its number, the good ones kept."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return ParsedEvents((), (RejectedEventLine(0, EventLineProblem.NOT_UTF8, str(error)),))
    events: list[Event] = []
    rejected: list[RejectedEventLine] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            events.append(_parse_line(line))
        except _LineError as error:
            rejected.append(RejectedEventLine(number, error.problem, error.detail))
    return ParsedEvents(tuple(events), tuple(rejected))


class _LineError(Exception):
    def __init__(self, problem: EventLineProblem, detail: str = ""):
        super().__init__(problem, detail)
        self.problem = problem
        self.detail = detail


def _parse_line(line: str) -> Event:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise _LineError(EventLineProblem.BAD_JSON, str(error)) from error
    if not isinstance(record, dict):
        raise _LineError(EventLineProblem.NOT_AN_OBJECT)
    missing = [name for name in FIELDS if name not in record]
    if missing:
        raise _LineError(EventLineProblem.MISSING_FIELDS, ", ".join(missing))
    try:
        created = parse_utc(str(record["created_utc"]))
    except ValueError as error:
        raise _LineError(EventLineProblem.BAD_TIME, repr(record["created_utc"])) from error
    hour, value = record["hour"], record["value"]
    if isinstance(hour, bool) or not isinstance(hour, int):
        raise _LineError(EventLineProblem.INVALID_EVENT, "bad hour")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _LineError(EventLineProblem.INVALID_EVENT, "bad value")
    texts = {name: record[name] for name in ("uuid", "kiosk_id", "visit", "day", "kind", "detail", "extra")}
    if not all(isinstance(v, str) for v in texts.values()):
        raise _LineError(EventLineProblem.INVALID_EVENT, "a text field is not text")
    event = Event(created_utc=created, hour=hour, value=float(value), **texts)
    problem = check_event(event)
    if problem is not None:
        raise _LineError(EventLineProblem.INVALID_EVENT, problem)
    return event


def events_file_for(pledge_file_name: str) -> str:
    """The name of the events file written beside a pledge export: ``x.csv`` → ``x.events.jsonl``."""
    stem = pledge_file_name.rsplit(".", 1)[0] if "." in pledge_file_name else pledge_file_name
    return f"{stem}.events.jsonl"


def is_events_file(name: str) -> bool:
    """Whether a file name is an events file (merged as events, not as pledges)."""
    return name.endswith(".events.jsonl")


def iter_checked(events: Iterable[Event]) -> Iterator[Event]:
    """The events :func:`check_event` accepts (others are dropped)."""
    return (e for e in events if check_event(e) is None)
