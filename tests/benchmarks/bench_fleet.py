"""Fleet benchmark: many kiosks pushing pledges to one PostgreSQL on this machine.

Run:  python -m tests.benchmarks.bench_fleet [--kiosks 50] [--pledges 2000] [--rate 20] [--group 10]

A throwaway server (Debian's postgresql, durable defaults: fsync and synchronous commit on) is
started on a free port. Each simulated kiosk is a real kiosk data folder (SQLite, WAL,
synchronous=FULL, the outbox trigger) with two threads, as in the kiosk: one stores pledges
(``--group`` per transaction, ``--rate`` pledges a second), one syncs with the real code
(``sync_once``: a new connection, the schema check, batches, the event total), woken at once
after each stored group as the kiosk's worker is after each pledge.

Figures printed:
  * live phase: throughput (pledges a second, first local commit to last central commit) and
    the delay from the local commit to the central commit that made it visible, p50/p95/p99/max;
  * catch-up phase: every kiosk back after hours offline with all of its pledges queued at once;
  * the server's CPU seconds, the client's, and the time of the counter's query at the end;
  * the check: every pledge landed exactly once, every outbox is empty.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

ORGANISER, ORGANISER_PASSWORD = "organiser", "bench-organiser-secret"
KIOSK_ROLE, KIOSK_PASSWORD = "kiosk_bench", "bench-kiosk-secret"


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def _server_cpu_seconds(server) -> float:
    """CPU of the postmaster, its reaped backends and its live children (from /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    master = int((server.data / "postmaster.pid").read_text().split()[0])
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry.name), int(fields[1])
        if pid == master:
            total += sum(int(v) for v in fields[11:15]) / tick  # utime stime cutime cstime
        elif ppid == master:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


class SimulatedKiosk:
    """A kiosk data folder, a thread storing pledges and a thread syncing them."""

    def __init__(self, folder: Path, config, pledges: int, rate: float, group: int) -> None:
        from kiosk.storage.outbox import Outbox
        from kiosk.storage.pledges import PledgeStore

        self.store = PledgeStore.open(folder)
        self.outbox = Outbox(self.store.database)
        self.config = config
        self.kiosk_id = str(uuid.uuid4())
        self.pledges, self.rate, self.group = pledges, rate, group
        self.committed: dict[str, float] = {}
        self.visible: dict[str, float] = {}
        self.made: list[str] = []
        self.failures = 0
        self.syncs = 0
        self._wake = threading.Event()
        self._done_storing = threading.Event()

    def make(self, count: int):
        from kiosk.core.pledge import Pledge

        now = datetime.now(UTC)
        made = [Pledge(str(uuid.uuid4()), self.kiosk_id, now, "en", ("learn", "share")) for _ in range(count)]
        self.made.extend(p.uuid for p in made)
        return made

    def store_pledges(self) -> None:
        from kiosk.storage.pledges import add_many

        start = time.monotonic()
        for number in range(0, self.pledges, self.group):
            due = start + number / self.rate
            pause = due - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            batch = self.make(min(self.group, self.pledges - number))
            add_many(self.store, batch)
            stamp = time.monotonic()
            for pledge in batch:
                self.committed[pledge.uuid] = stamp
            self._wake.set()
        self._done_storing.set()
        self._wake.set()
        self.store.database.close()

    def sync(self) -> None:
        from kiosk.core.fleet import FleetError
        from kiosk.storage.fleet_sync import PushHooks, sync_once

        def seen(batch) -> None:
            stamp = time.monotonic()
            for item in batch:
                self.visible[item.pledge.uuid] = stamp

        hooks = PushHooks(after_commit=seen)
        while True:
            finishing = self._done_storing.is_set()
            try:
                sync_once(self.outbox, self.config, KIOSK_PASSWORD, hooks=hooks)
                self.syncs += 1
            except FleetError as error:
                self.failures += 1
                print(f"  sync failed ({error.problem.value}): {error}", file=sys.stderr)
                time.sleep(0.5)
                continue
            if finishing and self.outbox.queued() == 0:
                break
            self._wake.wait(5)
            self._wake.clear()
        self.store.database.close()


