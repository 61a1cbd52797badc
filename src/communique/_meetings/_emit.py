# SPDX-License-Identifier: MIT
"""
The merged reports as public :class:`~communique.Meeting` records
(:func:`emit`), ids in order of first evidence. The last step of the
package's data flow.
"""

from __future__ import annotations

from communique._types import Document
from communique.model import Location, Meeting

from ._records import Candidate, unique


__all__ = ["emit"]


def emit(doc: Document, meetings: list[Candidate]) -> tuple[Meeting, ...]:
    """The public meetings, in order of first evidence."""
    meetings.sort(key=lambda m: min(m.evidence))
    out: list[Meeting] = []
    for i, m in enumerate(meetings, 1):
        parts = tuple(unique(m.participants))
        loc = None
        if m.location is not None:
            loc = Location(name=m.location.name, country=m.location.country)
        spans = [doc.span(a, b) for a, b in sorted(set(m.evidence))]
        out.append(
            Meeting(
                id=f"meeting:{i}",
                kind=m.kind,
                participants=parts,
                host=m.host if m.host in parts else None,
                location=loc,
                date=m.date,
                status=m.status,
                topics=m.topics,
                evidence=spans,
            )
        )
    return tuple(out)
