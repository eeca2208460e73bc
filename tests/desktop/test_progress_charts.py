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


def _equal_stages(qtbot) -> ProgressPanel:
    """Three stages scored 60 in the first session: their dots sat on one another."""
    reports = [  # newest first
        Report(session_id="s2", overall=70.0, by_stage={"fundamentals": 70.0, "project": 50.0}),
        Report(
            session_id="s1",
            overall=60.0,
            by_stage={"fundamentals": 60.0, "project": 60.0, "self_intro": 60.0},
        ),
    ]
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.show_progress(reports, {})
    return panel


def test_equal_scores_of_one_session_are_set_side_by_side(qtbot) -> None:
    from desktop._stages import stage_names

    names = stage_names()
    shown = _series(_equal_stages(qtbot).chart_views[0])
    first = [shown[names[s]][0] for s in ("fundamentals", "project", "self_intro")]
    assert len({x for x, _y in first}) == 3  # three dots, none hidden behind another
    assert all(0.6 < x < 1.4 and y == 60.0 for x, y in first)  # still session 1, still 60
    assert [x for x, _y in first] == sorted(x for x, _y in first)  # in the legend's order
    assert shown[names["fundamentals"]][1] == (2.0, 70.0)  # a lone dot stays on its session
    assert shown[names["project"]][1] == (2.0, 50.0)


def test_a_dot_s_tooltip_names_every_series_with_that_score(qtbot) -> None:
    from PySide6.QtWidgets import QToolTip

    from desktop._stages import stage_names

    names = stage_names()
    panel = _equal_stages(qtbot)
    panel.show()
    series = {s.name(): s for s in panel.chart_views[0].chart().series()}
    project = series[names["project"]]
    project.hovered.emit(project.at(0), True)
    assert QToolTip.text().splitlines() == [
        "Session 1 · 60",
        names["fundamentals"],
        names["project"],
        names["self_intro"],
    ]
    project.hovered.emit(project.at(1), True)
    assert QToolTip.text().splitlines() == ["Session 2 · 50", names["project"]]
    project.hovered.emit(project.at(1), False)
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)  # Qt fades it out


def test_a_dot_s_tooltip_in_chinese_counts_the_session(qtbot) -> None:
    from PySide6.QtWidgets import QApplication, QToolTip

    from desktop._i18n import install_translator

    app = QApplication.instance()
    install_translator(app, "zh")
    try:
        panel = _equal_stages(qtbot)
        panel.show()
        series = panel.chart_views[0].chart().series()[0]
        series.hovered.emit(series.at(0), True)
        assert QToolTip.text().splitlines()[0] == "第 1 场 · 60"
    finally:
        install_translator(app, "en")


def test_near_scores_are_set_apart_and_each_says_its_own() -> None:
    from desktop._chart_points import dot_note, place_dots

    dots = place_dots([{"A": 61.0, "B": 62.5, "C": 90.0}], (0, 100))
    assert dots["A"][0].x < dots["B"][0].x and dots["C"][0].x == 1.0
    assert dot_note(dots["B"][0]).splitlines() == ["Session 1", "A · 61", "B · 62.5"]


def test_hovering_the_line_between_sessions_shows_no_tooltip(qtbot) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QToolTip

    panel = _equal_stages(qtbot)
    panel.show()
    series = panel.chart_views[0].chart().series()[0]
    series.hovered.emit(QPointF(1.5, 65.0), True)  # Qt reports the line as hovered too
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)


