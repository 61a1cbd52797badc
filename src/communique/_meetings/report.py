# SPDX-License-Identifier: MIT
"""
Reports for stage 5a: one trigger's clause read into meeting reports,
with how sure the text is (will, scheduled, called off, denied), when
(a date phrase, resolved by :mod:`._dates`), where and about what.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from communique._dates import find_dates, resolve_date
from communique._types import Sentence
from communique.model import (
    ActorKind,
    DatePrecision,
    MeetingDate,
    MeetingKind,
    MeetingStatus,
)

from .clause import Clauses
from .records import Candidate, Objects, Place, Trigger, unique


__all__ = ["Reporter"]


class Reporter:
    """
    Turns one trigger into meeting reports.

    Args:
        clauses: The clause reader of the document.
    """

    def __init__(self, clauses: Clauses) -> None:
        self.clauses = clauses
        self.actors = clauses.actors
        self.places = clauses.places
        self.cues = clauses.cues
        self.pats = clauses.pats
        self.text = clauses.text
        self.scan = clauses.scan
        self.published = clauses.actors.doc.published

    def status(
        self,
        s: Sentence,
        t: Trigger,
        left: int,
        start: int | None,
        right: int,
    ) -> tuple[MeetingStatus, bool]:
        """The report's status, and whether a cue made it explicit."""
        if start is None:
            start = left if t.role in ("noun", "stay") else s.start
        end = t.end
        if t.role == "noun":
            # "his visit to Washington later this week", "talks will be
            # held": a noun's phrase and its passive verb follow it.
            passive = self.pats.held_passive.match(self.text, t.end, s.end)
            if passive is None and right > t.end:
                # "A visit by Hu to Kenya is planned"
                at = right - (len(self.text[t.end : right]) - len(
                    self.text[t.end : right].rstrip()
                ))
                passive = self.pats.held_passive.match(self.text, at, s.end)
            end = passive.end() if passive is not None else max(end, right)
        region = (start, end)
        cue = self.scan.cue
        if cue["cancelled"].search(*region):
            return MeetingStatus.CANCELLED, True
        if (
            cue["planned"].search(*region)
            or (
                t.role == "verb"
                and self.pats.infinitive.search(self.text, start, t.start)
            )
            or (
                # "ahead of his visit to Kenya"
                t.role == "noun"
                and self.pats.ahead_of.search(
                    self.text, max(s.start, t.start - 80), t.start
                )
            )
        ):
            return MeetingStatus.PLANNED, True
        if t.role == "stay" or cue["ongoing"].search(*region):
            return MeetingStatus.ONGOING, True
        return MeetingStatus.HELD, False

    def date(
        self,
        s: Sentence,
        t: Trigger,
        left: int,
        right: int,
        *,
        status: MeetingStatus,
        others: Sequence[Trigger],
    ) -> MeetingDate | None:
        """The date phrase nearest the trigger, resolved."""
        end = min(s.end, max(right, t.end) + 40)

        def gap(a: int, b: int, x: Trigger) -> int:
            return max(0, x.start - b, a - x.end)

        found = [
            (gap(a, b, t), a, phrase)
            for a, b, phrase in self.scan.dates.find(left, end)
            if all(
                gap(a, b, t) <= gap(a, b, o)
                # a trigger across a comma belongs to another clause
                or "," in self.text[min(b, o.start) : max(a, o.end)]
                for o in others
                if o is not t
            )
        ]
        if not found:
            return None
        _, at, phrase = min(found)
        future = status is MeetingStatus.PLANNED or bool(
            self.pats.future_date.search(phrase)
        )
        if status is MeetingStatus.HELD and self.pats.present.search(
            self.text, left, max(t.end, at)
        ):
            future = True
        return resolve_date(phrase, self.published, future=future)

    def negative(self, s: Sentence, t: Trigger, left: int) -> bool:
        """Whether the sentence denies the meeting or makes it a
        condition."""
        text = self.text
        cue = self.scan.cue
        if cue["negative"].search(left, t.start):
            return True
        if t.role in ("verb", "partner", "motion") and (
            self.pats.negated_verb.search(
                text, max(s.start, t.start - 30), t.start
            )
        ):
            return True  # "did not meet", "has never visited"
        found = cue["governing"].finditer(s.start, t.start)
        governing = found[-1] if found else None
        if governing is not None and not (
            t.role == "noun"
            and (
                # "denied that his talks with Lee had failed"
                self.pats.possessed.search(
                    text, max(s.start, t.start - 40), t.start
                )
                # "denied that he raised it during talks with Lee": the
                # talks are taken as real
                or (
                    self.pats.scope_break.search(
                        text, governing.end(), t.start
                    )
                    and self.pats.with_next.match(text, t.end, s.end)
                )
            )
        ):
            return True  # "denied that he had met"
        if cue["negative_sentence"].search(s.start, s.end):
            return True
        return bool(self.pats.conditional.match(text, s.start, t.start))

    def topics(self, s: Sentence, right: int) -> list[str]:
        """What the meeting is about, when the sentence says."""
        date_at = self.scan.dates.match
        after = (
            a
            for a in self.scan.cue["topic_after"].overlapped(
                right, min(s.end, right + 60)
            )
            if not date_at(a.start("topic"), a.start("topic") + 500)
        )
        m = next(after, None) or self.scan.cue["topic"].search(s.start, s.end)
        if m is None:
            return []
        topic = m.group("topic").strip()
        named = self.actors.mentions_in(m.start("topic"), m.end("topic"))
        if (
            len(topic) < 4
            or find_dates(topic)
            or (named and len(topic.split()) < 2)
        ):
            return []
        return [topic]

    def _delegate_to(
        self, s: Sentence, t: Trigger, subject: str
    ) -> list[str]:
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
            if m.kind is ActorKind.ORGANIZATION and self.pats.delegate_to.search(
                text, max(start, m.start - 40), m.start
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
        status, explicit = self.status(
            s, t, left, subject_start, obj.right
        )
        date = self.date(s, t, left, obj.right, status=status, others=others)
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
            own = {actors.country_of(a) for a in subjects if actors.is_person(a)}
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
        topics = self.topics(s, obj.right)
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
                    date=self.date(
                        s, t, m.end, obj.right, status=status, others=()
                    ),
                    evidence=[(m.start, m.end)],
                    topics=[],
                    visitors=[m.actor],
                    wants_destination=True,
                )
            )
        return cands, subjects, obj.used
