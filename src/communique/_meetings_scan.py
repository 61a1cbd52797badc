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
"""

from __future__ import annotations

import bisect
import functools

from collections.abc import Sequence
from typing import Any

import regex

from ._dates import date_phrase, find_dates
from ._meetings_cues import Cues, Patterns


__all__ = ["DateFinder", "Finder", "Runs", "Scan"]

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
    return regex.compile(rf"[{chars}]+")


class Runs:
    """
    The maximal runs of a character class in one text, with keys for
    look-ups: the runs as written, or case-folded (``None`` for a run
    whose case folding changes its length: a candidate for any pattern).

    Args:
        text: The document text.
        chars: The class, as inside ``[...]``.
    """

    def __init__(self, text: str, chars: str) -> None:
        pattern = _run_pattern(chars)
        self.text = text
        self.starts: list[int] = [m.start() for m in pattern.finditer(text)]
        self.raws: list[str] = pattern.findall(text)
        self._folded: list[str | None] | None = None
        self._index: dict[bool, dict[str | None, list[int]]] = {}

    @property
    def folded(self) -> list[str | None]:
        """The case-folded runs."""
        if self._folded is None:
            keys: list[str | None] = [r.casefold() for r in self.raws]
            if len(self.text.casefold()) != len(self.text):
                keys = [
                    k if k is not None and len(k) == len(r) else None
                    for k, r in zip(keys, self.raws, strict=True)
                ]
            self._folded = keys
        return self._folded

    def keys(self, fold: bool) -> Sequence[str | None]:
        """The look-up keys of the runs."""
        return self.folded if fold else self.raws

    @staticmethod
    def key(run: str, fold: bool) -> str | None:
        """The look-up key of *run*."""
        if not fold:
            return run
        k = run.casefold()
        return k if len(k) == len(run) else None

    def starting(self, firsts: frozenset[str], fold: bool) -> list[int]:
        """Starts of the runs whose key is in *firsts* (or ``None``)."""
        index = self._index.get(fold)
        if index is None:
            index = {}
            for s, k in zip(self.starts, self.keys(fold), strict=True):
                index.setdefault(k, []).append(s)
            self._index[fold] = index
        keys = [k for k in index if k is None or k in firsts]
        return sorted(s for k in keys for s in index[k])

    def cut(
        self, end: int, floor: int, firsts: frozenset[str], fold: bool
    ) -> int | None:
        """The start of the run that *end* cuts, when it lies at or after
        *floor* and its part before *end* is in *firsts*."""
        j = bisect.bisect_left(self.starts, end) - 1
        if j < 0:
            return None
        start = self.starts[j]
        if start < floor or start + len(self.raws[j]) <= end:
            return None
        k = self.key(self.text[start:end], fold)
        return start if k is None or k in firsts else None


class Finder:
    """
    One pattern with the positions where its matches can start.

    Args:
        pattern: The compiled pattern.
        starts: Sorted candidate starts; every match starts at one, or
            at the start of a run that the end of a look-up cuts.
        runs: The runs the candidates come from.
        firsts: The keys of the runs a match can start at.
        fold: Whether the keys are case-folded.
    """

    def __init__(
        self,
        pattern: Any,
        starts: list[int],
        runs: Runs,
        firsts: frozenset[str],
        *,
        fold: bool,
    ) -> None:
        self.pattern = pattern
        self.starts = starts
        self.runs = runs
        self.firsts = firsts
        self.fold = fold
        self.text = runs.text

    def _candidates(self, start: int, end: int) -> list[int]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        out = self.starts[lo:hi]
        cut = self.runs.cut(end, start, self.firsts, self.fold)
        if cut is not None:
            k = bisect.bisect_left(out, cut)
            if k == len(out) or out[k] != cut:
                out.insert(k, cut)
        return out

    def search(self, start: int, end: int) -> Any:
        """What ``pattern.search(text, start, end)`` finds."""
        match = self.pattern.match
        text = self.text
        for p in self._candidates(start, end):
            m = match(text, p, end)
            if m is not None:
                return m
        return None

    def finditer(self, start: int, end: int) -> list[Any]:
        """What ``pattern.finditer(text, start, end)`` finds (the pattern
        matches no empty string)."""
        match = self.pattern.match
        text = self.text
        out = []
        pos = start
        for p in self._candidates(start, end):
            if p < pos:
                continue
            m = match(text, p, end)
            if m is not None:
                out.append(m)
                pos = m.end()
        return out


@functools.lru_cache(maxsize=8192)
def _opens_date(key: str) -> bool:
    return (
        key in _DATE_OPENERS
        or key[:3] in _MONTH_STEMS
        or not key.isascii()
        or key[0].isdigit()
    )


@functools.lru_cache(maxsize=8192)
def _hints_date(key: str) -> bool:
    return (
        not key.isascii()
        or any(h in key for h in _DATE_HINTS)
        or any(c.isdigit() for c in key)
    )


class DateFinder:
    """
    Date phrases of one document, tried only at the words that can open
    one. Only for a text whose case folding keeps every offset.

    Args:
        runs: The runs of ``\\w`` of the document.
    """

    def __init__(self, runs: Runs) -> None:
        self.text = runs.text
        self.runs = runs
        self.keys = runs.folded
        self.phrase = date_phrase()

    def _can_open(self, i: int, end: int) -> bool:
        """Whether a date phrase ending by *end* can open at run *i*."""
        starts, keys = self.runs.starts, self.keys
        key = keys[i]
        if (
            starts[i] + len(self.runs.raws[i]) <= end
            and key is not None
            and not _opens_date(key)
        ):
            return False
        for j in range(i, min(len(starts), i + _DATE_LEAD + 1)):
            if starts[j] >= end:
                break
            k = keys[j]
            if k is None or _hints_date(k):
                return True
        return False

    def match(self, pos: int, end: int) -> Any:
        """What ``date_phrase().match(text, pos, end)`` finds."""
        starts = self.runs.starts
        i = bisect.bisect_left(starts, pos)
        if i == len(starts) or starts[i] != pos or not self._can_open(i, end):
            return None
        return self.phrase.match(self.text, pos, end)

    def find(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """What ``find_dates(text, start, end)`` finds."""
        starts = self.runs.starts
        i = bisect.bisect_left(starts, start)
        out: list[tuple[int, int, str]] = []
        pos = start
        match = self.phrase.match
        text = self.text
        while i < len(starts) and starts[i] < end:
            p = starts[i]
            if p >= pos and self._can_open(i, end):
                m = match(text, p, end)
                if m is not None:
                    out.append((p, m.end(), m.group()))
                    pos = m.end()
            i += 1
        return out


class Scan:
    """
    The prefilters of one document: ``search``/``finditer`` of the
    stage's word-list patterns by name, tried at candidate starts only.

    Args:
        text: The document text.
        cues: The meeting lexicon.
        pats: The stage's patterns.
    """

    def __init__(self, text: str, cues: Cues, pats: Patterns) -> None:
        self.text = text
        self.patterns: dict[str, Any] = {
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
        self.firsts = cues.firsts
        self._runs: dict[str, Runs] = {}
        self._finders: dict[str, Finder | None] = {}
        self._dates: DateFinder | None = None
        # Date phrases are tried at words only when case folding keeps
        # every offset.
        self._foldable = len(text.casefold()) == len(text)

    def runs(self, chars: str) -> Runs:
        """The runs of ``[chars]`` of the document."""
        runs = self._runs.get(chars)
        if runs is None:
            runs = self._runs[chars] = Runs(self.text, chars)
        return runs

    def _finder(self, name: str) -> Finder | None:
        if name in self._finders:
            return self._finders[name]
        firsts = self.firsts.get(name)
        finder = None
        if firsts is not None:
            fold = name != "place"
            runs = self.runs(r"\w'" if fold else r"\w")
            starts = runs.starting(firsts, fold)
            if name == "left_boundary":
                starts = sorted({*starts, *self._dashes()})
            finder = Finder(
                self.patterns[name], starts, runs, firsts, fold=fold
            )
        self._finders[name] = finder
        return finder

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

    def _date_finder(self) -> DateFinder:
        if self._dates is None:
            self._dates = DateFinder(self.runs(r"\w"))
        return self._dates

    def search(self, name: str, start: int, end: int) -> Any:
        """``search`` of pattern *name* over ``text[start:end]``."""
        finder = self._finder(name)
        if finder is None:
            return self.patterns[name].search(self.text, start, end)
        return finder.search(start, end)

    def finditer(self, name: str, start: int, end: int) -> list[Any]:
        """The matches of pattern *name* in ``text[start:end]``."""
        finder = self._finder(name)
        if finder is None:
            return list(self.patterns[name].finditer(self.text, start, end))
        return finder.finditer(start, end)
