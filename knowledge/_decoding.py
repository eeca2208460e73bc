"""Turn a note file's raw bytes into text: an explicit decoding ladder, no guessing library.

Candidates' notes come as UTF-8 (with or without BOM), GBK/GB18030 (simplified-Chinese
Windows editors), Big5/CP950 (traditional-Chinese ones), and UTF-16 (Windows "Unicode"
Notepad, with or without BOM). The ladder tries the unambiguous signals first (BOMs, NUL
patterns), then strict UTF-8, then the two legacy Chinese encodings, and keeps a decoding
only when the text it yields looks like prose. Big5 bytes mostly decode as GB18030 too
(and the reverse), into rare characters: of the two, the one whose text is made of the
characters its own standard lists as common wins.
"""

from __future__ import annotations

import codecs
import re

# Magic numbers of files people drop into a notes folder by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx document)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "a program"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Characters a wrong decoding produces: C0 controls (bar tab/newlines/form feed), DEL and
# C1 controls, lone surrogates, private use, and the replacement character.
_IMPLAUSIBLE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffd]")
_MIN_PLAUSIBLE = 0.97  # share of characters that must look like prose
_MAX_LOSSY = 0.002  # share of undecodable bytes tolerated in an otherwise UTF-8 file


_LEGACY_CHINESE = ("gb18030", "cp950")
# Lead bytes of the punctuation rows and the common-character rows of each standard.
_COMMON_LEADS: dict[str, tuple[str, frozenset[int]]] = {
    "gb18030": ("gb2312", frozenset([*range(0xA1, 0xAA), *range(0xB0, 0xD8)])),
    "cp950": ("cp950", frozenset(range(0xA1, 0xC7))),
}
_SAMPLE = 4000  # characters looked at: enough to tell, cheap on a large note
_SHOWN_AS = {"cp950": "big5"}  # CP950 is Big5 as Windows writes it; people know "Big5"


class UndecodableError(ValueError):
    """The bytes are not text we can read; the message is for a person."""


def decode_text(raw: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise UndecodableError with a readable reason."""
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise UndecodableError(f"it is {what}, not a text note")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _strict(raw[len(bom) :], encoding.removesuffix("-sig"), encoding)
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return utf16
    if b"\x00" in raw:
        raise UndecodableError("it contains binary data (NUL bytes), not text")
    utf8 = _plausible(raw, "utf-8")
    if utf8 is not None:
        return utf8, "utf-8"
    chinese = [(text, name) for name in _LEGACY_CHINESE if (text := _plausible(raw, name))]
    if chinese:
        text, name = max(chinese, key=lambda found: _commonness(*found))  # GB18030 on a tie
        return text, _SHOWN_AS.get(name, name)
    return _lossy_utf8(raw)


def _plausible(raw: bytes, encoding: str) -> str | None:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        return None
    return text if _plausibility(text) >= _MIN_PLAUSIBLE else None


def _commonness(text: str, encoding: str) -> float:
    """Share of the non-ASCII characters (a sample) that are punctuation or common
    characters in the encoding's own standard: GB2312 level 1, Big5's frequent block."""
    codec, common = _COMMON_LEADS[encoding]
    sample = [ch for ch in text if ord(ch) > 0x7F][:_SAMPLE]
    if not sample:
        return 0.0
    hits = 0
    for char in sample:
        try:
            encoded = char.encode(codec)
        except UnicodeEncodeError:
            continue
        hits += len(encoded) == 2 and encoded[0] in common
    return hits / len(sample)


def _strict(payload: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        text = payload.decode(codec)
    except UnicodeDecodeError as exc:
        raise UndecodableError(f"it starts with a {name} marker but is not valid {name}") from exc
    return text, name


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 text has NUL bytes on one side of each pair wherever it holds ASCII."""
    if len(raw) < 2 or len(raw) % 2:
        return None
    nul_even = raw[0::2].count(0)
    nul_odd = raw[1::2].count(0)
    if nul_even == nul_odd:
        return None
    encoding = "utf-16-le" if nul_odd > nul_even else "utf-16-be"
    if min(nul_even, nul_odd) > max(nul_even, nul_odd) // 20:
        return None  # NULs on both sides: binary, not UTF-16
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        return None
    return (text, encoding) if _plausibility(text) >= _MIN_PLAUSIBLE else None


def _lossy_utf8(raw: bytes) -> tuple[str, str]:
    """A mostly-UTF-8 file with a few broken bytes is kept, not thrown away."""
    text = raw.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if broken <= max(1, int(len(text) * _MAX_LOSSY)) and _plausibility(text) >= _MIN_PLAUSIBLE:
        return text, "utf-8 (some bytes replaced)"
    raise UndecodableError(
        "its encoding is not UTF-8, UTF-16, GBK/GB18030 or Big5 (or it is not a text file); "
        "save it as UTF-8 and import it again"
    )


def _plausibility(text: str) -> float:
    """Share of characters that belong in notes (not control, surrogate or private-use)."""
    if not text:
        return 1.0
    return 1.0 - len(_IMPLAUSIBLE.findall(text)) / len(text)
