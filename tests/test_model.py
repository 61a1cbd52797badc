# SPDX-License-Identifier: MIT
"""Tests for communique.model: construction checks and lookups."""

from __future__ import annotations

import datetime as dt

from typing import Any

import attrs
import pytest

from hypothesis import given, settings
from tests.strategies import articles, examples

import communique

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
    Polarity,
    Relationship,
    Role,
    Span,
)


TEXT = "Chile and Peru held border talks in Lima; Santiago called them useful."


def _span(fragment: str) -> Span:
    start = TEXT.index(fragment)
    return Span.of(TEXT, start, start + len(fragment))


CHL = Actor(
    id="state:CHL",
    kind=ActorKind.STATE,
    name="Chile",
    country="CHL",
    mentions=[_span("Chile"), _span("Santiago")],
)
PER = Actor(
    id="state:PER",
    kind=ActorKind.STATE,
    name="Peru",
    country="PER",
    mentions=[_span("Peru")],
)
TALKS = Meeting(
    id="meeting:1",
    kind=MeetingKind.TALKS,
    participants=["state:CHL", "state:PER"],
    location=Location(name="Lima", country="PER"),
    evidence=[_span("held border talks in Lima")],
)
CLAIM = Claim(
    id="claim:1",
    speaker="state:CHL",
    content=_span("useful"),
    cue=_span("called"),
)
REL = Relationship(
    id="relationship:1",
    source="state:CHL",
    target="state:PER",
    polarity=Polarity.COOPERATIVE,
)


def _article(**changes: Any) -> Article:
    fields: dict[str, Any] = {
        "text": TEXT,
        "published": dt.date(2025, 1, 9),
        "actors": [CHL, PER],
        "meetings": [TALKS],
        "claims": [CLAIM],
        "relationships": [REL],
    }
    fields.update(changes)
    return Article(**fields)


class TestSpan:
    """Spans check their own bounds and length."""

    def test_of_cuts_text(self) -> None:
        """Span.of copies the characters between the offsets."""
        assert Span.of(TEXT, 10, 14) == Span(start=10, end=14, text="Peru")

    # bad spans
    @pytest.mark.parametrize(
        "kwargs",
        [
            {"start": -1, "end": 2, "text": "abc"},
            {"start": 0, "end": -2, "text": ""},
            {"start": 5, "end": 3, "text": ""},
            {"start": 0, "end": 3, "text": "ab"},
            {"start": 0, "end": 1, "text": "ab"},
        ],
    )
    def test_invalid(self, kwargs: dict[str, Any]) -> None:
        """Negative offsets, end before start, wrong length raise."""
        with pytest.raises(communique.ValidationError) as info:
            Span(**kwargs)
        assert info.value.path == ""

    # out of the text
    @pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 2), (0, 200)])
    def test_of_outside(self, start: int, end: int) -> None:
        """Span.of refuses offsets outside the text."""
        with pytest.raises(communique.ValidationError, match="outside"):
            Span.of(TEXT, start, end)

    def test_ordered(self) -> None:
        """Spans sort by start, then end."""
        assert sorted([_span("Peru"), _span("Chile")])[0].text == "Chile"


class TestCountryCodes:
    """Country fields take ISO alpha-3 codes or None."""

    # bad codes
    @pytest.mark.parametrize("code", ["ch", "CL", "chl", "CHLE", "C1L", ""])
    @pytest.mark.parametrize(
        "build",
        [
            lambda c: Actor(id="x", kind=ActorKind.STATE, name="x", country=c),
            lambda c: Role(title="Minister", country=c),
            lambda c: Location(name="Lima", country=c),
        ],
    )
    def test_bad_code(self, build: Any, code: str) -> None:
        """A code that is not three capital letters raises."""
        with pytest.raises(communique.ValidationError, match="alpha-3"):
            build(code)

    def test_none_and_good(self) -> None:
        """None and three capital letters are accepted."""
        assert Role(title="Envoy").country is None
        assert Location(country="PER").country == "PER"


class TestMeetingDate:
    """The date value must match its precision."""

    # value matches precision
    @pytest.mark.parametrize(
        ("value", "precision", "start"),
        [
            ("2025-01-09", DatePrecision.DAY, dt.date(2025, 1, 9)),
            ("2025-01", DatePrecision.MONTH, dt.date(2025, 1, 1)),
            ("2025", DatePrecision.YEAR, dt.date(2025, 1, 1)),
        ],
    )
    def test_good(
        self, value: str, precision: DatePrecision, start: dt.date
    ) -> None:
        """A matching value is kept; start is the first day it covers."""
        date = MeetingDate(text="x", value=value, precision=precision)
        assert date.start == start

    # mismatches
    @pytest.mark.parametrize(
        ("value", "precision"),
        [
            ("2025-01", DatePrecision.DAY),
            ("2025-01-09", DatePrecision.MONTH),
            ("2025-01", DatePrecision.YEAR),
            ("25", DatePrecision.YEAR),
            ("January 2025", DatePrecision.MONTH),
        ],
    )
    def test_mismatch(self, value: str, precision: DatePrecision) -> None:
        """A value in another form than the precision raises."""
        with pytest.raises(communique.ValidationError, match="precision"):
            MeetingDate(text="x", value=value, precision=precision)


