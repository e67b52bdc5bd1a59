"""One visitor's run through the quiz: which question, what they answered, the score."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kiosk.core.content.models import QuizAnswer, QuizQuestion


@dataclass
class QuizRun:
    """The quiz state for one visit. A new visit starts a new run.

    Attributes:
        questions: the scenarios, in order.
        index: the question being shown.
        answers: question id → the visitor's answer.
    """

    questions: Sequence[QuizQuestion]
    index: int = 0
    answers: dict[str, QuizAnswer] = field(default_factory=dict)

    @property
    def current(self) -> QuizQuestion | None:
        return self.questions[self.index] if self.index < len(self.questions) else None

    @property
    def answered(self) -> bool:
        """True when the current question has been answered."""
        current = self.current
        return current is not None and current.id in self.answers

    @property
    def finished(self) -> bool:
        return self.index >= len(self.questions)

    def answer(self, choice: QuizAnswer) -> bool:
        """Record the visitor's choice for the current question (the first one counts).

        Returns:
            True when the answer is right.
        """
        current = self.current
        if current is None:
            return False
        self.answers.setdefault(current.id, choice)
        return self.answers[current.id] == current.answer

    def next(self) -> None:
        if not self.finished:
            self.index += 1

    @property
    def score(self) -> int:
        return sum(1 for q in self.questions if self.answers.get(q.id) == q.answer)
