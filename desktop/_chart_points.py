"""Where the progress charts draw their dots, and what a dot's tooltip says.

Scores repeat: three stages at 60 in one session, or most rubric dimensions at 4, drew
their dots (and lines) on one another, so all but the last series vanished. Dots of one
session whose scores lie within a dot's size of each other are set side by side around
the session, in the legend's order (a dodged dot plot), and hovering any of them lists
every series it stands with.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop._tr import tr

STEP = 0.12  # sessions between neighbouring dots: a dot's width at ten sessions
SPREAD = 0.5  # a group stays within half a session: the next session's dots stay clear
NEAR = 0.03  # of the score range: scores closer than this draw overlapping dots


@dataclass(frozen=True)
class Dot:
    session: int  # 1 = the first session shown
    value: float
    x: float  # where it is drawn: the session, moved aside when it shares its place
    group: tuple[tuple[str, float], ...]  # every (series, score) drawn at this place


def place_dots(points: list[dict[str, float]], span: tuple[float, float]) -> dict[str, list[Dot]]:
    """Each series' dots, by series name; `points[i]` holds session i+1's scores."""
    names = sorted({name for point in points for name in point})  # the legend's order
    near = (span[1] - span[0]) * NEAR
    placed: dict[str, list[Dot]] = {name: [] for name in names}
    for session, point in enumerate(points, start=1):
        for group in _groups(point, near):
            members = tuple((name, point[name]) for name in group)
            for index, name in enumerate(group):
                x = session + _offset(index, len(group))
                placed[name].append(Dot(session, point[name], x, members))
    return placed


def _groups(point: dict[str, float], near: float) -> list[list[str]]:
    """The session's series in runs of scores each within `near` of the next; each run in
    the legend's order, so colours keep their left-to-right place from session to session."""
    runs: list[list[str]] = []
    for name in sorted(point, key=lambda n: (point[n], n)):
        if runs and point[name] - point[runs[-1][-1]] <= near:
            runs[-1].append(name)
        else:
            runs.append([name])
    return [sorted(run) for run in runs]


def _offset(index: int, size: int) -> float:
    if size == 1:
        return 0.0
    step = min(STEP, SPREAD / (size - 1))
    return (index - (size - 1) / 2) * step


def dot_note(dot: Dot) -> str:
    """The tooltip: the session and its score, then each series drawn there."""
    scores = {value for _name, value in dot.group}
    if len(scores) == 1:
        head = tr("Session %1 · %2").replace("%2", _score(dot.value))
        lines = [name for name, _value in dot.group]
    else:  # near, not equal: each series says its own score
        head = tr("Session %1")
        lines = [f"{name} · {_score(value)}" for name, value in dot.group]
    return "\n".join([head.replace("%1", str(dot.session)), *lines])


def _score(value: float) -> str:
    return f"{round(value, 1):g}"
