"""Storage behind a protocol: the services run on any backend, and widgets never see storage errors."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.core.pledge import PledgeForm, validate
from kiosk.services.analytics import EventRecorder
from kiosk.services.operations import SaveProblem
from kiosk.services.pledges import PledgeService
from kiosk.storage import repository
from kiosk.storage.repository import EventRepository, PledgeRepository, RepositoryError, StorageProblem

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
UI = Path(__file__).resolve().parents[2] / "kiosk" / "ui"


class MemoryPledges:
    """A second backend, in memory: only what the protocol asks for."""

    def __init__(self, full: bool = False) -> None:
        self.start_warning = None
        self.pledges = []
        self.full = full

    def add(self, pledge):
        if self.full:
            raise RepositoryError(StorageProblem.DISK_FULL, "no room")
        self.pledges.append(pledge)
        return len(self.pledges)

    def count(self):
        return len(self.pledges)

    def count_today(self, now):
        return len(self.pledges)

    def wall_names(self, limit, blocklist=None):
        return []

    def recent(self, limit, offset=0):
        return []

    def hide(self, pledge_uuid, hidden=True):
        return False

    def erase_all(self):
        erased, self.pledges = len(self.pledges), []
        return erased

    def erase_personal_data(self, before=None):
        return 0

    def export(self, path, fmt):
        raise NotImplementedError

    def merge(self, paths):
        raise NotImplementedError

    def close(self):
        pass


def test_the_sqlite_stores_are_repositories(tmp_path):
    pledges = repository.open_pledges(tmp_path)
    events = repository.open_events(tmp_path)
    assert isinstance(pledges, PledgeRepository) and isinstance(events, EventRepository)
    assert isinstance(MemoryPledges(), PledgeRepository)
    pledges.close()
    events.close()


@pytest.mark.parametrize("full", [False, True])
def test_the_pledge_service_runs_on_another_backend(qapp, qtbot, tmp_path, monkeypatch, full):
    backend = MemoryPledges(full)
    monkeypatch.setattr(repository, "open_pledges", lambda data_dir, now=None: backend)
    service = PledgeService(tmp_path, now=lambda: NOW)
    saved, failed, counts = [], [], []
    service.pledge_saved.connect(saved.append)
    service.pledge_failed.connect(failed.append)
    service.count_changed.connect(counts.append)
    try:
        service.start()
        service.submit(validate(PledgeForm("en", ("learn",), "Ann")).form)
        qtbot.waitUntil(lambda: bool(saved or failed), timeout=5000)
        if full:
            assert failed == [SaveProblem.DISK_FULL] and backend.pledges == []
        else:
            assert saved == [1] and counts[-1] == 1 and backend.pledges[0].first_name == "Ann"
    finally:
        service.close()
        service.deleteLater()


def test_the_event_recorder_opens_its_repository_through_the_opener(qapp, qtbot, tmp_path, monkeypatch):
    opened = []
    real = repository.open_events
    monkeypatch.setattr(repository, "open_events", lambda data_dir: opened.append(data_dir) or real(data_dir))
    repository.open_pledges(tmp_path).close()  # the pledge store makes and migrates the file
    recorder = EventRecorder(tmp_path, now=lambda: NOW)
    try:
        recorder.start()
        recorder.record("visit_start", of_visit=False)
        assert recorder.wait(5)
        assert opened == [tmp_path]
    finally:
        recorder.close()
        recorder.deleteLater()


def test_storage_errors_never_reach_the_widgets():
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in ("kiosk.storage.database", "kiosk.storage.repository"):
                offenders.append(f"{path.relative_to(UI)}: imports {node.module}")
            if isinstance(node, ast.Name | ast.Attribute) and "StorageProblem" in (getattr(node, "id", ""), getattr(node, "attr", "")):
                offenders.append(f"{path.relative_to(UI)}: StorageProblem")
    assert offenders == []
