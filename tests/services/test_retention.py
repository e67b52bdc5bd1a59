"""The retention purge runs at start and daily, on the pledge worker (never the GUI thread), logged."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, timedelta

import pytest

from kiosk.core.pledge import PledgeForm, make_pledge, validate
from kiosk.services.pledges import PledgeService
from kiosk.services.retention import PURGE_EVERY_MS, PersonalDataRetention
from kiosk.storage.pledges import PledgeStore, add_many

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)


def _pledges(data_dir, ages):
    store = PledgeStore.open(data_dir, NOW)
    pledges = []
    for n, age in enumerate(ages, 1):
        form = validate(PledgeForm("ru", ("learn",), f"Olga{n}", "RU", f"olga{n}@example.org", True, True)).form
        pledges.append(make_pledge(form, "9f5c9ecf-6749-4001-823f-71f329072bd3", NOW - age, f"00000000-0000-4000-8000-{n:012d}"))
    add_many(store, pledges)
    store.database.close()


@pytest.fixture
def service(qapp, tmp_path):
    service = PledgeService(tmp_path / "data", now=lambda: NOW)
    yield service
    service.close()
    service.deleteLater()


def test_at_start_it_erases_what_is_older_than_the_days_off_the_gui_thread(service, tmp_path, qtbot, monkeypatch, caplog):
    _pledges(tmp_path / "data", [timedelta(days=10), timedelta(days=90), timedelta(days=90, seconds=1), timedelta(days=300)])
    threads = []
    original = PledgeStore.erase_personal_data

    def spy(store, before=None):
        threads.append(threading.current_thread())
        return original(store, before)

    monkeypatch.setattr(PledgeStore, "erase_personal_data", spy)
    retention = PersonalDataRetention(service, 90, now=lambda: NOW)
    caplog.set_level(logging.INFO)
    with qtbot.waitSignal(retention.purged, timeout=5000) as signal:
        retention.start()
    assert signal.args == [2, NOW - timedelta(days=90)]
    assert threads and threads[0] is not threading.main_thread()
    assert "Personal data: erased from 2 pledges older than 90 days" in caplog.text
    recent = []
    service.recent(10, success=recent.append)
    qtbot.waitUntil(lambda: bool(recent), timeout=5000)
    names = sorted(s.first_name for s in PledgeStore.open(tmp_path / "data").recent(10))
    assert names == ["Olga1", "Olga2"]


def test_it_runs_again_every_day(service, tmp_path, qtbot):
    clock = [NOW]
    _pledges(tmp_path / "data", [timedelta(days=80)])
    retention = PersonalDataRetention(service, 90, now=lambda: clock[0])
    with qtbot.waitSignal(retention.purged, timeout=5000) as first:
        retention.start()
    assert first.args[0] == 0
    assert retention._timer.isActive() and retention._timer.interval() == PURGE_EVERY_MS
    clock[0] = NOW + timedelta(days=11)  # a day comes when the pledge is 91 days old
    with qtbot.waitSignal(retention.purged, timeout=5000) as later:
        retention._timer.timeout.emit()
    assert later.args[0] == 1
    assert retention.last_erased == 1 and retention.last_run == clock[0]


def test_zero_days_keeps_everything_and_schedules_nothing(service, tmp_path, qtbot, caplog):
    _pledges(tmp_path / "data", [timedelta(days=3000)])
    retention = PersonalDataRetention(service, 0, now=lambda: NOW)
    caplog.set_level(logging.INFO)
    retention.start()
    assert not retention._timer.isActive()
    assert "kept until erased in Admin" in caplog.text
    service.wait()
    store = PledgeStore.open(tmp_path / "data")
    assert [p.first_name for p in store.all()] == ["Olga1"]
    store.database.close()
