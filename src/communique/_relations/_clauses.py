# SPDX-License-Identifier: MIT
"""
Clause boundaries of a sentence ("but", "while", ";", a dash) and the
clause around an offset.

The finders bound every window they read by the clause of their cue.
"""

from __future__ import annotations

import bisect

from collections.abc import Iterable

import regex

from communique import _cache

from ._context import Context
from ._lexicon import FLAGS
from ._line import Line, word_ch


_BOUNDARY = _cache.pattern(
    r";|:|\s[-\u2013\u2014]\s|\b(?:but|while|whereas|although|though"
    r"|however|when|after|because)\b",
    FLAGS,
)
#: The words of :data:`_BOUNDARY`.
_BOUNDARY_WORDS = frozenset(
    b"but while whereas although though however when after because".split()
)
#: :data:`_BOUNDARY` for lower-cased ASCII text.
_BOUNDARY_LOW = _cache.pattern(_BOUNDARY.pattern, regex.VERSION1)


def _may_bound(line: Line) -> bool:
    r"""
    Whether :data:`_BOUNDARY` may match in the ASCII *line*: it holds a
    ``;``, ``:`` or ``-`` or one of the words (when it holds no ``-``,
    its runs of ``[\w-]`` are its words).
    """
    low = line.low
    return (
        ";" in low
        or ":" in low
        or "-" in low
        or not _BOUNDARY_WORDS.isdisjoint(line.words)
    )


def bounds(ctx: Context, line: Line) -> tuple[list[int], list[int]]:
    """Starts and ends of the clause boundaries of *line*."""
    if line.bound_starts is None:
        starts: list[int] = []
        ends: list[int] = []
        found: Iterable[regex.Match[str]] = ()
        if not line.ascii:
            found = _BOUNDARY.finditer(ctx.text, line.start, line.end)
        elif _may_bound(line):
            # lower-cased ASCII reads the same without case folding
            found = _BOUNDARY_LOW.finditer(
                ctx.low, line.start, line.end
            )
        for b in found:
            starts.append(b.start())
            ends.append(b.end())
        line.bound_starts, line.bound_ends = starts, ends
    return line.bound_starts, line.bound_ends


def clause_start(ctx: Context, sent: Line, pos: int) -> int:
    """Start of the clause holding *pos*."""
    if sent.start <= pos <= sent.end:
        starts, ends = bounds(ctx, sent)
        k = bisect.bisect_right(ends, pos)
        # a boundary across *pos*, or *pos* inside a word ("but|ter"),
        # reads differently when the text stops at *pos*
        if not (k < len(starts) and starts[k] < pos) and (
            pos in (sent.start, sent.end)
            or not (word_ch(ctx.text, pos - 1) and word_ch(ctx.text, pos))
        ):
            return ends[k - 1] if k else sent.start
    start = sent.start
    for b in _BOUNDARY.finditer(ctx.text, sent.start, pos):
        start = b.end()
    return start


def clause_end(ctx: Context, sent: Line, pos: int) -> int:
    """End of the clause holding *pos*."""
    if sent.start <= pos <= sent.end:
        starts, ends = bounds(ctx, sent)
        k = bisect.bisect_right(ends, pos)
        if k == len(starts):
            return sent.end
        if starts[k] >= pos:
            return starts[k]
    b = _BOUNDARY.search(ctx.text, pos, sent.end)
    return b.start() if b else sent.end
