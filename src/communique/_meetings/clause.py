# SPDX-License-Identifier: MIT
"""
Clauses for stage 5a: the triggers of a sentence, and for each the
actors of its clause: who acts (the subject before a verb, the possessor
or ``by`` agent of a noun) and who is met or visited (``with``, a direct
object, ``to`` a state).
"""

from __future__ import annotations

import itertools

from communique._types import ResolvedMention, Sentence
from communique.model import ActorKind, MeetingKind

from .actors import Actors
from .cues import Cues
from .patterns import Patterns
from .places import Places
from .records import Objects, Place, Trigger, unique


__all__ = ["Clauses"]

# How far before a trigger the cues that scope it are looked for, so
# that a long sentence with many triggers stays linear.
_WINDOW = 200
# "called on" is a visit only before a person who ends the clause.
_CALL_ON = frozenset(["called on", "calls on", "calling on"])
# "spoke to X" is a call only when the telephone is named after it.
_SPOKE_TO = frozenset(["spoke to", "talked to", "speaks to", "spoken to"])


class Clauses:
    """
    Reads the clauses of one document's triggers.

    Args:
        actors: The document's actors.
        places: The document's places.
        cues: The meeting lexicon.
        pats: The stage's patterns.
    """

    def __init__(
        self, actors: Actors, places: Places, cues: Cues, pats: Patterns
    ) -> None:
        self.actors = actors
        self.places = places
        self.cues = cues
        self.pats = pats
        self.text = actors.text
        self.scan = places.scan

    # -- triggers ------------------------------------------------------

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
            pos - floor < _WINDOW
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
                self.text, max(left, t.start - _WINDOW), t.start
            )
        ]
        return starts[-1] if starts else left

    # -- objects -------------------------------------------------------

    def objects(self, t: Trigger, stop: int) -> Objects:
        """Who and what the trigger's clause names after it."""
        text = self.text
        pats = self.pats
        actors = self.actors
        obj = Objects(right=t.end)
        start = t.end
        date_at = self.scan.dates.match
        while True:  # "held talks here on Monday with ..."
            ws = start + len(text[start:stop]) - len(text[start:stop].lstrip())
            skip = (
                pats.adverbial.match(text, start, stop)
                or date_at(ws, stop)
                # "Talks will be held in Oslo between ..."
                or (
                    pats.held_passive.match(text, start, stop)
                    if t.role == "noun"
                    else None
                )
            )
            if skip is None:
                # "held talks in Arusha on Monday with ..."
                place_end = self._place_phrase(start, stop)
                if place_end is None or (
                    # "the meeting in Warsaw is ...": the noun's own place
                    t.role == "noun"
                    and not pats.noun_args.match(text, place_end, stop)
                ):
                    break
                start = place_end
                continue
            start = skip.end()
        if t.role == "noun" and not pats.noun_args.match(text, start, stop):
            return obj  # "the talks", "Lavrov's visit marks ..."
        b = self._list_boundary(start + 1, stop)
        obj.right = right = b if b is not None else stop
        from_state: int | None = None  # end of "counterparts from X"
        for m in actors.mentions(t.end, right):
            words = [
                w.group().lower()
                for w in pats.prep.finditer(text, t.end, m.start)
            ]
            inner = [w for w in words if w != "of"]
            prep = inner[-1] if inner else (words[-1] if words else None)
            if (
                t.kind is MeetingKind.VISIT
                and m.kind is ActorKind.PERSON
                and pats.gapped.fullmatch(text, t.end, m.start)
            ):
                obj.gapped.append(m)
                continue
            obj.used.add((m.start, m.end))
            if (
                prep == "to"
                and t.kind is not MeetingKind.VISIT
                and pats.delegate_to.search(
                    text, max(t.end, m.start - 40), m.start
                )
            ):
                continue  # "met the Chinese ambassador to Kenya": a post
            if (
                prep == "from"
                and m.kind is ActorKind.STATE
                and (
                    pats.from_people.search(
                        text, max(t.end, m.start - 40), m.start
                    )
                    or (
                        from_state is not None
                        and pats.coordination.fullmatch(
                            text, from_state, m.start
                        )
                    )
                )
            ):
                # "met his counterparts from Kenya and Uganda"
                obj.counterparts.append(m.actor)
                from_state = m.end
                continue
            if prep == "from" and t.kind is not MeetingKind.CALL:
                continue  # "a call from Merkel": the caller takes part
            if prep == "by" and pats.led_by.search(
                text, max(t.end, m.start - 30), m.start
            ):
                obj.counterparts.append(m.actor)  # "a delegation led by X"
            elif prep == "by":
                if pats.participle_by.search(
                    text, max(t.end, m.start - 30), m.start
                ):
                    continue  # "talks brokered by Oman": a go-between
                obj.agents.append(m.actor)
            elif m.kind is ActorKind.PERSON:
                obj.counterparts.append(m.actor)
                if pats.royal.search(text, max(t.end, m.start - 12), m.end):
                    obj.royals.add(m.actor)
            elif m.form == "demonym":
                who = actors.demonym_person(m)
                if who is not None:
                    obj.counterparts.append(who)
                elif (
                    prep == "between"
                    or pats.people_head.match(text, m.end, m.end + 500)
                    or pats.title_head.match(text, m.end, m.end + 500)
                    or self._paired_demonym(m.end)
                ):
                    obj.counterparts.append(m.actor)
            elif m.form in ("capital", "seat") or (
                t.kind is MeetingKind.VISIT
                and m.kind is ActorKind.STATE
                and prep in (None, "to", "in", "of", "at")
            ):
                obj.destinations.append(
                    Place(
                        start=m.start,
                        end=m.end,
                        name=m.text if m.form in ("capital", "seat") else None,
                        country=actors.country_of(m.actor) or m.country,
                    )
                )
            elif prep in (None, "with", "between", "to", "among", "from") or (
                # "a meeting of the Arab League"
                prep == "of"
                and m.kind is ActorKind.ORGANIZATION
                and (
                    (t.kind is not MeetingKind.VISIT
                    and pats.of_org.fullmatch(text, t.end, m.start))
                    # "visited the headquarters of the African Union"
                    or pats.seat_of.search(
                        text, max(t.end, m.start - 40), m.start
                    )
                )
            ):
                obj.counterparts.append(m.actor)
        if t.kind is MeetingKind.VISIT and not obj.destinations:
            p = self.places.located_place(t.end, right)
            if p is None and t.role != "noun":
                found = self.places.first_place(t.end, right)
                if found and not text[t.end : found.start].strip():
                    p = found  # "visited Busan"
            if p is not None and p.country is not None:
                obj.destinations.append(p)
        return obj

    def _paired_demonym(self, end: int) -> bool:
        """Whether the demonym ending at *end* is the first of a pair that
        heads people: "Kenyan and Ugandan officials"."""
        pair = self.pats.and_word_cap.match(self.text, end, end + 60)
        return pair is not None and bool(
            self.pats.people_head.match(self.text, pair.end(), pair.end() + 500)
            or self.pats.title_head.match(
                self.text, pair.end(), pair.end() + 500
            )
        )

    def _list_boundary(self, start: int, stop: int) -> int | None:
        """Where the object after a trigger ends: the first right boundary
        in ``text[start:stop]``, except a comma that goes on with a list of
        names ("met A, B and C")."""
        text = self.text
        right = self.scan.cue["right_boundary"]
        b = right.search(start, stop)
        while b is not None and b.group() == ",":
            nxt = self.pats.list_next.match(text, b.end(), stop)
            at = nxt.end() if nxt is not None else b.end()
            named = self.actors.mentions(at, min(stop, at + 120))
            if (
                not named
                or named[0].start != at
                or not self.pats.list_goes_on.match(text, named[0].end, stop)
            ):
                break  # "met Kim, Lavrov said", "with Kim, Lavrov met"
            b = right.search(named[0].end, stop)
        return b.start() if b is not None else None

    # -- subjects ------------------------------------------------------

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

    def _place_phrase(self, start: int, stop: int) -> int | None:
        """The end of "in PLACE" or "at PLACE" opening
        ``text[start:stop]``."""
        m = self.pats.in_at.match(self.text, start, stop)
        if m is None:
            return None
        p = self.places.first_place(m.end(), min(stop, m.end() + 60))
        return p.end if p is not None and p.start == m.end() else None

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
                text, max(left, t.start - _WINDOW), t.start
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
            t.start - s.start < _WINDOW
            and "," not in text[s.start : t.start]
            and self.pats.at_intro.match(text, s.start, t.start)
        ):
            # "At an EU meeting on Monday, Straw said ..."
            comma = text.find(",", t.end, min(s.end, t.end + _WINDOW))
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
