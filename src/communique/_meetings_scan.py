# SPDX-License-Identifier: MIT
"""
Prefilters for stage 5a: where in one document a word-list pattern or a
date phrase can start, so that each pattern runs at those few places
instead of scanning every clause character by character.

A word-list pattern (``(?<![\\w'])(?:phrase|...)``) can only match at
the start of a run of ``[\\w']`` characters that spells the first word
of one of its phrases, case-insensitively; a date phrase only at a
word that can open one and lies at most four words before a word that
holds a month, weekday, unit or digit. The runs of the document are
found once; a look-up then tries the pattern with
``pattern.match(text, pos, end)`` at the candidate starts in order,
which finds what ``search``/``finditer`` over ``text[start:end]`` would.
When *end* cuts a run, the part before it may spell another word: such
rare look-ups scan as before.
"""

from __future__ import annotations

import bisect
import functools
import itertools

from collections.abc import Sequence
from typing import Any

import regex

from ._dates import date_phrase, find_dates
from ._meetings_cues import Cues, Patterns


__all__ = ["Scan"]

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
# (what :func:`._dates.date_hint` looks for).
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


@functools.cache
def _run_pattern(chars: str) -> Any:
    # Split on runs, keeping them: text = gap, run, gap, run, ..., gap.
    return regex.compile(rf"([{chars}]+)")


class _Runs:
    """
    The maximal runs of a character class in one text.

    Args:
        text: The document text.
        chars: The class, as inside ``[...]``.
    """

    def __init__(self, text: str, chars: str) -> None:
        parts = _run_pattern(chars).split(text)
        self.text = text
        self.starts: list[int] = list(
            itertools.accumulate(map(len, parts[:-1]), initial=0)
        )[1::2]
        self.raws: list[str] = parts[1::2]
        # The characters of the runs, to tell whether an offset cuts one.
        self.chars = frozenset("".join(self.raws))
        self._folded: list[str | None] | None = None

    @property
    def folded(self) -> list[str | None]:
        """The runs case-folded; ``None`` for a run whose case folding
        changes its length (a candidate for any pattern)."""
        if self._folded is None:
            # No run holds a NUL: fold them all in one call.
            keys: list[str | None] = list(
                "\0".join(self.raws).casefold().split("\0")
            )
            if len(self.text.casefold()) != len(self.text):
                keys = [
                    r.casefold() if len(r.casefold()) == len(r) else None
                    for r in self.raws
                ]
            self._folded = keys if self.raws else []
        return self._folded

    def cuts(self, end: int) -> bool:
        """Whether *end* falls inside a run."""
        text = self.text
        return (
            0 < end < len(text)
            and text[end] in self.chars
            and text[end - 1] in self.chars
        )

    def starting(self, firsts: frozenset[str], *, fold: bool) -> list[int]:
        """Starts of the runs whose key is in *firsts* (or ``None``)."""
        if not fold:
            keys: Sequence[str | None] = self.raws
        else:
            keys = self.folded
            if None in keys:
                return [
                    s
                    for s, k in zip(self.starts, keys, strict=True)
                    if k is None or k in firsts
                ]
        return list(
            itertools.compress(self.starts, map(firsts.__contains__, keys))
        )


class _Finder:
    """
    One pattern with the sorted positions where its matches can start
    in look-ups whose end cuts no run.

    Args:
        pattern: The compiled pattern.
        starts: The candidate starts.
        runs: The runs the candidates come from.
    """

    def __init__(self, pattern: Any, starts: list[int], runs: _Runs) -> None:
        self.pattern = pattern
        self.starts = starts
        self.runs = runs
        self.text = runs.text

    def search(self, start: int, end: int) -> Any:
        """What ``pattern.search(text, start, end)`` finds."""
        if self.runs.cuts(end):
            return self.pattern.search(self.text, start, end)
        starts = self.starts
        i = bisect.bisect_left(starts, start)
        n = len(starts)
        while i < n and starts[i] < end:
            m = self.pattern.match(self.text, starts[i], end)
            if m is not None:
                return m
            i += 1
        return None

    def finditer(self, start: int, end: int) -> list[Any]:
        """What ``pattern.finditer(text, start, end)`` finds (the pattern
        matches no empty string)."""
        if self.runs.cuts(end):
            return list(self.pattern.finditer(self.text, start, end))
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
            if p < pos:
                continue
            m = match(text, p, end)
            if m is not None:
                out.append(m)
                pos = m.end()
        return out


@functools.lru_cache(maxsize=8192)
def _opens_date(key: str | None) -> bool:
    return (
        key is None
        or key in _DATE_OPENERS
        or key[:3] in _MONTH_STEMS
        or not key.isascii()
        or key[0].isdigit()
    )


@functools.lru_cache(maxsize=8192)
def _hints_date(key: str | None) -> bool:
    return (
        key is None
        or not key.isascii()
        or any(h in key for h in _DATE_HINTS)
        or any(c.isdigit() for c in key)
    )


