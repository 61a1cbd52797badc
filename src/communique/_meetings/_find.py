# SPDX-License-Identifier: MIT
"""
The stage function: one document -> its meetings.

Builds the per-document readers (:mod:`._scan`, :mod:`._actors`,
:mod:`._places`, :mod:`._clause`), reads every sentence's triggers into
reports through :mod:`._report` (with :mod:`._qualify`), then merges the
reports of one event (:mod:`._merge`), spreads places (:mod:`._spread`)
and emits the meetings (:mod:`._emit`). Re-exported by
:mod:`communique._meetings`.
"""

from __future__ import annotations

from communique._types import Document
from communique.model import Meeting, MeetingKind

from ._actors import Actors
from ._clause import Clauses
from ._cues import Cues
from ._emit import emit
from ._merge import Merger
from ._patterns import Patterns
from ._places import Places
from ._qualify import Qualifier
from ._records import Candidate, unique
from ._report import Reporter
from ._scan import Scan
from ._spread import spread_places


__all__ = ["find_meetings"]


def _reports(
    doc: Document, clauses: Clauses, reporter: Reporter
) -> list[Candidate]:
    """Every report of a meeting in *doc*, in text order."""
    cands = clauses.actors.cands
    text = doc.text
    relative = clauses.pats.relative
    for s in doc.sentences:
        trigs = clauses.triggers(s)
        taken: set[tuple[int, int]] = set()
        prev_subjects: list[str] = []
        prev: list[Candidate] = []
        here: list[Candidate] = []  # the reports of this sentence
        for i, t in enumerate(trigs):
            stop = trigs[i + 1].start if i + 1 < len(trigs) else s.end
            left = clauses.left_bound(s, t.start)
            if reporter.qualifier.negative(s, t, clauses.scope_start(t, left)):
                continue
            found, subjects, used = reporter.analyse(
                s,
                t,
                stop,
                left=left,
                taken=taken,
                prev_subjects=prev_subjects,
                others=trigs,
            )
            taken |= used
            prev_subjects = subjects or prev_subjects
            if (
                prev
                and len(found) == 1
                and len(found[0].participants) <= 1
                and relative.search(text, max(s.start, left - 10), left)
            ):
                # "a meeting with Lee which Clinton visited": one event.
                target = prev[-1]
                target.participants = unique(
                    [*target.participants, *found[0].participants]
                )
                target.evidence.extend(found[0].evidence)
                continue
            for c in found:
                c.order = len(cands)
                cands.append(c)
                here.append(c)
                if c.location is None and c.kind is not MeetingKind.CALL:
                    # "visit Japan ... to meet with Ikeda": one place.
                    c.location = next(
                        (
                            p.location
                            for p in reversed(here)
                            if p.location and p.status is c.status
                        ),
                        None,
                    )
            prev = found or prev
    return cands


def find_meetings(
    doc: Document, lexicon: Cues, pats: Patterns
) -> tuple[Meeting, ...]:
    """
    Meetings reported in *doc*, in text order.

    Args:
        doc: The document after actor resolution.
        lexicon: The compiled meeting cues.
        pats: The stage's compiled fixed patterns.

    Returns:
        One :class:`~communique.Meeting` per event, ids ``meeting:1``,
        ``meeting:2``, ... in order of first report; ``cameo`` and
        ``plover`` are left for the code-mapping stage.

    Examples:
        >>> from communique import Parser
        >>> from communique._types import Document, NormalizedText
        >>> state = Parser().state
        >>> find_meetings(Document(norm=NormalizedText.identity("Hi."),
        ...                        sentences=(), mentions=(), actors={}),
        ...               state.meeting_cues, state.meeting_patterns)
        ()
    """
    if not doc.sentences:
        return ()
    scan = Scan(doc.text, lexicon, pats)
    actors = Actors(doc, pats, [], scan)
    places = Places(actors, lexicon, pats, scan)
    clauses = Clauses(actors, places, lexicon, pats)
    cands = _reports(doc, clauses, Reporter(clauses, Qualifier(clauses)))
    merger = Merger(actors, places.dateline)
    merged = merger.merge(cands)
    spread_places(merged, cands, actors, places.dateline)
    return emit(doc, merged)
