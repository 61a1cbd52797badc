# SPDX-License-Identifier: MIT
"""
The parties around a cue: its subject (:func:`agent_at`, with the subject
list :func:`coagents`), a possessor ("Britain's trade"), the objects
after it, and a coordinated subject list before a noun.
"""

from __future__ import annotations

from communique import _cache
from communique._types import ResolvedMention
from communique.model import ActorKind

from ._clauses import clause_end, clause_start
from ._context import Context
from ._lexicon import FLAGS, lowered
from ._line import Line


_PREP_BEFORE = _cache.pattern(
    r"\b(?:with|to|toward|towards|against|into|on|at|in|for|between|among"
    r"|about|over|of|than|including|join|visit|visiting)\s+(?:the\s+)?$",
    FLAGS,
)
_RELATIVE = _cache.pattern(
    r"^(?<!\s)\s*+,?\s*+(?:which|who|that)\s++(?:\w++\s++){0,3}?$", FLAGS
)
_LIST_GLUE = _cache.pattern(
    r"^(?:\s*,\s*|\s+)(?:and\s+|or\s+|as\s+well\s+as\s+)?"
    r"(?:(?:potentially|possibly|perhaps|also|even)\s+)?$",
    FLAGS,
)
#: What may open a clause before its subject list: "On Monday, ",
#: "In Tokyo, ", "Both".
_SUBJECTS_LEAD = _cache.pattern(
    r"[\s\"(]*+(?:(?:on|in|at|late|early|last|earlier|later|this)"
    r"(?:\s++[\w.-]++){1,3}?\s*+,\s*+)?"
    r"(?:(?:both|but|and|meanwhile|now|the|also)\s++)?",
    FLAGS,
)
#: Title words between a body and its person: "Hamas chief ", "'s
#: exiled leader ".
_TITLE_GAP = _cache.pattern(
    r"(?<!\s)(?:'s?)?[ \t]++(?:(?:chief|leader|head|founder|spokesman|spokeswoman"
    r"|official|envoy|ambassador|president|minister|secretary|chairman"
    r"|commander|general|premier|exiled|former|deputy|senior|top|political"
    r"|military|foreign|prime|defen[cs]e|vice|acting|[A-Z][\w.-]*+)[ \t]++)"
    r"{1,5}+",
)
#: The glue of a subject list: a comma, "and", "or", "as well as".
_AND_GLUE = _cache.pattern(
    r"(?<!\s)\s*+(?:,\s*+(?:and\s++|or\s++)?|and\s++|or\s++|as\s++well\s++as\s++)$",
    FLAGS,
)
HYPHEN = _cache.pattern(r"^\s?[-\u2013\u2014/]\s?$")
# what may open a clause before its subject list: "Both", "The", "But"
_LIST_LEAD = _cache.pattern(
    r"[\s\"(]*+(?:(?:both|but|and|meanwhile|now|the|on\s++\w++)\s++)?", FLAGS
)
# a subject list's verb phrase up to its object noun: "signed a trade",
# "agreed to deepen their economic"; a lower-case word that is no
# preposition or determiner opens it; no clause break, at most 8 words
_SUBJECT_VERB = _cache.pattern(
    r"(?<!\s)\s++(?!(?:of|in|on|at|for|with|to|from|by|the|a|an|who|which|that|"
    r"as|than|into|over|under|after|before|during|against|between)\b)"
    r"[a-z]++\b(?:\s++[\w'-]++){0,7}?\s*+$"
)
#: The gap from a possessor to its noun: "Britain's ", "US ", "-led ".
_POSSESSOR = _cache.pattern(
    r"^(?:'s?)?\s+(?:[\w-]+\s+){0,2}?$|^(?:'s?)?\s+$|^-led\s+$", FLAGS
)
_COORDINATED = _cache.pattern(
    r"^(?:'s\s+[\w-]+)?\s+(?:[\w-]+\s+){0,3}?(?:,\s*)?and\s+"
    r"(?:\w+ly\s+)?$",
    FLAGS,
)
#: Twins of fixed patterns for lower-cased ASCII text (faster).
_COORDINATED_LOW = lowered(_COORDINATED)
_POSSESSOR_LOW = lowered(_POSSESSOR)
_PREP_BEFORE_LOW = lowered(_PREP_BEFORE)
_RELATIVE_LOW = lowered(_RELATIVE)
#: How far after a cue its first object may start.
OBJECT_REACH = 48
#: What may stand between the subject of a cue of a strict kind
#: (:data:`._kinds.STRICT_KINDS`) and its verb: "Chad's army
#: on Tuesday", "forces loyal to the government have", at most 6
#: words, no comma or clause word.
NEAR_AGENT = _cache.pattern(
    r"(?:'s?)?(?:\s++(?!(?:who|which|that|where|when|while|after|and|but)\b)"
    r"[\w'-]++){0,6}+\s*+",
    FLAGS,
)
#: How far before a cue its subject may start.
_AGENT_REACH = 160


