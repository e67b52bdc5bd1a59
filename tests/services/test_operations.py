"""One way off the GUI thread: an operation's work runs on its worker, its callbacks on the GUI thread."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject

from kiosk.core.pledge import PledgeForm, validate
from kiosk.core.pledge_files import ExportFormat
from kiosk.services.operations import Operation, SaveProblem, Worker
from kiosk.services.pledges import PledgeService
from kiosk.storage.database import KnownDatabaseError, StorageProblem

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def worker(qapp):
    worker = Worker("test", "test")
    yield worker
    worker.close()
    worker.deleteLater()


def test_the_work_runs_off_the_gui_thread_and_success_on_it(worker, qtbot):
    threads, results = [], []

    def work() -> int:
        threads.append(threading.current_thread())
        return 42

    Operation(work, success=lambda value: results.append((value, threading.current_thread()))).run(worker)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert threads[0] is not threading.main_thread()
    assert results == [(42, threading.main_thread())]


@pytest.mark.parametrize(
    ("raised", "problem"),
    [
        (KnownDatabaseError(StorageProblem.DISK_FULL, "database or disk is full"), SaveProblem.DISK_FULL),
        (KnownDatabaseError(StorageProblem.READ_ONLY), SaveProblem.READ_ONLY),
        (ValueError("a bug"), SaveProblem.CANNOT_OPEN),
    ],
)
def test_a_failure_reaches_the_gui_thread_as_a_save_problem(worker, qtbot, raised, problem, caplog):
    failures, successes = [], []

    def work() -> None:
        raise raised

    Operation(work, success=successes.append, failure=lambda p: failures.append((p, threading.current_thread()))).run(worker)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert failures == [(problem, threading.main_thread())] and successes == []
    # And the worker goes on with the next operation.
    Operation(lambda: "next", success=successes.append).run(worker)
    qtbot.waitUntil(lambda: successes == ["next"], timeout=5000)


def test_results_for_a_deleted_owner_are_dropped(qapp, qtbot):
    owner = QObject()
    worker = Worker("test", "test", owner)
    release = threading.Event()
    results = []
    Operation(lambda: release.wait(5), success=results.append).run(worker)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(worker), timeout=5000)
    release.set()
    qtbot.wait(100)  # time for a result that would wrongly still arrive
    assert results == []


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_pledge_tasks_answer_their_own_callbacks(qapp, qtbot, tmp_path):
    service = PledgeService(tmp_path / "data", now=lambda: NOW)
    try:
        service.start()
        saved = []
        service.pledge_saved.connect(saved.append)
        service.submit(validate(PledgeForm("en", ("learn",), "Ann", consent_wall=True)).form)
        qtbot.waitUntil(lambda: saved == [1], timeout=5000)
        reports, recent, problems = [], [], []
        service.export(tmp_path / "out.csv", ExportFormat.CSV, reports.append, problems.append)
        service.recent(10, recent.append, problems.append)
        service.merge([tmp_path / "missing.jsonl"], reports.append, problems.append)
        qtbot.waitUntil(lambda: len(reports) == 2 and len(recent) == 1, timeout=5000)
        assert reports[0].written == 1 and (tmp_path / "out.csv").exists()
        assert [s.first_name for s in recent[0]] == ["Ann"]
        assert problems == []
        # A folder that cannot be written: the export's failure callback, with a SaveProblem.
        blocked = tmp_path / "file-not-folder"
        blocked.write_text("x")
        service.export(blocked / "out.csv", ExportFormat.CSV, reports.append, problems.append)
        qtbot.waitUntil(lambda: bool(problems), timeout=5000)
        assert isinstance(problems[0], SaveProblem) and len(reports) == 2
    finally:
        service.close()
        service.deleteLater()
