"""One sync of a kiosk with its fleet's central database: push the outbox, read the event total.

Used by the background worker (:mod:`kiosk.services.fleet`) and by ``blueheart-kiosk fleet``.

A batch is removed from the outbox only after the central COMMIT returned; the central database
ignores a pledge it already has. So a crash, kill -9, power cut or cut connection at any point
either resends a batch (ignored there) or sends it for the first time: nothing lost, nothing twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.fleet import FleetConfig, FleetError, FleetProblem, PushReport
from kiosk.storage import central
from kiosk.storage.database import DatabaseError
from kiosk.storage.outbox import Outbox, QueuedPledge
from kiosk.storage.pledges import PledgeStore

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

BATCH_SIZE = 500


@dataclass
class PushHooks:
    """Points where tests (and only tests) interrupt a push; each gets the batch.

    Attributes:
        before_commit: inside the central transaction, after the INSERT.
        after_commit: after the central COMMIT, before the outbox forgets the batch.
    """

    before_commit: Callable[[list[QueuedPledge]], None] | None = None
    after_commit: Callable[[list[QueuedPledge]], None] | None = None


@dataclass(frozen=True)
class SyncResult:
    """A good sync: what was pushed and the event's total afterwards."""

    push: PushReport
    event_total: int
    finished_utc: datetime


def push(
    outbox: Outbox,
    connection: psycopg.Connection,
    event: str,
    batch_size: int = BATCH_SIZE,
    hooks: PushHooks | None = None,
) -> PushReport:
    """Send every queued pledge in batches, one central transaction each."""
    hooks = hooks or PushHooks()
    sent = new = 0
    while batch := outbox.next_pledges(batch_size):
        with connection.transaction():
            new += central.insert_pledges(connection, event, [item.pledge for item in batch])
            if hooks.before_commit:
                hooks.before_commit(batch)
        if hooks.after_commit:
            hooks.after_commit(batch)
        outbox.remove([item.seq for item in batch])
        sent += len(batch)
    return PushReport(sent=sent, new=new, queued=outbox.queued())


def sync_once(
    outbox: Outbox,
    config: FleetConfig,
    password: str | None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    batch_size: int = BATCH_SIZE,
    hooks: PushHooks | None = None,
) -> SyncResult:
    """Connect, check the schema, push, read the total, and note the outcome in the outbox.

    Raises:
        FleetError: the sync failed; it is noted as ``last_error`` and nothing queued is lost.
    """
    try:
        connection = central.connect(config, password)
        try:
            central.check_schema(connection, config)
            report = push(outbox, connection, config.event, batch_size, hooks)
            total = central.event_total(connection, config.event)
        except FleetError:
            raise
        except DatabaseError as error:
            raise FleetError(FleetProblem.LOCAL_STORAGE, f"this kiosk's database: {error}") from None
        except Exception as error:  # noqa: BLE001 - a psycopg error mid-sync (server gone, connection cut …)
            raise central.classify(error, config, password) from None
        finally:
            _close_quietly(connection)
    except FleetError as error:
        log.warning("fleet sync failed: %s", error)
        _note_quietly(outbox, last_error=error.message)
        raise
    finished = now()
    _note_quietly(outbox, last_sync_utc=finished, last_error="", event_total=total)
    log.info("fleet sync: %d sent (%d new), %d queued, event total %d", report.sent, report.new, report.queued, total)
    return SyncResult(report, total, finished)


def _close_quietly(connection: psycopg.Connection) -> None:
    try:
        connection.close()
    except Exception:  # a dead connection may fail to close; it is gone anyway
        log.debug("closing the central connection failed", exc_info=True)


def _note_quietly(outbox: Outbox, **values: str | int | datetime | None) -> None:
    from kiosk.core.pledge import format_utc

    notes = {key: format_utc(value) if isinstance(value, datetime) else value for key, value in values.items()}
    try:
        outbox.note(**notes)
    except DatabaseError as error:
        log.error("fleet: could not note the sync outcome: %s", error)


def open_outbox(data_dir: Path) -> Outbox:
    """The outbox of the kiosk whose data folder is ``data_dir`` (migrating its database)."""
    return Outbox(PledgeStore.open(data_dir).database)
