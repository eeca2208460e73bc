"""The one place the interview `StateGraph` is built and compiled.

    START -> plan -> ask -> await_answer -?-> assess -?-> ask ...
                                  \\                \\-> wrap_up -> END
                                   \\-> wrap_up (ended early)

Run it with `stream_mode=["custom", "updates"]` and `durability="sync"`, passing an
`InterviewContext` as `context` and the session id as the thread id (see
agent.interviewer, which does exactly that).
"""

from __future__ import annotations

from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from agent import nodes
from agent.nodes import InterviewContext
from agent.state import InterviewState


def build_graph(
    checkpointer: BaseCheckpointSaver[Any] | None = None,
) -> CompiledStateGraph[InterviewState, InterviewContext, InterviewState, InterviewState]:
    builder = StateGraph(InterviewState, context_schema=InterviewContext)
    builder.add_node("plan", nodes.plan)
    builder.add_node("ask", nodes.ask)
    builder.add_node("await_answer", nodes.await_answer)
    builder.add_node("assess", nodes.assess)
    builder.add_node("wrap_up", nodes.wrap_up)
    builder.add_edge(START, "plan")
    builder.add_edge("plan", "ask")
    builder.add_edge("ask", "await_answer")
    builder.add_conditional_edges("await_answer", nodes.route_after_answer, ["assess", "wrap_up"])
    builder.add_conditional_edges("assess", nodes.route_after_assess, ["ask", "wrap_up"])
    builder.add_edge("wrap_up", END)
    return builder.compile(checkpointer=checkpointer, name="mianba-interviewer")
