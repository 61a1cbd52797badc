# SPDX-License-Identifier: MIT
"""
What blocks or colours a cue: negation, an appeal ("urged A to"),
hedges, a topic of talks, "war on", a verb of blame or a noun of
violence in a window.
"""

from __future__ import annotations

from communique import _cache

from ._clauses import clause_start
from ._context import Context
from ._cues import candidates, cue_hits, noun_hits
from ._kinds import BLAME_KINDS, EVENT_KINDS
from ._lexicon import FLAGS, VERBS, lowered
from ._line import Line


_APPEAL = _cache.pattern(
    r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on"
    r"|press(?:es|ed|ing)?|persuad(?:e|es|ed|ing)|pressur(?:e|es|ed|ing))"
    r"\b[^;.]{0,60}?\bto\s+(?:\w+\s+){0,2}$",
    FLAGS,
)
_WAR_ON = _cache.pattern(
    r"\b(?:war|invasion|attacks?|strikes|campaign|offensive|aggression)"
    r"\s+(?:on|against|in)\s+$",
    FLAGS,
)
_TOPIC = _cache.pattern(
    r"\b(?:discuss\w*|talk\w*|including|issues?|topics?|views|agenda"
    r"|raised|touched)\b",
    FLAGS,
)
_APPEAL_ANY = _cache.pattern(
    r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on"
    r"|press(?:es|ed|ing)?|persuad(?:e|es|ed|ing))\b",
    FLAGS,
)
#: Twins of fixed patterns for lower-cased ASCII text (faster).
_APPEAL_LOW = lowered(_APPEAL)
_APPEAL_ANY_LOW = lowered(_APPEAL_ANY)
_TOPIC_LOW = lowered(_TOPIC)
_WAR_ON_LOW = lowered(_WAR_ON)


def negated(ctx: Context, sent: Line, pos: int) -> bool:
    """Whether a negation ("no longer", "not") stands just before *pos*."""
    lo = max(clause_start(ctx, sent, pos), pos - 22)
    low = ctx.lex._negations_low
    if sent.ascii and low is not None:
        return low.search(ctx.low, lo, pos) is not None
    return ctx.lex.negations.search(ctx.text, lo, pos) is not None


def appeal(ctx: Context, sent: Line, pos: int) -> bool:
    """Whether a cue at *pos* is what someone is urged to do ("urged A to")."""
    lo = max(sent.start, pos - 90)
    text = ctx.low if sent.ascii else ctx.text
    if (_APPEAL_LOW if sent.ascii else _APPEAL).search(text, lo, pos):
        return True
    cs = max(clause_start(ctx, sent, pos), pos - 120)
    ask = (_APPEAL_ANY_LOW if sent.ascii else _APPEAL_ANY).search(
        text, cs, pos
    )
    return ask is not None and " to " in ctx.text[ask.end() : pos]


def is_hedged(ctx: Context, sent: Line, pos: int) -> bool:
    """Whether a hedge ("may", "potentially") stands before *pos*."""
    lo = max(clause_start(ctx, sent, pos), pos - 60)
    low = ctx.lex._hedges_low
    if sent.ascii and low is not None:
        return low.search(ctx.low, lo, pos) is not None
    return ctx.lex.hedges.search(ctx.text, lo, pos) is not None


def blocked(ctx: Context, sent: Line, pos: int) -> bool:
    """Whether a cue at *pos* is negated or part of an appeal."""
    return negated(ctx, sent, pos) or appeal(ctx, sent, pos)


def topic(ctx: Context, sent: Line, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a topic of talks."""
    if sent.ascii:
        return _TOPIC_LOW.search(ctx.low, start, end) is not None
    return _TOPIC.search(ctx.text, start, end) is not None


def war_on(ctx: Context, sent: Line, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with "war on" and the like."""
    if sent.ascii:
        return _WAR_ON_LOW.search(ctx.low, start, end) is not None
    return _WAR_ON.search(ctx.text, start, end) is not None


def judged(ctx: Context, sent: Line, start: int, end: int) -> bool:
    """
    Whether a verb of blame ("condemned", "protested") stands in
    ``text[start:end]``: then a noun of violence after it names the
    act blamed, not the subject's own act.
    """
    for cand in candidates(ctx, sent, VERBS):
        if cand[0].kind in BLAME_KINDS and cue_hits(
            ctx, sent, cand, start, end
        ):
            return True
    return False


def event_between(ctx: Context, sent: Line, start: int, end: int) -> bool:
    """Whether a noun of violence or force stands in ``text[start:end]``."""
    return any(
        cue.kind in EVENT_KINDS
        for cue, _ in noun_hits(ctx, sent, start, end)
    )
