"""What the admin door and the personal-data purge cost; prints figures, asserts nothing.

    python -m tests.benchmarks.bench_door [--pledges 20000] [--rounds 40]

- ``state write``: one atomic write of the lockout state (temp file, fsync, rename, folder
  fsync). It happens on the GUI thread after each PIN try, so the answer never outruns the disk.
- ``wrong PIN try``: a whole wrong try as the pad makes it (scrypt check + state write).
- ``purge``: erasing the personal data of N pledges (runs on the pledge worker, never the GUI).
"""

from __future__ import annotations

import argparse
import logging
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path


def _figures(name: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(f"{name}: median {statistics.median(ordered) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms, max {ordered[-1] * 1000:.2f} ms (n={len(ordered)})")


def bench_door(folder: Path, rounds: int) -> None:
    from kiosk.core.admin_door import PinStrength, hash_pin
    from kiosk.core.door_lockout import DoorState
    from kiosk.services.admin_door import AdminDoor
    from kiosk.storage.pin_file import DoorStateFile, PinFile

    state_file = DoorStateFile(folder / "admin-door.json")
    state = DoorState()
    writes = []
    for n in range(rounds):
        state = state.right_pin(n) if n % 5 == 4 else state.wrong_pin(n)
        started = time.perf_counter()
        state_file.write(state)
        writes.append(time.perf_counter() - started)
    _figures("state write (fsync)", writes)

    PinFile(folder / "admin-pin").write(hash_pin("30571948"), PinStrength.MEETS_RULES)
    clock = [1_800_000_000.0]
    door = AdminDoor(PinFile(folder / "admin-pin"), state_file, clock=lambda: clock[0])
    tries = []
    for _ in range(rounds):
        clock[0] += 4000  # past any lock
        started = time.perf_counter()
        door.try_pin("111222")
        tries.append(time.perf_counter() - started)
    _figures("wrong PIN try (scrypt + state write)", tries)


def bench_purge(folder: Path, count: int) -> None:
    from kiosk.core.pledge import PledgeForm, make_pledge, validate
    from kiosk.storage.pledges import PledgeStore, add_many

    store = PledgeStore.open(folder / "data")
    now = datetime.now(UTC)
    form = validate(PledgeForm("en", ("learn",), "Visitor", "KE", "visitor@example.org", True, True)).form
    add_many(store, (make_pledge(form, "9f5c9ecf-6749-4001-823f-71f329072bd3", now - timedelta(minutes=n)) for n in range(count)))
    started = time.perf_counter()
    erased = store.erase_personal_data(now - timedelta(days=1))
    print(f"purge of the pledges older than a day ({erased} of {count}, one a minute): {(time.perf_counter() - started) * 1000:.1f} ms")
    started = time.perf_counter()
    erased = store.erase_personal_data(None)
    print(f"purge of everything left ({erased} of {count}): {(time.perf_counter() - started) * 1000:.1f} ms")
    store.database.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pledges", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--dir", type=Path, help="folder on the disk to measure (default: a temp folder)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)  # the door logs each wrong PIN
    with tempfile.TemporaryDirectory(dir=args.dir) as scratch:
        bench_door(Path(scratch), args.rounds)
        bench_purge(Path(scratch), args.pledges)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
