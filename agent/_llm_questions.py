"""What the LLM writes as a question: streamed as it comes, and guarded by code.

A question that loops is cut; one that asks nothing, repeats a question already asked,
or (a deep dive) does not name its project is refused or fixed, so the offline question
takes its place.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from agent import policy
from agent._answer_text import terms
from agent._llm_errors import LLMStreamTruncatedError
from agent._llm_json import repeats_itself
from agent.prompts import interviewer as prompts
from agent.state import Language, PlannedTopic

if TYPE_CHECKING:
    from agent.llm import LLMGateway

Emit = Callable[[str], None]


def stream_llm(llm: LLMGateway, messages: list[dict[str, str]], emit: Emit) -> str:
    """The LLM's question, each delta passed on as it arrives. LLMError propagates, and a
    question that starts saying the same words over and over (a small model looping) is
    stopped there as one, so the offline question takes its place."""
    parts: list[str] = []
    with contextlib.closing(llm.stream_chat(messages)) as deltas:  # closing stops the server
        for delta in deltas:
            if delta:
                parts.append(delta)
                emit(delta)
                if repeats_itself("".join(parts)):
                    raise LLMStreamTruncatedError("the question repeats itself", "".join(parts))
    return "".join(parts).strip()


# A question mark, or a request to the candidate (a small model asks "请介绍一下…。" too).
_ASKING = re.compile(
    r"[?？]|请你|请(?:具体|详细|简单)?(?:讲|说|谈|聊|介绍|解释|描述|举|分享|比较|分析)|讲讲|说说|谈谈|聊聊"
    r"|介绍一下|展开|能否|可否|能不能|是否|为什么|为何|怎么|怎样|如何|哪些|哪个|什么"
    r"|^\W*(?:please|tell|describe|explain|walk|talk|share|give|compare|discuss|outline|"
    r"elaborate)\b|\b(?:can|could|would|will) you\b|\b(?:how|why|what|which|when)\b",
    re.IGNORECASE,
)


def asks_something(text: str) -> bool:
    """The text asks the candidate something: a question, or a request to tell or explain."""
    return bool(_ASKING.search(text))


def guard_llm_question(
    text: str, topic: PlannedTopic | None, asked: Sequence[str], language: Language
) -> str | None:
    """The LLM's question if code accepts it, else None (the caller falls back offline)."""
    text = text.strip().strip('"“”')
    if len(terms(text)) < 2:
        return None
    if policy.normalise(text) in {policy.normalise(q) for q in asked}:
        return None
    if not asks_something(text):
        return None  # a statement ("…召回率从 71% 提到 89%。"): the candidate has nothing to answer
    if topic is not None and topic.kind == "project" and topic.topic not in text:
        # a deep-dive question always names the project
        return prompts.NAMING_PROJECT.said_in(language).format(project=topic.topic, question=text)
    return text
