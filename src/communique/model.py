# SPDX-License-Identifier: MIT
"""
The public data model: frozen, slotted, keyword-only ``attrs`` classes.

Every fact carries :class:`Span` evidence: offsets into the *original*
string the caller passed to :func:`communique.parse`, so
``text[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

import datetime as dt
import enum

from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import regex

from . import _cache
from .errors import ValidationError


__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Claim",
    "DatePrecision",
    "Location",
    "Meeting",
    "MeetingDate",
    "MeetingKind",
    "MeetingStatus",
    "Polarity",
    "QuoteKind",
    "Relationship",
    "Role",
    "Span",
    "Trend",
]

_ALPHA3 = _cache.pattern(r"[A-Z]{3}")
_DATE_VALUE = {
    "day": regex.compile(r"\d{4}-\d{2}-\d{2}"),
    "month": regex.compile(r"\d{4}-\d{2}"),
    "year": regex.compile(r"\d{4}"),
}


class ActorKind(enum.Enum):
    """What an actor is."""

    PERSON = "person"
    STATE = "state"
    ORGANIZATION = "organization"
    GROUP = "group"


class MeetingKind(enum.Enum):
    """The form a meeting takes."""

    VISIT = "visit"
    TALKS = "talks"
    SUMMIT = "summit"
    CALL = "call"
    MEETING = "meeting"


class MeetingStatus(enum.Enum):
    """Whether a meeting happened, is happening, will happen or was called off."""

    HELD = "held"
    PLANNED = "planned"
    ONGOING = "ongoing"
    CANCELLED = "cancelled"


class QuoteKind(enum.Enum):
    """Whether a claim quotes the speaker's words or reports them."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class Polarity(enum.Enum):
    """The overall sign of a relationship."""

    COOPERATIVE = "cooperative"
    HOSTILE = "hostile"
    MIXED = "mixed"


class Trend(enum.Enum):
    """Where a relationship is heading, when the text says so."""

    IMPROVING = "improving"
    WORSENING = "worsening"
    STABLE = "stable"


