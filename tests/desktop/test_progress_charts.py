"""The progress charts: a single session's points drawn whole, one colour per series, each
stage's rubric dimensions on their own."""

from __future__ import annotations

from agent.report import Report
from desktop._progress_panel import ProgressPanel

DIMENSIONS = [f"dimension_{i}" for i in range(11)]


def _panel(qtbot, sessions: int) -> ProgressPanel:
    reports = [
        Report(
            session_id=f"s{i}",
            overall=100.0,
            by_stage={"fundamentals": 100.0, "project": 0.0},
            by_dimension={name: 1 + (n + i) % 5 for n, name in enumerate(DIMENSIONS)},
        )
        for i in range(sessions)
    ]
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.show_progress(reports, {})
    return panel


def _axes(view):
    from PySide6.QtCore import Qt

    chart = view.chart()
    return chart.axes(Qt.Orientation.Horizontal)[0], chart.axes(Qt.Orientation.Vertical)[0]


def test_one_sessions_points_sit_inside_the_plot(qtbot) -> None:
    panel = _panel(qtbot, 1)
    stage_view, dimension_view = panel.chart_views
    x, y = _axes(stage_view)
    assert x.min() < 1 < x.max()  # the only session is not on the plot's edge
    assert y.min() < 0 and y.max() > 100  # nor are scores of 0 and 100
    x, y = _axes(dimension_view)
    assert x.min() < 1 < x.max() and y.min() < 1 and y.max() > 5


def test_eleven_series_get_eleven_colours(qtbot) -> None:
    panel = _panel(qtbot, 3)
    series = panel.chart_views[1].chart().series()
    assert len(series) == len(DIMENSIONS)
    assert len({s.pen().color().name() for s in series}) == len(DIMENSIONS)


def _series(view) -> dict[str, list[tuple[float, float]]]:
    return {s.name(): [(p.x(), p.y()) for p in s.points()] for s in view.chart().series()}


def test_dimensions_are_drawn_one_stage_at_a_time(qtbot) -> None:
    from desktop._dimensions import dimension_label
    from desktop._stages import stage_names

    fundamentals = {"correctness": 4.0, "depth": 3.0}
    project = {"role_contribution": 5.0, "trade_offs": 2.0}
    reports = [  # newest first, as the Review view hands them over
        Report(session_id="s2", overall=70.0, by_dimension={**fundamentals, **project}),
        Report(session_id="s1", overall=60.0, by_dimension=project),
    ]
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.show_progress(reports, {})
    names = stage_names()
    combo = panel.dimension_stage
    assert [combo.itemData(i) for i in range(combo.count())] == ["project", "fundamentals"]
    shown = _series(panel.chart_views[1])
    assert set(shown) == {dimension_label(k) for k in project}
    assert shown[dimension_label("trade_offs")] == [(1.0, 2.0), (2.0, 2.0)]
    assert panel.chart_views[1].chart().title().startswith(names["project"])
    combo.setCurrentIndex(combo.findData("fundamentals"))
    assert len(panel.chart_views) == 2
    shown = _series(panel.chart_views[1])
    assert set(shown) == {dimension_label(k) for k in fundamentals}
    assert shown[dimension_label("correctness")] == [(2.0, 4.0)]  # the second session only
    assert panel.chart_views[1].chart().title().startswith(names["fundamentals"])
    panel.show_progress(reports, {})  # refreshed: the stage picked stays
    assert combo.currentData() == "fundamentals"


def test_a_stage_s_own_topic_is_not_named_twice_in_the_weakest_list(qtbot) -> None:
    """ "46   自我介绍   (自我介绍)": the self-introduction's topic is its stage."""
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    scores = {("self_intro", "Self-introduction"): 46.0, ("fundamentals", "LoRA"): 20.0}
    panel.show_progress([], scores)
    lines = [panel.weak_list.item(i).text() for i in range(panel.weak_list.count())]
    assert lines[0].split() == ["20", "LoRA", "(Fundamentals)"]
    assert lines[1].split() == ["46", "Self-introduction"]


def test_the_session_axis_reads_as_the_count_of_interviews_in_chinese(qtbot) -> None:
    """The x axis of the progress charts said "全程" (the whole time, the session clock's
    word) under the sessions 1, 2, 3."""
    from PySide6.QtWidgets import QApplication

    from desktop._i18n import install_translator

    app = QApplication.instance()
    install_translator(app, "zh")
    try:
        panel = _panel(qtbot, 2)
        x, _y = _axes(panel.chart_views[0])
        assert x.titleText() == "面试场次"
    finally:
        install_translator(app, "en")
