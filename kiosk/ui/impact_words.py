"""The words of Admin → Impact and of the donor report: one place, so both say the same."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.core.impact import ImpactFigures, Period, PeriodKind
from kiosk.core.languages import LANGUAGE_CODES, language


class ImpactWords(QObject):
    """Turns :class:`ImpactFigures` into translated headings and (label, value) rows."""

    def screen_name(self, screen: str) -> str:
        names = {
            "home": self.tr("Home"),
            "learn": self.tr("Learn"),
            "news": self.tr("News"),
            "watch": self.tr("Watch"),
            "publications": self.tr("Publications"),
            "pledge": self.tr("Pledge screen"),
            "pledge_made": self.tr("Made a pledge"),
        }
        return names.get(screen, screen)

    def option_name(self, option: str) -> str:
        names = {
            "larger_text": self.tr("Larger text"),
            "high_contrast": self.tr("High contrast"),
            "reach": self.tr("Reach mode"),
        }
        return names.get(option, option)

    def language_name(self, code: str) -> str:
        return language(code).native_name if code in LANGUAGE_CODES else code

    def duration(self, seconds: float | None) -> str:
        if seconds is None:
            return "–"
        whole = int(round(seconds))
        if whole < 60:
            return self.tr("%1 s").replace("%1", str(whole))
        return self.tr("%1 min %2 s").replace("%1", str(whole // 60)).replace("%2", f"{whole % 60:02d}")

    def percent(self, share: float) -> str:
        return self.tr("%1 %").replace("%1", str(round(share * 100)))

    def title(self) -> str:
        return self.tr("Impact")

    def report_title(self) -> str:
        return self.tr("Blue Heart Kiosk: impact report")

    def made_on(self, when: str) -> str:
        return self.tr("Made on %1").replace("%1", when)

    def period_text(self, period: Period, days: list[str]) -> str:
        if period.kind is PeriodKind.TODAY:
            assert period.first is not None  # Period.today() always sets the day
            return self.tr("Today (%1)").replace("%1", period.first.isoformat())
        if period.kind is PeriodKind.DAY:
            assert period.first is not None  # Period.day() always sets the day
            return period.first.isoformat()
        first = period.first.isoformat() if period.first else (days[0] if days else "…")
        last = period.last.isoformat() if period.last else (days[-1] if days else "…")
        if period.kind is PeriodKind.EVENT and not days:
            return self.tr("The event so far")
        if period.kind is PeriodKind.EVENT:
            return self.tr("The event so far (%1 to %2)").replace("%1", first).replace("%2", last)
        return self.tr("%1 to %2").replace("%1", first).replace("%2", last)

    def no_events(self) -> str:
        return self.tr("No events were recorded in this period.")

    def recording_off(self) -> str:
        return self.tr("Recording is off (analytics.enabled = false in the configuration file).")

    def visits_by_hour(self) -> str:
        return self.tr("Visits by hour")

    def pledges_by_hour(self) -> str:
        return self.tr("Pledges by hour")

    def sections(self, figures: ImpactFigures) -> list[tuple[str, list[tuple[str, str]]]]:
        """Every figure but the charts, as (heading, rows of (label, value)); empty parts left out."""
        summary = [
            (self.tr("Visits"), str(figures.visits)),
            (self.tr("Median visit length"), self.duration(figures.median_visit_s)),
            (self.tr("90 % of visits were shorter than"), self.duration(figures.p90_visit_s)),
            (self.tr("Pledges made"), str(figures.pledges)),
            (self.tr("Kiosks"), str(figures.kiosks)),
        ]
        parts = [(self.tr("Summary"), summary)]
        if figures.path:
            parts.append((
                self.tr("From Home to a pledge: share of visits that reached each screen"),
                [(self.screen_name(screen), self.percent(share)) for screen, share in figures.path],
            ))
        if figures.plays:
            parts.append((
                self.tr("Videos and interviews: plays, share watched on average, plays watched to the end"),
                [
                    (p.item, f"{p.plays}  ·  {self.percent(p.mean_share)}  ·  {self.percent(p.completed)}")
                    for p in figures.plays
                ],
            ))
        if figures.quiz:
            parts.append((
                self.tr("Quiz: answers and share right, per question"),
                [(q.question, f"{q.answers}  ·  {self.percent(q.right)}") for q in figures.quiz],
            ))
        if figures.languages:
            parts.append((self.tr("Languages chosen"), [(self.language_name(c), str(n)) for c, n in figures.languages]))
        if figures.accessibility:
            parts.append((
                self.tr("Accessibility options used"),
                [(self.option_name(o), str(n)) for o, n in figures.accessibility],
            ))
        return parts