def _run_phase(name: str, kiosks: list[SimulatedKiosk], store: bool) -> tuple[float, list[float]]:
    threads = [threading.Thread(target=k.sync, name=f"sync-{i}") for i, k in enumerate(kiosks)]
    if store:
        threads += [threading.Thread(target=k.store_pledges, name=f"store-{i}") for i, k in enumerate(kiosks)]
    else:
        for kiosk in kiosks:
            kiosk._done_storing.set()
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    first = min(min(k.committed.values()) for k in kiosks) if store else started
    last = max(max(k.visible.values()) for k in kiosks)
    delays = [k.visible[u] - k.committed[u] for k in kiosks for u in k.committed] if store else []
    total = sum(len(k.made) for k in kiosks)
    seconds = last - first
    print(f"{name}: {total} pledges in {seconds:.1f} s = {total / seconds:.0f} pledges/s")
    return seconds, delays


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kiosks", type=int, default=50)
    parser.add_argument("--pledges", type=int, default=2000, help="pledges per kiosk")
    parser.add_argument("--rate", type=float, default=20.0, help="pledges a second per kiosk in the live phase")
    parser.add_argument("--group", type=int, default=10, help="pledges per local transaction in the live phase")
    parser.add_argument("--skip-catch-up", action="store_true")
    args = parser.parse_args()

    from kiosk.core.fleet import FleetConfig
    from kiosk.storage import central
    from kiosk.storage.pledges import add_many
    from tests.helpers.postgres import ThrowawayPostgres, why_unavailable

    reason = why_unavailable()
    if reason:
        print(f"bench_fleet: {reason}", file=sys.stderr)
        return 2
    server = ThrowawayPostgres(fast=False)
    try:
        server.start()
        server.execute(f"CREATE ROLE {ORGANISER} LOGIN CREATEROLE PASSWORD '{ORGANISER_PASSWORD}'")
        server.execute(f"CREATE DATABASE bench OWNER {ORGANISER}")
        owner = FleetConfig(server.url(ORGANISER, "bench"), "")
        connection = central.connect(owner, ORGANISER_PASSWORD)
        central.init_db(connection, owner)
        connection.close()
        server.execute(f"CREATE ROLE {KIOSK_ROLE} LOGIN PASSWORD '{KIOSK_PASSWORD}' IN ROLE blueheart_kiosk")
        print(f"== fleet: {args.kiosks} kiosks x {args.pledges} pledges, PostgreSQL "
              f"{server.execute('SHOW server_version')[0][0]} on this machine ({os.cpu_count()} cores), "
              f"fsync on, TCP localhost, no TLS ==")

        with tempfile.TemporaryDirectory(prefix="bench-fleet-") as scratch:
            cpu_server, cpu_client = _server_cpu_seconds(server), resource.getrusage(resource.RUSAGE_SELF)
            live = [
                SimulatedKiosk(Path(scratch) / f"live-{i}", FleetConfig(server.url(KIOSK_ROLE, "bench"), "live"),
                               args.pledges, args.rate, args.group)
                for i in range(args.kiosks)
            ]
            print(f"live: each kiosk stores {args.rate:g} pledges/s in groups of {args.group} "
                  f"({args.rate * args.kiosks:g} pledges/s in all) and syncs after each group")
            seconds, delays = _run_phase("live", live, store=True)
            used = resource.getrusage(resource.RUSAGE_SELF)
            print(f"  commit -> visible centrally: p50 {_percentile(delays, 0.5) * 1000:.0f} ms, "
                  f"p95 {_percentile(delays, 0.95) * 1000:.0f} ms, p99 {_percentile(delays, 0.99) * 1000:.0f} ms, "
                  f"max {max(delays) * 1000:.0f} ms")
            syncs = sum(k.syncs for k in live)
            server_cpu = _server_cpu_seconds(server) - cpu_server
            print(f"  {syncs} syncs (a new connection each): {server_cpu / syncs * 1000:.1f} ms of server CPU per sync")
            print(f"  CPU: server {server_cpu:.1f} s, "
                  f"client {used.ru_utime + used.ru_stime - cpu_client.ru_utime - cpu_client.ru_stime:.1f} s "
                  f"(both on the same {os.cpu_count()} cores); failed syncs: {sum(k.failures for k in live)}")

            catch_up = []
            if not args.skip_catch_up:
                for i in range(args.kiosks):
                    kiosk = SimulatedKiosk(Path(scratch) / f"back-{i}", FleetConfig(server.url(KIOSK_ROLE, "bench"), "catch-up"),
                                           args.pledges, args.rate, args.group)
                    add_many(kiosk.store, kiosk.make(args.pledges))
                    kiosk.store.database.close()
                    catch_up.append(kiosk)
                cpu_server = _server_cpu_seconds(server)
                _run_phase("catch-up (all queued at once, batches of 500)", catch_up, store=False)
                print(f"  CPU: server {_server_cpu_seconds(server) - cpu_server:.1f} s")

            # Exactly once, and nothing left behind.
            for event, kiosks in (("live", live), ("catch-up", catch_up)):
                if not kiosks:
                    continue
                expected = sum(len(k.made) for k in kiosks)
                rows, distinct = server.execute(
                    "SELECT count(*), count(DISTINCT uuid) FROM blueheart.pledges WHERE event = %s", (event,), database="bench"
                )[0]
                made = {u for k in kiosks for u in k.made}
                queued = sum(k.outbox.queued() for k in kiosks)
                ok = rows == distinct == expected == len(made) and queued == 0
                print(f"check {event}: {rows} rows, {distinct} distinct, {expected} made, {queued} queued -> "
                      f"{'every pledge exactly once' if ok else 'MISMATCH'}")
                if not ok:
                    return 1

            kiosk_connection = central.connect(FleetConfig(server.url(KIOSK_ROLE, "bench"), "live"), KIOSK_PASSWORD)
            timings = []
            for _ in range(20):
                began = time.perf_counter()
                central.event_total(kiosk_connection, "live")
                timings.append(time.perf_counter() - began)
            kiosk_connection.close()
            rows = server.execute("SELECT count(*) FROM blueheart.pledges", database="bench")[0][0]
            size = server.execute("SELECT pg_total_relation_size('blueheart.pledges')", database="bench")[0][0]
            print(f"counter query (event_totals, {rows} rows in the table): median "
                  f"{_percentile(timings, 0.5) * 1000:.1f} ms; table with indexes {size / 2**20:.1f} MiB "
                  f"({size / rows:.0f} bytes a pledge)")
            connect = []
            for _ in range(20):
                began = time.perf_counter()
                central.connect(FleetConfig(server.url(KIOSK_ROLE, "bench"), "live"), KIOSK_PASSWORD).close()
                connect.append(time.perf_counter() - began)
            print(f"connect (SCRAM password, no TLS): median {_percentile(connect, 0.5) * 1000:.1f} ms")
    finally:
        server.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
