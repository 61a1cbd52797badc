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

- :mod:`.cues`: the cue lexicon compiled into word lists and regexes
  (built once per parser, held by ``ParserState``), and the records
  the stage passes between its parts.
- :mod:`.scan`: the words where each word-list pattern or date phrase
  can start, found once per document, so that look-ups try the
  patterns there instead of scanning every clause.
- :mod:`.actors`: the document's mentions, pronouns and persons.
- :mod:`.places`: places, the dateline and "here".
- :mod:`.clause`: triggers, subjects and objects of one clause.
- :mod:`.report`: one trigger's reports (status, date, topics).
- :mod:`.merge`: one meeting per event, places spread over a trip.
- :mod:`.find`: :func:`find_meetings`, which runs the above.
"""

from __future__ import annotations

from .cues import Cues, cues
from .find import find_meetings
from .patterns import Patterns


__all__ = ["Cues", "Patterns", "cues", "find_meetings"]
