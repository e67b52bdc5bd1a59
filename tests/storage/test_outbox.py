"""The outbox: filled by the same transaction that stores a pledge, emptied only by a sync."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from kiosk.core.pledge import Pledge
from kiosk.core.pledge_files import ExportFormat
from kiosk.storage.database import MIGRATIONS, Database
from kiosk.storage.outbox import Outbox
from kiosk.storage.pledges import DATABASE_NAME, PledgeStore, merge_pledges

KIOSK = "11111111-1111-4111-8111-111111111111"


def pledge(n: int) -> Pledge:
    return Pledge(f"00000000-0000-4000-8000-{n:012d}", KIOSK, datetime(2026, 7, 30, 9, n, tzinfo=UTC), "en", ("learn",))


def test_pledges_made_before_the_outbox_existed_are_queued_by_the_migration(tmp_path):
    path = tmp_path / DATABASE_NAME
    old = Database(path, MIGRATIONS[:3])
    old.migrate()
    PledgeStore(old).add(pledge(1))
    PledgeStore(old).add(pledge(2))
    old.close()
    store = PledgeStore.open(tmp_path)
    outbox = Outbox(store.database)
    assert [q.pledge.uuid for q in outbox.next_pledges(10)] == [pledge(1).uuid, pledge(2).uuid]


def test_a_new_pledge_is_queued_with_it_and_leaves_only_when_removed(tmp_path):
    store = PledgeStore.open(tmp_path)
    outbox = Outbox(store.database)
    store.add(pledge(3))
    store.add(pledge(1))  # an older time, queued later: the queue keeps its own order
    queued = outbox.next_pledges(10)
    assert [q.pledge for q in queued] == [pledge(3), pledge(1)]
    outbox.remove([queued[0].seq])
    assert [q.pledge for q in outbox.next_pledges(10)] == [pledge(1)]
    assert store.count() == 2  # the pledges themselves stay: SQLite is the source of truth


def test_a_pledge_already_known_is_not_queued_again_and_an_erased_one_leaves_the_queue(tmp_path):
    store = PledgeStore.open(tmp_path / "a")
    store.add(pledge(1))
    store.export(tmp_path / "a.csv", ExportFormat.CSV)
    outbox = Outbox(store.database)
    outbox.remove([q.seq for q in outbox.next_pledges(10)])
    merge_pledges(tmp_path / "a", [tmp_path / "a.csv"])
    assert outbox.queued() == 0
    store.add(pledge(2))
    store.erase_all()
    assert outbox.queued() == 0


def test_a_failed_pledge_transaction_queues_nothing(tmp_path):
    store = PledgeStore.open(tmp_path)
    store.add(pledge(1))
    try:
        store.add(pledge(1))
    except Exception:  # noqa: BLE001 - the duplicate is refused
        pass
    assert Outbox(store.database).queued() == 1
    raw = sqlite3.connect(tmp_path / DATABASE_NAME)
    assert raw.execute("SELECT COUNT(*) FROM outbox").fetchone()[0] == 1
    raw.close()
