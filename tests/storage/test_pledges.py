"""The pledge store: durable adds, counts, the wall, export and merge."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.blocklist import Blocklist
from kiosk.core.pledge import Pledge, PledgeForm, make_pledge, validate
from kiosk.core.pledge_files import ExportFormat, LineProblem
from kiosk.storage.database import KnownDatabaseError, StorageProblem
from kiosk.storage.pledges import (
    DATABASE_NAME,
    PledgeStore,
    add_many,
    export_pledges,
    kiosk_id,
    merge_pledges,
)

NOW = datetime(2026, 7, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    return PledgeStore.open(tmp_path / "data", NOW)


def pledge(n: int = 1, when: datetime = NOW, kiosk: str = "9f5c9ecf-6749-4001-823f-71f329072bd3", **changes) -> Pledge:
    form = validate(PledgeForm("en", ("learn",), changes.pop("first_name", f"Name{n}"), consent_wall=changes.pop("consent_wall", True)))
    assert form.ok
    made = make_pledge(form.form, kiosk, when, f"00000000-0000-4000-8000-{n:012d}")
    return Pledge(**{**made.__dict__, **changes})


def test_add_returns_the_new_total_and_reads_back(store):
    assert store.count() == 0
    assert store.add(pledge(1)) == 1
    assert store.add(pledge(2)) == 2
    assert store.count() == 2
    assert store.get(pledge(1).uuid) == pledge(1)


def test_add_is_committed_for_another_connection(store):
    store.add(pledge(1))
    other = sqlite3.connect(store.database.path)
    assert other.execute("SELECT first_name FROM pledges").fetchall() == [("Name1",)]
    other.close()


def test_count_reads_the_kept_counter_not_the_table(store):
    add_many(store, [pledge(n) for n in range(1, 6)])
    plan = store.database.query("EXPLAIN QUERY PLAN SELECT total FROM pledge_count WHERE id = 1")
    assert "pledges" not in " ".join(str(tuple(r)) for r in plan)
    assert store.count() == 5
    store.database.connection().execute("DELETE FROM pledges WHERE uuid = ?", (pledge(1).uuid,))
    assert store.count() == 4


def test_count_today_uses_the_local_day(store, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    import time

    time.tzset()
    try:
        tokyo_midnight_utc = datetime(2026, 7, 30, 15, 0, tzinfo=UTC)  # 31 July 00:00 in Tokyo
        add_many(
            store,
            [
                pledge(1, tokyo_midnight_utc - timedelta(seconds=1)),
                pledge(2, tokyo_midnight_utc),
                pledge(3, tokyo_midnight_utc + timedelta(hours=5)),
            ],
        )
        assert store.count_today(tokyo_midnight_utc + timedelta(hours=6)) == 2
        assert store.count_today(tokyo_midnight_utc - timedelta(minutes=1)) == 1
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_wall_shows_consented_unhidden_allowed_names_newest_first(store):
    add_many(
        store,
        [
            pledge(1, NOW, first_name="Ann"),
            pledge(2, NOW + timedelta(seconds=1), first_name="Bob", consent_wall=False),
            pledge(3, NOW + timedelta(seconds=2), first_name="darn"),
            pledge(4, NOW + timedelta(seconds=3), first_name="<b>x</b>"),
            pledge(5, NOW + timedelta(seconds=4), first_name="", consent_wall=False),
            pledge(6, NOW + timedelta(seconds=5), first_name="Chen"),
        ],
    )
    names = [w.first_name for w in store.wall_names(10, Blocklist({"en": ["darn"]}))]
    assert names == ["Chen", "<b>x</b>", "Ann"]
    assert [w.first_name for w in store.wall_names(2)] == ["Chen", "<b>x</b>"]
    assert store.hide(pledge(6).uuid)
    assert [w.first_name for w in store.wall_names(10)] == ["<b>x</b>", "darn", "Ann"]
    assert store.hide(pledge(6).uuid, hidden=False)
    assert not store.hide("00000000-0000-4000-8000-999999999999")
    assert [s.first_name for s in store.recent(2)] == ["Chen", "<b>x</b>"]


def test_erase_all_leaves_nothing_behind(store):
    add_many(store, [pledge(n, first_name="Secretname") for n in range(1, 30)])
    assert store.erase_all() == 29
    assert store.count() == 0
    store.database.close()
    path = store.database.path
    for file in [path, path.with_name(path.name + "-wal")]:
        if file.exists():
            assert b"Secretname" not in file.read_bytes()


def test_disk_full_on_add_is_could_not_save_and_nothing_half_written(store):
    store.add(pledge(1))
    connection = store.database.connection()
    connection.execute(f"PRAGMA max_page_count = {store.database.query('PRAGMA page_count')[0][0]}")
    with pytest.raises(KnownDatabaseError) as caught:
        for n in range(2, 400):
            store.add(pledge(n, first_name="x" * 40))
    assert caught.value.problem is StorageProblem.DISK_FULL
    total = store.count()
    assert total == store.database.query("SELECT COUNT(*) FROM pledges")[0][0]
    connection.execute("PRAGMA max_page_count = 1073741823")
    assert store.add(pledge(1000)) == total + 1


def test_kiosk_id_is_made_once_and_kept(tmp_path):
    first = kiosk_id(tmp_path)
    assert kiosk_id(tmp_path) == first
    (tmp_path / "kiosk-id").write_text("garbage")
    replaced = kiosk_id(tmp_path)
    assert replaced != first and kiosk_id(tmp_path) == replaced


def test_corrupt_file_at_start_gives_a_warning_and_a_working_store(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / DATABASE_NAME).write_bytes(b"this is not a database" * 100)
    store = PledgeStore.open(data, NOW)
    assert store.start_warning is not None
    assert store.start_warning.moved_to.read_bytes().startswith(b"this is not")
    assert store.add(pledge(1)) == 1


def test_export_csv_has_bom_and_neutralised_formulas(store, tmp_path):
    store.add(pledge(1, first_name="=cmd|' /C calc'!A0"))
    store.add(pledge(2, NOW + timedelta(seconds=1), first_name="@Ann"))
    report = store.export(tmp_path / "out.csv", ExportFormat.CSV)
    assert report.written == 2
    data = (tmp_path / "out.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [r["first_name"] for r in rows] == ["'=cmd|' /C calc'!A0", "'@Ann"]
    assert not (tmp_path / "out.csv.part").exists()


def test_export_to_a_full_or_missing_target_is_a_known_error(store, tmp_path):
    with pytest.raises(KnownDatabaseError):
        store.export(tmp_path / "no" / "such" / "dir" / "out.csv", ExportFormat.CSV)


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_merge_twice_counts_each_pledge_once(tmp_path, fmt):
    other = PledgeStore.open(tmp_path / "other", NOW)
    add_many(other, [pledge(n, kiosk="11111111-1111-4111-8111-111111111111") for n in range(1, 6)])
    other.hide(pledge(2).uuid)
    export = tmp_path / f"other{fmt.suffix}"
    other.export(export, fmt)

    mine = PledgeStore.open(tmp_path / "mine", NOW)
    add_many(mine, [pledge(n) for n in range(5, 8)])  # pledge 5 is already known here
    first = mine.merge([export])
    assert (first.added, first.already_present, first.rejected) == (4, 1, 0)
    second = mine.merge([export, export])
    assert (second.added, second.already_present) == (0, 10)
    assert mine.count() == 7
    assert mine.get(pledge(2).uuid).hidden


def test_merge_reports_bad_lines_and_unreadable_files(store, tmp_path):
    good = PledgeStore.open(tmp_path / "other", NOW)
    good.add(pledge(1))
    export = tmp_path / "x.jsonl"
    good.export(export, ExportFormat.JSONL)
    export.write_text(export.read_text() + "{bad\n", encoding="utf-8")
    report = store.merge([export, tmp_path / "missing.csv"])
    assert report.added == 1
    assert [(r.line, r.problem) for r in report.files[0].rejected] == [(2, LineProblem.BAD_JSON)]
    assert report.files[1].rejected[0].line == 0


def test_command_line_functions(tmp_path):
    data = tmp_path / "data"
    PledgeStore.open(data, NOW).add(pledge(1))
    out = tmp_path / "all.jsonl"
    assert export_pledges(data, out, ExportFormat.JSONL).written == 1
    assert json.loads(out.read_text())["first_name"] == "Name1"
    report = merge_pledges(tmp_path / "other", [out])
    assert report.added == 1


def test_events_are_counted(store):
    store.record_event("screen_view", "learn", NOW)
    store.record_event("screen_view", "learn", NOW)
    store.record_event("screen_view", "pledge", NOW)
    assert store.event_counts("screen_view") == {"learn": 2, "pledge": 1}


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(name=st.text(max_size=50), email=st.emails(), country=st.sampled_from(["", "FR", "cn", "SA"]))
def test_what_is_stored_equals_what_was_accepted(store, name, email, country):
    checked = validate(PledgeForm("ar", ("learn", "report"), name, country, email, True, bool(name.strip())))
    if not checked.ok:
        assert checked.problems_for("first_name") or checked.problems_for("email")
        return
    made = make_pledge(checked.form, "9f5c9ecf-6749-4001-823f-71f329072bd3", NOW)
    before = store.count()
    assert store.add(made) == before + 1
    stored = store.get(made.uuid)
    assert stored == made
    assert stored.first_name == name.strip()