class _Dates:
    """
    Date phrases of one document, tried only at the words that can open
    one and have a hint within reach.

    Args:
        runs: The runs of ``\\w`` of the document.
    """

    def __init__(self, runs: _Runs) -> None:
        self.text = runs.text
        self.runs = runs
        self.phrase = date_phrase()
        keys = runs.folded
        hints = list(
            itertools.compress(range(len(keys)), map(_hints_date, keys))
        )
        # Candidate starts, and the start of the first hint of each.
        self.starts: list[int] = []
        self.reach: list[int] = []
        starts = runs.starts
        for i in itertools.compress(range(len(keys)), map(_opens_date, keys)):
            k = bisect.bisect_left(hints, i)
            if k < len(hints) and hints[k] - i <= _DATE_LEAD:
                self.starts.append(starts[i])
                self.reach.append(starts[hints[k]])

    def match(self, pos: int, end: int) -> Any:
        """What ``date_phrase().match(text, pos, end)`` finds."""
        if self.runs.cuts(end):
            return self.phrase.match(self.text, pos, end)
        k = bisect.bisect_left(self.starts, pos)
        if (
            k == len(self.starts)
            or self.starts[k] != pos
            or self.reach[k] >= end
        ):
            return None
        return self.phrase.match(self.text, pos, end)

    def find(self, start: int, end: int) -> Sequence[tuple[int, int, str]]:
        """What ``find_dates(text, start, end)`` finds."""
        if self.runs.cuts(end):
            return find_dates(self.text, start, end)
        starts, reach = self.starts, self.reach
        k = bisect.bisect_left(starts, start)
        n = len(starts)
        out: list[tuple[int, int, str]] = []
        pos = start
        match = self.phrase.match
        text = self.text
        while k < n and starts[k] < end:
            p = starts[k]
            if p >= pos and reach[k] < end:
                m = match(text, p, end)
                if m is not None:
                    out.append((p, m.end(), m.group()))
                    pos = m.end()
            k += 1
        return out


class Scan:
    """
    The prefilters of one document: ``search``/``finditer`` of the
    stage's word-list patterns by name, and its date phrases.

    Args:
        text: The document text.
        cues: The meeting lexicon.
        pats: The stage's patterns.
    """

    def __init__(self, text: str, cues: Cues, pats: Patterns) -> None:
        self.text = text
        patterns: dict[str, Any] = {
            "trigger": cues.trigger,
            "light": cues.light,
            "negative": cues.negative,
            "negative_sentence": cues.negative_sentence,
            "governing": cues.governing,
            "generic": cues.generic,
            "place": cues.place,
            "left_boundary": pats.left_boundary,
            **cues.status,
        }
        self.patterns = patterns
        words = _Runs(text, r"\w'")
        self.names = _Runs(text, r"\w")
        self.finders: dict[str, _Finder] = {}
        for name, pattern in patterns.items():
            firsts = cues.firsts.get(name)
            if firsts is None:
                continue  # scanned as before
            runs = self.names if name == "place" else words
            starts = runs.starting(firsts, fold=name != "place")
            if name == "left_boundary":
                starts = sorted({*starts, *self._dashes()})
            self.finders[name] = _Finder(pattern, starts, runs)
        self._dates: _Dates | None = None
        # Date phrases are tried at words only when case folding keeps
        # every offset (as the date hint assumes).
        self._foldable = len(text.casefold()) == len(text)

    def _dashes(self) -> list[int]:
        """Where a left boundary of punctuation can start: at one of
        ``;:()"``, at a dash, or at the space before ``-`` or ``_``."""
        text = self.text
        out: list[int] = []
        for ch in ';:()"-_':
            at = text.find(ch)
            while at >= 0:
                out.append(at)
                if ch in "-_" and at > 0:
                    out.append(at - 1)
                at = text.find(ch, at + 1)
        return out

    def search(self, name: str, start: int, end: int) -> Any:
        """``search`` of pattern *name* over ``text[start:end]``."""
        finder = self.finders.get(name)
        if finder is None:
            return self.patterns[name].search(self.text, start, end)
        return finder.search(start, end)

    def finditer(self, name: str, start: int, end: int) -> list[Any]:
        """The matches of pattern *name* in ``text[start:end]``."""
        finder = self.finders.get(name)
        if finder is None:
            return list(self.patterns[name].finditer(self.text, start, end))
        return finder.finditer(start, end)

    def _date_finder(self) -> _Dates:
        if self._dates is None:
            self._dates = _Dates(self.names)
        return self._dates

    def date_at(self, pos: int, end: int) -> Any:
        """What ``date_phrase().match(text, pos, end)`` finds."""
        if not self._foldable:
            return date_phrase().match(self.text, pos, end)
        return self._date_finder().match(pos, end)

    def find_dates(
        self, start: int, end: int
    ) -> Sequence[tuple[int, int, str]]:
        """What ``find_dates(text, start, end)`` finds."""
        if not self._foldable:
            return find_dates(self.text, start, end)
        return self._date_finder().find(start, end)
