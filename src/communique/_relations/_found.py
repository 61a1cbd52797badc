# SPDX-License-Identifier: MIT
"""
What a finder yields: a :class:`Found` pair of parties with a kind and
polarity, and the :class:`Score` of polarity votes it is built from.

:mod:`._merge` turns the found pairs into relationships.
"""

from __future__ import annotations

import attrs

from communique.model import Polarity, Trend


@attrs.frozen(kw_only=True)
class Found:
    """One statement of a relation between parties *a* and *b*."""

    a: str
    b: str
    polarity: Polarity
    kind: str
    trend: Trend | None
    hedged: bool
    start: int
    end: int


@attrs.frozen(kw_only=True)
class Score:
    """Polarity votes gathered from cues in a window."""

    coop: int = 0
    hostile: int = 0
    mixed: int = 0
    trend: Trend | None = None

    def add(self, pol: Polarity | None, trend: Trend | None) -> Score:
        return Score(
            coop=self.coop + (pol is Polarity.COOPERATIVE),
            hostile=self.hostile + (pol is Polarity.HOSTILE),
            mixed=self.mixed + (pol is Polarity.MIXED),
            trend=self.trend or trend,
        )

    def polarity(self) -> Polarity | None:
        if self.mixed or (self.coop and self.hostile):
            return Polarity.MIXED
        if self.hostile:
            return Polarity.HOSTILE
        if self.coop:
            return Polarity.COOPERATIVE
        return None
