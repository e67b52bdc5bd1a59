"""The fleet sync worker: pushes the outbox to the central database off the GUI thread.

One long-lived Python thread with its own SQLite connection and a new PostgreSQL connection per
sync. It syncs every ``sync_seconds`` while the server answers, doubles the wait after each
failure (up to 15 minutes, spread by a random 0-25 %), and syncs early after a new pledge when
the last sync went well. Nothing it does can delay a visit: the GUI thread only reads the last
state it published.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.core.fleet import FleetConfig, FleetError, FleetState, backoff_seconds

if TYPE_CHECKING:
    from kiosk.storage.outbox import Outbox
    from kiosk.storage.pledges import PledgeStore

log = logging.getLogger(__name__)

#: Seconds ``close`` waits for a sync in flight at exit (an unfinished one is resent next time).
CLOSE_WAIT_S = 2.0


class _Relay(QObject):
    """Carries a state from the worker thread to the GUI thread."""

    changed = Signal(object)


class FleetSync(QObject):
    """Background sync of this kiosk's outbox with the fleet's central database.

    Args:
        data_dir: the kiosk's data folder (its pledge database must already be open and migrated).
        config: the checked ``[fleet]`` settings.
        now: the current time (aware).

    Signals:
        state_changed(object): a new :class:`kiosk.core.fleet.FleetState` after each attempt.
    """

    state_changed = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        config: FleetConfig,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.config = config
        self.now = now
        self.state = FleetState(where=config.where, event=config.event)
        self.attempts = 0  # sync attempts finished (tests wait on it through state_changed)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._relay = _Relay(self)
        self._relay.changed.connect(self._publish)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        stop = self._stop
        wake = self._wake

        def end_worker(*_: object) -> None:
            stop.set()
            wake.set()

        self.destroyed.connect(end_worker)

    # -- GUI thread -----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start the worker (once)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="fleet-sync", daemon=True)
        self._thread.start()

    def sync_now(self) -> None:
        """Sync at once (Admin's button), whatever the back-off."""
        self._wake.set()

    def nudge(self, *_args: object) -> None:
        """A pledge was saved: sync early, unless the server is failing (then the back-off holds)."""
        if self.state.connected:
            self._wake.set()

    def supporters(self, local_count: int) -> int:
        """What the counter shows: the event's total when reachable, else the local count."""
        return self.state.supporters(local_count)

    def close(self, timeout: float = CLOSE_WAIT_S) -> None:
        """Stop the worker; a sync in flight gets ``timeout`` seconds, then is abandoned safely."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def _publish(self, state: FleetState) -> None:
        self.state = state
        self.attempts += 1
        self.state_changed.emit(state)

    # -- worker thread --------------------------------------------------------------------------
    def _loop(self) -> None:
        from kiosk.storage.database import Database
        from kiosk.storage.outbox import Outbox
        from kiosk.storage.pledges import DATABASE_NAME, PledgeStore

        database = Database(self.data_dir / DATABASE_NAME)
        store, outbox = PledgeStore(database), Outbox(database)
        state = self.state
        failures = 0
        try:
            while not self._stop.is_set():
                state, failed = self._attempt(store, outbox, state)
                failures = failures + 1 if failed else 0
                if self._stop.is_set():
                    break
                try:
                    self._relay.changed.emit(state)
                except RuntimeError:  # the kiosk closed while this sync ran: nobody to tell
                    break
                self._wake.wait(backoff_seconds(failures, self.config.sync_seconds, random.random()))
                self._wake.clear()
        finally:
            database.close()

    def _attempt(self, store: PledgeStore, outbox: Outbox, state: FleetState) -> tuple[FleetState, bool]:
        from kiosk.storage import central
        from kiosk.storage.database import DatabaseError
        from kiosk.storage.fleet_sync import sync_once

        try:
            password = central.read_password(self.config.password_file)
            local_before = store.count()
            result = sync_once(outbox, self.config, password, self.now)
            return replace(
                state,
                connected=True,
                last_sync_utc=result.finished_utc,
                queued=result.push.queued,
                last_error="",
                event_total=result.event_total,
                local_at_sync=local_before,
            ), False
        except FleetError as error:
            message = error.message
            connected = False
        except DatabaseError as error:
            message = f"this kiosk's database: {error}"
            connected = False
        except Exception as error:  # a bug must not end the worker
            log.exception("fleet sync failed")
            message = f"unexpected {type(error).__name__}"
            connected = False
        try:
            queued = outbox.queued()
        except DatabaseError:
            queued = state.queued
        return replace(state, connected=connected, queued=queued, last_error=message), True
