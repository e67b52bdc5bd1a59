"""A visitor takes the pledge on the touchscreen, typing on the on-screen keyboard."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.services.operations import Operation
from kiosk.storage.pledges import DATABASE_NAME
from kiosk.ui.screens.base import ScreenId
from tests.helpers.keyboard import candidates, key_items, tap_key, type_text
from tests.helpers.touch import tap


def press(screen, widget):
    """Scroll the form to ``widget`` as a visitor would, then tap it."""
    if screen.form.isAncestorOf(widget):
        screen.scroll_area.ensureWidgetVisible(widget)
        QApplication.processEvents()
    tap(widget)


def pledge_screen(kiosk, qtbot):
    kiosk.window.show_screen(ScreenId.PLEDGE)
    screen = kiosk.window.screen(ScreenId.PLEDGE)
    qtbot.waitUntil(lambda: screen.isVisible() and screen.keyboard.panel is not None, timeout=10000)
    qtbot.waitUntil(lambda: kiosk.context.pledges.started)  # wired to the shell after the first frame
    return screen


def rows(user_paths):
    connection = sqlite3.connect(user_paths.data_dir / DATABASE_NAME)
    try:
        return connection.execute(
            "SELECT first_name, country, email, consent_wall, consent_contact, commitments, language FROM pledges"
        ).fetchall()
    finally:
        connection.close()


def test_keyboard_shows_for_a_field_and_hides_without_focus(kiosk, qtbot):
    screen = pledge_screen(kiosk, qtbot)
    assert not screen.keyboard.isVisible()
    tap(screen.form.name)
    qtbot.waitUntil(screen.keyboard.isVisible)
    assert screen.form.name.hasFocus()
    # Never covers the field: the field lies above the keyboard.
    field_bottom = screen.form.name.mapTo(kiosk.window, screen.form.name.rect().bottomLeft()).y()
    assert field_bottom <= screen.keyboard.mapTo(kiosk.window, screen.keyboard.rect().topLeft()).y()
    screen.scroll_area.ensureWidgetVisible(screen.form.email)  # the visitor scrolls down
    QApplication.processEvents()
    tap(screen.form.email)
    qtbot.waitUntil(lambda: screen.form.email.hasFocus())
    assert screen.keyboard.isVisible()
    email_bottom = screen.form.email.mapTo(kiosk.window, screen.form.email.rect().bottomLeft()).y()
    assert email_bottom <= screen.keyboard.mapTo(kiosk.window, screen.keyboard.rect().topLeft()).y()
    screen.form.email.clearFocus()
    qtbot.waitUntil(lambda: not screen.keyboard.isVisible())


def test_whole_pledge_in_english_on_the_onscreen_keyboard(kiosk, qtbot, user_paths):
    screen = pledge_screen(kiosk, qtbot)
    cards = list(screen.form.cards.values())
    tap(cards[0])
    tap(cards[1])
    assert cards[0].isChecked() and cards[1].isChecked()
    tap(screen.form.name)
    qtbot.waitUntil(screen.keyboard.isVisible)
    assert screen.keyboard.layout_locale() == "en_GB"
    type_text(screen.keyboard, "ann")
    assert screen.form.name.text() == "Ann"
    tap(screen.form.country.field)
    type_text(screen.keyboard, "fran")
    qtbot.waitUntil(lambda: screen.form.country.matches.isVisible())
    first = screen.form.country.matches.item(0)
    assert first.text() == "France"
    rect = screen.form.country.matches.visualItemRect(first)
    tap(screen.form.country.matches.viewport(), rect.center())
    assert screen.form.country.code == "FR"
    qtbot.waitUntil(lambda: not screen.keyboard.isVisible())
    press(screen, screen.form.consent_wall)
    tap(screen.form.submit)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.thanks, timeout=5000)
    assert screen.thanks.number.text() == "You are supporter number 1"
    assert rows(user_paths) == [("Ann", "FR", "", 1, 0, '["reject-exploitation", "learn-and-share"]', "en")]
    # The form is clear for the next visitor; the email is never shown.
    assert screen.form.name.text() == "" and not any(c.isChecked() for c in cards)
    assert kiosk.context.pledges.count == 1


def test_whole_pledge_in_arabic_on_the_onscreen_keyboard(kiosk, qtbot, user_paths):
    screen = pledge_screen(kiosk, qtbot)
    kiosk.context.language.set_language("ar")
    QApplication.processEvents()
    tap(list(screen.form.cards.values())[1])
    tap(screen.form.name)
    qtbot.waitUntil(lambda: screen.keyboard.isVisible() and screen.keyboard.layout_locale() == "ar_AR")
    qtbot.waitUntil(lambda: "ف" in key_items(screen.keyboard))
    type_text(screen.keyboard, "فاطمة")
    assert screen.form.name.text() == "فاطمة"
    screen.form.name.clearFocus()
    press(screen, screen.form.consent_wall)
    tap(screen.form.submit)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.thanks, timeout=5000)
    assert rows(user_paths) == [("فاطمة", "", "", 1, 0, '["learn-and-share"]', "ar")]
    qtbot.waitUntil(lambda: "فاطمة" in screen.thanks.wall.names())


def test_chinese_name_typed_in_pinyin_on_the_onscreen_keyboard(kiosk, qtbot, user_paths):
    screen = pledge_screen(kiosk, qtbot)
    kiosk.context.language.set_language("zh")
    # The commitments re-lay out in Chinese (posted events) before the finger comes down.
    card = list(screen.form.cards.values())[2]
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(100)
    tap(card)
    assert card.isChecked()
    tap(screen.form.name)
    qtbot.waitUntil(lambda: screen.keyboard.isVisible() and screen.keyboard.layout_locale() == "zh_CN")
    keys_only = screen.keyboard.height()
    type_text(screen.keyboard, "zhong")
    # The keyboard grows for the pinyin candidate bar, so no candidate is cut off.
    qtbot.waitUntil(lambda: len(candidates(screen.keyboard)) > 3 and screen.keyboard.height() > keys_only)
    # The bar slides in and the keyboard grows to hold it; a tap before both settle misses.
    qtbot.waitUntil(lambda: abs(screen.keyboard.height() - screen.keyboard.panel.implicitHeight()) < 1)
    qtbot.waitUntil(lambda: candidates(screen.keyboard)[0].mapToScene(QPointF(0, 0)).y() >= 0)
    qtbot.wait(500)
    first = candidates(screen.keyboard)[0]
    assert first.mapToScene(first.boundingRect().topLeft()).y() >= 0
    tap_key(screen.keyboard, first)
    qtbot.waitUntil(lambda: screen.form.name.text() == "中")
    screen.form.name.clearFocus()
    qtbot.waitUntil(lambda: not screen.keyboard.isVisible())  # the form re-lays out below it
    press(screen, screen.form.submit)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.thanks, timeout=5000)
    assert rows(user_paths) == [("中", "", "", 0, 0, '["no-part"]', "zh")]
    # Nothing typed is learnt by the input method for the next visitor.
    for field in (screen.form.name, screen.form.email, screen.form.country.field):
        assert field.inputMethodHints() & Qt.InputMethodHint.ImhSensitiveData


def test_problems_are_shown_inline_and_nothing_is_lost(kiosk, qtbot, user_paths):
    screen = pledge_screen(kiosk, qtbot)
    screen.form.name.setText("An\u202en")
    screen.form.email.setText("ann@example")
    tap(screen.form.submit)
    assert screen.form.commitments_error.isVisible()
    assert screen.form.name_error.isVisible() and screen.form.email_error.isVisible()
    assert screen.form.name.text() == "An\u202en" and screen.form.email.text() == "ann@example"
    assert screen.pages.currentIndex() == 0
    kiosk.context.pledges.wait()  # nothing queued reaches the database either
    assert rows(user_paths) == []


def _make_read_only(store) -> None:
    """On the pledge worker: its connection may read but no longer write (SQLITE_READONLY),
    as with a data folder that turned read-only; disk full is covered in tests/storage."""
    store.database.connection().execute("PRAGMA query_only = ON")


def test_could_not_save_keeps_the_form(kiosk, qtbot, user_paths):
    screen = pledge_screen(kiosk, qtbot)
    pledges = kiosk.context.pledges
    done = []
    Operation(lambda: _make_read_only(pledges._ensure_store()), success=done.append).run(pledges.worker)
    qtbot.waitUntil(lambda: bool(done))
    tap(list(screen.form.cards.values())[0])
    screen.form.name.setText("Ann")
    screen.form.email.setText("ann@example.org")
    press(screen, screen.form.consent_contact)
    tap(screen.form.submit)
    qtbot.waitUntil(lambda: screen.form.status.isVisible(), timeout=5000)
    assert "could not be saved" in screen.form.status.text()
    assert screen.pages.currentIndex() == 0 and screen.form.submit.isEnabled()
    assert screen.form.name.text() == "Ann" and screen.form.email.text() == "ann@example.org"
    assert screen.form.consent_contact.isChecked()
    assert rows(user_paths) == []


def test_idle_reset_wipes_the_form(kiosk, qtbot):
    screen = pledge_screen(kiosk, qtbot)
    screen.form.name.setText("Ann")
    screen.form.email.setText("ann@example.org")
    tap(list(screen.form.cards.values())[0])
    kiosk.window.end_visit()
    assert screen.form.name.text() == "" and screen.form.email.text() == ""
    assert not any(c.isChecked() for c in screen.form.cards.values())


def test_a_name_shows_literally_on_the_wall(kiosk, qtbot):
    screen = pledge_screen(kiosk, qtbot)
    tap(list(screen.form.cards.values())[0])
    screen.form.name.setText("<b>x</b>")
    press(screen, screen.form.consent_wall)
    tap(screen.form.submit)
    qtbot.waitUntil(lambda: "<b>x</b>" in screen.thanks.wall.shown_names(), timeout=5000)
    attract = kiosk.window.screen(ScreenId.ATTRACT)
    kiosk.window.show_screen(ScreenId.ATTRACT)
    qtbot.waitUntil(lambda: attract.pledge_wall is not None and "<b>x</b>" in attract.pledge_wall.shown_names())
    for wall in (screen.thanks.wall, attract.pledge_wall):
        labels = [label for label in wall.findChildren(QLabel) if label.text() == "<b>x</b>"]
        assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


@pytest.mark.parametrize("screen_id", [ScreenId.HOME, ScreenId.ATTRACT])
def test_live_counter_on_home_and_attract(kiosk, qtbot, screen_id):
    screen = pledge_screen(kiosk, qtbot)
    tap(list(screen.form.cards.values())[0])
    tap(screen.form.submit)
    qtbot.waitUntil(lambda: kiosk.context.pledges.count == 1, timeout=5000)
    kiosk.window.show_screen(screen_id)
    counter = kiosk.window.screen(screen_id).counter
    assert counter.isVisible() and "1" in counter.text()


def test_unusable_data_folder_at_start_says_could_not_save(make_kiosk, qtbot, user_paths):
    user_paths.data_dir.parent.mkdir(parents=True, exist_ok=True)
    user_paths.data_dir.write_text("a file where the data folder should be")
    kiosk = make_kiosk()
    pledges = kiosk.context.pledges
    qtbot.waitUntil(lambda: pledges.problem is not None, timeout=5000)
    screen = pledge_screen(kiosk, qtbot)
    tap(list(screen.form.cards.values())[0])
    screen.form.name.setText("Ann")
    tap(screen.form.submit)
    qtbot.waitUntil(lambda: screen.form.status.isVisible(), timeout=5000)
    assert screen.form.name.text() == "Ann" and screen.pages.currentIndex() == 0
    assert any("cannot be saved" in w for w in kiosk.context.warnings)
