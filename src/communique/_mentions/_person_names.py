# SPDX-License-Identifier: MIT
"""
Where a person's name stands, before anything is known of it.

:class:`PersonNames` finds the spans of candidate person names by shape:
a name in apposition to a title ("Wang Yi, China's foreign minister,"),
a known given name or full name ("Vladimir Putin"), a name before a
described person ("Ada Eze, a nurse from Lagos, spoke"), a name before a
verb of speech or action ("Lavrov said") or after one ("said Lavrov").
It works on the capitalized runs of the :class:`~._context.Context`; the
person pass (:mod:`._persons`) turns the spans into mentions.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from communique import _cache
from communique._lexicons import Lexicons
from communique._patterns import alternation

from ._acting import Acting
from ._text import APPOSED, CUES, NAME, PARTICLE, STOP_NAME_TOKENS, WORD, Match
from ._titles import Titles


__all__ = ["PersonNames"]

# the rest of an apposition, to its closing comma
_DESC_CLOSE = _cache.pattern(r"[^,.;:\"()\n]{0,80}+,")
# the description after "Name, ": up to the next comma or full stop
_DESC = _cache.pattern(
    r"(?=\S)(?:(?:a|an|the)[ \t\n]+)?((?:[^,.;:\"()\n]|(?<=\b\p{Lu})\.){2,70}?)"
    r"(?=[ \t]{0,3}(?:[,;]|(?<!\b\p{Lu})\.))"
)
# heads of a description in apposition that show a person: "Ada Eze, a
# nurse from Lagos,"
_PERSON_HEADS = frozenset(
    """
    professor lecturer teacher student scholar researcher scientist
    economist analyst historian expert specialist engineer architect
    doctor physician surgeon neurosurgeon nurse lawyer attorney judge
    writer author novelist poet journalist reporter columnist editor
    commentator blogger broadcaster photographer filmmaker director
    businessman businesswoman entrepreneur investor banker billionaire
    millionaire executive tycoon magnate founder owner farmer worker
    activist campaigner organizer organiser volunteer candidate politician
    lawmaker legislator senator congressman congresswoman councillor
    councilor mayor governor strategist consultant pollster lobbyist
    adviser advisor aide spokesman spokeswoman spokesperson veteran
    retiree pensioner priest pastor cleric imam rabbi bishop monk nun
    diplomat negotiator mediator officer soldier commander colonel
    general captain pilot driver shopkeeper vendor trader resident
    villager refugee survivor witness victim mother father widow
    """.split()
)

_IRREGULAR = frozenset("said told wrote thinks believes".split())

#: (name start, name end, description start, description end, title)
Apposition = tuple[int, int, int, int, str]


def _reporting_forms(lexicons: Lexicons) -> list[str]:
    """Past and present forms of the reporting verbs (the claims lexicon),
    plus the actions that only persons take ("met", "visited")."""
    groups = lexicons["reporting_verbs"].get("groups", [])
    forms = {
        f
        for g in groups
        if not g.get("noun") and not g.get("adjective")
        for f in g.get("forms", [])
        if " " not in f and (f.endswith(("ed", "s")) or f in _IRREGULAR)
    }
    return sorted(forms | {"met", "visited", "spoke", "signed", "agreed"})


def _full_names(lexicons: Lexicons) -> set[str]:
    """Every name of two words or more in the ``persons`` lexicon."""
    persons = lexicons["persons"].get("persons", [])
    return {
        name
        for p in persons
        if isinstance(p, dict)
        for name in (p.get("name"), *p.get("names", ()))
        if isinstance(name, str) and " " in name.strip()
    }


class PersonNames:
    """
    Candidate person names by shape.

    Attributes:
        name_verb: A name before a verb of speech or action.
        reporting_after: A reporting verb right after a name.
        said_name: A name after "said", "told".
        family_first: Family names written first ("Xi").
    """

    def __init__(
        self,
        lexicons: Lexicons,
        *,
        titles: Titles,
        acting: Acting,
        forms: Mapping[str, object],
        org_heads: frozenset[str],
    ) -> None:
        self._titles = titles
        self._acting = acting
        self._forms = forms
        self._org_heads = org_heads
        verbs = acting.verbs
        verb_after = (
            r"(?:,[ \t\n]+(?:said|told|added|says)\b)|"
            # an apposition: "Hiroshi Tanaka, 61, a professor of law at
            # Keio University, told"
            r"(?:,[ \t\n]+(?:\d{1,3},[ \t\n]+)?"
            r"(?=[a-z]|\p{Lu}[\p{L}-]*+'s?[ \t\n]"
            r"|(?:[^,.;:\"()\n]|\n(?![ \t\n])){0,40}?"
            r"(?<![\p{L}])(?i:minister|president"
            r"|secretary|chairman|chairwoman|director|spokesman|spokeswoman"
            r"|spokesperson|ambassador|governor|envoy|chief|head|leader"
            r"|commander|adviser|advisor|professor)(?![\p{L}]))"
            # (a wrapped line goes on; an indented one is a paragraph)
            r"(?:[^,.;:\"()\n]|\n(?![ \t\n])){2,80}"
            r",[ \t\n]+(?:(?:also|later|earlier|then)[ \t\n]+)?"
            r"(?:said|says|told|tells|added|adds|warned|warns|suggested"
            r"|argued|wrote|writes|noted|explained|insisted|urged|announced"
            r"|acknowledged|claimed|stressed|replied|countered|asked"
            r"|predicted|recalled|tweeted)\b)|"
            rf"[ \t\n]+{alternation(verbs)}\b"
        )
        self.name_verb = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}.'-])(?=\p{{Lu}}|al-|el-)(?P<name>{NAME})"
            rf"(?={verb_after})"
        )
        # (after a run's last word, never a space)
        self._verb_after = regex.compile(rf"(?<![ \t\n])(?:{verb_after})")
        # lower-case verbs that are no name particles never continue a
        # capitalized run, so a name before a verb ends where a run ends
        particles = set(PARTICLE.strip("(?:)").split("|")) | {"al", "el"}
        self._verbs_end_runs = all(
            v.isalpha() and v.islower() and v not in particles for v in verbs
        )
        self.reporting_after = regex.compile(
            r"(?<![ \t\n])(?:,)?[ \t\n]++(?:also[ \t\n]+|then[ \t\n]+|later[ \t\n]+)?"
            + alternation(_reporting_forms(lexicons))
            + r"\b"
        )
        self.said_name = regex.compile(
            rf"\b(?:said|says|told|added)[ \t\n]+(?P<name>{NAME})\b"
            r"(?=[ \t\n]*[,.;])"
        )
        self._given = frozenset(lexicons.strings(CUES, "given_names"))
        # full names of well-known persons ("Jacinda Ardern"), whatever
        # their given name
        self._full_names = frozenset(_full_names(lexicons))
        self.known_persons = lexicons.strings(CUES, "known_persons")
        self.family_first = frozenset(lexicons.strings(CUES, "family_name_first"))

    def names_before_verbs(
        self, text: str, runs: list[Match]
    ) -> list[Match]:
        """
        The matches of :attr:`name_verb` in *text* ("Lavrov said"),
        found from the capitalized *runs*.

        Such a name starts inside a run (wherever it starts, a run could)
        and ends where that run ends, since the verb cannot continue the
        run; so the pattern is tried only from runs followed by a verb,
        and no further than that verb. A run cut at its tenth token could
        end inside a name: then, or if some verb could continue a run,
        the whole text is searched.
        """
        if not self._verbs_end_runs or any(
            len(r.group().split()) >= 10 for r in runs
        ):
            return list(self.name_verb.finditer(text))
        name_verb = self.name_verb
        verb_after = self._verb_after
        out: list[Match] = []
        for r in runs:
            verb = verb_after.match(text, r.end(), len(text))
            if verb is None:
                continue
            m = name_verb.search(text, r.start(), verb.end())
            if m is not None and m.start() < r.end():
                out.append(m)
        return out


    def given_names(
        self, text: str, runs: list[Match]
    ) -> list[tuple[int, int]]:
        """Names that look like persons on their own: a known given name
        and a surname ("Vladimir Putin"), or a family name first and a
        given name ("Xi Jinping")."""
        out: list[tuple[int, int]] = []
        known_persons = self.known_persons
        for m in runs:
            words = m.group().split()  # the run has no other separators
            seq = " ".join(words)
            if seq.endswith(known_persons):
                for known in known_persons:
                    if seq.endswith(known):
                        out.append((m.end() - len(known), m.end()))
                        break
            # the name is the run's last two to four words
            for k in range(max(0, len(words) - 4), len(words) - 1):
                w = words[k]
                if any(
                    x in self._titles.words or x in self._forms
                    or x in STOP_NAME_TOKENS
                    for x in words[k + 1 :]
                ):
                    break
                if w in self._given or " ".join(words[k:]) in self._full_names or (
                    w in self.family_first and len(words) - k == 2
                    and "-" not in words[k + 1]
                    and words[k + 1] not in self._given
                ):
                    starts = [t.start() for t in WORD.finditer(m.group())]
                    out.append((m.start() + starts[k], m.end()))
                    break
        return out

    def apposed_names(
        self, text: str, runs: list[Match]
    ) -> list[tuple[int, int]]:
        """Two or three capitalized words before a description of a
        person in apposition, and a verb after it: "Ada Eze, a nurse from
        Lagos, spoke", whatever the given name."""
        out: list[tuple[int, int]] = []
        for m in runs:
            end = m.end()
            if text[end : end + 2] not in (", ", ",\n"):
                continue
            words = m.group().split()
            if not 2 <= len(words) <= 3 or any(
                w in self._titles.words or w in self._forms
                or w in STOP_NAME_TOKENS or w in self._org_heads
                or not w[:1].isupper() or len(w) < 2
                for w in words
            ):
                continue
            d = APPOSED.match(text, end + 2, end + 90)
            if d is None or d.group(1) not in _PERSON_HEADS:
                continue
            close = _DESC_CLOSE.match(text, d.end(), d.end() + 120)
            if close is None or not (
                self._acting.acts.match(text, close.end(), close.end() + 500)
                or self._acting.group_act.match(text, close.end(), close.end() + 500)
            ):
                continue
            out.append(m.span())
        return out

    def appositions(
        self, text: str, runs: list[Match]
    ) -> list[Apposition]:
        """(name start, name end, description start, end, title) for
        "Wang Yi, China's foreign minister," and the like."""
        out: list[Apposition] = []
        desc = _DESC
        for m in runs:
            end = m.end()
            if text[end : end + 2] not in (", ", ",\n"):
                continue
            d = desc.match(text, end + 2, (end + 2) + 500)
            if d is None:
                continue
            words = d.group(1).split()
            name_start = m.start()
            for t in WORD.finditer(m.group()):
                if t.group().casefold() in self._titles.titles or t.group() in self._forms:
                    name_start = m.start() + t.end()
                    while text[name_start : name_start + 1].isspace():
                        name_start += 1
                else:
                    break
            if name_start >= end:
                continue
            for j in range(len(words)):
                cand = words[j:]
                if self._titles.is_title(cand) or self._titles.is_title(
                    [cand[0][:1].upper() + cand[0][1:], *cand[1:]]
                ):
                    title = " ".join(cand)
                    out.append((name_start, end, d.start(1), d.end(1), title))
                    break
        return out
