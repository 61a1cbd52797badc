# SPDX-License-Identifier: MIT
"""
The qualifiers of one trigger's report: how sure the text is (will,
scheduled, called off, if; :meth:`Qualifier.status`), whether it denies
the meeting (:meth:`Qualifier.negative`), when (a date phrase, resolved
by :mod:`communique._dates`) and about what (topics). Reads the clause
found by :mod:`._clause`; :mod:`._report` and :mod:`._find` ask it.
"""

from __future__ import annotations

from collections.abc import Sequence

from communique._dates import find_dates, resolve_date
from communique._types import Sentence
from communique.model import (
    MeetingDate,
    MeetingStatus,
)

from ._clause import Clauses
from ._records import Trigger


__all__ = ["Qualifier"]


class Qualifier:
    """
    Reads status, negation, date and topics around one trigger.

    Args:
        clauses: The clause reader of the document.
    """

    def __init__(self, clauses: Clauses) -> None:
        self.actors = clauses.actors
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
                at = right - (
                    len(self.text[t.end : right])
                    - len(self.text[t.end : right].rstrip())
                )
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
