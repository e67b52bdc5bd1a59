"""The quiz run: answers, score, first answer counts."""

from kiosk.core.content.models import QuizQuestion
from kiosk.core.quiz import QuizRun


def question(qid, answer):
    return QuizQuestion.model_validate(
        {"id": qid, "scenario": {"en": "s"}, "answer": answer, "explanation": {"en": "e"}}
    )


def test_run_through_and_score():
    run = QuizRun([question("a", "smuggling"), question("b", "both")])
    assert run.current.id == "a" and not run.answered
    assert run.answer("smuggling") is True
    assert run.answer("trafficking") is True  # the first answer counts
    run.next()
    assert run.answer("trafficking") is False
    run.next()
    assert run.finished and run.current is None
    assert run.score == 1
    run.next()
    assert run.index == 2
