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
_DECORATION = re.compile(r"^[◎●■◆◇□▪▶►★☆✔✅👉]+\s*")

# Whole lines that are page furniture from blogs, Zhihu, CSDN and WeChat articles.
_BOILERPLATE = re.compile(
    r"^(作者|来源|链接|原文链接|原文地址|本文来源|文章来源|出处|责任编辑|编辑|转载自?|"
    r"source|author|original link)\s*[:：]"
    r"|著作权归.{0,12}所有|版权声明|版权归.{0,12}所有|商业转载|非商业转载|未经.{0,10}授权|"
    r"侵删|侵权(请)?(联系)?删除|本文来源|关注(我们的?|本)?公众号|公众号[:：]|微信公众号|扫码|扫一扫|二维码|"
    r"QR ?code|免费(领取|获取|下载)?(学习)?资料|资料(免费|领取)|免费领取|free (materials?|"
    r"resources|download)|点击(领取|下载|关注|阅读原文)|阅读原文|长按(识别|关注)|"
    r"^[-—=*\s]*END[-—=*\s]*$",
    re.I,
)
_FOOTER_WORDS = re.compile(
    r"分享|点赞|在看|收藏|评论|转发|喜欢|举报|打赏|关注|赞|share|like|comment|follow|save",
    re.I,
)
_AD_LINK = re.compile(
    r"^.{0,40}(宝典|资料|课程|领取|下载|公众号|星球|群|福利|合集|专栏).{0,20}[:：]\s*https?://\S+$"
)
_MAX_JUNK_LINE = 80  # a longer line is content even if it mentions a QR code


def clean_lines(text: str) -> list[str]:
    """One cleaned string per line of `text` (which uses "\\n" newlines)."""
    lines = text.split("\n")
    cleaned: list[str] = []
    i = 0
    while i < len(lines):
        last = code_end(lines, i)
        if last is not None:  # a closed code block is kept verbatim
            cleaned.extend(lines[i : last + 1])
            i = last + 1
            continue
        cleaned.append(clean_line(lines[i]))
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
    return indent + _DECORATION.sub("", stripped)


def is_boilerplate(line: str) -> bool:
    if _BARE_URL.match(line):
        return True
    if len(line) > _MAX_JUNK_LINE:
        return False
    if _BOILERPLATE.search(line) or _AD_LINK.match(line):
        return True
    words = _FOOTER_WORDS.findall(line)
    rest = _FOOTER_WORDS.sub("", line)
    return bool(words) and not any(ch.isalpha() for ch in rest)
