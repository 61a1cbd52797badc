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
before a word that can come second (:func:`._cues.second_words`).
When *end* cuts a word, the part before it may spell another word: that
word and the word before it are tried too.

:class:`Scan` builds these look-ups for one document from the words of
:mod:`._runs` and the date look-ups of :mod:`._datescan`; the clause
readers (:mod:`._actors`, :mod:`._places`, :mod:`._clause`) use them.
"""

from __future__ import annotations

import itertools
import typing

from typing import Any

from ._cues import Cues
from ._datescan import Dates, PlainDates
from ._patterns import Patterns
from ._runs import Finder, Plain, Runs


__all__ = ["Scan"]


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
        runs = Runs(text)
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
        self.cue: dict[str, Plain] = {}
        for name, pattern in patterns.items():
            words_of = firsts.get(name)
            if words_of is None:
                self.cue[name] = Plain(pattern, text)
                continue
            starts = found[name]
            extra = [*(apostrophes if "'" in words_of else ())]
            if name == "left_boundary":
                extra.extend(self._dashes(';:()"'))
            elif name == "right_boundary":
                extra.extend(self._dashes(';:()",'))
            if extra:
                starts = sorted({*starts, *extra})
            self.cue[name] = Finder(pattern, starts, runs)
        # Date phrases are tried at words only when case folding keeps
        # every offset (as the date hint assumes).
        self.dates = Dates(runs) if runs.foldable else PlainDates(text)

    @staticmethod
    def _words(runs: Runs, cues: Cues) -> dict[str, list[int]]:
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
