"""Anonymous events in SQLite: batches in, figures out (aggregated in SQL, on indexes).

Every method may be called from any thread (each thread gets its own connection of the
:class:`~kiosk.storage.database.Database`).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from kiosk.core.events import (
    SCREENS,
    Event,
    EventKind,
    RejectedEventLine,
    check_event,
    parse_events,
    write_events,
)
from kiosk.core.impact import ImpactFigures, Period, PlayFigure, QuizFigure
from kiosk.core.pledge import format_utc, parse_utc
from kiosk.storage.database import Database, translated_errors

log = logging.getLogger(__name__)

#: A play counts as completed when this share of it was watched.
COMPLETED_SHARE = 0.9

_INSERT = """
    INSERT OR IGNORE INTO events (uuid, kiosk_id, visit, created_utc, day, hour, kind, detail, extra, value)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


def _values(event: Event) -> tuple:
    return (
        event.uuid,
        event.kiosk_id,
        event.visit,
        format_utc(event.created_utc),
        event.day,
        event.hour,
        event.kind,
        event.detail,
        event.extra,
        event.value,
    )


@dataclass
class EventMergeReport:
    """What merging one events file did."""

    path: Path
    added: int = 0
    already_present: int = 0
    rejected: list[RejectedEventLine] = field(default_factory=list)


