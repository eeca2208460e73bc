"""Words that mark the form of an answer, per stage: order and explanation words, one's
own role, results and numbers, trade-offs, STAR parts, reflection, and the parts of a
self-introduction (zh and en side by side). The offline estimator counts them; they
shape the form dimensions and never stand in for content."""

from __future__ import annotations

import re


def _markers(*words: str) -> re.Pattern[str]:
    return re.compile("|".join(words), re.IGNORECASE)


_YEAR = r"(?:19|20)\d{2}"
_TITLE = (
    r"(?:engineer|scientist|developer|researcher|analyst|intern|architect|consultant|manager"
    r"|SDE|SWE)s?"
)
_ZH_TITLE = r"(?:工程师|研究员|科学家|架构师|分析师|实习生|开发)"

MARKERS = {
    "order": _markers(
        r"首先",
        r"其次",
        r"然后",
        r"最后",
        r"第[一二三四五]",
        r"[一二三四]是",
        r"\bfirst(ly)?\b",
        r"\bsecond(ly)?\b",
        r"\bthen\b",
        r"\bfinally\b",
        r"(^|\n)\s*\d+[.、)]",
        r"分几(?:块|步|个方面)|一方面|另一方面|第[一二三四五]步|接着",
        r"\bnext\b|\bafter that\b|\bon (?:the )?one hand\b|\bstep (?:one|two|1|2)\b",
    ),
    "because": _markers(
        r"因为",
        r"所以",
        r"因此",
        r"例如",
        r"比如",
        r"原理",
        r"本质",
        r"\bbecause\b",
        r"\btherefore\b",
        r"\bfor example\b",
        r"\bsuch as\b",
        r"\bso that\b",
        r"\bwhich means\b",
        # a consequence or a reason said another way: "…，这样单个样本也能算", "越大越慢",
        # "so a unit cannot rely on…", "in effect you train many networks"
        r"[，,]\s*这样(?![的子就])|从而|导致|使得|由于|因而|也就是说|换句话说|意味着|原因是|目的是|为了|就等于",
        r"越[^。；;]{1,10}越",
        r"\bso\b|\bsince\b|\bthat's why\b|\bmeans\b|\bin effect\b|\bin other words\b",
        r"\bthe reason\b|\bin order to\b|\bto avoid\b",
    ),
    "role": _markers(
        r"我[^，,。；;！？\n]{0,10}负责",  # "我在美团主要负责…"
        r"我[^，,。；;！？\n]{0,6}主导",
        r"我设计",
        r"我实现",
        r"我搭建",
        r"我提出",
        r"我的工作",
        # what the candidate did, told in the first person ("我把特征拼接挪进了 C++",
        # "我先加了一路向量召回"), or owned ("DSL 和监控是我做的")
        r"我(?:先|又|还|也|就|自己|主要|亲自|一个人)?(?:把|加了|改了|写了|搭了|训了|做了|拆|换成|"
        r"牵头|推动|引入|重构|接手|做的)",
        r"是我(?:一个人|自己)?(?:做|写|搭|负责|主导|提出|设计|牵头|推动|定)的",
        r"\bI (?:also |first |then |later |personally )?(?:led|built|designed|implemented|owned|"
        r"wrote|rewrote|proposed|moved|added|put|ran|trained|fine-tuned|distilled|profiled|"
        r"measured|swept|plotted|broke|changed|introduced|replaced|shipped|drove|created|"
        r"developed|tuned|switched|migrated|set up|took over|was responsible)\b",
        r"\b(?:was|were|are|is) (?:all )?mine\b",  # "the model and the thresholds were mine"
        r"\bI (was|am) (in charge|the owner)\b",
        r"\bI (mainly |mostly )?(worked on|handled|was in charge of)\b",
        r"\bmy (?:own )?(role|part|task|job|piece|responsibility|contribution)s?\b",
    ),
    "result": _markers(
        r"结果",
        r"最终",
        # a story's end: "最后定了一个大家都认可的标准，后面没再吵过" (not "最后一步")
        r"最后(?![一两几])",
        r"(?:后面|之后|后来|从此)(?:就|也)?没再",
        r"提升",
        r"降低",
        r"提高",
        r"上线",
        r"达到",
        # "有依据率提到了 84%", "降到 0.9 秒" (提到 alone is "mentioned")
        r"(?:提|降|涨|升|缩|减)(?:到|了)+\s*[\d零一二两三四五六七八九十百]",
        r"\bwent (?:up|down|from)\b",
        r"\b(?:rose|dropped|fell)\b",
        r"\bresult",
        r"\bimprov",
        r"\breduc",
        r"\bincreas",
        r"\bachiev",
        r"\bin the end\b",
        r"\beventually\b",
        r"\bended up\b",
        r"\bturned out\b",
        r"\b(?:shipped|launched|fixed|resolved)\b",
        r"修好|搞定|解决了|交付|迁完|按时上|顺利上",
        r"从[^，,。；;]{1,12}(?:降|缩|减|涨|提)到",
        r"\b(?:halved|doubled|tripled|saved|avoided|prevented|restored|recovered)\b",
        r"\bfrom [\d$][\w.,%$]* (?:\w+ )?to [\d$]",  # "took p95 from 900 to 250 ms"
    ),
    "number": re.compile(r"\d+(\.\d+)?\s*(%|倍|ms|s\b|x\b|k\b|万|亿)?"),
    "trade_off": _markers(
        r"权衡",
        r"取舍",
        r"折中",
        r"缺点",
        r"不足",
        r"局限",
        r"代价",
        r"相比",
        r"而不是",
        r"替代",
        r"\binstead\b",
        r"trade-?off",
        r"\bcompared\b",
        r"\bdownside",
        r"\bdrawback",
        r"\balternative",
        r"\bhowever\b",
    ),
    "situation": _markers(
        r"当时",
        r"背景",
        r"那时",
        r"有一次",
        r"那次",
        r"期间",
        r"的时候",
        r"在[^，,。；;]{2,20}?时(?![间候代])",  # "在实验室做代码补全项目时"
        r"(?:实习|读研|读博|上学|工作)时(?![间候代])",
        r"\bsituation\b",
        r"\bat the time\b",
        r"\bonce\b",
        r"\bwhen I was\b",
        r"\bat my (?:last|previous|first|old) (?:job|company|team|internship)\b",
        r"\bwhile (?:I was )?working (?:on|at)\b",
        # a story told plainly: "Last year my manager wanted…", "a few months ago we…"
        r"\blast (?:year|quarter|month|summer|spring|autumn|fall|winter)\b",
        r"\b(?:a few|a couple of|two|three|several) (?:years|months|weeks) ago\b",
        r"\bin my (?:last|previous|current|first) (?:role|job|team|company)\b",
        r"(?:去年|前年|上个月|前段时间|前阵子|刚入职|刚工作那会|(?:月|年)底那)",
        r"(?:比如|像|举个例子)[，,]?\s*(?:之前|以前)",
        r"我(?:接过|接手过|遇到过|碰到过|经历过)一个",  # "我接过一个订单结算服务"
        r"(?:^|[.!?]\s+)While [a-z]+ing\b",  # "While cleaning up my tables I deleted…"
        # someone's wish or news that set the story off: "A senior engineer wanted…"
        r"\b(?:my|a|an|our|the) (?:\w+ )?(?:lead|manager|teammate|colleague|PM|boss|mentor"
        r"|director|engineer|stakeholder|client|customer|vendor)s? (?:wanted|asked|told|said"
        r"|insisted|pushed|decided|came)\b",
        r"\bthe (?:day|week|night|month) before\b",
        r"\b(?:there was|we had) (?:a|an|this|customers|users)\b",
    ),
    "task": _markers(
        r"任务",
        r"目标",
        r"需要",
        r"负责",
        r"\btask\b",
        r"\bgoal\b",
        r"\bneeded to\b",
        r"\bresponsible\b",
        r"\b(?:I|we) had to\b",
        r"\bmy (?:job|role|part) was\b",
        r"要求|必须|要(?:在|把|赶|支持|保证|交付)",
        r"\b(?:I|we) needed\b",
        r"\b(?:I was|we were) (?:asked|tasked|supposed) to\b",
        r"\b(?:the|my|our) (?:ask|brief|deadline|target|aim|mandate) was\b",
        r"\bwith (?:\w+ )?(?:weeks?|days?|months?)'? notice\b",
    ),
    "action": _markers(  # what the candidate (or the team they speak for) did
        r"我(先|就|决定|主动|通过|采取|组织|沟通|提出|找)",
        # what a team did, not the textbook "we" ("我们就可以…", "我们先看…")
        r"我们(决定|立刻|马上|重新|回滚|排查|定位|复盘|推动|协调|说服|改成|调整|花了)",
        r"\b(I|we) (decided|talked|proposed|organi[sz]ed|took|asked|set up|met|started|rolled back"
        r"|traced|reached out|convinced|pushed|spent|wrote up|ran)\b",
        r"\bso (I|we)\b",
        # "I showed him the numbers", "we rolled it out": the teller's own past deeds
        r"\b(?:I|we) (?:then |first |quickly |personally |finally )?(?!used\b|needed\b)"
        r"[a-z]{3,}ed\b",
        r"\b(?:I|we) (?:then |first )?(?:wrote|built|made|told|brought|gave|set|put|led|found"
        r"|sat down|went back|drove|chose|split|cut)\b",
        # "我没有继续争，而是主动约他…", "我第一时间把服务回滚"
        r"而是(?:先|主动|直接|自己)|我(?:第一时间|马上|立刻|当即|赶紧|随即|主动|直接)",
        r"我(?:先|就|又|还)?把|我们(?:最后|后来|一起)+(?:把|定|决定|约定|规定)",
    ),
    "reflection": _markers(
        r"学到",
        r"收获",
        r"反思",
        r"意识到",
        r"下次",
        r"如果再",
        r"教训",
        r"体会",
        r"\blearn(ed|t)\b",
        r"\blesson",
        r"\brealized\b",
        r"\bnext time\b",
        r"\bin hindsight\b",
        r"\bdifferently\b",
        r"\btakeaway",
        r"经验|总结|明白了|懂得|认识到|从那以后|这件事让我|以后我(?:都|会)|现在我(?:都|会)",
        r"\bwhat I took (?:from|away)\b|\btaught me\b|\bsince then\b|\bfrom then on\b",
        r"\b(?:now|these days) I (?:always|make sure|try|ask|start)\b",
        r"\bif I (?:did|had) it (?:again|over)\b",
    ),
    "education": _markers(
        r"大学",
        r"硕士",
        r"本科",
        r"博士",
        r"毕业",
        r"专业",
        r"\buniversity\b",
        r"\bdegree\b",
        r"\bmaster",
        r"\bbachelor",
        r"\bgraduat",
        r"\bPhD\b",
        r"读研|读博|研究生|本硕|学士|学院",
        r"\b(?:studied|studying|majored|majoring)\b|在读|\bcollege\b|\b(?:MSc|BSc|MEng|BEng|MBA)\b",
        # a year of study: "研二", "大三在读", "a second-year student"
        r"(?:研[一二三]|博[一二三四五])(?![个次])|大[一二三四](?=[，,。；;、\s]|$|学生|在读)",
        r"\b(?:first|second|third|fourth|final)-year\b",
    ),
    "experience": _markers(
        r"实习",
        r"项目",
        r"工作",
        r"比赛",
        r"\bintern",
        r"\bproject",
        r"\bworked\b",
        r"\bexperience\b",
        # "working at a fintech for about two years", "I've been at Stripe since 2021"
        r"\bwork(?:ing|s)? (?:at|as|for|on)\b",
        r"\bbeen (?:at|with)\b",
        # work done: "spent two years at Shopify", "在美团做了两年推荐", "At X I built…"
        r"\bspent (?:\w+ ){0,2}(?:years?|months?)\b|\b(?:years?|months?) (?:as|at)\b",
        r"\bI(?:'ve| have) been (?:a|an|the|working|leading|building)\b|\bjoined\b",
        r"\b(?:I|we)\s+(?:built|led|shipped|designed|developed|owned|trained|deployed|improved"
        r"|replaced|implemented|raised|cut)\b",
        r"在\S{2,12}?(?:负责|做了?|干了|待了)|(?:做|干|待)了[一二两三四五六七八九十半\d]+年",
        r"(?:毕业后|之后|后来)(?:在|去|进|加入)|就职|任职|入职",
        r"发(?:了|表)[^，,。]{0,12}(?:论文|长文|短文|paper)",
        # a résumé line read out, no "I" in it: a job title and its years ("Senior ML Engineer,
        # Finch Analytics, 2021–present", "2019-2022 字节跳动 算法工程师")
        rf"\b{_TITLE}\b[^.;\n]{{0,50}}?\b{_YEAR}\b|\b{_YEAR}\b[^.;\n]{{0,50}}?\b{_TITLE}\b",
        rf"{_YEAR}[^。；;\n]{{0,30}}?{_ZH_TITLE}|{_ZH_TITLE}[^。；;\n]{{0,30}}?{_YEAR}",
    ),
    "skills": _markers(
        r"熟悉",
        r"擅长",
        r"掌握",
        r"技能",
        r"研究方向",
        r"\bskill",
        r"\bfamiliar\b",
        r"\bexperienced in\b",
        r"\bspeciali[sz]",
        r"\bfocus(ed)? on\b",
        # research and tools: "My research is on RAG", "做 RAG 方向的", "mostly in Python and Go"
        r"\bmy research\b|\bresearch (?:is|was) (?:on|in)\b",
        r"研究的?是|做[^，,。；;]{1,12}?方向|方向是",
        r"\bI (?:mostly |mainly )?(?:do|work on|work in)\b",
        r"\bI (?:work|worked|code) (?:mostly |mainly )?(?:with|in) (?-i:[A-Z])",
        r"\bmostly in (?-i:[A-Z])",
        r"\b(?:proficient|fluent|comfortable) (?:in|with)\b|\bhands-on\b",
        r"(?:主要|平时|日常|一直)(?:写|用)\s?(?-i:[A-Z])|自学|熟练|精通",
    ),
    "motivation": _markers(
        r"希望",
        r"应聘",
        r"岗位",
        r"贵公司",
        r"加入",
        r"职位",
        r"\brole\b",
        r"\bposition\b",
        r"\bjoin",
        r"\bexcited\b",
        r"\binterested in\b",
        r"\blooking for\b",  # "I'm looking for something more applied"
        r"想做|想往|看机会",
        r"想(?:转|去|从事|深耕|尝试|专注|换|加入|来|找|投)|接下来想|未来想",
        r"\bI (?:hope|plan) to (?:work|join|move|focus|do)\b",
        r"\bapplying\b|\bI(?:'d| would) like to\b|\bI want (?:to|this)\b|\bwhy (?:this|here)\b",
    ),
}
