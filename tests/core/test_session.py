"""The visit state machine, driven with integer time."""

import pytest

from kiosk.core.session import Effect, Phase, SessionMachine


def test_touch_starts_a_visit_and_idle_leads_to_warning_then_reset():
    m = SessionMachine(idle_timeout=90, warning_duration=10)
    assert m.phase is Phase.ATTRACT
    assert m.activity(0) == [Effect.VISIT_STARTED]
    assert m.tick(89) == []
    assert m.phase is Phase.ACTIVE
    assert m.tick(90) == [Effect.WARNING_SHOWN]
    assert m.seconds_left(90) == 10
    assert m.seconds_left(95) == 5
    assert m.tick(99) == []
    assert m.tick(100) == [Effect.VISIT_ENDED]
    assert m.phase is Phase.ATTRACT


def test_activity_moves_the_deadline():
    m = SessionMachine(idle_timeout=90, warning_duration=10)
    m.activity(0)
    m.activity(50)
    assert m.tick(120) == []
    assert m.next_deadline() == 140
    assert m.tick(140) == [Effect.WARNING_SHOWN]


def test_touch_during_warning_cancels_it():
    m = SessionMachine(idle_timeout=90, warning_duration=10)
    m.activity(0)
    m.tick(90)
    assert m.activity(95) == [Effect.WARNING_CANCELLED]
    assert m.phase is Phase.ACTIVE
    assert m.tick(105) == []  # the countdown is gone; a new idle period runs from 95
    assert m.tick(185) == [Effect.WARNING_SHOWN]


def test_pause_holds_the_clock_and_resume_restarts_it():
    m = SessionMachine(idle_timeout=90, warning_duration=10)
    m.activity(0)
    m.pause(10)
    assert m.tick(1000) == []
    assert m.next_deadline() is None
    m.resume(1000)
    assert m.tick(1089) == []
    assert m.tick(1090) == [Effect.WARNING_SHOWN]


def test_pause_during_warning_cancels_it():
    m = SessionMachine(idle_timeout=90, warning_duration=10)
    m.activity(0)
    m.tick(90)
    assert m.pause(92) == [Effect.WARNING_CANCELLED]
    assert m.tick(500) == []


def test_nothing_times_out_while_attracting():
    m = SessionMachine()
    assert m.tick(10_000) == []
    assert m.next_deadline() is None
    assert m.end_visit() == []


def test_end_visit_resets_pause():
    m = SessionMachine()
    m.activity(0)
    m.pause(1)
    assert m.end_visit() == [Effect.VISIT_ENDED]
    assert not m.paused


@pytest.mark.parametrize("timeout, warning", [(0, 10), (90, 0), (-1, 5)])
def test_non_positive_durations_are_refused(timeout, warning):
    with pytest.raises(ValueError):
        SessionMachine(idle_timeout=timeout, warning_duration=warning)
