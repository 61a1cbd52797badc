# SPDX-License-Identifier: MIT
"""
Merging for stage 5a: reports of one event across the article become one
meeting (:class:`Merger`). Takes the reports of :mod:`._report` in text
order; :mod:`._spread` then gives places and :mod:`._emit` the public
records.

Each report is compared only with the kept meetings that :mod:`._kept`
finds for it (those sharing an actor, at most the latest or nearest
hundred): the work stays linear in the number of reports.
"""

from __future__ import annotations

import bisect

from collections.abc import Sequence

from communique.model import (
    ActorKind,
    DatePrecision,
    MeetingKind,
    MeetingStatus,
)

from ._actors import Actors
from ._kept import Kept
from ._records import Candidate, Place, unique


__all__ = ["Merger"]

_LIVE = frozenset({MeetingStatus.HELD, MeetingStatus.ONGOING})
_DATED_APART_DAYS = 45


class Merger:
    """
    Merges the meeting reports of one document.

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
        kept = Kept(self.actors)
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
