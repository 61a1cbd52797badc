# SPDX-License-Identifier: MIT
"""
One sentence prepared once for every finder: :class:`Line`.

It keeps the sentence's lower-cased text and words, its party
mentions, and caches (cue offsets, clause boundaries) that
:mod:`._cues` and :mod:`._clauses` fill on first use.
"""

from __future__ import annotations

import regex

from communique import _cache
from communique._types import ResolvedMention, Sentence

from ._lexicon import FLAGS, Cue


#: ASCII characters outside ``[\w-]``: what can end a word.
_NON_WORD = "".join(
    c for c in map(chr, range(128)) if not (c.isalnum() or c in "_-")
)
LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
#: Maps lower-cased ASCII text to its words separated by spaces.
_SPACES = bytes.maketrans(
    _NON_WORD.encode("ascii"), b" " * len(_NON_WORD)
)
#: A run of ``[\w-]`` characters (no case folding: it is slower).
RUN = _cache.pattern(r"[\w-]++", regex.VERSION1)
_WORD_CH = _cache.pattern(r"[\w-]", FLAGS)


def word_ch(text: str, i: int) -> bool:
    """Whether ``text[i]`` matches ``[\\w-]``."""
    c = text[i]
    if c.isascii():
        return c.isalnum() or c in "_-"
    return _WORD_CH.match(c) is not None


class Line:
    """
    One sentence and what is worked out about it once: its parties,
    clause boundaries and, per cue, where a match may start.
    """

    __slots__ = (
        "ascii",
        "bound_ends",
        "bound_starts",
        "cues",
        "end",
        "index",
        "low",
        "outer",
        "parties",
        "party_starts",
        "positions",
        "spaced",
        "start",
        "words",
    )

    def __init__(
        self, sent: Sentence, parties: list[ResolvedMention], low: str
    ) -> None:
        self.index: int = sent.index
        self.start: int = sent.start
        self.end: int = sent.end
        #: The sentence text with ASCII capitals lower-cased.
        self.low = low
        #: Whether the sentence is all ASCII (then cue patterns without
        #: case folding read the lower-cased text).
        self.ascii = low.isascii()
        #: For ASCII: the words (runs of ``[\w-]``) between spaces, with
        #: spaces at both ends, and the words (ASCII-encoded bytes: they
        #: are made and split faster than strings).
        self.spaced = (
            b" " + low.encode("ascii").translate(_SPACES) + b" "
            if self.ascii
            else b""
        )
        self.words = self.spaced.split()
        #: Party mentions wholly inside, by (start, -end).
        self.parties = parties
        self.party_starts = [m.start for m in parties]
        #: Outermost party mentions of the whole sentence.
        self.outer: list[ResolvedMention] | None = None
        #: Per group: cue index -> sorted offsets where it may start.
        self.positions: list[dict[int, list[int]]] | None = None
        #: Per group: (cue, offsets, match at each offset up to the end).
        self.cues: list[list[Candidates] | None] = [None, None, None]
        self.bound_starts: list[int] | None = None
        self.bound_ends: list[int] = []


#: A cue, the offsets in a sentence where it may start, its match at
#: each of them with the sentence end as the end of the text, and its
#: matches in the whole sentence.
Candidates = tuple[
    Cue,
    list[int],
    list["regex.Match[str] | None"],
    list["regex.Match[str]"],
]
