"""Text helpers around transcription: note vocabulary, prompt echo, Chinese script."""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from collections.abc import Iterable
from typing import Literal

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:png|jpe?g|gif|svg|webp)\b|\S+@\S+\.\w+", re.I)
_MD_LINK = re.compile(r"!?\[[^\]]*\]\([^)]*\)")
_WORD = r"[A-Za-z][A-Za-z0-9#\-.]*[A-Za-z0-9]\+*|[A-Za-z]\+*"
_RUN = re.compile(rf"(?:{_WORD})(?:[ \t]+(?:{_WORD}))*")
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "can",
        "do",
        "for",
        "from",
        "has",
        "have",
        "how",
        "i",
        "if",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "so",
        "that",
        "the",
        "this",
        "to",
        "was",
        "we",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "you",
        "your",
        "com",
        "www",
        "http",
        "https",
        "html",
        "png",
        "jpg",
        "jpeg",
        "gif",
        "svg",
        "source",
        "sourcetype",
        "sourceid",
        "extra",
        "zhihu",
        "zhuanlan",
        "assets",
        "image",
        "img",
        "pic",
    ]
)
_UNIT = re.compile(rf"[{_CJK}]|[A-Za-z0-9']+")


def spoken_units(text: str) -> int:
    """Han characters plus Latin words and numbers: the units speech rates count."""
    return len(_UNIT.findall(text))


