# SPDX-License-Identifier: MIT
"""
Actors for stage 5a: the mentions a meeting can name, and whom the
pronouns and bare titles ("he", "the two", "the minister", "the Saudi
leader") of a trigger's clause stand for. Built once per document
over the look-ups of :mod:`._scan`; read by :mod:`._places`, the clause
readers and :mod:`._merge`.
"""

from __future__ import annotations

import bisect

from collections.abc import Iterable

import attrs

from communique._types import Document, ResolvedMention, Sentence
from communique.model import ActorKind

from ._patterns import Patterns
from ._records import Candidate
from ._scan import Scan


__all__ = ["Actors"]

_PLURAL = frozenset({"they", "their", "them", "the", "both"})


# Title heads that name an envoy, never a leader named before.
_POSTS = frozenset(["ambassador", "envoy"])
# Title heads that fit any leader named before ("the Saudi leader").
_ANY_TITLE = frozenset(
    ["leader", "counterpart", "head", "statesman", "ruler", "premier"]
)

class Actors:
    """
    The mentions of one document, indexed for the stage's look-ups.

    Args:
        doc: The document after actor resolution.
        pats: The stage's patterns.
        cands: The meeting reports found so far (the finder appends to
            it); "they" looks back at the latest of them.
        scan: The prefilters of the document.
    """

    def __init__(
        self,
        doc: Document,
        pats: Patterns,
        cands: list[Candidate],
        scan: Scan,
    ) -> None:
        self.doc = doc
        self.scan = scan
        self.pats = pats
        self.text = doc.text
        self.cands = cands
        self.all = self._fix_intro_pronouns(doc)
        self.starts = [m.start for m in self.all]
        self.persons = [m for m in self.all if m.kind is ActorKind.PERSON]
        self.person_starts = [m.start for m in self.persons]
        self.countries = self._countries()
        self.kinds = {k: a.kind for k, a in doc.actors.items()}
        self.person_ids = frozenset(
            k for k, kind in self.kinds.items() if kind is ActorKind.PERSON
        )
        # Country -> positions in self.persons of the persons from it.
        self.by_country: dict[str | None, list[int]] = {}
        for k, p in enumerate(self.persons):
            self.by_country.setdefault(self.country_of(p.actor), []).append(k)

    def _fix_intro_pronouns(self, doc: Document) -> list[ResolvedMention]:
        """Mentions, with a pronoun in an opening clause tied to the
        person who opens the main clause ("As he left, Nogaideli said")."""
        out = list(doc.mentions)
        by_sentence: dict[int, list[int]] = {}
        for i, m in enumerate(out):
            by_sentence.setdefault(m.sentence, []).append(i)
        for s in doc.sentences:
            if not self.pats.intro.match(doc.text, s.start, s.end):
                continue
            comma = doc.text.find(",", s.start, s.end)
            if comma < 0:
                continue
            idx = by_sentence.get(s.index, [])
            after = [
                out[i]
                for i in idx
                if out[i].start > comma and out[i].kind is ActorKind.PERSON
            ]
            if not after or doc.text[comma : after[0].start].count(" ") > 6:
                continue
            for i in idx:
                m = out[i]
                if (
                    m.start < comma
                    and m.form == "pronoun"
                    and m.kind is ActorKind.PERSON
                    and m.text.lower() in ("he", "she", "his", "her")
                ):
                    out[i] = attrs.evolve(m, actor=after[0].actor)
        return out

    def _countries(self) -> dict[str, str | None]:
        """Actor countries, with a person's filled in from a demonym or
        state named right before one of their mentions ("his Latvian
        counterpart Aigars Kalvitis", "Britain's Prince Charles")."""
        out = {k: a.country for k, a in self.doc.actors.items()}
        for i, m in enumerate(self.all):
            if (
                m.kind is not ActorKind.PERSON
                or out.get(m.actor)
                or m.form == "pronoun"  # "a visit to Japan he thought"
            ):
                continue
            for j in range(i - 1, max(-1, i - 4), -1):
                prev = self.all[j]
                if prev.sentence != m.sentence or not (
                    prev.kind is ActorKind.STATE
                    # "U.S. Treasury Secretary James Baker"
                    or (
                        prev.kind is ActorKind.ORGANIZATION
                        and (out.get(prev.actor) or prev.country)
                        and prev.end > m.start
                    )
                ):
                    continue
                if prev.end > m.start or self.pats.title_gap.fullmatch(
                    self.text, prev.end, m.start
                ):
                    out[m.actor] = out.get(prev.actor) or prev.country
                    break
            for j in range(i + 1, min(len(self.all), i + 3)):
                inner = self.all[j]
                if inner.start >= m.end:
                    break
                if inner.kind is ActorKind.STATE:
                    out[m.actor] = out.get(inner.actor) or inner.country
                    break
        return out

    def mentions_in(self, start: int, end: int) -> list[ResolvedMention]:
        """Mentions lying wholly inside ``text[start:end]``, in order."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.all[lo:hi] if m.end <= end]

    def country_of(self, actor_id: str) -> str | None:
        """The actor's country, as far as the document tells."""
        return self.countries.get(actor_id)

    def kind_of(self, actor_id: str) -> ActorKind | None:
        """The actor's kind; ``None`` for an unknown id."""
        return self.kinds.get(actor_id)

    def is_person(self, actor_id: str) -> bool:
        """Whether the actor is a person."""
        return actor_id in self.person_ids

    def mentions(self, start: int, end: int) -> list[ResolvedMention]:
        """Outermost non-group mentions in ``text[start:end]``."""
        found = self.mentions_in(start, end)
        out: list[ResolvedMention] = []
        reach = -1
        for m in found:  # sorted by start: an outer mention comes first
            if m.end <= reach:
                continue
            if m.kind is not ActorKind.GROUP:
                # A group lets its inner names through: "Palestinian
                # negotiators" stands for Palestine.
                out.append(m)
                reach = max(reach, m.end)
        return out

    def person_before(self, pos: int, skip: Iterable[str] = ()) -> str | None:
        """The most salient person mentioned shortly before *pos*: of the
        persons of the last three sentences, the one named most often."""
        i = bisect.bisect_left(self.person_starts, pos) - 1
        if i < 0:
            return None
        banned = set(skip)
        horizon = self.persons[i].sentence - 2
        counts: dict[str, int] = {}
        recent: dict[str, int] = {}
        for k in range(max(0, i - 300), i + 1):
            p = self.persons[k]
            if p.actor in banned:
                continue
            counts[p.actor] = counts.get(p.actor, 0) + 1
            if p.sentence >= horizon:
                recent[p.actor] = k
        if not recent:
            return None
        return max(recent, key=lambda a: (counts[a], recent[a]))

    def two_persons_before(self, pos: int, sentence: int) -> list[str]:
        """Whom "they" or "the two" names: the persons of the latest
        meeting reported nearby, else the two most salient persons."""
        for c in reversed(self.cands):
            if c.sentence < sentence - 2:
                break
            people = [p for p in c.participants if self.is_person(p)]
            if len(people) >= 2:
                return people
        out: list[str] = []
        while len(out) < 2:
            p = self.person_before(pos, out)
            if p is None:
                break
            out.append(p)
        return out[::-1]

    def demonym_person(self, m: ResolvedMention) -> str | None:
        """The person a "Saudi leader" or "South Korean minister" names."""
        title = self.pats.title_head.match(self.text, m.end, m.end + 500)
        if title is None:
            return None
        nxt = self.mentions_in(title.end(), title.end() + 40)
        if nxt and not self.text[title.end() : nxt[0].start].strip():
            return None  # "his Latvian counterpart Aigars Kalvitis"
        head = title.group().split()[-1].lower()
        if head in _POSTS:
            return None  # "the Algerian ambassador": the state's envoy
        # The latest person from that country named before the demonym.
        i = bisect.bisect_left(self.person_starts, m.start) - 1
        same = self.by_country.get(self.country_of(m.actor), [])
        k = bisect.bisect_right(same, i) - 1
        if k < 0:
            return None
        who = self.persons[same[k]].actor
        actor = self.doc.actors.get(who)
        if (
            head not in _ANY_TITLE
            and actor is not None
            and actor.roles
            and not any(head in r.title.lower() for r in actor.roles)
        ):
            return None  # "the Algerian foreign minister" is not its president
        return who

    def pronoun_persons(
        self, start: int, end: int, s: Sentence
    ) -> list[tuple[int, str]]:
        """Persons that pronouns the actor stage left unresolved in
        ``text[start:end]`` stand for, with their positions."""
        out: list[tuple[int, str]] = []
        covered = [(m.start, m.end) for m in self.mentions_in(start, end)]
        for p in self.scan.cue["pronoun"].finditer(start, end):
            at = p.start()
            if any(a <= at < b for a, b in covered):
                continue
            plural = p.group().split()[0].lower() in _PLURAL
            intro = self.text[s.start : at]
            comma = self.text.find(",", p.end(), s.end)
            if (
                "," not in intro
                and comma > 0
                and self.pats.subject_start.match(intro)
            ):
                # "During his talks with Kim, Lavrov said ..."
                after = [
                    m
                    for m in self.mentions(comma, s.end)
                    if m.kind is ActorKind.PERSON
                ]
                if after:
                    out.extend(
                        (at, m.actor) for m in after[: 2 if plural else 1]
                    )
                    continue
            if plural:
                out.extend(
                    (at, who) for who in self.two_persons_before(at, s.index)
                )
                continue
            same = [
                m
                for m in self.mentions(s.start, at)
                if m.kind is ActorKind.PERSON
            ]
            who = same[-1].actor if same else self.person_before(at)
            if who is not None:
                out.append((at, who))
        return out
