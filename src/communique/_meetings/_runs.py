# SPDX-License-Identifier: MIT
"""
The words of one document and the look-ups of a pattern at them.

:class:`Runs` finds the words (runs of ``\\w``) of a text once;
:class:`Finder` tries a pattern only at the word starts where it can
start (:class:`Plain` scans, for patterns without such a list). Built
per document by :mod:`._scan`, below everything that reads a clause.
"""

from __future__ import annotations

import bisect
import itertools
import string

from collections.abc import Iterator
from typing import Any

from communique import _cache


__all__ = ["Finder", "Plain", "Runs"]


_ASCII_WORD = frozenset(string.ascii_letters + string.digits + "_")


# Split on words, keeping them: text = gap, word, gap, ..., gap.
_RUN = _cache.pattern(r"(\w+)")


class Runs:
    """
    The words (maximal runs of ``\\w``) of one text.

    Args:
        text: The document text.
    """

    def __init__(self, text: str) -> None:
        ascii_only = text.isascii()
        parts = _RUN.split(text)
        self.text = text
        self.starts: list[int] = list(
            itertools.accumulate(map(len, parts[:-1]), initial=0)
        )[1::2]
        self.raws: list[str] = parts[1::2]
        # The characters of the words, to tell whether an offset cuts one.
        self.chars = (
            _ASCII_WORD if ascii_only else frozenset("".join(self.raws))
        )
        # Whether case folding keeps every offset.
        self.foldable = ascii_only or len(text.casefold()) == len(text)
        self.folded: list[str | None] = []  # None: folding changes length
        if not self.foldable:
            self.folded = [
                r.casefold() if len(r.casefold()) == len(r) else None
                for r in self.raws
            ]
        elif self.raws:
            # No word holds a NUL: fold them all in one call.
            self.folded.extend("\0".join(self.raws).casefold().split("\0"))

    def cut(self, end: int) -> int:
        """The start of the word that *end* falls inside, else -1."""
        text = self.text
        if (
            0 < end < len(text)
            and text[end] in self.chars
            and text[end - 1] in self.chars
        ):
            return self.starts[bisect.bisect_right(self.starts, end) - 1]
        return -1

    def cut_words(self, end: int) -> list[int]:
        """The starts of the word that *end* falls inside and of the word
        before it (a phrase may open there and go on into the cut word),
        else none."""
        if self.cut(end) < 0:
            return []
        k = bisect.bisect_right(self.starts, end) - 1
        return self.starts[max(0, k - 1) : k + 1]


class Plain:
    """A pattern scanned as is, with the look-ups of :class:`Finder`."""

    def __init__(self, pattern: Any, text: str) -> None:
        self.pattern = pattern
        self.text = text

    def search(self, start: int, end: int) -> Any:
        """``pattern.search(text, start, end)``."""
        return self.pattern.search(self.text, start, end)

    def finditer(self, start: int, end: int) -> list[Any]:
        """``pattern.finditer(text, start, end)``, as a list."""
        return list(self.pattern.finditer(self.text, start, end))

    def overlapped(self, start: int, end: int) -> Iterator[Any]:
        """``pattern.finditer(text, start, end, overlapped=True)``."""
        return self.pattern.finditer(  # type: ignore[no-any-return]
            self.text, start, end, overlapped=True
        )


class Finder(Plain):
    """
    A pattern with the sorted positions where its matches can start.

    Args:
        pattern: The compiled pattern.
        starts: The candidate starts; a look-up whose end cuts a word
            tries that word too.
        runs: The words of the text.
    """

    def __init__(self, pattern: Any, starts: list[int], runs: Runs) -> None:
        super().__init__(pattern, runs.text)
        self.starts = starts
        self.runs = runs
        self.inside = runs.chars

    def _cuts(self, end: int) -> bool:
        text = self.text
        inside = self.inside
        return (
            0 < end < len(text)
            and text[end] in inside
            and text[end - 1] in inside
        )

    def _with_cut(self, start: int, end: int) -> list[int]:
        """The candidate starts in ``[start, end)``, with the word *end*
        cuts and the word before it when they lie after *start*."""
        starts = self.starts
        local = starts[
            bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)
        ]
        extra = [at for at in self.runs.cut_words(end) if at >= start]
        if not extra:
            return local
        return sorted({*local, *extra})  # the window only: linear overall

    def _tried(self, start: int, end: int, *, every: bool) -> list[Any]:
        """The matches at the candidates in reach and at the word *end*
        cuts (all of them when *every*, else the first)."""
        starts = self._with_cut(start, end)
        out = []
        pos = start
        i = bisect.bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            p = starts[i]
            i += 1
            if p >= pos:
                m = self.pattern.match(self.text, p, end)
                if m is not None:
                    if not every:
                        return [m]
                    out.append(m)
                    pos = m.end()
        return out

    def search(self, start: int, end: int) -> Any:
        """What ``pattern.search(text, start, end)`` finds."""
        if self._cuts(end):
            found = self._tried(start, end, every=False)
            return found[0] if found else None
        starts = self.starts
        i = bisect.bisect_left(starts, start)
        n = len(starts)
        while i < n and starts[i] < end:
            m = self.pattern.match(self.text, starts[i], end)
            if m is not None:
                return m
            i += 1
        return None

    def overlapped(self, start: int, end: int) -> Iterator[Any]:
        """What ``pattern.finditer(text, start, end, overlapped=True)``
        finds."""
        starts = self._with_cut(start, end)
        i = bisect.bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            m = self.pattern.match(self.text, starts[i], end)
            if m is not None:
                yield m
            i += 1

    def finditer(self, start: int, end: int) -> list[Any]:
        """What ``pattern.finditer(text, start, end)`` finds (the pattern
        matches no empty string)."""
        if self._cuts(end):
            return self._tried(start, end, every=True)
        starts = self.starts
        i = bisect.bisect_left(starts, start)
        n = len(starts)
        out = []
        pos = start
        match = self.pattern.match
        text = self.text
        while i < n and starts[i] < end:
            p = starts[i]
            i += 1
            if p >= pos:
                m = match(text, p, end)
                if m is not None:
                    out.append(m)
                    pos = m.end()
        return out
