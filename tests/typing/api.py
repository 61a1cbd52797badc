# SPDX-License-Identifier: MIT
"""
Use the public API with annotations so that mypy checks its types.

This file is type-checked (``mypy`` includes ``tests/typing``) but never
run.
"""

from __future__ import annotations

import datetime as dt

from pathlib import Path

import attrs

import communique

from communique import (
    Actor,
    ActorKind,
    Article,
    Claim,
    CommuniqueError,
    DatePrecision,
    Gazetteer,
    GazetteerEntry,
    InputTypeError,
    InputValueError,
    LexiconError,
    Lexicons,
    Location,
    Meeting,
    MeetingDate,
    MeetingKind,
    MeetingStatus,
    Parser,
    ParserConfig,
    Polarity,
    QuoteKind,
    Relationship,
    Role,
    SchemaError,
    Span,
    Trend,
    ValidationError,
)


# parse() and its arguments
text = "Foreign ministers of France and Germany met in Paris on Monday."
art: Article = communique.parse(text)
art = communique.parse(text, published="2024-06-19")
art = communique.parse(text, published=dt.date(2024, 6, 19))
art = communique.parse(
    text, published=dt.datetime(2024, 6, 19, 12, 0, tzinfo=dt.timezone.utc)
)
art = communique.parse(text, published=None, gazetteer=Gazetteer.default())

version: str = communique.__version__
published: dt.date | None = art.published
original: str = art.text

# actors
actors: tuple[Actor, ...] = art.actors
for actor in actors:
    actor_id: str = actor.id
    kind: ActorKind = actor.kind
    name: str = actor.name
    country: str | None = actor.country
    for role in actor.roles:
        title: str = role.title
        role_country: str | None = role.country
        current: bool = role.current
    for span in actor.mentions:
        start: int = span.start
        end: int = span.end
        surface: str = span.text
states: tuple[Actor, ...] = art.actors_of_kind(ActorKind.STATE)
one: Actor = art.actor("state:FRA")

# meetings
for meeting in art.meetings:
    meeting_kind: MeetingKind = meeting.kind
    participants: tuple[str, ...] = meeting.participants
    host: str | None = meeting.host
    location: Location | None = meeting.location
    if location is not None:
        place: str | None = location.name
    date: MeetingDate | None = meeting.date
    if date is not None:
        value: str = date.value
        precision: DatePrecision = date.precision
        first_day: dt.date = date.start
    status: MeetingStatus = meeting.status
    topics: tuple[str, ...] = meeting.topics
    meeting_evidence: tuple[Span, ...] = meeting.evidence
    cameo: str | None = meeting.cameo
meetings: tuple[Meeting, ...] = art.meetings_of(one)
meetings = art.meetings_of("state:FRA")

# claims
for claim in art.claims:
    speaker: str | None = claim.speaker
    via: str | None = claim.via
    content: Span = claim.content
    cue: Span | None = claim.cue
    quote: QuoteKind = claim.quote
    hedged: bool = claim.hedged
claims: tuple[Claim, ...] = art.claims_by("state:FRA")

# relationships
for rel in art.relationships:
    source: str = rel.source
    target: str = rel.target
    polarity: Polarity = rel.polarity
    rel_kind: str = rel.kind
    trend: Trend | None = rel.trend
relationships: tuple[Relationship, ...] = art.relationships_of(one)

# building model objects by hand
span = Span.of(text, 0, 7)
built = Article(
    text=text,
    actors=[
        Actor(
            id="state:FRA",
            kind=ActorKind.STATE,
            name="France",
            country="FRA",
            roles=[Role(title="Republic")],
            mentions=[Span.of(text, 31, 37)],
        )
    ],
    claims=[Claim(id="claim:1", speaker=None, content=span)],
)
changed: Article = attrs.evolve(built, published=dt.date(2024, 1, 1))

# parsers and configuration
config = ParserConfig(claims=False, gazetteer=None)
parser = Parser(config)
parser = Parser(relationships=False)
parser_config: ParserConfig = parser.config
parser_gazetteer: Gazetteer = parser.gazetteer
lexicons: Lexicons = Lexicons.default().extend(
    "reporting_verbs", {"groups": [{"name": "opine", "forms": ["opined"]}]}
)
lexicons = Lexicons.from_dir(Path("my-lexicons")).replace("hedges", {"adverbs": []})
custom = Parser(ParserConfig(lexicons=lexicons, gazetteer=Gazetteer.default()))
parser_lexicons: Lexicons = custom.lexicons
lexicon_names: list[str] = list(lexicons)
titles: tuple[str, ...] = lexicons.strings("titles", "titles")
digest: str = lexicons.fingerprint()
many = communique.parse_many(["text"], workers=1, config=ParserConfig(lexicons=lexicons))
art = parser.parse(text, published="2024-06-19")

# gazetteer
gaz: Gazetteer = Gazetteer.default()
entry: GazetteerEntry | None = gaz.get("state:FRA")
state: GazetteerEntry | None = gaz.state("FRA")
extended: Gazetteer = gaz.with_entries(
    GazetteerEntry(
        id="org:acme-news",
        kind=ActorKind.ORGANIZATION,
        name="Acme News",
        category="news",
    )
)
smaller: Gazetteer = extended.without("org:acme-news")
from_file: Gazetteer = Gazetteer.from_file(Path("extra.json"))
from_str: Gazetteer = Gazetteer.from_file("extra.json")
from_dict: Gazetteer = Gazetteer.from_dict({"states": []}, source="mem")
size: int = len(gaz)

# errors
try:
    communique.parse(text)
except InputTypeError as e:
    argument: str = e.argument
    expected: str = e.expected
except InputValueError as e:
    bad_value: object = e.value
except ValidationError as e:
    path: str = e.path
except SchemaError as e:
    schema_path: str = e.path
except LexiconError as e:
    lexicon_source: str = e.source
    lexicon_entry: str | None = e.entry
except CommuniqueError:
    pass
