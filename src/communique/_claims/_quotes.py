# SPDX-License-Identifier: MIT
"""
Quotation pairing: the quotations of a document, in linear time.

Quote marks are paired once per paragraph (a paragraph that ends inside
a quote continues in the next one when that opens with a quote mark).
The per-document context (:mod:`._context`) holds the result.
"""

from __future__ import annotations

import attrs

from communique._types import Sentence


@attrs.frozen(kw_only=True)
class _Quote:
    """The words inside one quotation, within one paragraph."""

    start: int  # first character after the opening mark
    end: int  # the closing mark, or the paragraph end
    closed: bool


def _paragraphs(sentences: tuple[Sentence, ...]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    last = None
    for s in sentences:
        if s.paragraph == last and spans:
            spans[-1] = (spans[-1][0], s.end)
        else:
            spans.append((s.start, s.end))
            last = s.paragraph
    return spans


def _pair_quotes(text: str, sentences: tuple[Sentence, ...]) -> list[_Quote]:
    """Pair the ``"`` marks of *text*, paragraph by paragraph, in one pass."""
    marks: list[int] = []
    i = text.find('"')
    while i >= 0:
        marks.append(i)
        i = text.find('"', i + 1)
    paras = _paragraphs(sentences)
    out: list[_Quote] = []
    k = 0
    carry = False  # the previous paragraph ended inside a quotation
    for pi, (ps, pe) in enumerate(paras):
        while k < len(marks) and marks[k] < ps:
            k += 1
        inside: list[int] = []
        while k < len(marks) and marks[k] < pe:
            inside.append(marks[k])
            k += 1
        j = 0
        opened: int | None = None
        if carry and inside and inside[0] == ps:
            opened, j = inside[0], 1
        carry = False
        for m in inside[j:]:
            if opened is None:
                opened = m
            else:
                out.append(_Quote(start=opened + 1, end=m, closed=True))
                opened = None
        if opened is not None:
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else -1
            if nxt >= 0 and text.startswith('"', nxt):
                out.append(_Quote(start=opened + 1, end=pe, closed=False))
                carry = True
    return out
