"""The fleet worker without a server: it fails calmly, keeps the queue, and backs off."""

from __future__ import annotations

from kiosk.core.fleet import FleetConfig, FleetState
from kiosk.services.fleet import FleetSync
from kiosk.storage.pledges import PledgeStore
from tests.fleet.conftest import kiosk_store, pledges
from tests.helpers.postgres import free_port


def test_an_unreachable_server_leaves_everything_queued_and_says_so_in_one_line(qtbot, tmp_path):
    kiosk_store(tmp_path, pledges(3, "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa")).database.close()
    config = FleetConfig(f"postgresql://kiosk@127.0.0.1:{free_port()}/blueheart", "e1", 5)
    fleet = FleetSync(tmp_path, config)
    try:
        with qtbot.waitSignal(fleet.state_changed, timeout=30_000) as first:
            fleet.start()
        state = first.args[0]
        assert (state.connected, state.queued, state.event_total) == (False, 3, None)
        assert "cannot reach the central database" in state.last_error and "\n" not in state.last_error
        assert fleet.supporters(3) == 3  # the counter keeps the local count
        # A pledge while the server fails does not cut the back-off short; the organiser's button does.
        fleet.nudge(4)
        assert not fleet._wake.is_set()
        with qtbot.waitSignal(fleet.state_changed, timeout=30_000):
            fleet.sync_now()
        assert fleet.attempts == 2
    finally:
        fleet.close()
    assert not fleet.running
    assert PledgeStore.open(tmp_path).count() == 3


def test_a_pledge_wakes_the_worker_only_while_the_server_answers(qapp, tmp_path):
    fleet = FleetSync(tmp_path, FleetConfig("postgresql://k@h/d", "e1"))
    fleet.nudge(1)
    assert not fleet._wake.is_set()  # not tried yet
    fleet.state = FleetState(connected=True, event_total=10)
    fleet.nudge(1)
    assert fleet._wake.is_set()
    fleet.close()


def test_the_fleet_tests_say_why_they_skip(monkeypatch):
    import tests.helpers.postgres as postgres

    monkeypatch.setattr(postgres, "server_bin_dir", lambda: None)
    assert "install Debian's 'postgresql' package" in postgres.why_unavailable()
