"""A visitor and an organiser at the kiosk: taps, idle reset, lockdown and the PIN door."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.core.admin_door import hash_pin
from kiosk.core.session import Phase
from kiosk.storage.pin_file import PinFile
from kiosk.ui.screens.base import ScreenId
from tests.helpers.touch import tap, tap_window_at


def test_visitor_taps_from_attract_to_every_tile_and_home(kiosk):
    window = kiosk.window
    assert window.current_id is ScreenId.ATTRACT
    assert not window.bottom_bar.isVisible()
    tap(window.screen(ScreenId.ATTRACT))
    assert window.current_id is ScreenId.HOME
    assert kiosk.idle.phase is Phase.ACTIVE
    assert window.bottom_bar.isVisible()
    home = window.screen(ScreenId.HOME)
    for target in (ScreenId.LEARN, ScreenId.NEWS, ScreenId.WATCH, ScreenId.PUBLICATIONS, ScreenId.PLEDGE):
        tap(home.tiles[target])
        assert window.current_id is target
        assert window.screen(target).isVisible()
        tap(window.bottom_bar.home)
        assert window.current_id is ScreenId.HOME


def test_home_reads_as_a_visitor_expects(kiosk):
    tap(kiosk.window.screen(ScreenId.ATTRACT))
    home = kiosk.window.screen(ScreenId.HOME)
    assert home.header.title.text() == "Human beings are not for sale"
    assert home.tiles[ScreenId.PLEDGE].title_label.text() == "Take the pledge"


def test_idle_warning_then_touch_cancels_it(kiosk, fake_clock):
    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))
    tap(window.screen(ScreenId.HOME).tiles[ScreenId.LEARN])
    fake_clock.advance(90)
    kiosk.idle.poll()
    assert window.still_there.isVisible()
    assert window.still_there.countdown.text() == "10"
    fake_clock.advance(4)
    kiosk.idle.poll()
    assert window.still_there.countdown.text() == "6"
    tap_window_at(window, QPoint(400, 400))
    assert not window.still_there.isVisible()
    assert window.current_id is ScreenId.LEARN  # the visitor stays where they were


def test_still_here_button_cancels_the_warning(kiosk, fake_clock):
    tap(kiosk.window.screen(ScreenId.ATTRACT))
    fake_clock.advance(90)
    kiosk.idle.poll()
    tap(kiosk.window.still_there.button)
    assert not kiosk.window.still_there.isVisible()
    assert kiosk.idle.phase is Phase.ACTIVE


def test_idle_reset_returns_to_attract_and_forgets_the_visit(kiosk, fake_clock):
    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))
    tap(window.bottom_bar.language)
    assert window.language_picker.isVisible()
    tap(window.language_picker.buttons["fr"])
    assert kiosk.context.language.current == "fr"
    tap(window.screen(ScreenId.HOME).tiles[ScreenId.NEWS])
    cleared = []
    kiosk.context.visit_reset.register("test", lambda: cleared.append(True))
    fake_clock.advance(90)
    kiosk.idle.poll()
    fake_clock.advance(10)
    kiosk.idle.poll()
    assert window.current_id is ScreenId.ATTRACT
    assert not window.still_there.isVisible()
    assert kiosk.context.language.current == "en"
    assert cleared == [True]
    assert kiosk.idle.phase is Phase.ATTRACT


def test_every_screen_registered_its_reset(kiosk):
    kiosk.window.warm_up()
    QApplication.processEvents()
    for screen_id in ScreenId:
        kiosk.window.screen(screen_id)
    names = set(kiosk.context.visit_reset.names)
    assert {f"screen:{s}" for s in ScreenId} <= names
    assert "language" in names


def test_one_failing_clearer_does_not_stop_the_others(kiosk, fake_clock, caplog):
    cleared = []

    def broken():
        raise RuntimeError("boom")

    kiosk.context.visit_reset.register("broken", broken)
    kiosk.context.visit_reset.register("after", lambda: cleared.append(1))
    tap(kiosk.window.screen(ScreenId.ATTRACT))
    kiosk.idle.reset_now()
    assert cleared == [1]
    assert kiosk.window.current_id is ScreenId.ATTRACT


def test_idle_is_paused_while_held(kiosk, fake_clock):
    tap(kiosk.window.screen(ScreenId.ATTRACT))
    kiosk.idle.pause("video")
    fake_clock.advance(600)
    kiosk.idle.poll()
    assert not kiosk.window.still_there.isVisible()
    kiosk.idle.resume("video")
    fake_clock.advance(90)
    kiosk.idle.poll()
    assert kiosk.window.still_there.isVisible()


def test_language_switch_retranslates_without_restart(kiosk):
    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))
    tap(window.bottom_bar.language)
    tap(window.language_picker.buttons["ar"])
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.bottom_bar.language.text() == "العربية"
    tap(window.bottom_bar.language)
    tap(window.language_picker.buttons["en"])
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


# -- lockdown ------------------------------------------------------------------------------


def test_kiosk_mode_refuses_close_escape_alt_f4_and_context_menus(make_kiosk):
    kiosk = make_kiosk(windowed=False)
    window = kiosk.window
    window.close()
    QApplication.processEvents()
    assert window.isVisible()
    assert kiosk.guard.eventFilter(window, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    assert kiosk.guard.eventFilter(window, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier))
    menu = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(10, 10), QPoint(10, 10))
    assert kiosk.guard.eventFilter(window, menu)
    assert not kiosk.guard.eventFilter(window, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier))


def test_windowed_mode_closes_normally(kiosk):
    kiosk.window.close()
    QApplication.processEvents()
    assert not kiosk.window.isVisible()
    assert not kiosk.guard.eventFilter(kiosk.window, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))


def test_cursor_hides_after_stillness_in_kiosk_mode(make_kiosk, qtbot):
    kiosk = make_kiosk(windowed=False)
    kiosk.guard._cursor_timer.setInterval(30)
    kiosk.guard._cursor_timer.start()
    qtbot.waitUntil(lambda: kiosk.guard.cursor_hidden, timeout=2000)
    assert QApplication.overrideCursor() is not None
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
    QTest.mouseMove(kiosk.window, QPoint(300, 300))
    QTest.mouseMove(kiosk.window, QPoint(310, 310))
    qtbot.waitUntil(lambda: not kiosk.guard.cursor_hidden, timeout=2000)


# -- the admin door ----------------------------------------------------------------------------


def _corner_taps(kiosk, fake_clock, count=5):
    for _ in range(count):
        tap_window_at(kiosk.window, QPoint(20, 20))
        fake_clock.advance(0.3)


def _enter(kiosk, digits):
    pin = kiosk.window.screen(ScreenId.PIN)
    for digit in digits:
        tap(pin.keys[digit])
    tap(pin.keys["✓"])


def test_five_corner_taps_open_the_pin_pad(kiosk, fake_clock):
    _corner_taps(kiosk, fake_clock, 4)
    assert kiosk.window.current_id is not ScreenId.PIN
    _corner_taps(kiosk, fake_clock, 1)
    assert kiosk.window.current_id is ScreenId.PIN


def test_taps_elsewhere_do_not_open_it(kiosk, fake_clock):
    for _ in range(8):
        tap_window_at(kiosk.window, QPoint(900, 500))
        fake_clock.advance(0.2)
    assert kiosk.window.current_id is not ScreenId.PIN


def test_the_guard_and_idle_watcher_start_with_the_first_frame(qapp, user_paths, fake_clock, qtbot):
    from kiosk.app import KioskOptions, build_kiosk

    kiosk = build_kiosk(KioskOptions(windowed=True), user_paths, clock=fake_clock)
    try:
        assert not kiosk.watching.done  # nothing is on screen yet
        kiosk.window.resize(1920, 1080)
        kiosk.window.show()
        qtbot.waitUntil(lambda: kiosk.watching.done)
        _corner_taps(kiosk, fake_clock)
        assert kiosk.window.current_id is ScreenId.PIN
    finally:
        kiosk.shutdown()
        QApplication.processEvents()


def test_no_pin_set_keeps_admin_shut(kiosk, fake_clock):
    _corner_taps(kiosk, fake_clock)
    pin = kiosk.window.screen(ScreenId.PIN)
    assert "no PIN is set" in pin.message.text()
    assert not pin.keys["1"].isEnabled()
    assert any("no admin PIN is set" in w for w in kiosk.context.warnings)


def test_right_pin_opens_admin_and_wrong_pins_lock(make_kiosk, user_paths, fake_clock):
    PinFile(user_paths.pin_file).write(hash_pin("2468"))
    kiosk = make_kiosk()
    _corner_taps(kiosk, fake_clock)
    pin = kiosk.window.screen(ScreenId.PIN)
    for _ in range(4):
        _enter(kiosk, "1111")
        assert pin.message.text() == "Wrong PIN. Try again."
    _enter(kiosk, "1111")
    assert "Too many wrong PINs" in pin.message.text()
    assert not pin.keys["2"].isEnabled()
    assert kiosk.window.current_id is ScreenId.PIN
    fake_clock.advance(61)
    pin._refresh()
    assert pin.keys["2"].isEnabled()
    _enter(kiosk, "2468")
    assert kiosk.window.current_id is ScreenId.ADMIN
    admin = kiosk.window.screen(ScreenId.ADMIN)
    assert admin.fact_labels["data"][1].text() == str(user_paths.data_dir)


def test_admin_exit_quits_the_application(make_kiosk, user_paths, fake_clock, monkeypatch):
    PinFile(user_paths.pin_file).write(hash_pin("2468"))
    kiosk = make_kiosk(windowed=False)
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *args: quits.append(True))
    _corner_taps(kiosk, fake_clock)
    _enter(kiosk, "2468")
    admin = kiosk.window.screen(ScreenId.ADMIN)
    tap(admin.exit)
    # It asks first, in the screen (no dialog box); Cancel keeps the kiosk running.
    assert quits == [] and admin.exit_question.isVisible() and admin.exit_confirm.isVisible()
    tap(admin.exit_cancel)
    assert quits == [] and not admin.exit_question.isVisible() and admin.exit.isVisible()
    tap(admin.exit)
    tap(admin.exit_confirm)
    assert quits == [True]
    assert kiosk.window.allow_close


def test_config_warnings_show_in_admin(make_kiosk, user_paths, fake_clock):
    user_paths.config_dir.mkdir(parents=True)
    user_paths.config_file.write_text("[kiosk]\nidle_timeout = 'never'\n", encoding="utf-8")
    PinFile(user_paths.pin_file).write(hash_pin("2468"))
    kiosk = make_kiosk()
    assert kiosk.context.settings.kiosk.idle_timeout == 90
    _corner_taps(kiosk, fake_clock)
    _enter(kiosk, "2468")
    admin = kiosk.window.screen(ScreenId.ADMIN)
    assert "kiosk.idle_timeout" in admin.warnings_card.body.text()


def test_idle_reset_also_closes_admin(make_kiosk, user_paths, fake_clock):
    PinFile(user_paths.pin_file).write(hash_pin("2468"))
    kiosk = make_kiosk()
    _corner_taps(kiosk, fake_clock)
    _enter(kiosk, "2468")
    fake_clock.advance(100)
    kiosk.idle.poll()
    fake_clock.advance(10)
    kiosk.idle.poll()
    assert kiosk.window.current_id is ScreenId.ATTRACT


def test_admin_shows_the_configuration_file_in_use(make_kiosk, user_paths, fake_clock, tmp_path):
    """``--config`` names another file: Admin shows that one, not the default place."""
    elsewhere = tmp_path / "event" / "geneva.toml"
    elsewhere.parent.mkdir()
    elsewhere.write_text("[kiosk]\nidle_timeout = 120\n", encoding="utf-8")
    PinFile(user_paths.pin_file).write(hash_pin("246810"))
    kiosk = make_kiosk(config_file=elsewhere)
    _corner_taps(kiosk, fake_clock)
    _enter(kiosk, "246810")
    admin = kiosk.window.screen(ScreenId.ADMIN)
    assert admin.fact_labels["config"][1].text() == str(elsewhere)
    assert kiosk.context.settings.kiosk.idle_timeout == 120