def test_legends_name_every_series_whole_in_a_narrow_window(qtbot) -> None:
    """At 760 px Qt's legends read "Results with nu…", "Role & contribu…" (in Chinese "取…",
    "技…"): the legend under each chart now wraps its entries and never cuts a name."""
    from PySide6.QtCore import QRect

    from desktop._dimensions import dimension_label

    project = {
        "role_contribution": 2.0,
        "technical_depth": 3.0,
        "results_numbers": 2.0,
        "trade_offs": 1.0,
    }
    reports = [
        Report(session_id="s", overall=40.0, by_stage={"project": 40.0}, by_dimension=project)
    ]
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.resize(530, 600)  # the Review page of a 760 px window
    panel.show()
    panel.show_progress(reports, {})
    qtbot.wait(50)
    for column, view in enumerate(panel.chart_views):
        assert not view.chart().legend().isVisible()
        legend = panel.legends[column]
        names = [s.name() for s in view.chart().series()]
        shown = legend.text().replace("&nbsp;", " ").replace("&amp;", "&").replace("\u2060", "")
        assert all(name in shown for name in names), shown
        assert legend.isVisible() and legend.height() >= legend.heightForWidth(legend.width())
        assert QRect(0, 0, panel.width(), panel.height()).contains(
            legend.geometry().translated(
                legend.parentWidget().mapTo(panel, legend.pos()) - legend.pos()
            )
        )
    assert dimension_label("results_numbers") in [
        s.name() for s in panel.chart_views[1].chart().series()
    ]


def test_a_legend_wraps_between_names_never_inside_one(qtbot) -> None:
    """At 760 px the Chinese legend wrapped "结果与 / 数据", the English one "Project
    deep- / dive": a line may end between two entries only."""
    from PySide6.QtGui import QTextDocument

    from desktop._progress_panel import legend_label

    names = ["取舍与权衡", "技术深度", "结果与数据", "角色与贡献", "Results with numbers"]
    names += ["Project deep-dive", "Self-introduction"]  # "Project deep- / dive" at 760 px
    label = legend_label(names)
    qtbot.addWidget(label)
    for width in range(200, 400, 5):  # a chart column of a 760 px window: ~230 px
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(label.text())
        document.setTextWidth(width)
        document.size()  # laid out now
        block, lines = document.begin(), []
        while block.isValid():
            layout = block.layout()
            for n in range(layout.lineCount()):
                line = layout.lineAt(n)
                lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
            block = block.next()
        shown = [line.replace("\u2060", "").replace("\xa0", " ") for line in lines]
        for name in names:
            assert any(name in line for line in shown), (width, shown)


def test_progress_says_when_its_scores_are_offline_estimates(qtbot) -> None:
    """The charts and weakest topics plotted offline estimates with nothing saying so,
    as if a grader had given them; every other view labels them."""
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.show()

    def report(n: int, basis: str) -> Report:
        dimensions = {"role_contribution": 2.0, "technical_depth": 3.0}
        return Report(
            session_id=f"s{n}",
            overall=50.0,
            by_stage={"project": 50.0},
            by_dimension=dimensions,
            basis=basis,
        )

    panel.resize(530, 600)
    panel.show_progress([report(1, "offline_estimate"), report(2, "offline_estimate")], {})
    assert panel.basis_note.isVisible() and "Offline estimates" in panel.basis_note.text()
    qtbot.wait(20)  # the note wraps in its column: the second chart keeps its half
    stages, dimensions = panel.chart_views
    assert dimensions.width() >= 0.9 * stages.width()
    panel.show_progress([report(1, "llm"), report(2, "mixed"), report(3, "offline_estimate")], {})
    assert panel.basis_note.isVisible()
    assert panel.basis_note.text().startswith("2 of 3 interviews were scored")
    panel.show_progress([report(1, "llm")], {})
    assert not panel.basis_note.isVisible()


def test_a_long_weak_topic_wraps_instead_of_scrolling_sideways(qtbot) -> None:
    """At 760 px a project's name ran on behind a horizontal scroll bar ("(Xinghe Tech ·
    Algo"); it wraps, whole. A lone chart (no dimension scores) keeps the whole width."""
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.resize(530, 600)
    panel.show()
    topic = "Enterprise Knowledge-Base RAG Q&A System (Xinghe Tech · Algorithm Intern)"
    report = Report(session_id="s", overall=40.0, by_stage={"project": 40.0})
    panel.show_progress([report], {("project", topic): 12.0})
    qtbot.wait(20)
    weak = panel.weak_list
    assert weak.horizontalScrollBar().maximum() == 0
    row = weak.visualItemRect(weak.item(0))
    assert row.right() <= weak.viewport().width()
    assert row.height() >= 2 * weak.fontMetrics().height()  # on two lines
    (chart,) = panel.chart_views
    assert chart.width() > 0.8 * panel.width()
