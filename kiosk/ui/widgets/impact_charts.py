"""Charts by hour for Admin → Impact and the report, drawn by Qt Charts (software painting, no GPU).

One function makes the chart; the page shows it in a ``QChartView``, the report paints the same
chart into the PDF with ``QGraphicsScene.render``.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGraphicsScene

#: The hours labelled under the bars (every bar is drawn; 24 labels do not fit a half page).
LABELLED_HOURS = range(0, 24, 3)


def hour_chart(
    title: str,
    counts: list[int],
    bar: QColor,
    text: QColor,
    grid: QColor,
    font_px: int = 16,
    right_to_left: bool = False,
) -> QChart:
    """A bar chart of ``counts`` for the 24 hours of a day (00 to 23)."""
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    font = QFont()
    font.setPixelSize(font_px)
    title_font = QFont(font)
    title_font.setBold(True)
    chart.setTitle(title)
    chart.setTitleFont(title_font)
    chart.setTitleBrush(text)
    bars = QBarSet(title)
    # Right to left, the day runs from the right: 00 on the right, 23 on the left.
    bars.append([float(c) for c in (reversed(counts) if right_to_left else counts)])
    bars.setColor(bar)
    bars.setBorderColor(bar)
    series = QBarSeries()
    series.append(bars)
    series.setBarWidth(0.8)
    chart.addSeries(series)
    hours = QCategoryAxis()
    hours.setRange(-0.5, len(counts) - 0.5)
    hours.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    # QCategoryAxis keeps labels only in rising order of position.
    for hour in (reversed(LABELLED_HOURS) if right_to_left else LABELLED_HOURS):
        hours.append(f"{hour:02d}", (len(counts) - 1 - hour) if right_to_left else hour)
    hours.setGridLineVisible(False)
    values = QValueAxis()
    set_value_range(values, max(counts) if counts else 0)
    values.setLabelFormat("%d")
    for axis in (hours, values):
        axis.setLabelsFont(font)
        axis.setLabelsColor(text)
        axis.setGridLineColor(grid)
        axis.setLinePenColor(grid)
    chart.addAxis(hours, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(hours)
    series.attachAxis(values)
    return chart


def set_counts(chart: QChart, counts: list[int], right_to_left: bool = False) -> None:
    """Show new ``counts`` on a chart made by :func:`hour_chart` (no new chart, no new view)."""
    series = chart.series()[0]
    assert isinstance(series, QBarSeries)  # hour_chart() adds one bar series
    bars = series.barSets()[0]
    for index, count in enumerate(reversed(counts) if right_to_left else counts):
        bars.replace(index, float(count))
    values = chart.axes(Qt.Orientation.Vertical)[0]
    assert isinstance(values, QValueAxis)  # hour_chart() counts on a value axis
    set_value_range(values, max(counts) if counts else 0)


def set_value_range(axis: QValueAxis, top: int) -> None:
    """0 to ``top`` with whole, round steps: one per count up to 5, else Qt's nice numbers
    (0, 500, 1000, 1500 rather than 0, 303, 607, 911)."""
    axis.setRange(0, max(1, top))
    if top <= 5:
        axis.setTickCount(max(2, top + 1))
    else:
        axis.setTickCount(6)
        axis.applyNiceNumbers()


def chart_view(chart: QChart, height: int) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(height)
    view.setBackgroundBrush(Qt.GlobalColor.transparent)
    view.setFrameShape(QChartView.Shape.NoFrame)
    return view


def paint_chart(chart: QChart, painter: QPainter, target: QRectF) -> None:
    """Paint ``chart`` into ``target`` (e.g. a PDF page), at the target's size."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(target.width(), target.height())
    scene.setSceneRect(QRectF(0, 0, target.width(), target.height()))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, target, scene.sceneRect())
    painter.restore()
    scene.removeItem(chart)
