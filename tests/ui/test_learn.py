"""Learn, as a visitor uses it: tap a part, read it; reveal the elements; play the quiz."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.ui.screens.learn import PARTS, LearnScreen
from tests.core.test_content_bundled import SMUGGLING_ARTICLE_3, TRAFFICKING_ARTICLE_3
from tests.helpers.content import close_screen, content_context
from tests.helpers.touch import tap


@pytest.fixture
def learn(qtbot, tmp_path):
    context = content_context(tmp_path)
    screen = LearnScreen(context)
    screen.resize(1920, 1000)
    screen.show()
    qtbot.waitExposed(screen)
    yield screen
    close_screen(screen, context)


def visible_texts(widget) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget) and label.text()]


def test_every_part_button_shows_its_page(learn):
    for part in PARTS:
        tap(learn.buttons[part])
        assert learn.stack.currentWidget() is learn.pages[part]
        assert learn.buttons[part].isChecked()
        assert visible_texts(learn.pages[part]), part


def test_definitions_show_the_protocol_text_verbatim_with_citation(learn):
    tap(learn.buttons["trafficking"])
    texts = visible_texts(learn.pages["trafficking"])
    assert "What is human trafficking?" in texts
    assert TRAFFICKING_ARTICLE_3 in texts
    assert any("article 3" in text and "Trafficking in Persons" in text for text in texts)
    tap(learn.buttons["smuggling"])
    texts = visible_texts(learn.pages["smuggling"])
    assert SMUGGLING_ARTICLE_3 in texts
    assert any(text.startswith("Migrant smuggling is getting a person across a border") for text in texts)


def quote_card(page):
    """The labels of the card that holds the official text, top to bottom."""
    card = page.quote_label.parentWidget()
    labels = [label for label in card.findChildren(QLabel) if label.isVisibleTo(page) and label.text()]
    return sorted(labels, key=lambda label: label.mapTo(card, label.rect().topLeft()).y())


def test_in_french_subparagraph_a_is_french_and_a_note_at_the_top_says_the_rest_is_english(learn):
    learn.context.language.set_language("fr")
    tap(learn.buttons["trafficking"])
    page = learn.pages["trafficking"]
    texts = visible_texts(page)
    assert "Qu'est-ce que la traite des personnes ?" in texts
    french, english = page.quote_labels
    assert french.text().startswith("a) L’expression « traite des personnes » désigne le recrutement")
    assert english.text() == TRAFFICKING_ARTICLE_3[TRAFFICKING_ARTICLE_3.index("(b)"):]
    card = [label.text() for label in quote_card(page)]
    assert card[0] == "Une partie du texte officiel est présentée en anglais."
    assert card.index(card[0]) < card.index(french.text()) < card.index(english.text())
    assert any(text.startswith("Sources : ONU (un.org) · ASTRÉE") for text in card)


@pytest.mark.parametrize("lang", ["ru", "zh"])
def test_without_a_verified_text_the_english_note_is_the_first_line_of_the_card(learn, lang):
    learn.context.language.set_language(lang)
    tap(learn.buttons["smuggling"])
    page = learn.pages["smuggling"]
    card = quote_card(page)
    notes = {"ru": "Официальный текст — на английском языке.", "zh": "正式文本以英文显示。"}
    assert card[0].text() == notes[lang]
    assert [label.text() for label in page.quote_labels] == [SMUGGLING_ARTICLE_3]
    assert card[0].mapTo(page, card[0].rect().topLeft()).y() < page.quote_label.mapTo(page, page.quote_label.rect().topLeft()).y()


def test_in_arabic_each_run_keeps_its_own_direction(learn):
    learn.context.language.set_language("ar")
    for _ in range(3):  # the mirrored layout is laid out by the event loop
        QApplication.processEvents()
    tap(learn.buttons["smuggling"])
    page = learn.pages["smuggling"]
    arabic, english = page.quote_labels
    assert arabic.text().startswith("(أ) (...) تدبير الدخول غير المشروع")
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert english.text().startswith("(b) \"Illegal entry\"")
    assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert any(label.text().startswith("المصادر: UNODC (E4J) · ESCWA") for label in quote_card(page))


def test_in_english_the_whole_text_has_no_note_and_names_its_official_sources(learn):
    tap(learn.buttons["smuggling"])
    page = learn.pages["smuggling"]
    card = [label.text() for label in quote_card(page)]
    assert page.quote_note is None
    assert card[0] == "What the law says"
    assert "Sources: A/RES/55/25, annex III · UNTS vol. 2241, p. 507" in card


def test_elements_are_revealed_by_touch(learn):
    tap(learn.buttons["elements"])
    page = learn.pages["elements"]
    means = page.cards["means"]
    assert not means.items.isVisible()
    tap(means)
    assert means.items.isVisible()
    assert "Deception" in means.items.text()
    assert not page.cards["act"].items.isVisible()
    tap(means)
    assert not means.items.isVisible()


def test_comparison_shows_both_columns(learn):
    tap(learn.buttons["comparison"])
    texts = visible_texts(learn.pages["comparison"])
    assert "Human trafficking" in texts and "Migrant smuggling" in texts
    assert "Always means crossing a border illegally." in texts


def test_quiz_right_wrong_and_why_then_score(learn, qtbot):
    tap(learn.buttons["quiz"])
    page = learn.pages["quiz"]
    questions = list(learn.context.content.pack.learn.quiz)
    for index, question in enumerate(questions):
        assert page.progress.text() == f"Question {index + 1} of {len(questions)}"
        assert page.scenario.text() == question.scenario.text("en")
        assert not page.result_card.isVisible()
        choice = question.answer if index % 2 == 0 else next(c for c in ("trafficking", "smuggling", "both") if c != question.answer)
        tap(page.choice_buttons[choice])
        assert page.result_card.isVisible()
        if index % 2 == 0:
            assert page.verdict.text() == "Right!"
        else:
            assert page.verdict.text().startswith("Not quite. The answer is: ")
        assert page.explanation.text() == question.explanation.text("en")
        # Another choice afterwards does not change the answer.
        page.choose(question.answer)
        assert page.verdict.text().startswith("Right!" if index % 2 == 0 else "Not quite")
        # The answer scrolls the Next button into view by itself.
        qtbot.waitUntil(lambda: page.next_button.visibleRegion().boundingRect() == page.next_button.rect())
        tap(page.next_button)
    right = (len(questions) + 1) // 2
    assert page.score_label.text() == f"You got {right} of {len(questions)} right."


def test_at_1080p_every_answer_its_explanation_and_its_next_button_are_in_view(learn, qtbot):
    # The page area of a 1920x1080 kiosk: the screen less the bottom bar.
    learn.resize(1920, 960)
    tap(learn.buttons["quiz"])
    page = learn.pages["quiz"]
    for _ in page.run.questions:
        tap(page.choice_buttons["both"])
        for widget in (page.verdict, page.next_button, page.explanation):
            qtbot.waitUntil(lambda w=widget: w.visibleRegion().boundingRect() == w.rect())
        # Scrolled no further than needed: the question's answers stay in view above.
        assert page.choice_buttons["both"].visibleRegion().boundingRect() == page.choice_buttons["both"].rect()
        tap(page.next_button)
    assert page.run.finished


def test_the_next_visitor_starts_afresh(learn, qtbot):
    tap(learn.buttons["elements"])
    tap(learn.pages["elements"].cards["act"])
    tap(learn.buttons["quiz"])
    page = learn.pages["quiz"]
    tap(page.choice_buttons["both"])
    qtbot.waitUntil(lambda: page.next_button.visibleRegion().boundingRect() == page.next_button.rect())
    tap(page.next_button)
    assert page.progress.text().startswith("Question 2 of")
    learn.context.visit_reset.run()
    assert learn.current_part == PARTS[0]
    tap(learn.buttons["quiz"])
    assert page.progress.text().startswith("Question 1 of")
    assert not page.result_card.isVisible()
    tap(learn.buttons["elements"])
    assert not learn.pages["elements"].cards["act"].items.isVisible()


def test_an_organisers_card_without_the_visitors_language_says_it_is_in_english(qtbot, tmp_path):
    import json

    from kiosk.ui.widgets.pages import LanguageTag

    pack = tmp_path / "our-pack"
    pack.mkdir()
    (pack / "pack.json").write_text(json.dumps({"name": "Our event", "version": "1"}), encoding="utf-8")
    card = {"id": "our-stand", "title": {"en": "Visit our stand"}, "body": {"en": "Hall B, all week."}}
    (pack / "learn.json").write_text(json.dumps({"campaign": [card]}), encoding="utf-8")
    context = content_context(tmp_path / "ctx", override=pack)
    screen = LearnScreen(context)
    screen.resize(1920, 1000)
    screen.show()
    qtbot.waitExposed(screen)
    try:
        context.language.set_language("ru")
        tap(screen.buttons["campaign"])
        page = screen.pages["campaign"]
        tagged = [tag.parentWidget() for tag in page.findChildren(LanguageTag)]
        assert len(tagged) == 1  # the bundled cards are in Russian; only the organiser's is not
        assert "Visit our stand" in [label.text() for label in tagged[0].findChildren(QLabel)]
        assert page.findChildren(LanguageTag)[0].text() == "На английском"
    finally:
        close_screen(screen, context)
