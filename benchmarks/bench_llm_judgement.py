"""LLM-mode judgement measured: the labelled answer set scored by a real local model.

    python benchmarks/bench_llm_judgement.py [--questions N] [--quick] [--model 0.5b|1.5b]
                                             [--gguf PATH] [--threads T]
                                             [--offset K] [--record FILE | --replay FILE]

Starts the cached llama-server (scripts/llm_server.sh builds or reuses it and the model)
on a free 127.0.0.1 port, scores N questions of tests/agent/judgement_set.py (strong,
partial, wrong, off-topic and padded answers each) through the real Scorer and gateway,
asks N deep-dive questions through the real Interviewer, and prints:
valid-structure rate, the share of questions ordered strong > partial > max(others), the
highest padded/off-topic score, the offline estimate's figures on the same questions,
median time to the first question token and to a ready score, prompt tokens per call,
and the share of deep-dive questions naming the candidate's project.
Targets (issue 13): valid 100 %; ordering at least the offline one's; no padded or
off-topic answer above 40; deep-dive naming the project >= 90 %. Figures only.
Each score takes one to three minutes on 2 busy cores: keep N small (run_all.py passes
--quick: one question, about 10 minutes). --record FILE keeps the model's raw rubric
replies (JSON); --replay FILE scores the same answers again from those replies with no
model (and no deep-dive questions), so a change to how code reads a reply is measured
on the very replies a real model wrote, in seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import _judgement_scores as offline  # puts the repo and tests/agent on sys.path

REPO = offline.REPO
NAMES = {"0.5b": "qwen2.5-coder-0.5b-instruct", "1.5b": "qwen2.5-coder-1.5b-instruct"}
KINDS_ABOVE_CEILING = ("padded", "off_topic")


def _paths(model: str, gguf: str | None) -> tuple[str, str]:
    target = "all" if model == "0.5b" else "all-1.5b"
    out = subprocess.run(
        ["bash", str(REPO / "scripts" / "llm_server.sh"), target],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHON": sys.executable},
    )
    if out.returncode != 0:
        sys.exit(f"scripts/llm_server.sh {target} failed:\n{out.stderr[-2000:]}")
    found = dict(line.split("=", 1) for line in out.stdout.splitlines() if "=" in line)
    return found["SERVER"], gguf or found["MODEL"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def llama_server(server: str, gguf: str, threads: int) -> Iterator[str]:
    """llama-server on a free port for the length of the block; yields its /v1 URL."""
    port = _free_port()
    log = tempfile.NamedTemporaryFile("w+", suffix=".log", prefix="bench-llama-", delete=False)  # noqa: SIM115 (the server writes it)
    command = [server, "--model", gguf, "--host", "127.0.0.1", "--port", str(port), "--jinja"]
    command += ["--ctx-size", "8192", "--parallel", "2", "--threads", str(threads)]
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_healthy(port, process, Path(log.name))
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        process.terminate()
        process.wait(30)
        Path(log.name).unlink(missing_ok=True)


def _wait_healthy(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    for _ in range(480):
        if process.poll() is not None:
            sys.exit(f"llama-server exited:\n{log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit("llama-server did not become healthy in 4 minutes")


def _llm_config(url: str, model: str) -> Any:
    from agent import LLMConfig

    # the same knobs as the real-model test tier (tests/llm/conftest.py)
    return LLMConfig(base_url=url, model=NAMES[model], timeout_s=120.0, max_retries=2,
                     temperature=0.2)  # fmt: skip


def _pick(n: int, offset: int = 0) -> list[Any]:
    """N cases spread over the set (zh and en, all stages), in a fixed order; `offset`
    shifts each pick by that many cases (other questions, the same spread)."""
    from judgement_set import all_cases

    cases = all_cases()
    n = max(1, min(n, len(cases)))
    return [cases[(i * len(cases) // n + offset) % len(cases)] for i in range(n)]


class _Replies:
    """The model's rubric replies in order: kept while recording, handed back on replay."""

    def __init__(self, gateway: Any, recorded: list[Any] | None = None) -> None:
        self.gateway = gateway  # None on replay
        self.recorded = [] if recorded is None else recorded
        self._next = 0

    @property
    def usage(self) -> Any:
        from agent import Usage

        return self.gateway.usage if self.gateway else Usage(calls=self._next)

    def complete_json(self, messages: Any, schema: Any, **kwargs: Any) -> Any:
        from agent import LLMError

        if self.gateway is None:  # replay; None stands for a reply that failed
            self._next += 1
            if (recorded := self.recorded[self._next - 1]) is None:
                raise LLMError("the recorded reply failed")
            try:
                return schema.model_validate(recorded)
            except ValueError as exc:  # the notes' key points changed since the recording
                why = "no longer fits its rubric form (the key points changed?)"
                sys.exit(f"replay: reply {self._next} {why}; record again\n{exc}")
        try:
            reply = self.gateway.complete_json(messages, schema, **kwargs)
        except LLMError:
            self.recorded.append(None)
            raise
        self.recorded.append(reply.model_dump(mode="json", by_alias=True))
        return reply


