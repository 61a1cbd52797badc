# SPDX-License-Identifier: MIT
"""
What every clause reader of one document shares (:class:`Context`):
its actors, places, scan look-ups and the compiled cues and patterns.
Built once per document by :mod:`._clause`, read by :mod:`._triggers`,
:mod:`._objects` and :mod:`._subjects`.
"""

from __future__ import annotations

from ._actors import Actors
from ._cues import Cues
from ._patterns import Patterns
from ._places import Places


__all__ = ["WINDOW", "Context"]

# How far before a trigger the cues that scope it are looked for, so
# that a long sentence with many triggers stays linear.
WINDOW = 200


class Context:
    """
    The per-document state the clause readers share.

    Args:
        actors: The document's actors.
        places: The document's places.
        cues: The meeting lexicon.
        pats: The stage's patterns.
    """

    def __init__(
        self, actors: Actors, places: Places, cues: Cues, pats: Patterns
    ) -> None:
        self.actors = actors
        self.places = places
        self.cues = cues
        self.pats = pats
        self.text = actors.text
        self.scan = places.scan
