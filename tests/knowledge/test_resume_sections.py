"""A résumé pasted at the top of the notes: section lines in capitals ("WORK EXPERIENCE",
"SKILLS") or bare ("工作经历", "教育背景"), each job an entry line with its dates and its
points listed under it, then the candidate's practice questions.

Read in an offline interview: no job was a project, so the project stage asked "Pick your
most representative project" with no reference answer, and the questions after "SKILLS"
were filed under the topic "SKILLS"; its SUMMARY was no self-introduction. The résumés below
are written for this test.
"""

from __future__ import annotations

from knowledge import parse_note

EN = """JANE ROE — Data Scientist
jane@example.com

SUMMARY
Data scientist with five years in demand forecasting and churn models for retail and banking.

WORK EXPERIENCE

Senior Data Scientist, Freightly (2021 – present)
- Built a demand forecast with LightGBM over lag features; WAPE down from 18% to 12%.
- Backtested on 52 rolling weeks before every release.

Analyst at CityBank (2018 – 2021)
- Churn model with logistic regression; recall at 10% up from 0.31 to 0.44.

SKILLS
Python, SQL, LightGBM

Practice
1. Why use WAPE rather than MAPE for demand?
MAPE explodes on items with near-zero sales; WAPE weights errors by volume.
"""

ZH = """工作经历

2023.06 - 2023.09  美团  算法实习生
- 负责 Text2SQL 微调数据构建，3000 条指令数据
- pass@1 从 0.62 提升到 0.80

2022.07-2022.12 字节跳动 推荐算法实习
- 做了短视频召回的双塔模型，召回率提升 4%

教育背景
北川大学 计算机硕士
"""


def test_each_dated_job_under_work_experience_is_a_project_named_by_its_employer() -> None:
    note = parse_note(EN, "resume.md")
    assert [p.name for p in note.projects] == ["Freightly", "CityBank"]
    assert "WAPE down from 18% to 12%" in note.projects[0].description
    assert "Churn model" not in note.projects[0].description
    asked = [q for q in note.questions if q.stage == "project"]
    assert {q.topic for q in asked} == {"Freightly", "CityBank"}


def test_a_chinese_resume_s_jobs_are_projects_and_its_next_section_ends_the_last() -> None:
    note = parse_note(ZH, "简历.md")
    # the employer names the work, as "我看到你在「美团」的经历里写到" says it; the role and
    # dates of the entry's line are not its name
    assert [p.name for p in note.projects] == ["美团", "字节跳动"]
    assert "北川大学" not in note.projects[1].description


def test_questions_after_a_resume_s_skills_line_keep_their_own_stage_and_topic() -> None:
    note = parse_note(EN, "resume.md")
    question = next(q for q in note.questions if "WAPE" in q.question)
    assert question.stage == "fundamentals"
    assert question.topic.lower() != "skills"


def test_a_resume_s_summary_in_capitals_is_the_self_introduction_and_a_project_s_is_not() -> None:
    note = parse_note(EN, "resume.md")
    intro = [q for q in note.questions if q.stage == "self_intro"]
    assert [q.answer for q in intro] == [
        "Data scientist with five years in demand forecasting and churn models for retail and "
        "banking."
    ]
    write_up = (
        "## Project: Search ranker\n\nLambdaMART over 120 features.\n\n### Summary\nNDCG up 6%.\n"
    )
    assert not [q for q in parse_note(write_up, "p.md").questions if q.stage == "self_intro"]


def test_a_dated_sentence_in_a_write_up_heads_nothing() -> None:
    text = "## 推荐项目\n\n2021 年到 2023 年我一直在做召回。\n- 双塔模型，召回率提升 4%\n"
    note = parse_note(text, "notes.md")
    assert [p.name for p in note.projects] in ([], ["推荐项目"])


# A job's entry written as a Markdown heading or in bold, its dates in the middle: read in an
# interview, the project was "### 美团算法实习生" (the heading's marks and the role kept) and
# "Lumio AI — ML Engineer Intern, , Remote" (the dates' place left between two commas)
MARKED = """# 个人简历

## 实习经历

### 快手 大模型算法实习生 2023.10-2024.02
- 负责奖励模型训练，标注 1.5 万条偏好数据。
- 用拒绝采样提升点击率 4.2%。

## Experience

**Lumio AI — ML Engineer Intern, 2023.01 – 2023.06, Remote**
- Designed an LLM-as-judge evaluation pipeline with 1,200 labelled dialogues.
"""


def test_a_job_entry_marked_as_a_heading_or_in_bold_is_named_by_its_employer() -> None:
    note = parse_note(MARKED, "cv.md")
    assert [p.name for p in note.projects] == ["快手", "Lumio AI"]
    asked = [q.question for q in note.questions if q.stage == "project"]
    assert all("#" not in q and "*" not in q and ", ," not in q for q in asked)
    assert "1.5 万条偏好数据" in note.projects[0].description


def test_under_a_resume_title_only_its_introduction_answers_introduce_yourself() -> None:
    # every section under "# 个人简历" was taken for a self-introduction: the interview had
    # three more "请做一个自我介绍。" whose answers were a job's points and a project
    intro_section = "## 自我介绍\n我叫王思远，研究方向是大模型对齐。\n\n## 实习经历"
    text = MARKED.replace("## 实习经历", intro_section)
    text += (
        "\n## 项目经历\n\n### 多轮对话一致性评测\n"
        "背景：对话模型在多轮中容易前后矛盾，我负责一致性打分器。\n"
    )
    note = parse_note(text, "cv.md")
    intro = [q for q in note.questions if q.stage == "self_intro"]
    assert [q.answer for q in intro] == ["我叫王思远，研究方向是大模型对齐。"]
