# SPDX-License-Identifier: MIT
"""
Stage 5c: resolved mentions -> relationships.

A relationship is what the text says about the relation between two
actors; a meeting alone is not one. The stage reads each sentence with
the cue lexicon ``lexicons/polarity.json`` (phrases, compiled by
:mod:`communique._phrases`; its verbs and nouns span the CAMEO root
categories) and these patterns:

* **between**: a relation noun before ``between A and B`` ("cooperation
  between Seoul and Tokyo", "relations between the two countries").
* **compound**: ``A-B`` before a relation noun ("Moscow-Pyongyang ties",
  "Sino-Kenyan cooperation", "Polish-Latvian relations").
* **noun + preposition**: ``A's war against B``, ``trade with B``,
  ``its condemnation of B``, ``aid to B and C``; the agent is the
  possessor or the clause subject.
* **verb**: ``A supports B``, ``A warned B``, ``A condemned B's ...``,
  ``A aligns with B and C``; passives (``B, which is backed by A``) and
  relative clauses (``A, which supports B``).
* **acts of violence and force** (CAMEO 15, 17, 18, 19): ``A killed
  two B soldiers``, ``A seized a B ship``, ``A's attack on B``; the
  subject must stand next to the verb, the object close after it and
  not after "in" or "at" (a place), and a verb of blame before the noun
  ("A condemned the attack on B") makes it no act of A.
* **another party's act**: ``A vetoed the plan. B criticized the
  move.``: "the move" is the act of the party that opens the sentence
  before (the ``acts`` section of the lexicon).
* **the two countries**: "the two countries", "both sides", "the two
  leaders", "friendly countries" stand for the two states most recently
  named together.
* **subject lists**: "Washington and Tokyo condemned B" gives a
  relationship for each subject.
* **members**: "NATO member Turkey", "ASEAN, which groups A, B and C",
  "A is a member of B"; **bans**: "A is banned in B"; **copula**: "A is
  B's largest trading partner".
* **special**: ``A frames B as hostile``, ``a point of contention for
  A``, ``A would not accept a B defeat``, ``no ill feelings in A toward
  B``.

Modifiers near the cue ("warm", "strained", "had cooled", "improvement")
set polarity and trend: cooperative and hostile cues together give
``mixed``. A negated cue ("no longer supports") or a proposal ("urged A
to restore ties with B") gives nothing. Hedges ("potentially", "may")
set ``hedged``.

Kinds form a closed vocabulary: ``alliance``, ``military_cooperation``,
``cooperation``, ``support``, ``trade``, ``aid``, ``agreement``,
``diplomatic_ties``, ``friendship``, ``rivalry``, ``tension``,
``dispute``, ``territorial_dispute``, ``war``, ``conflict``,
``sanctions``, ``condemnation``, ``threat``, ``protest``, ``relations``,
``assault``, ``coercion``, ``force_posture``, ``rejection``,
``concession``.
"""

from __future__ import annotations

import bisect
import itertools

from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import regex

from . import _cache
from ._lexicons import read_lexicon
from ._phrases import PhraseError, expand, pattern_source
from ._types import Document, ResolvedMention, Sentence
from .errors import LexiconError
from .model import ActorKind, Polarity, Relationship, Span, Trend


__all__ = ["KINDS", "PolarityLexicon", "find_relationships"]

#: The closed vocabulary of :attr:`Relationship.kind`.
KINDS = frozenset(
    {
        "alliance",
        "military_cooperation",
        "cooperation",
        "support",
        "trade",
        "aid",
        "agreement",
        "diplomatic_ties",
        "friendship",
        "rivalry",
        "tension",
        "dispute",
        "territorial_dispute",
        "war",
        "conflict",
        "sanctions",
        "condemnation",
        "threat",
        "protest",
        "relations",
        "assault",
        "coercion",
        "force_posture",
        "rejection",
        "concession",
    }
)

_SOURCE = "polarity.json"
_FLAGS = regex.IGNORECASE | regex.VERSION1


@attrs.frozen(kw_only=True)
class _Cue:
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


