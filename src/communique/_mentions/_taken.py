# SPDX-License-Identifier: MIT
"""
Taken intervals: the bookkeeping behind "longest match wins".

Every pass of stage 3 claims the spans it keeps in a :class:`Taken`, so
that a later (weaker) pass cannot claim an overlapping span. A leaf of
the package: it imports nothing from it.
"""

from __future__ import annotations

import bisect


__all__ = ["Taken"]


class Taken:
    """
    Non-overlapping intervals, for longest-match-wins selection.

    As the intervals do not overlap, sorting them by start sorts their ends
    too, so each check is a binary search. They are kept in sorted blocks
    of at most ``2 * block`` intervals (the layout of the sortedcontainers
    package), so that an insert moves the items of one block, not every
    interval after it: inserts in any order stay linear in total.
    """

    def __init__(self, block: int = 500) -> None:
        self._block = block
        self._starts: list[list[int]] = []
        self._ends: list[list[int]] = []
        self._last_ends: list[int] = []  # each block's last end

    def _first_after(self, pos: int) -> tuple[int, int]:
        """(block, index) of the first interval ending after *pos*; the
        block is ``len(self._starts)`` if there is none."""
        b = bisect.bisect_right(self._last_ends, pos)
        if b == len(self._last_ends):
            return b, 0
        return b, bisect.bisect_right(self._ends[b], pos)

    def overlaps(self, start: int, end: int) -> bool:
        # the first interval ending after start is the only candidate
        b, i = self._first_after(start)
        return b < len(self._starts) and self._starts[b][i] < end

    def starts_within(self, start: int, end: int) -> list[int]:
        """The starts of the intervals that overlap ``[start, end)``."""
        b, i = self._first_after(start)
        out: list[int] = []
        while b < len(self._starts):
            starts = self._starts[b]
            j = bisect.bisect_left(starts, end, i)
            out.extend(starts[i:j])
            if j < len(starts):
                break
            b, i = b + 1, 0
        return out

    def add(self, start: int, end: int) -> bool:
        """Take ``[start, end)`` unless it overlaps; report success."""
        if end <= start:
            return False
        b, i = self._first_after(start)
        if b < len(self._starts) and self._starts[b][i] < end:
            return False
        if b == len(self._starts):  # after every interval
            if not b:
                self._starts.append([start])
                self._ends.append([end])
                self._last_ends.append(end)
                return True
            b -= 1
            i = len(self._starts[b])
        starts, ends = self._starts[b], self._ends[b]
        starts.insert(i, start)
        ends.insert(i, end)
        if i == len(ends) - 1:
            self._last_ends[b] = end
        half = self._block
        if len(starts) > 2 * half:
            self._starts[b : b + 1] = [starts[:half], starts[half:]]
            self._ends[b : b + 1] = [ends[:half], ends[half:]]
            self._last_ends[b : b + 1] = [ends[half - 1], ends[-1]]
        return True
