# SPDX-License-Identifier: MIT
"""
Places for merged meetings that name none (:func:`spread_places`): the
host's country when a visitor meets one host, else the place of a
nearby meeting of the same people, else the dateline. Runs after
:mod:`._merge`, before :mod:`._emit`.
"""

from __future__ import annotations

import bisect
import datetime

from collections.abc import Sequence

from communique.model import ActorKind, MeetingKind

from ._actors import Actors
from ._kept import REACH
from ._records import Candidate, Place, unique


__all__ = ["spread_places"]

# Reports more than this many days away from publication are not the
# article's current event.
_CURRENT_DAYS = 14


def _current(m: Candidate, pub: datetime.date | None) -> bool:
    if m.date is None:
        return True
    return pub is not None and abs((pub - m.date.start).days) <= _CURRENT_DAYS


def spread_places(
    meetings: list[Candidate],
    cands: Sequence[Candidate],
    actors: Actors,
    dateline: Place | None,
) -> None:
    """Give a place to current meetings that have none: the host's
    country when a visitor meets one host, else the place of a nearby
    meeting of the same people, else the dateline."""
    pub = actors.doc.published
    visitors = {v for c in cands for v in c.visitors}
    # Person -> positions of the meetings naming them.
    by_person: dict[str, list[int]] = {}
    for pos, o in enumerate(meetings):
        for p in unique(o.participants):
            if actors.is_person(p):
                by_person.setdefault(p, []).append(pos)
    for here, m in enumerate(meetings):
        if (
            m.location is not None
            or m.kind is MeetingKind.CALL
            or not _current(m, pub)
        ):
            continue
        # the nearest meetings of each person, on either side
        shared: set[int] = set()
        for p in m.participants:
            found = by_person.get(p, [])
            i = bisect.bisect_left(found, here)
            shared.update(found[max(0, i - REACH) : i + REACH])
        near = sorted(
            (
                o
                for o in (meetings[pos] for pos in sorted(shared))
                if o is not m
                and o.location is not None
                and o.kind is not MeetingKind.CALL
                and _current(o, pub)
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
                m.location = Place(start=0, end=0, name=None, country=country)
        elif near:
            m.location = near[0].location
        elif dateline is not None and (
            dateline.country in {actors.country_of(p) for p in m.participants}
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
