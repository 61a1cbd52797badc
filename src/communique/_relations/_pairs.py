# SPDX-License-Identifier: MIT
"""
Finders for pairs named together: compounds ("Moscow-Pyongyang ties",
"Sino-Kenyan cooperation"), "the two countries" and "bilateral ties".
"""

from __future__ import annotations

import itertools

from communique import _cache
from communique._types import ResolvedMention
from communique.model import Polarity

from ._antecedents import TWO, TWO_LOW, last_pair
from ._checks import appeal, blocked, is_hedged, negated
from ._clauses import clause_end, clause_start
from ._context import Context
from ._cues import noun_hits
from ._found import Score
from ._lexicon import FLAGS
from ._line import Line
from ._roles import HYPHEN
from ._score import add_modifiers, noun_score


#: "bilateral", and "between" right after its noun.
_BILATERAL = _cache.pattern(r"\bbilateral\b", FLAGS)
_BETWEEN_AHEAD = _cache.pattern(r"\s++between\b", FLAGS)
_FRIENDLY = _cache.pattern(r"\bfriendly\b", FLAGS)
_SINO = _cache.pattern(r"\bSino[-\u2013]", FLAGS)
#: "between" right before "the two countries" (case-sensitive).
_BETWEEN_END = _cache.pattern(r"between\s+$")


def bilateral(ctx: Context, sent: Line) -> None:
    """
    "bilateral ties have developed smoothly", "agreed to expand
    bilateral trade": the relation of the two states named together
    last, when the sentence does not name the pair itself.
    """
    if sent.ascii and "bilateral" not in sent.low:
        return
    for b in _BILATERAL.finditer(ctx.text, sent.start, sent.end):
        ce = clause_end(ctx, sent, b.end())
        hits = noun_hits(ctx, sent, b.end(), min(ce, b.end() + 40))
        if not hits or blocked(ctx, sent, b.start()):
            continue
        cue, h = hits[0]
        if ctx.text[b.end() : h.start()].count(" ") > 2:
            continue
        if _BETWEEN_AHEAD.match(ctx.text, h.end(), ce):
            continue  # "bilateral ties between A and B": read there
        pair = last_pair(ctx, sent, b.start(), back=1)
        if pair is None:
            continue
        score, hedged = noun_score(ctx, sent, cue, h, ce)
        ctx.emit(
            pair[0],
            pair[1],
            score=score,
            kind=cue.kind,
            hedged=hedged,
            start=b.start(),
            end=h.end(),
        )


def compounds(ctx: Context, sent: Line) -> None:
    """ "Moscow-Pyongyang ties", "Sino-Kenyan cooperation"."""
    if sent.outer is None:
        sent.outer = ctx.mentions(sent.start, sent.end)
    ms = sent.outer
    pairs: list[tuple[ResolvedMention | str, ResolvedMention, int]] = []
    for m1, m2 in itertools.pairwise(ms):
        if 0 < m2.start - m1.end <= 3 and HYPHEN.match(
            ctx.text[m1.end : m2.start]
        ):
            pairs.append((m1, m2, m1.start))
    china = "state:CHN"
    if china in ctx.doc.actors and (
        not sent.ascii or "sino" in sent.low
    ):
        for s in _SINO.finditer(ctx.text, sent.start, sent.end):
            nxt = [m for m in ms if m.start == s.end()]
            if nxt:
                pairs.append((china, nxt[0], s.start()))
    for left, right, start in pairs:
        x, y = left, right
        tail_end = min(clause_end(ctx, sent, y.end), y.end + 40)
        for cue, h in noun_hits(ctx, sent, y.end, tail_end):
            if ctx.text[y.end : h.start()].count(" ") > 3:
                break
            base = Score().add(cue.polarity, cue.trend)
            score = add_modifiers(
                ctx, max(sent.start, start - 45),
                min(sent.end, h.end() + 45),
                base,
            )
            ctx.emit(
                x,
                y,
                score=score,
                kind=cue.kind,
                hedged=is_hedged(ctx, sent, start),
                start=start,
                end=h.end(),
            )
            break


def two_countries(ctx: Context, sent: Line) -> None:
    """ "the two countries", "both sides", "friendly nations"."""
    low = sent.low
    # every match holds one of these words (lower-cased ASCII reads
    # the same)
    if sent.ascii and not (
        "two" in low or "both" in low or "friendly" in low
    ):
        return
    found = (
        TWO_LOW.finditer(ctx.low, sent.start, sent.end)
        if sent.ascii
        else TWO.finditer(ctx.text, sent.start, sent.end)
    )
    for two in found:
        if _BETWEEN_END.search(
            ctx.text[max(sent.start, two.start() - 9) : two.start()]
        ):
            continue  # handled with its noun
        cs = clause_start(ctx, sent, two.start())
        ce = clause_end(ctx, sent, two.end())
        if negated(ctx, sent, two.start()) or appeal(
            ctx, sent, two.start()
        ):
            continue
        score = Score()
        kind = "relations"
        if _FRIENDLY.search(two.group()):
            score = score.add(Polarity.COOPERATIVE, None)
            kind = "friendship"
        for cue, _ in noun_hits(ctx, sent, two.end(), ce):
            score = score.add(cue.polarity, cue.trend)
            kind = cue.kind if kind == "relations" else kind
        score = add_modifiers(ctx, cs, ce, score)
        pair = last_pair(ctx, sent, two.start())
        if pair is None:
            continue
        ctx.emit(
            pair[0],
            pair[1],
            score=score,
            kind=kind,
            hedged=is_hedged(ctx, sent, two.start()),
            start=two.start(),
            end=ce,
        )
