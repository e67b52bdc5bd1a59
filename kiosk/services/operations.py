"""One way off the GUI thread: an :class:`Operation` runs on a :class:`Worker`, then calls back.

In the manner of Anki's ``CollectionOp`` / ``QueryOp``: the work runs on a worker thread, and
exactly one of its typed callbacks runs later on the GUI thread, ``success(result)`` or
``failure(problem)``. A failure is a :class:`SaveProblem`, the UI-level name of what went
wrong; widgets translate it into a sentence and never see a storage error.

A :class:`Worker` is one long-lived Python thread that runs its operations in order (the
pledge store's connection lives on it). Not a QThreadPool: a Python call on a Qt pool thread
gets a fresh thread state each time, so a thread-local connection would be reopened for every
task (measured). Results are queued to the GUI thread through a child object: when the
worker's owner is deleted, results still on their way are dropped.

Usage::

    Operation(lambda: store.export(path, fmt), success=show_report, failure=show_problem).run(worker)
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, TimeoutError
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # storage is imported on the worker thread, off the first frame
    from kiosk.storage.repository import RepositoryError, StorageProblem

log = logging.getLogger(__name__)

T = TypeVar("T")


class SaveProblem(enum.Enum):
    """Why the kiosk could not read or keep something, as the UI names it.

    The values are the storage layer's (they appear in Admin's lines and the log as they did).
    """

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    CORRUPT = "corrupt"
    CANNOT_OPEN = "cannot_open"

    @classmethod
    def of(cls, error: RepositoryError) -> SaveProblem:
        """The problem a repository's error stands for."""
        return cls(error.problem.value)

    @classmethod
    def of_storage(cls, problem: StorageProblem) -> SaveProblem:
        """The UI's name for a storage problem (a start warning's, for one)."""
        return cls(problem.value)


@dataclass(frozen=True)
class Operation(Generic[T]):
    """Work for a worker thread and what to do with its outcome on the GUI thread.

    Attributes:
        work: runs on the worker; returns the result or raises.
        success: called on the GUI thread with the result (None: the result is dropped).
        failure: called on the GUI thread with the :class:`SaveProblem` when ``work`` raised
            (None: the failure is only logged).
    """

    work: Callable[[], T]
    success: Callable[[T], None] | None = None
    failure: Callable[[SaveProblem], None] | None = None

    def run(self, worker: Worker) -> None:
        """Queue the operation on ``worker``."""
        worker.run(self)


class _Relay(QObject):
    """Carries a callback and its argument from the worker thread to the GUI thread."""

    finished = Signal(object, object)


class Worker(QObject):
    """One thread running operations in order; callbacks come back on the GUI thread.

    Args:
        name: the thread's name prefix.
        label: how the log names this worker's failures (``"pledge storage"``, ``"analytics"``).
        parent: the owner; when it is deleted the thread ends and pending callbacks are dropped.
    """

    def __init__(self, name: str, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.closed = False
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        executor = self._executor
        self.destroyed.connect(lambda *_: executor.shutdown(wait=False))
        self._relay = _Relay(self)  # a child: results queued for a deleted worker are dropped
        self._relay.finished.connect(self._deliver)

    @staticmethod
    def _deliver(callback: Callable[[Any], None], value: Any) -> None:
        callback(value)

    def run(self, operation: Operation[Any]) -> None:
        """Run ``operation.work`` on the thread, then its callback on the GUI thread."""
        if self.closed:
            log.debug("%s closed: operation dropped", self.label)
            return

        def task() -> None:
            try:
                result = operation.work()
            except Exception as error:  # a bug must not kill the worker thread
                from kiosk.storage.repository import RepositoryError

                if isinstance(error, RepositoryError):  # the disk, not a bug
                    log.error("%s: %s", self.label, error)
                    problem = SaveProblem.of(error)
                else:
                    log.exception("%s failed", self.label)
                    problem = SaveProblem.CANNOT_OPEN
                if operation.failure is not None:
                    self._send(operation.failure, problem)
                return
            if operation.success is not None:
                self._send(operation.success, result)

        self._executor.submit(task)

    def _send(self, callback: Callable[[Any], None], value: Any) -> None:
        """On the worker: queue ``callback(value)`` for the GUI thread (dropped once the owner is gone)."""
        try:
            self._relay.finished.emit(callback, value)
        except RuntimeError:  # the relay was deleted with the worker's owner
            log.debug("%s: result dropped, its owner is gone", self.label)

    def call(self, work: Callable[[], T]) -> T:
        """Run ``work`` on the thread while the caller waits (at exit, for a command)."""
        return self._executor.submit(work).result()

    def wait(self, seconds: float | None = None) -> bool:
        """Block until the operations queued so far are done; False on time-out."""
        if self.closed:
            return True
        try:
            self._executor.submit(lambda: None).result(timeout=seconds)
        except TimeoutError:
            return False
        return True

    def close(self, last: Callable[[], object] | None = None) -> None:
        """Run ``last`` after the queued operations, then end the thread (waits for both)."""
        if self.closed:
            return
        self.closed = True
        if last is not None:
            self._executor.submit(last).result()
        self._executor.shutdown(wait=True)
