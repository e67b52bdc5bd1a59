"""The Learn quiz: a scenario, three answers, right or wrong and why."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QWidget

from kiosk.core.content.models import LearnFile, QuizAnswer
from kiosk.core.quiz import QuizRun
from kiosk.ui.screens.learn_parts import LearnPage
from kiosk.ui.style import Theme
from kiosk.ui.widgets.pages import Card, plain_label

CHOICES: tuple[QuizAnswer, ...] = ("trafficking", "smuggling", "both")


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class QuizPage(LearnPage):
    """One question at a time; the visitor's run is forgotten at the end of the visit.

    Signals:
        pledge_requested: the visitor tapped "Take the pledge" on the score.
        answered(str, bool): the visitor answered a question: its id, and whether rightly.
    """

    pledge_requested = Signal()
    answered = Signal(str, bool)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.run = QuizRun(())
        self._lang = "en"
        self._learn: LearnFile | None = None
        #: The verdict and explanation of the question on the page (None before the first one).
        self.result_card: Card | None = None

    def show_content(self, learn: LearnFile, lang: str, portrait: bool) -> None:
        if self._learn is not learn:
            self._learn = learn
            self.run = QuizRun(tuple(learn.quiz))
        self._lang = lang
        super().show_content(learn, lang, portrait)

    def restart(self) -> None:
        """Start again from the first question (also at the end of a visit)."""
        self.run = QuizRun(tuple(self._learn.quiz) if self._learn else ())
        if self._learn is not None:
            self.show_content(self._learn, self._lang, self.portrait)

    def build(self, learn: LearnFile, lang: str) -> None:
        self.column.addWidget(plain_label("SectionTitle", self.tr("Trafficking, smuggling, or both?")))
        if self.run.finished:
            self._build_score()
            return
        question = self.run.current
        assert question is not None  # the run is not finished, so a question is shown
        total = len(self.run.questions)
        self.progress = plain_label(
            "QuizProgress", self.tr("Question %1 of %2").replace("%1", str(self.run.index + 1)).replace("%2", str(total))
        )
        self.scenario = plain_label("Scenario", question.scenario.text(lang))
        self.column.addWidget(self.progress)
        self.column.addWidget(self.card(self.scenario, texts=(question.scenario, question.explanation)))
        labels = {"trafficking": self.tr("Trafficking"), "smuggling": self.tr("Smuggling"), "both": self.tr("Both")}
        self.choice_buttons: dict[str, QPushButton] = {}
        row = QGridLayout()
        row.setSpacing(self.theme.px(24))
        for index, choice in enumerate(CHOICES):
            button = QPushButton(labels[choice])
            button.setObjectName(f"QuizChoice_{choice}")
            button.setProperty("role", "quiz")
            button.clicked.connect(lambda _=False, c=choice: self.choose(c))
            self.choice_buttons[choice] = button
            row.addWidget(button, 0, index)
        self.column.addLayout(row)
        self.verdict = plain_label("Verdict")
        self.explanation = plain_label("Body")
        self.next_button = QPushButton(self.tr("Next question") if self.run.index + 1 < total else self.tr("See my score"))
        self.next_button.setObjectName("QuizNext")
        self.next_button.clicked.connect(self.next_question)
        # The Next button sits beside the verdict, so that at 1080p the scenario, the answers
        # and the explanation fit on one screen without scrolling.
        result_card = self.result_card = self.card()
        verdict_row = QHBoxLayout()
        verdict_row.setSpacing(self.theme.px(24))
        verdict_row.addWidget(self.verdict, 1)
        verdict_row.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)
        result_card.column.insertLayout(0, verdict_row)
        result_card.column.insertWidget(1, self.explanation)
        self.column.addWidget(result_card)
        self._show_result()

    def choose(self, choice: QuizAnswer) -> None:
        question = self.run.current
        if question is None or self.run.answered:
            return
        self.run.answer(choice)
        self._show_result()
        self.answered.emit(question.id, choice == question.answer)

    def next_question(self) -> None:
        assert self._learn is not None  # Next is only on a page built from the content
        self.run.next()
        self.show_content(self._learn, self._lang, self.portrait)
        self.scroll_to_top()

    def _show_result(self) -> None:
        question = self.run.current
        answered = self.run.answered
        if self.result_card is not None:
            self.result_card.setVisible(answered)
        self.next_button.setVisible(answered)
        if not answered or question is None:  # answered implies a current question
            return
        chosen = self.run.answers[question.id]
        right = chosen == question.answer
        names = {"trafficking": self.tr("Trafficking"), "smuggling": self.tr("Smuggling"), "both": self.tr("Both")}
        self.verdict.setText(self.tr("Right!") if right else self.tr("Not quite. The answer is: %1").replace("%1", names[question.answer]))
        self.verdict.setProperty("verdict", "right" if right else "wrong")
        _repolish(self.verdict)
        self.explanation.setText(question.explanation.text(self._lang))
        for choice, button in self.choice_buttons.items():
            state = "right" if choice == question.answer else ("wrong" if choice == chosen else "")
            button.setProperty("verdict", state)
            _repolish(button)
        # Bring the whole answer into view: the verdict, Next and the explanation below them
        # (now, and again once the explanation's wrapped height is laid out).
        self.column.activate()
        self.reveal_result()
        QTimer.singleShot(0, self.reveal_result)

    def reveal_result(self) -> None:
        """Scroll so that the verdict, Next and the whole explanation show (a result taller than
        the page shows its top)."""
        card = self.result_card
        if card is None or not shiboken6.isValid(card) or not card.isVisibleTo(self):
            return  # rebuilt since (the next question, the score)
        margin = self.theme.px(24)
        top = card.mapTo(self.inner, card.rect().topLeft()).y() - margin
        bottom = self.explanation.mapTo(self.inner, self.explanation.rect().bottomLeft()).y() + 1
        bar = self.verticalScrollBar()
        value = max(bar.value(), bottom - self.viewport().height())
        bar.setValue(max(0, min(value, top)))

    def _build_score(self) -> None:
        total = len(self.run.questions)
        self.score_label = plain_label(
            "Lead", self.tr("You got %1 of %2 right.").replace("%1", str(self.run.score)).replace("%2", str(total))
        )
        thanks = plain_label("Body", self.tr("Thank you for learning. Share what you know: it helps protect people."))
        self.column.addWidget(self.card(self.score_label, thanks))
        again = QPushButton(self.tr("Start again"))
        again.setObjectName("QuizAgain")
        again.setProperty("role", "secondary")
        again.clicked.connect(self.restart)
        # The way on from what was learnt: the Home tile's own words (and translations).
        self.pledge_button = QPushButton(QCoreApplication.translate("HomeScreen", "Take the pledge"))
        self.pledge_button.setObjectName("QuizPledge")
        self.pledge_button.clicked.connect(self.pledge_requested)
        row = QHBoxLayout()
        row.setSpacing(self.theme.px(24))
        row.addWidget(self.pledge_button)
        row.addWidget(again)
        row.addStretch(1)
        self.column.addLayout(row)
