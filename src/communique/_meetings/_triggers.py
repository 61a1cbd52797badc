# SPDX-License-Identifier: MIT
"""
The triggers of a sentence (:meth:`Triggers.triggers`: "visited",
"held talks with", "a visit by", "told visiting", each with its kind
and syntactic role) and the bounds of a trigger's clause. First of the
clause readers that :mod:`._clause` combines.
"""

from __future__ import annotations

from communique._types import Sentence
from communique.model import ActorKind, MeetingKind

from ._context import WINDOW, Context
from ._records import Trigger


__all__ = ["Triggers"]

# "called on" is a visit only before a person who ends the clause.
_CALL_ON = frozenset(["called on", "calls on", "calling on"])
# "spoke to X" is a call only when the telephone is named after it.
_SPOKE_TO = frozenset(["spoke to", "talked to", "speaks to", "spoken to"])


class Triggers:
    """
    Finds the triggers of one document's sentences and their clauses'
    bounds.

    Args:
        ctx: The document's clause context.
    """

    def __init__(self, ctx: Context) -> None:
        self.actors = ctx.actors
        self.places = ctx.places
        self.pats = ctx.pats
        self.text = ctx.text
        self.scan = ctx.scan
        self.cues = ctx.cues

    def triggers(self, s: Sentence) -> list[Trigger]:
        """The trigger phrases of *s*, in order."""
        text = self.text
        out: list[Trigger] = []
        for m in self.scan.cue["trigger"].finditer(s.start, s.end):
            form = " ".join(m.group().lower().split())
            entry = self.cues.roles.get(form)
            if entry is None:
                continue  # a case-folded match of no form: "vİsİt"
            kind, role = entry
            if role == "either":
                role = self._noun_or_verb(m.start(), s.start, form)
            if form in _SPOKE_TO and not self.pats.by_phone.search(
                text, m.end(), min(s.end, m.end() + 120)
            ):
                continue  # "spoke to reporters": no call
            if form in _CALL_ON and not self._courtesy_call(m.end(), s.end):
                continue  # "called on Smith to resign": a demand
            if role in ("motion", "stay"):
                after = self.places.first_place(
                    m.end(), min(s.end, m.end() + 40)
                )
                if self._here_follows(m.end(), role):
                    pass  # "arrived here Tuesday": the dateline's city
                elif after is None or text[m.end() : after.start].strip(
                    " \t\r\nthe"
                ):
                    continue  # "went to war", "was in 2005"
            out.append(
                Trigger(
                    start=m.start(),
                    end=m.end(),
                    form=form,
                    kind=MeetingKind(kind),
                    role=role,
                )
            )
        return out

    def _courtesy_call(self, pos: int, stop: int) -> bool:
        """Whether "called on" ending at *pos* is a visit: a person follows
        and ends the clause, or a date or place does ("called on
        President Kibaki on Tuesday"), not an infinitive ("called on
        Kibaki to resign", "called on Kibaki not to")."""
        ms = self.actors.mentions(pos, min(stop, pos + 120))
        if not ms or ms[0].kind is not ActorKind.PERSON:
            return False
        gap = self.text[pos : ms[0].start]
        if gap.strip(" \t\r\n") not in ("", "the", "visiting"):
            return False
        end = ms[0].end
        return bool(
            self.pats.call_on_end.match(self.text, end, stop)
        ) and not self.pats.call_on_demand.search(
            self.text, end, min(stop, end + 80)
        )

    def _here_follows(self, pos: int, role: str) -> bool:
        """Whether "here" follows a motion trigger ending at *pos* in an
        article with a dateline: "arrived here on Tuesday", "is due here"
        ("left here for", "returned from here" go elsewhere)."""
        if role != "motion" or self.places.dateline is None:
            return False
        here = self.pats.here_after.match(self.text, pos)
        return here is not None and not self.pats.away_from.search(
            self.text, max(0, pos - 30), pos
        )

    def _noun_or_verb(self, pos: int, floor: int, form: str) -> str:
        before = self.text[max(floor, pos - 40) : pos]
        if self.pats.noun_before.search(before) or (
            # "is attending an ADB annual general meeting"
            self.pats.attend_np.search(self.text, max(floor, pos - 80), pos)
        ) or (
            # "At an EU ministers' meeting on Monday, ..."
            pos - floor < WINDOW
            and self.pats.at_intro.match(self.text, floor, pos)
            and "," not in self.text[floor:pos]
        ):
            return "noun"
        if self.pats.verb_before.search(before) or form.endswith("ing"):
            return "verb"
        for m in self.actors.mentions_in(max(floor, pos - 40), pos):
            if not self.text[m.end : pos].strip():
                if self.pats.article_end.search(
                    self.text[max(floor, m.start - 5) : m.start]
                ):
                    return "noun"  # "a Washington visit"
                return "verb"  # "Lavrov visited", "Ikeda visits Seoul"
        return "noun"

    def left_bound(self, s: Sentence, pos: int) -> int:
        """Where the clause of a trigger at *pos* starts."""
        bound = s.start
        for b in self.scan.cue["left_boundary"].finditer(s.start, pos):
            bound = b.end()
        return bound

    def scope_start(self, t: Trigger, left: int) -> int:
        """Where the cues that can deny trigger *t* start: its clause, or
        the last temporal preposition before it, whose phrase is taken as
        real ("did not see any way to settle it before or during a
        Washington visit", "was ready to continue talks despite ... during
        talks which ended")."""
        starts = [
            b.start()
            for b in self.pats.scope_break.finditer(
                self.text, max(left, t.start - WINDOW), t.start
            )
        ]
        return starts[-1] if starts else left