def _lowered(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """:func:`_caseless` of a fixed pattern that has a caseless twin."""
    low = _caseless(pattern)
    if low is None:
        raise ValueError(f"no caseless twin: {pattern.pattern!r}")
    return low


#: Cue groups, in the order :class:`_CueIndex` numbers them.
_NOUNS, _VERBS, _MODIFIERS = 0, 1, 2


@attrs.frozen(kw_only=True)
class _CueIndex:
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
    def build(cls, groups: tuple[tuple[_Cue, ...], ...]) -> _CueIndex:
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

    nouns: tuple[_Cue, ...]
    verbs: tuple[_Cue, ...]
    modifiers: tuple[_Cue, ...]
    hedges: regex.Pattern[str]
    negations: regex.Pattern[str]
    topic_heads: regex.Pattern[str] = _NEVER
    acts: regex.Pattern[str] = _NEVER
    _index: _CueIndex = attrs.field(init=False, eq=False, repr=False)
    #: :attr:`hedges` and :attr:`negations` for lower-cased ASCII text.
    _hedges_low: regex.Pattern[str] | None = attrs.field(
        init=False, eq=False, repr=False
    )
    _negations_low: regex.Pattern[str] | None = attrs.field(
        init=False, eq=False, repr=False
    )

    @_index.default
    def _make_index(self) -> _CueIndex:
        return _CueIndex.build((self.nouns, self.verbs, self.modifiers))

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
    return regex.compile(rf"\b{src}\b", _FLAGS)


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
    return regex.compile(rf"(?<!\s)\s++{lead}{src}(?![\w-])", _FLAGS)


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


def _cues(section: Any, source: str, name: str) -> Iterator[_Cue]:
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
            cue = _Cue(
                pattern=regex.compile(cue_src, _FLAGS),
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
        r"\b(?:" + "|".join(map(regex.escape, preps)) + r")\s+", _FLAGS
    )


#: ASCII characters outside ``[\w-]``: what can end a word.
_NON_WORD = "".join(
    c for c in map(chr, range(128)) if not (c.isalnum() or c in "_-")
)
_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
#: Maps lower-cased ASCII text to its words separated by spaces.
_SPACES = bytes.maketrans(
    _NON_WORD.encode("ascii"), b" " * len(_NON_WORD)
)




# --------------------------------------------------------------------------
# Fixed patterns

_BOUNDARY = _cache.pattern(
    r";|:|\s[-\u2013\u2014]\s|\b(?:but|while|whereas|although|though"
    r"|however|when|after|because)\b",
    _FLAGS,
)
#: The words of :data:`_BOUNDARY`.
_BOUNDARY_WORDS = frozenset(
    b"but while whereas although though however when after because".split()
)
#: :data:`_BOUNDARY` for lower-cased ASCII text.
_BOUNDARY_LOW = _cache.pattern(_BOUNDARY.pattern, regex.VERSION1)
_PREP_BEFORE = _cache.pattern(
    r"\b(?:with|to|toward|towards|against|into|on|at|in|for|between|among"
    r"|about|over|of|than|including|join|visit|visiting)\s+(?:the\s+)?$",
    _FLAGS,
)
_RELATIVE = _cache.pattern(
    r"^(?<!\s)\s*+,?\s*+(?:which|who|that)\s++(?:\w++\s++){0,3}?$", _FLAGS
)
_LIST_GLUE = _cache.pattern(
    r"^(?:\s*,\s*|\s+)(?:and\s+|or\s+|as\s+well\s+as\s+)?"
    r"(?:(?:potentially|possibly|perhaps|also|even)\s+)?$",
    _FLAGS,
)
_BETWEEN = _cache.pattern(r"\bbetween\s+", _FLAGS)
#: What may open a clause before its subject list: "On Monday, ",
#: "In Tokyo, ", "Both".
_SUBJECTS_LEAD = _cache.pattern(
    r"[\s\"(]*+(?:(?:on|in|at|late|early|last|earlier|later|this)"
    r"(?:\s++[\w.-]++){1,3}?\s*+,\s*+)?"
    r"(?:(?:both|but|and|meanwhile|now|the|also)\s++)?",
    _FLAGS,
)
#: "A is banned in B": the gap between the two parties.
_BANNED_IN = _cache.pattern(
    r"(?<!\s)\s*+,?\s*+(?:which\s++|that\s++)?(?:is|are|was|were|has\s++been"
    r"|have\s++been|had\s++been|remains?|remained)\s++"
    r"(?:(?:\w+ly|now|still|also|long)\s++){0,2}"
    r"(?:banned|outlawed|proscribed|illegal|forbidden)\s++in\s++",
    _FLAGS,
)
#: Title words between a body and its person: "Hamas chief ", "'s
#: exiled leader ".
_TITLE_GAP = _cache.pattern(
    r"(?<!\s)(?:'s?)?[ \t]++(?:(?:chief|leader|head|founder|spokesman|spokeswoman"
    r"|official|envoy|ambassador|president|minister|secretary|chairman"
    r"|commander|general|premier|exiled|former|deputy|senior|top|political"
    r"|military|foreign|prime|defen[cs]e|vice|acting|[A-Z][\w.-]*+)[ \t]++)"
    r"{1,5}+",
)
#: A past-tense first word: "attacked", "fought", "struck".
_PAST = _cache.pattern(
    r"\b(?:[\w-]{0,24}?ed|fought|struck|shot|sent|stood|won|lent|broke|cut"
    r"|gave|threw|led|met|hit)\b",
    _FLAGS,
)
#: "A is B's partner": the gap between subject and possessor.
_COPULA = _cache.pattern(
    r"(?<!\s)(?:\s*+,)?\s++(?:is|are|was|were|has\s++been|have\s++been|remains?"
    r"|remained|became|becomes|become)\s++(?:(?:still|now|also|long)\s++)?",
    _FLAGS,
)
#: After a body: "member Turkey", "'s new members include Poland".
_MEMBERS = _cache.pattern(
    r"(?<![\s'])(?:'s\s++(?:[\w-]++\s++)?members?|\s++members?"
    r"|\s*+,?\s++(?:which\s++|that\s++)?(?:also\s++|now\s++)?"
    r"(?:groups|grouped|grouping|comprises|comprised|comprising|brings\s++together"
    r"|bringing\s++together|consists\s++of|consisting\s++of"
    r"|(?:is\s++)?made\s++up\s++of|includes|including))"
    r"(?:\s++(?:states?|countries|nations|governments))?"
    r"(?:\s*+[,:])?\s++(?:(?:include|includes|included|including|are|such\s++as)\s++)?"
    r"(?:the\s++)?",
    _FLAGS,
)
#: "member", "members"; and what makes them any members, not the
#: subject's membership: "the members of", "among its members".
_MEMBER = _cache.pattern(r"members?\b", _FLAGS)
_MEMBER_GAP = _cache.pattern(
    r"(?<!\s)(?:\s*+,\s*+|(?:\s++[a-z]++){0,2}?\s++(?:is|are|was|were|has\s++been"
    r"|have\s++been|became"
    r"|become|becomes|remains?|remained|to\s++become)\s++)"
    r"(?:(?:also|now|still|already|long)\s++)?(?:(?:a|an|the|all)\s++)?"
    r"(?:[\w-]++\s++)?",
    _FLAGS,
)
_ANY_MEMBERS = _cache.pattern(
    r"\b(?:the|its|their|other|among|between)\s++(?:[\w-]++\s++)?$",
    _FLAGS,
)
_MEMBER_WORDS = ("member", "group", "compris", "together", "consist", "made up", "includ")
#: "join", and what makes it part of a noun: "its bid to join".
_JOIN = _cache.pattern(r"join|acced|admit", _FLAGS)
_BID_TO = _cache.pattern(
    r"\b(?:bid|bids|application|attempt|attempts|effort|efforts|drive|quest"
    r"|aim|hopes?|desire|request|plans?|ambitions?|campaign)\s++to\s++$",
    _FLAGS,
)
#: Verbs whose party is their direct object, right after them
#: ("joined NATO", "banned Hamas", "imposed tariffs on B"), and those
#: of them that take no person ("lent Kenya $2m", "joined the EU").
_DIRECT = _cache.pattern(
    r"join|acced|ban|outlaw|proscri|oust|toppl|overth|depos|lend|lent|help"
    r"|loan|suspend|founded|co-?founded|impos|slap|levy|levie|suppl|provi"
    r"|furni",
    _FLAGS,
)
_DIRECT_GAP = _cache.pattern(r"(?<!\s)\s++(?:the\s++)?", _FLAGS)
_NO_PERSON = _cache.pattern(
    r"join|acced|lend|lent|loan|suppl|provi|furni|help", _FLAGS
)
#: "summon", and the envoy that must follow its party.
_SUMMON = _cache.pattern(r"summon", _FLAGS)
_ENVOY_AFTER = _cache.pattern(
    r"(?<![ \t])(?:'s)?[ \t]++(?:[\w-]++[ \t]++)?"
    r"(?:ambassador|envoy|diplomat|charg|consul)",
    _FLAGS,
)
#: "bilateral", and "between" right after its noun.
_BILATERAL = _cache.pattern(r"\bbilateral\b", _FLAGS)
_BETWEEN_AHEAD = _cache.pattern(r"\s++between\b", _FLAGS)
#: A sentence that opens with "It" and a verb group: "It has also ".
_IT_SUBJECT = _cache.pattern(
    r"[\s\"(]*+it(?:[ \t\n]++(?:has|had|have|will|would|also|has|was|is"
    r"|strongly|repeatedly|firmly|further|again|then|already|later|once)){0,3}+"
    r"[ \t\n]++",
    _FLAGS,
)
#: Kinds of verbs that relate the parties of a subject list to each
#: other when they have no object: "A and B agreed to cooperate".
_JOINT_KINDS = frozenset({"cooperation", "war", "conflict", "dispute"})
#: Verbs of a joint act that take no object ("work together"), and
#: the gap from a subject list to them: a few lower-case words, no
#: reporting verb ("A and B said analysts fought" is no joint act).
_INTRANSITIVE = _cache.pattern(
    r"(?:together|hands|cooperat\w*|co-operat\w*|collaborat\w*)$", _FLAGS
)
_JOINT_GAP = _cache.pattern(
    r"(?:[ \t\n]++(?!(?:said|says|say|told|tell|tells|reported|stated|added"
    r"|noted|claimed|argued|insisted|warned|believe|believes)\b)[a-z]++){0,5}+"
    r"[ \t\n]++",
)
#: Verbs of supplying, whose recipient comes before "with".
_SUPPLY = _cache.pattern(r"(?:suppl|provi|furni)", _FLAGS)
_WITH_AFTER = _cache.pattern(r"(?<!\s)\s++with\b", _FLAGS)
#: The glue of a subject list: a comma, "and", "or", "as well as".
_AND_GLUE = _cache.pattern(
    r"(?<!\s)\s*+(?:,\s*+(?:and\s++|or\s++)?|and\s++|or\s++|as\s++well\s++as\s++)$",
    _FLAGS,
)
_PAIR_NOUN = (
    r"(?:countries|nations|neighbou?rs|sides|states|governments|allies"
    r"|capitals|leaders|presidents|premiers|heads\s+of\s+state)\b"
)
_TWO = _cache.pattern(
    r"\b(?:the\s+two|both|these\s+two|the\s+two\s+[\w-]+)"
    r"(?:\s+[\w-]+)?\s+"
    + _PAIR_NOUN
    + r"|\b(?:the\s+two|both)\s+"
    + _PAIR_NOUN
    + r"|\bfriendly\s+(?:countries|nations|neighbou?rs)\b",
    _FLAGS,
)
#: After "between": "between the traditionally close countries".
_TWO_LOOSE = _cache.pattern(
    r"(?:the|these|both)(?:\s+[\w-]+){0,3}?\s+" + _PAIR_NOUN, _FLAGS
)
_FRIENDLY = _cache.pattern(r"\bfriendly\b", _FLAGS)
_HYPHEN = _cache.pattern(r"^\s?[-\u2013\u2014/]\s?$")
# what may open a clause before its subject list: "Both", "The", "But"
_LIST_LEAD = _cache.pattern(
    r"[\s\"(]*+(?:(?:both|but|and|meanwhile|now|the|on\s++\w++)\s++)?", _FLAGS
)
# a subject list's verb phrase up to its object noun: "signed a trade",
# "agreed to deepen their economic"; a lower-case word that is no
# preposition or determiner opens it; no clause break, at most 8 words
_SUBJECT_VERB = _cache.pattern(
    r"(?<!\s)\s++(?!(?:of|in|on|at|for|with|to|from|by|the|a|an|who|which|that|"
    r"as|than|into|over|under|after|before|during|against|between)\b)"
    r"[a-z]++\b(?:\s++[\w'-]++){0,7}?\s*+$"
)
_SINO = _cache.pattern(r"\bSino[-\u2013]", _FLAGS)
_PASSIVE = _cache.pattern(
    r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", _FLAGS
)
_PASSIVE_SUBJECT = _cache.pattern(
    r"(?<!\s)\s*+,?\s*+(?:which\s+|who\s+|that\s+)?(?:is|are|was|were|has\s+been"
    r"|have\s+been|had\s+been|being)\s+(?:\w+ly\s+)?$",
    _FLAGS,
)
_BY = _cache.pattern(r"\s+by\s+", _FLAGS)
_APPEAL = _cache.pattern(
    r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on"
    r"|press(?:es|ed|ing)?|persuad(?:e|es|ed|ing)|pressur(?:e|es|ed|ing))"
    r"\b[^;.]{0,60}?\bto\s+(?:\w+\s+){0,2}$",
    _FLAGS,
)
_NOT_ACCEPT = _cache.pattern(
    r"\b(?:would|will|could|does|do|did)\s+not\s+(?:accept|allow|tolerate"
    r"|countenance)\s+(?:an?\s+|the\s+)?(?P<obj>\w[\w\s'-]{0,30}?)\s+"
    r"(?:defeat|loss|collapse)\b",
    _FLAGS,
)
_FRAMES = _cache.pattern(
    r"\b(?:frames?|framed|framing|portray(?:s|ed|ing)?|views?|viewed"
    r"|sees|saw|regards?|regarded|describes?|described|brands?|branded"
    r"|labels?|labell?ed|considers?|considered|calls?|called|treats?"
    r"|treated|designates?|designated|designating|lists?|listed)\s+$",
    _FLAGS,
)
_AS_HOSTILE = _cache.pattern(
    r"^[\s']*(?:s\s+)?(?:as\s+(?:an?\s+|the\s+)?|an?\s+|the\s+)"
    r"(?:[\w-]+\s+(?:and\s+)?){0,4}?"
    r"(?:hostile|enemy|enemies|adversary|adversaries|foe|threat|rogue"
    r"|aggressor|terrorist|terror|renegade|pariah)\b",
    _FLAGS,
)
_AS_FRIEND = _cache.pattern(
    r"^[\s']*(?:s\s+)?as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+(?:and\s+)?){0,4}?"
    r"(?:ally|allies|partner|partners|friend|friends)\b",
    _FLAGS,
)
_CONTENTION = _cache.pattern(
    r"\b(?:point|source|bone|issue)s?\s+of\s+(?:contention|friction"
    r"|tension|dispute|discord)\s+(?:for|with|to)\s+$",
    _FLAGS,
)
_NO_ILL = _cache.pattern(
    r"\bno\s+(?:ill\s+feelings?|hatred|hostility|animosity|resentment"
    r"|bitterness)\s+(?:in|among|from)\s+$",
    _FLAGS,
)
#: The verbs of :data:`_FRAMES` (lower-case).
_FRAME_FORMS = (
    "brand",
    "branded",
    "brands",
    "call",
    "called",
    "calls",
    "consider",
    "considered",
    "considers",
    "describe",
    "described",
    "describes",
    "frame",
    "framed",
    "frames",
    "framing",
    "label",
    "labeled",
    "labelled",
    "labels",
    "portray",
    "portrayed",
    "portraying",
    "portrays",
    "regard",
    "regarded",
    "regards",
    "saw",
    "sees",
    "treat",
    "treated",
    "treats",
    "view",
    "viewed",
    "views",
    "designate",
    "designated",
    "designates",
    "designating",
    "list",
    "listed",
    "lists",
)
#: Last words of :data:`_CONTENTION` and :data:`_NO_ILL` matches.
_CONTENTION_ENDS = ("for", "with", "to")
_ILL_ENDS = ("in", "among", "from")
#: Last words of any of the three.
_SPECIAL_ENDS = _FRAME_FORMS + _CONTENTION_ENDS + _ILL_ENDS
#: Words that :data:`_CONTENTION` and :data:`_NO_ILL` matches hold
#: (lower-case).
_CONTENTION_WORDS = ("contention", "friction", "tension", "dispute", "discord")
_ILL_WORDS = (
    "feeling",
    "hatred",
    "hostility",
    "animosity",
    "resentment",
    "bitterness",
)
_TOWARD = _cache.pattern(r"^\s+(?:toward|towards|against|for)\s+$", _FLAGS)
_WAR_ON = _cache.pattern(
    r"\b(?:war|invasion|attacks?|strikes|campaign|offensive|aggression)"
    r"\s+(?:on|against|in)\s+$",
    _FLAGS,
)
_BARE = _cache.pattern(r"support|back|attack|protest|threat|sanction", _FLAGS)
_TOPIC = _cache.pattern(
    r"\b(?:discuss\w*|talk\w*|including|issues?|topics?|views|agenda"
    r"|raised|touched)\b",
    _FLAGS,
)
_SUPPORT = _cache.pattern(r"support|back|endors", _FLAGS)
_DETERMINER = _cache.pattern(
    r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that)|'s)"
    r"\s+(?:[\w-]+\s+)?$",
    _FLAGS,
)
_POSSESSOR = _cache.pattern(
    r"^(?:'s?)?\s+(?:[\w-]+\s+){0,2}?$|^(?:'s?)?\s+$|^-led\s+$", _FLAGS
)
_COORDINATED = _cache.pattern(
    r"^(?:'s\s+[\w-]+)?\s+(?:[\w-]+\s+){0,3}?(?:,\s*)?and\s+"
    r"(?:\w+ly\s+)?$",
    _FLAGS,
)
_BROKEN_BY = _cache.pattern(
    r"\s*,?\s*(?:which\s+(?:was|were|had\s+been)\s+)?"
    r"(?:broken\s+off|severed|cut|cut\s+off|suspended|frozen)\s+by\s+",
    _FLAGS,
)
_APPEAL_ANY = _cache.pattern(
    r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on"
    r"|press(?:es|ed|ing)?|persuad(?:e|es|ed|ing))\b",
    _FLAGS,
)

