"""Behavioral stories written under a heading become behavioral questions in the bank."""

from __future__ import annotations

from knowledge import ParsedNote, Question, parse_note

ZH_STORY = """# 面试准备

## 项目：企业客服 RAG 系统重构
**背景**：原系统用 BM25 + 规则，答非所问多，投诉率 7.5%。
**我的角色**：项目 owner，负责检索和重排。
- 结果：accuracy 62% → 81%，投诉率 7.5% → 3.1%

## 行为面试故事：和产品经理的分歧
**情境**：上线前两周，PM 要求加一个多轮对话记忆功能。
**任务**：我评估后觉得会让延迟超标。
**行动**：我用 200 条多轮样本做了实验，拿数据和 PM 对齐，提议先上单轮。
**结果**：PM 同意，按时上线。
**反思**：分歧时先拿数据说话。
"""


def _behavioral(parsed: ParsedNote) -> list[Question]:
    return [q for q in parsed.questions if q.stage == "behavioral"]


def test_a_star_story_under_a_heading_is_asked_by_its_title() -> None:
    parsed = parse_note(ZH_STORY, "/notes/prep.md")
    (story,) = _behavioral(parsed)
    assert story.question == "讲一次你和产品经理产生分歧的经历，你是怎么处理的？"
    assert story.answer.startswith("**情境**：上线前两周")
    assert story.answer.endswith("分歧时先拿数据说话。")
    assert (story.citation.line_start, story.citation.line_end) == (9, 13)
    assert story.citation.heading_path[-1] == "行为面试故事：和产品经理的分歧"
    # the story is no project, and the project write-up (背景/结果, no action) no story
    assert [p.name for p in parsed.projects] == ["企业客服 RAG 系统重构"]


def test_a_title_with_no_conflict_in_it_is_asked_about_by_name() -> None:
    note = (
        "## 一次线上事故\n背景：周五晚上检索服务超时，负责的同事不在。\n"
        "经过：我先回滚版本，再查日志，上线了限流。\n结果：半小时恢复，写了复盘。\n"
    )
    (story,) = _behavioral(parse_note(note, "/notes/incident.md"))
    asked = "讲讲「一次线上事故」这段经历：当时是什么情况、你是怎么做的、结果如何？"
    assert story.question == asked
    assert story.answer.startswith("背景：周五晚上")


def test_an_english_story_is_asked_in_english() -> None:
    note = (
        "## Story: Disagreement with my tech lead\n"
        "- Situation: we had two weeks before launch and the lead wanted a rewrite.\n"
        "- Task: I had to ship the search feature on time.\n"
        "- Action: I ran a benchmark and showed the rewrite would not pay off yet.\n"
        "- Result: we shipped on time and did the rewrite next quarter.\n"
    )
    (story,) = _behavioral(parse_note(note, "/notes/stories.md"))
    assert story.question == (
        "Tell me about a time you had a disagreement with your tech lead. How did you handle it?"
    )
    assert story.citation.line_start == 2


def test_a_project_write_up_with_background_and_results_is_no_story() -> None:
    note = (
        "## 项目经历\n### 智能客服\n背景：客服问答答非所问。\n方法：hybrid 检索 + 重排。\n"
        "结果：准确率从 62% 提升到 81%。\n"
    )
    parsed = parse_note(note, "/notes/projects.md")
    assert _behavioral(parsed) == []
    assert [p.name for p in parsed.projects] == ["智能客服"]


def test_a_story_whose_heading_names_no_kind_is_no_project() -> None:
    # "负责", "上线" twice read like a write-up; the labelled action says it is a story
    note = (
        "## 一次线上事故\n背景：周五晚上检索服务超时，负责的同事不在。\n"
        "经过：我先回滚版本，再查日志，上线了限流。\n结果：半小时恢复，写了复盘。\n"
    )
    assert parse_note(note, "/notes/incident.md").projects == []


def test_a_question_asking_for_one_time_is_behavioral_though_it_names_a_project() -> None:
    # "讲一次你推动项目落地遇到阻力的经历" was put in the project stage for its "项目", and the
    # behavioral stage asked generic questions in its place
    text = (
        "## 行为面\n\n### 讲一次你推动项目落地遇到阻力的经历\n"
        "DPO 流程刚搭好时，业务方担心效果不稳定不愿意上线。我先在 5% 流量上做了两周的小流量实验，"
        "胜率稳定在 60% 以上，最后业务方同意全量上线。\n"
    )
    asked = [q for q in parse_note(text, "notes.md").questions if "阻力" in q.question]
    assert [q.stage for q in asked] == ["behavioral"]
