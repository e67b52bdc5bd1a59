"""Every way back to Attract ends the visit through the one reset path: nothing carries over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.core.admin_door import hash_pin
from kiosk.core.session import Phase
from kiosk.storage.pin_file import PinFile
from kiosk.ui.screens.base import ScreenId
from tests.helpers.touch import tap, tap_window_at

PIN = "246810"


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def leave_traces(kiosk, qtbot, fake_clock) -> None:
    """A visitor types a name, turns every option on, picks French and walks away."""
    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))
    tap(window.screen(ScreenId.HOME).tiles[ScreenId.PLEDGE])
    pledge = window.screen(ScreenId.PLEDGE)
    tap(pledge.form.name)
    QTest.keyClicks(pledge.form.name, "Ann")
    assert pledge.form.name.text() == "Ann"
    tap(window.bottom_bar.accessibility)
    for switch in window.accessibility.switches:
        tap(switch)
    tap(window.accessibility.done)
    tap(window.bottom_bar.language)
    tap(window.language_picker.buttons["fr"])
    settle()
    assert kiosk.context.language.current == "fr"
    # The visitor has gone: "Still there?" counts down.
    fake_clock.advance(95)
    kiosk.idle.poll()
    assert window.still_there.isVisible() and kiosk.idle.phase is Phase.WARNING


def assert_no_trace(kiosk, fake_clock) -> None:
    window = kiosk.window
    settle()
    assert window.current_id is ScreenId.ATTRACT
    assert not window.still_there.isVisible()
    assert kiosk.idle.phase is Phase.ATTRACT
    theme = kiosk.context.theme
    assert (theme.text_scale, theme.name, theme.reach) == (1.0, "standard", False)
    assert kiosk.context.language.current == "en"
    pledge = window.screen(ScreenId.PLEDGE)
    assert all(not field.text() for field in pledge.findChildren(QLineEdit))
    # Long after, no countdown from the last visit comes back over Attract.
    fake_clock.advance(200)
    kiosk.idle.poll()
    assert not window.still_there.isVisible() and window.current_id is ScreenId.ATTRACT
    # The next visitor starts a fresh visit.
    tap(window.screen(ScreenId.ATTRACT))
    assert window.current_id is ScreenId.HOME and kiosk.idle.phase is Phase.ACTIVE


def corner_taps(kiosk, fake_clock) -> None:
    for _ in range(5):
        tap_window_at(kiosk.window, QPoint(20, 20))
        fake_clock.advance(0.3)


def via_pin_pad_cancel(kiosk, fake_clock) -> None:
    corner_taps(kiosk, fake_clock)
    pin = kiosk.window.screen(ScreenId.PIN)
    assert kiosk.window.current_id is ScreenId.PIN
    tap(pin.cancel)


def via_admin_back(kiosk, fake_clock) -> None:
    corner_taps(kiosk, fake_clock)
    pin = kiosk.window.screen(ScreenId.PIN)
    for digit in PIN:
        tap(pin.keys[digit])
    tap(pin.keys["✓"])
    assert kiosk.window.current_id is ScreenId.ADMIN
    tap(kiosk.window.screen(ScreenId.ADMIN).back)


def via_idle_timeout(kiosk, fake_clock) -> None:
    fake_clock.advance(11)
    kiosk.idle.poll()


def via_idle_timeout_in_admin(kiosk, fake_clock) -> None:
    corner_taps(kiosk, fake_clock)
    pin = kiosk.window.screen(ScreenId.PIN)
    for digit in PIN:
        tap(pin.keys[digit])
    tap(pin.keys["✓"])
    fake_clock.advance(200)
    kiosk.idle.poll()
    fake_clock.advance(11)
    kiosk.idle.poll()


@pytest.mark.parametrize("leave", [via_pin_pad_cancel, via_admin_back, via_idle_timeout, via_idle_timeout_in_admin],
                         ids=lambda f: f.__name__)
def test_every_way_to_attract_leaves_no_trace(make_kiosk, user_paths, fake_clock, qtbot, leave):
    PinFile(user_paths.pin_file).write(hash_pin(PIN))
    kiosk = make_kiosk(windowed=False)
    leave_traces(kiosk, qtbot, fake_clock)
    leave(kiosk, fake_clock)
    assert_no_trace(kiosk, fake_clock)


def test_arriving_on_pledge_opens_no_keyboard(kiosk, qtbot):
    """The keyboard opens when the visitor taps a field, never on arrival."""
    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))
    home = window.screen(ScreenId.HOME)
    # A mouse click, as many touchscreens send: the tile takes the focus on press.
    QTest.mouseClick(home.tiles[ScreenId.PLEDGE], Qt.MouseButton.LeftButton)
    settle()
    pledge = window.screen(ScreenId.PLEDGE)
    assert window.current_id is ScreenId.PLEDGE
    qtbot.waitUntil(lambda: pledge.keyboard.panel is not None, timeout=10000)
    qtbot.wait(200)
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
    assert not pledge.keyboard.isVisible()
    tap(pledge.form.name)
    qtbot.waitUntil(pledge.keyboard.isVisible)
