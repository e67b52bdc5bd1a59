"""Records anonymous events as the kiosk runs, without ever delaying a visit.

The GUI thread only appends a small tuple to a list (:meth:`EventRecorder.record`, measured
by tests/benchmarks/bench_impact.py); every few seconds, at the end of a visit and at exit
the list goes in one batch to a worker thread that makes the events (uuid, local day and
hour) and writes them in one transaction with its own SQLite connection. A failing disk
loses events (logged), never a visit. Old days are purged at start and once a day.
"""

from __future__ import annotations

import logging
import time
import uuid as uuid_module
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kiosk.services.operations import Operation, SaveProblem, Worker

if TYPE_CHECKING:
    from kiosk.core.impact import ImpactFigures, Period
    from kiosk.storage.repository import EventRepository

log = logging.getLogger(__name__)

#: Milliseconds between two batches while events wait.
FLUSH_INTERVAL_MS = 5000
#: A batch leaves at once when this many events wait.
BATCH_SIZE = 200
#: Events kept in memory at most while the database is not open yet (or never opens).
MAX_WAITING = 10000
#: Milliseconds between two purges of old days (the kiosk runs for days).
PURGE_INTERVAL_MS = 6 * 3600 * 1000

#: An event noted but not written yet: (unix time, visit, kind, detail, value, extra).
_Noted = tuple[float, str, str, str, float, str]


class EventRecorder(QObject):
    """Keeps anonymous events (see kiosk/core/events.py) in the kiosk's database.

    Args:
        data_dir: the folder of the kiosk's database (the pledge store's).
        enabled: ``analytics.enabled``; when False nothing is recorded.
        retention_days: ``analytics.retention_days``.
        now: the current time (aware), for the events' times.

    Signals:
        figures_ready(object): the figures asked for with :meth:`figures` (ImpactFigures), or
            None when the database cannot be read.
    """

    figures_ready = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        enabled: bool = True,
        retention_days: int = 365,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.enabled = enabled
        self.retention_days = retention_days
        self.now = now
        self.visit = ""
        self._visit_events: list[_Noted] = []
        self._pending: list[_Noted] = []
        self._store: EventRepository | None = None
        self._kiosk_id = ""
        self._started = False
        self.worker = Worker("events", "analytics", self)
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(FLUSH_INTERVAL_MS)
        self._flush_timer.timeout.connect(self.flush)
        self._purge_timer = QTimer(self)
        self._purge_timer.setInterval(PURGE_INTERVAL_MS)
        self._purge_timer.timeout.connect(self.purge)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    # -- the GUI thread's side: cheap ---------------------------------------------------------
    def record(self, kind: str, detail: str = "", value: float = 0.0, extra: str = "", of_visit: bool = True) -> None:
        """Note an event now (a list append; written later by the worker).

        During a visit its events wait for the visit's end (:meth:`end_visit` keeps or drops
        them all); ``of_visit=False`` (the organiser's actions) sends one on its own at once.
        """
        if not self.enabled or self.worker.closed:
            return
        if of_visit and self.visit:
            self._visit_events.append((time.time(), self.visit, kind, detail, float(value), extra))
            return
        self._queue((time.time(), "", kind, detail, float(value), extra))

    def _queue(self, *events: _Noted) -> None:
        room = MAX_WAITING - len(self._pending)
        if room <= 0:
            return  # the database never opened: the oldest events are kept, later ones dropped
        self._pending.extend(events[:room])
        if len(self._pending) >= BATCH_SIZE:
            self.flush()
        elif not self._flush_timer.isActive():
            self._flush_timer.start()

    def start_visit(self) -> str:
        """A new visit id for the events that follow (a random uuid, linked to nothing else)."""
        self.visit = str(uuid_module.uuid4())
        self._visit_events = []
        return self.visit

    def end_visit(self, keep: bool = True) -> None:
        """The visit is over: write its events (or drop them all: an organiser's session)."""
        events, self._visit_events, self.visit = self._visit_events, [], ""
        if keep and events:
            self._queue(*events)
        self.flush()

    # -- the worker's side --------------------------------------------------------------------
    def start(self) -> None:
        """Open the events table (the pledge store made and migrated the file) and purge old days."""
        if self._started or not self.enabled:
            return
        self._started = True
        self._flush_timer.start()
        self._purge_timer.start()
        self.purge()

    def _ensure_store(self) -> EventRepository:
        """On the worker: the events, beside the pledges (recording never stops the kiosk:
        a failure is logged by the worker and the events of that batch are lost)."""
        from kiosk.storage.repository import kiosk_id, open_events

        if self._store is None:
            self._store = open_events(self.data_dir)
            self._kiosk_id = kiosk_id(self.data_dir)
        return self._store

    def flush(self) -> None:
        """Send what waits to the worker, as one batch."""
        self._flush_timer.stop()
        if not self._pending or not self._started:
            return
        batch, self._pending = self._pending, []

        def write() -> int:
            from kiosk.core.events import make_event

            store = self._ensure_store()
            return store.add_many(
                make_event(self._kiosk_id, visit, datetime.fromtimestamp(stamp, UTC), kind, detail, value, extra)
                for stamp, visit, kind, detail, value, extra in batch
            )

        Operation(write).run(self.worker)

    def purge(self) -> None:
        """Delete the days older than ``retention_days``."""
        today = self.now().astimezone().date()
        retention = self.retention_days

        def work() -> int:
            purged = self._ensure_store().purge(today, retention)
            if purged:
                log.info("analytics: purged %d events older than %d days", purged, retention)
            return purged

        Operation(work).run(self.worker)

    def figures(self, period: Period) -> None:
        """Compute the figures for ``period`` on the worker → ``figures_ready``.

        Before the database is open (or when it never opens) the answer is None.
        """
        self.figures_of(period, self.figures_ready.emit, lambda _problem: self.figures_ready.emit(None))

    def figures_of(
        self, period: Period, success: Callable[[ImpactFigures], None], failure: Callable[[SaveProblem], None]
    ) -> None:
        """Compute the figures for ``period`` on the worker → ``success(figures)`` on the GUI
        thread, or ``failure(problem)`` (also before the database is open, or when it never opens)."""

        if not self._started:  # answered in turn, like the figures would be
            Operation(lambda: None, lambda _nothing: failure(SaveProblem.CANNOT_OPEN)).run(self.worker)
            return
        self.flush()
        Operation(lambda: self._ensure_store().figures(period), success, failure).run(self.worker)

    def figures_now(self, period: Period) -> ImpactFigures:
        """The figures for ``period``, computed on the worker while the caller waits."""
        self.flush()
        return self.worker.call(lambda: self._ensure_store().figures(period))

    def today(self) -> date:
        return self.now().astimezone().date()

    def wait(self, seconds: float | None = None) -> bool:
        """Write what waits and block until the worker is done."""
        self.flush()
        return self.worker.wait(seconds)

    def close(self) -> None:
        """Write what waits, close the connection, end the worker."""
        if self.worker.closed:
            return
        self.flush()
        self._flush_timer.stop()
        self._purge_timer.stop()

        def close_store() -> None:
            if self._store is not None:
                self._store.close()

        self.worker.close(close_store)

