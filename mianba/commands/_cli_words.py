"""What `mianba interview` and `mianba sessions show` say around a session, in its language.

One table of `Words(en, zh)` (agent's bilingual shape): a zh session reads Chinese from its
first line to its report, an en session English. Score labels, stage, dimension and topic
names come from agent's labels, so the terminal names them as the app and exports do.
"""

from __future__ import annotations

from agent import OPTION_LABELS, Words, label_of

WORDS: dict[str, Words] = {
    "offline": Words(
        "offline mode: questions from your notes, scores are offline estimates",
        "离线模式：问题来自你的笔记，分数为离线估计",
    ),
    "demo_notes": Words(
        "Your notes store is empty: importing the bundled demo notes ({path}).",
        "笔记库是空的：先导入自带的示例笔记（{path}）。",
    ),
    "session": Words(
        "Session {id}: {mode} mode, {minutes} minutes, {language}",
        "会话 {id}：{mode}，{minutes} 分钟，{language}",
    ),
    "resuming": Words(
        "Resuming session {id} ({answered} answered so far)",
        "继续会话 {id}（已回答 {answered} 题）",
    ),
    "prompt": Words("Your answer> ", "你的回答> "),
    "blank": Words(
        "(empty answer - press Enter again to end the interview)",
        "（空回答——再按一次回车结束面试）",
    ),
    "sent": Words("(sent answer for {turn})", "（已提交 {turn} 的回答）"),
    "ending": Words(
        "Ending the interview here; scoring what you answered.",
        "面试到此结束，正在为已回答的问题评分。",
    ),
    "interrupted": Words(
        "Interrupted. Your answers so far are saved: mianba interview --resume {id}",
        "已中断。已回答的内容都已保存：mianba interview --resume {id}",
    ),
    "stopped": Words(
        "The interview stopped unexpectedly; resume it with --resume.",
        "面试意外中断，可用 --resume 继续。",
    ),
    "saved": Words(
        "Saved as session {id}: `mianba sessions export {id} --format md`",
        "已保存为会话 {id}：`mianba sessions export {id} --format md`",
    ),
    "asks": Words("[{turn}] Interviewer: ", "[{turn}] 面试官："),
    "revised": Words("[{turn}] Interviewer (revised): ", "[{turn}] 面试官（改写）："),
    "feedback": Words("  -- feedback on {turn}: {score}", "  -- {turn} 的反馈：{score}"),
    "missed": Words("     {label}: {point}", "     {label}：{point}"),  # a point not made
    "aside": Words("{text} ({aside})", "{text}（{aside}）"),
    "aside_inner": Words("{text}, {aside}", "{text}，{aside}"),  # already inside brackets
    "entry": Words("{name}: {value}", "{name}：{value}"),
    "no_score": Words("no score", "没有分数"),
    "report": Words("==== Interview report ====", "==== 面试报告 ===="),
    "overall": Words(
        "Overall: {overall}   answered: {answered}, scored: {scored}",
        "总分：{overall}　已回答 {answered} 题，已评分 {scored} 题",
    ),
    "failed": Words(
        "{failed} answer{s}: scoring failed - retry from the app or the review screen",
        "{failed} 个回答评分失败：可在应用的面试或回顾页面重试",
    ),
    "dimensions": Words(
        "Dimensions (1-5), each on its stage's answers:", "各维度（1-5 分，按所属阶段的回答计）："
    ),
    "other_stage": Words("Other", "其他"),
    "strengths": Words("Strengths: ", "优势："),
    "list_separator": Words(", ", "、"),
    "rough_in_stage": Words("{value}; incl. {n}", "{value}；含 {n}"),  # n: 2 rough estimates
    "left_out": Words("{value}, leaving out {n}", "{value}，未计入 {n}"),
    "weak": Words("Weakest topics - review these notes:", "最薄弱的话题——复习这些笔记："),
    # ... when no weak topic cites the notes (an interview with none): nothing to review there
    "weak_bare": Words("Weakest topics:", "最薄弱的话题："),
    "repractise": Words("Worth practising again:", "值得再练一遍："),
    "header": Words("Session {id}  {began} - {ended}", "会话 {id}  {began} - {ended}"),
    "shown": Words("{mode} mode, {language}, {style}", "{mode}，{language}，风格：{style}"),
    "question": Words("Q: {text}", "问：{text}"),
    "answer": Words("A: {text}", "答：{text}"),
    "no_answer": Words("(no answer)", "（未回答）"),
    # `mianba score` (in the interview language of the settings, as the scorer writes)
    "score_line": Words("Score: {overall}  ({label})", "得分：{overall}（{label}）"),
    "score_dimensions": Words("Dimensions:", "各维度："),
    "score_points": Words("Key points from your notes:", "笔记中的要点："),
    "score_better": Words("A better answer, from your notes:", "更好的回答（来自你的笔记）："),
    "score_references": Words("References:", "参考："),
}


def counted(count: int, noun: str, plural: str = "") -> str:
    """ "1 file", "4 files", "0 questions": English words for the commands that speak only
    English (ingest, search); a session's own words are in WORDS above."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def option(value: str, language: str) -> str:
    """A session's mode, style or language ("practice", "zh") as the reader names it."""
    return label_of(OPTION_LABELS, value, language)


def said(key: str, language: str, /, **values: object) -> str:
    """The words for `key` in the session's language, with `values` filled in."""
    text = WORDS[key].said_in(language)
    return text.format(**values) if values else text
