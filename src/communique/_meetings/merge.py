# SPDX-License-Identifier: MIT
"""
Merging for stage 5a: reports of one event across the article become one
meeting, a visit's place spreads to the other meetings of the same trip,
and the merged reports are emitted as :class:`~communique.Meeting`.

Kept meetings are indexed by actor, so each report is compared only
with the meetings that share an actor with it, and at most with the
latest (or nearest) hundred of them: the work stays linear in the number
of reports, however often one actor comes back in a long document.
"""

from __future__ import annotations

import bisect

from collections.abc import Iterable, Sequence

from communique.model import (
    ActorKind,
    DatePrecision,
    Location,
    Meeting,
    MeetingKind,
    MeetingStatus,
)

from .actors import Actors
from .records import Candidate, Place, unique


__all__ = ["Merger"]

_LIVE = frozenset({MeetingStatus.HELD, MeetingStatus.ONGOING})
# Reports more than this many days away from publication are not the
# article's current event.
_CURRENT_DAYS = 14
_DATED_APART_DAYS = 45


class _Kept:
    """
    Kept meetings in order, indexed by the actors they ever named, and
    by what each needs a cover to name (see :meth:`needed`).
    """

    def __init__(self, actors: Actors) -> None:
        self.actors = actors
        self.items: list[Candidate] = []
        # actor -> sorted positions of the kept meetings that named it
        self.by_actor: dict[str, list[int]] = {}
        # actor -> (order, position) of the same meetings, by order
        self.by_order: dict[str, list[tuple[int, int]]] = {}
        self.seen: dict[int, set[str]] = {}
        self.orders: list[int] = []  # sorted, for look-ups by order
        self.pos: dict[int, int] = {}  # order -> position
        self.needs: dict[int, frozenset[str]] = {}  # position -> needed

    def add(self, c: Candidate) -> None:
        pos = len(self.items)
        self.seen[pos] = set()
        self.items.append(c)
        bisect.insort(self.orders, c.order)
        self.pos[c.order] = pos
        self.update(pos)

    def update(self, pos: int) -> None:
        """Index the current participants of the meeting at *pos*."""
        seen = self.seen[pos]
        item = self.items[pos]
        for p in item.participants:
            if p not in seen:
                seen.add(p)
                bisect.insort(self.by_actor.setdefault(p, []), pos)
                bisect.insort(
                    self.by_order.setdefault(p, []), (item.order, pos)
                )
        self.needs[pos] = self.needed(item.participants)

    def needed(self, parts: Sequence[str]) -> frozenset[str]:
        """
        What a meeting must name to cover one of *parts* (see
        :meth:`Merger.covers`): every actor in it that is not a state,
        or, when all are states, all of them (a state is covered by one of
        its persons only along with a person the two share).
        """
        kind_of = self.actors.kind_of
        found = frozenset(
            p for p in parts if kind_of(p) is not ActorKind.STATE
        )
        return found or frozenset(parts)

    def may_cover(
        self, pos: int, names: set[str], needs: frozenset[str]
    ) -> bool:
        """Whether the meeting at *pos* and a report naming *names* that
        needs *needs* may cover one another: a quick necessary check."""
        return self.needs[pos] <= names or needs <= set(
            self.items[pos].participants
        )

    def latest(self, actors: Iterable[str]) -> list[int]:
        """
        Positions, in order, of the latest :data:`_REACH` meetings that
        ever named one of *actors*.
        """
        found: set[int] = set()
        for a in set(actors):
            found.update(self.by_actor.get(a, ())[-_REACH:])
        return sorted(found)[-_REACH:]

    def nearest(self, actor: str, order: int) -> list[int]:
        """
        Positions, in order, of the meetings that ever named *actor* and
        are among the :data:`_REACH` nearest to *order* on either side.
        """
        found = self.by_order.get(actor, [])
        i = bisect.bisect_left(found, (order, -1))
        return sorted(pos for _, pos in found[max(0, i - _REACH) : i + _REACH])


#: How many kept meetings a report is compared with: the latest that
#: share an actor with it, or the nearest on either side. An article
#: has far fewer; the bound keeps one long document linear.
_REACH = 100


