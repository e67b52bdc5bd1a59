"""Pushing pledges to a real PostgreSQL: every case ends with nothing lost and nothing twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core.fleet import FleetError, FleetProblem
from kiosk.storage.fleet_sync import PushHooks, sync_once
from kiosk.storage.outbox import Outbox
from kiosk.storage.pledges import merge_pledges
from tests.fleet.conftest import EVENT, KIOSK_ROLES, kiosk_store, pledges

KIOSK_A = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"
KIOSK_B = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"
ROOT = Path(__file__).resolve().parents[2]


def sync(store, config, **kwargs):
    return sync_once(Outbox(store.database), config, KIOSK_ROLES[config.url.split("//")[1].split("@")[0]], **kwargs)


def test_plain_push_then_duplicate_push(central, tmp_path):
    made = pledges(30, KIOSK_A)
    store = kiosk_store(tmp_path / "a", made)
    outbox = Outbox(store.database)
    assert outbox.queued() == 30

    first = sync(store, central.config(), batch_size=8)
    assert (first.push.sent, first.push.new, first.push.queued, first.event_total) == (30, 30, 0, 30)
    assert central.uuids() == sorted(p.uuid for p in made)

    # The same pledges again (a kiosk restored from a backup, an outbox queued twice).
    assert outbox.requeue_all_pledges() == 30
    again = sync(store, central.config(), batch_size=8)
    assert (again.push.sent, again.push.new, again.push.already_there, again.event_total) == (30, 0, 30, 30)
    assert central.uuids() == sorted(p.uuid for p in made)
    assert outbox.queued() == 0
    assert outbox.notes()["last_error"] == ""


def test_an_email_leaves_only_with_consent(central, tmp_path):
    consenting = pledges(1, KIOSK_A, first_name="Ann", email="ann@example.org", consent_contact=True)
    # Not a pledge the form can make (the email is kept only with consent), yet never sent without it.
    not_consenting = pledges(1, KIOSK_A, first_name="Bob", email="bob@example.org", consent_contact=False)
    store = kiosk_store(tmp_path / "a", consenting + not_consenting)
    sync(store, central.config())
    rows = dict(central.query("SELECT first_name, email FROM blueheart.pledges"))
    assert rows == {"Ann": "ann@example.org", "Bob": ""}


def test_server_stopped_mid_push(central, postgres, tmp_path):
    made = pledges(25, KIOSK_A)
    store = kiosk_store(tmp_path / "a", made)
    stopped = []

    def stop_server(batch):
        if not stopped:
            stopped.append(len(batch))
            postgres.stop("immediate")  # a crash: no checkpoint, every connection cut

    try:
        with pytest.raises(FleetError) as failure:
            sync(store, central.config(), batch_size=10, hooks=PushHooks(after_commit=stop_server))
    finally:
        postgres.start()
    assert failure.value.problem is FleetProblem.UNREACHABLE
    outbox = Outbox(store.database)
    assert stopped == [10]
    assert outbox.queued() == 15  # the committed batch left; the rest waits
    assert len(central.uuids()) == 10
    assert "cannot reach" in outbox.notes()["last_error"]

    result = sync(store, central.config(), batch_size=10)
    assert (result.push.sent, result.push.new, result.event_total) == (15, 15, 25)
    assert central.uuids() == sorted(p.uuid for p in made)


def test_connection_cut_mid_transaction(central, postgres, tmp_path):
    made = pledges(25, KIOSK_A)
    store = kiosk_store(tmp_path / "a", made)
    batches = []

    def cut(batch):
        batches.append(len(batch))
        if len(batches) == 2:  # the second batch is inserted, not committed
            postgres.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'kiosk_a'",
                database=central.database,
            )

    with pytest.raises(FleetError) as failure:
        sync(store, central.config(), batch_size=10, hooks=PushHooks(before_commit=cut))
    assert failure.value.problem is FleetProblem.UNREACHABLE
    assert len(central.uuids()) == 10  # the cut transaction was rolled back
    assert Outbox(store.database).queued() == 15

    result = sync(store, central.config(), batch_size=10)
    assert (result.push.sent, result.push.new, result.event_total) == (15, 15, 25)
    assert central.uuids() == sorted(p.uuid for p in made)


_KIOSK_PROCESS = """
import sys
from kiosk.core.fleet import FleetConfig
from kiosk.storage.fleet_sync import PushHooks, open_outbox, sync_once
from pathlib import Path

data_dir, url, event, password, point = sys.argv[1:6]

def stop_here(batch):
    print(f"{point} {len(batch)}", flush=True)
    sys.stdin.readline()  # killed here with SIGKILL

