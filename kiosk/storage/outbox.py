"""The fleet outbox in the kiosk's SQLite: what is waiting to leave, and the sync's own notes.

A trigger (schema version 4) queues every new pledge in the transaction that stores it. The
sync reads the queue in ``seq`` order (never by the kiosk's clock), sends a batch, and removes
it here only after the central database committed it. A crash between the two resends the
batch, which the central database ignores (idempotent by uuid): nothing lost, nothing twice.

Only ``kind = 'pledge'`` is sent today; analytics events will be a second kind in the same
table, read by their own query.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from kiosk.core.pledge import Pledge, format_utc, parse_utc
from kiosk.storage.database import Database
from kiosk.storage.pledges import _row_to_pledge

PLEDGE = "pledge"
#: The kinds this version sends; rows of other kinds wait for a kiosk that knows them.
SENT_KINDS = (PLEDGE,)


@dataclass(frozen=True)
class QueuedPledge:
    """A pledge waiting in the outbox, with its place in the queue."""

    seq: int
    pledge: Pledge


class Outbox:
    """The outbox and the sync notes of one kiosk database (any thread; one connection each)."""

    def __init__(self, database: Database):
        self.database = database

    def next_pledges(self, limit: int) -> list[QueuedPledge]:
        """The oldest queued pledges, in queue order."""
        rows = self.database.query(
            "SELECT o.seq, p.* FROM outbox o JOIN pledges p ON p.uuid = o.item"
            " WHERE o.kind = 'pledge' ORDER BY o.seq LIMIT ?",
            (limit,),
        )
        return [QueuedPledge(row["seq"], _row_to_pledge(row)) for row in rows]

    def remove(self, seqs: Sequence[int]) -> None:
        """Forget items the central database has committed."""
        with self.database.transaction() as connection:
            connection.executemany("DELETE FROM outbox WHERE seq = ?", [(seq,) for seq in seqs])

    def queued(self) -> int:
        """How many items wait to leave (every kind)."""
        return int(self.database.query("SELECT COUNT(*) FROM outbox")[0][0])

    def requeue_all_pledges(self) -> int:
        """Queue every pledge again (after the central database was reset); return how many."""
        with self.database.transaction() as connection:
            return connection.execute(
                "INSERT OR IGNORE INTO outbox (kind, item, queued_utc)"
                " SELECT 'pledge', uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM pledges"
                " ORDER BY created_utc, uuid"
            ).rowcount

    # -- the sync's notes (for Admin and `fleet status`) ---------------------------------------
    def note(self, **values: str | int | None) -> None:
        """Keep the given notes (``last_sync_utc``, ``last_error``, ``event_total`` …)."""
        with self.database.transaction() as connection:
            for key, value in values.items():
                if value is None:
                    connection.execute("DELETE FROM fleet_state WHERE key = ?", (key,))
                else:
                    connection.execute(
                        "INSERT INTO fleet_state (key, value) VALUES (?, ?)"
                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (key, str(value)),
                    )

    def notes(self) -> dict[str, str]:
        return {row[0]: row[1] for row in self.database.query("SELECT key, value FROM fleet_state")}

    def note_success(self, now: datetime, event_total: int | None) -> None:
        self.note(last_sync_utc=format_utc(now), last_error="", event_total=event_total)

    def last_sync(self) -> datetime | None:
        text = self.notes().get("last_sync_utc")
        return parse_utc(text) if text else None

