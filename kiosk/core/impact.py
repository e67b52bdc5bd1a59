"""The impact figures: what the organiser reports, computed from anonymous events.

The numbers themselves are aggregated in SQL (kiosk/storage/events.py); this module holds
the periods, the figures' shape and the rules that need no database (date ranges, shares).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date


class PeriodKind(enum.Enum):
    TODAY = "today"
    EVENT = "event"  # every day kept so far
    DAY = "day"
    RANGE = "range"  # the report's --from/--to


@dataclass(frozen=True)
class Period:
    """A span of local calendar days; None on a side means "no limit"."""

    kind: PeriodKind
    first: date | None = None
    last: date | None = None

    @classmethod
    def today(cls, today: date) -> Period:
        return cls(PeriodKind.TODAY, today, today)

    @classmethod
    def event(cls) -> Period:
        return cls(PeriodKind.EVENT)

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(PeriodKind.DAY, day, day)

    def bounds(self) -> tuple[str, str]:
        """The first and last day as ISO text, open sides widened (for ``day BETWEEN ? AND ?``)."""
        return (self.first.isoformat() if self.first else "0000-00-00", self.last.isoformat() if self.last else "9999-99-99")


class DateProblem(enum.Enum):
    BAD_DATE = "bad_date"
    REVERSED = "reversed"


def parse_range(first: str | None, last: str | None) -> tuple[Period, None] | tuple[None, tuple[DateProblem, str]]:
    """The report's period from ``--from``/``--to`` (``YYYY-MM-DD``), or the problem and the bad text."""
    days: list[date | None] = []
    for text in (first, last):
        if text is None:
            days.append(None)
            continue
        try:
            days.append(date.fromisoformat(text.strip()))
        except ValueError:
            return None, (DateProblem.BAD_DATE, text)
    if days[0] and days[1] and days[0] > days[1]:
        return None, (DateProblem.REVERSED, f"{first} > {last}")
    return Period(PeriodKind.RANGE, days[0], days[1]), None


@dataclass(frozen=True)
class PlayFigure:
    """One video or interview: plays, the mean share watched, the share of plays watched to the end."""

    item: str
    plays: int
    mean_share: float
    completed: float


@dataclass(frozen=True)
class QuizFigure:
    """One quiz question: answers and the share right."""

    question: str
    answers: int
    right: float


@dataclass
class ImpactFigures:
    """Everything Admin → Impact and the report show for one period.

    Shares are 0..1; seconds are floats; hours are the kiosks' local hours 0-23.
    """

    period: Period
    events: int = 0
    kiosks: int = 0
    visits: int = 0
    median_visit_s: float | None = None
    p90_visit_s: float | None = None
    visits_by_hour: list[int] = field(default_factory=lambda: [0] * 24)
    #: Share of visits that reached each screen (and "pledge": that pledged), in path order.
    path: list[tuple[str, float]] = field(default_factory=list)
    plays: list[PlayFigure] = field(default_factory=list)
    quiz: list[QuizFigure] = field(default_factory=list)
    languages: list[tuple[str, int]] = field(default_factory=list)
    accessibility: list[tuple[str, int]] = field(default_factory=list)
    pledges: int = 0
    pledges_by_hour: list[int] = field(default_factory=lambda: [0] * 24)
    days: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.events == 0


def percentile(sorted_values: list[float], share: float) -> float | None:
    """The nearest-rank percentile of values sorted ascending (None for no values)."""
    if not sorted_values:
        return None
    rank = max(1, -(-len(sorted_values) * share // 1))  # ceil(n * share), at least 1
    return sorted_values[int(rank) - 1]
