# SPDX-License-Identifier: MIT
"""
Reports for stage 5a: one trigger's clause read into meeting reports
(:class:`Reporter`): who meets whom (:mod:`._clause`), where
(:mod:`._places`), with status, date and topics from :mod:`._qualify`.
:mod:`._find` collects the reports in text order for :mod:`._merge`.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from communique._types import Sentence
from communique.model import (
    ActorKind,
    DatePrecision,
    MeetingKind,
    MeetingStatus,
)

from ._clause import Clauses
from ._qualify import Qualifier
from ._records import Candidate, Objects, Place, Trigger, unique


__all__ = ["Reporter"]


class Reporter:
    """
    Turns one trigger into meeting reports.

    Args:
        clauses: The clause reader of the document.
        qualifier: The status, date and topic reader of the document.
    """

    def __init__(self, clauses: Clauses, qualifier: Qualifier) -> None:
        self.clauses = clauses
        self.qualifier = qualifier
        self.actors = clauses.actors
        self.places = clauses.places
        self.cues = clauses.cues
        self.pats = clauses.pats
        self.text = clauses.text
        self.published = clauses.actors.doc.published

    def _delegate_to(self, s: Sentence, t: Trigger, subject: str) -> list[str]:
        """The organization a lone person at a meeting is delegated to:
        "Smith, Canada's delegate to the WTO, spoke at a special meeting"
        (the meeting is the organization's)."""
        if t.kind not in (
            MeetingKind.MEETING,
            MeetingKind.TALKS,
            MeetingKind.SUMMIT,
        ) or not self.actors.is_person(subject):
            return []
        text = self.text
        start = max(s.start, t.start - 300)
        for m in reversed(self.actors.mentions(start, t.start)):
            if (
                m.kind is ActorKind.ORGANIZATION
                and self.pats.delegate_to.search(
                    text, max(start, m.start - 40), m.start
                )
            ):
                return [m.actor]
        return []

    def _more_destinations(
        self,
        first: Candidate,
        obj: Objects,
        dest_place: Place,
        own: set[str | None],
    ) -> list[Candidate]:
        """One visit per further country of "will visit Kenya, Nigeria and
        Morocco"."""
        if first.kind is not MeetingKind.VISIT or first.destination not in (
            first.participants
        ):
            return []
        out: list[Candidate] = []
        seen = {dest_place.country, *own}
        for d in obj.destinations:
            key = f"state:{d.country}"
            if d.country in seen or key not in self.actors.doc.actors:
                continue
            seen.add(d.country)
            parts = [p for p in first.participants if p != first.destination]
            out.append(
                attrs.evolve(
                    first,
                    participants=[*parts, key],
                    host=key,
                    destination=key,
                    location=d,
                    evidence=list(first.evidence),
                    topics=list(first.topics),
                    visitors=list(first.visitors),
                )
            )
        return out

    def analyse(
        self,
        s: Sentence,
        t: Trigger,
        stop: int,
        *,
        left: int,
        taken: set[tuple[int, int]],
        prev_subjects: list[str],
        others: Sequence[Trigger],
    ) -> tuple[list[Candidate], list[str], set[tuple[int, int]]]:
        """The reports of trigger *t* (whose clause starts at *left*), its
        subjects and the mentions its object used."""
        actors = self.actors
        places = self.places
        text = self.text
        obj = self.clauses.objects(t, stop)
        subjects, subject_start = self.clauses.subjects(
            s, t, left, obj, taken=taken, prev_subjects=prev_subjects
        )
        status, explicit = self.qualifier.status(
            s, t, left, subject_start, obj.right
        )
        date = self.qualifier.date(
            s, t, left, obj.right, status=status, others=others
        )
        pub = self.published
        if (
            date is not None
            and pub is not None
            and not explicit
            and date.precision is DatePrecision.DAY
            and (
                date.start > pub
                # "Baker holds talks today": the day's programme.
                or (
                    date.start == pub
                    and t.role in ("verb", "partner")
                    and t.form.split()[0].endswith("s")
                )
            )
        ):
            status, explicit = MeetingStatus.PLANNED, True
        # Persons stand for their states: keep the most specific level.
        if any(actors.is_person(a) for a in subjects):
            # A state stays when no person is from it: "Kibaki and his
            # Ugandan counterpart".
            own = {
                actors.country_of(a) for a in subjects if actors.is_person(a)
            }
            subjects = [
                a
                for a in subjects
                if actors.is_person(a)
                or (
                    actors.kind_of(a) is ActorKind.STATE
                    and actors.country_of(a) not in own
                    and any(
                        m.actor == a and m.form == "demonym"
                        for m in actors.mentions(s.start, t.start)
                    )
                )
            ]
        subjects = unique(subjects)
        counterparts = [
            a for a in unique(obj.counterparts) if a not in subjects
        ]
        people = [a for a in counterparts if actors.is_person(a)]
        if people:
            counterparts = people
        elif not counterparts and len(subjects) == 1:
            counterparts = self._delegate_to(s, t, subjects[0])
        own = {actors.country_of(a) for a in subjects if actors.is_person(a)}
        destination = None
        dest_place = next((d for d in obj.destinations if d.country), None)
        if dest_place is None and t.kind is MeetingKind.VISIT:
            # "a Washington visit by Nakasone"
            dest_place = (
                places.compound_place(s, t)
                or places.in_for_place(s, t)
                or places.chosen_place(s, t)
                if t.role == "noun"
                else None
            )
        if dest_place is not None and dest_place.country not in own:
            key = f"state:{dest_place.country}"
            destination = key if key in actors.doc.actors else None
        location = None
        if t.kind is not MeetingKind.CALL:
            location = (
                places.located_place(t.start, obj.right)
                or dest_place
                or places.sidelines_place(s, t)
                or places.located_place(
                    left if subject_start is None else subject_start, t.start
                )
                or places.stay_place(s, t)
                or (places.compound_place(s, t) if t.role == "noun" else None)
            )
        host = (
            subjects[0]
            if t.form in self.cues.host_verbs and subjects
            else None
        )
        visitors = (
            list(subjects)
            if t.kind is MeetingKind.VISIT and len(subjects) == 1
            else []
        )
        if t.role == "told_visiting" or (host is not None and people):
            visitors = list(people)
        if (
            len(people) >= 2
            and t.kind is not MeetingKind.SUMMIT
            and not self.pats.between.match(text[t.end : obj.right])
            # A royal couple is received together.
            and not set(people) <= obj.royals
        ):
            groups = [[*subjects, c] for c in people]  # one per counterpart
        else:
            groups = [[*subjects, *counterparts]]
        topics = self.qualifier.topics(s, obj.right)
        wants = (
            t.kind is MeetingKind.VISIT
            and destination is None
            and not counterparts
            and not (
                obj.right > t.end
                and self.pats.to_name.match(text[t.end : obj.right])
            )
        )
        cands: list[Candidate] = []
        for g in groups:
            parts = unique(g)
            if (
                t.kind is MeetingKind.VISIT
                and destination is not None
                and not counterparts
                and destination not in parts
            ):
                parts.append(destination)
            cands.append(
                Candidate(
                    kind=t.kind,
                    participants=parts,
                    host=host
                    or (destination if destination in parts else None),
                    location=location,
                    date=date,
                    status=status,
                    explicit=explicit,
                    topics=list(topics),
                    evidence=[(t.start, t.end)],
                    destination=destination,
                    visitors=visitors,
                    wants_destination=wants,
                    sentence=s.index,
                )
            )
        if destination is not None and dest_place is not None:
            cands.extend(
                self._more_destinations(cands[0], obj, dest_place, own)
            )
        for m in obj.gapped:
            # "King Faisal visited in 1967 and King Khaled in 1981."
            cands.append(
                attrs.evolve(
                    cands[0],
                    participants=[m.actor],
                    date=self.qualifier.date(
                        s, t, m.end, obj.right, status=status, others=()
                    ),
                    evidence=[(m.start, m.end)],
                    topics=[],
                    visitors=[m.actor],
                    wants_destination=True,
                )
            )
        return cands, subjects, obj.used
