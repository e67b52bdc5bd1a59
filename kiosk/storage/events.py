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

#: A play counts as completed when this share of it was watched (also in the totals' trigger).
COMPLETED_SHARE = 0.9

_INSERT = """
    INSERT OR IGNORE INTO events (uuid, kiosk_id, visit, created_utc, day, hour, kind, detail, extra, value)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


def _values(event: Event) -> tuple[str, str, str, str, str, int, str, str, str, float]:
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

    def close(self) -> None:
        """Close this thread's connection (the worker's, at exit)."""
        self.database.close()

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
            purged = connection.execute("DELETE FROM events WHERE day < ?", (cutoff,)).rowcount
            connection.execute("DELETE FROM event_totals WHERE day < ?", (cutoff,))
            connection.execute("DELETE FROM visit_reach WHERE day < ?", (cutoff,))
        return purged

    def count(self) -> int:
        return int(self.database.query("SELECT COUNT(*) FROM events")[0][0])

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
        """Every figure of Admin → Impact and the report for ``period``.

        Read from the running totals (``event_totals``, kept by triggers as events arrive):
        a few rows per day, kind and key, whatever the number of events.
        """
        span = period.bounds()
        figures = ImpactFigures(period)
        figures.days = self.days()  # every day kept, for the day picker
        rows = self.database.query(
            "SELECT kind, key, hour, SUM(n), SUM(total), SUM(done) FROM event_totals"
            " WHERE day BETWEEN ? AND ? GROUP BY kind, key, hour",
            span,
        )
        by_kind: dict[str, list[tuple[str, int, int, float, int]]] = {}
        for kind, key, hour, n, total, done in rows:
            by_kind.setdefault(kind, []).append((key, hour, n, total, done))
        figures.events = sum(n for kind, items in by_kind.items() if kind not in ("kiosk", "reach") for _k, _h, n, _t, _d in items)
        if figures.events == 0:
            return figures
        figures.kiosks = len({key for key, *_ in by_kind.get("kiosk", [])})

        def by_hour(kind: EventKind) -> list[int]:
            hours = [0] * 24
            for _key, hour, n, _total, _done in by_kind.get(kind.value, []):
                if 0 <= hour <= 23:
                    hours[hour] += n
            return hours

        figures.visits_by_hour = by_hour(EventKind.VISIT_START)
        figures.visits = sum(figures.visits_by_hour)
        figures.pledges_by_hour = by_hour(EventKind.PLEDGE)
        figures.pledges = sum(figures.pledges_by_hour)

        lengths = sorted((int(key), n) for key, _h, n, _t, _d in by_kind.get(EventKind.VISIT_END.value, []))
        figures.median_visit_s = _nearest_rank(lengths, 0.5)
        figures.p90_visit_s = _nearest_rank(lengths, 0.9)

        reached: dict[str, int] = {}
        for key, _h, n, _t, _d in by_kind.get("reach", []):
            reached[key] = reached.get(key, 0) + n
        visits = figures.visits or 1
        figures.path = [(screen, min(1.0, reached.get(screen, 0) / visits)) for screen in (*SCREENS, "pledge_made")]

        def grouped(kind: EventKind) -> list[tuple[str, int, float, int]]:
            sums: dict[str, tuple[int, float, int]] = {}
            for key, _h, n, total, done in by_kind.get(kind.value, []):
                n_sum, total_sum, done_sum = sums.get(key, (0, 0.0, 0))
                sums[key] = (n_sum + n, total_sum + total, done_sum + done)
            return [(key, n, total, done) for key, (n, total, done) in sums.items()]

        figures.plays = sorted(
            (PlayFigure(item, n, total / n, done / n) for item, n, total, done in grouped(EventKind.PLAY)),
            key=lambda p: (-p.plays, p.item),
        )
        figures.quiz = sorted(
            (QuizFigure(question, n, total / n) for question, n, total, _done in grouped(EventKind.QUIZ_ANSWER)),
            key=lambda q: q.question,
        )
        figures.languages = sorted(((k, n) for k, n, _t, _d in grouped(EventKind.LANGUAGE)), key=lambda c: (-c[1], c[0]))
        figures.accessibility = sorted(((k, n) for k, n, _t, _d in grouped(EventKind.ACCESSIBILITY)), key=lambda c: (-c[1], c[0]))
        return figures


def _nearest_rank(histogram: list[tuple[int, int]], share: float) -> float | None:
    """The nearest-rank percentile of a histogram of (whole seconds, count), ascending."""
    total = sum(n for _value, n in histogram)
    if not total:
        return None
    rank = max(1, -(-total * share // 1))
    seen = 0
    for value, n in histogram:
        seen += n
        if seen >= rank:
            return float(value)
    return float(histogram[-1][0])


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
