# SPDX-License-Identifier: MIT
"""
The index of the meetings kept so far while merging (:class:`Kept`).

Kept meetings are indexed by actor, so :mod:`._merge` compares each
report only with the meetings that share an actor with it, and at most
with the latest (or nearest) :data:`REACH` of them: the work stays
linear in the number of reports, however often one actor comes back in
a long document.
"""

from __future__ import annotations

import bisect

from collections.abc import Iterable, Sequence

from communique.model import ActorKind

from ._actors import Actors
from ._records import Candidate


__all__ = ["REACH", "Kept"]

#: How many kept meetings a report is compared with: the latest that
#: share an actor with it, or the nearest on either side. An article
#: has far fewer; the bound keeps one long document linear.
REACH = 100


class Kept:
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
        Positions, in order, of the latest :data:`REACH` meetings that
        ever named one of *actors*.
        """
        found: set[int] = set()
        for a in set(actors):
            found.update(self.by_actor.get(a, ())[-REACH:])
        return sorted(found)[-REACH:]

    def nearest(self, actor: str, order: int) -> list[int]:
        """
        Positions, in order, of the meetings that ever named *actor* and
        are among the :data:`REACH` nearest to *order* on either side.
        """
        found = self.by_order.get(actor, [])
        i = bisect.bisect_left(found, (order, -1))
        return sorted(pos for _, pos in found[max(0, i - REACH) : i + REACH])
