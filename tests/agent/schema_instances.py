"""Replies written from a closed JSON schema alone, the way a constrained decoder writes them.

A grammar-constrained model (llama.cpp, vLLM, OpenAI strict mode) can emit any document
the schema allows and nothing else. These helpers produce such documents so tests can
check that everything the schema allows, the code accepts:

    fill(schema, choose)      # one document; choose(path, options) picks each enum value
    every_choice(schema)      # documents that together use every enum value at every place
    all_combinations(schema)  # every document over the enum choices (small schemas only)
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any

# Strings a decoder may write: empty, plain, and ones with quotes, newlines and CJK.
STRINGS = ("", "x", 'a "quoted" line\n第二行 <answer>')
Choose = Callable[[tuple[str, ...], list[Any]], Any]


def fill(schema: dict[str, Any], choose: Choose, path: tuple[str, ...] = ()) -> Any:
    if "enum" in schema:
        return choose(path, list(schema["enum"]))
    kind = schema.get("type")
    if kind == "object":
        return {k: fill(v, choose, (*path, k)) for k, v in schema["properties"].items()}
    if kind == "array":
        return [fill(schema["items"], choose, (*path, "0"))]
    if kind == "string":
        return choose(path, list(STRINGS))
    if kind == "boolean":
        return choose(path, [True, False])
    if kind == "integer":
        return choose(path, [0, 1])
    raise AssertionError(f"schema node the helpers do not know: {schema}")


def choice_points(schema: dict[str, Any]) -> list[tuple[tuple[str, ...], list[Any]]]:
    found: list[tuple[tuple[str, ...], list[Any]]] = []

    def record(path: tuple[str, ...], options: list[Any]) -> Any:
        found.append((path, options))
        return options[0]

    fill(schema, record)
    return found


def every_choice(schema: dict[str, Any]) -> Iterator[Any]:
    """Documents n = 0, 1, ...: the n-th option at each place (cycled), until all are used."""
    widest = max((len(o) for _, o in choice_points(schema)), default=1)
    for n in range(widest):
        yield fill(schema, lambda path, options, n=n: options[(n + len(path)) % len(options)])


def all_combinations(schema: dict[str, Any], limit: int = 5000) -> Iterator[Any]:
    """Every combination of the enum values (free strings cycle through STRINGS)."""
    points = [(p, o) for p, o in choice_points(schema) if o != list(STRINGS)]
    total = 1
    for _, options in points:
        total *= len(options)
    assert total <= limit, f"{total} combinations: use every_choice for this schema"
    for n, combo in enumerate(itertools.product(*(options for _, options in points))):
        picked = dict(zip((p for p, _ in points), combo, strict=True))
        yield fill(schema, lambda path, options, n=n, p=picked: p.get(path, STRINGS[n % 3]))
