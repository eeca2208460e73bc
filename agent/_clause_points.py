"""A Chinese point that is a clause, not a name: said as a statement, then asked about.

"能再说说{point}吗？" reads when the point names a thing ("层次化标签结构"); a clause with
its own verb put there ("能再说说对业务方提供的 SQL 代码与查询需求进行了简单的分类吗？")
reads as a yes-no question about the notes. An interviewer says the clause as what was
done ("你们对…进行了分类，") and asks after it ("这一步具体是怎么做的？").
"""

from __future__ import annotations

import re

from agent._answer_text import mostly_cjk
from agent._clauses import split_clauses

# a verb of its own: an aspect 了 (not 为了/除了/了解), a light verb, a modal, two clauses,
# or a coverb opening a verb phrase ("对 X 进行…", "按标题切分", "通过…")
_ZH_CLAUSE = re.compile(
    r"[，,；;]|(?<![为除])了(?!解)|进行|导致|使得|可以|能够|需要|(?<![但就总还而若要])是(?!否)"
    # a coverb or an adverb inside: "一起把模型部署成…", "能否找到", "几乎没变", "不完全一致"
    r"|把(?![握手关])|(?<!即)将(?![来军])|被(?![子动褥])|能否|一起|几乎|没有?|(?<!并)不(?![同足少仅断])"
    # "量纲、分布都不同", a figure's change "从 0.41（few-shot）提升到 0.56"
    r"|都(?![市])|从[^，,。]{1,24}?[到至]"
    r"|^(?:对|把|将|按照?|通过|基于|利用|使用|用(?![户于])|针对|采用|根据)(?![象于应比称来])"
    # "在 500 条人工标注的问题上测": where it was done, then the deed (not "在验证集上调的阈值")
    r"|^(?:你们|我们|你|我)?在[^，,]{1,24}?[上中里内](?=[^，,的]{1,8}$)"
)
# a deed whose doer was left out, as notes leave it ("对…进行了分类", "实现了…"): the
# candidate's team did it
_ZH_NO_DOER = re.compile(
    r"^(?:对|把|将|按照?|通过|基于|利用|使用|用(?![户于])|针对|采用|根据)(?![象于应比称来])|^[\u4e00-\u9fff]{2}了"
    r"|^在[^，,]{1,24}?[上中里内](?=[^，,的]{1,8}$)"
)


def said_as_clause(point: str, doer: str = "") -> str | None:
    """The point as a clause said to the candidate ("你们对…进行了分类"), or None when it
    names a thing and can sit where a noun does. `doer`: who did a deed the notes left
    without one - the team in a project ("你们"), the candidate in their story ("你")."""
    text = point.strip()
    if not mostly_cjk(text) or not _ZH_CLAUSE.search(text):
        return None
    return f"{doer}{text}" if _ZH_NO_DOER.match(text) else text


# "对 X 进行了（简单的）Y": a deed named by what was done to what - "X 的 Y"
_ZH_DONE_TO = re.compile(
    r"^(?:对|针对)(?P<what>[^，,；;。]{2,24}?)(?:进行|做(?!法))了?(?:[^，,；;。的]{0,6}的)?"
    r"(?P<done>[\u4e00-\u9fff]{2,6})$"
)


def named_deed(point: str) -> str | None:
    """A deed said as its name ("对历史工单数据进行了清洗" -> "历史工单数据的清洗"), which
    sits where a noun does ("能再说说历史工单数据的清洗吗？"); None for any other shape."""
    found = _ZH_DONE_TO.match(point.strip())
    if found is None:
        return None
    what = found.group("what").strip()
    return f"{what}{' ' if what[-1:].isascii() else ''}的{found.group('done')}"


# "切分：按 Markdown 标题…切分": a note's label before a clause names the idea the clause
# tells (the clause is its answer); a label naming only a part of the notes names nothing
_OWN_LABEL = re.compile(r"^\s*([^，,。.：:；;]{2,10})[：:]\s*\S")
_PART_OF_NOTES = re.compile(
    r"结果|效果|收益|背景|问题|难点|挑战|做法|方法|方案|步骤|思路|流程|过程|细节|注意|备注|补充"
    r"|收获|反思|总结|结论|亮点|原因|目标|任务|职责|角色|其他|其它|例如|比如|举例|优点|缺点"
    r"|代价|现象|改进|优化|解决|对策|措施|经验|教训|情境|情景|行动|^(?:results?|background|problems?|notes?"
    r"|situation|tasks?|actions?|context"  # a STAR part's label names no idea of the work
    r"|(?:step|stage|phase|part)\s*\d*|第?[一二三四五六七八九十\d]+[步点]?)$",
    re.IGNORECASE,
)


PART_SHARE = 0.7  # a name this much shorter than a labelled point's body says one part


def names_part(named: str, point: str) -> bool:
    """The name says one clause of a labelled point's several ("学习率 5e-7" of "DPO：β=0.1，
    学习率 5e-7，训练 2 个 epoch"): the label names the whole of it."""
    body = re.split(r"[：:]", point, maxsplit=1)[-1]
    clauses = [c for c in split_clauses(body) if c.strip(" ，,；;")]
    return len(clauses) >= 2 and len(named) < len(body) * PART_SHARE


