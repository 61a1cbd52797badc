# SPDX-License-Identifier: MIT
"""
Clauses for stage 5a: the triggers of a sentence, and for each the
actors of its clause: who acts (the subject before a verb, the possessor
or ``by`` agent of a noun) and who is met or visited (``with``, a direct
object, ``to`` a state).

:class:`Clauses` is the per-document :class:`~._context.Context` with
the readers of :mod:`._triggers`, :mod:`._objects` and :mod:`._subjects`;
:mod:`._report` and :mod:`._qualify` read clauses through it.
"""

from __future__ import annotations

from ._actors import Actors
from ._context import Context
from ._cues import Cues
from ._objects import ObjectReader
from ._patterns import Patterns
from ._places import Places
from ._subjects import SubjectReader
from ._triggers import Triggers


__all__ = ["Clauses"]


class Clauses(Context):
    """
    Reads the clauses of one document's triggers.

    Attributes:
        triggers: The trigger phrases of a sentence, in order.
        left_bound: Where the clause of a trigger starts.
        scope_start: Where a negation of a trigger can start.
        objects: What follows a trigger.
        subjects: Who acts in a trigger's clause.

    Args:
        actors: The document's actors.
        places: The document's places.
        cues: The meeting lexicon.
        pats: The stage's patterns.
    """

    def __init__(
        self, actors: Actors, places: Places, cues: Cues, pats: Patterns
    ) -> None:
        super().__init__(actors, places, cues, pats)
        found = Triggers(self)
        self.triggers = found.triggers
        self.left_bound = found.left_bound
        self.scope_start = found.scope_start
        self.objects = ObjectReader(self).objects
        self.subjects = SubjectReader(self, found).subjects
