"""Whether an LLM grades well enough to be believed: an exam of answers of known quality.

    check = take_exam(scorer, language="zh")        # scorer built with the LLM gateway
    remember(home / "grader_checks.json", check)
    trusted = passed(home / "grader_checks.json", base_url, model, "zh") is not None

A grader's rubric reply is held near the offline estimate (agent._llm_bounds) because
the graders measurable here are weak: the 0.5B test model gives a padded answer 4/5. A
grader that orders the exam's answers (agent._grader_exam: strong > partial > wrong and
off-topic, on every question) and gives no wrong or off-topic answer a passing overall
has shown it can read answers; its scores then count for most of the overall
(`ScoringConfig.grader_trusted`). A check belongs to one endpoint, model, language and
exam version: a new model must take the exam again.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from agent._grader_exam import EXAM_VERSION, ExamQuestion, exam
from agent._llm_errors import LLMError, LLMOutputError, LLMStreamTruncatedError
from agent._words import Words
from agent.config import ScoringConfig
from agent.scoring import Scorer
from knowledge import Citation, Question

log = logging.getLogger(__name__)

WRONG_CEILING = 50.0  # a grader giving a wrong or off-topic answer more than this fails
KINDS = ("strong", "partial", "wrong", "off_topic")


@dataclass(frozen=True)
class GraderCheck:
    base_url: str
    model: str
    language: str
    ordered: int  # exam questions whose answers the grader scored in their known order
    total: int
    worst_wrong: float  # the highest overall it gave a wrong or off-topic answer
    failed: int  # answers it could not score (no valid reply)
    checked_at: str  # ISO date and time
    exam: str = EXAM_VERSION

    @property
    def passed(self) -> bool:
        return self.failed == 0 and self.ordered == self.total and self.worst_wrong <= WRONG_CEILING


def describe(check: GraderCheck, language: str, scoring: ScoringConfig | None = None) -> str:
    """What the check found and what it means for scores, in the interview's language."""
    scoring = scoring or ScoringConfig()
    said = _PASSED if check.passed else _FAILED
    text = said.said_in(language).format(
        ordered=check.ordered,
        total=check.total,
        worst=check.worst_wrong,
        share=scoring.trusted_rubric_share,
        band=scoring.llm_offline_band,
    )
    if check.failed:
        s = "" if check.failed == 1 else "s"
        text += _UNSCORED.said_in(language).format(failed=check.failed, s=s)
    return text


_PASSED = Words(
    "Passed the grader check: it ordered {ordered}/{total} exam questions' answers right and "
    "gave a wrong or off-topic answer at most {worst:.0f}. Its scores now count for "
    "{share:.0%} of each overall.",
    "通过评分校验：{ordered}/{total} 道题的回答排序正确，错误或跑题回答最高 {worst:.0f} 分。"
    "此后每题总分以它的评分为主（占 {share:.0%}）。",
)
_FAILED = Words(
    "Did not pass the grader check: it ordered {ordered}/{total} exam questions' answers "
    "right and gave a wrong or off-topic answer up to {worst:.0f}. Its scores stay within "
    "{band:.0f} of the offline estimate.",
    "未通过评分校验：{ordered}/{total} 道题的回答排序正确，错误或跑题回答最高 {worst:.0f} 分。"
    "它的评分仍限制在离线估计上下 {band:.0f} 分以内。",
)
_UNSCORED = Words(
    " {failed} answer{s} could not be scored (see the log).",
    "另有 {failed} 个回答未能评分（详见日志）。",
)


def take_exam(
    scorer: Scorer,
    *,
    language: str,
    limit: int | None = None,
    on_answer: Callable[[int, int], None] | None = None,
) -> GraderCheck:
    """Score the exam's answers with the scorer's LLM (`limit`: its first questions only);
    `on_answer(done, total)` after each. An answer the model gives no valid reply to counts
    as failed; an endpoint that fails (see `_grader_failed`) ends the exam: the error is
    raised and there is no check."""
    questions = exam(language)[:limit]
    total, done = len(questions) * len(KINDS), 0
    ordered, failed, worst = 0, 0, 0.0
    for n, item in enumerate(questions):
        scores: dict[str, float] = {}
        for kind in KINDS:
            try:
                scores[kind] = scorer.rubric_only(
                    item.question, getattr(item, kind), item.stage, exam_reference(item, n)
                )
            except LLMError as exc:
                if not _grader_failed(exc):
                    raise
                log.warning("grader check: %s answer not scored: %s", kind, exc)
                failed += 1
            done += 1
            if on_answer:
                on_answer(done, total)
        ordered += _in_order(scores)
        worst = max([worst, *(scores.get(k, 0.0) for k in ("wrong", "off_topic"))])
    llm = scorer.config.llm
    return GraderCheck(
        base_url=llm.base_url or "",
        model=llm.model,
        language=language,
        ordered=ordered,
        total=len(questions),
        worst_wrong=worst,
        failed=failed,
        checked_at=datetime.now().isoformat(timespec="seconds"),
    )


def _grader_failed(exc: LLMError) -> bool:
    """The model's own failure: no reply in the rubric's form, even after a repair request,
    or a reply running past its length. Anything else (the endpoint unreachable, refusing
    the key or the request, timing out, rate-limiting or failing after the gateway's
    retries, a stream broken off) says nothing of how the model grades, and a "did not
    pass" kept for it would hold a good model's scores down until the exam is taken again."""
    if isinstance(exc, LLMStreamTruncatedError):
        return exc.reason != "broken"
    return isinstance(exc, LLMOutputError)


def _in_order(scores: dict[str, float]) -> bool:
    if len(scores) < len(KINDS):
        return False
    return scores["strong"] > scores["partial"] > max(scores["wrong"], scores["off_topic"])


def exam_reference(item: ExamQuestion, n: int) -> Question:
    """The exam question's notes as the reference its answers are scored against."""
    cite = Citation(source="grader exam", line_start=1, line_end=len(item.notes.splitlines()))
    return Question(
        id=f"exam-{n}",
        question=item.question,
        answer=item.notes,
        stage=item.stage,
        topic=item.question,
        citation=cite,
    )


def _key(base_url: str, model: str, language: str) -> str:
    return f"{base_url.rstrip('/')}|{model}|{language}"


def remember(path: Path, check: GraderCheck) -> None:
    """Keep the check (the latest per endpoint, model and language)."""
    checks = _load(path)
    checks[_key(check.base_url, check.model, check.language)] = asdict(check)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(checks, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)


def latest(path: Path, base_url: str, model: str, language: str) -> GraderCheck | None:
    """The last check of this endpoint, model and language on the current exam, if any."""
    raw = _load(path).get(_key(base_url, model, language))
    try:
        check = GraderCheck(**raw) if isinstance(raw, dict) else None
    except TypeError:  # written by another version
        return None
    return check if check and check.exam == EXAM_VERSION else None


def passed(path: Path, base_url: str, model: str, language: str) -> GraderCheck | None:
    """The last check, when it passed."""
    check = latest(path, base_url, model, language)
    return check if check and check.passed else None


def _load(path: Path) -> dict[str, object]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:  # a damaged file: the checks are taken again
        log.warning("grader checks unreadable, ignored: %s", exc)
        return {}
    return raw if isinstance(raw, dict) else {}
