# SPDX-License-Identifier: MIT
"""
Merging for stage 5a: reports of one event across the article become one
meeting, a visit's place spreads to the other meetings of the same trip,
and the merged reports are emitted as :class:`~communique.Meeting`.

Kept meetings are indexed by actor, so each report is compared only
with the meetings that share an actor with it: the work stays linear in
the number of reports.
"""

from __future__ import annotations

import bisect

from collections.abc import Iterable, Sequence

from ._meetings_actors import Actors
from ._meetings_cues import Candidate, Place, unique
from .model import (
    ActorKind,
    DatePrecision,
    Location,
    Meeting,
    MeetingKind,
    MeetingStatus,
)


__all__ = ["Merger"]

_LIVE = frozenset({MeetingStatus.HELD, MeetingStatus.ONGOING})
# Reports more than this many days away from publication are not the
# article's current event.
_CURRENT_DAYS = 14
_DATED_APART_DAYS = 45


class _Kept:
    """Kept meetings in order, indexed by the actors they ever named."""

    def __init__(self) -> None:
        self.items: list[Candidate] = []
        self.by_actor: dict[str, list[int]] = {}
        self.seen: dict[int, set[str]] = {}
        self.orders: list[int] = []  # sorted, for look-ups by order
        self.by_order: dict[int, Candidate] = {}

    def add(self, c: Candidate) -> None:
        self.seen[len(self.items)] = set()
        self.items.append(c)
        bisect.insort(self.orders, c.order)
        self.by_order[c.order] = c
        self.update(len(self.items) - 1)

    def update(self, pos: int) -> None:
        """Index the current participants of the meeting at *pos*."""
        seen = self.seen[pos]
        for p in self.items[pos].participants:
            if p not in seen:
                seen.add(p)
                self.by_actor.setdefault(p, []).append(pos)

    def sharing(self, actors: Iterable[str]) -> list[int]:
        """Positions of the meetings that ever named one of *actors*."""
        found: set[int] = set()
        for a in actors:
            found.update(self.by_actor.get(a, ()))
        return sorted(found)


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
        ongoing agree; an unmarked lone report agrees with anything) and
        no conflicting dates."""
        if (
            a.status is not b.status
            and not (a.status in _LIVE and b.status in _LIVE)
            and not any(
                not c.explicit and len(c.participants) < 2 for c in (a, b)
            )
        ):
            return False
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
        kept = _Kept()
        out = kept.items
        for c in cands:
            if len(c.participants) < 2:
                continue
            # Two meetings of two or more that cover one another share
            # an actor: only those are compared, latest first.
            for pos in reversed(kept.sharing(c.participants)):
                m = out[pos]
                if self.compatible(m, c) and (
                    self.covers(m.participants, c.participants)
                    or self.covers(c.participants, m.participants)
                ):
                    self.absorb(m, c)
                    kept.update(pos)
                    break
            else:
                kept.add(c)
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
                    m = kept.by_order[kept.orders[i]]
                    if self.compatible(m, c):
                        self.absorb(m, c)
                        kept.update(out.index(m))
                continue
            who = c.participants[0]
            owners = [
                out[pos]
                for pos in kept.sharing([who])
                if who in out[pos].participants
                and self.compatible(out[pos], c)
            ]
            if owners:
                best = min(
                    owners,
                    key=lambda x: (
                        (x.status in _LIVE) != (c.status in _LIVE),
                        abs(x.order - c.order),
                    ),
                )
                self.absorb(best, c)
                kept.update(out.index(best))
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
