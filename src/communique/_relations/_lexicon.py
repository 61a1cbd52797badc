# SPDX-License-Identifier: MIT
"""
The cue lexicon ``lexicons/polarity.json``, checked and compiled.

:class:`PolarityLexicon` holds the relation nouns, verbs and modifiers
as :class:`Cue` objects (phrases compiled by :mod:`communique._phrases`)
and a :class:`CueIndex` by first word; the parser builds one and every
finder reads it through the per-document context.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs
import regex

from communique import _cache
from communique._lexicons import read_lexicon
from communique._phrases import PhraseError, expand, pattern_source
from communique.errors import LexiconError
from communique.model import Polarity, Trend

from ._kinds import KINDS


_SOURCE = "polarity.json"
FLAGS = regex.IGNORECASE | regex.VERSION1


@attrs.frozen(kw_only=True)
class Cue:
    """One lexicon entry: its phrases compiled, and what they mean."""

    pattern: regex.Pattern[str]
    polarity: Polarity | None
    kind: str = "relations"
    trend: Trend | None = None
    preps: tuple[str, ...] = ()
    #: Lower-case first words any match can start with (a match's first
    #: word is the run of ``[\w-]`` it starts with), or None when the key
    #: cannot be prefiltered (it is then scanned).
    words: frozenset[str] | None = None
    #: For nouns: the compiled ``preps`` pattern.
    prep_pattern: regex.Pattern[str] | None = None
    #: The same without case folding, for lower-cased ASCII text.
    prep_low: regex.Pattern[str] | None = None
    #: Whether every match is one run of ``[\w-]`` characters (so a
    #: match cannot run from an earlier word into a later one).
    single_word: bool = False
    #: The same pattern without case folding, for lower-cased ASCII
    #: text (None when the key cannot be read that way).
    low_pattern: regex.Pattern[str] | None = None


#: Pattern sources that mean the same without case folding: ASCII
#: without capitals, inline flags or escapes other than of punctuation
#: and ``\b \d \s \w`` (and the control characters).
_PLAIN_KEY = _cache.pattern(
    r"(?:[^A-Z\\(]|\\[bdfnrstvw]|\\[^A-Za-z0-9]"
    r"|\((?!\?[-a-zA-OQ-Z^]))*+"
)


def _caseless(pattern: regex.Pattern[str]) -> regex.Pattern[str] | None:
    """
    *pattern* without case folding, if it finds on lower-cased ASCII text
    what *pattern* finds there (its source is :data:`_PLAIN_KEY`).
    """
    source = pattern.pattern
    if not source.isascii() or _PLAIN_KEY.fullmatch(source) is None:
        return None
    return regex.compile(source, regex.VERSION1)


def lowered(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """:func:`_caseless` of a fixed pattern that has a caseless twin."""
    low = _caseless(pattern)
    if low is None:
        raise ValueError(f"no caseless twin: {pattern.pattern!r}")
    return low


#: Cue groups, in the order :class:`CueIndex` numbers them.
NOUNS, VERBS, MODIFIERS = 0, 1, 2


@attrs.frozen(kw_only=True)
class CueIndex:
    """Where the cues of a lexicon may start, by first word."""

    #: word -> (group, cue index) pairs whose matches may start with it.
    by_word: dict[str, tuple[tuple[int, int], ...]]
    #: :attr:`by_word` with ASCII-encoded keys.
    by_bytes: dict[bytes, tuple[tuple[int, int], ...]]
    #: The words, ASCII-encoded.
    words: frozenset[bytes]
    #: Per group, the cues that have words (in lexicon order).
    gated: tuple[tuple[int, ...], ...]
    #: Per group, the cues without words (searched directly).
    scanned: tuple[tuple[int, ...], ...]

    @classmethod
    def build(cls, groups: tuple[tuple[Cue, ...], ...]) -> CueIndex:
        by_word: dict[str, list[tuple[int, int]]] = {}
        for g, cues in enumerate(groups):
            for i, cue in enumerate(cues):
                for word in sorted(cue.words or ()):
                    by_word.setdefault(word, []).append((g, i))
        return cls(
            by_word={k: tuple(v) for k, v in by_word.items()},
            by_bytes={k.encode("ascii"): tuple(v) for k, v in by_word.items()},
            words=frozenset(w.encode("ascii") for w in by_word),
            gated=tuple(
                tuple(i for i, c in enumerate(cues) if c.words is not None)
                for cues in groups
            ),
            scanned=tuple(
                tuple(i for i, c in enumerate(cues) if c.words is None)
                for cues in groups
            ),
        )


#: A pattern that never matches (an empty optional section).
_NEVER = _cache.pattern("(?!)")


@attrs.frozen(kw_only=True)
class PolarityLexicon:
    """
    The cues of ``lexicons/polarity.json``, compiled.

    Attributes:
        nouns: Relation nouns ("cooperation", "war").
        verbs: Relation verbs ("supports", "warned").
        modifiers: Words that color a nearby noun ("warm", "cooled").
        hedges: Pattern of hedging words.
        negations: Pattern of negating words.
        topic_heads: Pattern of nouns that make a relation noun before
            them a topic ("trade talks with B"), matched right after it.
        acts: Pattern of "the move", "this decision": an act of the
            party named first in the sentence before, matched right
            after a hostile verb ("B criticized the move").
    """

    nouns: tuple[Cue, ...]
    verbs: tuple[Cue, ...]
    modifiers: tuple[Cue, ...]
    hedges: regex.Pattern[str]
    negations: regex.Pattern[str]
    topic_heads: regex.Pattern[str] = _NEVER
    acts: regex.Pattern[str] = _NEVER
    _index: CueIndex = attrs.field(init=False, eq=False, repr=False)
    #: :attr:`hedges` and :attr:`negations` for lower-cased ASCII text.
    _hedges_low: regex.Pattern[str] | None = attrs.field(
        init=False, eq=False, repr=False
    )
    _negations_low: regex.Pattern[str] | None = attrs.field(
        init=False, eq=False, repr=False
    )

    @_index.default
    def _make_index(self) -> CueIndex:
        return CueIndex.build((self.nouns, self.verbs, self.modifiers))

    @_hedges_low.default
    def _make_hedges_low(self) -> regex.Pattern[str] | None:
        return _caseless(self.hedges)

    @_negations_low.default
    def _make_negations_low(self) -> regex.Pattern[str] | None:
        return _caseless(self.negations)

    @classmethod
    def from_dict(cls, data: Any, source: str = _SOURCE) -> PolarityLexicon:
        """
        Build a lexicon from parsed JSON.

        Raises:
            LexiconError: A section is missing or an entry is malformed.

        Examples:
            >>> lex = PolarityLexicon.default()
            >>> bool(lex.nouns) and bool(lex.verbs)
            True
        """
        if not isinstance(data, dict):
            raise LexiconError(source, None, "top level must be an object")
        try:
            sections = {k: data[k] for k in _SECTIONS}
        except KeyError as e:
            raise LexiconError(source, None, f"missing section {e}") from e
        return cls(
            nouns=tuple(_cues(sections["nouns"], source, "nouns")),
            verbs=tuple(_cues(sections["verbs"], source, "verbs")),
            modifiers=tuple(
                _cues(sections["modifiers"], source, "modifiers")
            ),
            hedges=_word_list(sections["hedges"], source, "hedges"),
            negations=_word_list(
                sections["negations"], source, "negations"
            ),
            topic_heads=_after_list(
                data.get("topic_heads", []), source, "topic_heads", ""
            ),
            acts=_after_list(
                data.get("acts", []),
                source,
                "acts",
                r"(?:the|this|that|such|these|those)\s++(?:[\w-]++\s++){0,2}?",
            ),
        )

    @classmethod
    def default(cls) -> PolarityLexicon:
        """The shipped lexicon, compiled anew (a parser holds its own)."""
        return cls.from_dict(read_lexicon(_SOURCE))


#: The sections of the file, in order.
_SECTIONS = ("nouns", "verbs", "modifiers", "hedges", "negations")
#: A lexicon word: what a first word of a phrase must be to prefilter.
_PLAIN_WORD = _cache.pattern(r"[a-z0-9_-]++")


def _phrases(
    phrases: Any, source: str, entry: str
) -> tuple[str, list[tuple[str, ...]]]:
    """
    The pattern source of a list of phrases, and the word sequences
    they stand for, checked.
    """
    if not isinstance(phrases, list) or not phrases:
        raise LexiconError(source, entry, "expected a list of phrases")
    if not all(isinstance(p, str) for p in phrases):
        raise LexiconError(source, entry, "a phrase must be a string")
    try:
        seqs = [seq for p in phrases for seq in expand(p)]
        return pattern_source(phrases), seqs
    except PhraseError as e:
        raise LexiconError(source, entry, str(e)) from e


def _word_list(
    phrases: Any, source: str, entry: str
) -> regex.Pattern[str]:
    """A pattern finding any of *phrases* between word boundaries."""
    src, _ = _phrases(phrases, source, entry)
    return regex.compile(rf"\b{src}\b", FLAGS)


def _after_list(
    phrases: Any, source: str, entry: str, lead: str
) -> regex.Pattern[str]:
    """
    A pattern for any of *phrases* (an optional section) after white
    space and *lead*, ending a word; it never matches when empty.
    """
    if phrases == []:
        return _NEVER
    src, _ = _phrases(phrases, source, entry)
    return regex.compile(rf"(?<!\s)\s++{lead}{src}(?![\w-])", FLAGS)


def _lower_ascii(seqs: list[tuple[str, ...]]) -> bool:
    """Whether every word of *seqs* is lower-case ASCII."""
    return all(
        w.isascii() and w == w.lower() for seq in seqs for w in seq
    )


def _first_words(seqs: list[tuple[str, ...]]) -> frozenset[str] | None:
    r"""
    The lower-case first words (runs of ``[\w-]``) any match can start
    with, or None when one is not a plain ASCII word (the cue is then
    scanned).
    """
    words = {seq[0].lower() for seq in seqs}
    if all(_PLAIN_WORD.fullmatch(w) for w in words):
        return frozenset(words)
    return None


def _cues(section: Any, source: str, name: str) -> Iterator[Cue]:
    if not isinstance(section, list):
        raise LexiconError(source, name, "a section must be a list")
    for i, spec in enumerate(section):
        entry = f"{name}[{i}]"
        if not isinstance(spec, dict):
            raise LexiconError(source, entry, "entry must be an object")
        phrases = spec.get("phrases")
        if isinstance(phrases, list) and phrases:
            entry = f"{entry} {phrases[0]!r}"
        src, seqs = _phrases(phrases, source, entry)
        unknown = set(spec) - {"phrases", "polarity", "kind", "trend", "preps"}
        if unknown:
            raise LexiconError(
                source, entry, f"unknown keys {sorted(unknown)}"
            )
        cue_src = rf"(?<![\w-])(?=[\w-]){src}(?![\w-])"
        try:
            pol = spec.get("polarity")
            trend = spec.get("trend")
            kind = spec.get("kind", "relations")
            preps = tuple(spec.get("preps", ()))
            if not all(isinstance(p, str) and p.strip() for p in preps):
                raise ValueError("preps must be non-empty strings")
            prep = _prep_pattern(preps) if preps else None
            cue = Cue(
                pattern=regex.compile(cue_src, FLAGS),
                polarity=None if pol is None else Polarity(pol),
                kind=kind,
                trend=None if trend is None else Trend(trend),
                preps=preps,
                words=_first_words(seqs),
                prep_pattern=prep,
                prep_low=None if prep is None else _caseless(prep),
                single_word=all(
                    len(seq) == 1 and _PLAIN_WORD.fullmatch(seq[0].lower())
                    for seq in seqs
                ),
                low_pattern=regex.compile(cue_src, regex.VERSION1)
                if _lower_ascii(seqs)
                else None,
            )
        except (ValueError, TypeError) as e:
            raise LexiconError(source, entry, str(e)) from e
        if cue.kind not in KINDS:
            raise LexiconError(source, entry, f"unknown kind {cue.kind!r}")
        if name == "nouns" and not cue.preps:
            raise LexiconError(source, entry, "a noun needs 'preps'")
        yield cue


def _prep_pattern(preps: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(
        r"\b(?:" + "|".join(map(regex.escape, preps)) + r")\s+", FLAGS
    )
