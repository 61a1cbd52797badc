# SPDX-License-Identifier: MIT
"""
Finder for relation verbs: "A supports B", "A warned B", passives
("B, which is backed by A"), subject lists, acts of violence and force,
another party's act ("B criticized the move") and joint acts ("A and B
agreed to cooperate").
"""

from __future__ import annotations

import regex

from communique import _cache
from communique.model import ActorKind, Polarity

from ._antecedents import it_subject, previous_subject
from ._checks import appeal, event_between, is_hedged, negated, war_on
from ._clauses import clause_end
from ._context import Context
from ._cues import candidates, cue_hits
from ._found import Score
from ._kinds import ACT_KINDS, BLAME_KINDS, JOINT_KINDS, STRICT_KINDS
from ._lexicon import FLAGS, VERBS, Cue, lowered
from ._line import Line
from ._roles import NEAR_AGENT, OBJECT_REACH, agent_at, coagents, objects


#: A past-tense first word: "attacked", "fought", "struck".
_PAST = _cache.pattern(
    r"\b(?:[\w-]{0,24}?ed|fought|struck|shot|sent|stood|won|lent|broke|cut"
    r"|gave|threw|led|met|hit)\b",
    FLAGS,
)
#: "join", and what makes it part of a noun: "its bid to join".
_JOIN = _cache.pattern(r"join|acced|admit", FLAGS)
_BID_TO = _cache.pattern(
    r"\b(?:bid|bids|application|attempt|attempts|effort|efforts|drive|quest"
    r"|aim|hopes?|desire|request|plans?|ambitions?|campaign)\s++to\s++$",
    FLAGS,
)
#: Verbs whose party is their direct object, right after them
#: ("joined NATO", "banned Hamas", "imposed tariffs on B"), and those
#: of them that take no person ("lent Kenya $2m", "joined the EU").
_DIRECT = _cache.pattern(
    r"join|acced|ban|outlaw|proscri|oust|toppl|overth|depos|lend|lent|help"
    r"|loan|suspend|founded|co-?founded|impos|slap|levy|levie|suppl|provi"
    r"|furni",
    FLAGS,
)
_DIRECT_GAP = _cache.pattern(r"(?<!\s)\s++(?:the\s++)?", FLAGS)
_NO_PERSON = _cache.pattern(
    r"join|acced|lend|lent|loan|suppl|provi|furni|help", FLAGS
)
#: "summon", and the envoy that must follow its party.
_SUMMON = _cache.pattern(r"summon", FLAGS)
_ENVOY_AFTER = _cache.pattern(
    r"(?<![ \t])(?:'s)?[ \t]++(?:[\w-]++[ \t]++)?"
    r"(?:ambassador|envoy|diplomat|charg|consul)",
    FLAGS,
)
#: Verbs of a joint act that take no object ("work together"), and
#: the gap from a subject list to them: a few lower-case words, no
#: reporting verb ("A and B said analysts fought" is no joint act).
_INTRANSITIVE = _cache.pattern(
    r"(?:together|hands|cooperat\w*|co-operat\w*|collaborat\w*)$", FLAGS
)
_JOINT_GAP = _cache.pattern(
    r"(?:[ \t\n]++(?!(?:said|says|say|told|tell|tells|reported|stated|added"
    r"|noted|claimed|argued|insisted|warned|believe|believes)\b)[a-z]++){0,5}+"
    r"[ \t\n]++",
)
#: Verbs of supplying, whose recipient comes before "with".
_SUPPLY = _cache.pattern(r"(?:suppl|provi|furni)", FLAGS)
_WITH_AFTER = _cache.pattern(r"(?<!\s)\s++with\b", FLAGS)
_PASSIVE = _cache.pattern(
    r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", FLAGS
)
_PASSIVE_SUBJECT = _cache.pattern(
    r"(?<!\s)\s*+,?\s*+(?:which\s+|who\s+|that\s+)?(?:is|are|was|were|has\s+been"
    r"|have\s+been|had\s+been|being)\s+(?:\w+ly\s+)?$",
    FLAGS,
)
_BY = _cache.pattern(r"\s+by\s+", FLAGS)
_BARE = _cache.pattern(r"support|back|attack|protest|threat|sanction", FLAGS)
_SUPPORT = _cache.pattern(r"support|back|endors", FLAGS)
_DETERMINER = _cache.pattern(
    r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that)|'s)"
    r"\s+(?:[\w-]+\s+)?$",
    FLAGS,
)
#: Twins of fixed patterns for lower-cased ASCII text (faster).
_DETERMINER_LOW = lowered(_DETERMINER)
_PASSIVE_LOW = lowered(_PASSIVE)
#: What may stand between a verb of a strict kind and its object: "two Iranian",
#: "the 10 American"; at most 4 words, no clause or infinitive.
_NEAR_OBJECT = _cache.pattern(
    r"(?:\s++(?!(?:to|that|which|who|and|but|because|if)\b)[^\s,;:]++){0,4}+"
    r"\s*+",
    FLAGS,
)
#: A preposition of place right before an object: "in Nairobi".
_PLACE_BEFORE = _cache.pattern(
    r"\b(?:in|at|near|outside|inside|across|from|on|around)\s++(?:the\s++)?$",
    FLAGS,
)


