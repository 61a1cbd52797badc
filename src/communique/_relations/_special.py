# SPDX-License-Identifier: MIT
"""
Finders for fixed constructions: members ("NATO member Turkey"), bans
("A is banned in B"), frames ("A brands B a threat"), "a point of
contention for A", "no ill feelings in A toward B", "would not accept
a B defeat".
"""

from __future__ import annotations

import itertools

from communique import _cache
from communique.model import ActorKind, Polarity

from ._checks import is_hedged, negated
from ._clauses import clause_start
from ._context import Context
from ._found import Score
from ._lexicon import FLAGS
from ._line import Line
from ._roles import agent_at, objects


#: "A is banned in B": the gap between the two parties.
_BANNED_IN = _cache.pattern(
    r"(?<!\s)\s*+,?\s*+(?:which\s++|that\s++)?(?:is|are|was|were|has\s++been"
    r"|have\s++been|had\s++been|remains?|remained)\s++"
    r"(?:(?:\w+ly|now|still|also|long)\s++){0,2}"
    r"(?:banned|outlawed|proscribed|illegal|forbidden)\s++in\s++",
    FLAGS,
)
#: After a body: "member Turkey", "'s new members include Poland".
_MEMBERS = _cache.pattern(
    r"(?<![\s'])(?:'s\s++(?:[\w-]++\s++)?members?|\s++members?"
    r"|\s*+,?\s++(?:which\s++|that\s++)?(?:also\s++|now\s++)?"
    r"(?:groups|grouped|grouping|comprises|comprised|comprising|brings\s++together"
    r"|bringing\s++together|consists\s++of|consisting\s++of"
    r"|(?:is\s++)?made\s++up\s++of|includes|including))"
    r"(?:\s++(?:states?|countries|nations|governments))?"
    r"(?:\s*+[,:])?\s++(?:(?:include|includes|included|including|are|such\s++as)\s++)?"
    r"(?:the\s++)?",
    FLAGS,
)
_MEMBER_WORDS = ("member", "group", "compris", "together", "consist", "made up", "includ")
_NOT_ACCEPT = _cache.pattern(
    r"\b(?:would|will|could|does|do|did)\s+not\s+(?:accept|allow|tolerate"
    r"|countenance)\s+(?:an?\s+|the\s+)?(?P<obj>\w[\w\s'-]{0,30}?)\s+"
    r"(?:defeat|loss|collapse)\b",
    FLAGS,
)
_FRAMES = _cache.pattern(
    r"\b(?:frames?|framed|framing|portray(?:s|ed|ing)?|views?|viewed"
    r"|sees|saw|regards?|regarded|describes?|described|brands?|branded"
    r"|labels?|labell?ed|considers?|considered|calls?|called|treats?"
    r"|treated|designates?|designated|designating|lists?|listed)\s+$",
    FLAGS,
)
_AS_HOSTILE = _cache.pattern(
    r"^[\s']*(?:s\s+)?(?:as\s+(?:an?\s+|the\s+)?|an?\s+|the\s+)"
    r"(?:[\w-]+\s+(?:and\s+)?){0,4}?"
    r"(?:hostile|enemy|enemies|adversary|adversaries|foe|threat|rogue"
    r"|aggressor|terrorist|terror|renegade|pariah)\b",
    FLAGS,
)
_AS_FRIEND = _cache.pattern(
    r"^[\s']*(?:s\s+)?as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+(?:and\s+)?){0,4}?"
    r"(?:ally|allies|partner|partners|friend|friends)\b",
    FLAGS,
)
_CONTENTION = _cache.pattern(
    r"\b(?:point|source|bone|issue)s?\s+of\s+(?:contention|friction"
    r"|tension|dispute|discord)\s+(?:for|with|to)\s+$",
    FLAGS,
)
_NO_ILL = _cache.pattern(
    r"\bno\s+(?:ill\s+feelings?|hatred|hostility|animosity|resentment"
    r"|bitterness)\s+(?:in|among|from)\s+$",
    FLAGS,
)
#: The verbs of :data:`_FRAMES` (lower-case).
_FRAME_FORMS = (
    "brand",
    "branded",
    "brands",
    "call",
    "called",
    "calls",
    "consider",
    "considered",
    "considers",
    "describe",
    "described",
    "describes",
    "frame",
    "framed",
    "frames",
    "framing",
    "label",
    "labeled",
    "labelled",
    "labels",
    "portray",
    "portrayed",
    "portraying",
    "portrays",
    "regard",
    "regarded",
    "regards",
    "saw",
    "sees",
    "treat",
    "treated",
    "treats",
    "view",
    "viewed",
    "views",
    "designate",
    "designated",
    "designates",
    "designating",
    "list",
    "listed",
    "lists",
)
#: Last words of :data:`_CONTENTION` and :data:`_NO_ILL` matches.
_CONTENTION_ENDS = ("for", "with", "to")
_ILL_ENDS = ("in", "among", "from")
#: Last words of any of the three.
_SPECIAL_ENDS = _FRAME_FORMS + _CONTENTION_ENDS + _ILL_ENDS
#: Words that :data:`_CONTENTION` and :data:`_NO_ILL` matches hold
#: (lower-case).
_CONTENTION_WORDS = ("contention", "friction", "tension", "dispute", "discord")
_ILL_WORDS = (
    "feeling",
    "hatred",
    "hostility",
    "animosity",
    "resentment",
    "bitterness",
)
_TOWARD = _cache.pattern(r"^\s+(?:toward|towards|against|for)\s+$", FLAGS)


