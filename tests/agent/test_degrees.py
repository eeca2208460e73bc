"""Degrees told at the wrong school (agent._degrees): the notes' "B.Tech, IIT Madras ->
MS, CMU" against an answer's "a bachelor's at CMU", in English and Chinese; a right telling,
or one naming both schools in one clause, is no contradiction."""

from __future__ import annotations

from agent._coverage import measure
from agent._degrees import misplaced_degrees
from agent.keypoints import Point

EN = "Priya; B.Tech Mech Eng, IIT Madras 2014 -> MS Robotics, CMU 2016"
ZH = "周雨桐｜北邮 通信工程 本科 2015 → 中科院声学所 信号与信息处理 硕士 2018"


def test_a_degree_at_the_other_school_contradicts():
    wrong = "I did my bachelor's in computer science at CMU and then a PhD at IIT Madras."
    assert misplaced_degrees([Point(text=EN)], [wrong])
    zh_wrong = "本科在中科院声学所读的声学，硕士去北邮读的通信工程。"
    assert misplaced_degrees([Point(text=ZH)], [zh_wrong])
    status = measure([Point(text=ZH)], zh_wrong, "简单介绍一下你自己").statuses[0]
    assert status == "contradicted"


def test_the_degrees_told_right_or_side_by_side_are_no_contradiction():
    right = "I did a B.Tech in mechanical engineering at IIT Madras, then an MS in robotics at CMU."
    assert misplaced_degrees([Point(text=EN)], [right]) == []
    assert misplaced_degrees([Point(text=EN)], ["After IIT Madras I did my master's at CMU."]) == []
    zh_right = "本科在北京邮电大学读通信工程，之后去中科院声学所读了信号与信息处理的硕士。"
    assert misplaced_degrees([Point(text=ZH)], [zh_right]) == []


def test_degrees_in_points_of_their_own_are_read_together():
    points = [Point(text="Priya Raman; B.Tech EE, IIT Madras (2012)")]
    points.append(Point(text="MS Language Technologies, CMU (2014)"))
    wrong = "I did my undergrad at CMU and then a PhD in speech processing at IIT Madras."
    assert {i for i, _ in misplaced_degrees(points, [wrong])} == {0, 1}
    one = [Point(text="B.Tech EE, IIT Madras (2012)")]  # one degree: nothing to misplace
    assert misplaced_degrees(one, ["I did my master's at IIT Madras."]) == []
