"""Admin → Impact: what the kiosk did, for today, the event so far, or one day.

The figures are aggregated in SQL on the analytics worker (kiosk/storage/events.py); the page
asks for them and fills in when they arrive, so opening it never blocks the GUI thread on I/O.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.impact import ImpactFigures, Period, PeriodKind
from kiosk.ui.context import KioskContext
from kiosk.ui.impact_words import ImpactWords
from kiosk.ui.widgets.impact_charts import chart_view, hour_chart, set_counts
from kiosk.ui.widgets.pages import clear_layout, plain_label


def _label(text: str = "", name: str = "Body") -> QLabel:
    return plain_label(name, text)


class ImpactSection(QFrame):
    """The Impact card of Admin.

    Signals:
        shown(object): the figures now on the page (ImpactFigures), once they are laid out.
    """

    shown = Signal(object)

    def __init__(self, context: KioskContext, recorder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.context = context
        self.recorder = recorder
        self.words = ImpactWords(self)
        self.period = Period.today(recorder.today())
        self.figures: ImpactFigures | None = None
        self.title = _label(name="CardTitle")
        self.note = _label(name="Warning")
        self.today_button = QPushButton()
        self.event_button = QPushButton()
        for button in (self.today_button, self.event_button):
            button.setProperty("role", "secondary")
            button.setCheckable(True)
            button.setAutoExclusive(True)
        self.today_button.setObjectName("ImpactToday")
        self.event_button.setObjectName("ImpactEvent")
        self.today_button.setChecked(True)
        self.today_button.clicked.connect(lambda: self.show_period(Period.today(self.recorder.today())))
        self.event_button.clicked.connect(lambda: self.show_period(Period.event()))
        # One day at a time: the day before or after the one shown (big buttons, no pop-up list).
        self.previous_day = QPushButton("‹")
        self.next_day = QPushButton("›")
        for button, step, name in ((self.previous_day, -1, "ImpactPreviousDay"), (self.next_day, 1, "ImpactNextDay")):
            button.setProperty("role", "secondary")
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, s=step: self.step_day(s))
        self.days: list[str] = []
        periods = QHBoxLayout()
        periods.addWidget(self.today_button)
        periods.addWidget(self.event_button)
        periods.addWidget(self.previous_day)
        periods.addWidget(self.next_day)
        periods.addStretch(1)
        self.period_label = _label(name="SectionTitle")
        self.period_label.setObjectName("ImpactPeriod")
        self.empty_label = _label()
        self.empty_label.setObjectName("ImpactEmpty")
        self.charts = QHBoxLayout()
        # The lines live in a box of their own that is hidden while they change: each label shown
        # in a visible parent lays the whole page out again at once (Qt activates the parent's
        # layout on every setVisible(True)); 100 of them were 300 ms of the first open.
        self.table_box = QWidget()
        self.table_box.setObjectName("ImpactTable")
        self.table = QGridLayout(self.table_box)
        self.table.setContentsMargins(0, 0, 0, 0)
        self.table.setColumnStretch(2, 1)  # labels and values side by side, the room after them
        self.value_labels: dict[str, QLabel] = {}
        self.table.setHorizontalSpacing(context.theme.px(48))
        self.table.setVerticalSpacing(context.theme.px(8))
        self._lines: list[tuple[QLabel, QLabel, QLabel]] = []
        self._charts_key: tuple | None = None
        self.chart_views: dict = {}

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(periods)
        layout.addWidget(self.period_label)
        layout.addWidget(self.empty_label)
        layout.addLayout(self.charts)
        layout.addWidget(self.table_box)

        recorder.figures_ready.connect(self._show_figures)
        context.language.language_changed.connect(lambda _code: self.retranslate())
        self.retranslate()

    #: Lines built ahead by :meth:`prepare` (a summary, the path and a few of each list).
    PREPARED_LINES = 40

    def prepare(self) -> None:
        """Build the charts and the lines ahead (while the organiser types the PIN), so that
        opening the page only fills them in."""
        self._show_charts(ImpactFigures(self.period))
        for heading, name, value in (self._line(i) for i in range(self.PREPARED_LINES)):
            for label in (heading, name, value):
                label.hide()
                label.ensurePolished()  # the style sheet is applied now, not when first shown

    # -- periods ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask for the current period's figures again (when Admin opens)."""
        if self.period.kind is PeriodKind.TODAY:
            self.period = Period.today(self.recorder.today())
        self.show_period(self.period)

    def show_period(self, period: Period) -> None:
        self.period = period
        self.today_button.setChecked(period.kind is PeriodKind.TODAY)
        self.event_button.setChecked(period.kind is PeriodKind.EVENT)
        if self.recorder.enabled:
            self.recorder.figures(period)
        else:
            self._show_figures(ImpactFigures(period))

    def step_day(self, step: int) -> None:
        """Show the day with events before (-1) or after (+1) the one shown (from today or the
        event: the last day with events before today, the first after it)."""
        if not self.days:
            return
        shown = (self.period.first or self.recorder.today()).isoformat()
        if self.period.kind is PeriodKind.EVENT:
            shown = self.recorder.today().isoformat()
        if step < 0:
            earlier = [d for d in self.days if d < shown]
            target = earlier[-1] if earlier else self.days[0]
        else:
            later = [d for d in self.days if d > shown]
            target = later[0] if later else self.days[-1]
        self.show_period(Period.day(date.fromisoformat(target)))

    # -- texts and figures -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.words.title())
        self.today_button.setText(self.tr("Today"))
        self.event_button.setText(self.tr("The event so far"))
        self.previous_day.setAccessibleName(self.tr("Previous day"))
        self.next_day.setAccessibleName(self.tr("Next day"))
        self.note.setText(self.words.recording_off())
        self.note.setVisible(not self.recorder.enabled)
        if self.figures is not None:
            self._show_figures(self.figures)

    def _show_figures(self, figures: ImpactFigures | None) -> None:
        if figures is None:
            self.period_label.setText(self.words.period_text(self.period, []))
            self.empty_label.setText(self.tr("The figures cannot be read from the database now."))
            self.empty_label.show()
            return
        if figures.period != self.period:
            return  # an answer for a period no longer asked for
        self.figures = figures
        self._fill_days(figures)
        words = self.words
        self.period_label.setText(words.period_text(figures.period, figures.days))
        self.empty_label.setText(words.no_events())
        self.empty_label.setVisible(figures.empty)
        self._show_charts(figures)
        self._show_table(words.sections(figures))
        self.shown.emit(figures)

    def _show_charts(self, figures: ImpactFigures) -> None:
        """The two charts by hour; built once per language and direction, then only refilled
        (building Qt Charts and restyling their views is most of the page's cost)."""
        theme = self.context.theme
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        words = self.words
        key = (words.visits_by_hour(), rtl, theme.name, theme.px(320))
        specs = ((words.visits_by_hour(), figures.visits_by_hour, "VisitsByHour"),
                 (words.pledges_by_hour(), figures.pledges_by_hour, "PledgesByHour"))
        if key != self._charts_key:
            clear_layout(self.charts)
            self.chart_views = {}
            for title, counts, name in specs:
                chart = hour_chart(title, counts, theme.color("accent"), theme.color("text"), theme.color("border"),
                                   theme.font_px(16), right_to_left=rtl)
                view = chart_view(chart, theme.px(320))
                view.setObjectName(name)
                self.charts.addWidget(view)
                self.chart_views[name] = view
            self._charts_key = key
            return
        for _title, counts, name in specs:
            set_counts(self.chart_views[name].chart(), counts, rtl)

    def _show_table(self, sections: list[tuple[str, list[tuple[str, str]]]]) -> None:
        """Headings and (name, value) rows, on lines made once and reused."""
        lines: list[tuple[str, str | None]] = []
        for title, rows in sections:
            lines.append((title, None))
            lines.extend(rows)
        self.value_labels = {}
        heading_now = ""
        self.table_box.hide()  # one layout when the box shows again, not one per line
        for index, (text, value) in enumerate(lines):
            heading, name, value_label = self._line(index)
            is_heading = value is None
            heading.setVisible(is_heading)
            name.setVisible(not is_heading)
            value_label.setVisible(not is_heading)
            if value is None:
                heading.setText(text)
                heading_now = text
            else:
                name.setText(text)
                value_label.setText(value)
                self.value_labels[f"{heading_now}/{text}"] = value_label
        for heading, name, value_label in self._lines[len(lines):]:
            heading.hide()
            name.hide()
            value_label.hide()
        self.table_box.show()

    def _line(self, index: int) -> tuple[QLabel, QLabel, QLabel]:
        while len(self._lines) <= index:
            row = len(self._lines)
            heading = _label("", "SectionTitle")
            name = _label()
            name.setWordWrap(False)  # one line each: the figures stay level with their names
            value = _label("", "AdminValue")
            value.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            self.table.addWidget(heading, row, 0, 1, 3)
            self.table.addWidget(name, row, 0)
            self.table.addWidget(value, row, 1)
            self._lines.append((heading, name, value))
        return self._lines[index]

    def _fill_days(self, figures: ImpactFigures) -> None:
        self.days = list(figures.days)

    def value(self, heading_and_label: str) -> str:
        """The value shown for ``heading/label`` (tests read the page with it)."""
        return self.value_labels[heading_and_label].text()
