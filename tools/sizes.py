"""Fails when a module of ours is over 300 lines or a function over 50 (tests/ aside).

    .venv/bin/python tools/sizes.py

`make lint` runs it. A module counts its physical lines (as `wc -l`); a function counts from its
`def` line to its last line (decorators aside), nested functions and methods included.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 50
# Not held to these sizes (tests), or not our code: what runs, builds and installs leave.
SKIPPED = {("tests",), ("data",), ("build",), ("bench", "out")}


def modules(root: Path) -> Iterator[Path]:
    """Every Python file of ours under root, in a stable order."""
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).parts[:-1]
        if any(parts[: len(skipped)] == skipped for skipped in SKIPPED):
            continue
        if any(p.startswith(".") or p.endswith(".egg-info") for p in parts):  # .venv, caches
            continue
        yield path


def offences(path: Path) -> Iterator[str]:
    """One line for the module and for each function of it that is too long."""
    text = path.read_text(encoding="utf-8")
    name = path.relative_to(ROOT).as_posix()
    lines = text.count("\n")  # as `wc -l` counts
    if lines > MAX_MODULE_LINES:
        yield f"{name}: {lines} lines (module, at most {MAX_MODULE_LINES})"
    for node in ast.walk(ast.parse(text, filename=name)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                yield (
                    f"{name}:{node.lineno}: {node.name} is {length} lines"
                    f" (function, at most {MAX_FUNCTION_LINES})"
                )


def main() -> int:
    found = [line for path in modules(ROOT) for line in offences(path)]
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
