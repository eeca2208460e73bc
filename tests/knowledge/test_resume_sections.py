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
    assert [p.name for p in note.projects] == ["美团 算法实习生", "字节跳动推荐算法实习"]
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
