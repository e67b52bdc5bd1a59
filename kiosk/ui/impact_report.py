"""The donor report: the Impact figures and charts on one or two A4 pages (PDF), or as CSV.

The PDF is painted with QPdfWriter and QPainter in the kiosk's default language (right to left
for Arabic), with the same words (kiosk/ui/impact_words.py) and the same Qt Charts as Admin →
Impact. The CSV has one row per day and measure.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextOption

from kiosk.core.impact import ImpactFigures, Period
from kiosk.ui.impact_words import ImpactWords
from kiosk.ui.widgets.impact_charts import hour_chart, paint_chart

#: Dots per inch of the PDF's coordinate system.
DPI = 150
INK = QColor("#0A1E3C")
MUTED = QColor("#4A5D78")
BAR = QColor("#0072BC")
GRID = QColor("#C5D5EA")


class _Page:
    """Paints rows of text down an A4 page, mirrored for right-to-left languages; adds pages."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, rtl: bool) -> None:
        self.writer = writer
        self.painter = painter
        self.rtl = rtl
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        self.width = rect.width()
        self.height = rect.height()
        self.y = 0.0
        self.pages = 1

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def _option(self, align: Qt.AlignmentFlag) -> QTextOption:
        option = QTextOption(align | Qt.AlignmentFlag.AlignTop)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight)
        return option

    def _start(self) -> Qt.AlignmentFlag:
        # Without AlignAbsolute, left and right follow the text direction: "left" starts a line.
        return Qt.AlignmentFlag.AlignLeft

    def _end(self) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignRight

    def _height(self, text: str, font: QFont, width: float) -> float:
        metrics = QFontMetricsF(font, self.writer)
        return metrics.boundingRect(QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text).height()

    def ensure(self, needed: float) -> None:
        if self.y + needed > self.height:
            self.writer.newPage()
            self.pages += 1
            self.y = 0.0

    def text(self, text: str, points: float, bold: bool = False, color: QColor = INK, gap: float = 0.3) -> None:
        font = self.font(points, bold)
        height = self._height(text, font, self.width)
        self.ensure(height)
        self.painter.setFont(font)
        self.painter.setPen(color)
        self.painter.drawText(QRectF(0, self.y, self.width, height), text, self._option(self._start()))
        self.y += height + points * gap * DPI / 72

    def row(self, label: str, value: str, points: float = 10) -> None:
        font = self.font(points)
        label_width, value_width = self.width * 0.6, self.width * 0.22
        height = max(self._height(label, font, label_width), self._height(value, font, value_width))
        self.ensure(height)
        self.painter.setFont(font)
        self.painter.setPen(INK)
        label_x = self.width - label_width if self.rtl else 0
        value_x = self.width - label_width - value_width if self.rtl else label_width
        self.painter.drawText(QRectF(label_x, self.y, label_width, height), label, self._option(self._start()))
        self.painter.drawText(QRectF(value_x, self.y, value_width, height), value, self._option(self._end()))
        self.y += height + 2

    def charts(self, figures: ImpactFigures, words: ImpactWords) -> None:
        height = self.height * 0.2
        self.ensure(height)
        width = (self.width - 20) / 2
        for index, (title, counts) in enumerate(
            ((words.visits_by_hour(), figures.visits_by_hour), (words.pledges_by_hour(), figures.pledges_by_hour))
        ):
            slot = index if not self.rtl else 1 - index
            chart = hour_chart(title, counts, BAR, INK, GRID, font_px=22, right_to_left=self.rtl)
            paint_chart(chart, self.painter, QRectF(slot * (width + 20), self.y, width, height))
        self.y += height + 20


def write_pdf(figures: ImpactFigures, path: Path, made: datetime, right_to_left: bool = False) -> int:
    """Paint the report to ``path`` (A4); return the number of pages."""
    words = ImpactWords()
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)))
    writer.setTitle("Blue Heart Kiosk")
    writer.setCreator("Blue Heart Kiosk")
    painter = QPainter(writer)
    try:
        page = _Page(writer, painter, right_to_left)
        page.text(words.report_title(), 18, bold=True)
        page.text(words.period_text(figures.period, figures.days), 12, color=MUTED)
        page.text(words.made_on(made.strftime("%Y-%m-%d %H:%M")), 9, color=MUTED, gap=1.0)
        if figures.empty:
            page.text(words.no_events(), 14, bold=True)
        page.charts(figures, words)
        for heading, rows in words.sections(figures):
            page.ensure(60)
            page.text(heading, 11, bold=True, gap=0.2)
            for label, value in rows:
                page.row(label, value)
            page.y += 12
        return page.pages
    finally:
        painter.end()


def csv_rows(figures: ImpactFigures) -> list[tuple[str, str, str, str]]:
    """One day's figures as (day, measure, item, value) rows; ``figures.period`` is that day."""
    day = figures.period.first.isoformat() if figures.period.first else ""
    rows = [
        (day, "visits", "", str(figures.visits)),
        (day, "median_visit_seconds", "", "" if figures.median_visit_s is None else f"{figures.median_visit_s:g}"),
        (day, "p90_visit_seconds", "", "" if figures.p90_visit_s is None else f"{figures.p90_visit_s:g}"),
        (day, "pledges", "", str(figures.pledges)),
        (day, "kiosks", "", str(figures.kiosks)),
    ]
    rows += [(day, "visits_by_hour", f"{h:02d}", str(n)) for h, n in enumerate(figures.visits_by_hour)]
    rows += [(day, "pledges_by_hour", f"{h:02d}", str(n)) for h, n in enumerate(figures.pledges_by_hour)]
    rows += [(day, "share_of_visits_reaching", screen, f"{share:.4f}") for screen, share in figures.path]
    for play in figures.plays:
        rows += [
            (day, "plays", play.item, str(play.plays)),
            (day, "mean_share_watched", play.item, f"{play.mean_share:.4f}"),
            (day, "share_of_plays_completed", play.item, f"{play.completed:.4f}"),
        ]
    for question in figures.quiz:
        rows += [
            (day, "quiz_answers", question.question, str(question.answers)),
            (day, "quiz_share_right", question.question, f"{question.right:.4f}"),
        ]
    rows += [(day, "language_chosen", code, str(n)) for code, n in figures.languages]
    rows += [(day, "accessibility_option_used", option, str(n)) for option, n in figures.accessibility]
    return rows


def write_csv(store, period: Period, path: Path) -> int:
    """One row per day and measure for every day of ``period`` that has events; return the rows.

    With no events at all, one row says so (measure ``no_events``).
    """
    first, last = period.bounds()
    days = [d for d in store.days() if first <= d <= last]
    written = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(("day", "measure", "item", "value"))
        for day in days:
            for row in csv_rows(store.figures(Period.day(date.fromisoformat(day)))):
                writer.writerow(row)
                written += 1
        if not days:
            writer.writerow(("", "no_events", "", "0"))
            written += 1
    return written
