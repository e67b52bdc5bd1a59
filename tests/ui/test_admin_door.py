"""The organiser's door as people meet it: a locked pad that says how long, and Admin's sections."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from kiosk.core.admin_door import PinStrength, hash_pin
from kiosk.core.pledge import PledgeForm, make_pledge, validate
from kiosk.storage.pin_file import PinFile
from kiosk.storage.pledges import PledgeStore, add_many
from kiosk.ui.screens.base import ScreenId
from tests.helpers.touch import tap, tap_window_at

PIN = "30571948"


def _open_pad(kiosk, fake_clock):
    for _ in range(5):
        tap_window_at(kiosk.window, QPoint(20, 20))
        fake_clock.advance(0.3)
    assert kiosk.window.current_id is ScreenId.PIN
    return kiosk.window.screen(ScreenId.PIN)


def _enter(pad, digits):
    for digit in digits:
        tap(pad.keys[digit])
    tap(pad.keys["✓"])


def _tap_in_admin(kiosk, widget):
    """Scroll Admin to ``widget`` (as the organiser's finger would), then tap it."""
    kiosk.window.screen(ScreenId.ADMIN).scroll_area.ensureWidgetVisible(widget)
    QApplication.processEvents()
    tap(widget)


def _set_pin(user_paths, pin=PIN, strength=PinStrength.MEETS_RULES):
    PinFile(user_paths.pin_file).write(hash_pin(pin), strength)


def test_a_locked_pad_says_how_long_and_the_lock_grows(make_kiosk, user_paths, fake_clock):
    fake_clock.now = time.time()
    _set_pin(user_paths)
    kiosk = make_kiosk()
    pad = _open_pad(kiosk, fake_clock)
    for _ in range(4):
        _enter(pad, "111222")
        assert pad.message.text() == "Wrong PIN. Try again."
    _enter(pad, "111222")
    assert pad.message.text() == "Too many wrong PINs. The pad is locked for 1 minute."
    assert not pad.keys["1"].isEnabled()
    fake_clock.advance(59)
    pad._refresh()
    assert pad.message.text() == "Too many wrong PINs. The pad is locked for 1 second."
    fake_clock.advance(1)
    pad._refresh()
    assert pad.keys["1"].isEnabled()
    for _ in range(5):
        _enter(pad, "111222")
    text = pad.message.text()
    assert text.startswith("Too many wrong PINs. The pad is locked for 5 minutes, until ")
    fake_clock.advance(300)
    pad._refresh()
    for _ in range(5):
        _enter(pad, "111222")
    assert pad.message.text().startswith("Too many wrong PINs. The pad is locked for 30 minutes, until ")


def test_a_lock_outlives_a_restart(make_kiosk, user_paths, fake_clock):
    fake_clock.now = time.time()
    _set_pin(user_paths)
    first = make_kiosk()
    pad = _open_pad(first, fake_clock)
    for _ in range(5):
        _enter(pad, "999000")
    first.shutdown()
    fake_clock.advance(20)
    again = make_kiosk()
    pad = _open_pad(again, fake_clock)
    left = again.door.seconds_locked()
    assert 30 < left <= 40  # the minute went on while the kiosk was down
    assert pad.message.text() == f"Too many wrong PINs. The pad is locked for {left} seconds."
    assert not pad.keys[PIN[0]].isEnabled()


def test_admin_lists_the_wrong_pins_since_it_was_last_opened(make_kiosk, user_paths, fake_clock):
    start = datetime(2026, 12, 1, 22, 15, 3).astimezone()
    fake_clock.now = start.timestamp() - 1  # the five corner taps take 1.5 s: tries at hh:mm:03.5
    _set_pin(user_paths)
    kiosk = make_kiosk()
    pad = _open_pad(kiosk, fake_clock)
    for _ in range(3):
        _enter(pad, "424242")
        fake_clock.advance(60)
    _enter(pad, PIN)
    assert kiosk.window.current_id is ScreenId.ADMIN
    section = kiosk.window.screen(ScreenId.ADMIN).door_section
    assert section.summary.text() == "3 wrong PINs were entered since Admin was last opened:"
    assert [line.strip("\u2066\u2069") for line in section.attempts.text().splitlines()] == [
        "2026-12-01 22:17:03", "2026-12-01 22:16:03", "2026-12-01 22:15:03",
    ]
    assert not section.pin_warning.isVisible()

    tap(kiosk.window.screen(ScreenId.ADMIN).back)
    _open_pad(kiosk, fake_clock)
    _enter(kiosk.window.screen(ScreenId.PIN), PIN)
    assert section.summary.text() == "No wrong PIN was entered since Admin was last opened."
    assert not section.attempts.isVisible()


def test_an_old_four_digit_pin_opens_admin_with_a_warning(make_kiosk, user_paths, fake_clock):
    PinFile(user_paths.pin_file).write(hash_pin("2468"))  # set before the rules
    kiosk = make_kiosk()
    _enter(_open_pad(kiosk, fake_clock), "2468")
    assert kiosk.window.current_id is ScreenId.ADMIN
    section = kiosk.window.screen(ScreenId.ADMIN).door_section
    assert section.pin_warning.isVisible()
    assert "blueheart-kiosk set-pin" in section.pin_warning.text()
    assert PinFile(user_paths.pin_file).read_record().strength is PinStrength.BELOW_RULES


def _named_pledges(data_dir, count, age=timedelta(days=1)):
    store = PledgeStore.open(data_dir)
    now = datetime.now(UTC)
    pledges = []
    for n in range(1, count + 1):
        form = validate(PledgeForm("en", ("learn",), f"Visitor{n}", "KE", f"v{n}@example.org", True, True)).form
        pledges.append(make_pledge(form, "9f5c9ecf-6749-4001-823f-71f329072bd3", now - age - timedelta(minutes=n)))
    add_many(store, pledges)
    store.database.close()


def _names(data_dir):
    store = PledgeStore.open(data_dir)
    try:
        return sorted(p.first_name for p in store.all())
    finally:
        store.database.close()


def test_admin_erases_personal_data_after_a_confirmation(make_kiosk, user_paths, fake_clock, qtbot):
    _named_pledges(user_paths.data_dir, 3)
    _set_pin(user_paths)
    kiosk = make_kiosk()
    qtbot.waitUntil(lambda: kiosk.context.pledges.count == 3, timeout=5000)
    _enter(_open_pad(kiosk, fake_clock), PIN)
    section = kiosk.window.screen(ScreenId.ADMIN).personal_data_section
    assert "90 days after the pledge" in section.policy.text()
    _tap_in_admin(kiosk, section.erase)
    assert section.confirm_yes.isVisible() and not section.erase.isVisible()
    assert "all 3 pledges" in section.confirm_text.text()
    _tap_in_admin(kiosk, section.confirm_no)  # changed my mind: nothing happens
    assert not section.confirm_yes.isVisible()
    assert _names(user_paths.data_dir) == ["Visitor1", "Visitor2", "Visitor3"]
    _tap_in_admin(kiosk, section.erase)
    _tap_in_admin(kiosk, section.confirm_yes)
    qtbot.waitUntil(lambda: "erased from 3 pledges" in section.result.text(), timeout=5000)
    assert section.result.text() == "Personal data erased from 3 pledges; all 3 pledges remain."
    assert _names(user_paths.data_dir) == ["", "", ""]
    assert kiosk.context.pledges.count == 3


def test_the_kiosk_erases_old_personal_data_at_start(make_kiosk, user_paths, qtbot):
    user_paths.config_dir.mkdir(parents=True)
    user_paths.config_file.write_text("[pledges]\npersonal_data_days = 30\n", encoding="utf-8")
    _named_pledges(user_paths.data_dir, 2, age=timedelta(days=31))
    store = PledgeStore.open(user_paths.data_dir)  # and one made yesterday keeps its name
    form = validate(PledgeForm("en", ("learn",), "Recent", consent_wall=True)).form
    store.add(make_pledge(form, "9f5c9ecf-6749-4001-823f-71f329072bd3", datetime.now(UTC) - timedelta(days=1)))
    store.database.close()
    kiosk = make_kiosk()
    retention = kiosk.retention
    qtbot.waitUntil(lambda: retention.last_erased is not None, timeout=5000)
    assert retention.last_erased == 2
    assert _names(user_paths.data_dir) == ["", "", "Recent"]


def test_a_long_lock_says_hours_and_minutes_and_until_when(make_kiosk, user_paths, fake_clock):
    from kiosk.core.door_lockout import DoorState
    from kiosk.storage.pin_file import DoorStateFile

    fake_clock.now = time.time()
    _set_pin(user_paths)
    state, t = DoorState(), fake_clock.now - 20_000
    while state.locks < 5:  # the fifth lock lasts two hours
        t = state.unlocks_at(t) + 3
        state = state.wrong_pin(t)
    DoorStateFile(user_paths.door_state_file).write(state)
    kiosk = make_kiosk()
    fake_clock.now = t + 10 * 60  # ten minutes into the lock (and 1.5 s of corner taps)
    pad = _open_pad(kiosk, fake_clock)
    assert kiosk.door.seconds_locked() == 110 * 60 - 1
    assert pad.message.text().startswith("Too many wrong PINs. The pad is locked for 1 hour 50 minutes, until ")
    fake_clock.advance(6569)  # 29.5 s left
    pad._refresh()
    assert pad.message.text() == "Too many wrong PINs. The pad is locked for 30 seconds."