def agent_at(ctx: Context, sent: Line, pos: int) -> ResolvedMention | None:
    """The subject of a cue at *pos*: relative antecedent or nearest."""
    cstart = clause_start(ctx, sent, pos)
    lo = max(sent.start, pos - _AGENT_REACH)
    before = ctx.mentions(sent.start, pos)
    text = ctx.low if sent.ascii else ctx.text
    # relative clause: "A, which supports B"
    for m in reversed(before):
        relative = _RELATIVE_LOW if sent.ascii else _RELATIVE
        if relative.match(text[m.end : pos]):
            return m
        break
    coordinated = _COORDINATED_LOW if sent.ascii else _COORDINATED
    if before and coordinated.match(text[before[-1].end : pos]):
        # "A opposes B's bid and accuses C": the subject is A
        for m in before:
            if m.start < cstart:
                continue
            nxt = ctx.text[m.end : m.end + 3]
            if nxt.startswith("'s") and ctx.mentions(m.end, m.end + 40):
                continue
            if not after_prep(ctx, sent, m):
                return m
        return None
    for m in reversed(before):
        if m.start < max(cstart, lo):
            break
        if after_prep(ctx, sent, m):
            continue
        return m
    return None


def coagents(
    ctx: Context, sent: Line, agent: ResolvedMention
) -> list[ResolvedMention]:
    """
    The subject list that ends with *agent*: "Washington and Tokyo
    condemned B", "A, B and C warned D"; the list opens its clause.
    """
    cstart = clause_start(ctx, sent, agent.start)
    before = ctx.mentions(max(cstart, agent.start - 120), agent.start)
    out = [agent]
    for m in reversed(before):
        gap = ctx.text[m.end : out[0].start]
        if not _AND_GLUE.match(gap) or after_prep(ctx, sent, m):
            break
        out.insert(0, m)
    if len(out) > 1 and not _SUBJECTS_LEAD.fullmatch(
        ctx.text, cstart, out[0].start
    ):
        return [agent]
    return out


def after_prep(ctx: Context, sent: Line, m: ResolvedMention) -> bool:
    """Whether *m* is the object of a preposition."""
    lo = max(sent.start, m.start - 16)
    if sent.ascii:
        return _PREP_BEFORE_LOW.search(ctx.low[lo : m.start]) is not None
    return _PREP_BEFORE.search(ctx.text[lo : m.start]) is not None


def possessor(ctx: Context, sent: Line, pos: int) -> ResolvedMention | None:
    """A mention right before a noun: "Britain's trade", "US support"."""
    before = ctx.mentions(max(sent.start, pos - 120), pos)
    if not before:
        return None
    if sent.ascii:
        gap = _POSSESSOR_LOW.match(ctx.low[before[-1].end : pos])
    else:
        gap = _POSSESSOR.match(ctx.text[before[-1].end : pos])
    if gap is not None:
        return before[-1]
    return None


def objects(
    ctx: Context, sent: Line, pos: int, reach: int = OBJECT_REACH
) -> list[tuple[ResolvedMention, bool]]:
    """A coordinated list of parties right after *pos* (hedged flags)."""
    end = min(clause_end(ctx, sent, pos), sent.end)
    after = ctx.mentions(pos, end)
    out: list[tuple[ResolvedMention, bool]] = []
    if not after or after[0].start - pos > reach:
        return out
    first = after[0]
    if (
        len(after) > 1
        and after[1].kind is ActorKind.PERSON
        and first.kind is not ActorKind.PERSON
        and after[1].start - first.end <= 60
        and _TITLE_GAP.fullmatch(ctx.text, first.end, after[1].start)
    ):
        first = after[1]  # "Hamas chief Khaled Meshaal": the person
    out.append((first, False))
    last = first
    for m in after[1:]:
        gap = ctx.text[last.end : m.start]
        if HYPHEN.match(gap) or gap.strip() in {"'s", "s"}:
            last = m
            continue
        if not _LIST_GLUE.match(gap):
            break
        out.append((m, bool(ctx.lex.hedges.search(gap))))
        last = m
    return out


def coordinated_subject(
    ctx: Context, sent: Line, pos: int
) -> list[ResolvedMention]:
    """
    The list "A and B" opening the clause of a noun at *pos*, when a
    verb phrase with no other party joins it to the noun.
    """
    cstart = clause_start(ctx, sent, pos)
    before = ctx.mentions(cstart, pos)
    if len(before) < 2 or pos - before[0].start > 160:
        return []
    if not _LIST_LEAD.fullmatch(ctx.text, cstart, before[0].start):
        return []
    out = [before[0]]
    last = before[0]
    for m in before[1:]:
        gap = ctx.text[last.end : m.start]
        if HYPHEN.match(gap) or gap.strip() in {"'s", "s"}:
            last = m
            continue
        if not _LIST_GLUE.match(gap):
            return []  # another party between the list and the noun
        out.append(m)
        last = m
    verb = _SUBJECT_VERB.match(ctx.text, last.end, pos)
    if verb is None:
        return []
    return out
