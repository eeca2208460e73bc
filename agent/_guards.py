"""Checks in code before any LLM call: answers that cannot earn points are scored as such.

An empty answer, a non-answer ("不知道", "what do you mean?", "that was another team's":
agent._non_answers), a too short, gibberish, repeated or off-topic one gets status "guarded",
the lowest score on every dimension and a summary saying why — the LLM is not called,
so it cannot hand such an answer a good score. The checks err on the side of letting
an answer through: a real answer stopped here would be worse than a poor one scored.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from agent._answer_text import (
    CJK_RUN,
    EN_STOPWORDS,
    Embedder,
    cosine,
    mostly_cjk,
    similarity,
    terms,
    tokens,
    units,
)
from agent._non_answers import non_answer
from agent._told import asks_for_story
from agent._words import Words
from agent.config import ScoringConfig
from knowledge import Stage, cut_words, word_frequency

# a character seen this often in jieba's dictionary is an everyday word (我 328k, 叫 43k,
# 过 98k), not one of the rare glyphs of a mash (犇, 龘: absent; 饕 196)
COMMON_CHAR_FREQUENCY = 1000
GuardKind = Literal[
    "empty",
    "not_known",
    "not_understood",
    "not_mine",
    "too_short",
    "gibberish",
    "repeated",
    "off_topic",
]

REASONS: dict[GuardKind, Words] = {
    "empty": Words("No answer was given.", "没有作答。"),
    "not_known": Words(
        "You said you don't know this one or asked to skip it: there is no answer to score.",
        "你表示不了解这个问题或想跳过，没有作答。",
    ),
    "not_understood": Words(
        "You asked back or said you did not follow the question: there is no answer to score.",
        "你在反问或表示没听懂问题，没有作答。",
    ),
    "not_mine": Words(
        "You said this part was not your work: no answer to score, and the notes' points "
        "are not counted as missed.",
        "你说这部分不是你做的，没有作答，笔记里的要点不计为遗漏。",
    ),
    "too_short": Words("The answer is too short to score.", "回答太短，无法评分。"),
    "gibberish": Words(
        "The answer looks like random keys or repeated characters, not words.",
        "回答看起来是乱码或无意义的输入。",
    ),
    "repeated": Words("The answer is the same as an earlier answer.", "与之前的某个回答几乎相同。"),
    "off_topic": Words(
        "The answer has nothing in common with the question or the reference (off-topic).",
        "回答与问题和参考答案没有关联（跑题）。",
    ),
}

# Words whose letter pairs are typical of English (and of the terms in these interviews);
# a token made mostly of pairs not seen here is likely a random key run.
_COMMON_WORDS = (
    "the model training data learning network attention transformer gradient loss function "
    "layer weight parameter optimization embedding vector retrieval query answer question "
    "project result performance accuracy experience team problem solution system design "
    "method approach research paper evaluation metric dataset feature label inference deploy "
    "latency memory compute scale improve increase decrease because however therefore "
    "example first second third finally during between through against without within "
    "language large small different important following previous current general specific "
    "information understanding knowledge generate generation classification regression "
    "decision convolution sequence recurrent encoder decoder token position normalization "
    "dropout regularization overfitting validation test benchmark baseline experiment "
    "analysis customer product service manager colleague conflict challenge responsible "
    "lead communicate deadline schedule priority feedback lesson mistake success failure "
    "situation task action outcome reduce cost quality work worked build built using used "
    "make made time year people company school university graduate master student skill "
    "python java code software engineer engineering online offline search rank ranking "
    "match matching score scores high low fast slow better best good bad help helped next "
    "know think want need call called each every another only both same while where which "
    "would could should might must shall over under again further once here there why how"
)
_COMMON_BIGRAMS = frozenset(
    w[i : i + 2] for w in (*_COMMON_WORDS.split(), *EN_STOPWORDS) for i in range(len(w) - 1)
)
# A shorter answer (a follow-up's one line: "用交叉编码器再打一遍分") is too little to call
# off-topic against a single probed point; it is scored and earns what it covers.
OFF_TOPIC_MIN_TERMS = 12
_LATIN_WORD = re.compile(r"^[A-Za-z]+$")
_REPEATED_RUN = re.compile(r"(.{1,6}?)\1{2,}")


# "I can't think of a time" to a behavioral question is no story to tell, not a gap in knowledge
NO_STORY = Words(
    "You said you have no such experience to tell: there is no answer to score.",
    "你表示想不起相关的经历，没有作答。",
)
NO_STORY_ADVICE = Words(
    "Interviewers expect a story here: prepare one for each common theme (a conflict, a "
    "failure, a deadline), told as situation, what you did, and the result. A smaller "
    "story from a course or internship is better than none.",
    "行为题面试官期待的是一个经历：常见主题（分歧、失败、赶工期）各准备一个，按情境、你的行动、"
    "结果来讲；课程或实习中的小事也比没有强。",
)

# what the card adds to the reason: a write-up claims the work the candidate disowned
ADVICE: dict[GuardKind, Words] = {
    "not_mine": Words(
        "If your notes claim it, be ready to say what your own part was.",
        "简历上写了的经历，要能讲清你自己做了哪部分。",
    ),
}


@dataclass(frozen=True)
class GuardVerdict:
    kind: GuardKind
    stage: Stage | None = None

    def reason(self, language: str) -> str:
        return (NO_STORY if self._no_story else REASONS[self.kind]).said_in(language)

    def advice(self, language: str) -> str:
        said = NO_STORY_ADVICE if self._no_story else ADVICE.get(self.kind)
        return said.said_in(language) if said else ""

    @property
    def _no_story(self) -> bool:
        return self.kind == "not_known" and self.stage == "behavioral"


def check_answer(
    answer: str,
    question: str,
    stage: Stage,
    reference_texts: Sequence[str],
    previous_answers: Sequence[str],
    config: ScoringConfig,
    embedder: Embedder | None = None,
) -> GuardVerdict | None:
    """The first guard the answer trips, or None when it deserves a real score."""
    if not answer.strip():
        return GuardVerdict("empty")
    said = non_answer(answer, question)
    if said is not None:  # before "too short": "不知道" is said, not merely short
        # "I don't know" to "How did you judge whether it worked?" is no story untold
        return GuardVerdict(said, stage if asks_for_story(question) else None)
    if units(answer) < config.min_answer_units:
        return GuardVerdict("too_short")
    if looks_like_gibberish(answer):
        return GuardVerdict("gibberish")
    if any(similarity(answer, earlier) >= config.repeat_similarity for earlier in previous_answers):
        return GuardVerdict("repeated")
    if stage in ("fundamentals", "project") and is_off_topic(
        answer, [question, *reference_texts], config.off_topic_cosine, embedder
    ):
        return GuardVerdict("off_topic")
    return None


def looks_like_gibberish(text: str) -> bool:
    compact = "".join(text.split())
    if not compact:
        return False
    if len(compact) >= 6 and Counter(compact).most_common(1)[0][1] / len(compact) >= 0.5:
        return True  # "aaaaaa", "哈哈哈哈哈哈"
    if len(compact) >= 8 and _repeated_run_share(compact) >= 0.5:
        return True  # "abcabcabc", "发送到发送到发送到"
    found = tokens(text)
    words = [t for t in found if len(t) > 1]
    if sum(len(t) for t in found) < len(compact) * 0.3 and len(words) < 3:
        return True  # mostly symbols: "!!@@##$$%%" (a formula still has words: log, softmax)
    latin = [t for t in found if _LATIN_WORD.match(t)]
    cjk = "".join(t for t in found if CJK_RUN.match(t))
    if len(latin) >= 3 and len(latin) >= len(cjk):
        return sum(_wordlike(w) for w in latin) / len(latin) < 0.5
    if len(cjk) >= 6:
        return _dictionary_word_share(cjk) < 0.3
    return False


def _repeated_run_share(text: str) -> float:
    """Share of the text inside runs of one 1-6 character piece repeated 3+ times."""
    return sum(len(m.group(0)) for m in _REPEATED_RUN.finditer(text)) / len(text)


def _wordlike(word: str) -> bool:
    lower = word.lower()
    if lower in EN_STOPWORDS or len(lower) == 1:
        return True
    if word[1:] != word[1:].lower() and word.upper() != word:  # LoRA, GPT-style mixed case
        return True
    if word.isupper() and len(word) <= 5:  # acronyms: RAG, GPU, BERT
        return True
    if not re.search(r"[aeiouy]", lower) or re.search(r"[^aeiouy]{5,}|(.)\1\1", lower):
        return False
    pairs = [lower[i : i + 2] for i in range(len(lower) - 1)]
    return sum(p in _COMMON_BIGRAMS for p in pairs) / len(pairs) >= 0.6


def _dictionary_word_share(cjk: str) -> float:
    """Share of characters that sit in dictionary words (jieba's dictionary): words of
    several characters, or one common character said alone. A short real answer is
    mostly the latter ("我叫张三，做过 RAG 项目": 我/叫/张/三/做/过 are not words of two),
    a keyboard mash of rare characters is neither."""
    words = cut_words(cjk, hmm=False)
    return sum(len(w) for w in words if len(w) > 1 or _common(w)) / len(cjk)


def _common(char: str) -> bool:
    return word_frequency(char) >= COMMON_CHAR_FREQUENCY


def is_off_topic(
    answer: str, topic_texts: Sequence[str], min_cosine: float, embedder: Embedder | None
) -> bool:
    """No shared content words with the question and reference, and (if measurable) no
    shared meaning either. An answer in another script than the question is let through:
    words cannot be compared across languages, nor can the offline embedders' meaning (a
    right English answer to "如何提升推理效率？" is 0.07 from it, under any cut-off)."""
    topic = "\n".join(t for t in topic_texts if t.strip())
    answer_terms, topic_terms = terms(answer), terms(topic)
    if len(answer_terms) < OFF_TOPIC_MIN_TERMS or not topic_terms:
        return False
    if mostly_cjk(answer) != mostly_cjk(topic):
        return False
    shared = answer_terms & topic_terms
    if len(shared) > 2 or len(shared) / len(answer_terms) >= 0.03:
        return False
    if embedder is None:
        return True
    answer_vec, topic_vec = embedder.embed_passages([answer, topic])
    return cosine(answer_vec, topic_vec) < min_cosine
