# SPDX-License-Identifier: MIT
"""
Stage 5c: resolved mentions -> relationships.

A relationship is what the text says about the relation between two
actors; a meeting alone is not one. The stage reads each sentence with
the cue lexicon ``lexicons/polarity.json`` (phrases, compiled by
:mod:`communique._phrases`; its verbs and nouns span the CAMEO root
categories) and these patterns:

* **between**: a relation noun before ``between A and B`` ("cooperation
  between Seoul and Tokyo", "relations between the two countries").
* **compound**: ``A-B`` before a relation noun ("Moscow-Pyongyang ties",
  "Sino-Kenyan cooperation", "Polish-Latvian relations").
* **noun + preposition**: ``A's war against B``, ``trade with B``,
  ``its condemnation of B``, ``aid to B and C``; the agent is the
  possessor or the clause subject.
* **verb**: ``A supports B``, ``A warned B``, ``A condemned B's ...``,
  ``A aligns with B and C``; passives (``B, which is backed by A``) and
  relative clauses (``A, which supports B``).
* **acts of violence and force** (CAMEO 15, 17, 18, 19): ``A killed
  two B soldiers``, ``A seized a B ship``, ``A's attack on B``; the
  subject must stand next to the verb, the object close after it and
  not after "in" or "at" (a place), and a verb of blame before the noun
  ("A condemned the attack on B") makes it no act of A.
* **another party's act**: ``A vetoed the plan. B criticized the
  move.``: "the move" is the act of the party that opens the sentence
  before (the ``acts`` section of the lexicon).
* **the two countries**: "the two countries", "both sides", "the two
  leaders", "friendly countries" stand for the two states most recently
  named together.
* **subject lists**: "Washington and Tokyo condemned B" gives a
  relationship for each subject.
* **members**: "NATO member Turkey", "ASEAN, which groups A, B and C",
  "A is a member of B"; **bans**: "A is banned in B"; **copula**: "A is
  B's largest trading partner".
* **special**: ``A frames B as hostile``, ``a point of contention for
  A``, ``A would not accept a B defeat``, ``no ill feelings in A toward
  B``.

Modifiers near the cue ("warm", "strained", "had cooled", "improvement")
set polarity and trend: cooperative and hostile cues together give
``mixed``. A negated cue ("no longer supports") or a proposal ("urged A
to restore ties with B") gives nothing. Hedges ("potentially", "may")
set ``hedged``.

Kinds form a closed vocabulary: ``alliance``, ``military_cooperation``,
``cooperation``, ``support``, ``trade``, ``aid``, ``agreement``,
``diplomatic_ties``, ``friendship``, ``rivalry``, ``tension``,
``dispute``, ``territorial_dispute``, ``war``, ``conflict``,
``sanctions``, ``condemnation``, ``threat``, ``protest``, ``relations``,
``assault``, ``coercion``, ``force_posture``, ``rejection``,
``concession``.

The package, in the order data flows through it:

* :mod:`._kinds`: the closed vocabulary of kinds and their classes.
* :mod:`._lexicon`: ``polarity.json`` checked and compiled
  (:class:`PolarityLexicon`).
* :mod:`._line`: one sentence prepared once (:class:`._line.Line`).
* :mod:`._found`: a found pair and its polarity votes.
* :mod:`._context`: the per-document state the finders share: parties,
  outermost mentions, recording a pair.
* :mod:`._cues`: where nouns, verbs and modifiers match in a sentence.
* :mod:`._clauses`: clause boundaries.
* :mod:`._roles`: subject, subject list, possessor and objects of a cue.
* :mod:`._checks`: negation, appeals, hedges, topics, blame.
* :mod:`._score`: polarity and trend from nearby modifiers.
* :mod:`._antecedents`: "the two countries", "it", "the move".
* :mod:`._nouns`, :mod:`._verbs`, :mod:`._pairs`, :mod:`._special`: the
  finders, one family of patterns each.
* :mod:`._read`: :func:`find_relationships`, which runs the finders on
  each sentence that may state a relationship.
* :mod:`._merge`: found pairs -> relationships.
"""

from __future__ import annotations

from ._kinds import KINDS
from ._lexicon import PolarityLexicon
from ._read import find_relationships


__all__ = ["KINDS", "PolarityLexicon", "find_relationships"]