class DatePrecision(enum.Enum):
    """How much of a date the text gives."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


def _non_negative(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        msg = f"{attribute.name} must be >= 0, got {value}"
        raise ValidationError("", msg)


def _country(
    _: object, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    if value is not None and not _ALPHA3.fullmatch(value):
        msg = (
            f"{attribute.name} must be an ISO 3166-1 alpha-3 code "
            f"such as 'RUS', got {value!r}"
        )
        raise ValidationError("", msg)


def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True, order=True)
class Span:
    """
    A stretch of the caller's original text.

    Attributes:
        start: Offset of the first character.
        end: Offset one past the last character.
        text: The characters themselves, ``original[start:end]``.

    Examples:
        >>> Span(start=0, end=5, text="Seoul")
        Span(start=0, end=5, text='Seoul')
    """

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)
    text: str

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            msg = f"end {self.end} is before start {self.start}"
            raise ValidationError("", msg)
        if len(self.text) != self.end - self.start:
            msg = (
                f"text {self.text!r} has {len(self.text)} characters "
                f"but the span covers {self.end - self.start}"
            )
            raise ValidationError("", msg)

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """
        Cut the span ``text[start:end]``.

        Examples:
            >>> Span.of("Talks in Seoul", 9, 14).text
            'Seoul'
        """
        if not 0 <= start <= end <= len(text):
            msg = f"[{start}:{end}] is outside a text of length {len(text)}"
            raise ValidationError("", msg)
        return cls(start=start, end=end, text=text[start:end])


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Role:
    """
    A position a person holds or held.

    Attributes:
        title: The title as the text gives it, e.g. ``"Foreign Minister"``.
        country: ISO alpha-3 code of the state the role serves, if known.
        current: ``False`` for a former role ("former Defence Minister").
    """

    title: str
    country: str | None = attrs.field(default=None, validator=_country)
    current: bool = True


def _roles(items: Iterable[Role]) -> tuple[Role, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Actor:
    """
    A person, state, organization or unnamed group, resolved once across
    all its mentions.

    Attributes:
        id: Stable, readable key: ``state:RUS``, ``person:sergey-lavrov``,
            ``org:european-union``, ``group:analysts``.
        kind: What the actor is.
        name: Canonical name (the fullest form in the text, or the
            gazetteer's name).
        country: ISO alpha-3 code: a state's own code, a person's state,
            an organization's seat; ``None`` when unknown or international.
        roles: Titles the text gives a person.
        mentions: Every span that refers to the actor, pronouns included.
    """

    id: str
    kind: ActorKind
    name: str
    country: str | None = attrs.field(default=None, validator=_country)
    roles: tuple[Role, ...] = attrs.field(default=(), converter=_roles)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)


@attrs.frozen(kw_only=True)
class Location:
    """
    Where a meeting takes place.

    Attributes:
        name: The place as the text names it (``"Pyongyang"``), or ``None``
            when only the country is known.
        country: ISO alpha-3 code of the place's state, if known.
    """

    name: str | None = None
    country: str | None = attrs.field(default=None, validator=_country)


@attrs.frozen(kw_only=True)
class MeetingDate:
    """
    When a meeting takes place.

    Attributes:
        text: The date phrase as the text gives it (``"on Tuesday"``).
        value: ISO 8601 at the stated precision: ``2024-06-18``,
            ``2024-06`` or ``2024``.
        precision: Day, month or year.

    Examples:
        >>> MeetingDate(text="in 2014", value="2014", precision=DatePrecision.YEAR)
        MeetingDate(text='in 2014', value='2014', precision=<DatePrecision.YEAR: 'year'>)
    """

    text: str
    value: str
    precision: DatePrecision

    def __attrs_post_init__(self) -> None:
        if not _DATE_VALUE[self.precision.value].fullmatch(self.value):
            msg = (
                f"value {self.value!r} does not match precision "
                f"{self.precision.value!r}"
            )
            raise ValidationError("", msg)

    @property
    def start(self) -> dt.date:
        """The first day the value covers."""
        parts = [int(p) for p in self.value.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])


@attrs.frozen(kw_only=True)
class Meeting:
    """
    A visit, talks, summit, call or meeting between actors.

    Attributes:
        id: Key within the article (``meeting:1``).
        kind: The form of the meeting.
        participants: Actor ids, persons where named, else states or
            organizations.
        host: Actor id of the host, when stated.
        location: Where, if stated.
        date: When, if stated, normalized against the published date.
        status: Held, planned, ongoing or cancelled.
        topics: What was or will be discussed.
        evidence: Every span that reports this meeting.
        cameo: CAMEO event code (``"042"`` make a visit, ``"043"`` host a
            visit, ``"040"`` consult).
        plover: PLOVER event category (``"CONSULT"``).
    """

    id: str
    kind: MeetingKind
    participants: tuple[str, ...] = attrs.field(converter=_strs)
    host: str | None = None
    location: Location | None = None
    date: MeetingDate | None = None
    status: MeetingStatus = MeetingStatus.HELD
    topics: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    cameo: str | None = None
    plover: str | None = None


@attrs.frozen(kw_only=True)
class Claim:
    """
    Something an actor said, assessed, denied or reported.

    Attributes:
        id: Key within the article (``claim:1``).
        speaker: Actor id of who made the claim; ``None`` when the text
            gives no one.
        via: Actor id of who reports it, for sourced claims ("the newspaper
            cited sources"): the newspaper.
        cue: The reporting expression ("said", "according to").
        content: What was claimed.
        quote: Direct (quoted words) or indirect (reported speech).
        hedged: Whether the text marks the claim as uncertain.
        evidence: Spans that report the claim.
        cameo: CAMEO event code (``"010"`` make statement, ...).
        plover: PLOVER category.
    """

    id: str
    speaker: str | None
    content: Span
    via: str | None = None
    cue: Span | None = None
    quote: QuoteKind = QuoteKind.INDIRECT
    hedged: bool = False
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    cameo: str | None = None
    plover: str | None = None


@attrs.frozen(kw_only=True)
class Relationship:
    """
    A relation the text states between two actors.

    Attributes:
        id: Key within the article (``relationship:1``).
        source: Actor id of one side (the agent, where there is one).
        target: Actor id of the other side.
        polarity: Cooperative, hostile or mixed.
        kind: What sort of relation (``"military_cooperation"``, ``"war"``,
            ``"diplomatic_ties"``, ...).
        trend: Improving, worsening or stable, when the text says.
        hedged: Whether the text marks the relation as uncertain.
        evidence: Spans that state the relation.
        cameo: CAMEO event code.
        plover: PLOVER category.
    """

    id: str
    source: str
    target: str
    polarity: Polarity
    kind: str = "relations"
    trend: Trend | None = None
    hedged: bool = False
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    cameo: str | None = None
    plover: str | None = None


def _ids(things: Iterable[Any]) -> Iterator[str]:
    for thing in things:
        yield thing.id


def _actors(items: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(items)


def _meetings(items: Iterable[Meeting]) -> tuple[Meeting, ...]:
    return tuple(items)


def _claims(items: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(items)


def _relationships(items: Iterable[Relationship]) -> tuple[Relationship, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Article:
    """
    Everything :func:`communique.parse` found in one article.

    Construction checks that the article is consistent: every span lies in
    ``text`` and matches it, every id is unique, every actor id that a
    meeting, claim or relationship names exists.

    Attributes:
        text: The original text, exactly as passed in.
        published: Publication date, if given.
        actors: Resolved actors.
        meetings: Meetings, in text order.
        claims: Claims, in text order.
        relationships: Relationships, in text order.

    Examples:
        >>> art = Article(text="Hello.")
        >>> art.actors
        ()
    """

    text: str
    published: dt.date | None = None
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_actors)
    meetings: tuple[Meeting, ...] = attrs.field(
        default=(), converter=_meetings
    )
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_claims)
    relationships: tuple[Relationship, ...] = attrs.field(
        default=(), converter=_relationships
    )

    def __attrs_post_init__(self) -> None:
        _check_article(self)

    def actor(self, actor_id: str) -> Actor:
        """
        The actor with this id.

        Raises:
            KeyError: No such actor.
        """
        for a in self.actors:
            if a.id == actor_id:
                return a
        raise KeyError(actor_id)

    def meetings_of(self, actor: Actor | str) -> tuple[Meeting, ...]:
        """Meetings in which *actor* (or the actor with that id) takes part."""
        key = actor if isinstance(actor, str) else actor.id
        return tuple(
            m for m in self.meetings if key in m.participants or m.host == key
        )

    def claims_by(self, actor: Actor | str) -> tuple[Claim, ...]:
        """Claims whose speaker (or reporting source) is *actor*."""
        key = actor if isinstance(actor, str) else actor.id
        return tuple(
            c for c in self.claims if key in (c.speaker, c.via)
        )

    def relationships_of(self, actor: Actor | str) -> tuple[Relationship, ...]:
        """Relationships in which *actor* is either side."""
        key = actor if isinstance(actor, str) else actor.id
        return tuple(
            r for r in self.relationships if key in (r.source, r.target)
        )

    def actors_of_kind(self, kind: ActorKind) -> tuple[Actor, ...]:
        """Actors of one kind, e.g. every state."""
        return tuple(a for a in self.actors if a.kind is kind)


def _check_span(text: str, span: Span, path: str) -> None:
    if span.end > len(text):
        msg = f"span [{span.start}:{span.end}] ends past the text ({len(text)} characters)"
        raise ValidationError(path, msg)
    if text[span.start : span.end] != span.text:
        msg = (
            f"span text {span.text!r} does not match "
            f"text[{span.start}:{span.end}] = {text[span.start : span.end]!r}"
        )
        raise ValidationError(path, msg)


def _check_unique(ids: Iterable[str], path: str, seen: set[str]) -> None:
    for i, key in enumerate(ids):
        if key in seen:
            raise ValidationError(f"{path}[{i}].id", f"duplicate id {key!r}")
        seen.add(key)


def _check_ref(key: str | None, path: str, actors: set[str]) -> None:
    if key is not None and key not in actors:
        raise ValidationError(path, f"unknown actor id {key!r}")


def _check_article(art: Article) -> None:
    text = art.text
    actors: set[str] = set()
    _check_unique(_ids(art.actors), "actors", actors)
    seen: set[str] = set()
    _check_unique(_ids(art.meetings), "meetings", seen)
    _check_unique(_ids(art.claims), "claims", seen)
    _check_unique(_ids(art.relationships), "relationships", seen)
    for i, a in enumerate(art.actors):
        for j, s in enumerate(a.mentions):
            _check_span(text, s, f"actors[{i}].mentions[{j}]")
    for i, m in enumerate(art.meetings):
        for j, p in enumerate(m.participants):
            _check_ref(p, f"meetings[{i}].participants[{j}]", actors)
        _check_ref(m.host, f"meetings[{i}].host", actors)
        for j, s in enumerate(m.evidence):
            _check_span(text, s, f"meetings[{i}].evidence[{j}]")
    for i, c in enumerate(art.claims):
        _check_ref(c.speaker, f"claims[{i}].speaker", actors)
        _check_ref(c.via, f"claims[{i}].via", actors)
        _check_span(text, c.content, f"claims[{i}].content")
        if c.cue is not None:
            _check_span(text, c.cue, f"claims[{i}].cue")
        for j, s in enumerate(c.evidence):
            _check_span(text, s, f"claims[{i}].evidence[{j}]")
    for i, r in enumerate(art.relationships):
        _check_ref(r.source, f"relationships[{i}].source", actors)
        _check_ref(r.target, f"relationships[{i}].target", actors)
        for j, s in enumerate(r.evidence):
            _check_span(text, s, f"relationships[{i}].evidence[{j}]")
