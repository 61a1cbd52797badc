# SPDX-License-Identifier: MIT
"""
Stage 5a: sentences + resolved mentions + the cue lexicon -> meetings.

Each sentence is scanned once for trigger phrases ("visited", "held talks
with", "a visit by", "spoke by phone", "told visiting", "summit");
sentences without a trigger word are skipped before any pattern runs.
For each trigger the stage reads its clause: who acts (the subject
before a verb, the possessor or ``by`` agent of a noun), who is met
(``with`` or a direct object), where (``to``/``in`` a capital, city or
state, "here" and the dateline), when (a date phrase, resolved by
:mod:`._dates`) and how sure the text is (will, scheduled, called off,
if, denied). Mentions of one event across the article are then merged,
and a visit's place spreads to the other meetings of the same trip.

The work is split by job: :mod:`._meetings_cues` (lexicon, patterns,
records), :mod:`._meetings_actors` (mentions, pronouns),
:mod:`._meetings_places` (places, dateline), :mod:`._meetings_clause`
(triggers, subjects, objects), :mod:`._meetings_report` (one trigger's
reports), :mod:`._meetings_merge` (one meeting per event) and
:mod:`._meetings_scan` (the words where each word-list pattern or date
phrase can start, found once per document, so that look-ups try the
patterns there instead of scanning every clause).
"""

from __future__ import annotations

from ._meetings_actors import Actors
from ._meetings_clause import Clauses
from ._meetings_cues import Candidate, Cues, Patterns, unique
from ._meetings_merge import Merger
from ._meetings_places import Places
from ._meetings_report import Reporter
from ._meetings_scan import Scan
from ._types import Document
from .model import Meeting, MeetingKind


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
            if reporter.negative(s, t, clauses.scope_start(t, left)):
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
    cands = _reports(doc, clauses, Reporter(clauses))
    merger = Merger(actors, places.dateline)
    merged = merger.merge(cands)
    merger.spread_places(merged, cands)
    return merger.emit(merged)
