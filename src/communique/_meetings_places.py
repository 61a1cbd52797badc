# SPDX-License-Identifier: MIT
"""
Places for stage 5a: the dateline, and the capitals, cities and states
a clause names as where a meeting happens.
"""

from __future__ import annotations

from ._meetings_actors import Actors
from ._meetings_cues import Cues, Patterns, Place, Trigger
from ._meetings_scan import Scan
from ._types import Sentence
from .model import ActorKind


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
        m = None
        for line in self.pats.line.finditer(text, 0, min(len(text), 400)):
            m = self.pats.dateline.match(text, line.start(), line.end())
            if m is not None or line.start() > 300:
                break
        if m is None:
            return None
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

    def places_in(self, start: int, end: int) -> list[Place]:
        """Capitals, cities, seats and states named in ``text[start:end]``."""
        out: list[Place] = []
        actors = self.actors
        for m in actors.mentions(start, end):
            if m.form in ("capital", "seat"):
                out.append(
                    Place(
                        start=m.start,
                        end=m.end,
                        name=m.text,
                        country=actors.country_of(m.actor) or m.country,
                    )
                )
            elif m.kind is ActorKind.STATE and m.form == "name":
                out.append(
                    Place(
                        start=m.start,
                        end=m.end,
                        name=None,
                        country=actors.country_of(m.actor) or m.country,
                    )
                )
        taken = [(p.start, p.end) for p in out]
        for pm in self.scan.cue["place"].finditer(start, end):
            if any(a < pm.end() and pm.start() < b for a, b in taken):
                continue
            key = " ".join(pm.group().lower().split())
            out.append(
                Place(
                    start=pm.start(),
                    end=pm.end(),
                    name=pm.group(),
                    country=self.cues.places.get(key),
                )
            )
        out.sort(key=lambda p: p.start)
        return out

    def located_place(self, start: int, end: int) -> Place | None:
        """A place in ``text[start:end]`` after in/to/at, or "here"."""
        for p in self.places_in(start, end):
            if self.pats.place_before.search(
                self.text, max(start, p.start - 60), p.start
            ):
                return p
        if self.dateline is not None and self.pats.here.search(
            self.text, start, end
        ):
            return self.dateline
        return None

    def stay_place(self, s: Sentence, t: Trigger) -> Place | None:
        """A place the sentence puts its actors "in" before the trigger
        ("Kicking off a stay in Washington, which includes talks ...")."""
        found = None
        for p in self.places_in(s.start, t.start):
            if self.pats.in_before.search(
                self.text, max(s.start, p.start - 40), p.start
            ):
                found = p
        return found
