# SPDX-License-Identifier: MIT
"""
Word sets, patterns and word helpers shared by several claim modules.

Data only, plus two small text helpers (the last word before a
position, the start of a clause); imports nothing else from the package.
"""

from __future__ import annotations

import regex

from communique import _cache


# Words that, right before a verb form, show it is not a reporting cue.
_BLOCKERS = frozenset(
    [
        "to",
        "as",
        "be",
        "been",
        "being",
        "is",
        "are",
        "was",
        "were",
        "am",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "no",
        "any",
        "some",
        "every",
        "each",
        "whose",
        "of",
        "over",
        "about",
        "for",
        "on",
        "in",
        "with",
        "by",
        "from",
        "into",
        "against",
        "at",
        "under",
        "after",
    ]
)


_BE = frozenset(
    ["be", "been", "being", "is", "are", "was", "were", "am", "'s"]
)


_SUBORDINATORS = frozenset(
    [
        "when",
        "while",
        "after",
        "before",
        "because",
        "although",
        "though",
        "since",
        "if",
        "whereas",
        "who",
        "which",
        "where",
        "whom",
        "unless",
        "until",
    ]
)


_POSSESSIVES = frozenset(["its", "his", "her", "their", "our", "my", "your"])


_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i"])


# The ASCII characters of a word (see :func:`_last_word`), matched right
# to left from the end of a range.
_ASCII_WORD_TAIL = _cache.pattern(r"[A-Za-z0-9_'.-]*+", regex.REVERSE)


def _last_word(text: str, lo: int, hi: int) -> tuple[int, str] | None:
    """(start, word) of the word ending *text[lo:hi]* before any spaces."""
    j = hi
    while j > lo and text[j - 1] in " \t\n":
        j -= 1
    # the ASCII run at once, then any other letters one by one
    i = _ASCII_WORD_TAIL.match(text, lo, j).start() if j > lo else j
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "_'.-"):
        i -= 1
    return (i, text[i:j]) if i < j else None


_THAT = _cache.pattern(r"[ \t\n]*+(?:,[ \t\n]*+)?that\b")


# After "by": the agent's mention, after "the" at most.
_GAP_THE = _cache.pattern(r"(?:the[ \t\n]++)?")


# Speech nouns with a that-clause: "a warning from Turkey that", "the
# stance that". A relative "that" ("the warning that was issued", "the
# stance that he took") is no content.
_SPEECH_NOUNS = (
    "warning|warnings|plea|assurance|assurances|pledge|promise|stance"
    "|position|argument|assertion|insistence|accusation|allegation"
    "|allegations|claim|claims|demand|proposal|suggestion|threat|vow"
    "|reminder|contention|conviction|declaration|announcement|message"
)


_NOUN_THAT = _cache.pattern(
    rf"""(?<![\w-])(?P<noun>{_SPEECH_NOUNS})
    (?:[ \t\n]++(?:from|by)[ \t\n]++(?P<src>[^,.;:"()]{{1,60}}?))?
    [ \t\n]*+,?[ \t\n]*+that[ \t\n]++
    (?!(?:was|is|were|are|had|has|have|been)\b)
    (?!(?:he|she|they|it|we|I|you)[ \t\n]++
       (?:[a-z]++(?<=ed)|made|took|gave|said|sent|held|put|had|set)\b)""",
    regex.VERBOSE,
)


_AS_SAYING = _cache.pattern(r"\bas[ \t\n]++saying\b")


_BY = _cache.pattern(r"[ \t\n]*+by[ \t\n]++")


_NOUN_CUE_LEFT = _cache.pattern(
    r"(?:its|his|her|their)[ \t\n]++(?:(?:renewed|strong|sharp|fresh)"
    r"[ \t\n]++)?$"
)


_CLAUSE_END = _cache.pattern(r"[ \t\n]*+(?:[.,;!?]|$)")


_SUBJECT_WORD = _cache.pattern(r"[\w'’.-]++")


# The last subordinator before a position, searched right to left (a
# clause starts with it).
_LAST_SUBORDINATOR = _cache.pattern(
    rf"(?<!\w)(?:(?i:{'|'.join(sorted(_SUBORDINATORS))})|that)(?!\w)",
    regex.REVERSE,
)


def _boundary(text: str, floor: int, pos: int, *, commas: bool) -> int:
    """Start of the clause that ends at *pos* (*floor* at the latest)."""
    p = max(text.rfind(";", floor, pos), text.rfind(":", floor, pos))
    if commas:
        p = max(p, text.rfind(",", floor, pos))
    lo = p + 1 if p >= 0 else floor
    m = _LAST_SUBORDINATOR.search(text, lo, pos)
    return int(m.start()) if m is not None else lo


_LEADING = _cache.pattern(r"(?:(?:But|And|However|Yet|So),?[ \t\n]++)?")