class TestArticleChecks:
    """Article construction checks spans and ids, naming the path."""

    def test_valid(self) -> None:
        """The sample article builds, with tuples in every list field."""
        art = _article()
        assert art.actors == (CHL, PER)
        assert isinstance(art.meetings, tuple)

    # failing location
    @pytest.mark.parametrize(
        ("changes", "path"),
        [
            # unknown actor ids
            (
                {"meetings": [attrs.evolve(TALKS, participants=["state:CHL", "state:ARG"])]},
                "meetings[0].participants[1]",
            ),
            ({"meetings": [attrs.evolve(TALKS, host="state:BOL")]}, "meetings[0].host"),
            ({"claims": [attrs.evolve(CLAIM, speaker="group:x")]}, "claims[0].speaker"),
            ({"claims": [attrs.evolve(CLAIM, via="org:paper")]}, "claims[0].via"),
            ({"relationships": [attrs.evolve(REL, source="state:ARG")]}, "relationships[0].source"),
            ({"relationships": [attrs.evolve(REL, target="state:ARG")]}, "relationships[0].target"),
            ({"actors": [CHL], "claims": []}, "meetings[0].participants[1]"),
            # duplicate ids
            ({"actors": [CHL, PER, CHL]}, "actors[2].id"),
            ({"meetings": [TALKS, TALKS]}, "meetings[1].id"),
            ({"claims": [attrs.evolve(CLAIM, id="meeting:1")]}, "claims[0].id"),
            ({"relationships": [attrs.evolve(REL, id="claim:1")]}, "relationships[0].id"),
            # spans outside or not matching the text
            ({"text": TEXT[:20]}, "actors[0].mentions[1]"),
            (
                {"actors": [CHL, attrs.evolve(PER, mentions=[Span(start=0, end=4, text="Peru")])]},
                "actors[1].mentions[0]",
            ),
            (
                {"meetings": [attrs.evolve(TALKS, evidence=[Span(start=500, end=501, text="x")])]},
                "meetings[0].evidence[0]",
            ),
            ({"claims": [attrs.evolve(CLAIM, content=Span(start=1, end=2, text="C"))]}, "claims[0].content"),
            ({"claims": [attrs.evolve(CLAIM, cue=Span(start=1, end=2, text="C"))]}, "claims[0].cue"),
            ({"claims": [attrs.evolve(CLAIM, evidence=[_span("Lima"), Span(start=0, end=1, text="X")])]}, "claims[0].evidence[1]"),
            ({"relationships": [attrs.evolve(REL, evidence=[Span(start=0, end=1, text="c")])]}, "relationships[0].evidence[0]"),
        ],
    )
    def test_path(self, changes: dict[str, Any], path: str) -> None:
        """The ValidationError's path names the offending element."""
        with pytest.raises(communique.ValidationError) as info:
            _article(**changes)
        assert info.value.path == path
        assert str(info.value).startswith(f"{path}: ")

    def test_is_value_error(self) -> None:
        """ValidationError is a ValueError and a CommuniqueError."""
        with pytest.raises(ValueError, match="unknown actor id"):
            _article(actors=[])
        with pytest.raises(communique.CommuniqueError):
            _article(actors=[])

    def test_frozen(self) -> None:
        """Articles cannot be changed after construction."""
        art = _article()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            art.text = "changed"  # type: ignore[misc]

    @settings(max_examples=examples(30))
    @given(articles())
    def test_strategy_builds_valid(self, art: Article) -> None:
        """Articles from the test strategy rebuild without error."""
        assert attrs.evolve(art) == art


class TestLookups:
    """Article lookups by actor or actor id."""

    def test_actor(self) -> None:
        """actor() finds by id and raises KeyError otherwise."""
        art = _article()
        assert art.actor("state:PER") is PER
        with pytest.raises(KeyError):
            art.actor("state:ARG")

    # actor or id gives the same result
    @pytest.mark.parametrize("key", ["state:PER", PER])
    def test_meetings_of(self, key: Actor | str) -> None:
        """meetings_of() takes an Actor or an id."""
        assert _article().meetings_of(key) == (TALKS,)

    def test_meetings_of_host(self) -> None:
        """A host who is not a participant still has the meeting."""
        bol = Actor(id="state:BOL", kind=ActorKind.STATE, name="Bolivia")
        hosted = attrs.evolve(TALKS, host="state:BOL")
        art = _article(actors=[CHL, PER, bol], meetings=[hosted])
        assert art.meetings_of(bol) == (hosted,)
        assert art.meetings_of("state:ARG") == ()

    def test_claims_by(self) -> None:
        """claims_by() matches the speaker or the reporting source."""
        via = attrs.evolve(CLAIM, id="claim:2", speaker=None, via="state:PER")
        art = _article(claims=[CLAIM, via])
        assert art.claims_by(CHL) == (CLAIM,)
        assert art.claims_by("state:PER") == (via,)

    def test_relationships_of(self) -> None:
        """relationships_of() matches either side."""
        art = _article()
        assert art.relationships_of("state:CHL") == (REL,)
        assert art.relationships_of(PER) == (REL,)
        assert art.relationships_of("state:ARG") == ()

    def test_actors_of_kind(self) -> None:
        """actors_of_kind() filters by kind, keeping order."""
        art = _article()
        assert art.actors_of_kind(ActorKind.STATE) == (CHL, PER)
        assert art.actors_of_kind(ActorKind.PERSON) == ()
