# SPDX-License-Identifier: MIT
"""
What a phrase stands for: the two states most recently named together
("the two countries", "both sides"), and the party that opened the
sentence before ("It also warned B", "B criticized the move").
"""

from __future__ import annotations

import regex

from communique import _cache
from communique._types import ResolvedMention
from communique.model import ActorKind

from ._context import Context
from ._lexicon import FLAGS, lowered
from ._line import Line


#: A sentence that opens with "It" and a verb group: "It has also ".
_IT_SUBJECT = _cache.pattern(
    r"[\s\"(]*+it(?:[ \t\n]++(?:has|had|have|will|would|also|has|was|is"
    r"|strongly|repeatedly|firmly|further|again|then|already|later|once)){0,3}+"
    r"[ \t\n]++",
    FLAGS,
)
_PAIR_NOUN = (
    r"(?:countries|nations|neighbou?rs|sides|states|governments|allies"
    r"|capitals|leaders|presidents|premiers|heads\s+of\s+state)\b"
)
TWO = _cache.pattern(
    r"\b(?:the\s+two|both|these\s+two|the\s+two\s+[\w-]+)"
    r"(?:\s+[\w-]+)?\s+"
    + _PAIR_NOUN
    + r"|\b(?:the\s+two|both)\s+"
    + _PAIR_NOUN
    + r"|\bfriendly\s+(?:countries|nations|neighbou?rs)\b",
    FLAGS,
)
#: After "between": "between the traditionally close countries".
TWO_LOOSE = _cache.pattern(
    r"(?:the|these|both)(?:\s+[\w-]+){0,3}?\s+" + _PAIR_NOUN, FLAGS
)
TWO_LOW = lowered(TWO)
#: How far into a sentence its subject may start.
_SUBJECT_REACH = 40


def previous_subject(ctx: Context, sent: Line) -> ResolvedMention | None:
    """
    The party that opens the sentence before *sent* as its subject
    ("Hungary vetoed ..."), if one does.
    """
    if sent.index == 0:
        return None
    prev = ctx.doc.sentences[sent.index - 1]
    for m in ctx.mentions(prev.start, prev.end):
        if m.start - prev.start > _SUBJECT_REACH:
            return None
        return m
    return None


def it_subject(
    ctx: Context, sent: Line, h: regex.Match[str]
) -> ResolvedMention | None:
    """
    "Iran tested a missile. It also warned Israel": a bare "it" that
    opens the sentence stands for the state or body that opened the
    sentence before.
    """
    if not _IT_SUBJECT.fullmatch(ctx.text, sent.start, h.start()):
        return None
    prev = previous_subject(ctx, sent)
    if prev is None:
        return None
    kind = ctx.doc.actors[prev.actor].kind
    if kind not in (ActorKind.STATE, ActorKind.ORGANIZATION):
        return None
    return prev


def last_pair(
    ctx: Context, sent: Line, pos: int, back: int = 3
) -> tuple[str, str] | None:
    """
    The two states most recently named together before *pos*, in its
    sentence or the *back* sentences before it.
    """
    idx = sent.index
    for k in range(idx, max(-1, idx - back - 1), -1):
        if k == idx:
            s = ctx.doc.sentences[k]
            got = named_pair(ctx, ctx.mentions(s.start, pos))
        else:
            got = sentence_pair(ctx, k)
        if got is not None:
            return got
    return None


def sentence_pair(ctx: Context, k: int) -> tuple[str, str] | None:
    """:func:`named_pair` of the whole sentence *k* (worked out once)."""
    if k not in ctx.pairs:
        s = ctx.doc.sentences[k]
        ctx.pairs[k] = named_pair(ctx, ctx.mentions(s.start, s.end))
    return ctx.pairs[k]


def named_pair(
    ctx: Context, mentions: list[ResolvedMention]
) -> tuple[str, str] | None:
    """The two states *mentions* name most, if they name two."""
    counts: dict[str, int] = {}
    stand_in: dict[str, str] = {}
    for m in mentions:
        st = ctx.state_of(m)
        actor = ctx.doc.actors.get(st or "")
        if actor is None:
            continue
        if actor.kind not in {ActorKind.STATE, ActorKind.PERSON}:
            continue
        if actor.country is None:
            continue
        # a person stands for a state the text never names
        if actor.kind is ActorKind.STATE or actor.country not in (
            stand_in
        ):
            stand_in[actor.country] = actor.id
        counts[actor.country] = counts.get(actor.country, 0) + 1
    if len(counts) >= 2:
        ranked = sorted(counts, key=lambda c: -counts[c])
        return stand_in[ranked[0]], stand_in[ranked[1]]
    return None