def score_llm(cases: list[Any], replies: _Replies) -> dict[str, Any]:
    from judgement_set import KINDS

    from agent import AgentConfig, Answer, Scorer
    from knowledge import EmbeddingConfig, install_offline_model, make_embedder
    from mianba.settings import load_settings, models_dir

    directory = models_dir(load_settings())
    install_offline_model(directory)
    embedder = make_embedder(EmbeddingConfig(), directory)
    from agent import LLMConfig

    gateway, llm_config = replies, replies.gateway.config if replies.gateway else LLMConfig()
    scores: list[dict[str, float]] = []
    statuses: list[str] = []
    seconds: list[float] = []
    prompt_tokens: list[int] = []
    for n, case in enumerate(cases):
        config = AgentConfig(sessions_db=Path("unused"), language=case.language, llm=llm_config)
        scorer = Scorer(config, None, gateway, embedder)  # type: ignore[arg-type]
        ref = offline._reference(case.question, case.reference, case.stage, f"r{n}")
        by_kind = {}
        for kind in KINDS:
            before = gateway.usage
            started = time.perf_counter()
            turn = scorer.score(
                case.question, Answer(text=case.answer(kind)), case.stage, references=[ref]
            )
            took = time.perf_counter() - started
            statuses.append(turn.status)
            calls = gateway.usage.calls - before.calls
            if calls:  # the model was asked (not decided by a guard); a repair is a 2nd call
                seconds.append(took)
                spent = gateway.usage.prompt_tokens - before.prompt_tokens
                prompt_tokens += [spent // calls] * calls
            by_kind[kind] = turn.overall or 0.0
            print(f"  {case.case_id} {kind:9} {turn.status:16} {by_kind[kind]:5.1f} "
                  f"{took:6.1f} s  {_card(turn)}", flush=True)  # fmt: skip
        scores.append(by_kind)
    return {"scores": scores, "statuses": statuses, "seconds": seconds, "prompt": prompt_tokens}


def _card(turn: Any) -> str:
    """Dimension scores, key-point marks and the summary line, to read a misorder by."""
    dims = " ".join(f"{d.name[:4]}={d.score}" for d in turn.dimensions)
    marks = "".join(kp.status[0] for kp in turn.key_points)
    return f"[{dims}] points {marks or '-'} | {turn.summary[:160]!r}"


def ask_deep_dives(n: int, llm_config: Any) -> tuple[list[float], list[bool], list[str]]:
    """N first questions of a project-only interview: time to the first token, project
    named, and whose question was asked: "model" (as streamed), "model+name" (code put
    the project's name before it) or "fallback" (code asked its own: the model's text
    asked nothing or repeated a question)."""
    from interview_fixtures import EN_PROJECTS, EN_QUESTIONS, ZH_PROJECTS, MemoryRetriever

    from agent import AgentConfig, Interviewer, InterviewOptions, LLMGateway

    first_token, named, whose = [], [], []
    with tempfile.TemporaryDirectory() as home:
        for i in range(n):
            zh = i % 2 == 0
            retriever = MemoryRetriever() if zh else MemoryRetriever(EN_QUESTIONS, EN_PROJECTS)
            project = (ZH_PROJECTS if zh else EN_PROJECTS)[0].name
            config = AgentConfig(sessions_db=Path(home) / f"s{i}.sqlite", llm=llm_config)
            iv = Interviewer(config, retriever, llm=LLMGateway(llm_config))
            options = InterviewOptions(stages=["project"], minutes=5,
                                       language="zh" if zh else "en")  # fmt: skip
            sid = iv.start(options)
            started, first, streamed = time.perf_counter(), None, ""
            for event in iv.run(sid):
                if event.type == "question_delta":
                    first = first if first is not None else time.perf_counter() - started
                    streamed += event.text
                if event.type == "question_asked":
                    named.append(project.lower() in event.text.lower())
                    whose.append(_whose(event.text, streamed))
                    print(f"  deep-dive ({options.language}, {whose[-1]}): {event.text}",
                          flush=True)  # fmt: skip
            first_token.append(first if first is not None else float("nan"))
            iv.close()
    return first_token, named, whose


def _whose(asked: str, streamed: str) -> str:
    model = streamed.strip().strip('"“”')
    if asked == model:
        return "model"
    return "model+name" if model and asked.endswith(model) else "fallback"


def _ordering(scores: list[dict[str, float]]) -> str:
    ordered = sum(offline._ordered(s) for s in scores)
    return f"{ordered}/{len(scores)} = {ordered / max(1, len(scores)):.0%}"


def _ceiling(scores: list[dict[str, float]]) -> float:
    return max((s[k] for s in scores for k in KINDS_ABOVE_CEILING), default=0.0)


def _median(values: list[float] | list[int]) -> str:
    return f"{statistics.median(values):.1f}" if values else "n/a"


def report(llm: dict[str, Any], offline_scores: list[dict[str, float]], asked: Any) -> None:
    statuses = llm["statuses"]
    sent = [s for s in statuses if s != "guarded"]
    valid = sum(s == "llm" for s in sent)
    first_token, named, whose = asked if asked else ([], [], [])
    print("\n--- figures ---")
    print(f"valid structure: {valid}/{len(sent)} replies = {valid / max(1, len(sent)):.0%} "
          f"(target 100 %); {len(statuses) - len(sent)} answers decided by guards, "
          f"not sent")  # fmt: skip
    print(f"ordering strong > partial > max(others): LLM {_ordering(llm['scores'])}, "
          f"offline {_ordering(offline_scores)} (target: LLM >= offline)")  # fmt: skip
    print(f"highest padded/off-topic score: LLM {_ceiling(llm['scores']):.1f}, "
          f"offline {_ceiling(offline_scores):.1f} (target <= 40)")  # fmt: skip
    for label, scores in (("LLM", llm["scores"]), ("offline", offline_scores)):
        means = {k: statistics.mean(s[k] for s in scores) for k in scores[0]}
        print(f"mean score by answer ({label}): "
              + ", ".join(f"{k} {v:.1f}" for k, v in means.items()))  # fmt: skip
    print(f"time to a ready score (model asked): median {_median(llm['seconds'])} s "
          f"over {len(llm['seconds'])} scores; offline baseline below")  # fmt: skip
    print(f"prompt tokens per scoring call: median {_median(llm['prompt'])}, "
          f"max {max(llm['prompt'], default=0)}")  # fmt: skip
    print(f"time to the first question token: median {_median(first_token)} s "
          f"over {len(first_token)} questions")  # fmt: skip
    share = sum(named) / max(1, len(named))
    print(
        f"deep-dive questions naming the project: {sum(named)}/{len(named)} = {share:.0%} "
        "(target >= 90 %); asked as the model wrote it "
        f"{whose.count('model')}, with the name put first by code {whose.count('model+name')}, "
        f"code's own question instead {whose.count('fallback')}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=4, help="judgement questions (of 40)")
    parser.add_argument("--quick", action="store_true", help="1 question, 2 deep-dives")
    parser.add_argument("--model", choices=sorted(NAMES), default="0.5b")
    parser.add_argument("--gguf", help="another GGUF file to serve instead")
    parser.add_argument("--threads", type=int, default=1, help="llama-server threads")
    parser.add_argument("--offset", type=int, default=0, help="shift the questions picked")
    parser.add_argument("--record", type=Path, help="write the model's replies to this file")
    parser.add_argument("--replay", type=Path, help="score from replies --record wrote")
    args = parser.parse_args()
    cases = _pick(1 if args.quick else args.questions, args.offset)
    if not args.replay:
        server, gguf = _paths(args.model, args.gguf)
        print(f"model {Path(gguf).name}, {len(cases)} questions x 5 answers, llama-server "
              f"{args.threads} thread(s)", flush=True)  # fmt: skip
    started = time.perf_counter()
    items = [(c.language, c.stage, c.question, c.reference,
              {k: c.answer(k) for k in ("strong", "partial", "wrong", "off_topic", "padded")})
             for c in cases]  # fmt: skip
    scorers = {"zh": offline._scorer("zh"), "en": offline._scorer("en")}
    offline_scores, _ = offline._score_all(scorers, items)
    offline_s = (time.perf_counter() - started) / max(1, 5 * len(cases))
    print("offline scores: " + "; ".join(
        f"{c.case_id} " + " ".join(f"{v:.0f}" for v in s.values())
        for c, s in zip(cases, offline_scores, strict=True)), flush=True)  # fmt: skip
    if args.replay:
        print(f"replaying the model's replies in {args.replay}", flush=True)
        llm = score_llm(cases, _Replies(None, json.loads(args.replay.read_text())))
        report(llm, offline_scores, None)
        return
    with llama_server(server, gguf, args.threads) as url:
        from agent import LLMGateway

        llm_config = _llm_config(url, args.model)
        print("deep-dive questions:", flush=True)
        asked = ask_deep_dives(2 if args.quick else len(cases), llm_config)
        print("scores:", flush=True)
        replies = _Replies(LLMGateway(llm_config))
        try:
            llm = score_llm(cases, replies)
        finally:
            if args.record:
                args.record.write_text(json.dumps(replies.recorded, ensure_ascii=False))
    report(llm, offline_scores, asked)
    print(f"offline estimate: {offline_s:.2f} s per answer (incl. model load), same process")


if __name__ == "__main__":
    main()
