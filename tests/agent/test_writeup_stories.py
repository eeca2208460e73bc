"""A deep-dive question on one claim is answered, measured and followed up on that claim's
story: not on the write-up's other stories, nor on the scene the question itself quoted."""

from __future__ import annotations

from pathlib import Path

from interview_fixtures import MemoryRetriever, drive, make_interviewer, of_type

from agent import InterviewOptions
from agent._planning import _project_topics
from knowledge import Citation, Project, parse_note

# two stories under one company, as candidates keep them (fresh text, not from the notes)
TWO_STORIES = "\n\n".join(
    [
        "◎ **问题背景：**运营同学每周手工整理竞品价格表，耗时半天，还经常漏掉新上架的商品。",
        "**实习描述：**我写了一个定时爬虫加规则清洗的流水线，每天凌晨抓取五个竞品站点，"
        "用 SimHash 去掉重复商品，再把价格变化推送到飞书群，整理时间从半天降到十分钟。",
        "◎ **问题背景：**推荐模型的点击率在大促期间明显下降，离线 AUC 却没有变化。",
        "**实习描述：**我排查后发现训练样本里大促期间的曝光日志缺失，补齐日志后重新训练，"
        "又加了实时特征，大促期间点击率回升了 6%。",
    ]
)
SECOND_STORY_WORDS = ("点击率", "AUC", "大促", "曝光日志", "实时特征")


def _company() -> Project:
    cite = Citation(source="/notes/intern.md", line_start=1, line_end=7)
    return Project(id="p-shop", name="电商实习", description=TWO_STORIES, citation=cite)


def test_a_question_on_one_story_is_measured_on_that_story_only() -> None:
    first = _project_topics([_company()])[0]
    assert "竞品价格表" in first.seed
    texts = [p.text for p in first.key_points]
    assert any("爬虫" in t for t in texts), texts
    assert not any(w in t for t in texts for w in SECOND_STORY_WORDS), texts
    # one story alone is the whole write-up: nothing left out
    lone = Project(id="p-one", name="x", description=TWO_STORIES.split("\n\n◎")[0],
                   citation=_company().citation)  # fmt: skip
    assert any("爬虫" in p.text for p in _project_topics([lone])[0].key_points)


def test_the_card_and_follow_ups_stay_on_the_story_asked_about(mianba_home: Path) -> None:
    """After a Text2SQL answer the card listed points of the company's other stories as
    "missed" and a follow-up asked one as if it had been mentioned ("能再说说第一层是计算
    完数据质量分数之后吗？")."""
    iv = make_interviewer(mianba_home, MemoryRetriever([], [_company()]), max_follow_ups=2)
    sid = iv.start(InterviewOptions(stages=["project"], minutes=30, language="zh"))
    events = drive(iv, sid, ["这个是我做的，主要就是把表格自动化了。", "不太清楚。", "不记得了。"])
    turns = iv.store.turns(sid)
    iv.close()
    asked = of_type(events, "question_asked")
    assert "竞品价格表" in asked[0].text and asked[1].is_follow_up
    main = turns[0]
    assert main.score is not None
    shown = [k.point for k in main.score.key_points] + list(main.missed)
    assert shown and not any(w in t for t in shown for w in SECOND_STORY_WORDS), shown
    for q in asked[1:3]:
        assert not any(w in q.text for w in SECOND_STORY_WORDS), q.text


NOTE = """# 项目经历

## 项目一：客服工单自动分派（云杉科技 · 实习）

### 背景

客服每天收到约 3 万张工单，人工分派到 40 个处理组，平均要等 2 小时才有人接手，用户经常投诉"没人管"。

### 我的角色

我负责分类模型和上线：标注规范、模型训练、灰度发布。

### 方法与结果

- 用 8 万张历史工单微调 BERT 做 40 类分类，低置信度的工单仍交给人工。
- 自动分派覆盖 72% 的工单，准确率 94%，平均等待时间从 2 小时降到 15 分钟。
"""


def test_the_scene_a_question_quotes_is_not_asked_back_as_a_deed(tmp_path: Path) -> None:
    """ "关于员工常问“报销流程”之类的问题，当时你具体负责什么、是怎么做的？" asked the
    candidate what they did about the scene the question itself had quoted."""
    note = parse_note(NOTE, str(tmp_path / "projects.md"))
    project = note.projects[0]
    assert "背景：" in project.description  # what each paragraph is stays in the write-up
    first = _project_topics([project])[0]
    assert "3 万张工单" in first.seed
    texts = [p.text for p in first.key_points]
    assert not any("没人管" in t or "等 2 小时" in t for t in texts), texts
    assert any("BERT" in t for t in texts) and any("我负责" in t for t in texts), texts
