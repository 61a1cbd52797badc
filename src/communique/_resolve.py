# SPDX-License-Identifier: MIT
"""Stage 4: mentions -> actors (placeholder)."""

from __future__ import annotations

from ._gazetteer import Gazetteer
from ._types import Mention, NormalizedText, ResolvedMention, Sentence
from .model import Actor


def resolve(
    norm: NormalizedText,
    sentences: tuple[Sentence, ...],
    mentions: tuple[Mention, ...],
    gazetteer: Gazetteer,
) -> tuple[tuple[Actor, ...], tuple[ResolvedMention, ...]]:
    """Group *mentions* into actors."""
    del norm, sentences, mentions, gazetteer
    return (), ()
