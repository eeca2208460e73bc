"""Word cues that tell what a piece of notes is about: its kind, whether it asks, its topic.

Pure functions over short strings; all patterns are case-insensitive and work on mixed
Chinese/English text (no tokenizer needed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge._english_subjects import english_subject
from knowledge._models import Kind, Stage
from knowledge._words import cut_words

# Checked in this order: the first kind whose cue a heading holds wins.
_KIND_CUES: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (
        "self_intro",
        re.compile(
            r"自我介绍|个人介绍|介绍一下(你)?自己|self[- ]?intro|introduce yourself|"
            r"tell me about yourself|^(?:about )?me$|elevator pitch|^关于我$|"
            # the candidate's résumé, not a project: "个人简介", "Profile", "About myself"
            r"^(?:我的)?(?:个人(?:简介|背景|信息|情况|简历)|基本信息|简历|履历)$|"
            r"^(?:my )?(?:profile|resume|résumé|cv|bio)$|^about myself$",
            re.I,
        ),
    ),
    (
        "behavioral",
        re.compile(
            r"行为面|HR面|(?<![A-Za-z])HR(?![A-Za-z])|软技能|软实力|(?<![A-Za-z])STAR(?![A-Za-z])|"
            r"冲突|矛盾|意见不合|分歧|失败|挫折|压力|困难|优点|缺点|优缺点|职业规划|为什么选择(我们|贵|这家|本)|为什么想来|"
            r"为什么离职|离职原因|团队合作|沟通|领导力|加班|反问|behavio|conflict|failure|"
            r"pressure|weakness|strength|teamwork|why (this|our) company|disagree|"
            # "说一个你和同事意见不一致的经历", "a time you had to persuade your manager"
            r"意见不一致|不同意见|说服|(?:和|与|跟)(?:同事|上级|领导|导师|队友)|persuade|"
            r"\ba time (?:you|when)\b|\ba situation (?:where|when)\b|"
            # "讲一次你推动项目落地遇到阻力的经历": one time told, as "a time you" asks
            r"[讲说聊谈享述举]一次[^，,。；;？?]{0,30}经历",
            re.I,
        ),
    ),
    (
        "project",
        re.compile(
            r"项目|实习|工作经历|工作经验|经历|(?<![A-Za-z])projects?(?![A-Za-z])|internship|"
            # a résumé's "Experience" heads its jobs, as "工作经历" does
            r"work experience|^(?:professional |relevant )?experiences?$",
            re.I,
        ),
    ),
    (
        "fundamentals",
        re.compile(
            r"八股|基础|原理|(?<![A-Za-z])(LoRA|RAG|SFT|DPO|PPO|RLHF|BERT|GPT|BPE|MQA|GQA|ZeRO|"
            r"RoPE|BM25|TF-IDF|vLLM|MoE)(?![A-Za-z])|Transformer|attention|注意力|KV ?cache|"
            r"微调|分词|token|位置编码|正则化|量化|embedding|向量|DeepSpeed|梯度|损失函数|"
            r"优化器|过拟合|归一化|LayerNorm|BatchNorm|RMSNorm|softmax|解码|预训练|幻觉|检索|召回|"
            r"fundamental|theory|basics",
            re.I,
        ),
    ),
)

_TECH_TERM = re.compile(
    r"(?<![A-Za-z])(LoRA|QLoRA|RAG|SFT|DPO|PPO|RLHF|BERT|GPT|BPE|MQA|GQA|ZeRO|RoPE|BM25|TF-IDF|"
    r"vLLM|MoE|KV ?cache|Transformer|attention)(?![A-Za-z])|注意力|位置编码|分词|量化",
    re.I,
)
# "beam search 的缺点", "weaknesses of BM25": the pros and cons of a thing, not of the
# candidate ("你的优点和缺点", "your biggest weakness")
_THING_PROS_CONS = re.compile(
    r"的(?:优缺点|优点|缺点|优势|劣势|局限)|(?:strengths?|weaknesses?|pros and cons|limitations?)"
    r" of\b",
    re.I,
)
_ABOUT_THE_CANDIDATE = re.compile(r"你|自己|您|\byou|\byour", re.I)

# Content cues (weaker): counted over a whole passage when no heading decides.
_CONTENT_CUES: dict[Kind, re.Pattern[str]] = {
    "self_intro": _KIND_CUES[0][1],
    "behavioral": _KIND_CUES[1][1],
    "project": re.compile(
        r"项目背景|问题背景|实习描述|项目描述|我负责|负责|上线|业务方?|我们团队|pass@1|"
        r"提升了?|background|my role|results?",
        re.I,
    ),
    "fundamentals": _KIND_CUES[3][1],
}

_QUESTION_START = re.compile(
    r"^(什么|如何|为什么|为何|怎么|怎样|说一下|说说|讲一下|讲讲|聊一下|聊聊|介绍|谈谈|谈一谈|"
    r"(讲|说|举|分享|描述)一(个|次|下)|举个例子|"
    r"请(你|问|介绍|说|讲|谈|解释|描述|分享)|解释一下|简述|what|how|why|explain|describe|"
    r"tell me|walk me)",
    re.I,
)
_QUESTION_WORD = re.compile(r"什么|如何|为什么|怎么|怎样|哪些|哪个|哪一|多少|区别|(吗|呢)$")
_CLAUSE_BREAK = re.compile(r"[，,；;]\s*")
_LABEL_THEN_TEXT = re.compile(r"[:：]\s*\S")
_NUMBERING = re.compile(
    r"^\s*(?:[(（]?\d{1,3}(?:\.\d{1,3})*[)）.、．:：]?|[(（]?[一二三四五六七八九十]+[)）、.．])\s*"
)
NOT_IN_KEY = re.compile(r"[\s\W_]+")
_QUESTION_LABEL = re.compile(  # "问题一：", "Q:", and numbered "Q1.", "问题2、"
    r"^(?:问题|题目|Q)\s*(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[:：.、．)）]|[:：])\s*(?=\S)",
    re.I,
)
# Ends with a question mark, perhaps followed by a short note in brackets: "…知识？（召回内容残缺）"
_ENDS_ASKING = re.compile(r"[?？]\s*(?:[(（][^()（）]{0,30}[)）])?\s*$")
# "如何学习：" heads a list; only a request ("介绍一下 X：") still asks when it ends with a colon
_REQUEST = re.compile(
    r"^(介绍|说一下|说说|讲一下|讲讲|聊一下|聊聊|谈谈|谈一谈|请|描述|解释|简述|tell me|describe|"
    r"explain|walk me)",
    re.I,
)
_STATEMENT_START = re.compile(r"^(我们?|咱们|本文|本项目|we |i )", re.I)
_SENTENCE_INSIDE = re.compile(r"[。！!；;]\s*\S")

# Canonical short topics, most specific first.
_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("QLoRA", r"qlora"),
        ("LoRA", r"(?<![A-Za-z])lora"),
        ("KV cache", r"kv ?cache|kv缓存"),
        ("PagedAttention", r"paged ?attention"),
        ("FlashAttention", r"flash ?attention"),
        ("MQA/GQA", r"(?<![A-Za-z])(mqa|gqa)(?![A-Za-z])"),
        ("RAG", r"(?<![A-Za-z])rag(?![A-Za-z])|检索增强"),
        ("BM25", r"bm25"),
        ("TF-IDF", r"tf-?idf"),
        ("DPO", r"(?<![A-Za-z])dpo(?![A-Za-z])"),
        ("RLHF", r"rlhf|人类反馈"),
        ("PPO", r"(?<![A-Za-z])ppo(?![A-Za-z])"),
        ("Reward model", r"reward model|奖励模型"),
        ("SFT", r"(?<![A-Za-z])sft(?![A-Za-z])|指令微调"),
        # a whole word: "propensity" and "property" hold the letters
        (
            "RoPE",
            r"(?<![A-Za-z])rope(?![A-Za-z])|旋转位置|位置编码|position(al)? (encoding|embedding)",
        ),
        ("Tokenization", r"tokeni[sz]|分词|(?<![A-Za-z])bpe(?![A-Za-z])|wordpiece|sentencepiece"),
        ("Attention", r"attention|注意力"),
        ("Transformer", r"transformer"),
        ("BERT", r"(?<![A-Za-z])bert(?![A-Za-z])"),
        ("vLLM", r"vllm"),
        ("DeepSpeed", r"deepspeed|(?<![A-Za-z])zero-?[123]?(?![A-Za-z])"),
        ("Quantization", r"量化|quantiz|gptq|awq"),
        ("MoE", r"(?<![A-Za-z])moe(?![A-Za-z])|混合专家"),
        ("Hallucination", r"幻觉|hallucinat"),
        # "faiss向量数据库和其他数据库有什么不同" is about the database, not embeddings
        ("Vector database", r"向量(?:数据)?库|vector (?:database|db|store)"),
        ("Embedding", r"embedding|向量"),
        ("Evaluation", r"评测|评估|benchmark|evaluat"),
        ("Fine-tuning", r"微调|fine-?tun"),
        ("Prompt", r"prompt|提示词"),
        ("Regularization", r"正则|regulari[sz]"),
    )
)


_BEHAVIORAL_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("Conflict", r"冲突|矛盾|分歧|意见不(一致|同|合)|争执|disagree|conflict"),
        ("Failure", r"失败|挫折|fail|mistake"),
        ("Challenge", r"(最)?困难|挑战|难题|challeng|hardest|difficult"),
        ("Pressure", r"压力|deadline|紧急|pressure|stress"),
        ("Why us", r"为什么选择(我们|贵|这家|本)|为什么想来|why (this|our) company|why (us|join)"),
        ("Strengths & weaknesses", r"优点|缺点|优缺点|strength|weakness"),
        ("Career plan", r"职业规划|规划|career|years from now|five years"),
        ("Learning", r"学习|learn"),
        ("Teamwork", r"团队|合作|沟通|team|collaborat"),
        ("Leadership", r"领导|带领|推动|lead"),
    )
)


def behavioral_topic(text: str) -> str | None:
    for name, pattern in _BEHAVIORAL_TOPICS:
        if pattern.search(text):
            return name
    return None


def mostly_chinese(text: str) -> bool:
    """Chinese characters are at least a third of the letters."""
    letters = sum(1 for ch in text if ch.isalpha())
    return letters > 0 and len(_CJK_CHAR.findall(text)) * 3 >= letters


def strip_numbering(text: str) -> str:
    """'4、instructGPT的原理' -> 'instructGPT的原理'; '**一、背景**' -> '一、背景' unbolded."""
    text = text.strip().strip("*_").strip()
    text = _NUMBERING.sub("", text, count=1).strip().strip("*_").strip()
    return _QUESTION_LABEL.sub("", text, count=1).strip()


def without_label(text: str) -> str:
    """'问题一：什么是 DPO？' -> '什么是 DPO？', '项目：为什么要…？' -> '为什么要…？': the label
    is not part of what is asked (a stage label still says which stage it is)."""
    text = text.strip()
    unlabelled = _STAGE_LABEL.sub("", _QUESTION_LABEL.sub("", text, count=1).strip(), count=1)
    named = _STAGE_NAME.match(unlabelled)  # "Behavioral: Tell me about a time you failed"
    if named and looks_like_question(unlabelled[named.end() :]):
        unlabelled = unlabelled[named.end() :]
    return unlabelled.strip() or text


def asks_after_label(title: str) -> bool:
    """A heading or line that asks, perhaps after a stage's name ("行为面试：讲一次失败的经历",
    "Behavioral: Tell me about a time you failed"): the label names where it is asked."""
    return looks_like_question(title) or looks_like_question(without_label(title))


# a stage's name before a question or request, as a note-taker labels it: "HR: Why us?",
# "Behavioral: Tell me about a time you failed", "行为面试：讲一次失败的经历"
_STAGE_NAME = re.compile(
    r"^(?:behaviou?ral( questions?| interview)?|HR( interview)?|projects?( deep[- ]dive)?|"
    r"fundamentals|self[- ]introduction|行为(面试?|题)|HR ?面|项目(深挖|经历)|基础知识|自我介绍)"
    r"\s*[:：]\s*(?=\S)",
    re.I,
)
# what a web page's interview list puts before a question: its round's part ("项目：…")
_STAGE_LABEL = re.compile(
    r"^(?:项目|实习|八股|基础|算法|场景题?|行为|HR|业务|论文)\s*[:：]\s*(?=\S.*[?？]\s*$)", re.I
)


def question_key(text: str) -> str:
    """What identifies a question whatever its numbering, spacing and punctuation."""
    return NOT_IN_KEY.sub("", strip_numbering(text)).lower()


def looks_like_question(text: str) -> bool:
    """A heading or line that asks something: it ends with ?, a clause starts with a question
    word, or it uses one (unless it is a "label: text" line, which states rather than asks)."""
    stripped = strip_numbering(text)
    core = stripped.rstrip("：:").strip()
    if not core:
        return False
    if _ENDS_ASKING.search(core):
        return True
    if core != stripped and not _REQUEST.match(core):
        return False  # a list heading: "如何学习：", "每个项目难点以及如何克服："
    if _STATEMENT_START.match(core) or _SENTENCE_INSIDE.search(core):
        return False  # "我们先用 ASR 转写…" reports, "A。B" is two statements
    if any(_QUESTION_START.match(clause) for clause in _CLAUSE_BREAK.split(core)):
        return True
    return bool(_QUESTION_WORD.search(core)) and not _LABEL_THEN_TEXT.search(core)


# a résumé's summary at its top, in its capitals ("SUMMARY", "PROFESSIONAL SUMMARY"): who
# the candidate is, in their words - where a project's "Summary" sums up the project
_RESUME_SUMMARY = re.compile(r"^(?:PROFESSIONAL |CAREER )?(?:SUMMARY|PROFILE|OBJECTIVE)$")


def kind_of_heading(title: str) -> Kind | None:
    """The first kind whose cue the title holds; a named technique beats a behavioral word
    ("DPO 和 PPO 比有什么优缺点" is a fundamentals question)."""
    if _RESUME_SUMMARY.match(title.strip()):
        return "self_intro"
    for kind, cue in _KIND_CUES:
        if cue.search(title):
            if kind == "behavioral" and (_TECH_TERM.search(title) or _of_a_thing(title)):
                return "fundamentals"
            return kind
    return None


def _of_a_thing(title: str) -> bool:
    return bool(_THING_PROS_CONS.search(title)) and not _ABOUT_THE_CANDIDATE.search(title)


def infer_kind(headings: Iterable[str], text: str) -> Kind:
    """Kind from the deepest heading that holds a cue, else from the passage's own words."""
    for title in headings:
        kind = kind_of_heading(title)
        if kind is not None:
            return kind
    counts = {kind: len(cue.findall(text)) for kind, cue in _CONTENT_CUES.items()}
    best = max(counts, key=lambda kind: counts[kind])
    return best if counts[best] >= 2 else "other"