class Merger:
    """
    Merges and emits the meeting reports of one document.

    Args:
        actors: The document's actors.
        dateline: The article's dateline place, if any.
    """

    def __init__(self, actors: Actors, dateline: Place | None) -> None:
        self.actors = actors
        self.doc = actors.doc
        self.dateline = dateline

    def covers(self, big: Sequence[str], small: Sequence[str]) -> bool:
        """Whether *big* names everyone in *small*; a state counts as named
        by one of its persons when the two share a person ("a visit to
        Japan" and "talks with Ikeda" of the same visitor)."""
        actors = self.actors
        shared = any(p in big and actors.is_person(p) for p in small)
        countries = {actors.country_of(p) for p in big if actors.is_person(p)}
        if None in countries:
            # A counterpart of unknown country may well be the host.
            countries |= {
                actors.country_of(p)
                for p in small
                if actors.kind_of(p) is ActorKind.STATE
            }
        return all(
            p in big
            or (
                shared
                and actors.kind_of(p) is ActorKind.STATE
                and actors.country_of(p) in countries
            )
            for p in small
        )

    def compatible(self, a: Candidate, b: Candidate) -> bool:
        """Whether two reports can be of one event: same status (held and
        ongoing agree; an unmarked lone report agrees with anything), no
        places in two countries and no conflicting dates."""
        if (
            a.status is not b.status
            and not (a.status in _LIVE and b.status in _LIVE)
            and not any(
                not c.explicit and len(c.participants) < 2 for c in (a, b)
            )
        ):
            return False
        if (
            a.location is not None
            and b.location is not None
            and None not in (a.location.country, b.location.country)
            and a.location.country != b.location.country
        ):
            return False  # "talks in Brussels ... her trip to London"
        if a.date is not None and b.date is not None:
            va, vb = a.date.value, b.date.value
            return (
                va.startswith(vb)
                or vb.startswith(va)
                or (
                    a.date.precision is b.date.precision is DatePrecision.DAY
                    and abs((a.date.start - b.date.start).days) <= 1
                )
            )
        dated = a.date or b.date
        pub = self.doc.published
        return a.sentence == b.sentence or not (
            dated is not None
            and pub is not None
            and abs((pub - dated.start).days) > _DATED_APART_DAYS
        )

    def merge(self, cands: list[Candidate]) -> list[Candidate]:
        """One candidate per event, in order of first report."""
        kept = _Kept(self.actors)
        out = kept.items
        for c in cands:
            if len(c.participants) < 2:
                continue
            # Two meetings of two or more that cover one another share
            # an actor: only those are compared (the latest that may cover
            # it), and one that names everyone before one that covers a
            # state by its person.
            names = set(c.participants)
            needs = kept.needed(c.participants)
            sharing = [
                pos
                for pos in reversed(kept.latest(names))
                if kept.may_cover(pos, names, needs)
                and self.compatible(out[pos], c)
            ]
            exact = [
                pos
                for pos in sharing
                if names <= set(out[pos].participants)
                or names >= set(out[pos].participants)
            ]
            pos = next(
                (
                    pos
                    for pos in exact or sharing
                    if self.covers(out[pos].participants, c.participants)
                    or self.covers(c.participants, out[pos].participants)
                ),
                None,
            )
            if pos is None:
                kept.add(c)
            else:
                self.absorb(out[pos], c)
                kept.update(pos)
        dest_orders = [c.order for c in cands if c.destination is not None]
        last_dest = {
            c.order: c.destination for c in cands if c.destination is not None
        }
        for c in cands:
            if len(c.participants) >= 2:
                continue
            if not c.participants:
                # "the talks", "the meeting in Warsaw": the latest meeting.
                i = bisect.bisect_right(kept.orders, c.order) - 1
                if i >= 0 and c.kind is not MeetingKind.VISIT:
                    pos = kept.pos[kept.orders[i]]
                    if self.compatible(out[pos], c):
                        self.absorb(out[pos], c)
                        kept.update(pos)
                continue
            who = c.participants[0]
            owners = [
                pos
                for pos in kept.nearest(who, c.order)
                if who in out[pos].participants
                and self.compatible(out[pos], c)
            ]
            if owners:
                best = min(
                    owners,
                    key=lambda x: (
                        (out[x].status in _LIVE) != (c.status in _LIVE),
                        abs(out[x].order - c.order),
                    ),
                )
                self.absorb(out[best], c)
                kept.update(best)
                continue
            if not c.wants_destination:
                continue
            i = bisect.bisect_left(dest_orders, c.order) - 1
            dest = last_dest[dest_orders[i]] if i >= 0 else None
            if dest is None and self.dateline is not None:
                key = f"state:{self.dateline.country}"
                dest = key if key in self.doc.actors else None
            if dest is None or self.actors.country_of(
                dest
            ) == self.actors.country_of(who):
                continue
            c.participants.append(dest)
            c.destination = c.host = dest
            if c.location is None:
                c.location = Place(
                    start=0,
                    end=0,
                    name=None,
                    country=self.actors.country_of(dest),
                )
            kept.add(c)
        return sorted(out, key=lambda m: m.order)

    def absorb(self, target: Candidate, c: Candidate) -> None:
        """Fold report *c* into *target*."""
        actors = self.actors
        parts = unique([*target.participants, *c.participants])
        persons = {
            actors.country_of(p): p for p in parts if actors.is_person(p)
        }
        if (
            any(actors.is_person(p) for p in c.participants)
            or len(target.participants) < 2
        ):
            kept = [
                p
                for p in parts
                if not (
                    actors.kind_of(p) is ActorKind.STATE
                    and actors.country_of(p) in persons
                )
            ]
            if len(kept) >= 2:
                parts = kept
        target.participants = parts
        host = target.host or c.host
        if host is not None and host not in parts:
            host = persons.get(actors.country_of(host))
        target.host = host
        target.evidence.extend(c.evidence)
        target.topics.extend(x for x in c.topics if x not in target.topics)
        target.visitors = unique([*target.visitors, *c.visitors])
        if (
            c.explicit
            and not target.explicit
            and not (
                target.status is MeetingStatus.HELD
                and c.status is MeetingStatus.ONGOING
            )
        ):
            target.status, target.explicit = c.status, True
        elif (
            target.status is MeetingStatus.ONGOING
            and c.status is MeetingStatus.HELD
            and sum(actors.is_person(p) for p in c.participants) >= 2
        ):
            # "Merkel, who is in Brussels, ... after talks with Barroso":
            # the talks with a named counterpart took place.
            target.status = MeetingStatus.HELD
        if c.date is not None and (
            target.date is None or len(c.date.value) > len(target.date.value)
        ):
            target.date = c.date
        if c.location is not None and (
            target.location is None
            or (
                target.location.name is None
                and c.location.name is not None
                and c.location.country == target.location.country
            )
        ):
            target.location = c.location
        if (
            target.kind is MeetingKind.VISIT
            and c.kind is not MeetingKind.VISIT
        ):
            target.kind = c.kind
        target.destination = target.destination or c.destination

    def _current(self, m: Candidate) -> bool:
        if m.date is None:
            return True
        pub = self.doc.published
        return (
            pub is not None and abs((pub - m.date.start).days) <= _CURRENT_DAYS
        )

    def spread_places(
        self, meetings: list[Candidate], cands: Sequence[Candidate]
    ) -> None:
        """Give a place to current meetings that have none: the host's
        country when a visitor meets one host, else the place of a nearby
        meeting of the same people, else the dateline."""
        actors = self.actors
        visitors = {v for c in cands for v in c.visitors}
        # Person -> positions of the meetings naming them.
        by_person: dict[str, list[int]] = {}
        for pos, o in enumerate(meetings):
            for p in unique(o.participants):
                if actors.is_person(p):
                    by_person.setdefault(p, []).append(pos)
        dateline = self.dateline
        for here, m in enumerate(meetings):
            if (
                m.location is not None
                or m.kind is MeetingKind.CALL
                or not self._current(m)
            ):
                continue
            # the nearest meetings of each person, on either side
            shared: set[int] = set()
            for p in m.participants:
                found = by_person.get(p, [])
                i = bisect.bisect_left(found, here)
                shared.update(found[max(0, i - _REACH) : i + _REACH])
            near = sorted(
                (
                    o
                    for o in (meetings[pos] for pos in sorted(shared))
                    if o is not m
                    and o.location is not None
                    and o.kind is not MeetingKind.CALL
                    and self._current(o)
                ),
                key=lambda o: (
                    o.status is not m.status,
                    abs(o.order - m.order),
                ),
            )
            hosts = [
                p
                for p in m.participants
                if p not in visitors and actors.is_person(p)
            ]
            guests = [p for p in m.participants if p in visitors]
            host_countries = {actors.country_of(h) for h in hosts} - {None}
            country = (
                host_countries.pop()
                if guests and len(host_countries) == 1
                else None
            )
            if country is not None:
                same = [
                    o.location
                    for o in near
                    if o.location and o.location.country == country
                ]
                if same:
                    m.location = same[0]
                elif dateline is not None and dateline.country == country:
                    m.location = dateline
                else:
                    m.location = Place(
                        start=0, end=0, name=None, country=country
                    )
            elif near:
                m.location = near[0].location
            elif dateline is not None and (
                dateline.country
                in {actors.country_of(p) for p in m.participants}
                # "David Murison would meet the Nigerians": a person of
                # no known country may well be where the story is filed.
                # ... and so may the meeting of an international
                # organization ("OSAKA - ... is attending an ADB meeting").
                or any(
                    actors.kind_of(p) is ActorKind.ORGANIZATION
                    or (actors.is_person(p) and actors.country_of(p) is None)
                    for p in m.participants
                )
                or any(
                    actors.country_of(g) not in (None, dateline.country)
                    for g in guests
                )
            ):
                m.location = dateline

    def emit(self, meetings: list[Candidate]) -> tuple[Meeting, ...]:
        """The public meetings, in order of first evidence."""
        meetings.sort(key=lambda m: min(m.evidence))
        out: list[Meeting] = []
        for i, m in enumerate(meetings, 1):
            parts = tuple(unique(m.participants))
            loc = None
            if m.location is not None:
                loc = Location(
                    name=m.location.name, country=m.location.country
                )
            spans = [self.doc.span(a, b) for a, b in sorted(set(m.evidence))]
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
