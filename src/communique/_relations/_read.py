# SPDX-License-Identifier: MIT
"""
The stage's entry point: :func:`find_relationships`.

It skips sentences that cannot state a relationship, runs each finder
(:mod:`._nouns`, :mod:`._verbs`, :mod:`._pairs`, :mod:`._special`) on
the others and hands what they found to :mod:`._merge`.
"""

from __future__ import annotations

import bisect

from communique import _cache
from communique._types import Document, ResolvedMention, Sentence
from communique.model import Relationship

from ._context import Context
from ._lexicon import FLAGS, PolarityLexicon
from ._line import Line
from ._merge import merge
from ._nouns import nouns
from ._pairs import bilateral, compounds, two_countries
from ._special import banned_in, members, special
from ._verbs import verbs


#: Pair nouns that "the two countries" and "between the ... nations"
#: need, and the "Sino-" prefix: what lets a sentence naming fewer than
#: two parties still state a relationship (checked on lower-cased ASCII).
_PAIR_WORDS = (
    "leaders",
    "presidents",
    "premiers",
    "heads of state",
    "countries",
    "nations",
    "neighbo",
    "sides",
    "states",
    "governments",
    "allies",
    "capitals",
    "sino",
    "bilateral",
)
#: The same check for text that is not all ASCII.
_PAIR_ANY = _cache.pattern(
    r"countries|nations|neighbo|sides|states|governments|allies|capitals"
    r"|sino|leaders|presidents|premiers|bilateral",
    FLAGS,
)


def read(ctx: Context) -> None:
    """Run every finder on each sentence that may state a relationship."""
    ms = ctx.doc.mentions
    #: Per mention of the document: its start and its party.
    starts = [m.start for m in ms]
    ids = [ctx.party(m) for m in ms]
    for sent in ctx.doc.sentences:
        line = open_line(ctx, sent, starts, ids)
        if line is None:
            continue
        ctx.line = line
        nouns(ctx, line)
        verbs(ctx, line)
        compounds(ctx, line)
        two_countries(ctx, line)
        special(ctx, line)
        banned_in(ctx, line)
        members(ctx, line)
        bilateral(ctx, line)
    ctx.line = None


def open_line(
    ctx: Context, sent: Sentence, starts: list[int], ids: list[str | None]
) -> Line | None:
    """
    A :class:`Line` for *sent*, or None when it cannot state a
    relationship: every pattern pairs two different parties named in
    the sentence, except "the two countries" (a pair noun) and
    "Sino-X" (one party). *starts* and *ids* give the start and the
    party of each mention of the document.
    """
    ss, se = sent.start, sent.end
    ms = ctx.doc.mentions
    parties: list[ResolvedMention] = []
    named: set[str] = set()
    for k in range(
        bisect.bisect_left(starts, ss), bisect.bisect_left(starts, se)
    ):
        pid = ids[k]
        if pid and ms[k].end <= se:
            parties.append(ms[k])
            named.add(pid)
    low = ctx.low[ss:se]
    if len(named) < 2 and not (
        named
        and sent.index
        and (
            low.lstrip(' "(').startswith(("it ", "it\n"))
            or ctx.lex.acts.search(ctx.text, sent.start, sent.end)
        )
    ):
        # one party may criticize the act of the sentence before
        if low.isascii():
            if not any(w in low for w in _PAIR_WORDS):
                return None
        elif _PAIR_ANY.search(ctx.text, sent.start, sent.end) is None:
            return None
    if len(parties) > 1:
        parties.sort(key=lambda m: (m.start, -m.end))
    return Line(sent, parties, low)


def find_relationships(
    doc: Document, lexicon: PolarityLexicon
) -> tuple[Relationship, ...]:
    """
    Relationships stated in *doc*, in text order.

    One relationship per unordered pair and polarity; its evidence lists
    every span that states it.

    Examples:
        >>> from communique._types import NormalizedText
        >>> find_relationships(Document(norm=NormalizedText.identity(""),
        ...     sentences=(), mentions=(), actors={}),
        ...     PolarityLexicon.default())
        ()
    """
    ctx = Context(doc, lexicon)
    read(ctx)
    return merge(doc, ctx.found)