def verbs(ctx: Context, sent: Line) -> None:
    """Read every relation verb of *sent*."""
    for cand in candidates(ctx, sent, VERBS):
        for h in cue_hits(ctx, sent, cand, sent.start, sent.end):
            verb(ctx, sent, cand[0], h)


def verb(ctx: Context, sent: Line, cue: Cue, h: regex.Match[str]) -> None:
    """Read the verb *h* of *cue*: its subjects and objects."""
    if negated(ctx, sent, h.start()) or appeal(ctx, sent, h.start()):
        return
    text = ctx.low if sent.ascii else ctx.text
    before = text[max(sent.start, h.start() - 30) : h.start()]
    determiner = _DETERMINER_LOW if sent.ascii else _DETERMINER
    if (
        determiner.search(before) and not named_subject(ctx, sent, h)
    ) or noun_use(ctx, sent, h):
        return  # a noun: "his protests", "the attack", "US support"
    hedged = is_hedged(ctx, sent, h.start())
    score = Score().add(cue.polarity, cue.trend)
    by = _BY.match(ctx.text, h.end(), (h.end()) + 500)
    passive = _PASSIVE_LOW if sent.ascii else _PASSIVE
    if by is not None and passive.search(before):
        agents = objects(ctx, sent, by.end(), reach=4)
        near = ctx.mentions(sent.start, h.start())
        if not near or not _PASSIVE_SUBJECT.match(
            ctx.text[near[-1].end : h.start()]
        ):
            return
        patient = near[-1]
        for ag, h2 in agents:
            ctx.emit(
                ag,
                patient,
                score=score,
                kind=cue.kind,
                hedged=hedged or h2,
                start=min(patient.start, h.start()),
                end=ag.end,
            )
        return
    if _JOIN.match(h.group()) and _BID_TO.search(before):
        return  # "its bid to join B": read with the noun
    agent = agent_at(ctx, sent, h.start()) or it_subject(ctx, sent, h)
    if agent is None:
        return
    strict = cue.kind in STRICT_KINDS
    if strict and not NEAR_AGENT.fullmatch(
        ctx.text, agent.end, h.start()
    ):
        return  # "X said ..., where blasts killed": not X's act
    objs = objects(ctx, sent, h.end(), reach=OBJECT_REACH)
    if not objs and cue.kind in ACT_KINDS:
        # "A vetoed the plan. B criticized the move.": B against A
        act = ctx.lex.acts.match(ctx.text, h.end(), sent.end)
        actor = previous_subject(ctx, sent) if act else None
        if act is not None and actor is not None:
            ctx.emit(
                agent,
                actor,
                score=score,
                kind=cue.kind,
                hedged=hedged,
                start=min(agent.start, h.start()),
                end=act.end(),
            )
    if _INTRANSITIVE.search(h.group()):
        objs = []  # "work together on B": B is a topic
    if (
        not objs
        and cue.kind in JOINT_KINDS
        and _JOINT_GAP.fullmatch(ctx.text, agent.end, h.start())
    ):
        # "A and B agreed to cooperate", "A and B fought over C"
        parties = coagents(ctx, sent, agent)
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
    subjects = coagents(ctx, sent, agent) if objs else [agent]
    for obj, h2 in objs:
        if ctx.party(obj) == ctx.party(agent) or war_on(
            ctx, sent, h.end(), obj.start
        ):
            continue
        if cue.kind in BLAME_KINDS and event_between(
            ctx, sent, h.end(), obj.start
        ):
            continue  # "condemned the killing of B's ...": not B's act
        if _SUPPLY.match(h.group()) and not _WITH_AFTER.match(
            ctx.text, obj.end, sent.end
        ):
            continue  # "provided Kenya with aid", not "provide US firms"
        if _SUMMON.match(h.group()) and not _ENVOY_AFTER.match(
            ctx.text, obj.end, sent.end
        ):
            continue  # "summoned the Japanese ambassador", not "summon B"
        if _DIRECT.match(h.group()) and not (
            _DIRECT_GAP.fullmatch(ctx.text, h.end(), obj.start)
            and obj.form != "demonym"
            and (
                obj.kind is not ActorKind.PERSON
                or not _NO_PERSON.match(h.group())
            )
        ):
            continue  # "joined the EU", not "joined by B", "ban Muslims"
        if strict and (
            _PLACE_BEFORE.search(
                ctx.text, max(h.end(), obj.start - 12), obj.start
            )
            or not _NEAR_OBJECT.fullmatch(ctx.text, h.end(), obj.start)
        ):
            continue  # "killed 20 people in Nairobi": a place
        for ag in subjects:
            ctx.emit(
                ag,
                obj,
                score=score,
                kind=cue.kind,
                hedged=hedged or h2,
                start=min(ag.start, h.start()),
                end=obj.end,
            )
    # "A supports the (B-led) war on C": A is hostile to C
    if _SUPPORT.match(h.group()):
        end = min(clause_end(ctx, sent, h.end()), h.end() + 60)
        for m in ctx.mentions(h.end(), end):
            if war_on(ctx, sent, max(h.end(), m.start - 25), m.start):
                ctx.emit(
                    agent,
                    m,
                    score=Score().add(Polarity.HOSTILE, None),
                    kind="war",
                    hedged=hedged,
                    start=agent.start,
                    end=m.end,
                )


def named_subject(ctx: Context, sent: Line, h: regex.Match[str]) -> bool:
    """
    Whether a past-tense cue follows a one-word name after "the":
    "The Taliban attacked", "the PLO condemned" (a verb, not a noun).
    """
    if not _PAST.match(h.group()):
        return False
    before = ctx.mentions(max(sent.start, h.start() - 30), h.start())
    return bool(
        before
        and before[-1].form != "demonym"
        and not ctx.text[before[-1].end : h.start()].strip()
    )


def noun_use(ctx: Context, sent: Line, h: regex.Match[str]) -> bool:
    """A bare verb form right after a state name is a noun."""
    if not _BARE.fullmatch(h.group()):
        return False
    before = ctx.mentions(max(sent.start, h.start() - 40), h.start())
    if not before or ctx.text[before[-1].end : h.start()] != " ":
        return False
    actor = ctx.doc.actors.get(before[-1].actor)
    return actor is not None and actor.kind is not ActorKind.PERSON
