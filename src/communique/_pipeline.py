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
from ._lexicons import Lexicons
from ._meetings import find_meetings
from ._normalize import normalize
from ._relations import find_relationships
from ._resolve import resolve
from ._segment import segment
from ._state import ParserState, cached_state, default_state
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
        lexicons: The word lists and tables (titles, reporting verbs,
            meeting cues, relation phrases, ...); ``None`` means
            :meth:`Lexicons.default`.
        meetings: Whether to look for meetings.
        claims: Whether to look for claims.
        relationships: Whether to look for relationships.

    Examples:
        >>> ParserConfig(claims=False).claims
        False
    """

    gazetteer: Gazetteer | None = None
    lexicons: Lexicons | None = None
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

    Holds its configuration and everything it compiles from the
    gazetteer and lexicons (:attr:`state`): build one and reuse it for
    many articles. Safe to share between threads.

    Raises:
        InputTypeError: *config* or an override has the wrong type.
        LexiconError: A custom lexicon entry cannot be compiled.

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
        cfg = self.config
        gaz = cfg.gazetteer
        if gaz is not None and not isinstance(gaz, Gazetteer):
            raise InputTypeError("gazetteer", "a communique.Gazetteer or None", gaz)
        lex = cfg.lexicons
        if lex is not None and not isinstance(lex, Lexicons):
            raise InputTypeError("lexicons", "a communique.Lexicons or None", lex)
        if gaz is None and lex is None:
            self.state = default_state()
        else:
            # the shipped state, if cached, lends the parts it shares
            shipped = cached_state()
            self.state = ParserState.build(
                gaz if gaz is not None else Gazetteer.default(),
                lex if lex is not None else Lexicons.default(),
                meetings=cfg.meetings,
                claims=cfg.claims,
                relationships=cfg.relationships,
                base=shipped,
            )

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer this parser recognizes states and organizations with."""
        return self.state.gazetteer

    @property
    def lexicons(self) -> Lexicons:
        """The lexicons this parser compiled."""
        return self.state.lexicons

    def parse(self, text: str, *, published: PublishedDate = None) -> Article:
        """Parse one article; see :func:`communique.parse`."""
        if not isinstance(text, str):
            raise InputTypeError("text", "a str (decode bytes first)", text)
        pub = coerce_published(published)
        st = self.state
        norm = normalize(text)
        sentences = segment(norm)
        mentions = st.recognizer(norm, sentences)
        actors, resolved, places_only = resolve(
            norm, sentences, mentions, st.gazetteer, st.lexicons, pub
        )
        doc = Document(
            norm=norm,
            sentences=sentences,
            mentions=resolved,
            actors={a.id: a for a in actors},
            published=pub,
        )
        cfg = self.config
        codes = st.codes
        meetings = (
            tuple(
                code_meeting(m, codes)
                for m in find_meetings(doc, st.meeting_cues, st.meeting_patterns)
            )
            if cfg.meetings and st.meeting_cues and st.meeting_patterns
            else ()
        )
        claims = (
            tuple(code_claim(c, codes) for c in find_claims(doc, st.claims))
            if cfg.claims and st.claims
            else ()
        )
        relationships = (
            tuple(
                code_relationship(r, codes)
                for r in find_relationships(doc, st.polarity)
            )
            if cfg.relationships and st.polarity
            else ()
        )
        actors = host_countries(known_countries(actors, pub, st.served), meetings)
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


@functools.lru_cache(maxsize=8)
def parser_for(gazetteer: Gazetteer | None = None) -> Parser:
    """
    The parser behind :func:`communique.parse`, one per gazetteer (the
    last eight kept), each built on first use.
    """
    return Parser(gazetteer=gazetteer)


def default_parser() -> Parser:
    """The parser of the shipped gazetteer and lexicons."""
    return parser_for(None)


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
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise InputTypeError(
            "gazetteer", "a communique.Gazetteer or None", gazetteer
        )
    return parser_for(gazetteer).parse(text, published=published)
