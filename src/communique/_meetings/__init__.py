# SPDX-License-Identifier: MIT
"""
Stage 5a: sentences + resolved mentions + the cue lexicon -> meetings.

Each sentence is scanned once for trigger phrases ("visited", "held talks
with", "a visit by", "spoke by phone", "told visiting", "summit");
sentences without a trigger word are skipped before any pattern runs.
For each trigger the stage reads its clause: who acts (the subject
before a verb, the possessor or ``by`` agent of a noun), who is met
(``with`` or a direct object), where (``to``/``in`` a capital, city or
state, "here" and the dateline), when (a date phrase, resolved by
:mod:`communique._dates`) and how sure the text is (will, scheduled,
called off, if, denied). Mentions of one event across the article are
then merged, and a visit's place spreads to the other meetings of the
same trip.

Modules, in the order data flows through them:

- Built once per parser (held by ``ParserState``):
  :mod:`._cues` compiles the cue lexicon (:class:`Cues`, :func:`cues`);
  :mod:`._patterns` holds the fixed patterns (:class:`Patterns`).
- :mod:`._records`: the records passed between the modules below
  (``Trigger``, ``Objects``, ``Place``, ``Candidate``).
- Per document, the look-ups: :mod:`._runs` (the words, and a pattern
  tried at the words it can start at), :mod:`._datescan` (date phrases
  tried at the words that can open one), :mod:`._scan` (both, for every
  word-list pattern of the stage).
- Per document, the readers: :mod:`._actors` (mentions, pronouns,
  persons), :mod:`._places` (places, the dateline, "here"), and the
  clause readers over one :mod:`._context`: :mod:`._triggers` (trigger
  phrases, clause bounds), :mod:`._objects` (who is met, where),
  :mod:`._subjects` (who acts), combined by :mod:`._clause`.
- Per trigger: :mod:`._report` turns a clause into reports, with the
  status, date and topics of :mod:`._qualify`.
- Per document, after every sentence: :mod:`._merge` (one meeting per
  event, over the index of :mod:`._kept`), :mod:`._spread` (places spread
  over a trip), :mod:`._emit` (the public records).
- :mod:`._find`: :func:`find_meetings`, which runs the above.
"""

from __future__ import annotations

from ._cues import Cues, cues
from ._find import find_meetings
from ._patterns import Patterns


__all__ = ["Cues", "Patterns", "cues", "find_meetings"]
