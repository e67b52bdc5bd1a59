"""Anonymous events from a visit by touch, and Admin → Impact in every language."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.core.events import ACCESSIBILITY_OPTIONS, ADMIN_ACTIONS, SCREENS, EventKind
from kiosk.core.languages import LANGUAGE_CODES
from kiosk.storage.pledges import DATABASE_NAME
from kiosk.ui.screens.base import ScreenId
from tests.helpers.touch import tap


def events(user_paths) -> list[tuple]:
    connection = sqlite3.connect(user_paths.data_dir / DATABASE_NAME)
    try:
        return connection.execute("SELECT kind, detail, value, extra, visit FROM events ORDER BY id").fetchall()
    finally:
        connection.close()


def recorder(kiosk):
    return kiosk.impact.recorder


def ready(kiosk, qtbot):
    """As after the first frame: the pledge store (and with it the events table) is open."""
    qtbot.waitUntil(lambda: kiosk.context.pledges.started and recorder(kiosk)._started, timeout=10000)


def end_visit_by_time(kiosk, fake_clock):
    fake_clock.advance(kiosk.context.settings.kiosk.idle_timeout)
    kiosk.idle.poll()
    fake_clock.advance(kiosk.context.settings.kiosk.warning_seconds)
    kiosk.idle.poll()
    assert kiosk.window.current_id is ScreenId.ATTRACT


def test_a_visit_by_touch_records_exactly_what_happened(kiosk, qtbot, fake_clock, user_paths):
    ready(kiosk, qtbot)
    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))  # t = 0: the visit starts on Home
    fake_clock.advance(5)
    tap(window.bottom_bar.language)
    tap(window.language_picker.buttons["fr"])
    fake_clock.advance(2)
    tap(window.bottom_bar.accessibility)
    tap(window.accessibility.large_text)
    tap(window.accessibility.done)
    tap(window.screen(ScreenId.HOME).tiles[ScreenId.LEARN])  # t = 7
    learn = window.screen(ScreenId.LEARN)
    learn.nav_rail.ensureWidgetVisible(learn.buttons["quiz"])  # larger text: the rail scrolls
    QApplication.processEvents()
    tap(learn.buttons["quiz"])
    quiz = learn.pages["quiz"]
    question = quiz.run.current
    quiz.ensureWidgetVisible(quiz.choice_buttons[question.answer])
    QApplication.processEvents()
    tap(quiz.choice_buttons[question.answer])
    fake_clock.advance(4)
    tap(window.bottom_bar.home)  # t = 11
    tap(window.screen(ScreenId.HOME).tiles[ScreenId.PLEDGE])
    pledge = window.screen(ScreenId.PLEDGE)
    tap(next(iter(pledge.form.cards.values())))
    pledge.form.name.setText("Zebedee")
    fake_clock.advance(6)
    tap(pledge.form.submit)  # t = 17: the last touch
    qtbot.waitUntil(lambda: pledge.pages.currentWidget() is pledge.thanks, timeout=5000)
    end_visit_by_time(kiosk, fake_clock)  # the language and the text size go back: not recorded
    assert recorder(kiosk).wait(10)

    recorded = events(user_paths)
    visits = {row[4] for row in recorded}
    assert len(visits) == 1 and "" not in visits  # one visit, every event linked to it
    assert [row[:4] for row in recorded] == [
        (EventKind.VISIT_START, "", 0.0, ""),
        (EventKind.LANGUAGE, "fr", 0.0, ""),
        (EventKind.ACCESSIBILITY, "larger_text", 0.0, ""),
        (EventKind.SCREEN_VIEW, "home", 7.0, ""),
        (EventKind.QUIZ_ANSWER, question.id, 1.0, ""),
        (EventKind.SCREEN_VIEW, "learn", 4.0, ""),
        (EventKind.SCREEN_VIEW, "home", 0.0, ""),
        (EventKind.PLEDGE, "", 0.0, ""),
        (EventKind.SCREEN_VIEW, "pledge", 6.0, ""),
        (EventKind.VISIT_END, "", 17.0, ""),
    ]


def test_nothing_is_recorded_when_analytics_is_off(make_kiosk, qtbot, fake_clock, user_paths, tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text("[analytics]\nenabled = false\n", encoding="utf-8")
    kiosk = make_kiosk(config_file=config)
    qtbot.waitUntil(lambda: kiosk.context.pledges.started, timeout=10000)
    tap(kiosk.window.screen(ScreenId.ATTRACT))
    tap(kiosk.window.screen(ScreenId.HOME).tiles[ScreenId.NEWS])
    end_visit_by_time(kiosk, fake_clock)
    assert recorder(kiosk).wait(10)
    qtbot.waitUntil(lambda: (user_paths.data_dir / DATABASE_NAME).exists())
    assert events(user_paths) == []


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


VOCABULARY = set(SCREENS) | set(ACCESSIBILITY_OPTIONS) | set(ADMIN_ACTIONS) | set(LANGUAGE_CODES) | set(EventKind)
# A name that is part of a word the kiosk itself records ("home", "visit_start") proves nothing.
names = st.text(st.characters(categories=("Lu", "Ll", "Lo")), min_size=2, max_size=20).filter(
    lambda n: not any(n.strip().lower() in word for word in VOCABULARY)
)
locals_ = st.from_regex(r"[a-z][a-z0-9]{2,8}(\.[a-z0-9]{1,6})?", fullmatch=True)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=names, local=locals_, domain=st.sampled_from(["example.org", "mail.test", "un.example"]), wall=st.booleans())
def test_no_pledge_name_or_email_ever_reaches_the_events(kiosk, qtbot, fake_clock, user_paths, name, local, domain, wall):
    ready(kiosk, qtbot)
    window = kiosk.window
    email = f"{local}@{domain}"
    tap(window.screen(ScreenId.ATTRACT))
    tap(window.screen(ScreenId.HOME).tiles[ScreenId.PLEDGE])
    pledge = window.screen(ScreenId.PLEDGE)
    tap(next(iter(pledge.form.cards.values())))
    pledge.form.name.setText(name)
    pledge.form.email.setText(email)
    pledge.form.consent_contact.setChecked(True)
    pledge.form.consent_wall.setChecked(wall)
    # The name field keeps the focus from the last visit and opens the keyboard, which hides the
    # submit row; a visitor closes it by leaving the field.
    pledge.form.name.clearFocus()
    qtbot.waitUntil(lambda: not pledge.keyboard.isVisible() and pledge.submit_row.isVisible())
    pledge.scroll_area.ensureWidgetVisible(pledge.form.submit)
    QApplication.processEvents()
    tap(pledge.form.submit)
    qtbot.waitUntil(lambda: pledge.pages.currentWidget() is pledge.thanks, timeout=5000)
    end_visit_by_time(kiosk, fake_clock)
    assert recorder(kiosk).wait(10)
    connection = sqlite3.connect(user_paths.data_dir / DATABASE_NAME)
    try:
        cells = [str(cell) for row in connection.execute("SELECT * FROM events") for cell in row]
    finally:
        connection.close()
    assert any(kind == EventKind.PLEDGE for kind in cells)
    for secret in (name, email, name.strip()):
        assert secret not in cells
        # Inside longer text too (the ids are uuids: hex digits and dashes only).
        assert not any(secret in cell for cell in cells if not _is_uuid(cell)), secret


def open_impact(kiosk, qtbot):
    kiosk.window.show_screen(ScreenId.ADMIN)
    section = kiosk.impact.admin_section
    assert section is not None
    qtbot.waitUntil(lambda: section.figures is not None, timeout=10000)
    return section


@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_the_impact_page_shows_the_visits_in_every_language(make_kiosk, qtbot, fake_clock, lang, tmp_path):
    kiosk = make_kiosk(lang=lang)
    ready(kiosk, qtbot)
    for _ in range(3):
        tap(kiosk.window.screen(ScreenId.ATTRACT))
        fake_clock.advance(30)
        tap(kiosk.window.screen(ScreenId.HOME).tiles[ScreenId.WATCH])
        end_visit_by_time(kiosk, fake_clock)
    section = open_impact(kiosk, qtbot)
    admin = kiosk.window.screen(ScreenId.ADMIN)
    admin.scroll_area.ensureWidgetVisible(section.event_button)
    QApplication.processEvents()
    with qtbot.waitSignal(section.shown, timeout=10000):
        tap(section.event_button)
    admin.scroll_area.ensureWidgetVisible(section)
    words = section.words
    summary = words.sections(section.figures)[0][0]
    assert section.value(f"{summary}/{words.tr('Visits')}") == "3"
    assert section.value(f"{summary}/{words.tr('Median visit length')}") == words.duration(30)
    reached = words.sections(section.figures)[1][0]
    assert section.value(f"{reached}/{words.screen_name('watch')}") == words.percent(1.0)
    assert section.title.text() == words.title()
    if lang != "en":
        assert words.title() != "Impact" or lang == "fr"  # translated (French spells it the same)
    assert section.findChild(type(section.charts.itemAt(0).widget()), "VisitsByHour") is not None
    rtl = kiosk.window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert rtl == (lang == "ar")
    QApplication.processEvents()
    image = kiosk.window.grab()
    assert not image.isNull()
    image.save(str(tmp_path / f"impact-{lang}.png"))


def test_an_empty_period_says_so(kiosk, qtbot):
    ready(kiosk, qtbot)
    section = open_impact(kiosk, qtbot)
    assert section.figures.empty
    assert section.empty_label.isVisible()
    assert section.empty_label.text() == section.words.no_events()


def test_the_days_before_are_a_tap_away(kiosk, qtbot, user_paths):
    from datetime import datetime, timedelta

    from kiosk.core.events import make_event
    from kiosk.storage.events import EventStore
    from kiosk.storage.pledges import PledgeStore

    ready(kiosk, qtbot)
    store = PledgeStore.open(user_paths.data_dir)
    now = datetime.now(UTC)
    kiosk_id = str(uuid.uuid4())
    for days_ago, visits in ((2, 4), (1, 2)):
        at = now - timedelta(days=days_ago)
        EventStore(store.database).add_many(make_event(kiosk_id, str(uuid.uuid4()), at, EventKind.VISIT_START) for _ in range(visits))
    store.database.close()
    section = open_impact(kiosk, qtbot)
    admin = kiosk.window.screen(ScreenId.ADMIN)
    shown = []
    section.shown.connect(lambda figures: shown.append(figures.visits))
    for expected in (2, 4, 4):  # yesterday, the day before, and no further
        admin.scroll_area.ensureWidgetVisible(section.previous_day)
        QApplication.processEvents()
        with qtbot.waitSignal(section.shown, timeout=10000):
            tap(section.previous_day)
        assert shown[-1] == expected
    with qtbot.waitSignal(section.shown, timeout=10000):
        tap(section.next_day)
    assert shown[-1] == 2


def test_admin_opens_with_todays_figures_already_on_the_page(kiosk, qtbot, fake_clock):
    ready(kiosk, qtbot)
    tap(kiosk.window.screen(ScreenId.ATTRACT))
    fake_clock.advance(20)
    end_visit_by_time(kiosk, fake_clock)
    # While the organiser types the PIN, today's figures are read and filled in on the hidden page.
    kiosk.window.show_screen(ScreenId.PIN)
    section = kiosk.impact.admin_section
    qtbot.waitUntil(lambda: section.figures is not None, timeout=10000)
    assert not section.isVisible()
    kiosk.window.show_screen(ScreenId.ADMIN)  # no event processed in between: already there
    words = section.words
    summary = words.sections(section.figures)[0][0]
    assert section.value(f"{summary}/{words.tr('Visits')}") == "1"


def test_admin_opens_at_the_top_each_time(kiosk, qtbot):
    ready(kiosk, qtbot)
    section = open_impact(kiosk, qtbot)
    admin = kiosk.window.screen(ScreenId.ADMIN)
    admin.scroll_area.ensureWidgetVisible(section.event_button)
    QApplication.processEvents()
    assert admin.scroll_area.verticalScrollBar().value() > 0  # Impact is further down
    tap(admin.back)
    assert kiosk.window.current_id is ScreenId.ATTRACT
    kiosk.window.show_screen(ScreenId.PIN)
    kiosk.window.show_screen(ScreenId.ADMIN)
    QApplication.processEvents()
    assert admin.scroll_area.verticalScrollBar().value() == 0


@pytest.mark.parametrize("top", [0, 1, 3, 5, 6, 7, 13, 249, 1519, 13055])
def test_the_charts_count_in_whole_round_steps(qapp, top):
    from PySide6.QtCharts import QValueAxis

    from kiosk.ui.widgets.impact_charts import set_value_range

    axis = QValueAxis()
    set_value_range(axis, top)
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    assert axis.min() == 0 and axis.max() >= max(1, top)
    assert step == int(step) and step >= 1
    assert str(int(step)).rstrip("0") in ("1", "2", "25", "5")  # 1, 2, 2.5 or 5 times a power of ten
