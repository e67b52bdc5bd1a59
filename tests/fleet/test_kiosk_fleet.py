"""The kiosk with a [fleet] section: the event-wide counter, its silent fallback, Admin's state."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from kiosk.core.pledge import PledgeForm, validate
from kiosk.storage.fleet_sync import sync_once
from kiosk.storage.outbox import Outbox
from kiosk.ui.screens.base import ScreenId
from tests.fleet.conftest import KIOSK_ROLES, kiosk_store, pledges
from tests.helpers.touch import tap

KIOSK_B = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"
WAIT_MS = 30_000


def visible_texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_the_counter_shows_the_event_and_falls_back_silently(make_kiosk, qtbot, central, postgres, user_paths, tmp_path):
    # Another kiosk of the event has already sent 20 pledges.
    other = kiosk_store(tmp_path / "b", pledges(20, KIOSK_B))
    sync_once(Outbox(other.database), central.config("kiosk_b"), KIOSK_ROLES["kiosk_b"])
    kiosk_store(user_paths.data_dir, pledges(3, "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa")).database.close()
    central.config_file(user_paths.config_file, sync_seconds=300)

    kiosk = make_kiosk()
    fleet = kiosk.context.fleet
    qtbot.waitUntil(lambda: fleet.state.connected is True, timeout=WAIT_MS)
    home = kiosk.window.screen(ScreenId.HOME)
    kiosk.window.show_screen(ScreenId.HOME)
    qtbot.waitUntil(lambda: home.counter.text() == "23 people have taken the Blue Heart pledge", timeout=WAIT_MS)
    assert central.uuids().__len__() == 23

    # A visitor pledges by touch: the thank-you and the counter count the event at once, and the
    # worker sends the pledge without waiting the 300 s.
    screen = kiosk.window.screen(ScreenId.PLEDGE)
    kiosk.window.show_screen(ScreenId.PLEDGE)
    with qtbot.waitSignal(fleet.state_changed, timeout=WAIT_MS, check_params_cb=lambda s: s.event_total == 24):
        tap(next(iter(screen.form.cards.values())))
        tap(screen.form.submit)
        qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.thanks, timeout=WAIT_MS)
    assert screen.thanks.number.text() == "You are supporter number 24"
    kiosk.window.show_screen(ScreenId.HOME)
    qtbot.waitUntil(lambda: home.counter.text().startswith("24 "), timeout=WAIT_MS)
    assert len(central.uuids()) == 24
    form = validate(PledgeForm("en", ("learn",))).form

    # The central database goes away: the counter quietly shows this kiosk's own 4 pledges.
    postgres.stop("fast")
    try:
        with qtbot.waitSignal(fleet.state_changed, timeout=WAIT_MS, check_params_cb=lambda s: s.connected is False):
            fleet.sync_now()
        qtbot.waitUntil(lambda: home.counter.text() == "4 people have taken the Blue Heart pledge", timeout=WAIT_MS)
        assert "cannot reach" not in visible_texts(kiosk.window)

        # A pledge made offline is kept and waits in the outbox; Admin says so.
        kiosk.context.pledges.submit(form)
        qtbot.waitUntil(lambda: home.counter.text().startswith("5 "), timeout=WAIT_MS)
        with qtbot.waitSignal(fleet.state_changed, timeout=WAIT_MS, check_params_cb=lambda s: s.queued == 1):
            fleet.sync_now()
        kiosk.window.show_screen(ScreenId.ADMIN)
        admin = kiosk.window.screen(ScreenId.ADMIN)
        qtbot.waitUntil(lambda: getattr(admin, "fleet_section", None) is not None, timeout=WAIT_MS)
        section = admin.fleet_section
        QApplication.processEvents()
        assert section.connection.text() == "Not connected"
        assert section.counts.text().startswith("Queued: 1")
        assert section.error.isVisible() and "cannot reach the central database" in section.error.text()
        assert "Last sync: never" not in section.last_sync.text()
        assert KIOSK_ROLES["kiosk_a"] not in visible_texts(admin)
    finally:
        postgres.start()

    # The server is back: the queued pledge leaves, exactly once.
    with qtbot.waitSignal(fleet.state_changed, timeout=WAIT_MS, check_params_cb=lambda s: s.connected and s.queued == 0):
        section.sync_now.click()
    assert section.connection.text() == "Connected"
    assert len(set(central.uuids())) == len(central.uuids()) == 25
    assert section.counts.text() == "Queued: 0    Event total: 25"


def test_a_bad_fleet_section_is_listed_in_admin_and_changes_nothing(make_kiosk, qtbot, user_paths):
    user_paths.config_file.parent.mkdir(parents=True, exist_ok=True)
    user_paths.config_file.write_text('[fleet]\nurl = "postgresql://k:hunter2@db/x"\nevent = "e"\n', encoding="utf-8")
    kiosk = make_kiosk()
    assert kiosk.context.fleet is None
    assert any("fleet.url: holds a password" in w for w in kiosk.context.warnings)
    assert not any("hunter2" in w for w in kiosk.context.warnings)


def test_a_password_file_open_to_others_is_refused_in_admin(make_kiosk, qtbot, central, user_paths):
    config_file = central.config_file(user_paths.config_file)
    central.config().password_file.chmod(0o644)
    kiosk = make_kiosk()
    fleet = kiosk.context.fleet
    qtbot.waitUntil(lambda: fleet.state.connected is False, timeout=WAIT_MS)
    assert "chmod 600" in fleet.state.last_error
    assert config_file.exists()
