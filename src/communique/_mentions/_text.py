# SPDX-License-Identifier: MIT
"""
Name shapes and small text helpers shared by every pass of stage 3.

This module sits below all the others in the package: the pattern
fragments for capitalized tokens, names and runs, the words that never
belong to a name, and the helpers that build whole-word patterns and
trim a name to its words. It imports nothing from the package but the
pattern cache and its helpers.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeAlias

import regex

from communique import _cache
from communique._patterns import alternation, trie


__all__ = [
    "APPOSED",
    "CUES",
    "NAME",
    "PARTICLE",
    "RUN",
    "STOP_NAME_TOKENS",
    "TOKEN",
    "WORD",
    "WS",
    "Match",
    "is_plain",
    "last_word",
    "trim_name",
    "whole_words",
]

#: The lexicon that holds the recognizer's cue lists.
CUES = "actor_cues"

#: A match of a ``regex`` pattern.
Match: TypeAlias = "regex.Match[str]"

WS = r"(?:[ \t]++|[ \t]*+\n[ \t]*+)"
# A capitalized name token: "Lavrov", "Jong-un", "O'Neill", "McCurry", "W."
TOKEN = (
    r"(?:\p{Lu}(?=[\p{L}\p{M}'-]*\p{Ll})[\p{L}\p{M}]*+"
    r"(?:'[\p{L}\p{M}]{2,}+)?(?:-\p{L}[\p{L}\p{M}]*+)*+|\p{Lu}\.)"
)
PARTICLE = (
    r"(?:al|el|bin|ibn|van|von|der|den|de|del|della|da|di|du|dos|das|la|"
    r"le|arap|abu|ben|bint|ter|zu|y|wa|ould|ag|bin)"
)
NAME = (
    rf"(?:(?:al|el|Al|El)-)?{TOKEN}"
    rf"(?:{WS}(?:{PARTICLE}{WS})*+(?:(?:al|el|Al|El)-)?{TOKEN}){{0,3}}"
)

# a run of capitalized tokens: titles and names together
RUN = (
    rf"(?:(?:al|el|Al|El)-)?{TOKEN}"
    rf"(?:{WS}(?:{PARTICLE}{WS})*+(?:(?:al|el|Al|El)-)?{TOKEN}){{0,9}}"
)

STOP_NAME_TOKENS = frozenset(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April May June July August September October November December Jan
    Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec The A An And But Or If In On
    At For With From To By Of As After Before While When Where Which Who This
    That These Those It Its He She His Her They Their We Our I You Your There
    Here Today Yesterday Tomorrow Mr Mrs Ms Dr Sir Meanwhile However Also
    Earlier Later Last Next Since Under Over Despite During Among Although
    Unlike Asked Speaking According Some Many Most Other Both Each Every All
    No Not Officials Analysts Observers Experts Diplomats Sources Western
    Eastern Northern Southern Jr Sr
    """.split()
)

# "Name, a retired neurosurgeon, ...": the head of a description in
# apposition to a person's name
APPOSED = _cache.pattern(
    r"(?:a|an|the)[ \t\n]+(?:[\p{Ll}-]{1,20}[ \t\n]+){0,3}?(\p{Ll}{3,20})"
    r"(?=[ \t\n]*,|[ \t\n]+(?:from|of|at|in|with|who|for|and|based)[ \t\n])"
)
WORD = _cache.pattern(r"[^\s,;:()\"]+")

_NONSPACE = _cache.pattern(r"\S+")
# spaces to str.split() and str.strip(), but not to regex's \s
_INFO_SEPARATORS = "\x1c\x1d\x1e\x1f"
_WORD_END = _cache.pattern(r"(?r)[\p{L}.'-]+")  # matched backwards from its end

# small words that cannot end a name once the words after them are gone
_TRAILING_LINKS = frozenset(["on", "of", "for", "and", "the", "in", "at"])


def last_word(text: str, lo: int, hi: int) -> tuple[str, int] | None:
    """The word (letters, dots, apostrophes, hyphens) that ``text[lo:hi]``
    ends with, before spaces, and its start; None unless *hi* follows
    spaces after such a word."""
    if text[hi - 1 : hi] not in (" ", "\t", "\n"):
        return None  # at least one space
    end = lo + len(text[lo:hi].rstrip(" \t\n"))
    m = _WORD_END.match(text, lo, end)
    return None if m is None else (m.group(), m.start())


def _folded(words: Iterable[str]) -> str:
    """Case-insensitive alternation of *words*, like ``alternation(words,
    fold=True)``. When every word starts with an ASCII letter, the
    letter lookahead is left out: the characters that match such a letter
    case-insensitively ("K", "ſ", "İ") are all letters, and the scan runs
    up to twice as fast without it."""
    items = sorted(set(words))
    if all(w[:1].isascii() and w[:1].isalpha() for w in items):
        return "(?i:" + trie(items, fold=True) + ")"
    return alternation(items, fold=True)


def whole_words(
    words: Iterable[str], punct: str, *, fold: bool = True
) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """
    *words* (case-insensitive if *fold*) as whole words: no letter, digit
    or character of *punct* on either side.

    Returns the pattern and a faster one that gives the same matches on
    plain texts (:func:`is_plain`), where ``\\b`` tells letters and digits
    from other characters. The faster one needs words that start and end
    with an ASCII letter (whatever matches such a letter is a word
    character); for other words it is the pattern itself.
    """
    items = sorted(set(words))
    body = _folded(items) if fold else alternation(items)
    cls = regex.escape(punct)
    exact = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}{cls}])" + body + rf"(?![\p{{L}}\p{{N}}{cls}])"
    )
    if not all(
        w[:1].isascii() and w[:1].isalpha() and w[-1:].isascii() and w[-1:].isalpha()
        for w in items
    ):
        return exact, exact
    return exact, regex.compile(rf"\b(?<![{cls}])" + body + rf"\b(?![{cls}])")


# a word character (``\w``) that is not a letter or digit ("_", a
# combining mark), or a letter or digit that is not one ("²")
_ODD_WORD_CHAR = _cache.pattern(r"[^\W\p{L}\p{N}]|(?!\w)[\p{L}\p{N}]")


def is_plain(text: str) -> bool:
    """Whether the word characters of *text* are just its letters and
    digits, so that ``\\b`` marks where a run of letters and digits
    starts or ends."""
    if text.isascii():
        return "_" not in text
    return _ODD_WORD_CHAR.search(text) is None


def trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop stop tokens (months, weekdays, openers) at either end."""
    seg = text[start:end]
    words = seg.split()
    if (
        words
        and words[0] not in STOP_NAME_TOKENS
        and words[-1] not in STOP_NAME_TOKENS
        and not any(c in seg for c in _INFO_SEPARATORS)
    ):
        # nothing to drop: from the first to the last non-space
        return start + len(seg) - len(seg.lstrip()), start + len(seg.rstrip())
    tokens = [
        (t.start() + start, t.end() + start)
        for t in _NONSPACE.finditer(text[start:end])
    ]
    while tokens and (
        text[tokens[-1][0] : tokens[-1][1]] in STOP_NAME_TOKENS
        # a connector left before a dropped weekday: "Ministry on"
        or (
            len(tokens) < len(words)
            and text[tokens[-1][0] : tokens[-1][1]] in _TRAILING_LINKS
        )
    ):
        tokens.pop()
    while tokens and text[tokens[0][0] : tokens[0][1]] in STOP_NAME_TOKENS:
        tokens.pop(0)
    if not tokens:
        return start, start
    return tokens[0][0], tokens[-1][1]

