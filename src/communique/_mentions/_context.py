# SPDX-License-Identifier: MIT
"""
The per-document context that the passes of stage 3 share.

:class:`~._recognizer.Recognizer` builds one :class:`Context` per text,
after the gazetteer pass (:mod:`._gazetteer_names`) and the capitalized-run
scan, and hands it to each later pass: the text, its sentence starts, the
gazetteer hits (:class:`GazHit`) with their starts and ends, and the runs.
"""

from __future__ import annotations

import bisect

import attrs

from communique import _cache
from communique.model import ActorKind

from ._taken import Taken
from ._text import Match


__all__ = ["Context", "GazHit"]

_POSSESSIVE_GAP = _cache.pattern(r"(?:'s?)?[ \t\n]*")


@attrs.frozen(kw_only=True)
class GazHit:
    """A gazetteer hit before filtering."""

    start: int
    end: int
    key: str
    form: str
    kind: ActorKind
    country: str | None
    ambiguous: bool


@attrs.frozen(kw_only=True)
class Context:
    """
    One text as every pass after the gazetteer sees it.

    Attributes:
        text: The normalized text.
        plain: Whether ``\\b`` tells its letters and digits from the rest
            (:func:`._text.is_plain`).
        sents: The start of each sentence.
        gaz: The gazetteer hits, by start.
        gaz_starts: Their starts.
        gaz_ends: Their ends.
        gaz_spans: Their spans, taken.
        runs: The runs of capitalized tokens, shared by the person passes.
    """

    text: str
    plain: bool
    sents: list[int]
    gaz: list[GazHit]
    gaz_starts: list[int]
    gaz_ends: list[int]
    gaz_spans: Taken
    runs: list[Match]

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence holding *pos*."""
        return max(0, bisect.bisect_right(self.sents, pos) - 1)

    def country_before(self, pos: int) -> tuple[str | None, int]:
        """State (or body) named right before *pos*: "Russian ", "Japan's
        ", and where its name starts."""
        text, gaz = self.text, self.gaz
        i = bisect.bisect_right(self.gaz_ends, pos) - 1
        while i >= 0:
            g = gaz[i]
            gap = text[g.end : pos]
            if len(gap) > 4:
                return None, pos
            if _POSSESSIVE_GAP.fullmatch(gap):
                return g.country, g.start
            i -= 1
        return None, pos
