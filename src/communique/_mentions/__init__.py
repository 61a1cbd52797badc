# SPDX-License-Identifier: MIT
"""
Stage 3: normalized text + gazetteer -> actor mentions.

A :class:`Recognizer` compiles the gazetteer and the actor lexicons once;
calling it runs a handful of compiled passes over the whole text, from
the strongest evidence to the weakest, longest match first:

1. gazetteer names, capitals, seats and demonyms (one named-list pattern);
2. persons introduced by a title ("Foreign Minister Wang Yi"), an
   apposition ("Wang Yi, China's foreign minister,") or a reporting verb
   ("Lavrov said");
3. later mentions of those persons by full name or surname;
4. organizations by shape ("the Ministry of Foreign Affairs") and state
   bodies ("the Ukrainian parliament");
5. unnamed groups that speak or act ("analysts", "a senior U.S. official");
6. pronouns and definite descriptions ("he", "the minister"), left for
   resolution (stage 4) to tie to an actor.

The modules, in the order data flows through them:

- :mod:`._text`: name shapes (token, name, run) and text helpers shared by
  every pass;
- :mod:`._taken`: :class:`~._taken.Taken`, non-overlapping intervals for
  "longest match wins";
- :mod:`._context`: the per-document :class:`~._context.Context` (text,
  sentence starts, gazetteer hits, capitalized runs) every pass reads;
- :mod:`._gazetteer_names`: pass 1, the gazetteer's names as one pattern;
- :mod:`._titles`: titles before a name ("Secretary of State");
- :mod:`._acting`: the verbs and cues that show a candidate speaks or acts;
- :mod:`._person_names`: candidate person names by shape;
- :mod:`._persons`: pass 2, person mentions with roles and states;
- :mod:`._later`: pass 3, later mentions of those persons;
- :mod:`._organizations`: pass 4, organizations by shape, state bodies;
- :mod:`._groups`: pass 5, unnamed groups;
- :mod:`._anaphors`: pass 6, pronouns and definite descriptions;
- :mod:`._recognizer`: the :class:`Recognizer`, which builds the passes
  and runs them in order.
"""

from __future__ import annotations

from ._recognizer import Recognizer


__all__ = ["Recognizer"]
