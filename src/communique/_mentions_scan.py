# SPDX-License-Identifier: MIT
"""
Faster whole-text scans for the recognizer (stage 3) on ASCII texts.

On a text of ASCII characters without "_", a letter is ``[A-Za-z]``, a
word character (``\\w``) is a letter or digit, and case-insensitive
matching of ASCII words is matching on the lower-cased text. There the
recognizer's scans can use plain character classes instead of Unicode
properties, the gazetteer names need only be tried where a capital starts
a word, and the case-insensitive word lists (group nouns, pronouns, title
heads) can share one scan of the lower-cased text. Every scan here gives
the same matches as the Unicode pattern it stands for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import regex

from ._patterns import trie


__all__ = ["DESC", "AsciiScans", "ascii_text"]

# ASCII forms of ``_mentions._WS``, ``_TOKEN``, ``_PARTICLE`` and ``_RUN``
_WS = r"(?:[ \t]++|[ \t]*+\n[ \t]*+)"
_TOKEN = (
    r"(?:[A-Z](?=[A-Za-z'-]*[a-z])[A-Za-z]*+"
    r"(?:'[A-Za-z]{2,}+)?(?:-[A-Za-z][A-Za-z]*+)*+|[A-Z]\.)"
)
_PARTICLE = (
    r"(?:al|el|bin|ibn|van|von|der|den|de|del|della|da|di|du|dos|das|la|"
    r"le|arap|abu|ben|bint|ter|zu|y|wa|ould|ag|bin)"
)
_RUN = (
    rf"(?:(?:al|el|Al|El)-)?{_TOKEN}"
    rf"(?:{_WS}(?:{_PARTICLE}{_WS})*+(?:(?:al|el|Al|El)-)?{_TOKEN}){{0,9}}"
)
_NAME = (
    rf"(?:(?:al|el|Al|El)-)?{_TOKEN}"
    rf"(?:{_WS}(?:{_PARTICLE}{_WS})*+(?:(?:al|el|Al|El)-)?{_TOKEN}){{0,3}}"
)
_WORD_CAPITAL = regex.compile(r"\b[A-Z]")
_CAP_SEQ = regex.compile(rf"\b(?=[A-Z]|al-|el-)(?:{_RUN})")
# the description after "Name, " (``_mentions._DESC``); it starts at no
# space in the sense of ``\S`` (so an information separator may start it)
DESC = regex.compile(
    r"(?![ \t\n\x0b\x0c\r])(?:(?:a|an|the)[ \t\n]+)?((?:[^,.;:\"()\n]|(?<=\b[A-Z])\.){2,70}?)"
    r"(?=[ \t]{0,3}(?:[,;]|(?<!\b[A-Z])\.))"
)
_SAID_NAME = regex.compile(
    rf"\b(?:said|says|told|added)[ \t\n]+(?P<name>{_NAME})\b"
    r"(?=[ \t\n]*[,.;])"
)


def _alternation(words: Iterable[str]) -> str:
    """What ``_patterns.alternation(words)`` matches in an ASCII text."""
    items = sorted({w for w in words if w.isascii()})
    upper = [w for w in items if w[:1].isupper()]
    other = [w for w in items if not w[:1].isupper()]
    parts = []
    if upper:
        parts.append(r"(?=[A-Z])" + trie(upper))
    if other:
        parts.append(r"(?![A-Z])" + trie(other))
    return "(?:" + "|".join(parts or ["(?!)"]) + ")"


def ascii_text(text: str) -> bool:
    """Whether the scans here apply to *text*: ASCII, without "_"."""
    return text.isascii() and "_" not in text


def _ascii_words(words: Iterable[str]) -> bool:
    """Whether every word is ASCII and starts and ends with a letter."""
    return all(
        w.isascii() and w[:1].isalpha() and w[-1:].isalpha() for w in words
    )


class AsciiScans:
    """
    The scans for one recognizer.

    *upper_names* are the gazetteer names that start upper-case;
    *word_lists* the case-insensitive whole-word lists by name, each
    bounded by no letter, digit or "-" (a list may add characters it
    must not touch, see :meth:`words`). The lists share a scan only
    when a phrase of one list shares no word with another list (so no
    hit of one list can hide a hit of another); else :attr:`words_ok` is
    false and the caller keeps its own scans.
    """

    def __init__(
        self,
        upper_names: Iterable[str],
        word_lists: Mapping[str, Iterable[str]],
        *,
        org_heads: Iterable[str],
        org_nouns: Iterable[str],
        generic_heads: Iterable[str],
        person_verbs: Iterable[str],
    ) -> None:
        heads = list(org_heads)
        verb_after = (
            r"(?:,[ \t\n]+(?:said|told|added|says)\b)|"
            rf"[ \t\n]+{_alternation(person_verbs)}\b"
        )
        self.name_verb = regex.compile(
            rf"(?<![A-Za-z0-9.'-])(?=[A-Z]|al-|el-)(?P<name>{_NAME})"
            rf"(?={verb_after})"
        )
        self.verb_after = regex.compile(rf"(?<![ \t\n])(?:{verb_after})")
        self.said_name = _SAID_NAME
        self.org_head = regex.compile(
            r"(?<![A-Za-z0-9-])" + _alternation(heads) + r"(?![A-Za-z0-9])"
        )
        self.generic_body = regex.compile(
            r"(?<![A-Za-z0-9-])" + _alternation(generic_heads) + r"(?![A-Za-z0-9-])"
        )
        self.org_short = regex.compile(
            r"(?<![A-Za-z])(?:the|The)[ \t\n]+(?P<head>"
            + _alternation([*heads, *org_nouns])
            + r")(?![A-Za-z0-9-])(?![ \t\n]+(?:of|for|on|[A-Z]))"
        )
        names = [n for n in upper_names if n.isascii()]
        self._gaz = regex.compile(
            r"\b(?=[A-Z])" + trie(names) + r"(?![A-Za-z0-9]|-[a-z])"
        )
        # a match of the name and the two characters its end looks at
        self._gaz_reach = max((len(n) for n in names), default=0) + 2
        self._lists = {k: frozenset(w.lower() for w in v) for k, v in word_lists.items()}
        everything = frozenset().union(*self._lists.values())
        self.words_ok = _ascii_words(everything) and all(
            not (
                {x for w in mine if " " in w for x in w.split()}
                & {x for k2, other in self._lists.items() if k2 != k for w in other for x in w.split()}
            )
            for k, mine in self._lists.items()
        )
        self._words = regex.compile(r"\b(?<!-)" + trie(sorted(everything)) + r"\b(?!-)")

    def gazetteer(self, flat: str) -> Iterable[regex.Match[str]]:
        """
        The matches of the upper-case gazetteer pattern in *flat*: what
        ``finditer`` gives, tried only where a capital starts a word (the
        one place a name can start), with an end position a name away.
        """
        match = self._gaz.match
        reach = self._gaz_reach
        n = len(flat)
        last = 0
        out = []
        for c in _WORD_CAPITAL.finditer(flat):
            pos = c.start()
            if pos < last:
                continue  # inside the last name, as finditer skips it
            m = match(flat, pos, min(n, pos + reach))
            if m is not None:
                out.append(m)
                last = m.end()
        return out

    @staticmethod
    def runs(text: str) -> list[regex.Match[str]]:
        """The capitalized runs of *text*."""
        return list(_CAP_SEQ.finditer(text))

    def words(
        self, text: str, apart: Mapping[str, str]
    ) -> dict[str, list[tuple[int, int]]]:
        """
        The (start, end) of each whole-word hit of each list in *text*;
        a list named in *apart* also needs no character of its value
        right before or after the word.
        """
        out: dict[str, list[tuple[int, int]]] = {k: [] for k in self._lists}
        lists = list(self._lists.items())
        n = len(text)
        for m in self._words.finditer(text.lower()):
            s, e = m.span()
            word = m.group()
            for k, members in lists:
                if word not in members:
                    continue
                punct = apart.get(k)
                if punct and (
                    (s > 0 and text[s - 1] in punct) or (e < n and text[e] in punct)
                ):
                    continue
                out[k].append((s, e))
        return out
