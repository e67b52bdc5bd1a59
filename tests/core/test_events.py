"""Anonymous events: only closed lists and content ids, never free text; files read line by line."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime

import pytest

from kiosk.core.events import (
    EventKind,
    EventLineProblem,
    check_event,
    event_line,
    events_file_for,
    make_event,
    parse_events,
)
from kiosk.core.impact import DateProblem, PeriodKind, parse_range, percentile

KIOSK = str(uuid.uuid4())
VISIT = str(uuid.uuid4())
NOW = datetime(2026, 11, 28, 17, 40, 3, tzinfo=UTC)


def event(kind, detail="", value=0.0, extra=""):
    return make_event(KIOSK, VISIT, NOW, kind, detail, value, extra)


@pytest.mark.parametrize(
    "kind, detail, value, extra",
    [
        (EventKind.VISIT_START, "", 0, ""),
        (EventKind.VISIT_END, "", 42.5, ""),
        (EventKind.SCREEN_VIEW, "learn", 3, ""),
        (EventKind.PLAY, "blue-heart-psa", 0.75, "fr"),
        (EventKind.QUIZ_ANSWER, "paid-crossing", 1, ""),
        (EventKind.LANGUAGE, "ar", 0, ""),
        (EventKind.ACCESSIBILITY, "reach", 0, ""),
        (EventKind.PLEDGE, "", 0, ""),
        (EventKind.ADMIN, "export", 0, ""),
    ],
)
def test_every_kind_of_event_the_kiosk_makes_is_accepted(kind, detail, value, extra):
    assert check_event(event(kind, detail, value, extra)) is None


@pytest.mark.parametrize(
    "kind, detail, extra",
    [
        (EventKind.PLEDGE, "Ann", ""),  # a name
        (EventKind.PLAY, "ann@example.org", ""),  # an email
        (EventKind.QUIZ_ANSWER, "I think it is smuggling", ""),  # free text
        (EventKind.LANGUAGE, "FR", ""),  # a country, not a language
        (EventKind.SCREEN_VIEW, "somewhere", ""),
        (EventKind.ACCESSIBILITY, "bigger", ""),
        (EventKind.ADMIN, "look", ""),
        (EventKind.VISIT_START, "", "Ann"),
        (EventKind.PLAY, "psa", "France"),
        ("typed_text", "", ""),
    ],
)
def test_anything_else_is_refused(kind, detail, extra):
    assert check_event(event(kind, detail, 0.5 if kind == EventKind.PLAY else 0.0, extra)) is not None


def test_numbers_are_checked():
    assert check_event(event(EventKind.PLAY, "psa", 1.5)) is not None
    assert check_event(event(EventKind.QUIZ_ANSWER, "q", 0.5)) is not None
    assert check_event(event(EventKind.VISIT_END, "", -1)) is not None
    assert check_event(event(EventKind.VISIT_END, "", float("nan"))) is not None


def test_an_event_has_the_kiosks_local_day_and_hour():
    made = event(EventKind.VISIT_START)
    local = NOW.astimezone()
    assert (made.day, made.hour) == (local.date().isoformat(), local.hour)
    assert made.created_utc == NOW


def test_a_file_is_read_line_by_line_and_bad_lines_are_listed_by_number():
    good = [event(EventKind.VISIT_START), event(EventKind.SCREEN_VIEW, "home", 2)]
    bad_detail = json.loads(event_line(event(EventKind.LANGUAGE, "en")))
    bad_detail["detail"] = "Ann Smith"
    missing = json.loads(event_line(event(EventKind.PLEDGE)))
    del missing["uuid"]
    lines = [
        event_line(good[0]),
        "{not json",
        json.dumps(bad_detail),
        "",
        json.dumps(missing),
        "[1, 2]",
        event_line(good[1]),
    ]
    parsed = parse_events("\n".join(lines).encode("utf-8"))
    assert parsed.events == tuple(good)
    assert [(r.line, r.problem) for r in parsed.rejected] == [
        (2, EventLineProblem.BAD_JSON),
        (3, EventLineProblem.INVALID_EVENT),
        (5, EventLineProblem.MISSING_FIELDS),
        (6, EventLineProblem.NOT_AN_OBJECT),
    ]
    assert parsed.rejected[1].describe() == "line 3: invalid_event: detail not allowed for language"


def test_the_events_file_sits_beside_the_pledge_export():
    assert events_file_for("pledges-2026-11-28.csv") == "pledges-2026-11-28.events.jsonl"


def test_report_dates():
    period, problem = parse_range("2026-11-27", "2026-11-28")
    assert problem is None and period.kind is PeriodKind.RANGE
    assert (period.first, period.last) == (date(2026, 11, 27), date(2026, 11, 28))
    assert parse_range(None, None)[0].bounds() == ("0000-00-00", "9999-99-99")
    assert parse_range("2026-11-29", "2026-11-28")[1][0] is DateProblem.REVERSED
    assert parse_range("28/11/2026", None)[1] == (DateProblem.BAD_DATE, "28/11/2026")


def test_nearest_rank_percentiles():
    assert percentile([], 0.5) is None
    assert percentile([1, 2, 3, 4], 0.5) == 2
    assert percentile(list(range(1, 11)), 0.9) == 9


def test_every_kind_has_its_rule_in_one_table():
    """A new kind of event is a member of EventKind and one line of RULES: forgetting the line fails here."""
    from kiosk.core.events import RULES, AdminAction

    assert set(RULES) == set(EventKind)
    assert [action.value for action in AdminAction] == ["export", "merge", "erase"]
