"""Refresh the zh_CN translation: extract UI strings, keep existing translations, compile .qm.

    python scripts/update_translations.py            # lupdate + lrelease
    python scripts/update_translations.py --check    # fail if a string has no translation

English is the source language. Translate new strings in desktop/i18n/mianba_zh_CN.ts
(with pyside6-linguist or any editor), then run this again to rebuild the .qm file.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "desktop" / "i18n" / "mianba_zh_CN.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: it ships with PySide6 (pip install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def untranslated(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    missing = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "obsolete":
            continue
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            numerus = translation.findall("numerusform")
            if not any((n.text or "").strip() for n in numerus):
                missing.append(message.findtext("source") or "")
    return missing


def translations(ts: Path) -> dict[str, str]:
    """The finished translations by source text (plural forms left out)."""
    found = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        text = (translation.text or "").strip() if translation is not None else ""
        if text and translation is not None and translation.get("type") is None:
            found[message.findtext("source") or ""] = translation.text or ""
    return found


def carry_over(ts: Path, known: dict[str, str]) -> int:
    """A string that moved to another context (a method moved into a mixin that says
    `tr()`) keeps the translation it had; returns how many were carried over."""
    tree = ET.parse(ts)
    carried = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        if message.get("numerus") != "yes" and source in known:
            translation.text = known[source]
            del translation.attrib["type"]
            carried += 1
    if carried:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return carried


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on untranslated strings")
    args = parser.parse_args()
    lupdate = [_tool("pyside6-lupdate"), *sources(), "-ts", str(TS), "-no-obsolete"]
    lupdate += ["-source-language", "en", "-target-language", "zh_CN"]
    known = translations(TS)
    subprocess.run(lupdate, check=True, cwd=ROOT)
    if carry_over(TS, known):
        subprocess.run(lupdate, check=True, cwd=ROOT)  # back in lupdate's own layout
    missing = untranslated(TS)
    for text in missing:
        print(f"untranslated: {text!r}")
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, cwd=ROOT)
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
