# SPDX-License-Identifier: MIT
"""
Stage 6: the pipeline that runs every stage in order.

text -> normalized text -> sentences -> mentions -> actors ->
meetings, claims, relationships -> :class:`~communique.Article`.
"""

from __future__ import annotations

import datetime as dt
import functools

from typing import Any

import attrs

from dateutil import parser as date_parser

from ._claims import find_claims
from ._codes import code_claim, code_meeting, code_relationship
from ._enrich import host_countries, known_countries
from ._gazetteer import Gazetteer
from ._meetings import find_meetings
from ._mentions import recognize
from ._normalize import normalize
from ._relations import find_relationships
from ._resolve import resolve
from ._segment import segment
from ._types import Document
from .errors import InputTypeError, InputValueError
from .model import Article, Claim, Meeting, Relationship


#: What ``published=`` accepts.
PublishedDate = dt.date | dt.datetime | str | None


@attrs.frozen(kw_only=True)
class ParserConfig:
    """
    How a :class:`Parser` works. Immutable; change it with
    :func:`attrs.evolve` or keyword overrides to :class:`Parser`.

    Attributes:
        gazetteer: The states and organizations to recognize; ``None``
            means :meth:`Gazetteer.default`.
        meetings: Whether to look for meetings.
        claims: Whether to look for claims.
        relationships: Whether to look for relationships.

    Examples:
        >>> ParserConfig(claims=False).claims
        False
    """

    gazetteer: Gazetteer | None = None
    meetings: bool = True
    claims: bool = True
    relationships: bool = True


def coerce_published(published: PublishedDate) -> dt.date | None:
    """
    Turn a ``published=`` argument into a date.

    Examples:
        >>> coerce_published("2024-06-19")
        datetime.date(2024, 6, 19)
    """
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        s = published.strip()
        if not s:
            return None
        try:
            return date_parser.isoparse(s).date()
        except (ValueError, OverflowError) as e:
            raise InputValueError(
                "published", published, "expected an ISO 8601 date such as 2024-06-19"
            ) from e
    raise InputTypeError("published", "a date, datetime, ISO string or None", published)


class Parser:
    """
    Turns article text into an :class:`~communique.Article`.

    Holds its configuration and the loaded gazetteer; safe to share
    between threads.

    Examples:
        >>> parser = Parser(claims=False)
        >>> parser.parse("Nothing happened.").claims
        ()
    """

    def __init__(
        self, config: ParserConfig | None = None, **overrides: Any
    ) -> None:
        if config is not None and not isinstance(config, ParserConfig):
            raise InputTypeError("config", "a ParserConfig or None", config)
        base = config or ParserConfig()
        try:
            self.config = attrs.evolve(base, **overrides)
        except TypeError as e:
            raise InputTypeError("overrides", "ParserConfig fields", overrides) from e
        gaz = self.config.gazetteer
        if gaz is not None and not isinstance(gaz, Gazetteer):
            raise InputTypeError("gazetteer", "a communique.Gazetteer or None", gaz)
        self.gazetteer = gaz if gaz is not None else Gazetteer.default()

    def parse(self, text: str, *, published: PublishedDate = None) -> Article:
        """Parse one article; see :func:`communique.parse`."""
        if not isinstance(text, str):
            raise InputTypeError("text", "a str (decode bytes first)", text)
        pub = coerce_published(published)
        norm = normalize(text)
        sentences = segment(norm)
        mentions = recognize(norm, sentences, self.gazetteer)
        actors, resolved, places_only = resolve(
            norm, sentences, mentions, self.gazetteer, pub
        )
        doc = Document(
            norm=norm,
            sentences=sentences,
            mentions=resolved,
            actors={a.id: a for a in actors},
            published=pub,
        )
        cfg = self.config
        meetings = (
            tuple(code_meeting(m) for m in find_meetings(doc))
            if cfg.meetings
            else ()
        )
        claims = (
            tuple(code_claim(c, text) for c in find_claims(doc))
            if cfg.claims
            else ()
        )
        relationships = (
            tuple(code_relationship(r) for r in find_relationships(doc))
            if cfg.relationships
            else ()
        )
        actors = host_countries(known_countries(actors, pub), meetings)
        used = _referenced(meetings, claims, relationships)
        return Article(
            text=text,
            published=pub,
            actors=tuple(
                a for a in actors if a.id not in places_only or a.id in used
            ),
            meetings=meetings,
            claims=claims,
            relationships=relationships,
        )


def _referenced(
    meetings: tuple[Meeting, ...],
    claims: tuple[Claim, ...],
    relationships: tuple[Relationship, ...],
) -> set[str]:
    """Actor ids that the facts refer to."""
    used: set[str] = set()
    for m in meetings:
        used.update(m.participants)
        if m.host:
            used.add(m.host)
    for c in claims:
        used.update(x for x in (c.speaker, c.via) if x)
    for r in relationships:
        used.update((r.source, r.target))
    return used


@functools.cache
def default_parser() -> Parser:
    """The parser behind :func:`communique.parse` (built on first use)."""
    return Parser()


def parse(
    text: str,
    *,
    published: PublishedDate = None,
    gazetteer: Gazetteer | None = None,
) -> Article:
    """
    Extract actors, meetings, claims and relationships from *text*.

    Args:
        text: The article, as a string (decode bytes first).
        published: Publication date (``date``, ``datetime`` or ISO
            string), used to resolve relative dates such as "on Tuesday".
        gazetteer: A custom :class:`~communique.Gazetteer`; the shipped
            one by default.

    Returns:
        An :class:`~communique.Article`; empty collections when nothing is
        found.

    Raises:
        InputTypeError: *text* is not a string, or *published* is of a
            wrong type.
        InputValueError: *published* is not a date.

    Examples:
        >>> import communique
        >>> art = communique.parse("Nothing to report.", published="2024-06-19")
        >>> art.published
        datetime.date(2024, 6, 19)
    """
    if gazetteer is None:
        return default_parser().parse(text, published=published)
    return Parser(gazetteer=gazetteer).parse(text, published=published)
