# SPDX-License-Identifier: MIT
"""
The last step: found pairs -> :class:`~communique.model.Relationship`,
one per unordered pair and polarity, with every span as evidence.
"""

from __future__ import annotations

from collections.abc import Iterable

from communique._types import Document
from communique.model import Polarity, Relationship, Span

from ._found import Found


def merge(doc: Document, found: Iterable[Found]) -> tuple[Relationship, ...]:
    """
    One relationship per unordered pair and polarity, in the order of
    their first evidence; hedged only when every statement is.
    """
    groups: dict[tuple[frozenset[str], Polarity], list[Found]] = {}
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        groups.setdefault((frozenset((f.a, f.b)), f.polarity), []).append(f)
    out: list[Relationship] = []
    for i, fs in enumerate(groups.values(), start=1):
        first = fs[0]
        spans: list[tuple[int, int]] = sorted({(f.start, f.end) for f in fs})
        trend = next((f.trend for f in fs if f.trend is not None), None)
        evidence: tuple[Span, ...] = tuple(doc.span(s, e) for s, e in spans)
        out.append(
            Relationship(
                id=f"relationship:{i}",
                source=first.a,
                target=first.b,
                polarity=first.polarity,
                kind=first.kind,
                trend=trend,
                hedged=all(f.hedged for f in fs),
                evidence=evidence,
            )
        )
    return tuple(out)
