# SPDX-License-Identifier: MIT
"""Stage 1: raw text -> :class:`NormalizedText` (placeholder: identity)."""

from __future__ import annotations

from ._types import NormalizedText


def normalize(raw: str) -> NormalizedText:
    """Repair *raw* and keep the offset map back to it."""
    return NormalizedText.identity(raw)
