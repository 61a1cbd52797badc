# SPDX-License-Identifier: MIT
"""Stage 5a: resolved mentions -> meetings (placeholder)."""

from __future__ import annotations

from ._types import Document
from .model import Meeting


def find_meetings(doc: Document) -> tuple[Meeting, ...]:
    """Meetings reported in *doc*, in text order."""
    del doc
    return ()
