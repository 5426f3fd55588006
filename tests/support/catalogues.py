"""The Fluent catalogues read as syntax: every message of a language and the variables it uses."""

from __future__ import annotations

from fluent.syntax import ast as ftl
from fluent.syntax import parse
from fluent.syntax.visitor import Visitor

from content.loader import CONTENT_DIR

# Plural rules differ most between these counts (Russian: 1, 2, 5, 11, 21, 22).
COUNTS = (0, 1, 2, 5, 11, 21, 22)


def messages(lang: str = "en") -> dict[str, ftl.Message]:
    """Every message of one language, by id."""
    found = {}
    for path in sorted((CONTENT_DIR / "locales" / lang).glob("*.ftl")):
        for entry in parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ftl.Message):
                found[entry.id.name] = entry
    return found


def variables(message: ftl.Message) -> set[str]:
    """The `$names` a message uses (in its text and its selectors)."""
    names: set[str] = set()

    class Names(Visitor):
        def visit_VariableReference(self, node: ftl.VariableReference) -> None:
            names.add(node.id.name)

    Names().visit(message)
    return names
