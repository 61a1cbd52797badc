# SPDX-License-Identifier: MIT
"""
Passive and relative cues: "was quoted by X as saying", "which X said".

Functions over a :class:`._context._Context` that turn a relative
clause or a passive reporting verb into a draft claim.
"""

from __future__ import annotations

from communique import _cache
from communique._types import Sentence
from communique.model import QuoteKind

from ._context import _Context, _Draft
from ._lexicon import _NO_GROUP, _VerbGroup
from ._words import _BE, _BY, _CLAUSE_END, _GAP_THE, _LEADING, _THAT


# After a passive cue's agent: "as" and the description.
_PASSIVE_AS = _cache.pattern(r"(?<![ \t\n])[ \t\n]++as[ \t\n]++")


# A relative pronoun that is the object of a label verb after it: "what
# Ruiz called", "a plan that Ruiz once called".
_REL_OBJECT = _cache.pattern(
    r"(?<![\w'-])(?:what|which|that|whom|who)[ \t\n]++"
)


_REL_ADVERBS = _cache.pattern(
    r"(?:[ \t\n]++(?:has|had|have|once|also|later|then|previously|recently"
    r"|memorably|famously|repeatedly|long|often|since|on"
    r"|[A-Z][a-z]++day)){0,3}"
    r"[ \t\n]++"
)


_LABEL_QUOTE = _cache.pattern(r"(?<![ \t\n])[ \t\n]++(?=\")")


_LABEL_NP = _cache.pattern(
    r"(?<![ \t\n])[ \t\n]++(?:an?|the|our|his|her|its|their|my)[ \t\n]++[\w-]"
)


_LABEL_END = _cache.pattern(r"[,;:.!?(]")


def relative_label(
    cx: _Context,
    sent: Sentence,
    cs: int,
    ce: int,
    group: _VerbGroup,
    out: list[_Draft],
) -> bool:
    """
    A label whose object is a relative pronoun: "what Ruiz called 'a
    perception problem'", "a plan that Ruiz once called a disaster"
    (the content is the label). Adds the claim to *out*.
    """
    t = cx.text
    lo = max(sent.start, cs - 100)
    rels = list(_REL_OBJECT.finditer(t, lo, cs))
    if not rels:
        return False
    rel = rels[-1]
    ms = cx.mentions(rel.end(), cs)
    if not ms or not _GAP_THE.fullmatch(t, rel.end(), ms[0].start):
        return False
    chain = cx.chain(ms)
    if not _REL_ADVERBS.fullmatch(t, chain[-1].end, cs):
        return False
    quote = QuoteKind.INDIRECT
    q = _LABEL_QUOTE.match(t, ce, sent.end)
    if q is not None and (qq := cx.quote_at(q.end() + 1)) is not None:
        a, b = cx.trim(qq.start, qq.end, cut=False)
        quote = QuoteKind.DIRECT
        cx.used.add(qq.start)
    else:
        if not _LABEL_NP.match(t, ce, sent.end):
            return False  # "the man who Ruiz called yesterday"
        m = _LABEL_END.search(t, ce, min(sent.end, ce + 120))
        a, b = cx.trim(ce, m.start() if m else min(sent.end, ce + 120))
    if b - a < 3:
        return False
    out.append(
        _Draft(
            start=a,
            end=b,
            speaker=cx.pick(chain),
            cue=(cs, ce),
            at=cs,
            quote=quote,
            hedged=cx.hedged(group, rel.start(), cs),
            first=sent.index,
            last=sent.index,
            group=group.name,
        )
    )
    return True


def passive(
    cx: _Context,
    sent: Sentence,
    cs: int,
    ce: int,
    group: _VerbGroup,
    out: list[_Draft],
) -> bool:
    """
    A passive cue with its agent: "The attack was claimed by Islamic
    Jihad" (the content is the subject), "The strike was described by
    X as an act of war" (what follows "as"), "Y was told by X that
    ..." (what follows "that"). Adds the claim to *out*.
    """
    t = cx.text
    if group.noun or group.adjective or group.source or group.evidence:
        return False
    if cx.prev_word(sent.start, cs) not in _BE:
        return False
    bm = _BY.match(t, ce, sent.end)
    if bm is None:
        return False
    ms = cx.mentions(bm.end(), min(sent.end, bm.end() + 120))
    if not ms or not _GAP_THE.fullmatch(t, bm.end(), ms[0].start):
        return False
    chain = cx.chain(ms)
    speaker = cx.pick(chain)
    after = chain[-1].end
    hedge_group = group
    if group.requires_as:
        am = _PASSIVE_AS.match(t, after, sent.end)
        if am is None:
            return False
        a, b = cx.trim(am.end(), cx.content_end(am.end(), sent))
    elif (tm := _THAT.match(t, after, sent.end)) is not None:
        a, b = cx.trim(tm.end(), cx.content_end(tm.end(), sent))
    else:
        # the subject is what was claimed, announced or condemned
        be = cx.last_word(sent.start, cs)
        if be is None:
            return False
        lo = cx.clause_start(sent.start, be[0], commas=True)
        lm = _LEADING.match(t, lo, be[0])
        a, b = cx.trim(lm.end() if lm else lo, be[0], cut=False)
        if not _CLAUSE_END.match(t, after, sent.end):
            return False  # more follows: "was claimed by X in Y ..."
        hedge_group = _NO_GROUP
    if b - a < 3:
        return False
    out.append(
        _Draft(
            start=a,
            end=b,
            speaker=speaker,
            cue=(cs, ce),
            at=cs,
            hedged=cx.hedged(hedge_group, cs, cs),
            first=sent.index,
            last=cx.sentence_of(max(a, b - 1)).index,
            group=group.name,
        )
    )
    return True