def idea_label(point: str) -> str | None:
    """The label the notes put before the point's clause ("切分", "偏好数据"), or None."""
    found = _OWN_LABEL.match(point)
    if found is None:
        return None
    label = re.sub(r"为主$", "", found.group(1).strip(" *"))  # "人工标注为主": mostly by hand
    if _PART_OF_NOTES.search(label) or _ZH_CLAUSE.search(label) or len(label.split()) > 3:
        return None
    return label


# a deed told with its means ("用 tsc 编译和单元测试过滤掉不能运行的样本", "通过 LLM 自动判断"):
# the means is what the candidate is asked for, so the step is named by what it does
# ("过滤掉不能运行的样本"): the last verb of the work after the means, and what follows it
_MEANS = re.compile(r"^(?:用|通过|利用|借助|采用|使用)(?![户于])")
_STEP_VERB = re.compile(
    r"(?:过滤|清洗|去重|切分|构造|构建|训练|微调|部署|评测|评估|标注|检索|重排|融合|合并|替换|生成"
    r"|抽取|采样|蒸馏|量化|压缩|监控|筛选|改写|扩充|增强|对齐|实现|搭建|统计|判断|校验|检查|识别"
    r"|分类|排序|召回|解析|加速|打分|拆分|拼接|缓存|预测|计算)(?!的)"
)
MIN_MEANS_CHARS = 3  # "用 X": the means is something before the step


def named_step(point: str) -> str | None:
    """The step a means-first deed names ("用 tsc 编译…过滤掉不能运行的样本" -> "过滤掉不能
    运行的样本"), or None for any other shape."""
    text = point.strip()
    verbs = list(_STEP_VERB.finditer(text)) if _MEANS.match(text) else []
    if not verbs or verbs[-1].start() < MIN_MEANS_CHARS or re.search(r"[，,；;]", text):
        return None
    verb = verbs[-1].start()
    # "利用 MinHash 对指令数据去重": what the step was done to goes with it
    done_to = re.search(r"[对把将](?=[^对把将]{2,}$)", text[MIN_MEANS_CHARS:verb])
    return text[MIN_MEANS_CHARS + done_to.start() if done_to else verb :]


# a deed with no label and no means, told with the how around it ("随机抽样检查了数据质量",
# "实现了查询需求的自动化生成并结合 GPT4 构造…"): named by what was done to what ("数据质量的
# 检查"), the how left for the candidate to tell; a light verb names only its object
_DEED_VERB = re.compile(
    _STEP_VERB.pattern.replace(
        "(?:过滤",
        "(?:检查|添加|收集|设计|开发|编写|整理|分析|实现|完成"
        "|建立|引入|加入|调研|测试|修复|复现|调整|调优|修改|上线|迭代|定位|重建|维护|封装|接入|过滤",
    )
)
_LIGHT_VERB = frozenset({"实现", "完成"})
_FIRST_DEED = re.compile(r"[，,；;]|并且?(?=[\u4e00-\u9fffA-Za-z\s])|然后|随后|之后|同时")
# before the verb, only how it was done ("每天凌晨自动", "让业务方那边去"); a subject, a
# modal, a coverb or a denial makes it a clause of its own ("用户问题需要先改写…")
_NOT_HOW = re.compile(r"需要|要|能|会|可以|没|不|未|别|和|与|跟|把|将|对|被|是|的")
_NOT_OBJECT = re.compile(
    r"^[的成到了出为给在后前中上下入过集员者器率值]|[没不未再去先又也都就才把将被让要是会能可很太比更最]"
)
MAX_HOW_CHARS, MAX_OBJECT_CHARS = 8, 14


def deed_name(clause: str) -> str | None:
    """A deed named by what was done to what ("随机抽样检查了数据质量" -> "数据质量的检查",
    "实现了查询需求的自动化生成并…" -> "查询需求的自动化生成"), or None for any other shape."""
    first = _FIRST_DEED.split(re.sub(r"^(?:你们|我们|你|我)", "", clause.strip()), maxsplit=1)[0]
    verb = _DEED_VERB.search(first.strip())
    if verb is None:
        return None
    how, done = first.strip()[: verb.start()], verb.group(0)
    rest = first.strip()[verb.end() :]
    what = re.sub(r"^[了过]", "", rest).strip()
    # done, not a word it is part of ("4000 条训练 RM 模型的数据", "人类标注"): in 了 or 过,
    # or after a "去" / an adverb in 地 ("让业务方那边去评估…")
    if what == rest.strip() and not re.search(r"[去来地]$", how):
        return None
    if len(how) > MAX_HOW_CHARS or _NOT_HOW.search(how) or _MEANS.match(how):
        return None
    if not 2 <= len(what) <= MAX_OBJECT_CHARS or _NOT_OBJECT.search(what):
        return None
    if done in _LIGHT_VERB:
        return what
    return f"{what}{' ' if what[-1:].isascii() else ''}的{done}"