#: Twins of fixed patterns for lower-cased ASCII text (faster).
_APPEAL_LOW = _lowered(_APPEAL)
_COORDINATED_LOW = _lowered(_COORDINATED)
_POSSESSOR_LOW = _lowered(_POSSESSOR)
_PREP_BEFORE_LOW = _lowered(_PREP_BEFORE)
_RELATIVE_LOW = _lowered(_RELATIVE)
_APPEAL_ANY_LOW = _lowered(_APPEAL_ANY)
_DETERMINER_LOW = _lowered(_DETERMINER)
_PASSIVE_LOW = _lowered(_PASSIVE)
_TOPIC_LOW = _lowered(_TOPIC)
_TWO_LOW = _lowered(_TWO)
_WAR_ON_LOW = _lowered(_WAR_ON)

# case-sensitive, as they always were
_GAP_BETWEEN = _cache.pattern(r"(?<!\s)\s++(?:\w++\s++){0,2}?(?=between\b)")
_WITH = _cache.pattern(r"\s+with\s+")
_BETWEEN_END = _cache.pattern(r"between\s+$")

#: A run of ``[\w-]`` characters (no case folding: it is slower).
_RUN = _cache.pattern(r"[\w-]++", regex.VERSION1)
_WORD_CH = _cache.pattern(r"[\w-]", _FLAGS)


def _word_ch(text: str, i: int) -> bool:
    """Whether ``text[i]`` matches ``[\\w-]``."""
    c = text[i]
    if c.isascii():
        return c.isalnum() or c in "_-"
    return _WORD_CH.match(c) is not None


_OBJECT_REACH = 48

#: Kinds of acts (violence, coercion, vetoes) whose subject must stand
#: next to the verb and whose object is no place.
_STRICT_KINDS = frozenset({"assault", "coercion", "force_posture", "rejection"})
#: What may stand between such a subject and its verb: "Chad's army
#: on Tuesday", "forces loyal to the government have", at most 6
#: words, no comma or clause word.
_NEAR_AGENT = _cache.pattern(
    r"(?:'s?)?(?:\s++(?!(?:who|which|that|where|when|while|after|and|but)\b)"
    r"[\w'-]++){0,6}+\s*+",
    _FLAGS,
)
#: Kinds of nouns that name their other party in apposition ("A's
#: ally B"), and the gap between noun and party.
_APPOSED_KINDS = frozenset({"alliance", "rivalry"})
_APPOSED_GAP = _cache.pattern(r",?[ \t]++(?:the[ \t]++)?")
#: A genitive after a possessor: "Russia's", "the allies' ".
_GENITIVE = _cache.pattern(r"['\u2019]s?\s")
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
#: Kinds of verbs that can take another party's act as object.
_ACT_KINDS = frozenset(
    {"condemnation", "protest", "rejection", "dispute", "support"}
)
#: Kinds of verbs of blame: their object may be an act.
_BLAME_KINDS = _ACT_KINDS - {"support"}
#: Kinds of nouns of violence and force, whose agent is the subject
#: of the clause only when no verb of judgement stands between.
_EVENT_KINDS = frozenset(
    {"war", "conflict", "assault", "coercion", "sanctions", "condemnation"}
)
#: How far into a sentence its subject may start.
_SUBJECT_REACH = 40
#: What may stand between such a verb and its object: "two Iranian",
#: "the 10 American"; at most 4 words, no clause or infinitive.
_NEAR_OBJECT = _cache.pattern(
    r"(?:\s++(?!(?:to|that|which|who|and|but|because|if)\b)[^\s,;:]++){0,4}+"
    r"\s*+",
    _FLAGS,
)
#: A preposition of place right before an object: "in Nairobi".
_PLACE_BEFORE = _cache.pattern(
    r"\b(?:in|at|near|outside|inside|across|from|on|around)\s++(?:the\s++)?$",
    _FLAGS,
)
_AGENT_REACH = 160
#: Kinds of relation a state may hold with an organization of its own
#: country (an armed group, a party it bans, one a person founded).
_OWN_GROUP_KINDS = frozenset(
    {"assault", "coercion", "war", "conflict", "sanctions", "alliance"}
)


# --------------------------------------------------------------------------
# Candidates


@attrs.frozen(kw_only=True)
class _Found:
    a: str
    b: str
    polarity: Polarity
    kind: str
    trend: Trend | None
    hedged: bool
    start: int
    end: int