def stage_of(kind: Kind) -> Stage:
    """Questions with no clear kind are most often technical ones."""
    return "fundamentals" if kind == "other" else kind


def topic_of(text: str) -> str | None:
    """The first canonical topic the text mentions, by specificity."""
    for name, pattern in _TOPICS:
        if pattern.search(text):
            return name
    return None


def shorten(text: str, limit: int = 24) -> str:
    """At most `limit` Chinese characters wide (a latin letter is half of one), cut between
    words: "How does dropout work", not "How does dropou…"."""
    text = " ".join(strip_numbering(text).split()).rstrip("：:?？。.")
    room, width = limit * 2, 0
    for end, ch in enumerate(text):
        width += 2 if _CJK_CHAR.match(ch) else 1
        if width > room - 2:  # room for the "…"
            cut = text[:end]
            if ch.isascii() and ch.isalnum() and " " in cut:
                cut = cut[: cut.rindex(" ")]  # not inside a word
            elif _CJK_CHAR.match(ch):  # nor inside a Chinese one: "…为了解决…", not "…解决什…"
                cut = _whole_words(text, end)
            return cut.rstrip(" ，,：:、") + "…"
    return text


def _whole_words(text: str, end: int) -> str:
    """The longest run of whole words of `text` within its first `end` characters."""
    kept = ""
    for word in cut_words(text):
        if len(kept) + len(word) > end:
            break
        kept += word
    return kept or text[:end]