class EventStore:
    """The events table of the kiosk's database."""

    def __init__(self, database: Database):
        self.database = database

    # -- writing ---------------------------------------------------------------------------
    def add_many(self, events: Iterable[Event]) -> int:
        """Keep a batch in one transaction; events :func:`check_event` refuses are dropped (logged).

        Returns how many were new (an event already known by its uuid is skipped).
        """
        added = 0
        with self.database.transaction() as connection:
            for event in events:
                problem = check_event(event)
                if problem is not None:
                    log.error("event not kept (%s): kind %r", problem, event.kind)
                    continue
                added += connection.execute(_INSERT, _values(event)).rowcount
        return added

    def purge(self, today: date, retention_days: int) -> int:
        """Delete the events of days older than ``retention_days`` before ``today``; return how many."""
        cutoff = (today - timedelta(days=retention_days)).isoformat()
        with self.database.transaction() as connection:
            return connection.execute("DELETE FROM events WHERE day < ?", (cutoff,)).rowcount

    def count(self) -> int:
        return self.database.query("SELECT COUNT(*) FROM events")[0][0]

    # -- files -----------------------------------------------------------------------------
    def all(self) -> Iterator[Event]:
        """Every event that may travel (checked), oldest first, streamed."""
        connection = self.database.connection()
        with translated_errors():
            cursor = connection.execute(
                "SELECT uuid, kiosk_id, visit, created_utc, day, hour, kind, detail, extra, value"
                " FROM events ORDER BY created_utc, uuid"
            )
            try:
                while batch := cursor.fetchmany(1000):
                    for row in batch:
                        try:
                            event = Event(row[0], row[1], row[2], parse_utc(row[3]), *row[4:])
                        except (ValueError, TypeError):
                            continue
                        if check_event(event) is None:
                            yield event
            finally:
                cursor.close()

    def export(self, path: Path) -> int:
        """Write every event to ``path`` as JSON Lines (via a temporary file); return how many."""
        path = Path(path)
        temporary = path.with_name(path.name + ".part")
        connection = self.database.connection()
        with translated_errors():
            connection.execute("BEGIN")
            try:
                with open(temporary, "w", encoding="utf-8", newline="\n") as out:
                    written = write_events(self.all(), out)
                    out.flush()
                    os.fsync(out.fileno())
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
            finally:
                connection.execute("COMMIT")
            os.replace(temporary, path)
        log.info("Exported %d events to %s", written, path)
        return written

    def merge(self, path: Path) -> EventMergeReport:
        """Add another kiosk's events file; an event already known (by uuid) is skipped."""
        report = EventMergeReport(Path(path))
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            from kiosk.core.events import EventLineProblem

            report.rejected.append(RejectedEventLine(0, EventLineProblem.NOT_UTF8, str(error)))
            return report
        parsed = parse_events(data)
        report.rejected.extend(parsed.rejected)
        with self.database.transaction() as connection:
            for event in parsed.events:
                if connection.execute(_INSERT, _values(event)).rowcount == 1:
                    report.added += 1
                else:
                    report.already_present += 1
        log.info("Merged events %s: %d added, %d already present, %d rejected",
                 path, report.added, report.already_present, len(report.rejected))
        return report

    # -- figures ---------------------------------------------------------------------------
    def days(self) -> list[str]:
        """Every local day with events, oldest first (an index scan: one row per day)."""
        rows = self.database.query(
            "WITH RECURSIVE d(day) AS ("
            " SELECT MIN(day) FROM events"
            " UNION ALL SELECT (SELECT MIN(day) FROM events WHERE day > d.day) FROM d WHERE d.day IS NOT NULL"
            ") SELECT day FROM d WHERE day IS NOT NULL"
        )
        return [r[0] for r in rows]

    def figures(self, period: Period) -> ImpactFigures:
        """Every figure of Admin → Impact and the report for ``period``."""
        first, last = period.bounds()
        span = (first, last)
        q = self.database.query
        figures = ImpactFigures(period)
        figures.days = self.days()  # every day kept, for the day picker
        figures.events = q("SELECT COUNT(*) FROM events WHERE day BETWEEN ? AND ?", span)[0][0]
        if figures.events == 0:
            return figures
        figures.kiosks = q(
            "SELECT COUNT(DISTINCT kiosk_id) FROM events WHERE kind = ? AND day BETWEEN ? AND ?",
            (EventKind.VISIT_START.value, *span),
        )[0][0]

        def by_hour(kind: EventKind) -> list[int]:
            hours = [0] * 24
            for hour, count in q(
                "SELECT hour, COUNT(*) FROM events WHERE kind = ? AND day BETWEEN ? AND ? GROUP BY hour",
                (kind.value, *span),
            ):
                if 0 <= hour <= 23:
                    hours[hour] = count
            return hours

        figures.visits_by_hour = by_hour(EventKind.VISIT_START)
        figures.visits = sum(figures.visits_by_hour)
        figures.pledges_by_hour = by_hour(EventKind.PLEDGE)
        figures.pledges = sum(figures.pledges_by_hour)

        ended = q("SELECT COUNT(*) FROM events WHERE kind = ? AND day BETWEEN ? AND ?", (EventKind.VISIT_END.value, *span))[0][0]

        def nearest_rank(share: float) -> float | None:
            if not ended:
                return None
            rank = max(1, -(-ended * share // 1))
            return q(
                "SELECT value FROM events WHERE kind = ? AND day BETWEEN ? AND ? ORDER BY value LIMIT 1 OFFSET ?",
                (EventKind.VISIT_END.value, *span, int(rank) - 1),
            )[0][0]

        figures.median_visit_s = nearest_rank(0.5)
        figures.p90_visit_s = nearest_rank(0.9)

        reached = dict(
            q(
                "SELECT detail, COUNT(DISTINCT visit) FROM events WHERE kind = ? AND day BETWEEN ? AND ?"
                " AND visit != '' GROUP BY detail",
                (EventKind.SCREEN_VIEW.value, *span),
            )
        )
        pledged = q(
            "SELECT COUNT(DISTINCT visit) FROM events WHERE kind = ? AND day BETWEEN ? AND ? AND visit != ''",
            (EventKind.PLEDGE.value, *span),
        )[0][0]
        visits = figures.visits or 1
        figures.path = [(screen, min(1.0, reached.get(screen, 0) / visits)) for screen in SCREENS]
        figures.path.append(("pledge_made", min(1.0, pledged / visits)))

        figures.plays = [
            PlayFigure(item, plays, mean or 0.0, (done or 0) / plays)
            for item, plays, mean, done in q(
                "SELECT detail, COUNT(*), AVG(value), SUM(value >= ?) FROM events"
                " WHERE kind = ? AND day BETWEEN ? AND ? GROUP BY detail ORDER BY COUNT(*) DESC, detail",
                (COMPLETED_SHARE, EventKind.PLAY.value, *span),
            )
        ]
        figures.quiz = [
            QuizFigure(question, answers, right or 0.0)
            for question, answers, right in q(
                "SELECT detail, COUNT(*), AVG(value) FROM events WHERE kind = ? AND day BETWEEN ? AND ?"
                " GROUP BY detail ORDER BY detail",
                (EventKind.QUIZ_ANSWER.value, *span),
            )
        ]

        def counts(kind: EventKind) -> list[tuple[str, int]]:
            return [
                (detail, count)
                for detail, count in q(
                    "SELECT detail, COUNT(*) FROM events WHERE kind = ? AND day BETWEEN ? AND ?"
                    " GROUP BY detail ORDER BY COUNT(*) DESC, detail",
                    (kind.value, *span),
                )
            ]

        figures.languages = counts(EventKind.LANGUAGE)
        figures.accessibility = counts(EventKind.ACCESSIBILITY)
        return figures


def export_events_beside(database: Database, pledge_file: Path) -> Path:
    """Write the events next to a pledge export (``x.csv`` → ``x.events.jsonl``); return the path."""
    from kiosk.core.events import events_file_for

    target = Path(pledge_file).with_name(events_file_for(Path(pledge_file).name))
    EventStore(database).export(target)
    return target


def merge_event_files(database: Database, paths: Sequence[Path]) -> list[EventMergeReport]:
    """Merge events files (each one transaction)."""
    store = EventStore(database)
    return [store.merge(Path(p)) for p in paths]
