"""A project write-up read as its stories: what a deep-dive question on one claim is about.

Candidates often keep several stories under one company ("◎ 问题背景：… 实习描述：…"
four times under 美团). A question quoting the first story's background is answered
with that story; measured on the write-up's every point, the answer "missed" the other
stories, and a follow-up jumped to one of them as if it had been mentioned ("能再说说
第一层是计算完数据质量分数之后吗？"). A background (scene) paragraph is what the question
quoted, not something the candidate did: it is not probed ("关于员工常问“报销流程”之类
的问题，当时你具体负责什么？").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._quoted import quotes
from agent.keypoints import Point, paragraphs

# the label or heading a story's scene is set under ("问题背景", "### 背景", "Background")
_SCENE = re.compile(r"(?:问题|项目|业务)?背景|background|context|situation", re.IGNORECASE)
_SCENE_LABEL = re.compile(r"^(?:问题|项目|业务)?背景[：:]|^(?:background|situation)\s*:", re.I)
MIN_STORIES = 2


def is_scene(point: Point) -> bool:
    """The point sets a story's scene (under "背景", or labelled so itself)."""
    return bool(_SCENE.fullmatch(point.context.strip()) or _SCENE_LABEL.match(point.text))


def stories(reference: str) -> list[list[Point]]:
    """The write-up's points grouped by story: a new one starts where the same scene label
    is set again ("问题背景" a second time; "背景" then "问题背景" is one project and a
    problem met in it). One story (the whole write-up) unless there are two or more."""
    groups: list[list[Point]] = []
    current: str | None = None  # the scene label of the story being read
    before: str | None = None  # the scene label of the paragraph before
    for paragraph in paragraphs(reference):
        if not paragraph:
            continue
        label = _scene_label(paragraph[0])
        again = label is not None and (current is None or (label == current != before))
        if not groups or again:  # a preamble, or the scene set again: the next story
            groups.append([])
            current = label
        groups[-1].extend(paragraph)
        before = label
    scenes = sum(1 for group in groups if group and is_scene(group[0]))
    if scenes < MIN_STORIES:
        return [[p for group in groups for p in group]]
    return groups


def _scene_label(point: Point) -> str | None:
    if _SCENE.fullmatch(point.context.strip()):
        return point.context.strip().lower()
    own = _SCENE_LABEL.match(point.text)
    return own.group(0).rstrip("：: ").lower() if own else None


def story_of(reference: str, claim: str) -> list[Point]:
    """The points of the story the claim is quoted from (the whole write-up when the claim
    is not found, or there is one story)."""
    found = stories(reference)
    for group in found:
        if any(quotes(claim, p) for p in group):
            return group
    return [p for group in found for p in group]


def scene_quoted(reference: str, claim: str) -> list[Point]:
    """The scene paragraph a question quoted a claim from: the question gave it, the
    candidate is not asked what they did about it. Empty when the claim is no scene."""
    for paragraph in paragraphs(reference):
        if paragraph and is_scene(paragraph[0]) and any(quotes(claim, p) for p in paragraph):
            return list(paragraph)
    return []


def within(points: Sequence[Point], story: Sequence[Point]) -> list[Point]:
    """The points that belong to the story (all of them if none does)."""
    texts = {p.text for p in story}
    return [p for p in points if p.text in texts] or list(points)
