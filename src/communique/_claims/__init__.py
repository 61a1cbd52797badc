# SPDX-License-Identifier: MIT
"""
Stage 5b: resolved mentions -> claims.

Claims are found in one pass over the sentences. The reporting verbs of
``lexicons/reporting_verbs.json`` are indexed once per document (the
words of each sentence against the set of first words of the verb
forms, then ``str.find``); for each cue the words to its left give the
speaker (the resolved mention of the subject noun phrase, or the speaker
of the clause it is coordinated with: "..., saying", "and added that")
and the words to its right give the content (after an addressee, time
adjuncts and "that"). A cue with nothing to its right reports the words
before it ("..., officials said."); after another claim of the same
sentence it only ends that claim ("X rejected Y, his office said"). A
cue set off by commas inside its content ("The plan, he said, would cut
costs") reports the words on both sides. Quotations are paired once, in
linear time, per paragraph (a paragraph that ends inside a quote
continues in the next one when that opens with a quote mark); a
quotation becomes a direct claim when a cue follows it (``"...," he
said``), when a cue introduces it, or when it opens a sentence right
after another claim (the same speaker goes on). Sourcing chains ("the
agency quoted X as saying", "X was quoted by Y as saying", "...,
according to Y") give the reporter as ``via``.

Modules, in the order data flows (each imports only those above it):

- ``_lexicon``: :class:`ClaimLexicon` and :func:`build_lexicon`
  (reporting verbs, hedges, the cue scanner); owned by the ``Parser``.
- ``_words``: word sets, patterns and word helpers shared by the rules.
- ``_quotes``: pairs the quotation marks of a document.
- ``_context``: the per-document context (``_Context``) and the draft
  claim type the rules share.
- ``_speaker``: the speaker to the left of a cue.
- ``_complement``: the content to the right of a cue.
- ``_passive``: relative ("which X said") and passive cues.
- ``_nouns``: cues that are not verbs (speech nouns, "according to",
  leading participles, colon headlines).
- ``_sentence``: the reporting-verb rule for one sentence.
- ``_direct``: quotations that become direct claims.
- ``_finder``: :func:`find_claims`, which runs the rules and assembles
  the public claims.
"""

from __future__ import annotations

from ._finder import find_claims
from ._lexicon import ClaimLexicon, build_lexicon


__all__ = ["ClaimLexicon", "build_lexicon", "find_claims"]