def repeats_phrase(text: str, min_units: int = 4) -> bool:
    """Some run of `min_units` or more spoken units comes twice in a row ("ask what
    you can do, ask what you can do"): Whisper's decoding loop, rare in real speech."""
    units = [u.lower() for u in _UNIT.findall(text)]
    for size in range(min_units, len(units) // 2 + 1):
        for i in range(len(units) - 2 * size + 1):
            if units[i : i + size] == units[i + size : i + 2 * size]:
                return True
    return False


def repeats_context(text: str, context: str, share: float = 0.6) -> bool:
    """Most of `text` is the text said before it, over again: base, given the previous
    text as context, can write that instead of the new speech (seen on a 60 s Mandarin
    answer: the last piece came out as the sentence before it). A false alarm costs one
    decode without the context, whose result is then kept."""
    seg, ref = _normalize(text), _normalize(context)
    if len(seg) < 8 or not ref:
        return False
    return common_subsequence(list(seg), list(ref)) >= share * len(seg)


def common_subsequence(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence of two sequences."""
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, start=1):
            current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


PROMPT_MAX_CHARS = 220  # Whisper keeps at most 223 prompt tokens; stay well inside
PROMPT_MAX_TERMS = 16  # longer vocabularies made base drift into the terms on real speech


def extract_terms(texts: Iterable[str], limit: int = 60) -> list[str]:
    """Technical / English terms in note text, most frequent first (LoRA, KV cache, BM25...).

    A run of up to three English words inside Chinese text is one term ("KV cache");
    in English prose only acronym-like words count (uppercase inside, digits, '-').
    """
    counts: Counter[str] = Counter()
    spelling: dict[str, Counter[str]] = {}
    for text in texts:
        clean = _URL.sub(" ", _MD_LINK.sub(" ", text)).replace("\\n", " ").replace("\\t", " ")
        for match in _RUN.finditer(clean):
            for term in _terms_in_run(match.group(0), _touches_cjk(clean, match)):
                key = term.lower()
                counts[key] += 1
                spelling.setdefault(key, Counter())[term] += 1
    ranked = sorted(counts, key=lambda k: (-counts[k], k))
    return [spelling[k].most_common(1)[0][0] for k in ranked[:limit]]


def _touches_cjk(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 3) : match.start()].rstrip()[-1:]
    after = text[match.end() : match.end() + 3].lstrip()[:1]
    return bool(re.search(rf"[{_CJK}]", before + after))


def _terms_in_run(run: str, in_chinese: bool) -> list[str]:
    words = run.split()
    if in_chinese and len(words) <= 3:
        words = _trim_stopwords(words)
        if words and (len(words) > 1 or _looks_technical(words[0]) or len(words[0]) >= 3):
            return [" ".join(words)]
        return []
    return [w for w in words if _looks_technical(w) and w.lower() not in _STOPWORDS]


def _trim_stopwords(words: list[str]) -> list[str]:
    while words and words[0].lower() in _STOPWORDS:
        words = words[1:]
    while words and words[-1].lower() in _STOPWORDS:
        words = words[:-1]
    return words


def _looks_technical(word: str) -> bool:
    if len(word) < 2:
        return False
    return bool(
        re.search(r"\d", word)
        or re.search(r"[A-Z]", word[1:])
        or (word.isupper() and len(word) >= 2)
        or ("-" in word.strip("-"))
    )


def vocabulary_prompt(terms: Iterable[str], language: str) -> str:
    """An initial prompt that nudges Whisper towards the candidate's vocabulary.

    For Chinese the prompt is written in simplified Chinese with full-width
    punctuation, which also nudges the model towards simplified, punctuated output.
    With no terms there is no prompt: "以下是技术面试的回答。" alone fixed nothing and came
    back as the whole transcript of a short answer.
    """
    unique = list(dict.fromkeys(t.strip() for t in terms if t and t.strip()))
    zh = language == "zh"
    head, sep, tail = (
        ("以下是技术面试的回答，涉及", "、", "。")
        if zh
        else ("An answer in a technical interview about ", ", ", ".")
    )
    if not unique:  # a prompt of no vocabulary only risks being said back
        return ""
    chosen: list[str] = []
    for term in unique[:PROMPT_MAX_TERMS]:
        if len(head + sep.join([*chosen, term]) + tail) > PROMPT_MAX_CHARS:
            break
        chosen.append(term)
    return head + sep.join(chosen) + tail


def hotwords_for(terms: Iterable[str]) -> str | None:
    """The hotword string (kept for every 30 s window, unlike the initial prompt)."""
    unique = list(dict.fromkeys(t.strip() for t in terms if t and t.strip()))
    text = ""
    for term in unique:
        if len(text) + len(term) + 2 > PROMPT_MAX_CHARS // 2:
            break
        text = f"{text}, {term}" if text else term
    return text or None


def _normalize(text: str) -> str:
    return re.sub(rf"[^0-9a-z{_CJK}]", "", text.lower())


_SENTENCE_END = re.compile(r"(?<=[。！？!?.；;])\s*")


def is_prompt_echo(segment_text: str, prompt: str) -> bool:
    """True when a text merely repeats the prompt, once or more (Whisper does so on
    silence, short audio or speech it cannot make out)."""
    return bool(_normalize(segment_text)) and not _normalize(
        strip_prompt_echo(segment_text, prompt)
    )


def _echoes(segment_text: str, prompt: str) -> bool:
    seg, ref = _normalize(segment_text), _normalize(prompt)
    if not seg or not ref:
        return False
    if len(seg) >= 6 and seg in ref:
        return True
    if len(seg) < 0.5 * len(ref) and len(seg) < 12:
        return False
    matcher = difflib.SequenceMatcher(None, seg, ref, autojunk=False)
    return matcher.ratio() >= 0.75


def strip_prompt_echo(text: str, prompt: str) -> str:
    """Drop copies of the prompt from a text: at its start, or as sentences of their own."""
    if not prompt:
        return text
    stripped = text.strip()
    lead = prompt.strip().rstrip("。.")
    if lead and stripped.startswith(lead):
        stripped = stripped[len(lead) :].lstrip("。.，, ")
    sentences = [s for s in _SENTENCE_END.split(stripped) if _normalize(s)]
    kept = [s for s in sentences if not _echoes(s, prompt)]
    if len(kept) == len(sentences):
        return stripped
    return ("" if re.search(rf"[{_CJK}]", stripped) else " ").join(kept).strip()


def strip_term_list(text: str, terms: Iterable[str]) -> str:
    """Drop a trailing list of vocabulary terms ("... SFT, RAG, RLHF, RLHF,"), a known
    Whisper hallucination when prompted with a vocabulary. Only a run that repeats a
    term or is 5+ terms long counts: a candidate may well say "LoRA、RLHF、RAG"."""
    known = {_normalize(t) for t in terms if _normalize(t)}
    parts = re.split(r"([,，、;；.。!?！？]+\s*)", text)  # items at even, separators at odd
    items = [_normalize(p) for p in parts[0::2]]
    while items and not items[-1]:
        items.pop()
    run: list[str] = []
    for item in reversed(items):
        if item not in known:
            break
        run.append(item)
    if not known or not (len(run) >= 5 or (len(run) >= 3 and len(set(run)) < len(run))):
        return text
    keep = len(items) - len(run)  # items kept before the run
    kept = "".join(parts[: 2 * keep])  # items and the separators after them
    return kept.rstrip(" ,，、;；")


@functools.cache
def _converter(config: str) -> object:
    from opencc import OpenCC

    return OpenCC(config)


def to_script(text: str, script: Literal["simplified", "traditional"]) -> str:
    """Convert Chinese text to the chosen script (Whisper mixes both for Mandarin)."""
    if not re.search(rf"[{_CJK}]", text):
        return text
    converter = _converter("t2s" if script == "simplified" else "s2t")
    return str(converter.convert(text))  # type: ignore[attr-defined]
