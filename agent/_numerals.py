"""Numbers written in words: Chinese numerals and English number words, as values.

A strong answer says "十六个字节", "一点五倍", "百分之九十五", "六到八成", "两三倍",
"seventy billion", "twenty tokens" where the notes write 16, 1.5, 95%, 60%~80%, 2~3x,
70B, 20: the number check (agent._quantities) must read them as the same values, or it
would call the paraphrase a wrong number.
"""

from __future__ import annotations

import re

_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_ZH_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10_000, "亿": 100_000_000}
ZH_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
# a run that is a number: "十六", "一点五", "九十五"; not a lone "一" of "一个"/"一起"
# (the caller only reads runs followed by a unit or standing in a number phrase)
ZH_RUN = re.compile(rf"[{ZH_NUMERAL}]+(?:点[{ZH_NUMERAL}]+)?")

_SMALL = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
_TEENS = "fifteen sixteen seventeen eighteen nineteen"
_EN_SMALL = {w: i for i, w in enumerate(f"{_SMALL} {_TEENS}".split())}
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
_EN_TENS = {w: 10 * (i + 2) for i, w in enumerate(_TENS.split())}
_EN_SCALE = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_EN_WORD = "|".join(sorted([*_EN_SMALL, *_EN_TENS, *_EN_SCALE], key=len, reverse=True))
# "and" joins number words only after a hundred or a scale ("a hundred and fifty"):
# "between five and ten" are two numbers
_AND = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion))\s+and\s+"
_DIGIT_WORD = "zero|one|two|three|four|five|six|seven|eight|nine"
_SCALE_WORD = "hundred|thousand|million|billion|trillion"
# a number may start with "point" said for "0." ("under point four"), or with "half" of a
# scale ("half a million", "a half million"); "and a half" adds one half ("one and a half
# million", "a million and a half")
_START = (
    rf"(?:{_EN_WORD})|point(?=[\s-]+(?:{_DIGIT_WORD})\b)"
    rf"|(?:a\s+)?half(?:\s+an?)?(?=\s+(?:{_SCALE_WORD})\b)"
)
# "seventy billion", "twenty-five", "one hundred and twenty", "a single", and said
# aloud, "one point four million" ($1.4M)
EN_RUN = re.compile(
    rf"\b(?:{_START})(?:(?:{_AND}|[\s-]+)(?:{_EN_WORD}|point)|\s+and\s+a\s+half\b)*\b"
    r"|\ba single\b",
    re.IGNORECASE,
)


def zh_value(run: str) -> float | None:
    """ "十六" -> 16, "九十五" -> 95, "一点五" -> 1.5, "三千万" -> 3e7, "两" -> 2."""
    whole, _, fraction = run.partition("点")
    value = _zh_integer(whole)
    if value is None or not fraction:
        return value
    digits = [_ZH_DIGITS.get(c) for c in fraction]
    if any(d is None for d in digits):
        return None
    return value + float("0." + "".join(str(d) for d in digits))


def _zh_integer(run: str) -> float | None:
    total, section, digit = 0.0, 0.0, None
    for char in run:
        if char in _ZH_DIGITS:
            if digit is not None:  # "二零二二": digits read one by one
                return _zh_digit_string(run)
            digit = _ZH_DIGITS[char]
        elif char in _ZH_UNITS:
            section += (1 if digit is None else digit) * _ZH_UNITS[char]  # "十六": 一 unsaid
            digit = None
        elif char in _ZH_BIG:
            total += (section + (digit or 0)) * _ZH_BIG[char]
            section, digit = 0.0, None
        else:
            return None
    return total + section + (digit or 0) if run else None


def _zh_digit_string(run: str) -> float | None:
    digits = [_ZH_DIGITS.get(c) for c in run]
    return None if any(d is None for d in digits) else float("".join(str(d) for d in digits))


def zh_pair(run: str) -> tuple[float, float] | None:
    """Two neighbouring numbers said as one, "两三" (2~3), "一两" (1~2), "七八" (7~8):
    the range a speaker means, or None when the run is one number."""
    if len(run) == 2 and run[0] in _ZH_DIGITS and run[1] in _ZH_DIGITS:
        low, high = _ZH_DIGITS[run[0]], _ZH_DIGITS[run[1]]
        if high == low + 1 or (run[0] == "一" and run[1] == "两"):
            return float(low or 1), float(high)
    return None


def en_value(run: str) -> float | None:
    """ "seventy billion" -> 7e10, "twenty-five" -> 25, "one hundred and twenty" -> 120."""
    words = [w for w in re.split(r"[\s-]+", run.lower()) if w and w not in ("and", "a", "an")]
    if not words:
        return None
    if words == ["single"]:
        return 1.0
    total, current, place = 0.0, 0.0, 1.0  # place < 1: digits after "point"
    scale = 1.0  # the last scale said: "a million and a half" is a half of a million
    for word in words:
        if word == "point":
            place = 0.1
        elif word == "half":
            if current or not total:
                current += 0.5
            else:
                total += 0.5 * scale
        elif place < 1 and word in _EN_SMALL and _EN_SMALL[word] < 10:
            current, place = current + _EN_SMALL[word] * place, place / 10
        elif word in _EN_SMALL:
            current += _EN_SMALL[word]
        elif word in _EN_TENS:
            current += _EN_TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _EN_SCALE:
            scale = _EN_SCALE[word]
            total += (current or 1) * scale
            current = 0.0
        else:
            return None
    if place == 0.1:
        return None  # "at one point": no decimal said, no number
    return total + current
