"""Pledges for the GUI: every disk access on one worker thread, results back on the GUI thread.

The GUI thread only validates the form and queues work (measured by the
benchmark); the pledge repository (kiosk/storage/repository.py) runs on a single
long-lived worker thread with its own connection, through operations
(kiosk/services/operations.py). A pledge is reported saved only after its
transaction committed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.services.operations import Operation, SaveProblem, Worker

if TYPE_CHECKING:  # the real imports happen on the worker thread, off the first frame
    from kiosk.core.blocklist import Blocklist
    from kiosk.core.events import AdminAction
    from kiosk.core.pledge import PledgeForm
    from kiosk.core.pledge_files import ExportFormat
    from kiosk.storage.pledges import ExportReport, MergeReport, PledgeSummary
    from kiosk.storage.repository import PledgeRepository, StartWarning

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SetAside:
    """The pledge database could not be read at start: it was set aside and a new one begun.

    Attributes:
        problem: why it could not be read, as the UI names it.
        moved_to: where the unreadable file now is, kept for recovery (None if it was not moved).
    """

    problem: SaveProblem
    moved_to: Path | None

    @classmethod
    def of(cls, warning: StartWarning | None) -> SetAside | None:
        if warning is None:
            return None
        return cls(SaveProblem.of_storage(warning.problem), warning.moved_to)


WALL_SIZE = 40
"""How many names the wall shows at most."""

T = TypeVar("T")
Success = Callable[[T], None] | None
Failure = Callable[[SaveProblem], None] | None


class PledgeService(QObject):
    """The kiosk's pledges: save, count, wall, and the organiser's tasks.

    Args:
        data_dir: the folder holding the database and the kiosk id.
        now: the current time (aware); tests pass a fixed clock.

    Signals:
        opened(object): the store is ready; carries a :class:`SetAside` or None.
        unavailable(object): no database could be opened (a SaveProblem); saving fails.
        count_changed(int): the number of pledges the kiosk knows.
        today_changed(int): the number of pledges made today.
        pledge_saved(int): a pledge was committed; carries the supporter number.
        pledge_failed(object): a pledge could not be saved (a SaveProblem).
        wall_changed(list): the first names the wall shows now (newest first).
        organiser_action(object): the organiser exported, merged or erased the pledges in
            Admin (an AdminAction, recorded as an anonymous event).
        personal_data_erased(int): the organiser erased the personal data (from how many).

    The organiser's tasks take ``success(result)`` and ``failure(SaveProblem)`` callbacks,
    called on the GUI thread.
    """

    opened = Signal(object)
    unavailable = Signal(object)
    count_changed = Signal(int)
    today_changed = Signal(int)
    pledge_saved = Signal(int)
    pledge_failed = Signal(object)
    wall_changed = Signal(list)
    organiser_action = Signal(object)
    personal_data_erased = Signal(int)

    def __init__(
        self,
        data_dir: Path,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.now = now
        self.blocklist: Blocklist | None = None  # the content pack's, set before start()
        self.start_warning: SetAside | None = None
        self.problem: SaveProblem | None = None
        self.count = 0
        self.wall_names: list[str] = []
        self._store: PledgeRepository | None = None
        self._kiosk_id: str | None = None
        self._started = False
        # One long-lived thread runs every operation in order, with its own connection; a
        # child, so results queued for a deleted service are dropped.
        self.worker = Worker("pledges", "pledge storage", self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)

    # -- plumbing ----------------------------------------------------------------------------
    def _run(self, work: Callable[[], T], success: Success[T] = None, failure: Failure = None) -> None:
        """Run ``work`` on the worker thread; then ``success`` or ``failure`` on the GUI thread."""
        Operation(work, success, failure).run(self.worker)

    def wait(self, seconds: float | None = None) -> bool:
        """Block until the work queued so far is done (at exit, so a queued pledge is not lost)."""
        return self.worker.wait(seconds)

    def close(self) -> None:
        """Finish the queued work, close the database and end the worker thread."""
        def close_store() -> None:
            if self._store is not None:
                self._store.close()

        self.worker.close(close_store)

    def _ensure_store(self) -> PledgeRepository:
        """On the worker: the open store, opening (or re-trying) it when needed."""
        from kiosk.storage.repository import kiosk_id, open_pledges

        if self._store is None:
            self._store = open_pledges(self.data_dir, self.now())
            self._kiosk_id = kiosk_id(self.data_dir)
        return self._store

    def _ensure_kiosk_id(self) -> str:
        """On the worker, after :meth:`_ensure_store`: this kiosk's id (read again if that failed)."""
        from kiosk.storage.repository import kiosk_id

        if self._kiosk_id is None:
            self._kiosk_id = kiosk_id(self.data_dir)
        return self._kiosk_id

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

        def work() -> tuple[SetAside | None, tuple[int, int, list[str]]]:
            store = self._ensure_store()
            return SetAside.of(store.start_warning), self._snapshot()

        def done(result: tuple[SetAside | None, tuple[int, int, list[str]]]) -> None:
            self.problem = None
            self.start_warning, snapshot = result
            self.opened.emit(self.start_warning)
            self._publish(snapshot)

        def failed(problem: SaveProblem) -> None:
            self.problem = problem
            self.unavailable.emit(problem)

        self._run(work, done, failed)

    def set_blocklist(self, blocklist: Blocklist) -> None:
        """Use the content pack's blocklist for the wall, and refresh it."""
        self.blocklist = blocklist
        self.refresh()

    def refresh(self) -> None:
        """Re-read the counts and the wall."""
        self._run(self._snapshot, self._publish)

    # -- visitors ------------------------------------------------------------------------------
    def submit(self, form: PledgeForm) -> None:
        """Save a validated, cleaned form; ``pledge_saved`` or ``pledge_failed`` follows."""
        created = self.now()

        def work() -> tuple[int, tuple[int, int, list[str]]]:
            from kiosk.core.pledge import make_pledge

            store = self._ensure_store()
            pledge = make_pledge(form, self._ensure_kiosk_id(), created)
            number = store.add(pledge)
            return number, self._snapshot()

        def done(result: tuple[int, tuple[int, int, list[str]]]) -> None:
            number, snapshot = result
            self.pledge_saved.emit(number)
            self._publish(snapshot)

        self._run(work, done, self.pledge_failed.emit)

    # -- the organiser -------------------------------------------------------------------------
    def _task(
        self,
        work: Callable[[PledgeRepository], T],
        success: Success[T],
        failure: Failure,
        refresh: bool = False,
        announce: Callable[[T], None] | None = None,
    ) -> None:
        """An organiser's task on the worker; the counts and the wall again when it changed them."""

        def run() -> tuple[T, tuple[int, int, list[str]] | None]:
            result = work(self._ensure_store())
            return result, (self._snapshot() if refresh else None)

        def done(result: tuple[T, tuple[int, int, list[str]] | None]) -> None:
            value, snapshot = result
            if snapshot is not None:
                self._publish(snapshot)
            if announce is not None:
                announce(value)
            if success is not None:
                success(value)

        self._run(run, done, failure)

    def _did(self, action: AdminAction) -> Callable[[object], None]:
        """Announces ``organiser_action`` once the task succeeded."""
        return lambda _result: self.organiser_action.emit(action)

    def export(self, path: Path, fmt: ExportFormat, success: Success[ExportReport] = None, failure: Failure = None) -> None:
        """Export every pledge to ``path`` → ``success(ExportReport)``, and ``organiser_action``."""
        from kiosk.core.events import AdminAction

        self._task(lambda store: store.export(path, fmt), success, failure, announce=self._did(AdminAction.EXPORT))

    def merge(self, paths: Sequence[Path], success: Success[MergeReport] = None, failure: Failure = None) -> None:
        """Merge other kiosks' exports → ``success(MergeReport)``, and ``organiser_action``."""
        from kiosk.core.events import AdminAction

        self._task(lambda store: store.merge(list(paths)), success, failure, refresh=True, announce=self._did(AdminAction.MERGE))

    def hide(self, pledge_uuid: str, hidden: bool = True, success: Success[bool] = None, failure: Failure = None) -> None:
        """Hide a pledge from the wall (or show it again) → ``success(whether it changed)``."""
        self._task(lambda store: store.hide(pledge_uuid, hidden), success, failure, refresh=True)

    def erase_all(self, success: Success[int] = None, failure: Failure = None) -> None:
        """Erase every pledge → ``success(number erased)``, and ``organiser_action``."""
        from kiosk.core.events import AdminAction

        self._task(lambda store: store.erase_all(), success, failure, refresh=True, announce=self._did(AdminAction.ERASE))

    def erase_personal_data(self, before: datetime | None = None, success: Success[int] = None, failure: Failure = None) -> None:
        """Erase names, emails and countries of pledges made before ``before`` (None: all)
        → ``success(number of pledges that lost data)``."""
        self._task(
            lambda store: store.erase_personal_data(before), success, failure, refresh=True, announce=self.personal_data_erased.emit
        )

    def purge_personal_data(self, before: datetime, done: Callable[[int], None], failed: Callable[[SaveProblem], None]) -> None:
        """The scheduled retention purge: like :meth:`erase_personal_data`, but it republishes
        the counts and the wall only when something was erased (a purge that finds nothing
        changes nothing on screen)."""

        def work() -> tuple[int, tuple[int, int, list[str]] | None]:
            erased = self._ensure_store().erase_personal_data(before)
            return erased, (self._snapshot() if erased else None)

        def finish(result: tuple[int, tuple[int, int, list[str]] | None]) -> None:
            erased, snapshot = result
            if snapshot is not None:
                self._publish(snapshot)
            done(erased)

        self._run(work, finish, failed)

    def recent(self, limit: int = 50, success: Success[list[PledgeSummary]] = None, failure: Failure = None) -> None:
        """The newest named pledges for Admin → ``success(list[PledgeSummary])``."""
        self._task(lambda store: store.recent(limit), success, failure)
