# SPDX-License-Identifier: MIT
"""
Stage 2: normalized text -> sentences.

One compiled pattern finds candidate boundaries (sentence punctuation
followed by space and a capital, or a paragraph break); abbreviations such
as "Mr." and "Gen." veto a boundary, and initialisms such as "U.S." only end
a sentence when a typical sentence opener follows.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from . import _cache
from ._types import NormalizedText, Sentence


# Abbreviations that never end a sentence.
_NEVER_END = frozenset(
    """
    mr mrs ms dr gen lt col maj capt sgt adm cmdr gov sen rep rev prof st
    jan feb mar apr jun jul aug sep sept oct nov dec nos vol vs etc
    jr sr messrs mt ft fig art approx dept est inc ltd corp co
    """.split()
)

# Words that, after an initialism such as "U.S.", show a new sentence.
_OPENERS = frozenset(
    """
    The A An He She It They We I You His Her Its Their Our This That These
    Those There But And Yet So However Meanwhile In On At For After Before
    While When If As Although Some Many Most Officials Analysts
    Now Still Also Earlier Later Last Under Since Despite During Both Such
    Each One Two Three What Why How Who Where Mr Mrs Ms Dr Only Even Then
    Thus Instead Nevertheless Later Under Until Without With From By
    Diplomats Experts Critics Witnesses Police Troops Sources Residents
    """.split()
)

_BOUNDARY = _cache.pattern(
    r"""
    (?P<para>(?<![ \t])[ \t]*+\n(?:[ \t]*+\n)++[ \t]*+|\n[ \t]++)  # blank line, indent
    |
    (?<=[.!?])(?P<close>["')\]]*+)(?P<space>[ \t]*+\n?[ \t]*+)
    (?=[ \t]*["'(\[]{0,2}[\p{Lu}\d])
    """,
    regex.VERBOSE,
)

# "MOSCOW, April 13 (Reuters) - ", "NAIROBI, Kenya (AP) _ "
_DATELINE = _cache.pattern(
    r"(?:\p{Lu}[\p{Lu}'.-]++(?:[ \t]\p{Lu}[\p{Lu}'.-]++){0,3})"
    r"(?:,[ \t]\p{Lu}[\p{L}.]++(?:[ \t]\p{Lu}[\p{L}.]++)?)?"
    r"(?:,?[ \t]\p{Lu}\p{Ll}{2,8}\.?[ \t]\d{1,2})?"
    r"(?:,?[ \t]*\([^)\n]{1,30}\))?"
    r"[ \t]*(?:-{1,2}|_|\u2013|\u2014)[ \t]*(?=[\"'\p{Lu}])"
)

# Where a boundary can start: after sentence punctuation, or at a line
# break or the spaces before it.
_CANDIDATE = _cache.pattern(r"[.!?\n]")


def _boundaries(text: str) -> Iterator[regex.Match[str]]:
    """
    The matches of ``_BOUNDARY.finditer(text)``, faster.

    The pattern can only match right after ".", "!" or "?", at a line
    break, or at the spaces or tabs that open the run before one; it is
    tried only there (its lookbehinds see the text before the position),
    and the positions inside a match are skipped as ``finditer`` does.
    """
    match = _BOUNDARY.match
    allowed = 0  # where the next match may start
    for c in _CANDIDATE.finditer(text):
        q = c.start()
        if text[q] == "\n":
            r = q
            while r > 0 and text[r - 1] in " \t":
                r -= 1
            tries: tuple[int, ...] = (r, q) if r != q else (q,)
        else:
            tries = (q + 1,)
        for p in tries:
            if p < allowed:
                continue
            m = match(text, p)
            if m is None:
                allowed = p + 1
                continue
            yield m
            e = m.end()
            allowed = e if e > p else p + 1


# The word before a final ".", matched right to left from the end (the
# text it is tried on ends with the "." itself).
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")

_WORD_BEFORE = _cache.pattern(r"(\S+)\.[\"')\]]*$", regex.REVERSE)
_NEXT_WORD = _cache.pattern(r"[\"'(\[]?(\w+)")


def _is_boundary(text: str, dot: int, after: int) -> bool:
    """Decide whether the punctuation ending at *dot* ends a sentence."""
    if text[dot - 1] != ".":
        return True
    head = text[max(0, dot - 30) : dot]
    m = _WORD_BEFORE.search(head)
    if m is None:
        return True
    word = m.group(1).lstrip("(\"'[")
    low = word.casefold()
    if low in _NEVER_END:
        return False
    if low == "no" and text[after : after + 1].isdigit():
        return False  # "No. 10"

    if len(word) == 1 and word.isupper():
        return False  # an initial: "George W. Bush"
    if "." in word or (word.isupper() and len(word) <= 3 and "." in head):
        # an initialism such as "U.S." or "U.N.": only before an opener
        nm = _NEXT_WORD.match(text, after, after + 500)
        return nm is not None and nm.group(1) in _OPENERS
    return True


#: No sentence is longer than this: news sentences stay far below it, and
#: the cap keeps every per-sentence rule linear on pathological input
#: (a megabyte without a full stop).
MAX_SENTENCE = 2000


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of at most MAX_SENTENCE
    characters, at whitespace where there is some."""
    out: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))
    return out


def segment(norm: NormalizedText) -> tuple[Sentence, ...]:
    """
    Split *norm* into sentences.

    Examples:
        >>> from communique._types import NormalizedText
        >>> s = segment(NormalizedText.identity("Mr. Lee met U.S. officials. He left."))
        >>> [x.text for x in s]
        ['Mr. Lee met U.S. officials.', 'He left.']
    """
    text = norm.text
    out: list[Sentence] = []
    start = 0
    paragraph = 0

    def emit(end: int) -> None:
        nonlocal start
        seg = text[start:end]
        lead = len(seg) - len(seg.lstrip())
        p = start + lead
        # a dateline opens with two capitals ("MOSCOW"): a lower-case
        # second letter ("The") rules it out without the pattern
        dl = (
            None
            if text[p + 1 : p + 2] in _LOWER
            else _DATELINE.match(text, p, end)
        )
        if dl is not None and dl.end() < end:
            # a dateline opens the paragraph: its own segment
            head = text[dl.start() : dl.end()].rstrip()
            out.append(
                Sentence(
                    index=len(out),
                    start=dl.start(),
                    end=dl.start() + len(head),
                    text=head,
                    paragraph=paragraph,
                )
            )
            start = dl.end()
            seg = text[start:end]
            lead = len(seg) - len(seg.lstrip())
        stripped = seg.strip()
        if stripped:
            s = start + lead
            e = s + len(stripped)
            for a, b in _pieces(text, s, e):
                out.append(
                    Sentence(
                        index=len(out),
                        start=a,
                        end=b,
                        text=text[a:b],
                        paragraph=paragraph,
                    )
                )

    for m in _boundaries(text):
        if m.group("para") is not None:
            emit(m.start())
            start = m.end()
            paragraph += 1
            continue
        dot = m.start()
        if (
            not m.group("space")
            and not m.group("close")
            and text[dot - 2 : dot - 1].isdigit()
            and text[m.end() : m.end() + 1].isdigit()
        ):
            continue  # a decimal point: "3.4 million"
        if not _is_boundary(text, dot, m.end()):
            continue
        emit(m.start("space"))
        start = m.end()
        space = m.group("space")
        if "\n" in space and not space.endswith("\n"):
            paragraph += 1  # an indented new line starts a paragraph
    emit(len(text))
    return tuple(out)
