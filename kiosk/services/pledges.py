"""Pledges for the GUI: every disk access on one worker thread, results back as signals.

The GUI thread only validates the form and queues work (measured by the
benchmark); SQLite runs on a single long-lived worker thread with its own
connection. A pledge is reported saved only after its transaction committed.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor, TimeoutError
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

if TYPE_CHECKING:  # the real imports happen on the worker thread, off the first frame
    from kiosk.core.blocklist import Blocklist
    from kiosk.core.pledge import PledgeForm
    from kiosk.core.pledge_files import ExportFormat
    from kiosk.storage.database import StartWarning, StorageProblem
    from kiosk.storage.pledges import PledgeStore

log = logging.getLogger(__name__)

WALL_SIZE = 40
"""How many names the wall shows at most."""


@dataclass(frozen=True)
class _Failure:
    """A task that failed, and the known storage problem it maps to."""

    problem: StorageProblem


class _Relay(QObject):
    """Carries a finished task's callback and result from the worker to the GUI thread."""

    finished = Signal(object, object)


class PledgeService(QObject):
    """The kiosk's pledges: save, count, wall, and the organiser's tasks.

    Args:
        data_dir: the folder holding the database and the kiosk id.
        now: the current time (aware); tests pass a fixed clock.

    Signals:
        opened(object): the store is ready; carries a StartWarning or None.
        unavailable(object): no database could be opened (a StorageProblem); saving fails.
        count_changed(int): the number of pledges the kiosk knows.
        today_changed(int): the number of pledges made today.
        pledge_saved(int): a pledge was committed; carries the supporter number.
        pledge_failed(object): a pledge could not be saved (a StorageProblem).
        wall_changed(list): the first names the wall shows now (newest first).
        task_finished(str, object): an organiser's task ("export", "merge", "hide",
            "erase", "erase_personal", "recent") finished with its result.
        task_failed(str, object): an organiser's task failed (a StorageProblem).
    """

    opened = Signal(object)
    unavailable = Signal(object)
    count_changed = Signal(int)
    today_changed = Signal(int)
    pledge_saved = Signal(int)
    pledge_failed = Signal(object)
    wall_changed = Signal(list)
    task_finished = Signal(str, object)
    task_failed = Signal(str, object)

    def __init__(
        self,
        data_dir: Path,
        now: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.now = now
        self.blocklist: Blocklist | None = None  # the content pack's, set before start()
        self.start_warning: StartWarning | None = None
        self.problem: StorageProblem | None = None
        self.count = 0
        self.wall_names: list[str] = []
        self._store: PledgeStore | None = None
        self._kiosk_id: str | None = None
        self._started = False
        self._closed = False
        # One long-lived Python thread runs every task in order, with its own connection.
        # Not a QThreadPool: a Python call on a Qt pool thread gets a fresh thread state each
        # time, so a thread-local connection would be reopened for every task (measured).
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pledges")
        worker = self._worker
        self.destroyed.connect(lambda *_: worker.shutdown(wait=False))
        self._relay = _Relay(self)  # a child: results queued for a deleted service are dropped
        self._relay.finished.connect(self._deliver)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)

    # -- plumbing ----------------------------------------------------------------------------
    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``work`` on the worker thread; call ``done(result)`` on the GUI thread."""
        if self._closed:
            log.debug("pledge service closed: task dropped")
            return

        def task() -> None:
            from kiosk.storage.database import KnownDatabaseError, StorageProblem

            try:
                result: Any = work()
            except KnownDatabaseError as error:
                log.error("pledge storage: %s", error)
                result = _Failure(error.problem)
            except Exception:  # noqa: BLE001 - a bug must not kill the worker thread
                log.exception("pledge storage failed")
                result = _Failure(StorageProblem.CANNOT_OPEN)
            self._relay.finished.emit(done, result)

        self._worker.submit(task)

    @staticmethod
    def _deliver(done: Callable[[Any], None], result: Any) -> None:
        done(result)

    def wait(self, seconds: float | None = None) -> bool:
        """Block until the work queued so far is done (at exit, so a queued pledge is not lost)."""
        if self._closed:
            return True
        try:
            self._worker.submit(lambda: None).result(timeout=seconds)
        except TimeoutError:
            return False
        return True

    def close(self) -> None:
        """Finish the queued work, close the database and end the worker thread."""
        def close_store() -> None:
            if self._store is not None:
                self._store.database.close()

        if self._closed:
            return
        self._closed = True
        self._worker.submit(close_store).result()
        self._worker.shutdown(wait=True)

    def _ensure_store(self) -> PledgeStore:
        """On the worker: the open store, opening (or re-trying) it when needed."""
        from kiosk.storage.pledges import PledgeStore, kiosk_id

        if self._store is None:
            self._store = PledgeStore.open(self.data_dir, self.now())
            self._kiosk_id = kiosk_id(self.data_dir)
        return self._store

    def _snapshot(self) -> tuple[int, int, list[str]]:
        store = self._ensure_store()
        # No blocklist yet (the content pack not read): show no names rather than unfiltered ones.
        names = [w.first_name for w in store.wall_names(WALL_SIZE, self.blocklist)] if self.blocklist is not None else []
        return store.count(), store.count_today(self.now()), names

    def _publish(self, snapshot: tuple[int, int, list[str]]) -> None:
        self.count, today, names = snapshot
        self.wall_names = names
        self.count_changed.emit(self.count)
        self.today_changed.emit(today)
        self.wall_changed.emit(names)

    # -- start ---------------------------------------------------------------------------------
    @property
    def started(self) -> bool:
        """Whether :meth:`start` ran (the shell is wired to the service once it has)."""
        return self._started

    def start(self) -> None:
        """Open the store in the background; then ``opened`` (or ``unavailable``) and the counts.

        Runs once; later calls do nothing.
        """
        if self._started:
            return
        self._started = True

        def work():
            self._ensure_store()
            return self._store.start_warning, self._snapshot()

        def done(result) -> None:
            if isinstance(result, _Failure):
                self.problem = result.problem
                self.unavailable.emit(self.problem)
                return
            self.problem = None
            self.start_warning, snapshot = result
            self.opened.emit(self.start_warning)
            self._publish(snapshot)

        self._run(work, done)

    def set_blocklist(self, blocklist: Blocklist) -> None:
        """Use the content pack's blocklist for the wall, and refresh it."""
        self.blocklist = blocklist
        self.refresh()

    def refresh(self) -> None:
        """Re-read the counts and the wall."""
        self._run(self._snapshot, lambda r: None if isinstance(r, _Failure) else self._publish(r))

    # -- visitors ------------------------------------------------------------------------------
    def submit(self, form: PledgeForm) -> None:
        """Save a validated, cleaned form; ``pledge_saved`` or ``pledge_failed`` follows."""
        created = self.now()

        def work():
            from kiosk.core.pledge import make_pledge

            store = self._ensure_store()
            pledge = make_pledge(form, self._kiosk_id, created)
            number = store.add(pledge)
            return number, self._snapshot()

        def done(result) -> None:
            if isinstance(result, _Failure):
                self.pledge_failed.emit(result.problem)
                return
            number, snapshot = result
            self.pledge_saved.emit(number)
            self._publish(snapshot)

        self._run(work, done)

    # -- the organiser -------------------------------------------------------------------------
    def _task(self, kind: str, work: Callable[[PledgeStore], Any], refresh: bool = False) -> None:
        def run():
            result = work(self._ensure_store())
            return result, (self._snapshot() if refresh else None)

        def done(result) -> None:
            if isinstance(result, _Failure):
                self.task_failed.emit(kind, result.problem)
                return
            value, snapshot = result
            if snapshot is not None:
                self._publish(snapshot)
            self.task_finished.emit(kind, value)

        self._run(run, done)

    def export(self, path: Path, fmt: ExportFormat) -> None:
        """Export every pledge to ``path`` → task_finished("export", ExportReport)."""
        self._task("export", lambda store: store.export(path, fmt))

    def merge(self, paths: Sequence[Path]) -> None:
        """Merge other kiosks' exports → task_finished("merge", MergeReport)."""
        self._task("merge", lambda store: store.merge(list(paths)), refresh=True)

    def hide(self, pledge_uuid: str, hidden: bool = True) -> None:
        """Hide a pledge from the wall (or show it again) → task_finished("hide", bool)."""
        self._task("hide", lambda store: store.hide(pledge_uuid, hidden), refresh=True)

    def erase_all(self) -> None:
        """Erase every pledge → task_finished("erase", number erased)."""
        self._task("erase", lambda store: store.erase_all(), refresh=True)

    def erase_personal_data(self, before: datetime | None = None, kind: str = "erase_personal") -> None:
        """Erase names, emails and countries of pledges made before ``before`` (None: all)
        → task_finished(kind, number of pledges that lost data)."""
        self._task(kind, lambda store: store.erase_personal_data(before), refresh=True)

    def purge_personal_data(
        self, before: datetime, done: Callable[[int], None], failed: Callable[[StorageProblem], None]
    ) -> None:
        """The scheduled retention purge: like :meth:`erase_personal_data`, but it reports to
        ``done(erased)`` / ``failed(problem)`` only, and republishes the counts and the wall
        only when something was erased (a purge that finds nothing changes nothing on screen)."""

        def work():
            erased = self._ensure_store().erase_personal_data(before)
            return erased, (self._snapshot() if erased else None)

        def finish(result) -> None:
            if isinstance(result, _Failure):
                failed(result.problem)
                return
            erased, snapshot = result
            if snapshot is not None:
                self._publish(snapshot)
            done(erased)

        self._run(work, finish)

    def recent(self, limit: int = 50) -> None:
        """The newest named pledges for Admin → task_finished("recent", list[PledgeSummary])."""
        self._task("recent", lambda store: store.recent(limit))