# What a question is about is what it names before it starts asking:
# "重排模型是怎么训练的？" -> 重排模型, "投机解码的原理？" -> 投机解码, "MSCI有什么…" -> MSCI
_ASKING_STARTS = re.compile(
    r"是什么|是怎么|是怎样|是如何|怎么|怎样|如何|为什么|为何|有哪些|有什么|有没有|哪些|哪里|哪个"
    r"|什么|多少|的原理|的作用|的区别|的好处|的优缺点|原理|[吗么呢？?，,、。：:（(]"
)
_WHAT_IS = re.compile(
    r"^(?:请问)?什么(?:是|叫做|叫作|叫)\s*([^？?，,。；;]{2,20}?)\s*(?:[？?，,；;].*)?$"
)
_ASKING_LEAD = re.compile(
    r"^(请|讲讲|讲一下|说说|说一下|介绍一下|聊一下|聊聊|谈谈|你们?的?|我们的?)"
)
# Where the thing asked about sits, before the thing: "你的项目里 reranker…", "在实习项目中，…"
_SCOPE_LEAD = re.compile(
    r"^(你|我)?在?(你们?的?|我们的?)?(这个|那个|上一个)?(实习)?(项目|工作|实习|系统|论文|比赛)"
    r"(里面|里|中|上|当中)?[，,\s]*"
)
_POINTING = re.compile(r"^(这|那|它|其|该|此)")
# "LayerNorm 用在什么位置" is about LayerNorm, "召回和排序分别做了什么" about 召回和排序: the
# verb before the asking word (and how it is shared out) is not the thing
_TRAILING_VERB = re.compile(
    r"\s*(分别|各自|都|主要|具体)?(用在|用于|用了|用|放在|在|是|要|会|能|可以|应该|需要|做|干)$"
)
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_MAX_SUBJECT = 8  # Chinese characters wide; a latin letter is half of one


