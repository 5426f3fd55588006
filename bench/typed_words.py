"""Typed words: how many warning sentences the matcher catches, how often everyday ones ask, and
how long a message takes, per language, over the corpus in tests/typed_corpus/.

    .venv/bin/python bench/typed_words.py            # the figures
    .venv/bin/python bench/typed_words.py --explain  # and why each sentence was read as it was

Goals (issue 22): at least 95% of warning sentences caught; at most 1 in 15 everyday sentences
asks; well under a millisecond a message. Prints figures; asserts nothing (the corpus is also a
test, tests/test_typed_corpus.py, which fails on any sentence lost).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coach.danger import read
from content import load_content
from tests.support.corpus import LANGUAGES, corpus

ROUNDS = 50  # each sentence read this many times for the timing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--explain", action="store_true", help="print every sentence's reading")
    explain = parser.parse_args().explain
    books = load_content().danger
    print("lang  warning caught   everyday asking   negations read   µs/message (mean, worst)")
    for lang in LANGUAGES:
        sentences = corpus(lang)
        warning = [s for s in sentences if s.warning]
        everyday = [s for s in sentences if not s.warning]
        started = time.perf_counter()
        readings = {s.text: read(s.text, lang, books) for s in sentences}
        compile_ms = (time.perf_counter() - started) * 1000
        caught = [s for s in warning if s.understood(readings[s.text])]
        asking = [s for s in everyday if readings[s.text].asks]
        negations = [s for s in everyday if s.negated]
        read_as_no = [s for s in negations if s.understood(readings[s.text])]
        timings = []
        for s in sentences:
            started = time.perf_counter()
            for _ in range(ROUNDS):
                read(s.text, lang, books)
            timings.append((time.perf_counter() - started) / ROUNDS * 1e6)
        print(
            f"{lang}    {len(caught):>3}/{len(warning):<3} {len(caught) / len(warning):>4.0%}"
            f"     {len(asking):>3}/{len(everyday):<3}"
            f"          {len(read_as_no)}/{len(negations)}"
            f"              {sum(timings) / len(timings):>4.0f}, {max(timings):.0f}"
            f"   (first pass, lists compiled: {compile_ms:.0f} ms)"
        )
        for s in sentences:
            if explain or not s.understood(readings[s.text]):
                mark = "  " if s.understood(readings[s.text]) else "! "
                print(f"   {mark}{s}: {readings[s.text]}")


if __name__ == "__main__":
    main()
