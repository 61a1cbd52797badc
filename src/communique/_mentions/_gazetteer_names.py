# SPDX-License-Identifier: MIT
"""
Pass 1 of stage 3: gazetteer names, capitals, seats and demonyms.

:class:`GazetteerNames` compiles the gazetteer's surface forms (and the
shipped lists of places that are no actors) into one named-list pattern
and finds them in a text as :class:`~._context.GazHit` objects, the first
thing the per-document :class:`~._context.Context` holds. It also answers
the questions later passes ask about those names: is a hit a news agency
in a byline, which flags does resolution need, what is a name without
its state names.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from communique import _cache
from communique._gazetteer import Gazetteer
from communique._lexicons import Lexicons
from communique._patterns import alternation
from communique.model import ActorKind

from ._context import GazHit
from ._text import CUES, Match


__all__ = ["GazetteerNames", "gaz_flags"]

# where a capital starts a word: the only starts of upper-case names
_CAPITAL_START = _cache.pattern(r"(?<![\p{L}\p{N}])\p{Lu}")
_DIGIT_AFTER = _cache.pattern(r"[ \t]?\d")
_FLATTEN = {ord("\n"): " ", ord("\t"): " ", ord("\r"): " "}

_LOCATIVE = _cache.pattern(
    r"(?<![\p{L}])(?:in|at|from|near|outside|via|through)[ \t\n]+$"
)
_CAP_BEFORE = _cache.pattern(
    r"(?:\p{Lu}[\p{L}.'-]*,?|\p{Lu}\.)[ \t]+$"
)
_CAP_AFTER = _cache.pattern(r"(?<![ \t\n])[ \t]++\p{Lu}")
_SENTENCE_START = _cache.pattern(r"(?:^|[.!?\"]\s+|\n\s*)$")
_BYLINE = _cache.pattern(
    r"(?:^|\n)[ \t]*(?:\(|By[ \t][^\n]{0,60},[ \t]*)?$"
)


class GazetteerNames:
    """
    The gazetteer's names as one compiled pass.

    Attributes:
        gazetteer: The gazetteer compiled.
        forms: Each surface form with its (entry key, form) readings.
        blockers: Names of places that are no actors ("Mexico City").
    """

    def __init__(self, gazetteer: Gazetteer, lexicons: Lexicons) -> None:
        self.gazetteer = gazetteer
        forms: dict[str, list[tuple[str, str]]] = {}
        ambiguous: set[tuple[str, str]] = set()
        for e in gazetteer.entries:
            for surface, form in e.forms():
                forms.setdefault(surface, []).append((e.id, form))
            ambiguous.update((e.id, s) for s in e.ambiguous)
        self.forms = forms
        self._ambiguous = ambiguous
        regions = lexicons.strings(CUES, "regions")
        # an entry's own name wins over the shipped lists of non-actors
        # (a user's "Somaliland"); its capital does not ("Mexico City")
        blockers = [
            b
            for b in (*lexicons.strings(CUES, "non_actor_places"), *regions)
            if all(form != "name" for _, form in forms.get(b, ()))
        ]
        self.blockers = frozenset(blockers)
        names = sorted({*forms, *blockers}, key=len, reverse=True)
        self._gaz_re = regex.compile(
            r"(?<![\p{L}\p{N}])" + alternation(names)
            + r"(?![\p{L}\p{N}]|-[\p{Ll}])"
        )
        # The same pass without the few lower-case names ("al-Qaeda",
        # "dpa"): several times faster, and the same wherever none of
        # those names occurs in the text.
        self._gaz_lower = tuple(n for n in names if not n[:1].isupper())
        upper = alternation(n for n in names if n[:1].isupper())
        self._gaz_upper_re = regex.compile(
            r"(?<![\p{L}\p{N}])" + upper + r"(?![\p{L}\p{N}]|-[\p{Ll}])"
        )
        # on plain texts (see is_plain), where the match starts with a letter
        self._gaz_upper_plain = regex.compile(
            r"\b" + upper + r"(?![\p{L}\p{N}]|-[\p{Ll}])"
        )
        # a match of an upper-case name and the two characters after it
        self._gaz_upper_reach = 2 + max(
            (len(n) for n in names if n[:1].isupper()), default=0
        )

    def _upper_names(
        self, pattern: regex.Pattern[str], flat: str
    ) -> list[Match]:
        """
        What ``pattern.finditer(flat)`` gives for an upper-case gazetteer
        pattern, tried only where a capital starts a word (the one place
        such a name can start), each time no further than a name reaches.
        """
        match = pattern.match
        reach = self._gaz_upper_reach
        n = len(flat)
        last = 0
        out = []
        for c in _CAPITAL_START.finditer(flat):
            pos = c.start()
            if pos < last:
                continue  # inside the last name, which finditer skips
            m = match(flat, pos, min(n, pos + reach))
            if m is not None:
                out.append(m)
                last = m.end()
        return out

    def hits(self, text: str, plain: bool) -> list[GazHit]:
        """The gazetteer names in *text*, by start."""
        out: list[GazHit] = []
        # same length, so offsets hold: names may wrap across lines
        flat = text.translate(_FLATTEN)
        matches: Iterable[Match]
        if any(n in flat for n in self._gaz_lower):
            matches = self._gaz_re.finditer(flat)
        else:
            upper = self._gaz_upper_plain if plain else self._gaz_upper_re
            matches = self._upper_names(upper, flat)
        for m in matches:
            surface = m.group()
            if surface in self.blockers:
                continue
            cands = self.forms.get(surface)
            if not cands:
                continue
            key, form = cands[0]
            entry = self.gazetteer.get(key)
            assert entry is not None
            amb = len(cands) > 1
            if (key, surface) in self._ambiguous:
                if _capitalized_neighbour(text, m.start(), m.end()):
                    continue  # part of another name: "Atlanta, Georgia"
                amb = amb or entry.kind is ActorKind.ORGANIZATION
            start = m.start()
            if form == "seat" and text[max(0, start - 4) : start] in ("the ", "The "):
                start -= 4
            out.append(
                GazHit(
                    start=start,
                    end=m.end(),
                    key=key,
                    form=form,
                    kind=entry.kind,
                    country=entry.country,
                    ambiguous=amb,
                )
            )
        return out

    def without_states(self, name: str) -> str:
        """*name* without the state names in it: "Foreign Ministry"."""
        words = name.split()
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                if " ".join(words[i : i + n]) in self.forms:
                    words[i : i + n] = [""] * n
        return " ".join(w for w in words if w) or name

    def is_byline(self, text: str, g: GazHit) -> bool:
        """A news agency in a byline or dateline: "(AP)", "Reuter"."""
        if g.kind is not ActorKind.ORGANIZATION:
            return False
        after = text[g.end : g.end + 3]
        if _DIGIT_AFTER.match(after):
            return True  # "Boeing 747": a product
        entry = self.gazetteer.get(g.key)
        if entry is None or entry.category != "news":
            return False
        before = text[max(0, g.start - 80) : g.start]
        if before.endswith("(") or after.startswith(")"):
            return True
        line_end = text.find("\n", g.end)
        rest = text[g.end : len(text) if line_end < 0 else line_end]
        return bool(_BYLINE.search(before)) and not rest.strip(" \t.")


def gaz_flags(g: GazHit, text: str) -> str | None:
    """Flags for resolution: ``ambiguous`` and/or ``locative`` forms."""
    flags = []
    if g.ambiguous:
        flags.append("ambiguous")
    if g.form == "capital" and _LOCATIVE.search(
        text[max(0, g.start - 12) : g.start]
    ):
        flags.append("locative")
    return " ".join(flags) or None


def _capitalized_neighbour(text: str, start: int, end: int) -> bool:
    """Whether a word is part of a longer proper name ("Vernon Jordan",
    "Atlanta, Georgia", "Korea University")."""
    before = text[max(0, start - 30) : start]
    cap = _CAP_BEFORE.search(before)
    if cap is not None and not _SENTENCE_START.search(before[: cap.start()]):
        return True
    return _CAP_AFTER.match(text, end, end + 500) is not None
