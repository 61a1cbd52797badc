# SPDX-License-Identifier: MIT
"""Stage 5b: resolved mentions -> claims (placeholder)."""

from __future__ import annotations

from ._types import Document
from .model import Claim


def find_claims(doc: Document) -> tuple[Claim, ...]:
    """Claims made in *doc*, in text order."""
    del doc
    return ()
