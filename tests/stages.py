# SPDX-License-Identifier: MIT
"""
The stage functions bound to the default parser's compiled state, so
tests can call one stage the way the pipeline does.
"""

from __future__ import annotations

import datetime as dt

from typing import Any

from communique import _claims, _codes, _meetings, _relations, _resolve
from communique._gazetteer import Gazetteer
from communique._mentions import Recognizer
from communique._pipeline import default_parser
from communique._types import Document, Mention, NormalizedText, Sentence
from communique.model import Claim, Meeting, Relationship


STATE = default_parser().state
CAMEO_LABELS = STATE.codes.labels
PLOVER_CATEGORIES = STATE.codes.plover_categories


def claim_lexicon() -> _claims.ClaimLexicon:
    """The default parser's compiled claim lexicon."""
    assert STATE.claims is not None
    return STATE.claims


def find_claims(doc: Document) -> tuple[Claim, ...]:
    return _claims.find_claims(doc, claim_lexicon())


def find_meetings(doc: Document) -> tuple[Meeting, ...]:
    assert STATE.meeting_cues is not None
    assert STATE.meeting_patterns is not None
    return _meetings.find_meetings(
        doc, STATE.meeting_cues, STATE.meeting_patterns
    )


def find_relationships(
    doc: Document, lexicon: _relations.PolarityLexicon | None = None
) -> tuple[Relationship, ...]:
    lex = lexicon or STATE.polarity
    assert lex is not None
    return _relations.find_relationships(doc, lex)


def recognizer(gazetteer: Gazetteer | None = None) -> Recognizer:
    """The default recognizer, or one compiled for *gazetteer*."""
    if gazetteer is None or gazetteer == STATE.gazetteer:
        return STATE.recognizer
    return Recognizer(gazetteer, STATE.lexicons)


def recognize(
    norm: NormalizedText,
    sentences: tuple[Sentence, ...],
    gazetteer: Gazetteer | None = None,
) -> tuple[Mention, ...]:
    return recognizer(gazetteer)(norm, sentences)


def resolve(
    norm: NormalizedText,
    sentences: tuple[Sentence, ...],
    mentions: tuple[Mention, ...],
    gazetteer: Gazetteer,
    published: dt.date | None = None,
) -> Any:
    return _resolve.resolve(
        norm, sentences, mentions, gazetteer, STATE.lexicons, published
    )


def plover_of(code: str | None) -> str | None:
    return _codes.plover_of(code, STATE.codes)


def code_meeting(m: Meeting) -> Meeting:
    return _codes.code_meeting(m, STATE.codes)


def code_claim(c: Claim, text: str = "") -> Claim:
    del text
    return _codes.code_claim(c, STATE.codes)


def code_relationship(r: Relationship) -> Relationship:
    return _codes.code_relationship(r, STATE.codes)


__all__ = [
    "CAMEO_LABELS",
    "PLOVER_CATEGORIES",
    "STATE",
    "claim_lexicon",
    "code_claim",
    "code_meeting",
    "code_relationship",
    "find_claims",
    "find_meetings",
    "find_relationships",
    "plover_of",
    "recognize",
    "recognizer",
    "resolve",
]
