# SPDX-License-Identifier: MIT
"""
The per-document :class:`Context` every finder works on.

It holds the document, the lexicon, the lower-cased text, the sentence
being read and the pairs found so far, and answers what all finders
ask: which party a mention stands for, the outermost parties in a
window, and whether a pair may be recorded (:meth:`Context.emit`).
"""

from __future__ import annotations

import bisect

from communique._types import Document, ResolvedMention
from communique.model import ActorKind

from ._found import Found, Score
from ._kinds import OWN_GROUP_KINDS
from ._lexicon import PolarityLexicon
from ._line import LOWER, Line


class Context:
    """Per-document state shared by the finders, and what they all ask."""

    def __init__(self, doc: Document, lex: PolarityLexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.found: list[Found] = []
        self.low = self.text.translate(LOWER)
        self.cut: dict[int, int | None] = {}
        self._party: dict[int, str | None] = {}
        self._state: dict[int, str | None] = {}
        self.pairs: dict[int, tuple[str, str] | None] = {}
        self.groups = (lex.nouns, lex.verbs, lex.modifiers)
        #: The sentence being read.
        self.line: Line | None = None

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

    def emit(
        self,
        a: ResolvedMention | str,
        b: ResolvedMention | str,
        *,
        score: Score,
        kind: str,
        hedged: bool,
        start: int,
        end: int,
    ) -> None:
        """
        Record that *a* and *b* (mentions or actor ids) are related, unless
        they are one party or a state and its own capital or body.
        """
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
            Found(
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
        if kind not in OWN_GROUP_KINDS:
            return False
        kinds = {self.doc.actors[m.actor].kind for m in (a, b)}
        named = all(m.form == "name" for m in (a, b))
        return named and ActorKind.ORGANIZATION in kinds and len(kinds) == 2
