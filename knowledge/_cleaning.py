"""Line-by-line cleaning: drop images and web-page boilerplate, keep line numbers.

`clean_lines` returns exactly one string per original line (dropped lines become ""),
so every later step can cite 1-based lines of the original file. Code blocks are left
untouched.
"""

from __future__ import annotations

import re

FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")

_IMAGE_MD = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_IMAGE_HTML = re.compile(r"<img\b[^>]*>", re.I)
_HTML_TAG = re.compile(r"</?(?:br|p|div|span|font|center|u|sup|sub|strong|em|b|i)\b[^>]*/?>", re.I)
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_BARE_URL = re.compile(r"^<?https?://\S+>?$")
_DECORATION = re.compile(
    r"^[◎●■◆◇□▪▶►★☆✔✅👉\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001faff\ufe0f\u200d]+\s*"
)
ITEM = "• "  # what a decorated (emoji or symbol) bullet becomes: it starts a new item
_HASHTAG = re.compile(r"(?<!\S)#[^#\s]{1,20}#(?!\S)")  # "#面经#" inside a line
# a forum reply's floor before its text ("#2楼 回复：", "3楼：", "楼主回复：", "回复 @小王："):
# who posted it, no part of what it says
_FLOOR = re.compile(
    r"^(?:#?\d{1,4}\s*楼|楼主)\s*(?:回复|的回复|说)?\s*[:：]\s*"
    r"|^回复\s*(?:@[^\s:：]{1,20}|#?\d{1,4}\s*楼|楼主)\s*[:：]\s*"  # "回复 2楼：私信我"
)
# Who posted, with no word of what: "楼主  小白冲冲冲 Lv.3", "2楼  算法小菜鸡", "牛客用户 LV5"
# (a floor and a name alone, or a name with its level badge); where the page sits:
# "首页 > 面经 > 算法岗 > …"; and the thread's chatter: "楼主好人，求内推！", "蹲", "mark"
_POSTER = re.compile(
    r"^(?:(?:#?\d{1,4}\s*楼|楼主)\s+)[^\s，。,.!?！？：:]{1,20}(?:\s+(?:lv|v)\.?\s*\d{1,2})?$"
    r"|^[^\s，。,.!?！？：:]{1,20}\s+lv\.?\s*\d{1,2}$",
    re.I,
)
_BREADCRUMB = re.compile(r"^(?:首页|主页|home)\s*[>›»]\s*\S.*[>›»]", re.I)
_CHATTER = re.compile(
    r"^(?:楼主好人|谢谢楼主|感谢楼主|求内推|蹲一?个?|同问|mark|码住|插眼|顶|接好运|沾沾喜气|私信我?)"
    r"[，,。！!~～\s]*(?:求内推|谢谢|感谢)?[！!。~～]*$",
    re.I,
)
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff，。、；：]) (?=[\u4e00-\u9fff，。、；：])")

# Whole lines that are page furniture from blogs, Zhihu, CSDN and WeChat articles.
_BOILERPLATE = re.compile(
    r"^(作者|来源|链接|原文链接|原文地址|本文来源|文章来源|出处|责任编辑|编辑|转载自?|"
    r"source|author|original link)\s*[:：]"
    r"|著作权归.{0,12}所有|版权声明|版权归.{0,12}所有|商业转载|非商业转载|未经.{0,10}授权|"
    r"侵删|侵权(请)?(联系)?删除|本文来源|关注(我们的?|本)?公众号|公众号[:：]|微信公众号|扫码|扫一扫|二维码|"
    r"QR ?code|免费(领取|获取|下载)?(学习)?资料|资料(免费|领取)|免费领取|free (materials?|"
    r"resources|download)|点击(领取|下载|关注|阅读原文)|阅读原文|长按(识别|关注)|"
    r"^[-—=*\s]*END[-—=*\s]*$"
    # web pages: table of contents title, post dates, counters, hashtag rows, poster's "bg:"
    r"|^(目录|contents|table of contents)\s*[:：]?$|^(发布于|编辑于|发表于|更新于|posted on)"
    r"|^(赞同|收藏|点赞|评论|分享|喜欢|阅读|浏览|在看|转发)\s*[\d.,]+\s*[万kKwW]?$"
    r"|^(#[^#\s]+#?\s*)+$|^bg\s*[:：]|^(上一篇|下一篇|展开全文|收起|举报)"
    # a poster's sign-off: "最后祝大家都能拿到心仪的 offer！有问题评论区问我～"
    r"|祝(大家|各位|你们|友友们|牛友们).{0,20}(offer|上岸|顺利)|评论区(问|留言|见|交流|讨论)"
    # PDF page furniture: page numbers and running headers that carry them
    r"|第\s*\d+\s*页\s*([/，,]?\s*共?\s*\d+\s*页)?$|^[—–-]\s*\d+\s*[—–-]$|^\d+\s*/\s*\d+$"
    r"|^page \d+( of \d+)?$",
    re.I,
)
# Where a web page's article ends: comments and recommended posts follow, up to the next heading.
_PAGE_TAIL = re.compile(
    r"^(全部评论|热门评论|最新评论|评论区|精选评论|相关推荐|推荐阅读|相关阅读|猜你喜欢|相关文章|"
    r"热门推荐|comments|related posts)(\s|[(（\d]|$)",
    re.I,
)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S")
_FOOTER_WORDS = re.compile(
    r"分享|点赞|赞同|在看|收藏|评论|转发|喜欢|举报|打赏|关注|浏览|阅读|回复|赞"
    r"|share|like|comment|follow|save|repl(?:y|ies)|views?|reads?|report",
    re.I,
)
_AD_LINK = re.compile(
    r"^.{0,40}(宝典|资料|课程|领取|下载|公众号|星球|群|福利|合集|专栏).{0,20}[:：]\s*https?://\S+$"
)
_MAX_JUNK_LINE = 80  # a longer line is content even if it mentions a QR code
# A page's button row: every cell a button's word, perhaps with where it shares to and a
# count ("分享到微博 | 收藏 | 点赞 12", "Read 3021 · Comments 4", "Share on Twitter | Save")
_BUTTON = re.compile(
    r"(分享|收藏|点赞|赞同|评论|阅读|浏览|转发|喜欢|举报|打赏|关注|在看|回复|"
    r"share|save|like|likes|comments?|reads?|views?|follow|report|tweet|repost|repl(?:y|ies))"
    r"(\s*(到|至|给|on|to)\s*\S{1,10}?)?\s*[\d.,]*\s*[万千kKwW]?",
    re.I,
)
_CELL_BREAK = re.compile(r"\s*[|｜·•/]\s*")
# a code block's copy button and "read more" links, pasted as lines of their own
_BUTTON_LINE = re.compile(
    r"^(登录后复制|复制代码|一键复制|运行代码|copy( code)?|copied!?|展开(阅读)?全文|阅读全文|"
    r"read more|show more)$",
    re.I,
)
# a blog's licence notice, however long: "Copyright notice: … licensed under CC 4.0 BY-SA."
_LICENCE = re.compile(
    r"^(copyright|版权)\b.{0,200}(原创|original|licen[cs]ed?|all rights reserved|转载|reprint)"
    r"|^(copyright\s*)?©\s*\d{4}",
    re.I,
)


