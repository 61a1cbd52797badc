# SPDX-License-Identifier: MIT
"""
The claims stage: runs the rules over a document and assembles claims.

Top of the package: :func:`find_claims` builds a context, runs the
sentence rules (:mod:`._sentence`, :mod:`._nouns`), the quotation rule
(:mod:`._direct`), then resolves overlapping drafts and builds the
public :class:`~communique.model.Claim` objects.
"""

from __future__ import annotations

from communique._types import Document, Sentence
from communique.model import Claim, QuoteKind, Span

from ._context import _Context, _Draft
from ._direct import quotations
from ._lexicon import ClaimLexicon
from ._nouns import headline
from ._sentence import sentence


def t_colon(text: str, sent: Sentence) -> bool:
    """Whether a colon can close a headline's speaker in *sent*."""
    return text.find(":", sent.start, min(sent.end, sent.start + 64)) > 0


def find_claims(doc: Document, lex: ClaimLexicon) -> tuple[Claim, ...]:
    """
    Claims made in *doc*, in text order.

    Examples:
        >>> from communique._claims import build_lexicon
        >>> from communique._lexicons import Lexicons
        >>> from communique._types import Document, NormalizedText
        >>> from communique._segment import segment
        >>> norm = NormalizedText.identity('"We are ready," she said.')
        >>> doc = Document(norm=norm, sentences=segment(norm), mentions=(), actors={})
        >>> find_claims(doc, build_lexicon(Lexicons.default()))[0].content.text
        'We are ready'
    """
    if not doc.sentences:
        return ()
    return run(_Context(doc, lex))


def run(cx: _Context) -> tuple[Claim, ...]:
    """Run every rule over *cx*, resolve overlapping drafts, build claims."""
    for sent in cx.sentences:
        sentence(cx, sent)
        if t_colon(cx.text, sent):
            headline(cx, sent)
    quotations(cx)
    drafts = sorted(cx.drafts, key=lambda d: (d.start, -d.end))
    kept: list[_Draft] = []
    for d in drafts:
        if kept and d.start < kept[-1].end:
            p = kept[-1]
            if d.end <= p.end:
                if (
                    p.quote is QuoteKind.INDIRECT
                    and d.quote is QuoteKind.INDIRECT
                    and p.at < d.start
                ):
                    kept[-1] = d  # the inner report is the claim
                continue
            a, b = cx.trim(p.start, d.start, cut=False)
            if b - a < 3:
                kept.pop()
            else:
                kept[-1] = p._replace(end=b)
        kept.append(d)
    span = cx.span
    out: list[Claim] = []
    for n, d in enumerate(kept, 1):
        first = cx.sentences[d.first]
        last = cx.sentences[d.last]
        evidence: tuple[Span, ...] = (
            span(min(first.start, d.start), max(last.end, d.end)),
        )
        out.append(
            Claim(
                id=f"claim:{n}",
                speaker=d.speaker,
                via=d.via,
                cue=span(*d.cue) if d.cue else None,
                content=span(d.start, d.end),
                quote=d.quote,
                hedged=d.hedged
                or cx.lex.content_hedge_re.search(cx.text, d.start, d.end)
                is not None,
                evidence=evidence,
            )
        )
    return tuple(out)
