# SPDX-License-Identifier: MIT
"""
communique: turn English geopolitical news articles into typed facts.

Examples:
    >>> import communique
    >>> art = communique.parse("Nothing happened today.")
    >>> art.meetings
    ()
"""

from __future__ import annotations

from typing import Any

from ._batch import parse_many
from ._evaluate import EvaluationReport, evaluate
from ._gazetteer import Gazetteer, GazetteerEntry
from ._lexicons import Lexicons
from ._pipeline import Parser, ParserConfig, parse
from .errors import (
    CommuniqueError,
    InputTypeError,
    InputValueError,
    LexiconError,
    SchemaError,
    ValidationError,
)
from .model import (
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
from .serialize import (
    SCHEMA_VERSION,
    dump_jsonl,
    from_dict,
    from_json,
    from_jsonl,
    json_schema,
    load_jsonl,
    to_dict,
    to_json,
    to_jsonl,
)


__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Claim",
    "CommuniqueError",
    "DatePrecision",
    "EvaluationReport",
    "Gazetteer",
    "GazetteerEntry",
    "InputTypeError",
    "InputValueError",
    "LexiconError",
    "Lexicons",
    "Location",
    "Meeting",
    "MeetingDate",
    "MeetingKind",
    "MeetingStatus",
    "Parser",
    "ParserConfig",
    "Polarity",
    "QuoteKind",
    "Relationship",
    "Role",
    "SCHEMA_VERSION",
    "SchemaError",
    "Span",
    "Trend",
    "ValidationError",
    "dump_jsonl",
    "evaluate",
    "from_dict",
    "from_json",
    "from_jsonl",
    "json_schema",
    "load_jsonl",
    "parse",
    "parse_many",
    "to_dict",
    "to_json",
    "to_jsonl",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - lazy

        return version("communique")
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
