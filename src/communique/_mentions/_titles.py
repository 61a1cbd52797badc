# SPDX-License-Identifier: MIT
"""
Titles before a person's name: "Foreign Minister", "Secretary of State".

:class:`Titles` compiles the ``titles`` lexicon (and the pseudo-titles of
the actor cues) into the sets the person passes test words against, and
finds each name that follows a title in a capitalized run
(:meth:`Titles.titled_names`). It reads the gazetteer's surface forms, as
a title may hold a state ("Kremlin spokesman"); the person passes
(:mod:`._persons`, :mod:`._person_names`, :mod:`._later`) use it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import regex

from communique import _cache
from communique._lexicons import Lexicons
from communique._patterns import alternation

from ._text import CUES, WORD, Match


__all__ = ["Titles", "singular_title"]

# the last word before a position (a reverse search)
_WORD_BACK = _cache.pattern(r"(?r)[^\s,;:()\"]+")

# Words that may follow "Minister of/for", "Secretary of the ...".
_TITLE_COMPLEMENT = """
Security Council Foreign Affairs Defence Defense State Europe Interior Finance
Trade Industry National Economy Economic Justice Health Energy Agriculture
Education Commerce Treasury Homeland Information Culture Transport Labour
Labor Environment Planning Development Home Commonwealth External Relations
Cooperation Staff Joint Chiefs Army Navy Air Force United Nations General
Assembly Public Communications Overseas International Federal Internal Legal
Social Welfare Tourism Science Technology Water Resources Oil Petroleum Mines
Mining Fisheries Youth Sports Women Family Immigration Intelligence Unification
Asia Africa Pacific Americas Middle East European Union Affairs Policy Budget
Central Committee Party People's Republic Commission Bank Reserve the and
""".split()

#: (title start, title end, name start, name end, stacked titles)
TitledName = tuple[int, int, int, int, tuple[str, ...]]


def _title_variants(titles: Iterable[str]) -> list[str]:
    out: set[str] = set()
    for t in titles:
        for v in (t, t[:1].upper() + t[1:]):
            out.add(v)
            head, _, last = v.rpartition(" ")
            if last and not last.endswith("s") and last[-1:].isalpha():
                plural = f"{last}es" if last.endswith(("ch", "sh")) else f"{last}s"
                out.add(f"{head} {plural}".strip())
    return sorted(out, key=len, reverse=True)


def singular_title(title: str) -> str:
    """*title* with a plural last word made singular: "Presidents"."""
    head, _, last = title.rpartition(" ")
    if last.endswith(("ents", "ters", "ers", "ings", "ens")):
        last = last[:-1]
    return f"{head} {last}".strip()


class Titles:
    """
    The titles of persons, compiled for quick tests on words.

    Attributes:
        titles: Every title and its variants (capitalized, plural),
            case-folded.
        pseudo_titles: Words before a name that give no role ("Sheikh").
        words: Every word of a title, and the words of a complement.
        chain: "former X Minister and current ..." before a title.
    """

    def __init__(
        self, lexicons: Lexicons, forms: Mapping[str, object]
    ) -> None:
        self._forms = forms
        titles = lexicons.strings("titles", "titles")
        honorifics = lexicons.strings("titles", "honorifics")
        title_alt_plain = alternation(_title_variants(titles))
        self.pseudo_titles = frozenset(lexicons.strings(CUES, "pseudo_titles"))
        variants = _title_variants(
            [*titles, *honorifics, *self.pseudo_titles]
        )
        self.titles = frozenset(v.casefold() for v in variants)
        self._complement = frozenset(_TITLE_COMPLEMENT)
        # words a title can start with, for a quick first check
        self._firsts = frozenset(t.split(" ")[0] for t in self.titles)
        # words a title can end with, for a quick first check
        self._ends = frozenset(
            v.split()[-1] for v in self.titles
        ) | frozenset(w.casefold() for w in _TITLE_COMPLEMENT) | frozenset(
            f.split()[-1].casefold() for f in forms
        )
        self.words = frozenset(
            w for t in titles for w in t.split()
        ) | frozenset(_TITLE_COMPLEMENT)
        self.chain = regex.compile(
            r"(?P<former>(?<![\p{L}])(?:former|Former)[ \t\n]+)?"
            rf"(?<![\p{{L}}])(?P<t>{title_alt_plain})[ \t\n]+and[ \t\n]+(?:current|now)"
            r"[ \t\n]+$"
        )

    def is_title(self, words: list[str]) -> bool:
        """Whether *words* form a title: "Foreign Minister", "Secretary of
        the Security Council", "national security advisor"."""
        if not words or words[0].casefold() not in self._firsts:
            return False
        if " ".join(words).casefold() in self.titles:
            return True
        for p, w in enumerate(words):
            if w in ("of", "for") and 0 < p < len(words) - 1:
                rest = words[p + 1 :]
                if rest[0] == "the":
                    rest = rest[1:]
                return (
                    bool(rest)
                    and " ".join(words[:p]).casefold() in self.titles
                    and all(r in self._complement or r in self._forms for r in rest)
                )
        return False

    def _may_follow_title(self, text: str, m: Match) -> bool:
        """Whether a word that can end a title stands in run *m* (but
        last) or right before it: a quick necessary condition for
        :meth:`titled_names`."""
        ends = self._ends
        words = m.group().split()  # the run has no other separators
        if any(w.casefold() in ends for w in words[:-1]):
            return True
        lo = m.start()
        start = max(0, lo - 60)
        cut = text.rfind("\n\n", start, lo)
        if cut >= 0:
            start = cut + 2
        last = _WORD_BACK.search(text, start, lo)
        return last is not None and last.group().casefold() in ends

    def titled_names(self, text: str, runs: list[Match]) -> list[TitledName]:
        """(title start, title end, name start, name end, titles) for each name
        that follows a title: "Foreign Minister Wang Yi", "spokesman
        Charles Redman", "Secretary of State George Shultz"."""
        out: list[TitledName] = []
        for m in runs:
            if not self._may_follow_title(text, m):
                continue
            lo = m.start()
            window = text[max(0, lo - 60) : lo]
            if "\n\n" in window:
                window = window[window.rindex("\n\n") + 2 :]
            prev = WORD.findall(window)[-6:]
            words = prev + m.group().split()  # no other separators in a run
            first_run = len(prev)
            best: tuple[int, int, int] | None = None
            for i in range(len(words) - 1, first_run - 1, -1):
                if i == 0:
                    break
                if words[i - 1].casefold() not in self._ends:
                    continue
                # the title must end right before the name
                for j in range(max(0, i - 8), i):
                    if self.is_title(words[j:i]):
                        best = (j, i, len(words))
                        break
                if best is not None:
                    break
            if best is None:
                continue
            j, i, n = best
            if i >= n:
                continue
            # stacked titles: "Supreme Leader Ayatollah", "Foreign
            # Minister Prince": the outer ones come first
            titles = [(j, i)]
            while j > 0:
                for j2 in range(max(0, j - 6), j):
                    if self.is_title(words[j2:j]):
                        titles.insert(0, (j2, j))
                        j = j2
                        break
                else:
                    break
            # the words' offsets, only now
            spans = [
                (lo - len(window) + t.start(), lo - len(window) + t.end())
                for t in WORD.finditer(window)
            ][-6:] + [
                (lo + t.start(), lo + t.end()) for t in WORD.finditer(m.group())
            ]
            out.append(
                (
                    spans[j][0],
                    spans[i - 1][1],
                    spans[i][0],
                    spans[n - 1][1],
                    tuple(
                        " ".join(words[a:b]) for a, b in titles
                    ),
                )
            )
        return out
