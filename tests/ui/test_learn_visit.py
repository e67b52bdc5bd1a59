"""Learn across visits and the quiz's way on: every visit starts at the top of the first part;
a long question's explanation scrolls into view; the score leads on to the pledge."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.ui.screens.base import ScreenId
from kiosk.ui.screens.learn import PARTS, LearnScreen
from tests.helpers.content import close_screen, content_context
from tests.helpers.touch import tap


def open_learn(kiosk):
    window = kiosk.window
    assert window.current_id is ScreenId.HOME
    tap(window.screen(ScreenId.HOME).tiles[ScreenId.LEARN])
    assert window.current_id is ScreenId.LEARN
    learn = window.screen(ScreenId.LEARN)
    QApplication.processEvents()
    return learn


def fully_shown(widget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_every_visit_starts_at_the_top_of_the_first_part(make_kiosk, qtbot, size):
    kiosk = make_kiosk(size=size)
    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))
    learn = open_learn(kiosk)
    # The first visitor reads far down a later part, with larger text (a scrolled rail).
    kiosk.context.theme.set_visitor_options(text_scale=1.5)
    qtbot.wait(20)
    tap(learn.buttons["trafficking"])
    page = learn.pages["trafficking"]
    assert learn.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > 0)
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    rail = learn.nav_rail.verticalScrollBar()
    rail.setValue(rail.maximum())
    window.end_visit()

    tap(window.screen(ScreenId.ATTRACT))
    learn = open_learn(kiosk)
    first = learn.pages[PARTS[0]]
    qtbot.waitUntil(lambda: learn.stack.currentWidget() is first and first.isVisible())
    QApplication.processEvents()
    assert learn.current_part == PARTS[0]
    assert learn.buttons[PARTS[0]].isChecked()
    assert first.verticalScrollBar().value() == 0
    assert rail.value() == 0
    # The column of parts is filled: every part's button is there, the first ones whole.
    for part in PARTS:
        assert learn.buttons[part].isVisible(), part
    assert fully_shown(learn.buttons[PARTS[0]])
    assert not learn.buttons["trafficking"].hasFocus()
    assert [label for label in first.findChildren(QLabel) if label.isVisible() and label.text()]


@pytest.fixture
def long_quiz(qtbot, tmp_path):
    """Learn with an organiser's quiz whose first question is long (as a pack may have)."""
    pack = tmp_path / "our-pack"
    pack.mkdir()
    (pack / "pack.json").write_text(json.dumps({"name": "Our event", "version": "1"}), encoding="utf-8")
    scenario = " ".join(["Nadia answers an advert for a job in a hotel abroad, and a recruiter pays her ticket."] * 5)
    explanation = " ".join(["Deception to move a person for exploitation is trafficking, whatever she agreed to."] * 6)
    question = {"id": "paid-crossing", "scenario": {"en": scenario}, "answer": "trafficking",
                "explanation": {"en": explanation}}
    (pack / "learn.json").write_text(json.dumps({"quiz": [question]}), encoding="utf-8")
    context = content_context(tmp_path / "ctx", override=pack)
    screen = LearnScreen(context)
    screen.resize(1920, 960)  # the page area of a 1920x1080 kiosk
    screen.show()
    qtbot.waitExposed(screen)
    yield screen
    close_screen(screen, context)


def test_a_long_questions_explanation_scrolls_into_view(long_quiz, qtbot):
    tap(long_quiz.buttons["quiz"])
    page = long_quiz.pages["quiz"]
    assert page.run.current.id == "paid-crossing"
    tap(page.choice_buttons["smuggling"])
    assert page.result_card.isVisible()
    qtbot.waitUntil(lambda: fully_shown(page.explanation))
    assert fully_shown(page.verdict) and fully_shown(page.next_button)


def test_the_score_offers_the_pledge(make_kiosk, qtbot):
    kiosk = make_kiosk()
    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))
    learn = open_learn(kiosk)
    tap(learn.buttons["quiz"])
    page = learn.pages["quiz"]
    for _ in page.run.questions:
        tap(page.choice_buttons["both"])
        qtbot.waitUntil(lambda: fully_shown(page.next_button))
        tap(page.next_button)
    assert page.run.finished
    qtbot.waitUntil(lambda: fully_shown(page.pledge_button))
    assert page.pledge_button.text() == "Take the pledge"
    tap(page.pledge_button)
    assert window.current_id is ScreenId.PLEDGE


def test_the_scores_pledge_button_speaks_the_visitors_language(make_kiosk, qtbot):
    kiosk = make_kiosk()
    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))
    kiosk.context.language.set_language("fr")
    learn = open_learn(kiosk)
    tap(learn.buttons["quiz"])
    page = learn.pages["quiz"]
    for _ in page.run.questions:
        tap(page.choice_buttons["both"])
        qtbot.waitUntil(lambda: fully_shown(page.next_button))
        tap(page.next_button)
    assert page.pledge_button.text() == "Prendre l’engagement"
