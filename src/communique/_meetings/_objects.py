# SPDX-License-Identifier: MIT
"""
What follows a trigger (:meth:`ObjectReader.objects`): who is met
(``with``, a direct object, a coordinated list), who acts (a ``by``
agent), where (``to``/``in`` a place). Second of the clause readers
that :mod:`._clause` combines.
"""

from __future__ import annotations

from communique.model import ActorKind, MeetingKind

from ._context import Context
from ._records import Objects, Place, Trigger


__all__ = ["ObjectReader"]


class ObjectReader:
    """
    Reads the objects of one document's triggers.

    Args:
        ctx: The document's clause context.
    """

    def __init__(self, ctx: Context) -> None:
        self.actors = ctx.actors
        self.places = ctx.places
        self.pats = ctx.pats
        self.text = ctx.text
        self.scan = ctx.scan

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

    def _place_phrase(self, start: int, stop: int) -> int | None:
        """The end of "in PLACE" or "at PLACE" opening
        ``text[start:stop]``."""
        m = self.pats.in_at.match(self.text, start, stop)
        if m is None:
            return None
        p = self.places.first_place(m.end(), min(stop, m.end() + 60))
        return p.end if p is not None and p.start == m.end() else None
