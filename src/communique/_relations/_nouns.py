# SPDX-License-Identifier: MIT
"""
Finder for relation nouns: "cooperation between A and B", "A's war
against B", "A is B's largest trading partner", "A and B signed a trade
agreement", "A's ally B", "relations with B, broken off by A".
"""

from __future__ import annotations

import regex

from communique import _cache
from communique.model import ActorKind, Polarity, Trend

from ._antecedents import TWO_LOOSE, last_pair
from ._checks import blocked, judged, topic
from ._clauses import clause_end
from ._context import Context
from ._cues import noun_hits
from ._found import Score
from ._kinds import APPOSED_KINDS, EVENT_KINDS, STRICT_KINDS
from ._lexicon import FLAGS, Cue
from ._line import Line
from ._roles import (
    NEAR_AGENT,
    agent_at,
    coagents,
    coordinated_subject,
    objects,
    possessor,
)
from ._score import noun_score


_BETWEEN = _cache.pattern(r"\bbetween\s+", FLAGS)
#: "A is B's partner": the gap between subject and possessor.
_COPULA = _cache.pattern(
    r"(?<!\s)(?:\s*+,)?\s++(?:is|are|was|were|has\s++been|have\s++been|remains?"
    r"|remained|became|becomes|become)\s++(?:(?:still|now|also|long)\s++)?",
    FLAGS,
)
#: "member", "members"; and what makes them any members, not the
#: subject's membership: "the members of", "among its members".
_MEMBER = _cache.pattern(r"members?\b", FLAGS)
_MEMBER_GAP = _cache.pattern(
    r"(?<!\s)(?:\s*+,\s*+|(?:\s++[a-z]++){0,2}?\s++(?:is|are|was|were|has\s++been"
    r"|have\s++been|became"
    r"|become|becomes|remains?|remained|to\s++become)\s++)"
    r"(?:(?:also|now|still|already|long)\s++)?(?:(?:a|an|the|all)\s++)?"
    r"(?:[\w-]++\s++)?",
    FLAGS,
)
_ANY_MEMBERS = _cache.pattern(
    r"\b(?:the|its|their|other|among|between)\s++(?:[\w-]++\s++)?$",
    FLAGS,
)
_BROKEN_BY = _cache.pattern(
    r"\s*,?\s*(?:which\s+(?:was|were|had\s+been)\s+)?"
    r"(?:broken\s+off|severed|cut|cut\s+off|suspended|frozen)\s+by\s+",
    FLAGS,
)
# case-sensitive, as they always were
_GAP_BETWEEN = _cache.pattern(r"(?<!\s)\s++(?:\w++\s++){0,2}?(?=between\b)")
_WITH = _cache.pattern(r"\s+with\s+")
#: The gap between an apposed noun and its party: "A's ally, the B".
_APPOSED_GAP = _cache.pattern(r",?[ \t]++(?:the[ \t]++)?")
#: A genitive after a possessor: "Russia's", "the allies' ".
_GENITIVE = _cache.pattern(r"['\u2019]s?\s")
_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def nouns(ctx: Context, sent: Line) -> None:
    """Read every relation noun of *sent* and the parties around it."""
    text = ctx.text
    for cue, h in noun_hits(ctx, sent, sent.start, sent.end):
        broken_by(ctx, sent, cue, h)
        hs, he = h.span()
        if ctx.lex.topic_heads.match(text, he, sent.end):
            continue  # "trade talks with B": a topic, not a relation
        if _MEMBER.match(h.group()) and _ANY_MEMBERS.search(
            text, max(sent.start, hs - 30), hs
        ):
            continue  # "relations between the members of B": not A's
        if cue.kind in APPOSED_KINDS and apposed(ctx, sent, cue, h):
            continue  # "A's ally B"
        ce = clause_end(ctx, sent, he)
        # "N between A and B"
        bt = between_after(ctx, he, ce)
        if bt is not None:
            if not blocked(ctx, sent, hs):
                score, hedged = noun_score(ctx, sent, cue, h, ce)
                between(ctx, sent, bt, cue, score, hedged, hs)
            continue
        # "A's N with B"
        assert cue.prep_pattern is not None
        lim = min(ce, he + 70)
        if sent.ascii and not any(
            ctx.low.find(p, he, lim) >= 0 for p in cue.preps
        ):
            if not copula(ctx, sent, cue, h, ce):
                joint(ctx, sent, cue, h, ce)
            continue  # lower-cased ASCII reads the same
        if sent.ascii and cue.prep_low is not None:
            prep = cue.prep_low.search(ctx.low, he, lim)
        else:
            prep = cue.prep_pattern.search(text, he, lim)
        if prep is None:
            if not copula(ctx, sent, cue, h, ce):
                joint(ctx, sent, cue, h, ce)
            continue
        objs = objects(ctx, sent, prep.end(), reach=30)
        if not objs or blocked(ctx, sent, hs):
            continue
        agent = possessor(ctx, sent, hs)
        if agent is None:
            agent = agent_at(ctx, sent, hs)
            if agent is not None and topic(ctx, sent, agent.end, hs):
                continue  # a topic of talks, not a stated relation
            if (
                agent is not None
                and cue.kind in STRICT_KINDS
                and not NEAR_AGENT.fullmatch(text, agent.end, hs)
            ):
                continue  # "X said, after the attack on B": not X's
        if agent is None:
            continue
        if cue.kind in EVENT_KINDS and judged(ctx, sent, agent.end, hs):
            continue  # "A condemned the attack on B": not A's act
        if _MEMBER.match(h.group()):
            # "A is a member of B", "A, a founding member of B": a
            # body B, and A right before
            if not _MEMBER_GAP.fullmatch(text, agent.end, hs):
                continue
            objs = [
                (o, h2)
                for o, h2 in objs
                if o.kind is ActorKind.ORGANIZATION
            ]
        score, hedged = noun_score(ctx, sent, cue, h, ce)
        agents = coagents(ctx, sent, agent)
        for obj, h2 in objs:
            for ag in agents:
                ctx.emit(
                    ag,
                    obj,
                    score=score,
                    kind=cue.kind,
                    hedged=hedged or h2,
                    start=min(ag.start, hs),
                    end=max(obj.end, he),
                )


