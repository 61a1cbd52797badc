# SPDX-License-Identifier: MIT
"""
Who acts in a trigger's clause (:meth:`SubjectReader.subjects`): the
subject before a verb, the possessor or ``by`` agent of a noun, a
compound ("the Kenya-Uganda talks"), those who attend. Reads the
objects that :mod:`._objects` found; last of the clause readers that
:mod:`._clause` combines.
"""

from __future__ import annotations

import itertools

from communique._types import ResolvedMention, Sentence
from communique.model import ActorKind

from ._context import WINDOW, Context
from ._records import Objects, Trigger, unique
from ._triggers import Triggers


__all__ = ["SubjectReader"]


class SubjectReader:
    """
    Reads the subjects of one document's triggers.

    Args:
        ctx: The document's clause context.
        triggers: The trigger reader, for clause bounds.
    """

    def __init__(self, ctx: Context, triggers: Triggers) -> None:
        self.actors = ctx.actors
        self.pats = ctx.pats
        self.text = ctx.text
        self.scan = ctx.scan
        self.left_bound = triggers.left_bound

    def subjects(
        self,
        s: Sentence,
        t: Trigger,
        left: int,
        obj: Objects,
        *,
        taken: set[tuple[int, int]],
        prev_subjects: list[str],
    ) -> tuple[list[str], int | None]:
        """Who acts, and where the subject starts when it is local."""
        text = self.text
        pats = self.pats
        actors = self.actors
        if obj.agents:
            if t.role in ("verb", "partner") and pats.passive_aux.search(
                text, max(left, t.start - 20), t.start
            ):
                # "Kibaki was received by Hu": the subject is met too.
                local, _ = self._left_subjects(s, left, t.start, taken)
                return unique([*obj.agents, *local]), None
            return list(obj.agents), None
        if self.scan.cue["generic"].search(max(left, t.start - 30), t.start):
            return [], None  # "encourage more people to visit"
        if t.role in ("noun", "stay"):
            compound = self._compound(s, t)
            if compound:
                return self._attending(s, t, left, compound, obj, taken), None
            poss = pats.possessive_end.search(text, left, t.start)
            if poss is not None and t.role == "noun":
                owners = [
                    m
                    for m in actors.mentions(
                        max(left, poss.start() - 80), poss.end()
                    )
                    if not text[m.end : poss.start()].strip()
                    or m.start == poss.start()
                ]
                if owners:
                    return [owners[-1].actor], None
                found = actors.pronoun_persons(poss.start(), poss.end(), s)
                if found:
                    return [found[0][1]], None
            if t.role == "noun" and not self.scan.cue["light"].search(
                left, t.start
            ):
                return [], None
        local, start = self._left_subjects(s, left, t.start, taken)
        if local and any(actors.is_person(a) for a in local):
            return local, start
        if (
            t.role not in ("noun", "stay")
            and prev_subjects
            and pats.coordinated.search(text, s.start, t.start)
        ):
            return list(prev_subjects), None  # "will hold talks ... and meet"
        if t.role not in ("noun", "stay") and pats.relative.search(
            text, max(s.start, left - 10), left
        ):
            return local, start  # "a meeting ... which Clinton visited"
        if pats.who.search(
            text, max(s.start, left - 8), left
        ) and not pats.and_word.search(text[left : t.start]):
            before = [
                m
                for m in actors.mentions(s.start, left)
                if m.kind is ActorKind.PERSON
            ]
            if before and not text[before[-1].end : left].strip(" \t\r\n,who"):
                # "Kibaki who is in Beijing", "Kibaki and Museveni, who met"
                k = len(before) - 1
                while k > 0 and pats.coordination.fullmatch(
                    text, before[k - 1].end, before[k].start
                ):
                    k -= 1
                return unique(m.actor for m in before[k:]), None
            return [], None  # "his ministers, who will hold talks"
        main = self.main_subject(s, obj.used | taken, before=t.start)
        if main:
            return main, None
        return local, start

    def _left_subjects(
        self, s: Sentence, left: int, pos: int, taken: set[tuple[int, int]]
    ) -> tuple[list[str], int | None]:
        actors = self.actors
        ms = [
            m
            for m in actors.mentions(left, pos)
            if (m.start, m.end) not in taken
        ]
        found = [(m.start, m.actor) for m in ms if m.kind is ActorKind.PERSON]
        for m in ms:
            if m.form == "demonym":
                who = actors.demonym_person(m)
                if who is not None:
                    found.append((m.start, who))
                elif found and self._unnamed_partner(found[0][0], m):
                    # "Kibaki and his Ugandan counterpart held talks"
                    found.append((m.start, m.actor))
        found.extend(actors.pronoun_persons(left, pos, s))
        if not found:
            title = self.pats.title_np.search(self.text, left, pos)
            if title is not None:
                who = actors.person_before(title.start())
                if who is not None:
                    found.append((title.start(), who))  # "the minister"
        if found:
            found.sort()
            return unique(a for _, a in found), found[0][0]
        if not ms:
            return [], None
        last = ms[-1]
        if len(ms) >= 2 and self.pats.and_word.search(
            self.text[ms[-2].end : last.start]
        ):
            return unique([ms[-2].actor, last.actor]), ms[-2].start
        return [last.actor], last.start

    def _unnamed_partner(self, after: int, m: ResolvedMention) -> bool:
        """Whether demonym *m* heads an unnamed leader coordinated with
        the person named at *after*: "Kibaki and his Ugandan
        counterpart"."""
        text = self.text
        if not self.pats.and_his.search(text, after, m.start):
            return False
        title = self.pats.title_head.match(text, m.end, m.end + 500)
        return title is not None and not self.actors.mentions_in(
            title.end(), min(len(text), title.end() + 3)
        )

    def main_subject(
        self,
        s: Sentence,
        objects: set[tuple[int, int]],
        *,
        before: int | None = None,
    ) -> list[str]:
        """The first person the sentence names outside any trigger's object
        (pronouns included); else its first state or organization, with
        the names coordinated with it before *before* (the trigger)."""
        actors = self.actors
        ms = [
            m
            for m in actors.mentions(s.start, s.end)
            if (m.start, m.end) not in objects
        ]
        found = [(m.start, m.actor) for m in ms if m.kind is ActorKind.PERSON]
        found.extend(
            (at, who)
            for at, who in actors.pronoun_persons(s.start, s.end, s)
            if self.text[at : at + 4].lower().rstrip() in ("he", "she")
        )
        if found:
            return [min(found)[1]]
        reported = self.pats.reported
        first = next(
            (
                i
                for i, m in enumerate(ms)
                if not reported.match(self.text, m.end, m.end + 500)
            ),
            None,
        )
        if first is None:
            return []
        # "Kenya and Tanzania held talks": the whole coordinated subject.
        out = [ms[first].actor]
        for a, b in itertools.pairwise(ms[first:]):
            if (
                before is None
                or b.end > before
                # "alternately in Bangkok and Tokyo": places, not subjects
                or {a.form, b.form} & {"capital", "seat"}
                or not self.pats.coordination.fullmatch(
                    self.text, a.end, b.start
                )
            ):
                break
            out.append(b.actor)
        return unique(out)

    def _attending(
        self,
        s: Sentence,
        t: Trigger,
        left: int,
        compound: list[str],
        obj: Objects,
        taken: set[tuple[int, int]],
    ) -> list[str]:
        """Who acts for a noun trigger named in a compound: its owners, or
        who attends when the owner is one organization or state (which is
        then met): "Italy attended the NATO summit"."""
        actors = self.actors
        if len(compound) != 1 or actors.kind_of(compound[0]) not in (
            ActorKind.ORGANIZATION,
            ActorKind.STATE,
        ):
            return compound
        text = self.text
        if left > s.start and text[left - 1] == ")":
            # "attending an Asian Development Bank (ADB) meeting": the
            # abbreviation's brackets do not end the clause.
            opening = text.rfind("(", max(s.start, left - 60), left - 1)
            left = self.left_bound(s, opening) if opening >= 0 else left
        attend = [
            m.start()
            for m in self.pats.attend.finditer(
                text, max(left, t.start - WINDOW), t.start
            )
        ]
        if attend:
            local, _ = self._left_subjects(s, left, attend[-1], taken)
            if not local and self.pats.who.search(
                text, max(s.start, left - 8), left
            ):
                # "Mwanawasa, who attended the China-Africa summit"
                before = [
                    m
                    for m in actors.mentions(s.start, left)
                    if m.kind is ActorKind.PERSON
                ]
                if before and not text[before[-1].end : left].strip(" \t\r\n,who"):
                    local = [before[-1].actor]
        elif (
            t.start - s.start < WINDOW
            and "," not in text[s.start : t.start]
            and self.pats.at_intro.match(text, s.start, t.start)
        ):
            # "At an EU meeting on Monday, Straw said ..."
            comma = text.find(",", t.end, min(s.end, t.end + WINDOW))
            after = actors.mentions(comma + 1, s.end) if comma > 0 else []
            local = [
                m.actor
                for m in after[:1]
                if m.kind is ActorKind.PERSON
                and not text[comma + 1 : m.start].strip()
            ]
        else:
            local = []
        if not local:
            return compound
        obj.counterparts[:0] = compound
        return local

    def _compound(self, s: Sentence, t: Trigger) -> list[str]:
        """Actors named in the noun phrase before a noun trigger: "the
        US-Australia ministerial", "the Lavrov-Kim meeting", "the APEC
        meeting"."""
        text = self.text
        start = max(s.start, t.start - 70)
        cut = max(
            text.rfind(",", start, t.start), text.rfind(";", start, t.start)
        )
        start = max(start, cut + 1)
        ms = self.actors.mentions(start, t.start)
        out: list[str] = []
        for a, b in itertools.pairwise(ms):
            if b.start - a.end == 1 and text[a.end] in "-–/":
                out.extend([a.actor, b.actor])
        if out or not ms:
            return unique(out)
        last = ms[-1]
        gap_start = last.end
        if (
            len(ms) >= 2
            and text.startswith(")", last.end)
            and text[ms[-2].end : last.start].strip() == "("
        ):
            # "an Asian Development Bank (ADB) annual meeting"
            last, gap_start = ms[-2], last.end + 1
        if self.pats.gap_words.fullmatch(
            text[gap_start : t.start]
        ) and self.pats.article_end.search(
            text[max(s.start, last.start - 5) : last.start]
        ):
            return [last.actor]
        return []
