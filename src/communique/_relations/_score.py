# SPDX-License-Identifier: MIT
"""
The polarity and trend of a cue from the modifiers near it ("warm",
"strained", "had cooled"), and the score and hedging of a relation
noun.
"""

from __future__ import annotations

import regex

from communique.model import Polarity, Trend

from ._checks import is_hedged
from ._clauses import clause_start
from ._context import Context
from ._cues import candidates, cue_hits
from ._found import Score
from ._lexicon import MODIFIERS, Cue
from ._line import Line


def add_modifiers(ctx: Context, start: int, end: int, base: Score) -> Score:
    """
    Add the modifiers found in ``text[start:end]``. On a hostile cue
    alone, a modifier that only grows the relation ("deepening
    rift", "strong opposition") or worsens it ("the feud worsened")
    intensifies it: only an improving one ("the rift healed", "a
    thaw in the dispute") makes it mixed.
    """
    s = base
    line = ctx.line
    assert line is not None
    hostile = base.hostile and not (base.coop or base.mixed)
    for cand in candidates(ctx, line, MODIFIERS):
        cue = cand[0]
        if hostile and cue.trend is not Trend.IMPROVING:
            if cue.polarity is not Polarity.HOSTILE:
                if cue.trend is None:
                    continue
                cue_pol: Polarity | None = Polarity.HOSTILE
            else:
                cue_pol = cue.polarity
            for _ in cue_hits(ctx, line, cand, start, end):
                s = s.add(cue_pol, cue.trend)
            continue
        for _ in cue_hits(ctx, line, cand, start, end):
            s = s.add(cue.polarity, cue.trend)
    return s


def noun_score(
    ctx: Context, sent: Line, cue: Cue, h: regex.Match[str], ce: int
) -> tuple[Score, bool]:
    """The score and hedging of a relation noun in a clause ending at *ce*."""
    hs, he = h.span()
    cs = clause_start(ctx, sent, hs)
    base = Score().add(cue.polarity, cue.trend)
    score = add_modifiers(ctx, max(cs, hs - 45), min(ce, he + 45), base)
    return score, is_hedged(ctx, sent, hs)
