"""A project written up in STAR parts: the parts are the write-up, never its name.

"**Action.**" alone on its line became the project ("In your notes on your time at
"Action.", you wrote…"), its situation, task and results table were lost, and the
follow-up Q&A under the write-up were asked as behavioral questions.
"""

from __future__ import annotations

from knowledge import parse_note

# written for this test
NOTE = """# Project write-up: Invoice field extraction (STAR)

**Situation.** Finance keyed 40,000 scanned invoices a month by hand.

**Task.** I owned the extraction model for totals, dates and vendor names.

**Action.**
- Fine-tuned a layout-aware encoder on 6,500 labelled invoices.
- Added a rule check that totals equal the sum of line items.

**Result.**

| metric | before | after |
|---|---|---|
| field accuracy | 0.78 | 0.95 |
| minutes per invoice | 3.0 | 0.4 |

## Q: Why a layout-aware encoder?
Plain text lost which number sat next to which label; the layout kept it.
"""


def test_a_star_write_up_is_named_by_its_title_and_keeps_every_part() -> None:
    parsed = parse_note(NOTE, "/notes/invoices.md")
    (project,) = parsed.projects
    assert project.name == "Invoice field extraction"
    for part in ("40,000 scanned invoices", "I owned the extraction model", "0.95"):
        assert part in project.description, project.description


def test_the_questions_under_a_write_up_are_about_the_project() -> None:
    parsed = parse_note(NOTE, "/notes/invoices.md")
    asked = {q.question: q.stage for q in parsed.questions}
    assert asked.get("Why a layout-aware encoder?") == "project", asked


def test_a_project_deep_dive_heading_names_a_project() -> None:
    """ "## Project deep dive: the cross-encoder cascade (STAR)" in a résumé-style note was no
    project: the project stage fell back to a general question with no reference."""
    text = (
        "## Project deep dive: the reranking cascade (STAR)\n\n"
        "**S** — Relevance had plateaued for three quarters.\n\n"
        "**T** — Lift long-tail relevance within the latency budget.\n\n"
        "**A** — I added a cross-encoder as a second stage on the top 50.\n\n"
        "**R** — NDCG@10 went from 0.41 to 0.45.\n"
    )
    parsed = parse_note(text, "/notes/resume.md")
    assert [p.name for p in parsed.projects] == ["the reranking cascade"]
    zh = parse_note("## 项目深挖：召回重排\n\n背景：点击率低。\n\n结果：点击率提升 3%。\n", "/n.md")
    assert [p.name for p in zh.projects] == ["召回重排"]


def test_a_project_labelled_with_its_format_before_the_colon_is_a_project() -> None:
    # "## Project (STAR): Reranker distillation" was neither a project nor a story: the
    # interview never asked about it
    text = (
        "## Project (STAR): Reranker distillation\n\n"
        "**Situation:** The 7B reranker was too slow for online search: 450 ms per query.\n"
        "**Task:** Bring latency under 60 ms without losing more than 1 point of NDCG@10.\n"
        "**Action:** I trained a 300M cross-encoder on soft labels from the 7B teacher.\n"
        "**Result:** NDCG@10 0.512 -> 0.506, latency 450 ms -> 38 ms.\n"
    )
    note = parse_note(text, "notes.md")
    assert [p.name for p in note.projects] == ["Reranker distillation"]
