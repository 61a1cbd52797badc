# SPDX-License-Identifier: MIT
"""
Date phrases of one document, tried only at the words that can open
one: at most four words before a word that holds a month, weekday,
unit or digit (:class:`Dates`; :class:`PlainDates` scans, for a text
whose case folding moves offsets). Built per document by :mod:`._scan`
over the words of :mod:`._runs`.
"""

from __future__ import annotations

import bisect
import itertools

from typing import Any

from communique import _cache
from communique._dates import DATE_PHRASE

from ._runs import Runs


__all__ = ["Dates", "PlainDates"]

# Words a date phrase can open with, besides weekdays, months and digits.
_DATE_OPENERS = frozenset(
    {
        "on", "in", "since", "during", "until", "by", "from", "early",
        "late", "mid", "last", "next", "this", "earlier", "later", "past",
        "coming", "of", "today", "tonight", "yesterday", "tomorrow",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday",
    }
)  # fmt: skip
_MONTH_STEMS = frozenset(
    ("jan feb mar apr may jun jul aug sep oct nov dec").split()
)
# Every date phrase holds one of these in one of its first five words
# (what :data:`._dates.DATE_HINT` looks for).
_DATE_HINTS = (
    *sorted(_MONTH_STEMS),
    "day",
    "tonight",
    "tomorrow",
    "week",
    "mon",
    "year",
)
# Words a date phrase can span before the first word holding a hint
# ("in the past few days").
_DATE_LEAD = 4
# Openers that need a second word that opens or hints a date too
# ("on Tuesday", "in 2014", "last week"), or "the", "recent" after "in"
# and "time" after "this"; "of" only opens "of 2014".
_DATE_LEADS = frozenset(
    {
        "on", "in", "since", "during", "until", "by", "from", "early",
        "late", "mid", "last", "next", "this", "earlier", "later", "past",
        "coming", "of",
    }
)  # fmt: skip


def _opens_date(key: str | None) -> bool:
    return (
        key is None
        or key in _DATE_OPENERS
        or key[:3] in _MONTH_STEMS
        or not key.isascii()
        or key[0].isdigit()
    )


def _hints_date(key: str | None) -> bool:
    return key is None or not key.isascii() or bool(_HINT.search(key))


def _may_follow(lead: str | None, key: str | None) -> bool:
    """Whether *key* can follow the opener *lead* in a date phrase."""
    if key is None or not key.isascii():
        return True
    if lead == "of":
        return key[0].isdigit()
    return (
        _opens_date(key)
        or _hints_date(key)
        or (lead == "in" and key in {"the", "recent"})
        or (lead == "this" and key == "time")
    )


_HINT = _cache.pattern("|".join(_DATE_HINTS) + r"|\d")


class PlainDates:
    """Date phrases found by scanning, with the look-ups of
    :class:`Dates`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.phrase = DATE_PHRASE

    def match(self, pos: int, end: int) -> Any:
        """``DATE_PHRASE.match(text, pos, end)``."""
        return self.phrase.match(self.text, pos, end)

    def find(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """What ``find_dates(text, start, end)`` finds."""
        return [
            (m.start(), m.end(), m.group())
            for m in self.phrase.finditer(self.text, start, end)
        ]


class Dates(PlainDates):
    """
    Date phrases of one document whose case folding keeps every offset,
    tried only at the words that can open one and have a hint within
    reach (and at a word the end of a look-up cuts).

    Args:
        runs: The words of the document.
    """

    def __init__(self, runs: Runs) -> None:
        super().__init__(runs.text)
        self.runs = runs
        keys = runs.folded
        # each distinct word is looked at once per document
        distinct = set(keys)
        hint_of = {k: _hints_date(k) for k in distinct}
        opens_of = {k: _opens_date(k) for k in distinct}
        hints = [hint_of[k] for k in keys]
        lead = _DATE_LEAD + 1
        last = len(keys) - 1
        words = [
            i
            for i in itertools.compress(
                range(len(keys)), (opens_of[k] for k in keys)
            )
            if True in hints[i : i + lead]
            and (keys[i] not in _DATE_LEADS or i < last)
        ]
        # Candidate starts, the start of the first hint of each, and the
        # start of the next word when it must be cut to follow ("on the"
        # can only open "on the..." if a look-up ends inside "the"), else -1.
        starts = runs.starts
        self.starts = [starts[i] for i in words]
        self.reach = [starts[hints.index(True, i)] for i in words]
        self.next = [
            -1
            if keys[i] not in _DATE_LEADS or _may_follow(keys[i], keys[i + 1])
            else starts[i + 1]
            for i in words
        ]

    def _open(self, k: int, end: int, cut: int) -> bool:
        """Whether candidate *k* can open a phrase that ends by *end*."""
        return self.reach[k] < end and (
            self.next[k] < 0 or self.next[k] == cut
        )

    def match(self, pos: int, end: int) -> Any:
        """What ``DATE_PHRASE.match(text, pos, end)`` finds."""
        starts = self.starts
        k = bisect.bisect_left(starts, pos)
        cut = self.runs.cut(end)
        if pos == cut or (
            k < len(starts) and starts[k] == pos and self._open(k, end, cut)
        ):
            return self.phrase.match(self.text, pos, end)
        return None

    def find(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """What ``find_dates(text, start, end)`` finds."""
        starts = self.starts
        k = bisect.bisect_left(starts, start)
        n = len(starts)
        out: list[tuple[int, int, str]] = []
        pos = start
        match = self.phrase.match
        text = self.text
        cut = self.runs.cut(end)
        while k < n and starts[k] < end:
            p = starts[k]
            if p >= pos and (p == cut or self._open(k, end, cut)):
                m = match(text, p, end)
                if m is not None:
                    out.append((p, m.end(), m.group()))
                    pos = m.end()
            k += 1
        if cut >= pos and (k == 0 or starts[k - 1] != cut):
            m = match(text, cut, end)
            if m is not None:
                out.append((cut, m.end(), m.group()))
        return out