hooks = PushHooks(**{point: stop_here})
sync_once(open_outbox(Path(data_dir)), FleetConfig(url, event), password, batch_size=10, hooks=hooks)
print("finished", flush=True)
"""


@pytest.mark.parametrize("point", ["before_commit", "after_commit"])
def test_kill_9_of_the_kiosk_mid_sync_then_resume(central, tmp_path, point):
    made = pledges(25, KIOSK_A)
    data_dir = tmp_path / "a"
    kiosk_store(data_dir, made).database.close()
    config = central.config()
    process = subprocess.Popen(
        [sys.executable, "-c", _KIOSK_PROCESS, str(data_dir), config.url, EVENT, KIOSK_ROLES["kiosk_a"], point],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert process.stdout.readline().split() == [point, "10"]
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    committed = 10 if point == "after_commit" else 0
    assert len(central.uuids()) == committed

    # The kiosk starts again; the organiser (or the worker) syncs: the command line this time.
    config_file = central.config_file(tmp_path / "kiosk.toml")
    resumed = subprocess.run(
        [sys.executable, "-m", "kiosk", "--config", str(config_file), "fleet", "sync", "--once", "--data-dir", str(data_dir)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert resumed.returncode == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    assert (summary["sent"], summary["new"], summary["already_there"]) == (25, 25 - committed, committed)
    assert (summary["queued"], summary["event_total"]) == (0, 25)
    assert central.uuids() == sorted(p.uuid for p in made)


def test_two_kiosks_in_one_event(central, tmp_path):
    made_a, made_b = pledges(40, KIOSK_A), pledges(35, KIOSK_B)
    stores = {"kiosk_a": kiosk_store(tmp_path / "a", made_a), "kiosk_b": kiosk_store(tmp_path / "b", made_b)}
    for store in stores.values():
        store.database.close()  # each thread opens its own connection
    results, errors = {}, []

    def run(role):
        try:
            results[role] = sync(stores[role], central.config(role), batch_size=7)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(role,)) for role in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    assert max(r.event_total for r in results.values()) == 75
    assert central.uuids() == sorted(p.uuid for p in made_a + made_b)

    # The old habit goes on: kiosk A's USB export merged into kiosk B. B sends them again; the
    # central database already has them, and the event total stays right.
    export = tmp_path / "a.csv"
    stores["kiosk_a"].export(export, __import__("kiosk.core.pledge_files", fromlist=["ExportFormat"]).ExportFormat.CSV)
    assert merge_pledges(tmp_path / "b", [export]).added == 40
    again = sync(stores["kiosk_b"], central.config("kiosk_b"))
    assert (again.push.sent, again.push.new, again.event_total) == (40, 0, 75)
    assert central.uuids() == sorted(p.uuid for p in made_a + made_b)


def test_the_kiosk_clock_wrong_by_a_day(central, tmp_path):
    real_now = datetime.now(UTC)
    ahead = pledges(12, KIOSK_A, start=real_now + timedelta(days=1))
    store = kiosk_store(tmp_path / "a", ahead)
    sync(store, central.config(), now=lambda: real_now + timedelta(days=1))

    # Someone sets the clock right: new pledges are "older" than those already sent. The outbox
    # goes by its own order, never by the kiosk's clock, so none is skipped.
    behind = pledges(9, KIOSK_A, start=real_now - timedelta(days=1))
    from kiosk.storage.pledges import add_many

    add_many(store, behind)
    result = sync(store, central.config())
    assert (result.push.sent, result.event_total) == (9, 21)
    assert central.uuids() == sorted(p.uuid for p in ahead + behind)
    # The kiosk's own times are kept as it gave them; the server stamps when it received each.
    rows = central.query("SELECT created_utc, received_utc FROM blueheart.pledges")
    created = sorted(r[0] for r in rows)
    assert created[0] == behind[0].created_utc and created[-1] == ahead[-1].created_utc
    assert all(abs(r[1] - real_now) < timedelta(minutes=10) for r in rows)


def test_kill_9_of_a_running_kiosk_while_it_catches_up(central, postgres, tmp_path):
    """The whole kiosk (GUI, offscreen) catching up on 8,000 queued pledges, killed mid-sync."""
    import time

    from kiosk.storage.pledges import PledgeStore

    data_dir = tmp_path / "kiosk"
    kiosk_store(data_dir, pledges(8_000, KIOSK_A)).database.close()
    central.config_file(data_dir / "config" / "kiosk.toml", sync_seconds=300)
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.pledge_and_wait", str(data_dir), "Ann"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    watcher = postgres.superuser(central.database)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # polls the central database; asserts no duration
            if watcher.execute("SELECT count(*) FROM blueheart.pledges").fetchone()[0] >= 500:
                break
            time.sleep(0.002)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
        watcher.close()
    at_kill = len(central.uuids())
    assert 500 <= at_kill < 8_000, "the kiosk was not killed mid-sync"

    resumed = subprocess.run(
        [sys.executable, "-m", "kiosk", "--config", str(data_dir / "config" / "kiosk.toml"), "fleet", "sync", "--once",
         "--data-dir", str(data_dir)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert resumed.returncode == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    made = sorted(p.uuid for p in PledgeStore.open(data_dir).all())
    assert len(made) >= 8_000
    assert summary["already_there"] <= 500  # at most the batch committed just before the kill
    assert (summary["queued"], summary["event_total"]) == (0, len(made))
    assert central.uuids() == made
