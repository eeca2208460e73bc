"""Progress over time: score per stage, each stage's rubric dimensions, the weakest topics.

Every stage is scored on its own dimensions (agent.dimensions_by_stage), so the
dimensions are drawn one stage at a time, the stage picked above the chart.
"""

from __future__ import annotations

import html
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop._chart_points import dot_note, place_dots
from desktop._dimensions import dimension_label, topic_label
from desktop._named import named
from desktop._stages import STAGE_ORDER, stage_names
from desktop._theme import current_colors

if TYPE_CHECKING:
    from agent import Report

TOPIC_ROLE = Qt.ItemDataRole.UserRole + 1
WEAKEST = 5
# twelve hues readable on the light and the dark theme (Qt's default cycles through five:
# with eleven dimensions, three pairs of lines looked alike); past twelve the lines dash
SERIES_COLORS = (
    "#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#17becf",
    "#edc948", "#ff9da7", "#9c755f", "#76b7b2", "#bcbd22", "#d37295",
)  # fmt: skip


class ProgressPanel(QWidget):
    practise_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = named(
            QLabel(self.tr("Finish an interview to see your progress here.")), "muted"
        )
        # what the figures are: offline estimates were plotted as if a grader gave them
        self.basis_note = named(QLabel(), "muted")
        self.basis_note.setWordWrap(True)
        self.basis_note.hide()
        # it wraps in its column, never widens it (the dimension chart was squeezed to a strip)
        self.basis_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.charts = QGridLayout()
        self.charts.setColumnStretch(0, 1)  # column 1 as much, when it has a chart
        self.charts.addWidget(self.basis_note, 0, 0)
        self.dimension_stage = QComboBox()  # whose rubric the dimension chart shows
        self.dimension_stage.currentIndexChanged.connect(self._on_dimension_stage)
        self.charts.addWidget(self.dimension_stage, 0, 1, Qt.AlignmentFlag.AlignRight)
        self.weak_list = QListWidget()
        self.weak_list.setMaximumHeight(150)
        # a long project name wraps: at 760 px it ran on behind a horizontal scroll bar
        self.weak_list.setWordWrap(True)
        self.weak_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.practise_button = QPushButton(self.tr("Practise these"))
        self.practise_button.setProperty("primary", True)
        self.practise_button.clicked.connect(self._on_practise)
        self.practise_button.setEnabled(False)
        row = QHBoxLayout()
        heading = QLabel(self.tr("Weakest topics"))
        heading.setStyleSheet("font-weight:600")
        row.addWidget(heading)
        row.addStretch(1)
        row.addWidget(self.practise_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(self.charts, 1)
        layout.addLayout(row)
        layout.addWidget(self.weak_list)
        self.chart_views: list[Any] = []  # [by stage, dimensions of the chosen stage]
        self.legends: dict[int, QLabel] = {}  # each chart's legend, by its column
        self._dimensions: list[dict[str, dict[str, float]]] = []  # per session, by stage

    def show_progress(
        self, reports: list[Report], topic_scores: dict[tuple[str, str], float]
    ) -> None:
        """`reports`: sessions newest first; `topic_scores`: mean score per (stage, topic)."""
        from agent import dimensions_by_stage

        ordered = [r for r in reversed(reports) if r.overall is not None]
        self.empty.setVisible(not ordered)
        for column in range(len(self.chart_views)):
            self._remove_chart(column)
        self.chart_views = []
        self._dimensions = [dict(dimensions_by_stage(r.by_dimension)) for r in ordered]
        self._say_basis(ordered)
        self._fill_stages()
        if ordered:
            names = stage_names()
            by_stage = [{names.get(k, k): v for k, v in r.by_stage.items()} for r in ordered]
            self._add_chart(self.tr("Score by stage (0-100)"), by_stage, (0, 100), 0)
            self._show_dimensions()
        self._show_weak(topic_scores)

    def _say_basis(self, reports: list[Report]) -> None:
        """Say when the charts and topics plot offline estimates, not an LLM's scores."""
        estimated = sum(1 for r in reports if r.is_estimate)
        if estimated == len(reports):
            note = self.tr("Offline estimates: no LLM scored these interviews.")
        else:
            note = self.tr(
                "%1 of %2 interviews were scored, wholly or in part, by offline estimate (no LLM)."
            )
            note = note.replace("%1", str(estimated)).replace("%2", str(len(reports)))
        self.basis_note.setText(note)
        self.basis_note.setVisible(estimated > 0)

    def _fill_stages(self) -> None:
        """The stages with dimension scores, in interview order; the one shown stays."""
        shown = self.dimension_stage.currentData()
        found = {stage for session in self._dimensions for stage in session}
        stages = [s for s in (*STAGE_ORDER, "") if s in found]
        names = stage_names()
        self.dimension_stage.blockSignals(True)
        self.dimension_stage.clear()
        for stage in stages:
            self.dimension_stage.addItem(names.get(stage, stage) or "—", stage)
        self.dimension_stage.setCurrentIndex(max(0, self.dimension_stage.findData(shown)))
        self.dimension_stage.blockSignals(False)
        self.dimension_stage.setVisible(bool(stages))

    def _show_dimensions(self) -> None:
        stage = self.dimension_stage.currentData()
        if stage is None:
            return
        points = [
            {dimension_label(k): v for k, v in session.get(stage, {}).items()}
            for session in self._dimensions
        ]
        dimensions = self.tr("Rubric dimensions (1-5)")
        self._add_chart(f"{self.dimension_stage.currentText()} · {dimensions}", points, (1, 5), 1)

    def _on_dimension_stage(self) -> None:
        if len(self.chart_views) > 1:
            self._remove_chart(1)
            self.chart_views.pop()
        if self.chart_views:  # sessions are shown
            self._show_dimensions()

    def _add_chart(
        self, title: str, points: list[dict[str, float]], span: tuple[int, int], column: int
    ) -> None:
        from PySide6.QtCharts import QChart, QChartView, QLineSeries

        c = current_colors()
        chart = QChart()
        chart.setTitle(title)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().hide()  # Qt's cut names to "Results with nu…" (and to "取…" at 760 px)
        chart.setTitleBrush(_brush(c["text"]))
        axis_x, axis_y = _session_axis(len(points)), _score_axis(span)
        axis_x.setTitleText(self.tr("Session"))
        for axis in (axis_x, axis_y):
            axis.setLabelsColor(_color(c["muted"]))
            axis.setTitleBrush(_brush(c["muted"]))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        view = QChartView(chart)
        for number, (name, dots) in enumerate(place_dots(points, span).items()):
            series = QLineSeries()
            series.setName(name)
            series.setPen(_series_pen(number))
            series.setPointsVisible(True)
            series.setMarkerSize(8)
            for dot in dots:
                series.append(dot.x, dot.value)
            series.hovered.connect(partial(self._on_dot_hovered, view, dots))
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(240)
        self.charts.addWidget(view, 1, column)
        self.chart_views.append(view)
        self.legends[column] = legend = legend_label([s.name() for s in chart.series()])
        self.charts.addWidget(legend, 2, column)
        self.charts.setColumnStretch(1, int(1 in self.legends))

    def _remove_chart(self, column: int) -> None:
        for widget in (self.chart_views[column], self.legends.pop(column, None)):
            if widget is not None:
                self.charts.removeWidget(widget)
                widget.deleteLater()
        self.charts.setColumnStretch(1, int(1 in self.legends))

    def _on_dot_hovered(self, view: Any, dots: list[Any], point: Any, state: bool) -> None:
        """The hovered dot's session and score, and every series drawn with it (Qt reports
        hovering the line too: midway between two sessions nothing is shown)."""
        dot = min(dots, key=lambda d: abs(d.x - point.x()), default=None)
        if not state or dot is None or abs(dot.x - point.x()) > 0.3:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), dot_note(dot), view)

    def _show_weak(self, topic_scores: dict[tuple[str, str], float]) -> None:
        from agent import is_stage_name

        self.weak_list.clear()
        names = stage_names()
        weakest = sorted(topic_scores.items(), key=lambda kv: kv[1])[:WEAKEST]
        for (stage, topic), score in weakest:
            shown = f"{score:5.0f}   {topic_label(topic, stage)}"
            if not is_stage_name(topic, stage):  # not "自我介绍 （自我介绍）"
                shown += f"   ({names.get(stage, stage)})"
            item = QListWidgetItem(shown)
            item.setData(TOPIC_ROLE, topic)  # as stored: the practice focus matches it
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.weak_list.addItem(item)
        self.practise_button.setEnabled(bool(weakest))

    def weak_topics(self) -> list[str]:
        items = (self.weak_list.item(i) for i in range(self.weak_list.count()))
        return [i.data(TOPIC_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _on_practise(self) -> None:
        topics = self.weak_topics()
        if topics:
            self.practise_requested.emit(topics)


def legend_label(names: list[str]) -> QLabel:
    """A chart's legend that wraps instead of cutting names: each series' colour (dashed
    past the twelfth, as its line is) and its whole name, a name never broken inside."""
    entries = []
    for number, name in enumerate(_unbroken(n) for n in names):
        mark = "■" if number < len(SERIES_COLORS) else "▬ ▬"
        color = SERIES_COLORS[number % len(SERIES_COLORS)]
        entries.append(
            f"<span style='white-space:nowrap'><span style='color:{color}'>{mark}</span>"
            f"&nbsp;{html.escape(name).replace(' ', '&nbsp;')}</span>"
        )
    label = QLabel(" &nbsp; ".join(entries))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return label


def _unbroken(name: str) -> str:
    """Chinese may break between any two characters ("结果与 / 数据"), English after a
    hyphen ("Project deep- / dive"): word joiners keep a name on one line (its spaces are
    made non-breaking by the caller)."""
    if any(ch >= "\u2e80" for ch in name):
        return "\u2060".join(name)
    return name.replace("-", "-\u2060")


def _session_axis(sessions: int) -> Any:
    """Sessions 1..n with half a session to spare on each side, so the first and last
    points (the only one, after one session) are drawn whole, not cut at the edge."""
    from PySide6.QtCharts import QValueAxis

    axis = QValueAxis()
    axis.setRange(0.5, max(sessions, 1) + 0.5)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(1)
    axis.setTickInterval(max(1, -(-sessions // 10)))  # at most about ten labels
    axis.setLabelFormat("%d")
    return axis


def _score_axis(span: tuple[int, int]) -> Any:
    """The scale with 4% to spare at both ends: a top or bottom score is drawn whole."""
    from PySide6.QtCharts import QValueAxis

    low, high = span
    spare = (high - low) * 0.04
    axis = QValueAxis()
    axis.setRange(low - spare, high + spare)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(low)
    axis.setTickInterval((high - low) / 4 if high - low > 4 else 1)
    axis.setLabelFormat("%d")
    return axis


def _series_pen(number: int) -> Any:
    from PySide6.QtGui import QPen

    pen = QPen(_color(SERIES_COLORS[number % len(SERIES_COLORS)]))
    pen.setWidthF(2.0)
    if number >= len(SERIES_COLORS):
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _color(hex_color: str) -> Any:
    from PySide6.QtGui import QColor

    return QColor(hex_color)


def _brush(hex_color: str) -> Any:
    from PySide6.QtGui import QBrush

    return QBrush(_color(hex_color))