def copula(
    ctx: Context, sent: Line, cue: Cue, h: regex.Match[str], ce: int
) -> bool:
    """
    "A is B's largest trading partner", "A remains B's main rival":
    a subject, a copula, and a possessor before the noun. Whether the
    pair was read.
    """
    hs = h.start()
    owner = possessor(ctx, sent, hs)
    if owner is None or blocked(ctx, sent, hs):
        return False
    before = ctx.mentions(max(sent.start, owner.start - 60), owner.start)
    if not before or not _COPULA.fullmatch(
        ctx.text, before[-1].end, owner.start
    ):
        return False
    subject = before[-1]
    score, hedged = noun_score(ctx, sent, cue, h, ce)
    ctx.emit(
        subject,
        owner,
        score=score,
        kind=cue.kind,
        hedged=hedged,
        start=subject.start,
        end=h.end(),
    )
    return True


def joint(
    ctx: Context, sent: Line, cue: Cue, h: regex.Match[str], ce: int
) -> None:
    """ "A and B signed a trade agreement": the subjects' relation."""
    hs = h.start()
    parties = coordinated_subject(ctx, sent, hs)
    if len(parties) < 2 or blocked(ctx, sent, hs):
        return
    if topic(ctx, sent, parties[-1].end, hs):
        return  # "A and B discussed trade ties": a topic of talks
    score, hedged = noun_score(ctx, sent, cue, h, ce)
    for i, x in enumerate(parties):
        for y in parties[i + 1 :]:
            ctx.emit(
                x,
                y,
                score=score,
                kind=cue.kind,
                hedged=hedged,
                start=parties[0].start,
                end=h.end(),
            )


def between_after(ctx: Context, pos: int, ce: int) -> int | None:
    """
    Where the parties start in "N between A and B" for a noun ending
    at *pos* in a clause ending at *ce*, if the noun is followed so.
    """
    text, low = ctx.text, ctx.low
    # "between" in any case is a necessary condition of each match
    bt = None
    if low.startswith("between", pos + 1):
        bt = _BETWEEN.match(text, pos + 1, pos + 1 + 500)
    if bt is None and low.startswith("between", pos):
        bt = _BETWEEN.match(text, pos)
    if bt is None and text.find("between", pos, ce) >= 0:
        gap = _GAP_BETWEEN.match(text[pos:ce])
        if gap:
            bt = _BETWEEN.match(text, pos + gap.end())
    return None if bt is None else bt.end()


def broken_by(
    ctx: Context, sent: Line, cue: Cue, h: regex.Match[str]
) -> None:
    """ "relations with B, broken off by A" """
    if cue.polarity is not None:
        return
    prep = _WITH.match(ctx.text, h.end(), sent.end)
    if prep is None:
        return
    objs = objects(ctx, sent, prep.end(), reach=2)
    if not objs:
        return
    by = _BROKEN_BY.match(ctx.text, objs[-1][0].end, (objs[-1][0].end) + 500)
    if by is None:
        return
    for ag, _ in objects(ctx, sent, by.end(), reach=4):
        for obj, _ in objs:
            ctx.emit(
                ag,
                obj,
                score=Score().add(Polarity.HOSTILE, Trend.WORSENING),
                kind=cue.kind,
                hedged=False,
                start=h.start(),
                end=ag.end,
            )


def between(
    ctx: Context,
    sent: Line,
    pos: int,
    cue: Cue,
    score: Score,
    hedged: bool,
    start: int,
) -> None:
    """ "N between A and B", "N between the two countries"."""
    two = TWO_LOOSE.match(ctx.text, pos, pos + 500)
    if two is not None:
        pair = last_pair(ctx, sent, pos)
        if pair:
            ctx.emit(
                pair[0],
                pair[1],
                score=score,
                kind=cue.kind,
                hedged=hedged,
                start=start,
                end=two.end(),
            )
        return
    objs = objects(ctx, sent, pos, reach=4)
    for i, (x, hx) in enumerate(objs):
        for y, hy in objs[i + 1 :]:
            ctx.emit(
                x,
                y,
                score=score,
                kind=cue.kind,
                hedged=hedged or hx or hy,
                start=start,
                end=objs[-1][0].end,
            )


def apposed(
    ctx: Context, sent: Line, cue: Cue, h: regex.Match[str]
) -> bool:
    """
    "A's closest ally, B", "its rival B": a possessor before the noun
    and a party right after it. Whether the pair was read.
    """
    hs, he = h.span()
    after = ctx.mentions(he, min(sent.end, he + 40))
    if not after or not _APPOSED_GAP.fullmatch(
        ctx.text, he, after[0].start
    ):
        return False
    agent = possessor(ctx, sent, hs)
    if (
        agent is None
        or blocked(ctx, sent, hs)
        or not (
            agent.text.lower() in _POSSESSIVES
            or _GENITIVE.match(ctx.text, agent.end, hs)
        )
    ):
        return False  # "A says rival B": A is no possessor
    score, hedged = noun_score(
        ctx, sent, cue, h, clause_end(ctx, sent, he)
    )
    ctx.emit(
        agent,
        after[0],
        score=score,
        kind=cue.kind,
        hedged=hedged,
        start=agent.start,
        end=after[0].end,
    )
    return True
