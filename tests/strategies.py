# SPDX-License-Identifier: MIT
"""
Hypothesis strategies that build random, *valid* model objects.

:func:`articles` draws a text first, then cuts every span out of it, gives
actors unique ids and lets meetings, claims and relationships refer only
to those ids, so every drawn :class:`~communique.Article` passes its own
construction checks.
"""

from __future__ import annotations

import datetime as dt

from collections.abc import Sequence
from typing import TypeVar

from hypothesis import settings
from hypothesis import strategies as st

from communique.model import (
    Actor,
    ActorKind,
    Article,
    Claim,
    DatePrecision,
    Location,
    Meeting,
    MeetingDate,
    MeetingKind,
    MeetingStatus,
    Polarity,
    QuoteKind,
    Relationship,
    Role,
    Span,
    Trend,
)


T = TypeVar("T")

# max_examples of the "dev" Hypothesis profile (tests/conftest.py).
DEV_EXAMPLES = 50


def examples(dev: int) -> int:
    """
    ``max_examples`` for a property whose examples are costly.

    *dev* under the ``dev`` profile, scaled like the loaded profile's
    ``max_examples`` otherwise (ten times as many under ``ci``).
    """
    return max(1, dev * settings.default.max_examples // DEV_EXAMPLES)


# Mostly news-like characters, with some of everything else mixed in:
# accents, quotes, dashes, line breaks and astral-plane characters.
_NEWS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    " .,;:'\"-()\n\t"
    "éüñçšžøØ“”‘’—–…\u00a0\u2028\u0085€😀"
)
texts = st.text(alphabet=st.sampled_from(_NEWS), max_size=120) | st.text(
    max_size=60
)
"""Article texts: news-like characters, or any Unicode (no surrogates)."""

short_strings = st.text(max_size=20)
"""Titles, names, topics, codes: any short Unicode string."""

countries = st.none() | st.sampled_from(
    ["RUS", "PRK", "USA", "CHN", "FRA", "UKR"]
) | st.from_regex(r"[A-Z]{3}", fullmatch=True)
"""ISO 3166-1 alpha-3 codes (shape only), or ``None``."""

dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
"""Any calendar date."""


def spans(text: str) -> st.SearchStrategy[Span]:
    """Spans cut from *text*, empty ones and the whole text included."""
    n = len(text)
    return st.integers(0, n).flatmap(
        lambda start: st.integers(start, n).map(
            lambda end: Span.of(text, start, end)
        )
    )


def span_lists(text: str) -> st.SearchStrategy[tuple[Span, ...]]:
    """Short tuples of spans cut from *text*."""
    return st.lists(spans(text), max_size=3).map(tuple)


@st.composite
def meeting_dates(draw: st.DrawFn) -> MeetingDate:
    """Meeting dates of every precision, value matching the precision."""
    precision = draw(st.sampled_from(DatePrecision))
    day = draw(dates)
    value = {
        DatePrecision.DAY: f"{day.year:04d}-{day.month:02d}-{day.day:02d}",
        DatePrecision.MONTH: f"{day.year:04d}-{day.month:02d}",
        DatePrecision.YEAR: f"{day.year:04d}",
    }[precision]
    return MeetingDate(text=draw(short_strings), value=value, precision=precision)


roles = st.builds(
    Role, title=short_strings, country=countries, current=st.booleans()
)
"""Roles with any title."""

locations = st.builds(
    Location, name=st.none() | short_strings, country=countries
)
"""Locations, named or not."""

_codes = st.none() | st.sampled_from(["010", "040", "042", "043"]) | short_strings
_plovers = st.none() | st.sampled_from(["CONSULT", "COOPERATE"]) | short_strings


def _maybe(ids: Sequence[str]) -> st.SearchStrategy[str | None]:
    """An id from *ids*, or ``None``."""
    return st.none() | st.sampled_from(ids) if ids else st.none()


def _some(ids: Sequence[str]) -> st.SearchStrategy[tuple[str, ...]]:
    """A short tuple of ids from *ids* (repeats allowed)."""
    if not ids:
        return st.just(())
    return st.lists(st.sampled_from(ids), max_size=4).map(tuple)


def actors(text: str, actor_id: str) -> st.SearchStrategy[Actor]:
    """Actors with the given id and mentions cut from *text*."""
    return st.builds(
        Actor,
        id=st.just(actor_id),
        kind=st.sampled_from(ActorKind),
        name=short_strings,
        country=countries,
        roles=st.lists(roles, max_size=2).map(tuple),
        mentions=span_lists(text),
    )


def meetings(
    text: str, meeting_id: str, ids: Sequence[str]
) -> st.SearchStrategy[Meeting]:
    """Meetings among the actors *ids*, with evidence cut from *text*."""
    return st.builds(
        Meeting,
        id=st.just(meeting_id),
        kind=st.sampled_from(MeetingKind),
        participants=_some(ids),
        host=_maybe(ids),
        location=st.none() | locations,
        date=st.none() | meeting_dates(),
        status=st.sampled_from(MeetingStatus),
        topics=st.lists(short_strings, max_size=3).map(tuple),
        evidence=span_lists(text),
        cameo=_codes,
        plover=_plovers,
    )


def claims(
    text: str, claim_id: str, ids: Sequence[str]
) -> st.SearchStrategy[Claim]:
    """Claims by the actors *ids* (or no one), spans cut from *text*."""
    return st.builds(
        Claim,
        id=st.just(claim_id),
        speaker=_maybe(ids),
        via=_maybe(ids),
        cue=st.none() | spans(text),
        content=spans(text),
        quote=st.sampled_from(QuoteKind),
        hedged=st.booleans(),
        evidence=span_lists(text),
        cameo=_codes,
        plover=_plovers,
    )


def relationships(
    text: str, relationship_id: str, ids: Sequence[str]
) -> st.SearchStrategy[Relationship]:
    """Relationships between actors *ids* (non-empty), spans from *text*."""
    return st.builds(
        Relationship,
        id=st.just(relationship_id),
        source=st.sampled_from(ids),
        target=st.sampled_from(ids),
        polarity=st.sampled_from(Polarity),
        kind=st.sampled_from(["relations", "war", "military_cooperation"])
        | short_strings,
        trend=st.none() | st.sampled_from(Trend),
        hedged=st.booleans(),
        evidence=span_lists(text),
        cameo=_codes,
        plover=_plovers,
    )


_actor_ids = st.lists(
    st.sampled_from(["state:RUS", "person:sergey-lavrov", "org:un"])
    | st.text(max_size=12),
    max_size=5,
    unique=True,
)
# Fact ids must be unique across meetings, claims and relationships.
_fact_ids = st.lists(st.text(max_size=8), min_size=9, max_size=9, unique=True)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Valid articles: every span in the text, every id known and unique."""
    text = draw(texts)
    ids = draw(_actor_ids)
    fact_ids = iter(draw(_fact_ids))
    n_meetings = draw(st.integers(0, 3))
    n_claims = draw(st.integers(0, 3))
    n_relationships = draw(st.integers(0, 3)) if ids else 0
    return Article(
        text=text,
        published=draw(st.none() | dates),
        actors=[draw(actors(text, i)) for i in ids],
        meetings=[
            draw(meetings(text, next(fact_ids), ids)) for _ in range(n_meetings)
        ],
        claims=[
            draw(claims(text, next(fact_ids), ids)) for _ in range(n_claims)
        ],
        relationships=[
            draw(relationships(text, next(fact_ids), ids))
            for _ in range(n_relationships)
        ],
    )