def members(ctx: Context, sent: Line) -> None:
    """
    "NATO member Turkey", "fellow EU members France and Germany",
    "the EU's new members include Poland": the body and its members.
    """
    if sent.ascii and not any(w in sent.low for w in _MEMBER_WORDS):
        return
    if sent.outer is None:
        sent.outer = ctx.mentions(sent.start, sent.end)
    for m in sent.outer:
        if ctx.doc.actors[m.actor].kind is not ActorKind.ORGANIZATION:
            continue
        gap = _MEMBERS.match(ctx.text, m.end, min(sent.end, m.end + 80))
        if gap is None:
            continue
        for obj, h2 in objects(ctx, sent, gap.end(), reach=0):
            if obj.kind is not ActorKind.STATE:
                continue  # "Democrats, including Clinton"
            ctx.emit(
                m,
                obj,
                score=Score().add(Polarity.COOPERATIVE, None),
                kind="cooperation",
                hedged=h2,
                start=m.start,
                end=obj.end,
            )


def banned_in(ctx: Context, sent: Line) -> None:
    """ "The X party is banned in B": B acts against X."""
    if sent.ascii and not any(
        w in sent.low
        for w in ("banned", "outlawed", "proscribed", "illegal", "forbidden")
    ):
        return
    if sent.outer is None:
        sent.outer = ctx.mentions(sent.start, sent.end)
    for m1, m2 in itertools.pairwise(sent.outer):
        if m2.start - m1.end > 70 or not _BANNED_IN.fullmatch(
            ctx.text, m1.end, m2.start
        ):
            continue
        if ctx.doc.actors[m2.actor].kind is not ActorKind.STATE:
            continue
        ctx.emit(
            m2,
            m1,
            score=Score().add(Polarity.HOSTILE, None),
            kind="coercion",
            hedged=is_hedged(ctx, sent, m1.end),
            start=m1.start,
            end=m2.end,
        )


def special(ctx: Context, sent: Line) -> None:
    """Frames, contention, "no ill feelings", "would not accept"."""
    if sent.outer is None:
        sent.outer = ctx.mentions(sent.start, sent.end)
    ms = sent.outer
    low, ss = sent.low, sent.start
    frame = contend = ill = True
    for m in ms:
        lo = max(ss, m.start - 60)
        if sent.ascii:
            # each pattern ends with its last word and spaces, and holds
            # words of its own (lower-cased ASCII reads the same)
            head = low[lo - ss : m.start - ss].rstrip()
            if not head.endswith(_SPECIAL_ENDS):
                continue
            frame = head.endswith(_FRAME_FORMS)
            contend = head.endswith(_CONTENTION_ENDS) and any(
                w in low for w in _CONTENTION_WORDS
            )
            ill = head.endswith(_ILL_ENDS) and any(
                w in low for w in _ILL_WORDS
            )
            if not (frame or contend or ill):
                continue
        left = ctx.text[lo : m.start]
        right = ctx.text[m.end : min(sent.end, m.end + 60)]
        frames = _FRAMES.search(left) if frame else None
        if frames is not None:
            pol = (
                Polarity.HOSTILE
                if _AS_HOSTILE.match(right)
                else Polarity.COOPERATIVE
                if _AS_FRIEND.match(right)
                else None
            )
            at = m.start - len(left) + frames.start()
            agent = agent_at(ctx, sent, at) if pol else None
            if (
                pol is not None
                and agent is not None
                and not negated(ctx, sent, at)
            ):
                ctx.emit(
                    agent,
                    m,
                    score=Score().add(pol, None),
                    kind="rivalry"
                    if pol is Polarity.HOSTILE
                    else "alliance",
                    hedged=is_hedged(ctx, sent, m.start),
                    start=agent.start,
                    end=m.end,
                )
        if contend and _CONTENTION.search(left):
            cs = max(
                clause_start(ctx, sent, m.start),
                ctx.text.rfind(",", sent.start, m.start) + 1,
            )
            for other in ctx.mentions(cs, m.start):
                ctx.emit(
                    other,
                    m,
                    score=Score().add(Polarity.HOSTILE, None),
                    kind="dispute",
                    hedged=is_hedged(ctx, sent, m.start),
                    start=other.start,
                    end=m.end,
                )
        if ill and _NO_ILL.search(left):
            later = [x for x in ms if x.start > m.end]
            if later and _TOWARD.match(ctx.text[m.end : later[0].start]):
                ctx.emit(
                    m,
                    later[0],
                    score=Score().add(Polarity.COOPERATIVE, None),
                    kind="friendship",
                    hedged=False,
                    start=m.start,
                    end=later[0].end,
                )
    if sent.ascii and "not" not in low:
        return
    for na in _NOT_ACCEPT.finditer(ctx.text, sent.start, sent.end):
        objs = [
            m for m in ms if na.start("obj") <= m.start < na.end("obj")
        ]
        agent = agent_at(ctx, sent, na.start())
        if objs and agent is not None:
            ctx.emit(
                agent,
                objs[0],
                score=Score().add(Polarity.COOPERATIVE, None),
                kind="support",
                hedged=False,
                start=agent.start,
                end=na.end(),
            )
