# SPDX-License-Identifier: MIT
"""
Direct quotations: a quotation becomes a claim.

Runs after the sentence rules: a quotation becomes a direct claim when
a cue follows it (``"...," he said``), when a cue introduces it, or
when it opens a sentence right after another claim (the same speaker
goes on).
"""

from __future__ import annotations

from communique import _cache
from communique._types import Sentence
from communique.model import QuoteKind

from ._context import _Context, _Draft
from ._lexicon import _NO_GROUP, _VerbGroup
from ._quotes import _Quote
from ._speaker import after_subject, source
from ._words import _BE, _BLOCKERS, _PRONOUNS


# Between a quotation's cue and the quotation that goes on: a comma or a
# colon, after the speaker's name ('said Kim, "').
_RESUME_GAP = _cache.pattern(
    r"(?<![ \t\n])(?:[ \t\n]++[A-Z][\w.'-]*+){0,4}[ \t\n]*+[,:][ \t\n]*+"
)


_GAP_COMMA = _cache.pattern(r"[ \t\n]*+(,)?")


def resumed_quote(
    cx: _Context, prev: _Draft | None, q: _Quote
) -> _Draft | None:
    """
    The quotation claim *q* goes on from, when only its cue stands
    between them: '"...," Kim said, "..."', '"...," said Kim, "..."'.
    """
    if (
        prev is None
        or prev.cue is None
        or prev.quote is not (QuoteKind.DIRECT)
    ):
        return None
    ce = prev.cue[1]
    if not prev.end < ce < q.start <= ce + 60:
        return None
    gap = cx.text[ce : q.start - 1]
    if "," not in gap or not _RESUME_GAP.fullmatch(gap):
        return None
    return prev


def quotations(cx: _Context) -> None:
    """Direct claims from quotations no indirect claim holds."""
    t = cx.text
    indirect = sorted(cx.drafts, key=lambda d: d.start)
    found: list[_Draft] = []
    k = 0  # indirect drafts starting before the current quotation
    for q in cx.quotes:
        if q.start in cx.used:
            continue
        while k < len(indirect) and indirect[k].start < q.end:
            k += 1
        if k and indirect[k - 1].end > q.start:
            continue  # inside reported speech
        a, b = cx.trim(q.start, q.end, cut=False)
        if b - a < 3:
            continue
        end = q.end if q.closed else max(q.start, q.end - 1)
        sent = cx.sentence_of(end)
        first = cx.sentence_of(q.start)
        before = [
            d
            for d in (
                indirect[k - 1] if k else None,
                found[-1] if found else None,
            )
            if d is not None
        ]
        near = max(before, key=lambda d: d.start, default=None)
        cx.last_speaker = near.speaker if near is not None else None
        got = tail(cx, q, sent) if q.closed else None
        group = _NO_GROUP
        cue: tuple[int, int] | None
        resumed = resumed_quote(cx, found[-1] if found else None, q)
        if got is not None:
            speaker, via, cue, group = got
        elif resumed is not None:
            # '"...," Kim said, "but not under pressure."'
            speaker, via, cue = resumed.speaker, resumed.via, None
        else:
            if t[first.start : q.start - 1].strip():
                continue  # a phrase in quotes inside a sentence
            if len(t[a:b].split()) < 3:
                continue
            speaker = None
            if (
                near is not None
                and first.paragraph - cx.sentences[near.last].paragraph <= 1
            ):
                speaker = near.speaker
            via, cue = None, None
        d = _Draft(
            start=a,
            end=b,
            speaker=speaker,
            via=via,
            cue=cue,
            at=q.start - 1,
            quote=QuoteKind.DIRECT,
            hedged=cx.hedged(group, b, b),
            first=first.index,
            last=sent.index,
            group=group.name,
        )
        last_q = cx.quote_at(found[-1].start) if found else None
        if found and d.speaker is None and cue is None:
            if found[-1].end >= q.start - 4:
                d = d._replace(speaker=found[-1].speaker)
        elif (
            last_q is not None
            and not last_q.closed
            and found[-1].speaker is None
            and q.start - found[-1].end < 12
        ):
            found[-1] = found[-1]._replace(speaker=d.speaker)
        found.append(d)
    cx.drafts = indirect + found


def tail(
    cx: _Context, q: _Quote, sent: Sentence
) -> tuple[str | None, str | None, tuple[int, int], _VerbGroup] | None:
    """The cue after a closed quotation: ``"...," he said``."""
    t = cx.text
    after = q.end + 1
    inner_punct = t[q.end - 1 : q.end] in (",", ".", "?", "!")
    lim = min(sent.end, after + 120)
    gap = _GAP_COMMA.match(t, after, lim)
    if gap is None or not (inner_punct or gap.group(1)):
        return None
    for cs, ce, form in cx.scan(after, lim):
        if '"' in t[after:cs]:
            return None
        group = cx.lex.groups[form]
        word = cx.prev_word(after, cs)
        region_ms = cx.mentions(after, cs)
        if group.source:
            got = source(cx, sent, cs, ce, cx.pick(region_ms))
            if got is None:
                return None
            speaker, via, _ = got
            return speaker, via, (cs, ce), group
        if word in _BLOCKERS and word not in _BE:
            return None
        if region_ms:
            speaker = cx.pick(region_ms)
        else:
            region = t[after:cs].strip(" \t\n,").lower()
            got2 = after_subject(cx, ce, sent, group)
            if got2 is not None and not region:
                speaker = got2[0]
            elif region in _PRONOUNS:
                speaker = cx.last_speaker
            else:
                return None
        return speaker, None, (cs, ce), group
    return None
