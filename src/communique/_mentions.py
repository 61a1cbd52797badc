# SPDX-License-Identifier: MIT
"""Stage 3: sentences + gazetteer -> actor mentions (placeholder)."""

from __future__ import annotations

from ._gazetteer import Gazetteer
from ._types import Mention, NormalizedText, Sentence


def recognize(
    norm: NormalizedText, sentences: tuple[Sentence, ...], gazetteer: Gazetteer
) -> tuple[Mention, ...]:
    """Every actor mention in the text, sorted by start."""
    del norm, sentences, gazetteer
    return ()
