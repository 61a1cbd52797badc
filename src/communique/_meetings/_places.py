# SPDX-License-Identifier: MIT
"""
Places for stage 5a: the dateline, and the capitals, cities and states
a clause names as where a meeting happens. Built once per document
over :mod:`._actors` and :mod:`._scan`; read by the clause readers and
:mod:`._report`.
"""

from __future__ import annotations

import operator

import regex

from communique._types import Sentence
from communique.model import ActorKind

from ._actors import Actors
from ._cues import Cues
from ._patterns import Patterns
from ._records import Place, Trigger
from ._scan import Scan


__all__ = ["Places"]


class Places:
    """
    Finds the places of one document.

    Args:
        actors: The document's actors.
        cues: The meeting lexicon.
        pats: The stage's patterns.
        scan: The prefilters of the document.
    """

    def __init__(
        self, actors: Actors, cues: Cues, pats: Patterns, scan: Scan
    ) -> None:
        self.actors = actors
        self.scan = scan
        self.cues = cues
        self.pats = pats
        self.text = actors.text
        self.dateline = self._dateline()

    def _dateline(self) -> Place | None:
        # The dateline opens one of the first lines: "MOSCOW, April 13 -".
        text = self.text
        for line in self.pats.line.finditer(text, 0, min(len(text), 400)):
            if line.start() > 300:
                break
            m = self.pats.dateline.match(text, line.start(), line.end())
            found = self._dateline_place(m) if m is not None else None
            if found is not None:
                return found  # not a headline "JAPAN IN LAST-DITCH ..."
        return None

    def _dateline_place(self, m: regex.Match[str]) -> Place | None:
        city = m.group("city")
        country = self.cues.places.get(" ".join(city.lower().split()))
        region = m.group("region")
        if region:
            country = self.cues.places.get(region.lower(), country)
            for r in self.actors.mentions_in(
                m.start("region"), m.end("region")
            ):
                if r.kind is ActorKind.STATE:
                    country = self.actors.country_of(r.actor) or country
        if country is None:
            return None
        return Place(
            start=m.start("city"),
            end=m.end("city"),
            name=city.title(),
            country=country,
        )

    def _spots(
        self, start: int, end: int
    ) -> list[tuple[int, int, str | None, str | None]]:
        """``(start, end, name, country)`` of the places named in
        ``text[start:end]``, in order."""
        out: list[tuple[int, int, str | None, str | None]] = []
        actors = self.actors
        countries = actors.countries
        for m in actors.mentions(start, end):
            form = m.form
            if form in {"capital", "seat"}:
                country = countries.get(m.actor) or m.country
                out.append((m.start, m.end, m.text, country))
            elif form == "name" and m.kind is ActorKind.STATE:
                country = countries.get(m.actor) or m.country
                out.append((m.start, m.end, None, country))
        found = self.scan.cue["place"].finditer(start, end)
        if found:
            taken = [(a, b) for a, b, _, _ in out]
            names = self.cues.places
            for pm in found:
                a, b = pm.span()
                if any(x < b and a < y for x, y in taken):
                    continue
                name = pm.group()
                key = " ".join(name.lower().split())
                out.append((a, b, name, names.get(key)))
            out.sort(key=operator.itemgetter(0))
        return out

    def _place(self, spot: tuple[int, int, str | None, str | None]) -> Place:
        start, end, name, country = spot
        return Place(start=start, end=end, name=name, country=country)

    def first_place(self, start: int, end: int) -> Place | None:
        """The first place named in ``text[start:end]``."""
        spots = self._spots(start, end)
        return self._place(spots[0]) if spots else None

    def located_place(self, start: int, end: int) -> Place | None:
        """A place in ``text[start:end]`` after in/to/at, or "here"."""
        before = self.pats.place_before.search
        text = self.text
        for p in self._spots(start, end):
            if before(text, max(start, p[0] - 60), p[0]):
                return self._place(p)
        if self.dateline is not None and self.pats.here.search(
            self.text, start, end
        ):
            return self.dateline
        return None

    def compound_place(self, s: Sentence, t: Trigger) -> Place | None:
        """A city that modifies a noun trigger: "the Venice summit", "the
        Geneva disarmament talks"."""
        start = max(s.start, t.start - 60)
        spots = self._spots(start, t.start)
        if not spots or spots[-1][2] is None:
            return None  # no place, or a state: "the Japan talks"
        last = spots[-1]
        text = self.text
        if self.pats.gap_words.fullmatch(
            text[last[1] : t.start]
        ) and self.pats.article_end.search(text[start : last[0]]):
            return self._place(last)
        return None

    def in_for_place(self, s: Sentence, t: Trigger) -> Place | None:
        """The place a noun trigger's actor is in for it: "Kibaki, in
        Beijing for a four-day visit, said"."""
        start = max(s.start, t.start - 80)
        spots = self._spots(start, t.start)
        if not spots:
            return None
        last = spots[-1]
        if self.pats.for_visit.fullmatch(
            self.text, last[1], t.start
        ) and self.pats.in_before.search(
            self.text, max(start, last[0] - 20), last[0]
        ):
            return self._place(last)
        return None

    def chosen_place(self, s: Sentence, t: Trigger) -> Place | None:
        """The state chosen as a trip's destination: "chose Italy as the
        destination of his first trip abroad"."""
        start = max(s.start, t.start - 100)
        spots = self._spots(start, t.start)
        if not spots:
            return None
        last = spots[-1]
        if self.pats.as_destination.fullmatch(
            self.text, last[1], t.start
        ) and self.pats.chose.search(
            self.text, max(start, last[0] - 20), last[0]
        ):
            return self._place(last)
        return None

    def sidelines_place(self, s: Sentence, t: Trigger) -> Place | None:
        """Where the event is whose sidelines a meeting is held on: "met
        on the sidelines of the AU summit in Addis Ababa"."""
        end = min(s.end, t.end + 150)
        m = self.pats.sidelines.search(self.text, t.end, end)
        if m is None:
            return None
        stop = min(s.end, m.end() + 80)
        comma = self.text.find(",", m.end(), stop)
        return self.located_place(m.end(), comma if comma >= 0 else stop)

    def stay_place(self, s: Sentence, t: Trigger) -> Place | None:
        """A place the sentence puts its actors "in" before the trigger
        ("Kicking off a stay in Washington, which includes talks ...")."""
        found = None
        for p in self._spots(s.start, t.start):
            if self.pats.in_before.search(
                self.text, max(s.start, p[0] - 40), p[0]
            ):
                found = p
        return self._place(found) if found is not None else None
