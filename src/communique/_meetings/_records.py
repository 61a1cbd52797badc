# SPDX-License-Identifier: MIT
"""
The records the stage passes between its modules: :class:`Place`,
:class:`Trigger`, :class:`Objects` (what :mod:`._clause` reads after a
trigger) and :class:`Candidate` (one report of a meeting, made by
:mod:`._report` and merged by :mod:`._merge`), with :func:`unique`.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from communique._types import ResolvedMention
from communique.model import MeetingDate, MeetingKind, MeetingStatus


__all__ = ["Candidate", "Objects", "Place", "Trigger", "unique"]


def unique(items: Iterable[str]) -> list[str]:
    """*items* without repeats, in first-seen order."""
    return list(dict.fromkeys(items))


@attrs.frozen(kw_only=True)
class Place:
    """A place named in the text; ``start == end == 0`` when inferred."""

    start: int
    end: int
    name: str | None
    country: str | None


@attrs.frozen(kw_only=True)
class Trigger:
    """A trigger phrase with its meeting kind and syntactic role."""

    start: int
    end: int
    form: str
    kind: MeetingKind
    role: str


@attrs.define(kw_only=True)
class Candidate:
    """One report of a meeting, before merging."""

    kind: MeetingKind
    participants: list[str]
    host: str | None = None
    location: Place | None = None
    date: MeetingDate | None = None
    status: MeetingStatus = MeetingStatus.HELD
    explicit: bool = False
    topics: list[str] = attrs.field(factory=list)
    evidence: list[tuple[int, int]] = attrs.field(factory=list)
    destination: str | None = None
    visitors: list[str] = attrs.field(factory=list)
    wants_destination: bool = False
    sentence: int = 0
    order: int = 0


@attrs.define(kw_only=True)
class Objects:
    """What follows a trigger: who is met, where, by whom."""

    counterparts: list[str] = attrs.field(factory=list)
    agents: list[str] = attrs.field(factory=list)
    destinations: list[Place] = attrs.field(factory=list)
    gapped: list[ResolvedMention] = attrs.field(factory=list)
    used: set[tuple[int, int]] = attrs.field(factory=set)
    royals: set[str] = attrs.field(factory=set)
    right: int = 0