def subject_of(question: str) -> str | None:
    """The thing a question asks about, when it names one up front, short."""
    text = strip_numbering(question)
    if not _CJK_CHAR.search(text):
        return english_subject(text.strip())
    named = _WHAT_IS.match(text.strip())  # "什么是拒绝采样？" names it after the asking word
    head = named.group(1) if named else _ASKING_STARTS.split(text, maxsplit=1)[0]
    head = _ASKING_LEAD.sub("", head.strip()).strip()
    head = _SCOPE_LEAD.sub("", head).strip().removesuffix("的").removesuffix("了").strip()
    head = _TRAILING_VERB.sub("", head)
    width = sum(1 if _CJK_CHAR.match(ch) else 0.5 for ch in head)
    if width < 1 or len(head) < 2 or width > _MAX_SUBJECT or _POINTING.match(head):
        return None
    return head


# A question that names only an aspect ("评估方式是什么，效果怎么样", "原理是什么") or points
# back ("它的缺点", "How was it evaluated?"): it makes sense only under its heading.
_ASPECT_ONLY = re.compile(
    r"^(整体|总体|主要|具体)?(的)?(评估方式|评估方法|评估指标|评价指标|评测方式|评估|评价|效果|指标"
    r"|原理|优缺点|优势|优点|缺点|难点|区别|作用|思路|流程|方案|实现方式)"
    r"|^(这个|那个|这些|那些|它|其|该|此)",
)
_ASPECT_ONLY_EN = re.compile(
    r"^(what('s| is| are| were| was) )?(the )?(evaluation|metrics?|results?|pros and cons"
    r"|advantages?|drawbacks?|difference|principle|idea|approach)( like| used)?\s*\??$"
    r"|^(how|why|what|when) (is|was|does|did|do) (it|this|that|they)\b",
    re.I,
)

_ABOUT_YOU = re.compile(r"(你|您)|(your|you)\b", re.I)


def needs_context(question: str) -> bool:
    """True when the question names nothing it is about: asked alone it cannot be answered."""
    text = strip_numbering(question).strip()
    if _ABOUT_YOU.match(text):
        return False  # "你的优点和缺点是什么？" is about the candidate
    text = _ASKING_LEAD.sub("", text).strip()
    names_a_term = bool(_CJK_CHAR.search(text) and re.search(r"[A-Za-z]{2,}", text))
    if names_a_term or topic_of(text) not in (None, "Evaluation"):
        return False  # it names a technique ("LoRA 的原理", "cot 的效果")
    return bool(_ASPECT_ONLY.match(text) or _ASPECT_ONLY_EN.match(text))