def clean_lines(text: str) -> list[str]:
    """One cleaned string per line of `text` (which uses "\\n" newlines)."""
    lines = text.split("\n")
    cleaned: list[str] = []
    in_tail = False
    i = 0
    while i < len(lines):
        last = code_end(lines, i)
        if last is not None and not in_tail:  # a closed code block is kept verbatim
            cleaned.extend(lines[i : last + 1])
            i = last + 1
            continue
        stripped = lines[i].strip()
        if _PAGE_TAIL.match(stripped):
            in_tail = True
        elif in_tail and _MD_HEADING.match(lines[i]):
            in_tail = False
        cleaned.append("" if in_tail else clean_line(lines[i]))
        i += 1
    return cleaned


def code_end(lines: list[str], i: int) -> int | None:
    """Index of the fence closing a code block that opens at line i (None: not a block)."""
    opener = FENCE.match(lines[i])
    if not opener:
        return None
    fence = opener.group(1)
    for j in range(i + 1, len(lines)):
        closer = FENCE.match(lines[j])
        closes = closer and closer.group(1)[0] == fence[0] and len(closer.group(1)) >= len(fence)
        if closes and not lines[j].strip().strip(fence[0]):
            return j
    return None


def clean_line(line: str) -> str:
    """Cleaned text of one prose line, "" when nothing worth keeping is left."""
    text = _IMAGE_MD.sub("", line)
    text = _IMAGE_HTML.sub("", text)
    text = _HTML_TAG.sub("", text)
    text = _LINK.sub(r"\1", text).rstrip()
    stripped = text.strip()
    if not stripped or is_boilerplate(stripped):
        return ""
    if stripped != line.strip() and not any(ch.isalnum() for ch in stripped):
        return ""  # only punctuation left around a removed image
    indent = text[: len(text) - len(text.lstrip())]
    body = _CJK_GAP.sub("", _HASHTAG.sub("", stripped).strip())  # PDF/web spaces in words
    body = _FLOOR.sub("", body) or body
    if _CHATTER.match(body):  # "回复 2楼：私信我"
        return ""
    undecorated = _DECORATION.sub("", body)
    if undecorated != body and undecorated:
        return indent + ITEM + undecorated
    return indent + undecorated


def is_boilerplate(line: str) -> bool:
    if _BARE_URL.match(line):
        return True
    if _LICENCE.search(line):
        return True
    if len(line) > _MAX_JUNK_LINE:
        return False
    if _BOILERPLATE.search(line) or _AD_LINK.match(line) or _BUTTON_LINE.match(line):
        return True
    if _POSTER.match(line) or _BREADCRUMB.match(line) or _CHATTER.match(line):
        return True
    cells = [cell for cell in _CELL_BREAK.split(line) if cell]
    if cells and all(_BUTTON.fullmatch(cell) for cell in cells):
        return True
    words = _FOOTER_WORDS.findall(line)
    rest = _FOOTER_WORDS.sub("", line)
    return bool(words) and not any(ch.isalpha() for ch in rest)
