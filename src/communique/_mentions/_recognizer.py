# SPDX-License-Identifier: MIT
"""
Stage 3 itself: the :class:`Recognizer`, which runs the passes in order.

It compiles every pass once per gazetteer and lexicons, and on each text
builds the shared :class:`~._context.Context` (gazetteer hits and
capitalized runs), then runs the passes from the strongest evidence to
the weakest, each claiming its spans in a :class:`~._taken.Taken` so that
a weaker reading never overlaps a stronger one.
"""

from __future__ import annotations

import regex

from communique._gazetteer import Gazetteer
from communique._lexicons import Lexicons
from communique._types import Mention, NormalizedText, Sentence
from communique.model import ActorKind

from ._acting import Acting
from ._anaphors import AnaphorFinder
from ._context import Context
from ._gazetteer_names import GazetteerNames, gaz_flags
from ._groups import GroupFinder
from ._later import LaterMentions
from ._organizations import OrganizationFinder
from ._person_names import PersonNames
from ._persons import PersonFinder, accept_persons
from ._taken import Taken
from ._text import RUN, is_plain
from ._titles import Titles


__all__ = ["Recognizer"]


class Recognizer:
    """
    Finds actor mentions; compiled once per gazetteer.

    >>> from communique._types import NormalizedText
    >>> from communique._segment import segment
    >>> from communique._lexicons import Lexicons
    >>> rec = Recognizer(Gazetteer.default(), Lexicons.default())
    >>> norm = NormalizedText.identity("French President Jean Dupont met analysts.")
    >>> sorted({(m.text, m.kind.value) for m in rec(norm, segment(norm))})[:2]
    [('French', 'state'), ('French President Jean Dupont', 'person')]
    """

    def __init__(self, gazetteer: Gazetteer, lexicons: Lexicons) -> None:
        names = GazetteerNames(gazetteer, lexicons)
        self._names = names
        titles = Titles(lexicons, names.forms)
        acting = Acting(lexicons)
        # capitalized runs, shared by the person passes
        self._cap_seq = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?=\p{{Lu}}|al-|el-)(?:{RUN})"
        )
        self._cap_seq_plain = regex.compile(rf"\b(?=\p{{Lu}}|al-|el-)(?:{RUN})")
        self._groups = GroupFinder(
            lexicons, gazetteer=gazetteer, acting=acting
        )
        self._organizations = OrganizationFinder(
            lexicons,
            names=names,
            acting=acting,
            group_re=self._groups.noun_re,
            state_collective=self._groups.state_collective,
        )
        person_names = PersonNames(
            lexicons,
            titles=titles,
            acting=acting,
            forms=names.forms,
            org_heads=self._organizations.heads,
        )
        self._persons = PersonFinder(
            names=person_names,
            titles=titles,
            forms=names.forms,
            blockers=names.blockers,
            org_heads=self._organizations.heads,
            group_canon=self._groups.canon,
        )
        self._later = LaterMentions(
            titles=titles,
            acting=acting,
            forms=names.forms,
            family_first=person_names.family_first,
            group_canon=self._groups.canon,
        )
        self._anaphors = AnaphorFinder(
            lexicons,
            org_heads=self._organizations.heads,
            name_follows=self._groups.name_follows,
        )

    def __call__(
        self, norm: NormalizedText, sentences: tuple[Sentence, ...]
    ) -> tuple[Mention, ...]:
        """Every mention in *norm*, sorted by start (longest first)."""
        text = norm.text
        plain = is_plain(text)
        gaz = self._names.hits(text, plain)
        gaz_spans = Taken()
        for g in gaz:
            gaz_spans.add(g.start, g.end)
        cap_seq = self._cap_seq_plain if plain else self._cap_seq
        ctx = Context(
            text=text,
            plain=plain,
            sents=[s.start for s in sentences],
            gaz=gaz,
            gaz_starts=[g.start for g in gaz],
            gaz_ends=[g.end for g in gaz],
            gaz_spans=gaz_spans,
            runs=list(cap_seq.finditer(text)),
        )
        taken = Taken()
        accepted = accept_persons(text, self._persons.find(ctx), taken)
        out: list[Mention] = list(accepted)
        # later mentions of known persons by name or surname
        out.extend(self._later.known_names(ctx, out, taken))
        # organizations by shape, state bodies
        out.extend(
            m
            for m in self._organizations.find(ctx)
            if taken.add(m.start, m.end)
        )
        gaz_mentions, gaz_taken = self._gazetteer_mentions(ctx, out)
        out.extend(gaz_mentions)
        out.extend(self._later.described(ctx, accepted, taken))
        out.extend(self._groups.find(ctx, taken))
        out.extend(self._anaphors.find(ctx, taken, gaz_taken))
        out.sort(key=lambda m: (m.start, -m.end))
        return tuple(out)

    def _gazetteer_mentions(
        self, ctx: Context, found: list[Mention]
    ) -> tuple[list[Mention], Taken]:
        """The gazetteer hits as mentions, and their spans taken: nested
        in the titles of the persons *found* is fine, not in the names of
        persons or organizations; a news agency's byline is none."""
        text = ctx.text
        name_spans = Taken()
        for m in found:
            if m.kind is ActorKind.PERSON and m.head is not None:
                name_spans.add(*m.head)
            elif m.kind is ActorKind.ORGANIZATION and m.form == "name":
                name_spans.add(m.start, m.end)
        out: list[Mention] = []
        gaz_taken = Taken()
        for g in ctx.gaz:
            if name_spans.overlaps(g.start, g.end) or self._names.is_byline(
                text, g
            ):
                continue
            out.append(
                Mention(
                    start=g.start,
                    end=g.end,
                    text=text[g.start : g.end],
                    kind=g.kind,
                    key=g.key,
                    country=g.country,
                    form=g.form if g.kind is ActorKind.STATE else "name",
                    sentence=ctx.sentence_at(g.start),
                    name=gaz_flags(g, text),
                )
            )
            gaz_taken.add(g.start, g.end)
        return out, gaz_taken
