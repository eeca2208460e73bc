"""What the voice benchmark listens to: real clips with their transcripts, the espeak-ng
fixtures, and answers of a given length built from them (English and Mandarin).

bench_voice.py measures; this module only makes the audio and says what was said.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MIANBA_SHARED_DIR", REPO.parent / "shared"))
DATA = REPO / "tests" / "voice" / "data"


def real_clips() -> list[dict[str, Any]]:
    """Our clips, then those of ../shared/audio that we do not have (by file stem)."""
    clips: list[dict[str, Any]] = []
    for folder in (DATA, SHARED / "audio"):
        listing = folder / "transcripts.json"
        if listing.is_file():
            for clip in json.loads(listing.read_text(encoding="utf-8")):
                if Path(clip["file"]).stem not in {Path(c["file"]).stem for c in clips}:
                    clips.append({**clip, "path": folder / clip["file"]})
    return clips


FIXTURES = (  # what scripts/make_audio_fixtures.sh says
    (
        "en_answer",
        "en",
        "I built a retrieval system for interview notes. It splits the notes "
        "into chunks, embeds them, and ranks them with hybrid search. Then the answers are "
        "checked against the reference.",
    ),
    ("zh_answer", "zh", "我做过一个检索增强生成的项目，主要负责召回和排序。"),
    ("jargon_answer", "en", "LoRA adapters, BM25 retrieval and a KV cache made the system fast."),
)


def speech_pieces(out: Path) -> list[tuple[np.ndarray, str]]:
    """(audio, what is said): real English clips and espeak-ng answers (WAVs go to `out`)."""
    from faster_whisper.audio import decode_audio

    pieces = [(decode_audio(str(c["path"])), c["text"]) for c in real_clips() if c["lang"] == "en"]
    pieces += [
        (decode_audio(str(out / f"{name}.wav")), text)
        for name, lang, text in FIXTURES
        if lang == "en"
    ]
    for n, text in enumerate(_MORE):
        wav = out / f"more_{n}.wav"
        subprocess.run(["espeak-ng", "-v", "en", "-s", "160", "-w", str(wav), text], check=True)
        pieces.append((decode_audio(str(wav)), text))
    return pieces


_MORE = (  # more distinct sentences, so no 30 s window hears the same one twice
    "The cache keeps the most recent keys in memory, so repeated questions are answered "
    "in a few milliseconds.",
    "We measured recall on two hundred questions, and the hybrid ranking found the right "
    "note four times out of five.",
    "If I did it again, I would start with a smaller model and add the reranker only where "
    "the data showed a gap.",
    "The hardest part was the evaluation, because the reference answers were written by "
    "different people.",
)


MANDARIN = (  # espeak-ng -v cmn-latn-pinyin reads these; no two alike in one answer
    "我做过一个检索增强生成的项目，主要负责召回和排序。",
    "我们先把笔记切成小块，再用向量模型编码，最后用混合检索排序。",
    "上线以后，回答的准确率提高了百分之二十，延迟也降低了一半。",
    "如果重新做一次，我会先用小模型验证想法，再考虑更大的模型。",
    "面试官问我为什么选择这个方案，我解释了成本和效果的权衡。",
    "训练数据来自三个部门，清洗之后大约有五万条问答。",
    "我们用低秩适配微调模型，只训练很少的参数，显存占用小了很多。",
    "评测的时候，我们请了两位同事分别打分，再看他们的一致性。",
    "最难的问题是长文档，切得太碎就丢了上下文。",
    "后来我们加了重排序模型，前五条结果的命中率明显上升。",
    "缓存也很重要，常见的问题几毫秒就能返回答案。",
    "这个项目让我学会了先定指标，再动手优化。",
    "团队里有人不同意我的方案，我们用一周的实验来决定。",
    "我负责写接口和部署脚本，也参与了线上监控。",
    "用户反馈说回答太长，我们就让模型先给结论再解释。",
    "关键词检索和向量检索各有长处，混合起来效果最稳。",
    "我平时会读论文，也会在开源社区里看别人的实现。",
    "遇到线上故障时，我先回滚版本，再慢慢查原因。",
    "模型变大以后推理变慢，我们用量化把速度提了回来。",
    "总的来说，这段经历让我对检索系统有了完整的认识。",
)
_REAL_EVERY = 4  # a real clip after every 4th sentence: never twice in one piece's context


def mandarin_pieces(out: Path) -> list[tuple[np.ndarray, str]]:
    """(audio, what is said): the MANDARIN sentences in turn (espeak-ng at varied speed and
    pitch), a real Mandarin clip (tests/voice/data, ../shared/audio) in a sox variant after
    every _REAL_EVERY of them. Whisper is given the previous text as context, so the same
    sentence within it would trip the repeat checks more than real speech ever does."""
    from faster_whisper.audio import decode_audio

    from voice._accuracy import VARIANTS

    real = [c for c in real_clips() if c["lang"] == "zh"]
    pieces = []
    for n, text in enumerate(MANDARIN):
        spoken = out / f"zh_spoken_{n}.wav"
        speed, pitch = str(150 + 10 * (n % 3)), str(40 + 5 * (n % 5))
        speak = ["espeak-ng", "-v", "cmn-latn-pinyin", "-s", speed, "-p", pitch, "-w", str(spoken)]
        subprocess.run([*speak, text], check=True)
        pieces.append((decode_audio(str(spoken)), text))
        if real and n % _REAL_EVERY == _REAL_EVERY - 1:
            k = n // _REAL_EVERY
            clip, effect = real[k % len(real)], VARIANTS[k % len(VARIANTS)]
            wav = out / f"zh_real_{k}.wav"
            subprocess.run(["sox", "-q", str(clip["path"]), str(wav), *effect], check=True)
            pieces.append((decode_audio(str(wav)), clip["text"]))
    return pieces


def build_answer(
    pieces: list[tuple[np.ndarray, str]], seconds: float, seed: int, lang: str = "en"
) -> tuple[np.ndarray, str]:
    """Whole pieces with pauses until `seconds` is reached; ends with speech (worst case).
    Pieces come round in a fixed shuffled order (zh: in their order, see mandarin_pieces):
    a sentence repeated within one Whisper window makes the text compress too well, and
    Whisper then re-decodes at random temperatures, a random cost that has nothing to do
    with our overhead."""
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(pieces)) if lang != "zh" else np.arange(len(pieces))
    parts: list[np.ndarray] = []
    said: list[str] = []
    total = 0
    while total < seconds * 16000:
        audio, text = pieces[int(order[len(said) % len(order)])]
        if parts:
            parts.append(np.zeros(int(rng.uniform(0.4, 2.5) * 16000), dtype=np.float32))
        parts.append(audio)
        said.append(text)
        total += sum(p.size for p in parts[-2:])
    return np.concatenate(parts), ("" if lang == "zh" else " ").join(said)
