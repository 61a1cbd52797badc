# SPDX-License-Identifier: MIT
"""
Where the cues of the lexicon match in a sentence.

Offsets come from the first-word index of the lexicon (only words that
can open a cue are tried) and are worked out once per sentence; a
window inside the sentence reuses them (:func:`cue_hits`). The finders get
their relation nouns, verbs and modifiers here.
"""

from __future__ import annotations

import bisect
import itertools

import regex

from ._context import Context
from ._lexicon import NOUNS, Cue
from ._line import RUN, Candidates, Line, word_ch


def positions(ctx: Context, line: Line) -> list[dict[int, list[int]]]:
    """
    Per cue group, cue index -> offsets in *line* where it may start.

    The offsets are the starts of the words that are a first word of
    the cue, and every start of a word with non-ASCII characters in
    it or right after it.
    """
    if line.positions is not None:
        return line.positions
    index = ctx.lex._index
    by_word, by_bytes = index.by_word, index.by_bytes
    text, low = ctx.text, ctx.low
    ss, se = line.start, line.end
    out: list[dict[int, list[int]]] = [{}, {}, {}]
    odd: list[int] = []
    if line.ascii:
        # the sentence's words, then their places
        spaced = line.spaced
        for word in index.words.intersection(line.words):
            got = by_bytes[word]
            key = b" " + word + b" "
            i = spaced.find(key)
            while i >= 0:
                p = ss + i
                if p != ss or not p or not word_ch(low, p - 1):
                    for g, k in got:
                        out[g].setdefault(k, []).append(p)
                i = spaced.find(key, i + 1)
        for where in out:
            for ps in where.values():
                if len(ps) > 1:
                    ps.sort()
    for m in () if line.ascii else RUN.finditer(text, ss, se):
        p, q = m.span()
        if p == ss and p and word_ch(text, p - 1):
            continue  # no cue starts inside a word
        run = low[p:q]
        if run.isascii() and (q == se or text[q].isascii()):
            at = by_word.get(run)
            if at is not None:
                for g, i in at:
                    out[g].setdefault(i, []).append(p)
        else:
            odd.append(p)
    if odd:
        for g, cues in enumerate(index.gated):
            for i in cues:
                have = out[g].setdefault(i, [])
                have[:] = sorted(set(odd).union(have))
    line.positions = out
    return out


def candidates(ctx: Context, line: Line, group: int) -> list[Candidates]:
    """The cues of *group* that may match in *line*, in lexicon order."""
    got = line.cues[group]
    if got is not None:
        return got
    text, se = ctx.text, line.end
    cues = ctx.groups[group]
    where = positions(ctx, line)[group]
    scanned = ctx.lex._index.scanned[group]
    out: list[Candidates] = []
    for i in sorted(itertools.chain(where, scanned) if scanned else where):
        cue = cues[i]
        ps = where.get(i, [])
        pattern = cue.pattern
        if line.ascii and cue.low_pattern is not None:
            pattern = cue.low_pattern
            text = ctx.low
        else:
            text = ctx.text
        found = [pattern.match(text, p, se) for p in ps]
        whole: list[regex.Match[str]] = []
        last = line.start
        for m in found:
            if m is not None and m.start() >= last:
                whole.append(m)
                last = m.end()
        out.append((cue, ps, found, whole))
    line.cues[group] = out
    return out


def cut_word(ctx: Context, end: int) -> int | None:
    """Start of the word that *end* cuts in two, if it cuts one."""
    got = ctx.cut.get(end, -1)
    if got != -1:
        return got
    text = ctx.text
    p0: int | None = None
    if (
        0 < end < len(text)
        and word_ch(text, end)
        and word_ch(text, end - 1)
    ):
        p0 = end - 1
        while p0 > 0 and word_ch(text, p0 - 1):
            p0 -= 1
    ctx.cut[end] = p0
    return p0


def cue_hits(
    ctx: Context, line: Line, cand: Candidates, start: int, end: int
) -> list[regex.Match[str]]:
    """
    Same as ``list(cue.pattern.finditer(ctx.text, start, end))``
    for a window inside *line*.

    A match found up to the sentence end stands for the window when it
    ends inside it and *end* is not followed by a word character.
    Otherwise *end* may cut a match short or let a word's prefix
    match: offsets that a match could reach *end* from are tried
    again with *end* as the end of the text (only the start of the
    cut word for one-word cues, every offset for the others).
    """
    cue, ps, mfs, whole = cand
    if cue.words is None or start < line.start or end > line.end:
        return list(cue.pattern.finditer(ctx.text, start, end))
    if start == line.start and end == line.end:
        return whole
    if start >= end:
        return []
    i = bisect.bisect_left(ps, start)
    j = bisect.bisect_left(ps, end, i)
    text = ctx.text
    again = False  # match every offset again
    p0 = -1  # the start of the word *end* cuts, matched again
    if end < line.end and word_ch(text, end):
        if word_ch(text, end - 1):
            p0 = cut_word(ctx, end) or 0
            if p0 < start:
                p0 = -1  # no match starts inside a word
        again = not cue.single_word
    if i == j and p0 < 0:
        return []
    todo = list(zip(ps[i:j], mfs[i:j], strict=True))
    if p0 >= 0 and p0 not in ps[i:j]:
        todo.append((p0, None))
        todo.sort(key=lambda x: x[0])
    pattern = cue.pattern
    if line.ascii and cue.low_pattern is not None:
        pattern = cue.low_pattern
        text = ctx.low
    out: list[regex.Match[str]] = []
    last = start
    for p, m in todo:
        if p < last:
            continue
        if again or p == p0 or (m is not None and m.end() > end):
            m = pattern.match(text, p, end)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def noun_hits(
    ctx: Context, sent: Line, start: int, end: int
) -> list[tuple[Cue, regex.Match[str]]]:
    """Relation nouns in ``text[start:end]``; earlier cues win overlaps."""
    taken: list[tuple[int, int]] = []
    hits: list[tuple[Cue, regex.Match[str]]] = []
    for cand in candidates(ctx, sent, NOUNS):
        cue = cand[0]
        for h in cue_hits(ctx, sent, cand, start, end):
            if any(h.start() < e and s < h.end() for s, e in taken):
                continue
            taken.append(h.span())
            hits.append((cue, h))
    hits.sort(key=lambda x: x[1].start())
    return hits
