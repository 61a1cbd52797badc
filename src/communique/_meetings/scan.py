# SPDX-License-Identifier: MIT
"""
Prefilters for stage 5a: where in one document a word-list pattern or a
date phrase can start, so that each pattern runs at those few places
instead of scanning every clause character by character.

A word-list pattern (``(?<![\\w'])(?:phrase|...)``) can only match at
the start of a word (a run of ``\\w``) that spells the first word of one
of its phrases, case-insensitively (or at an apostrophe, when a phrase
opens with one: "'ll"); a date phrase only at a
word that can open one and lies at most four words before a word that
holds a month, weekday, unit or digit. The runs of the document are
found once; a look-up then tries the pattern with
``pattern.match(text, pos, end)`` at the candidate starts in order,
which finds what ``search``/``finditer`` over ``text[start:end]`` would.
A word that opens only phrases of two words or more is a candidate only
before a word that can come second (:func:`._meetings_cues.second_words`).
When *end* cuts a word, the part before it may spell another word: that
word and the word before it are tried too.
"""

from __future__ import annotations

import bisect
import itertools
import string
import typing

from collections.abc import Iterator
from typing import Any

from communique import _cache
from communique._dates import DATE_PHRASE

from .cues import Cues
from .patterns import Patterns


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


_ASCII_WORD = frozenset(string.ascii_letters + string.digits + "_")


# Split on words, keeping them: text = gap, word, gap, ..., gap.
_RUN = _cache.pattern(r"(\w+)")


class _Runs:
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


class _Plain:
    """A pattern scanned as is, with the look-ups of :class:`_Finder`."""

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


class _Finder(_Plain):
    """
    A pattern with the sorted positions where its matches can start.

    Args:
        pattern: The compiled pattern.
        starts: The candidate starts; a look-up whose end cuts a word
            tries that word too.
        runs: The words of the text.
    """

    def __init__(self, pattern: Any, starts: list[int], runs: _Runs) -> None:
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


class _PlainDates:
    """Date phrases found by scanning, with the look-ups of
    :class:`_Dates`."""

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


class _Dates(_PlainDates):
    """
    Date phrases of one document whose case folding keeps every offset,
    tried only at the words that can open one and have a hint within
    reach (and at a word the end of a look-up cuts).

    Args:
        runs: The words of the document.
    """

    def __init__(self, runs: _Runs) -> None:
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


class Scan:
    """
    The prefilters of one document.

    Attributes:
        cue: Pattern name (an attribute of :class:`Cues`, a status name
            or ``left_boundary``) -> its look-ups, ``search(start, end)``
            and ``finditer(start, end)``.
        dates: The date look-ups, ``match(pos, end)`` and
            ``find(start, end)``.

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
            "right_boundary": pats.right_boundary,
            "topic": pats.topic,
            "topic_after": pats.topic_after,
            "pronoun": pats.pronoun,
            **cues.status,
        }
        runs = _Runs(text)
        firsts = cues.firsts
        found = self._words(runs, cues)
        found["place"] = list(
            itertools.compress(
                runs.starts,
                map((firsts["place"] or ()).__contains__, runs.raws),
            )
        )
        # A pattern also starts at the apostrophe of "'ll".
        apostrophes = self._find("'")
        self.cue: dict[str, _Plain] = {}
        for name, pattern in patterns.items():
            words_of = firsts.get(name)
            if words_of is None:
                self.cue[name] = _Plain(pattern, text)
                continue
            starts = found[name]
            extra = [*(apostrophes if "'" in words_of else ())]
            if name == "left_boundary":
                extra.extend(self._dashes(';:()"'))
            elif name == "right_boundary":
                extra.extend(self._dashes(';:()",'))
            if extra:
                starts = sorted({*starts, *extra})
            self.cue[name] = _Finder(pattern, starts, runs)
        # Date phrases are tried at words only when case folding keeps
        # every offset (as the date hint assumes).
        self.dates = _Dates(runs) if runs.foldable else _PlainDates(text)

    @staticmethod
    def _words(runs: _Runs, cues: Cues) -> dict[str, list[int]]:
        """Pattern name -> the sorted starts of the words it can start
        at, for the word-list patterns (a word whose folding changes its
        length: all of them)."""
        owners = cues.owners
        found: dict[str, list[int]] = {
            name: [] for name, words_of in cues.firsts.items() if words_of
        }
        keys = runs.folded
        starts = runs.starts
        if None in keys:
            everyone = tuple(n for n in found if n != "place")
            for i, k in enumerate(keys):
                for name in everyone if k is None else owners.get(k, ()):
                    found[name].append(starts[i])
            return found
        words = typing.cast(list[str], keys)
        seconds = cues.seconds
        last = len(words) - 1
        for i in itertools.compress(
            range(len(words)), map(owners.__contains__, words)
        ):
            word = words[i]
            after = words[i + 1] if i < last else ""
            for name in owners[word]:
                follow = seconds.get(name, {}).get(word)
                if follow is None or after in follow or not after.isascii():
                    found[name].append(starts[i])
        return found

    def _find(self, chars: str) -> list[int]:
        """The offsets of *chars* in the text."""
        text = self.text
        out: list[int] = []
        for ch in chars:
            at = text.find(ch)
            while at >= 0:
                out.append(at)
                at = text.find(ch, at + 1)
        return out

    def _dashes(self, marks: str) -> list[int]:
        """Where a clause boundary of punctuation can start: at one of
        *marks*, at a dash, or at the space before ``-`` or ``_``."""
        dashes = self._find("-_")
        return [
            *self._find(marks),
            *dashes,
            *(at - 1 for at in dashes if at),
        ]
