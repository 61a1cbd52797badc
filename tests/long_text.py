# SPDX-License-Identifier: MIT
"""
Texts shared by the tests and ``benchmarks/bench_long.py``: a short
wire-style article (my own writing) and long documents made by repeating
it or the fictional articles of the repository.
"""

from __future__ import annotations

import pathlib


ROOT = pathlib.Path(__file__).parents[1]

# My own writing: a short wire-style article.
ARTICLE = (
    "MOSCOW, March 3 (Wire) - Russian Foreign Minister Sergey Lavrov met "
    "his Chinese counterpart Wang Yi in Moscow on Tuesday, and the two "
    "discussed trade and security.\n\n"
    '"Our countries are close partners," Lavrov told reporters after the '
    "talks. Wang said China wanted stable relations with Russia.\n\n"
    "French President Emmanuel Macron will visit Berlin next week to meet "
    "German Chancellor Olaf Scholz, officials said. Analysts said the "
    "meeting could ease tension between Paris and Berlin.\n"
)

#: The kinds of long document :func:`long_document` makes.
KINDS = ("article", "realistic")


def realistic_unit() -> str:
    """
    The fictional articles of ``tests/articles`` and ``examples``, joined
    by blank lines: about 25 kB of varied news copy.
    """
    paths = sorted((ROOT / "tests" / "articles").glob("*.txt")) + sorted(
        (ROOT / "examples").glob("*.txt")
    )
    return "\n\n".join(p.read_text(encoding="utf-8").strip() for p in paths)


def long_document(kind: str, chars: int) -> str:
    """
    A document of at least *chars* characters: ``ARTICLE`` repeated
    (*kind* ``"article"``) or :func:`realistic_unit` repeated
    (``"realistic"``), whole copies only.
    """
    if kind == "article":
        unit = ARTICLE
    elif kind == "realistic":
        unit = realistic_unit() + "\n\n"
    else:
        msg = f"unknown kind {kind!r}; expected one of {KINDS}"
        raise ValueError(msg)
    return unit * (chars // len(unit) + 1)
