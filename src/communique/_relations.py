# SPDX-License-Identifier: MIT
"""Stage 5c: resolved mentions -> relationships (placeholder)."""

from __future__ import annotations

from ._types import Document
from .model import Relationship


def find_relationships(doc: Document) -> tuple[Relationship, ...]:
    """Relationships stated in *doc*, in text order."""
    del doc
    return ()