@attrs.frozen(kw_only=True)
class _Score:
    """Polarity votes gathered from cues in a window."""

    coop: int = 0
    hostile: int = 0
    mixed: int = 0
    trend: Trend | None = None

    def add(self, pol: Polarity | None, trend: Trend | None) -> _Score:
        return _Score(
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


#: Pair nouns that "the two countries" and "between the ... nations"
#: need, and the "Sino-" prefix: what lets a sentence naming fewer than
#: two parties still state a relationship (checked on lower-cased ASCII).
_PAIR_WORDS = (
    "leaders",
    "presidents",
    "premiers",
    "heads of state",
    "countries",
    "nations",
    "neighbo",
    "sides",
    "states",
    "governments",
    "allies",
    "capitals",
    "sino",
    "bilateral",
)
#: The same check for text that is not all ASCII.
_PAIR_ANY = _cache.pattern(
    r"countries|nations|neighbo|sides|states|governments|allies|capitals"
    r"|sino|leaders|presidents|premiers|bilateral",
    _FLAGS,
)


class _Line:
    """
    One sentence and what is worked out about it once: its parties,
    clause boundaries and, per cue, where a match may start.
    """

    __slots__ = (
        "ascii",
        "bound_ends",
        "bound_starts",
        "cues",
        "end",
        "index",
        "low",
        "outer",
        "parties",
        "party_starts",
        "positions",
        "spaced",
        "start",
        "words",
    )

    def __init__(
        self, sent: Sentence, parties: list[ResolvedMention], low: str
    ) -> None:
        self.index: int = sent.index
        self.start: int = sent.start
        self.end: int = sent.end
        #: The sentence text with ASCII capitals lower-cased.
        self.low = low
        #: Whether the sentence is all ASCII (then cue patterns without
        #: case folding read the lower-cased text).
        self.ascii = low.isascii()
        #: For ASCII: the words (runs of ``[\w-]``) between spaces, with
        #: spaces at both ends, and the words (ASCII-encoded bytes: they
        #: are made and split faster than strings).
        self.spaced = (
            b" " + low.encode("ascii").translate(_SPACES) + b" "
            if self.ascii
            else b""
        )
        self.words = self.spaced.split()
        #: Party mentions wholly inside, by (start, -end).
        self.parties = parties
        self.party_starts = [m.start for m in parties]
        #: Outermost party mentions of the whole sentence.
        self.outer: list[ResolvedMention] | None = None
        #: Per group: cue index -> sorted offsets where it may start.
        self.positions: list[dict[int, list[int]]] | None = None
        #: Per group: (cue, offsets, match at each offset up to the end).
        self.cues: list[list[_Candidates] | None] = [None, None, None]
        self.bound_starts: list[int] | None = None
        self.bound_ends: list[int] = []


#: A cue, the offsets in a sentence where it may start, its match at
#: each of them with the sentence end as the end of the text, and its
#: matches in the whole sentence.
_Candidates = tuple[
    _Cue,
    list[int],
    list["regex.Match[str] | None"],
    list["regex.Match[str]"],
]


def _may_bound(line: _Line) -> bool:
    r"""
    Whether :data:`_BOUNDARY` may match in the ASCII *line*: it holds a
    ``;``, ``:`` or ``-`` or one of the words (when it holds no ``-``,
    its runs of ``[\w-]`` are its words).
    """
    low = line.low
    return (
        ";" in low
        or ":" in low
        or "-" in low
        or not _BOUNDARY_WORDS.isdisjoint(line.words)
    )


class _Reader:
    """Finds the relationships of one document."""

    def __init__(self, doc: Document, lex: PolarityLexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.found: list[_Found] = []
        self._low = self.text.translate(_LOWER)
        self._cut: dict[int, int | None] = {}
        self._party: dict[int, str | None] = {}
        self._state: dict[int, str | None] = {}
        self._pairs: dict[int, tuple[str, str] | None] = {}
        self._groups = (lex.nouns, lex.verbs, lex.modifiers)
        #: The sentence being read.
        self.line: _Line | None = None

    # -- cue search -------------------------------------------------------

    def positions(self, line: _Line) -> list[dict[int, list[int]]]:
        """
        Per cue group, cue index -> offsets in *line* where it may start.

        The offsets are the starts of the words that are a first word of
        the cue, and every start of a word with non-ASCII characters in
        it or right after it.
        """
        if line.positions is not None:
            return line.positions
        index = self.lex._index
        by_word, by_bytes = index.by_word, index.by_bytes
        text, low = self.text, self._low
        ss, se = line.start, line.end
        out: list[dict[int, list[int]]] = [{}, {}, {}]
        odd: list[int] = []
        if line.ascii:
            # the sentence's words, then their places
            spaced = line.spaced
            for word in index.words.intersection(line.words):
                got = by_bytes[word]
                key = b" " + word + b" "
                i = spaced.find(key)
                while i >= 0:
                    p = ss + i
                    if p != ss or not p or not _word_ch(low, p - 1):
                        for g, k in got:
                            out[g].setdefault(k, []).append(p)
                    i = spaced.find(key, i + 1)
            for where in out:
                for ps in where.values():
                    if len(ps) > 1:
                        ps.sort()
        for m in () if line.ascii else _RUN.finditer(text, ss, se):
            p, q = m.span()
            if p == ss and p and _word_ch(text, p - 1):
                continue  # no cue starts inside a word
            run = low[p:q]
            if run.isascii() and (q == se or text[q].isascii()):
                at = by_word.get(run)
                if at is not None:
                    for g, i in at:
                        out[g].setdefault(i, []).append(p)
            else:
                odd.append(p)
        if odd:
            for g, cues in enumerate(index.gated):
                for i in cues:
                    have = out[g].setdefault(i, [])
                    have[:] = sorted(set(odd).union(have))
        line.positions = out
        return out

    def candidates(self, line: _Line, group: int) -> list[_Candidates]:
        """The cues of *group* that may match in *line*, in lexicon order."""
        got = line.cues[group]
        if got is not None:
            return got
        text, se = self.text, line.end
        cues = self._groups[group]
        where = self.positions(line)[group]
        scanned = self.lex._index.scanned[group]
        out: list[_Candidates] = []
        for i in sorted(itertools.chain(where, scanned) if scanned else where):
            cue = cues[i]
            ps = where.get(i, [])
            pattern = cue.pattern
            if line.ascii and cue.low_pattern is not None:
                pattern = cue.low_pattern
                text = self._low
            else:
                text = self.text
            found = [pattern.match(text, p, se) for p in ps]
            whole: list[regex.Match[str]] = []
            last = line.start
            for m in found:
                if m is not None and m.start() >= last:
                    whole.append(m)
                    last = m.end()
            out.append((cue, ps, found, whole))
        line.cues[group] = out
        return out

    def cut_word(self, end: int) -> int | None:
        """Start of the word that *end* cuts in two, if it cuts one."""
        got = self._cut.get(end, -1)
        if got != -1:
            return got
        text = self.text
        p0: int | None = None
        if (
            0 < end < len(text)
            and _word_ch(text, end)
            and _word_ch(text, end - 1)
        ):
            p0 = end - 1
            while p0 > 0 and _word_ch(text, p0 - 1):
                p0 -= 1
        self._cut[end] = p0
        return p0

    def hits(
        self, line: _Line, cand: _Candidates, start: int, end: int
    ) -> list[regex.Match[str]]:
        """
        Same as ``list(cue.pattern.finditer(self.text, start, end))``
        for a window inside *line*.

        A match found up to the sentence end stands for the window when it
        ends inside it and *end* is not followed by a word character.
        Otherwise *end* may cut a match short or let a word's prefix
        match: offsets that a match could reach *end* from are tried
        again with *end* as the end of the text (only the start of the
        cut word for one-word cues, every offset for the others).
        """
        cue, ps, mfs, whole = cand
        if cue.words is None or start < line.start or end > line.end:
            return list(cue.pattern.finditer(self.text, start, end))
        if start == line.start and end == line.end:
            return whole
        if start >= end:
            return []
        i = bisect.bisect_left(ps, start)
        j = bisect.bisect_left(ps, end, i)
        text = self.text
        again = False  # match every offset again
        p0 = -1  # the start of the word *end* cuts, matched again
        if end < line.end and _word_ch(text, end):
            if _word_ch(text, end - 1):
                p0 = self.cut_word(end) or 0
                if p0 < start:
                    p0 = -1  # no match starts inside a word
            again = not cue.single_word
        if i == j and p0 < 0:
            return []
        todo = list(zip(ps[i:j], mfs[i:j], strict=True))
        if p0 >= 0 and p0 not in ps[i:j]:
            todo.append((p0, None))
            todo.sort(key=lambda x: x[0])
        pattern = cue.pattern
        if line.ascii and cue.low_pattern is not None:
            pattern = cue.low_pattern
            text = self._low
        out: list[regex.Match[str]] = []
        last = start
        for p, m in todo:
            if p < last:
                continue
            if again or p == p0 or (m is not None and m.end() > end):
                m = pattern.match(text, p, end)
            if m is not None:
                out.append(m)
                last = m.end()
        return out

    def cue_hits(
        self, cue: _Cue, start: int, end: int
    ) -> list[regex.Match[str]]:
        """``list(cue.pattern.finditer(self.text, start, end))``."""
        return list(cue.pattern.finditer(self.text, start, end))

    # -- actors ---------------------------------------------------------

    def party(self, m: ResolvedMention) -> str | None:
        """The actor id a mention stands for as a party, if any."""
        key = id(m)
        if key in self._party:
            return self._party[key]
        actor = self.doc.actors.get(m.actor)
        kind = actor.kind if actor is not None else m.kind
        got: str | None
        if kind is ActorKind.GROUP:
            country = m.country or (actor.country if actor else None)
            state = f"state:{country}" if country else None
            got = state if state in self.doc.actors else None
        else:
            got = m.actor if actor is not None else None
        self._party[key] = got
        return got

    def state_of(self, m: ResolvedMention) -> str | None:
        """The state a mention stands for, else its own party id."""
        key = id(m)
        if key in self._state:
            return self._state[key]
        actor = self.doc.actors.get(m.actor)
        country = m.country or (actor.country if actor else None)
        got: str | None
        if actor is not None and actor.kind is ActorKind.STATE:
            got = m.actor
        elif country and f"state:{country}" in self.doc.actors:
            got = f"state:{country}"
        else:
            got = self.party(m)
        self._state[key] = got
        return got

    # -- geometry ---------------------------------------------------------

    def bounds(self, line: _Line) -> tuple[list[int], list[int]]:
        """Starts and ends of the clause boundaries of *line*."""
        if line.bound_starts is None:
            starts: list[int] = []
            ends: list[int] = []
            found: Iterable[regex.Match[str]] = ()
            if not line.ascii:
                found = _BOUNDARY.finditer(self.text, line.start, line.end)
            elif _may_bound(line):
                # lower-cased ASCII reads the same without case folding
                found = _BOUNDARY_LOW.finditer(
                    self._low, line.start, line.end
                )
            for b in found:
                starts.append(b.start())
                ends.append(b.end())
            line.bound_starts, line.bound_ends = starts, ends
        return line.bound_starts, line.bound_ends

    def clause_start(self, sent: _Line, pos: int) -> int:
        """Start of the clause holding *pos*."""
        if sent.start <= pos <= sent.end:
            starts, ends = self.bounds(sent)
            k = bisect.bisect_right(ends, pos)
            # a boundary across *pos*, or *pos* inside a word ("but|ter"),
            # reads differently when the text stops at *pos*
            if not (k < len(starts) and starts[k] < pos) and (
                pos in (sent.start, sent.end)
                or not (_word_ch(self.text, pos - 1) and _word_ch(self.text, pos))
            ):
                return ends[k - 1] if k else sent.start
        start = sent.start
        for b in _BOUNDARY.finditer(self.text, sent.start, pos):
            start = b.end()
        return start

    def clause_end(self, sent: _Line, pos: int) -> int:
        """End of the clause holding *pos*."""
        if sent.start <= pos <= sent.end:
            starts, ends = self.bounds(sent)
            k = bisect.bisect_right(ends, pos)
            if k == len(starts):
                return sent.end
            if starts[k] >= pos:
                return starts[k]
        b = _BOUNDARY.search(self.text, pos, sent.end)
        return b.start() if b else sent.end

    def mentions(self, start: int, end: int) -> list[ResolvedMention]:
        """Party mentions in ``[start:end]``, outermost only."""
        out: list[ResolvedMention] = []
        line = self.line
        if line is not None and line.start <= start and end <= line.end:
            ms = line.parties
            for k in range(bisect.bisect_left(line.party_starts, start), len(ms)):
                m = ms[k]
                if m.start >= end:
                    break
                if m.end > end or (out and m.end <= out[-1].end):
                    continue  # "Iranian" inside "Iranian President X"
                out.append(m)
            return out
        found = sorted(
            (m for m in self.doc.mentions_in(start, end) if self.party(m)),
            key=lambda m: (m.start, -m.end),
        )
        for m in found:
            if out and m.end <= out[-1].end:
                continue  # "Iranian" inside "Iranian President X"
            out.append(m)
        return out

    def agent(self, sent: _Line, pos: int) -> ResolvedMention | None:
        """The subject of a cue at *pos*: relative antecedent or nearest."""
        cstart = self.clause_start(sent, pos)
        lo = max(sent.start, pos - _AGENT_REACH)
        before = self.mentions(sent.start, pos)
        text = self._low if sent.ascii else self.text
        # relative clause: "A, which supports B"
        for m in reversed(before):
            relative = _RELATIVE_LOW if sent.ascii else _RELATIVE
            if relative.match(text[m.end : pos]):
                return m
            break
        coordinated = _COORDINATED_LOW if sent.ascii else _COORDINATED
        if before and coordinated.match(text[before[-1].end : pos]):
            # "A opposes B's bid and accuses C": the subject is A
            for m in before:
                if m.start < cstart:
                    continue
                nxt = self.text[m.end : m.end + 3]
                if nxt.startswith("'s") and self.mentions(m.end, m.end + 40):
                    continue
                if not self.after_prep(sent, m):
                    return m
            return None
        for m in reversed(before):
            if m.start < max(cstart, lo):
                break
            if self.after_prep(sent, m):
                continue
            return m
        return None

    def coagents(
        self, sent: _Line, agent: ResolvedMention
    ) -> list[ResolvedMention]:
        """
        The subject list that ends with *agent*: "Washington and Tokyo
        condemned B", "A, B and C warned D"; the list opens its clause.
        """
        cstart = self.clause_start(sent, agent.start)
        before = self.mentions(max(cstart, agent.start - 120), agent.start)
        out = [agent]
        for m in reversed(before):
            gap = self.text[m.end : out[0].start]
            if not _AND_GLUE.match(gap) or self.after_prep(sent, m):
                break
            out.insert(0, m)
        if len(out) > 1 and not _SUBJECTS_LEAD.fullmatch(
            self.text, cstart, out[0].start
        ):
            return [agent]
        return out

    def after_prep(self, sent: _Line, m: ResolvedMention) -> bool:
        """Whether *m* is the object of a preposition."""
        lo = max(sent.start, m.start - 16)
        if sent.ascii:
            return _PREP_BEFORE_LOW.search(self._low[lo : m.start]) is not None
        return _PREP_BEFORE.search(self.text[lo : m.start]) is not None

    def possessor(self, sent: _Line, pos: int) -> ResolvedMention | None:
        """A mention right before a noun: "Britain's trade", "US support"."""
        before = self.mentions(max(sent.start, pos - 120), pos)
        if not before:
            return None
        if sent.ascii:
            gap = _POSSESSOR_LOW.match(self._low[before[-1].end : pos])
        else:
            gap = _POSSESSOR.match(self.text[before[-1].end : pos])
        if gap is not None:
            return before[-1]
        return None

    def objects(
        self, sent: _Line, pos: int, reach: int = _OBJECT_REACH
    ) -> list[tuple[ResolvedMention, bool]]:
        """A coordinated list of parties right after *pos* (hedged flags)."""
        end = min(self.clause_end(sent, pos), sent.end)
        after = self.mentions(pos, end)
        out: list[tuple[ResolvedMention, bool]] = []
        if not after or after[0].start - pos > reach:
            return out
        first = after[0]
        if (
            len(after) > 1
            and after[1].kind is ActorKind.PERSON
            and first.kind is not ActorKind.PERSON
            and after[1].start - first.end <= 60
            and _TITLE_GAP.fullmatch(self.text, first.end, after[1].start)
        ):
            first = after[1]  # "Hamas chief Khaled Meshaal": the person
        out.append((first, False))
        last = first
        for m in after[1:]:
            gap = self.text[last.end : m.start]
            if _HYPHEN.match(gap) or gap.strip() in {"'s", "s"}:
                last = m
                continue
            if not _LIST_GLUE.match(gap):
                break
            out.append((m, bool(self.lex.hedges.search(gap))))
            last = m
        return out

    def negated(self, sent: _Line, pos: int) -> bool:
        lo = max(self.clause_start(sent, pos), pos - 22)
        low = self.lex._negations_low
        if sent.ascii and low is not None:
            return low.search(self._low, lo, pos) is not None
        return self.lex.negations.search(self.text, lo, pos) is not None

    def appeal(self, sent: _Line, pos: int) -> bool:
        lo = max(sent.start, pos - 90)
        text = self._low if sent.ascii else self.text
        if (_APPEAL_LOW if sent.ascii else _APPEAL).search(text, lo, pos):
            return True
        cs = max(self.clause_start(sent, pos), pos - 120)
        ask = (_APPEAL_ANY_LOW if sent.ascii else _APPEAL_ANY).search(
            text, cs, pos
        )
        return ask is not None and " to " in self.text[ask.end() : pos]

    def hedged(self, sent: _Line, pos: int) -> bool:
        lo = max(self.clause_start(sent, pos), pos - 60)
        low = self.lex._hedges_low
        if sent.ascii and low is not None:
            return low.search(self._low, lo, pos) is not None
        return self.lex.hedges.search(self.text, lo, pos) is not None

    def score(self, start: int, end: int, base: _Score) -> _Score:
        """
        Add the modifiers found in ``text[start:end]``. On a hostile cue
        alone, a modifier that only grows the relation ("deepening
        rift", "strong opposition") or worsens it ("the feud worsened")
        intensifies it: only an improving one ("the rift healed", "a
        thaw in the dispute") makes it mixed.
        """
        s = base
        line = self.line
        assert line is not None
        hostile = base.hostile and not (base.coop or base.mixed)
        for cand in self.candidates(line, _MODIFIERS):
            cue = cand[0]
            if hostile and cue.trend is not Trend.IMPROVING:
                if cue.polarity is not Polarity.HOSTILE:
                    if cue.trend is None:
                        continue
                    cue_pol: Polarity | None = Polarity.HOSTILE
                else:
                    cue_pol = cue.polarity
                for _ in self.hits(line, cand, start, end):
                    s = s.add(cue_pol, cue.trend)
                continue
            for _ in self.hits(line, cand, start, end):
                s = s.add(cue.polarity, cue.trend)
        return s

    # -- output ---------------------------------------------------------

    def emit(
        self,
        a: ResolvedMention | str,
        b: ResolvedMention | str,
        *,
        score: _Score,
        kind: str,
        hedged: bool,
        start: int,
        end: int,
    ) -> None:
        ida = a if isinstance(a, str) else self.party(a)
        idb = b if isinstance(b, str) else self.party(b)
        pol = score.polarity()
        if ida is None or idb is None or ida == idb or pol is None:
            return
        if (
            isinstance(a, ResolvedMention)
            and isinstance(b, ResolvedMention)
            and self.state_of(a) == self.state_of(b)
            and (
                self.doc.actors[ida].kind is not ActorKind.PERSON
                or self.doc.actors[idb].kind is not ActorKind.PERSON
            )
            and not self.own_group(a, b, kind)
        ):
            return  # a state and its own capital, demonym or body
        self.found.append(
            _Found(
                a=ida,
                b=idb,
                polarity=pol,
                kind=kind,
                trend=score.trend,
                hedged=hedged,
                start=start,
                end=end,
            )
        )

    def own_group(
        self, a: ResolvedMention, b: ResolvedMention, kind: str
    ) -> bool:
        """
        Whether *a* and *b* are a state (or person) and a named
        organization of its own country that it acts against or that a
        person founded: "Egypt banned the Muslim Brotherhood".
        """
        if kind not in _OWN_GROUP_KINDS:
            return False
        kinds = {self.doc.actors[m.actor].kind for m in (a, b)}
        named = all(m.form == "name" for m in (a, b))
        return named and ActorKind.ORGANIZATION in kinds and len(kinds) == 2

    # -- patterns -------------------------------------------------------

    def run(self) -> None:
        ms = self.doc.mentions
        #: Per mention of the document: its start and its party.
        starts = [m.start for m in ms]
        ids = [self.party(m) for m in ms]
        for sent in self.doc.sentences:
            line = self.open(sent, starts, ids)
            if line is None:
                continue
            self.line = line
            self.nouns(line)
            self.verbs(line)
            self.compounds(line)
            self.two_countries(line)
            self.special(line)
            self.banned_in(line)
            self.members(line)
            self.bilateral(line)
        self.line = None

    def open(
        self, sent: Sentence, starts: list[int], ids: list[str | None]
    ) -> _Line | None:
        """
        A :class:`_Line` for *sent*, or None when it cannot state a
        relationship: every pattern pairs two different parties named in
        the sentence, except "the two countries" (a pair noun) and
        "Sino-X" (one party). *starts* and *ids* give the start and the
        party of each mention of the document.
        """
        ss, se = sent.start, sent.end
        ms = self.doc.mentions
        parties: list[ResolvedMention] = []
        named: set[str] = set()
        for k in range(
            bisect.bisect_left(starts, ss), bisect.bisect_left(starts, se)
        ):
            pid = ids[k]
            if pid and ms[k].end <= se:
                parties.append(ms[k])
                named.add(pid)
        low = self._low[ss:se]
        if len(named) < 2 and not (
            named
            and sent.index
            and (
                low.lstrip(' "(').startswith(("it ", "it\n"))
                or self.lex.acts.search(self.text, sent.start, sent.end)
            )
        ):
            # one party may criticize the act of the sentence before
            if low.isascii():
                if not any(w in low for w in _PAIR_WORDS):
                    return None
            elif _PAIR_ANY.search(self.text, sent.start, sent.end) is None:
                return None
        if len(parties) > 1:
            parties.sort(key=lambda m: (m.start, -m.end))
        return _Line(sent, parties, low)

    def noun_hits(
        self, sent: _Line, start: int, end: int
    ) -> list[tuple[_Cue, regex.Match[str]]]:
        """Relation nouns in ``text[start:end]``; earlier cues win overlaps."""
        taken: list[tuple[int, int]] = []
        hits: list[tuple[_Cue, regex.Match[str]]] = []
        for cand in self.candidates(sent, _NOUNS):
            cue = cand[0]
            for h in self.hits(sent, cand, start, end):
                if any(h.start() < e and s < h.end() for s, e in taken):
                    continue
                taken.append(h.span())
                hits.append((cue, h))
        hits.sort(key=lambda x: x[1].start())
        return hits

    def nouns(self, sent: _Line) -> None:
        text = self.text
        for cue, h in self.noun_hits(sent, sent.start, sent.end):
            self.broken_by(sent, cue, h)
            hs, he = h.span()
            if self.lex.topic_heads.match(text, he, sent.end):
                continue  # "trade talks with B": a topic, not a relation
            if _MEMBER.match(h.group()) and _ANY_MEMBERS.search(
                text, max(sent.start, hs - 30), hs
            ):
                continue  # "relations between the members of B": not A's
            if cue.kind in _APPOSED_KINDS and self.apposed(sent, cue, h):
                continue  # "A's ally B"
            ce = self.clause_end(sent, he)
            # "N between A and B"
            bt = self.between_after(he, ce)
            if bt is not None:
                if not self.blocked(sent, hs):
                    score, hedged = self.noun_score(sent, cue, h, ce)
                    self.between(sent, bt, cue, score, hedged, hs)
                continue
            # "A's N with B"
            assert cue.prep_pattern is not None
            lim = min(ce, he + 70)
            if sent.ascii and not any(
                self._low.find(p, he, lim) >= 0 for p in cue.preps
            ):
                if not self.copula(sent, cue, h, ce):
                    self.joint(sent, cue, h, ce)
                continue  # lower-cased ASCII reads the same
            if sent.ascii and cue.prep_low is not None:
                prep = cue.prep_low.search(self._low, he, lim)
            else:
                prep = cue.prep_pattern.search(text, he, lim)
            if prep is None:
                if not self.copula(sent, cue, h, ce):
                    self.joint(sent, cue, h, ce)
                continue
            objs = self.objects(sent, prep.end(), reach=30)
            if not objs or self.blocked(sent, hs):
                continue
            agent = self.possessor(sent, hs)
            if agent is None:
                agent = self.agent(sent, hs)
                if agent is not None and self.topic(sent, agent.end, hs):
                    continue  # a topic of talks, not a stated relation
                if (
                    agent is not None
                    and cue.kind in _STRICT_KINDS
                    and not _NEAR_AGENT.fullmatch(text, agent.end, hs)
                ):
                    continue  # "X said, after the attack on B": not X's
            if agent is None:
                continue
            if cue.kind in _EVENT_KINDS and self.judged(sent, agent.end, hs):
                continue  # "A condemned the attack on B": not A's act
            if _MEMBER.match(h.group()):
                # "A is a member of B", "A, a founding member of B": a
                # body B, and A right before
                if not _MEMBER_GAP.fullmatch(text, agent.end, hs):
                    continue
                objs = [
                    (o, h2)
                    for o, h2 in objs
                    if o.kind is ActorKind.ORGANIZATION
                ]
            score, hedged = self.noun_score(sent, cue, h, ce)
            agents = self.coagents(sent, agent)
            for obj, h2 in objs:
                for ag in agents:
                    self.emit(
                        ag,
                        obj,
                        score=score,
                        kind=cue.kind,
                        hedged=hedged or h2,
                        start=min(ag.start, hs),
                        end=max(obj.end, he),
                    )

    def copula(
        self, sent: _Line, cue: _Cue, h: regex.Match[str], ce: int
    ) -> bool:
        """
        "A is B's largest trading partner", "A remains B's main rival":
        a subject, a copula, and a possessor before the noun. Whether the
        pair was read.
        """
        hs = h.start()
        owner = self.possessor(sent, hs)
        if owner is None or self.blocked(sent, hs):
            return False
        before = self.mentions(max(sent.start, owner.start - 60), owner.start)
        if not before or not _COPULA.fullmatch(
            self.text, before[-1].end, owner.start
        ):
            return False
        subject = before[-1]
        score, hedged = self.noun_score(sent, cue, h, ce)
        self.emit(
            subject,
            owner,
            score=score,
            kind=cue.kind,
            hedged=hedged,
            start=subject.start,
            end=h.end(),
        )
        return True

    def bilateral(self, sent: _Line) -> None:
        """
        "bilateral ties have developed smoothly", "agreed to expand
        bilateral trade": the relation of the two states named together
        last, when the sentence does not name the pair itself.
        """
        if sent.ascii and "bilateral" not in sent.low:
            return
        for b in _BILATERAL.finditer(self.text, sent.start, sent.end):
            ce = self.clause_end(sent, b.end())
            hits = self.noun_hits(sent, b.end(), min(ce, b.end() + 40))
            if not hits or self.blocked(sent, b.start()):
                continue
            cue, h = hits[0]
            if self.text[b.end() : h.start()].count(" ") > 2:
                continue
            if _BETWEEN_AHEAD.match(self.text, h.end(), ce):
                continue  # "bilateral ties between A and B": read there
            pair = self.last_pair(sent, b.start(), back=1)
            if pair is None:
                continue
            score, hedged = self.noun_score(sent, cue, h, ce)
            self.emit(
                pair[0],
                pair[1],
                score=score,
                kind=cue.kind,
                hedged=hedged,
                start=b.start(),
                end=h.end(),
            )

    def members(self, sent: _Line) -> None:
        """
        "NATO member Turkey", "fellow EU members France and Germany",
        "the EU's new members include Poland": the body and its members.
        """
        if sent.ascii and not any(w in sent.low for w in _MEMBER_WORDS):
            return
        if sent.outer is None:
            sent.outer = self.mentions(sent.start, sent.end)
        for m in sent.outer:
            if self.doc.actors[m.actor].kind is not ActorKind.ORGANIZATION:
                continue
            gap = _MEMBERS.match(self.text, m.end, min(sent.end, m.end + 80))
            if gap is None:
                continue
            for obj, h2 in self.objects(sent, gap.end(), reach=0):
                if obj.kind is not ActorKind.STATE:
                    continue  # "Democrats, including Clinton"
                self.emit(
                    m,
                    obj,
                    score=_Score().add(Polarity.COOPERATIVE, None),
                    kind="cooperation",
                    hedged=h2,
                    start=m.start,
                    end=obj.end,
                )

    def joint(
        self, sent: _Line, cue: _Cue, h: regex.Match[str], ce: int
    ) -> None:
        """ "A and B signed a trade agreement": the subjects' relation."""
        hs = h.start()
        parties = self.coordinated_subject(sent, hs)
        if len(parties) < 2 or self.blocked(sent, hs):
            return
        if self.topic(sent, parties[-1].end, hs):
            return  # "A and B discussed trade ties": a topic of talks
        score, hedged = self.noun_score(sent, cue, h, ce)
        for i, x in enumerate(parties):
            for y in parties[i + 1 :]:
                self.emit(
                    x,
                    y,
                    score=score,
                    kind=cue.kind,
                    hedged=hedged,
                    start=parties[0].start,
                    end=h.end(),
                )

    def coordinated_subject(
        self, sent: _Line, pos: int
    ) -> list[ResolvedMention]:
        """
        The list "A and B" opening the clause of a noun at *pos*, when a
        verb phrase with no other party joins it to the noun.
        """
        cstart = self.clause_start(sent, pos)
        before = self.mentions(cstart, pos)
        if len(before) < 2 or pos - before[0].start > 160:
            return []
        if not _LIST_LEAD.fullmatch(self.text, cstart, before[0].start):
            return []
        out = [before[0]]
        last = before[0]
        for m in before[1:]:
            gap = self.text[last.end : m.start]
            if _HYPHEN.match(gap) or gap.strip() in {"'s", "s"}:
                last = m
                continue
            if not _LIST_GLUE.match(gap):
                return []  # another party between the list and the noun
            out.append(m)
            last = m
        verb = _SUBJECT_VERB.match(self.text, last.end, pos)
        if verb is None:
            return []
        return out

    def blocked(self, sent: _Line, pos: int) -> bool:
        """Whether a cue at *pos* is negated or part of an appeal."""
        return self.negated(sent, pos) or self.appeal(sent, pos)

    def noun_score(
        self, sent: _Line, cue: _Cue, h: regex.Match[str], ce: int
    ) -> tuple[_Score, bool]:
        """The score and hedging of a relation noun in a clause ending at *ce*."""
        hs, he = h.span()
        cs = self.clause_start(sent, hs)
        base = _Score().add(cue.polarity, cue.trend)
        score = self.score(max(cs, hs - 45), min(ce, he + 45), base)
        return score, self.hedged(sent, hs)

    def between_after(self, pos: int, ce: int) -> int | None:
        """
        Where the parties start in "N between A and B" for a noun ending
        at *pos* in a clause ending at *ce*, if the noun is followed so.
        """
        text, low = self.text, self._low
        # "between" in any case is a necessary condition of each match
        bt = None
        if low.startswith("between", pos + 1):
            bt = _BETWEEN.match(text, pos + 1, pos + 1 + 500)
        if bt is None and low.startswith("between", pos):
            bt = _BETWEEN.match(text, pos)
        if bt is None and text.find("between", pos, ce) >= 0:
            gap = _GAP_BETWEEN.match(text[pos:ce])
            if gap:
                bt = _BETWEEN.match(text, pos + gap.end())
        return None if bt is None else bt.end()

    def broken_by(
        self, sent: _Line, cue: _Cue, h: regex.Match[str]
    ) -> None:
        """ "relations with B, broken off by A" """
        if cue.polarity is not None:
            return
        prep = _WITH.match(self.text, h.end(), sent.end)
        if prep is None:
            return
        objs = self.objects(sent, prep.end(), reach=2)
        if not objs:
            return
        by = _BROKEN_BY.match(self.text, objs[-1][0].end, (objs[-1][0].end) + 500)
        if by is None:
            return
        for ag, _ in self.objects(sent, by.end(), reach=4):
            for obj, _ in objs:
                self.emit(
                    ag,
                    obj,
                    score=_Score().add(Polarity.HOSTILE, Trend.WORSENING),
                    kind=cue.kind,
                    hedged=False,
                    start=h.start(),
                    end=ag.end,
                )

    def between(
        self,
        sent: _Line,
        pos: int,
        cue: _Cue,
        score: _Score,
        hedged: bool,
        start: int,
    ) -> None:
        two = _TWO_LOOSE.match(self.text, pos, pos + 500)
        if two is not None:
            pair = self.last_pair(sent, pos)
            if pair:
                self.emit(
                    pair[0],
                    pair[1],
                    score=score,
                    kind=cue.kind,
                    hedged=hedged,
                    start=start,
                    end=two.end(),
                )
            return
        objs = self.objects(sent, pos, reach=4)
        for i, (x, hx) in enumerate(objs):
            for y, hy in objs[i + 1 :]:
                self.emit(
                    x,
                    y,
                    score=score,
                    kind=cue.kind,
                    hedged=hedged or hx or hy,
                    start=start,
                    end=objs[-1][0].end,
                )

    def verbs(self, sent: _Line) -> None:
        for cand in self.candidates(sent, _VERBS):
            for h in self.hits(sent, cand, sent.start, sent.end):
                self.verb(sent, cand[0], h)

    def topic(self, sent: _Line, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` names a topic of talks."""
        if sent.ascii:
            return _TOPIC_LOW.search(self._low, start, end) is not None
        return _TOPIC.search(self.text, start, end) is not None

    def war_on(self, sent: _Line, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` ends with "war on" and the like."""
        if sent.ascii:
            return _WAR_ON_LOW.search(self._low, start, end) is not None
        return _WAR_ON.search(self.text, start, end) is not None

    def verb(self, sent: _Line, cue: _Cue, h: regex.Match[str]) -> None:
        if self.negated(sent, h.start()) or self.appeal(sent, h.start()):
            return
        text = self._low if sent.ascii else self.text
        before = text[max(sent.start, h.start() - 30) : h.start()]
        determiner = _DETERMINER_LOW if sent.ascii else _DETERMINER
        if (
            determiner.search(before) and not self.named_subject(sent, h)
        ) or self.noun_use(sent, h):
            return  # a noun: "his protests", "the attack", "US support"
        hedged = self.hedged(sent, h.start())
        score = _Score().add(cue.polarity, cue.trend)
        by = _BY.match(self.text, h.end(), (h.end()) + 500)
        passive = _PASSIVE_LOW if sent.ascii else _PASSIVE
        if by is not None and passive.search(before):
            agents = self.objects(sent, by.end(), reach=4)
            near = self.mentions(sent.start, h.start())
            if not near or not _PASSIVE_SUBJECT.match(
                self.text[near[-1].end : h.start()]
            ):
                return
            patient = near[-1]
            for ag, h2 in agents:
                self.emit(
                    ag,
                    patient,
                    score=score,
                    kind=cue.kind,
                    hedged=hedged or h2,
                    start=min(patient.start, h.start()),
                    end=ag.end,
                )
            return
        if _JOIN.match(h.group()) and _BID_TO.search(before):
            return  # "its bid to join B": read with the noun
        agent = self.agent(sent, h.start()) or self.it_subject(sent, h)
        if agent is None:
            return
        strict = cue.kind in _STRICT_KINDS
        if strict and not _NEAR_AGENT.fullmatch(
            self.text, agent.end, h.start()
        ):
            return  # "X said ..., where blasts killed": not X's act
        objs = self.objects(sent, h.end(), reach=_OBJECT_REACH)
        if not objs and cue.kind in _ACT_KINDS:
            # "A vetoed the plan. B criticized the move.": B against A
            act = self.lex.acts.match(self.text, h.end(), sent.end)
            actor = self.previous_subject(sent) if act else None
            if act is not None and actor is not None:
                self.emit(
                    agent,
                    actor,
                    score=score,
                    kind=cue.kind,
                    hedged=hedged,
                    start=min(agent.start, h.start()),
                    end=act.end(),
                )
        if _INTRANSITIVE.search(h.group()):
            objs = []  # "work together on B": B is a topic
        if (
            not objs
            and cue.kind in _JOINT_KINDS
            and _JOINT_GAP.fullmatch(self.text, agent.end, h.start())
        ):
            # "A and B agreed to cooperate", "A and B fought over C"
            parties = self.coagents(sent, agent)
            for i, x in enumerate(parties):
                for y in parties[i + 1 :]:
                    self.emit(
                        x,
                        y,
                        score=score,
                        kind=cue.kind,
                        hedged=hedged,
                        start=parties[0].start,
                        end=h.end(),
                    )
        subjects = self.coagents(sent, agent) if objs else [agent]
        for obj, h2 in objs:
            if self.party(obj) == self.party(agent) or self.war_on(
                sent, h.end(), obj.start
            ):
                continue
            if cue.kind in _BLAME_KINDS and self.event_between(
                sent, h.end(), obj.start
            ):
                continue  # "condemned the killing of B's ...": not B's act
            if _SUPPLY.match(h.group()) and not _WITH_AFTER.match(
                self.text, obj.end, sent.end
            ):
                continue  # "provided Kenya with aid", not "provide US firms"
            if _SUMMON.match(h.group()) and not _ENVOY_AFTER.match(
                self.text, obj.end, sent.end
            ):
                continue  # "summoned the Japanese ambassador", not "summon B"
            if _DIRECT.match(h.group()) and not (
                _DIRECT_GAP.fullmatch(self.text, h.end(), obj.start)
                and obj.form != "demonym"
                and (
                    obj.kind is not ActorKind.PERSON
                    or not _NO_PERSON.match(h.group())
                )
            ):
                continue  # "joined the EU", not "joined by B", "ban Muslims"
            if strict and (
                _PLACE_BEFORE.search(
                    self.text, max(h.end(), obj.start - 12), obj.start
                )
                or not _NEAR_OBJECT.fullmatch(self.text, h.end(), obj.start)
            ):
                continue  # "killed 20 people in Nairobi": a place
            for ag in subjects:
                self.emit(
                    ag,
                    obj,
                    score=score,
                    kind=cue.kind,
                    hedged=hedged or h2,
                    start=min(ag.start, h.start()),
                    end=obj.end,
                )
        # "A supports the (B-led) war on C": A is hostile to C
        if _SUPPORT.match(h.group()):
            end = min(self.clause_end(sent, h.end()), h.end() + 60)
            for m in self.mentions(h.end(), end):
                if self.war_on(sent, max(h.end(), m.start - 25), m.start):
                    self.emit(
                        agent,
                        m,
                        score=_Score().add(Polarity.HOSTILE, None),
                        kind="war",
                        hedged=hedged,
                        start=agent.start,
                        end=m.end,
                    )

    def apposed(
        self, sent: _Line, cue: _Cue, h: regex.Match[str]
    ) -> bool:
        """
        "A's closest ally, B", "its rival B": a possessor before the noun
        and a party right after it. Whether the pair was read.
        """
        hs, he = h.span()
        after = self.mentions(he, min(sent.end, he + 40))
        if not after or not _APPOSED_GAP.fullmatch(
            self.text, he, after[0].start
        ):
            return False
        agent = self.possessor(sent, hs)
        if (
            agent is None
            or self.blocked(sent, hs)
            or not (
                agent.text.lower() in _POSSESSIVES
                or _GENITIVE.match(self.text, agent.end, hs)
            )
        ):
            return False  # "A says rival B": A is no possessor
        score, hedged = self.noun_score(
            sent, cue, h, self.clause_end(sent, he)
        )
        self.emit(
            agent,
            after[0],
            score=score,
            kind=cue.kind,
            hedged=hedged,
            start=agent.start,
            end=after[0].end,
        )
        return True

    def judged(self, sent: _Line, start: int, end: int) -> bool:
        """
        Whether a verb of blame ("condemned", "protested") stands in
        ``text[start:end]``: then a noun of violence after it names the
        act blamed, not the subject's own act.
        """
        for cand in self.candidates(sent, _VERBS):
            if cand[0].kind in _BLAME_KINDS and self.hits(
                sent, cand, start, end
            ):
                return True
        return False

    def event_between(self, sent: _Line, start: int, end: int) -> bool:
        """Whether a noun of violence or force stands in ``text[start:end]``."""
        return any(
            cue.kind in _EVENT_KINDS
            for cue, _ in self.noun_hits(sent, start, end)
        )

    def previous_subject(self, sent: _Line) -> ResolvedMention | None:
        """
        The party that opens the sentence before *sent* as its subject
        ("Hungary vetoed ..."), if one does.
        """
        if sent.index == 0:
            return None
        prev = self.doc.sentences[sent.index - 1]
        for m in self.mentions(prev.start, prev.end):
            if m.start - prev.start > _SUBJECT_REACH:
                return None
            return m
        return None

    def it_subject(
        self, sent: _Line, h: regex.Match[str]
    ) -> ResolvedMention | None:
        """
        "Iran tested a missile. It also warned Israel": a bare "it" that
        opens the sentence stands for the state or body that opened the
        sentence before.
        """
        if not _IT_SUBJECT.fullmatch(self.text, sent.start, h.start()):
            return None
        prev = self.previous_subject(sent)
        if prev is None:
            return None
        kind = self.doc.actors[prev.actor].kind
        if kind not in (ActorKind.STATE, ActorKind.ORGANIZATION):
            return None
        return prev

    def named_subject(self, sent: _Line, h: regex.Match[str]) -> bool:
        """
        Whether a past-tense cue follows a one-word name after "the":
        "The Taliban attacked", "the PLO condemned" (a verb, not a noun).
        """
        if not _PAST.match(h.group()):
            return False
        before = self.mentions(max(sent.start, h.start() - 30), h.start())
        return bool(
            before
            and before[-1].form != "demonym"
            and not self.text[before[-1].end : h.start()].strip()
        )

    def noun_use(self, sent: _Line, h: regex.Match[str]) -> bool:
        """A bare verb form right after a state name is a noun."""
        if not _BARE.fullmatch(h.group()):
            return False
        before = self.mentions(max(sent.start, h.start() - 40), h.start())
        if not before or self.text[before[-1].end : h.start()] != " ":
            return False
        actor = self.doc.actors.get(before[-1].actor)
        return actor is not None and actor.kind is not ActorKind.PERSON

    def compounds(self, sent: _Line) -> None:
        if sent.outer is None:
            sent.outer = self.mentions(sent.start, sent.end)
        ms = sent.outer
        pairs: list[tuple[ResolvedMention | str, ResolvedMention, int]] = []
        for m1, m2 in itertools.pairwise(ms):
            if 0 < m2.start - m1.end <= 3 and _HYPHEN.match(
                self.text[m1.end : m2.start]
            ):
                pairs.append((m1, m2, m1.start))
        china = "state:CHN"
        if china in self.doc.actors and (
            not sent.ascii or "sino" in sent.low
        ):
            for s in _SINO.finditer(self.text, sent.start, sent.end):
                nxt = [m for m in ms if m.start == s.end()]
                if nxt:
                    pairs.append((china, nxt[0], s.start()))
        for left, right, start in pairs:
            x, y = left, right
            tail_end = min(self.clause_end(sent, y.end), y.end + 40)
            for cue, h in self.noun_hits(sent, y.end, tail_end):
                if self.text[y.end : h.start()].count(" ") > 3:
                    break
                base = _Score().add(cue.polarity, cue.trend)
                score = self.score(
                    max(sent.start, start - 45),
                    min(sent.end, h.end() + 45),
                    base,
                )
                self.emit(
                    x,
                    y,
                    score=score,
                    kind=cue.kind,
                    hedged=self.hedged(sent, start),
                    start=start,
                    end=h.end(),
                )
                break

    def last_pair(
        self, sent: _Line, pos: int, back: int = 3
    ) -> tuple[str, str] | None:
        """
        The two states most recently named together before *pos*, in its
        sentence or the *back* sentences before it.
        """
        idx = sent.index
        for k in range(idx, max(-1, idx - back - 1), -1):
            if k == idx:
                s = self.doc.sentences[k]
                got = self.named_pair(self.mentions(s.start, pos))
            else:
                got = self.sentence_pair(k)
            if got is not None:
                return got
        return None

    def sentence_pair(self, k: int) -> tuple[str, str] | None:
        """:meth:`named_pair` of the whole sentence *k* (worked out once)."""
        if k not in self._pairs:
            s = self.doc.sentences[k]
            self._pairs[k] = self.named_pair(self.mentions(s.start, s.end))
        return self._pairs[k]

    def named_pair(
        self, mentions: list[ResolvedMention]
    ) -> tuple[str, str] | None:
        """The two states *mentions* name most, if they name two."""
        counts: dict[str, int] = {}
        stand_in: dict[str, str] = {}
        for m in mentions:
            st = self.state_of(m)
            actor = self.doc.actors.get(st or "")
            if actor is None:
                continue
            if actor.kind not in {ActorKind.STATE, ActorKind.PERSON}:
                continue
            if actor.country is None:
                continue
            # a person stands for a state the text never names
            if actor.kind is ActorKind.STATE or actor.country not in (
                stand_in
            ):
                stand_in[actor.country] = actor.id
            counts[actor.country] = counts.get(actor.country, 0) + 1
        if len(counts) >= 2:
            ranked = sorted(counts, key=lambda c: -counts[c])
            return stand_in[ranked[0]], stand_in[ranked[1]]
        return None

    def two_countries(self, sent: _Line) -> None:
        low = sent.low
        # every match holds one of these words (lower-cased ASCII reads
        # the same)
        if sent.ascii and not (
            "two" in low or "both" in low or "friendly" in low
        ):
            return
        found = (
            _TWO_LOW.finditer(self._low, sent.start, sent.end)
            if sent.ascii
            else _TWO.finditer(self.text, sent.start, sent.end)
        )
        for two in found:
            if _BETWEEN_END.search(
                self.text[max(sent.start, two.start() - 9) : two.start()]
            ):
                continue  # handled with its noun
            cs = self.clause_start(sent, two.start())
            ce = self.clause_end(sent, two.end())
            if self.negated(sent, two.start()) or self.appeal(
                sent, two.start()
            ):
                continue
            score = _Score()
            kind = "relations"
            if _FRIENDLY.search(two.group()):
                score = score.add(Polarity.COOPERATIVE, None)
                kind = "friendship"
            for cue, _ in self.noun_hits(sent, two.end(), ce):
                score = score.add(cue.polarity, cue.trend)
                kind = cue.kind if kind == "relations" else kind
            score = self.score(cs, ce, score)
            pair = self.last_pair(sent, two.start())
            if pair is None:
                continue
            self.emit(
                pair[0],
                pair[1],
                score=score,
                kind=kind,
                hedged=self.hedged(sent, two.start()),
                start=two.start(),
                end=ce,
            )

    def banned_in(self, sent: _Line) -> None:
        """ "The X party is banned in B": B acts against X."""
        if sent.ascii and not any(
            w in sent.low
            for w in ("banned", "outlawed", "proscribed", "illegal", "forbidden")
        ):
            return
        if sent.outer is None:
            sent.outer = self.mentions(sent.start, sent.end)
        for m1, m2 in itertools.pairwise(sent.outer):
            if m2.start - m1.end > 70 or not _BANNED_IN.fullmatch(
                self.text, m1.end, m2.start
            ):
                continue
            if self.doc.actors[m2.actor].kind is not ActorKind.STATE:
                continue
            self.emit(
                m2,
                m1,
                score=_Score().add(Polarity.HOSTILE, None),
                kind="coercion",
                hedged=self.hedged(sent, m1.end),
                start=m1.start,
                end=m2.end,
            )

    def special(self, sent: _Line) -> None:
        if sent.outer is None:
            sent.outer = self.mentions(sent.start, sent.end)
        ms = sent.outer
        low, ss = sent.low, sent.start
        frame = contend = ill = True
        for m in ms:
            lo = max(ss, m.start - 60)
            if sent.ascii:
                # each pattern ends with its last word and spaces, and holds
                # words of its own (lower-cased ASCII reads the same)
                head = low[lo - ss : m.start - ss].rstrip()
                if not head.endswith(_SPECIAL_ENDS):
                    continue
                frame = head.endswith(_FRAME_FORMS)
                contend = head.endswith(_CONTENTION_ENDS) and any(
                    w in low for w in _CONTENTION_WORDS
                )
                ill = head.endswith(_ILL_ENDS) and any(
                    w in low for w in _ILL_WORDS
                )
                if not (frame or contend or ill):
                    continue
            left = self.text[lo : m.start]
            right = self.text[m.end : min(sent.end, m.end + 60)]
            frames = _FRAMES.search(left) if frame else None
            if frames is not None:
                pol = (
                    Polarity.HOSTILE
                    if _AS_HOSTILE.match(right)
                    else Polarity.COOPERATIVE
                    if _AS_FRIEND.match(right)
                    else None
                )
                at = m.start - len(left) + frames.start()
                agent = self.agent(sent, at) if pol else None
                if (
                    pol is not None
                    and agent is not None
                    and not self.negated(sent, at)
                ):
                    self.emit(
                        agent,
                        m,
                        score=_Score().add(pol, None),
                        kind="rivalry"
                        if pol is Polarity.HOSTILE
                        else "alliance",
                        hedged=self.hedged(sent, m.start),
                        start=agent.start,
                        end=m.end,
                    )
            if contend and _CONTENTION.search(left):
                cs = max(
                    self.clause_start(sent, m.start),
                    self.text.rfind(",", sent.start, m.start) + 1,
                )
                for other in self.mentions(cs, m.start):
                    self.emit(
                        other,
                        m,
                        score=_Score().add(Polarity.HOSTILE, None),
                        kind="dispute",
                        hedged=self.hedged(sent, m.start),
                        start=other.start,
                        end=m.end,
                    )
            if ill and _NO_ILL.search(left):
                later = [x for x in ms if x.start > m.end]
                if later and _TOWARD.match(self.text[m.end : later[0].start]):
                    self.emit(
                        m,
                        later[0],
                        score=_Score().add(Polarity.COOPERATIVE, None),
                        kind="friendship",
                        hedged=False,
                        start=m.start,
                        end=later[0].end,
                    )
        if sent.ascii and "not" not in low:
            return
        for na in _NOT_ACCEPT.finditer(self.text, sent.start, sent.end):
            objs = [
                m for m in ms if na.start("obj") <= m.start < na.end("obj")
            ]
            agent = self.agent(sent, na.start())
            if objs and agent is not None:
                self.emit(
                    agent,
                    objs[0],
                    score=_Score().add(Polarity.COOPERATIVE, None),
                    kind="support",
                    hedged=False,
                    start=agent.start,
                    end=na.end(),
                )


def _merge(doc: Document, found: Iterable[_Found]) -> tuple[Relationship, ...]:
    groups: dict[tuple[frozenset[str], Polarity], list[_Found]] = {}
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        groups.setdefault((frozenset((f.a, f.b)), f.polarity), []).append(f)
    out: list[Relationship] = []
    for i, fs in enumerate(groups.values(), start=1):
        first = fs[0]
        spans: list[tuple[int, int]] = sorted({(f.start, f.end) for f in fs})
        trend = next((f.trend for f in fs if f.trend is not None), None)
        evidence: tuple[Span, ...] = tuple(doc.span(s, e) for s, e in spans)
        out.append(
            Relationship(
                id=f"relationship:{i}",
                source=first.a,
                target=first.b,
                polarity=first.polarity,
                kind=first.kind,
                trend=trend,
                hedged=all(f.hedged for f in fs),
                evidence=evidence,
            )
        )
    return tuple(out)


def find_relationships(
    doc: Document, lexicon: PolarityLexicon
) -> tuple[Relationship, ...]:
    """
    Relationships stated in *doc*, in text order.

    One relationship per unordered pair and polarity; its evidence lists
    every span that states it.

    Examples:
        >>> from communique._types import NormalizedText
        >>> find_relationships(Document(norm=NormalizedText.identity(""),
        ...     sentences=(), mentions=(), actors={}),
        ...     PolarityLexicon.default())
        ()
    """
    reader = _Reader(doc, lexicon)
    reader.run()
    return _merge(doc, reader.found)
