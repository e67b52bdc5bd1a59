"""The events table: batches in, figures out, purge, and files that travel between kiosks."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from kiosk.core.events import EventKind, make_event
from kiosk.core.impact import Period
from kiosk.core.pledge_files import ExportFormat
from kiosk.storage.database import MIGRATIONS, Database
from kiosk.storage.events import EventStore
from kiosk.storage.pledges import PledgeStore

NOON = datetime(2026, 11, 28, 12, 0, tzinfo=UTC).astimezone().replace(hour=12, minute=0)


def visit(kiosk: str, at: datetime, seconds: float, screens=(), pledged=False, quiz=()):
    """The events of one visit, as the kiosk records them."""
    v = str(uuid.uuid4())
    events = [make_event(kiosk, v, at, EventKind.VISIT_START)]
    events += [make_event(kiosk, v, at, EventKind.SCREEN_VIEW, s, 5) for s in screens]
    events += [make_event(kiosk, v, at, EventKind.QUIZ_ANSWER, q, 1.0 if right else 0.0) for q, right in quiz]
    if pledged:
        events.append(make_event(kiosk, v, at, EventKind.PLEDGE))
    events.append(make_event(kiosk, v, at, EventKind.VISIT_END, "", seconds))
    return events


def store_in(path) -> EventStore:
    return EventStore(PledgeStore.open(path).database)


def test_figures_of_a_day(tmp_path):
    store = store_in(tmp_path)
    kiosk = str(uuid.uuid4())
    events = []
    for n in range(10):
        events += visit(kiosk, NOON + timedelta(hours=n % 2), 10 * (n + 1), screens=("home", "learn") if n < 4 else ("home",),
                        pledged=n < 2, quiz=(("q1", n % 2 == 0),) if n < 4 else ())
    events.append(make_event(kiosk, "", NOON, EventKind.PLAY, "psa", 1.0, "fr"))
    events.append(make_event(kiosk, "", NOON, EventKind.PLAY, "psa", 0.5, ""))
    events.append(make_event(kiosk, "", NOON, EventKind.LANGUAGE, "ar"))
    events.append(make_event(kiosk, "", NOON, EventKind.ACCESSIBILITY, "larger_text"))
    assert store.add_many(events) == len(events)
    assert store.add_many(events) == 0  # the same events again: nothing new

    figures = store.figures(Period.day(NOON.date()))
    assert figures.visits == 10 and figures.kiosks == 1
    assert (figures.median_visit_s, figures.p90_visit_s) == (50, 90)
    assert figures.visits_by_hour[12] == 5 and figures.visits_by_hour[13] == 5
    assert dict(figures.path) == {"home": 1.0, "learn": 0.4, "news": 0, "watch": 0, "publications": 0, "pledge": 0, "pledge_made": 0.2}
    assert figures.pledges == 2 and figures.pledges_by_hour[12] == 1 and figures.pledges_by_hour[13] == 1
    assert [(p.item, p.plays, p.mean_share, p.completed) for p in figures.plays] == [("psa", 2, 0.75, 0.5)]
    assert [(q.question, q.answers, q.right) for q in figures.quiz] == [("q1", 4, 0.5)]
    assert figures.languages == [("ar", 1)] and figures.accessibility == [("larger_text", 1)]
    assert store.figures(Period.day(NOON.date() + timedelta(days=1))).empty


def test_old_days_are_purged(tmp_path):
    store = store_in(tmp_path)
    kiosk = str(uuid.uuid4())
    store.add_many(visit(kiosk, NOON - timedelta(days=40), 5) + visit(kiosk, NOON, 5))
    assert store.purge(NOON.date(), retention_days=30) == 2
    assert store.days() == [NOON.date().isoformat()]


def test_a_database_of_version_3_keeps_its_events(tmp_path):
    path = tmp_path / "k.sqlite3"
    old = Database(path, MIGRATIONS[:3])
    old.migrate()
    with old.transaction() as connection:
        connection.execute("INSERT INTO events (created_utc, kind, detail) VALUES ('2026-11-01T10:00:00.000000Z', 'screen_view', 'home')")
    old.close()
    database = Database(path)
    database.migrate()
    assert [tuple(r) for r in database.query("SELECT day, hour, kind, detail FROM events")] == [("2026-11-01", 10, "screen_view", "home")]


def test_export_and_merge_carry_the_events_and_a_merged_report_counts_each_kiosk_once(tmp_path):
    kiosks = {}
    for name in ("a", "b"):
        store = PledgeStore.open(tmp_path / name)
        kiosk = str(uuid.uuid4())
        EventStore(store.database).add_many(visit(kiosk, NOON, 30) + visit(kiosk, NOON, 60, pledged=True))
        report = store.export(tmp_path / f"{name}.csv", ExportFormat.CSV)
        assert report.events_path == tmp_path / f"{name}.events.jsonl" and report.events_written == 5
        kiosks[name] = store
    # Kiosk a gets b's export twice and its own once: each visit counts once.
    merged = kiosks["a"].merge([tmp_path / "b.csv", tmp_path / "b.csv", tmp_path / "a.csv"])
    assert [(e.added, e.already_present) for e in merged.events] == [(5, 0), (0, 5), (0, 5)]
    figures = EventStore(kiosks["a"].database).figures(Period.event())
    assert (figures.visits, figures.kiosks, figures.pledges) == (4, 2, 2)
    # An events file given by itself merges too, and bad lines are listed by number.
    bad = tmp_path / "c.events.jsonl"
    bad.write_text((tmp_path / "b.events.jsonl").read_text(encoding="utf-8") + "nonsense\n", encoding="utf-8")
    again = kiosks["a"].merge([bad])
    assert [(e.added, e.already_present, [r.line for r in e.rejected]) for e in again.events] == [(0, 5, [6])]
    assert again.rejected == 1
