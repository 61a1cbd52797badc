# SPDX-License-Identifier: MIT
"""
Pass 2 of stage 3: persons, with their titles, roles and states.

:class:`PersonFinder` turns the candidate names of :mod:`._person_names`
and the titled names of :mod:`._titles` into person mentions: it trims
each name, drops names that are places, titles or organizations, and
gives each its roles ("Foreign Minister") and state ("Russian Foreign
Minister X", "King Fahd of Saudi Arabia"). :func:`accept_persons` then
keeps the longest of overlapping readings, merging the roles of one
person read twice. Its output seeds the later-mention pass
(:mod:`._later`).
"""

from __future__ import annotations

import bisect

from collections.abc import Iterator, Mapping

import attrs

from communique import _cache
from communique._types import Mention
from communique.model import ActorKind, Role

from ._context import Context
from ._person_names import PersonNames
from ._taken import Taken
from ._text import NAME, WS, trim_name
from ._titles import Titles, singular_title


__all__ = ["PersonFinder", "accept_persons"]

_COMMON_CAPITALIZED = frozenset(
    w.casefold()
    for w in """
    the a an and but or if in on at for with from to by of as after before
    while when where which who this that these those it its he she his her
    they their we our i you your there here today yesterday tomorrow
    meanwhile however also earlier later last next since under over despite
    during among although unlike asked speaking according some many most
    other both each every all no not what why how one two three nobody
    everyone someone police government officials analysts observers experts
    diplomats sources critics reports state radio television president
    minister secretary king queen prince leader spokesman spokeswoman
    ministry parliament congress senate army military troops forces
    """.split()
)

_HONORIFICS = frozenset(
    "Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Sir Dame Lord Lady Madam".split()
)
# the start of a byline: "By " at the start of a line
_BY_LINE = _cache.pattern(r"(?:^|\n)[ \t]*(?:By|BY|by)[ \t]+$")
_FORMER = _cache.pattern(
    r"(?:\b(?:former|Former|ex-|then-|late|retired)[ \t\n]*+)$"
)
_OF_STATE = _cache.pattern(rf"(?<![ \t\n]){WS}of{WS}(?:the{WS})?")
_AND_NAME = _cache.pattern(rf"(?<![ \t\n]),?{WS}and{WS}(?P<name>{NAME})")


class PersonFinder:
    """Person mentions from candidate names and titled names."""

    def __init__(
        self,
        *,
        names: PersonNames,
        titles: Titles,
        forms: Mapping[str, object],
        blockers: frozenset[str],
        org_heads: frozenset[str],
        group_canon: Mapping[str, str],
    ) -> None:
        self._names = names
        self._titles = titles
        self._forms = forms
        self._blockers = blockers
        self._org_heads = org_heads
        self._group_canon = group_canon

    def find(self, ctx: Context) -> list[Mention]:
        """Every reading of a person in the text, longest first."""
        cands = [
            m
            for found in (
                self._titled(ctx), self._apposed(ctx), self._by_shape(ctx)
            )
            for m in found
            if m is not None
        ]
        # longest first, so title+name beats name+verb
        cands.sort(key=lambda c: (-(c.end - c.start), c.start))
        return cands

    def _person(
        self,
        ctx: Context,
        start: int,
        n_start: int,
        n_end: int,
        roles: tuple[Role, ...] = (),
        country: str | None = None,
    ) -> Mention | None:
        """The person named at ``text[n_start:n_end]``, its mention from
        *start*; None if the name is a place, a title or an organization."""
        text, gaz, gaz_starts = ctx.text, ctx.gaz, ctx.gaz_starts
        orig = n_start
        n_start, n_end = trim_name(text, n_start, n_end)
        if n_end <= n_start:
            return None
        if start == orig:
            start = n_start
        name = " ".join(text[n_start:n_end].split())
        if name in self._forms or name in self._blockers:
            return None
        if ctx.gaz_spans.overlaps(n_start, n_end):
            return None  # "leaders of China and the United States"
        if name not in self._names.known_persons and any(
            tok in self._titles.words for tok in name.split()[:1]
        ):
            return None
        if any(tok in self._org_heads for tok in name.split()):
            return None  # "the Transitional Military Council"
        end = n_end
        # "King Fahd of Saudi Arabia"
        of = _OF_STATE.match(text, n_end, n_end + 500)
        if of is not None:
            i = bisect.bisect_left(gaz_starts, of.end())
            if i < len(gaz) and gaz[i].start == of.end() and gaz[i].kind is ActorKind.STATE:
                country = country or gaz[i].country
                roles = tuple(
                    attrs.evolve(r, country=r.country or gaz[i].country)
                    for r in roles
                )
        return Mention(
            start=min(start, n_start),
            sentence=ctx.sentence_at(min(start, n_start)),
            end=max(end, n_end),
            text=text[min(start, n_start) : max(end, n_end)],
            kind=ActorKind.PERSON,
            name=name,
            head=(n_start, n_end),
            country=country,
            roles=roles,
            form="name",
        )

    def _titled(self, ctx: Context) -> Iterator[Mention | None]:
        """Persons after a title, with their roles: "Russian Foreign
        Minister X", "Presidents X of Ukraine and Y of Russia"."""
        text, gaz, gaz_starts = ctx.text, ctx.gaz, ctx.gaz_starts
        titles = self._titles
        for t_start, t_end, n_start, n_end, stacked in titles.titled_names(
            text, ctx.runs
        ):
            title = stacked[-1]
            country, start = ctx.country_before(t_start)
            if country is None:
                # a state or seat inside the title: "Kremlin spokesman"
                k = bisect.bisect_left(gaz_starts, t_start)
                if k < len(gaz) and gaz[k].end <= t_end:
                    country = gaz[k].country
            former = _FORMER.search(text[max(0, start - 12) : start])
            roles = [
                Role(
                    title=singular_title(t),
                    country=country,
                    current=former is None,
                )
                for t in stacked
                if t not in _HONORIFICS
                and t.casefold() not in titles.pseudo_titles
            ]
            if former is not None:
                start -= len(former.group())
            # "former X Minister and current Secretary ... Name"
            before = text[max(0, start - 90) : start]
            chain = (
                titles.chain.search(before)
                if "current" in before or "now" in before
                else None
            )
            if chain is not None:
                c_start = max(0, start - 90) + chain.start()
                c2, c2_start = ctx.country_before(c_start)
                c_start = min(c_start, c2_start)
                roles.append(
                    Role(
                        title=" ".join(chain.group("t").split()),
                        country=c2 or country,
                        current=chain.group("former") is None,
                    )
                )
                country = country or c2
                start = c_start
            plural = title.endswith("s") and title[:-1] != title and not title.endswith("ss")
            yield self._person(ctx, start, n_start, n_end, tuple(roles), country)
            if plural:
                # "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia"
                pos = n_end
                of = _OF_STATE.match(text, pos, pos + 500)
                if of is not None:
                    i = bisect.bisect_left(gaz_starts, of.end())
                    if i < len(gaz) and gaz[i].start == of.end():
                        pos = gaz[i].end
                nxt = _AND_NAME.match(text, pos, pos + 500)
                if nxt is not None:
                    s_roles = tuple(
                        attrs.evolve(r, title=singular_title(r.title), country=None)
                        for r in roles
                    )
                    yield self._person(
                        ctx,
                        nxt.start("name"),
                        nxt.start("name"),
                        nxt.end("name"),
                        s_roles,
                    )

    def _apposed(self, ctx: Context) -> Iterator[Mention | None]:
        """Persons before a title in apposition: "Wang Yi, China's
        foreign minister,"."""
        gaz, gaz_starts = ctx.gaz, ctx.gaz_starts
        for n_start, n_end, desc_start, desc_end, title in self._names.appositions(
            ctx.text, ctx.runs
        ):
            country = None
            # a state or body named in the description
            i = bisect.bisect_left(gaz_starts, desc_start)
            while i < len(gaz) and gaz[i].end <= desc_end:
                country = gaz[i].country
                break
            yield self._person(
                ctx,
                n_start,
                n_start,
                n_end,
                (Role(title=singular_title(title), country=country),),
                country,
            )

    def _by_shape(self, ctx: Context) -> Iterator[Mention | None]:
        """Persons by the shape of their name alone: a known given name,
        a described person, a name before or after a verb."""
        text, runs, gaz_spans = ctx.text, ctx.runs, ctx.gaz_spans
        names = self._names
        for n_start, n_end in names.given_names(text, runs):
            if not gaz_spans.overlaps(n_start, n_end):
                yield self._person(ctx, n_start, n_start, n_end)
        for n_start, n_end in names.apposed_names(text, runs):
            if not gaz_spans.overlaps(n_start, n_end):
                yield self._person(ctx, n_start, n_start, n_end)
        for m in names.names_before_verbs(text, runs):
            n_start, n_end = m.span("name")
            if gaz_spans.overlaps(n_start, n_end):
                continue
            name = text[n_start:n_end]
            if name.casefold() in _COMMON_CAPITALIZED:
                continue
            if " " not in name.strip() and not names.reporting_after.match(
                text, n_end
            ):
                continue  # one word + "will": too weak for a person
            if name.endswith(("ism", "ist", "ists")):
                continue
            if self._group_canon.get(name.casefold()):
                continue
            yield self._person(ctx, n_start, n_start, n_end)
        for m in names.said_name.finditer(text):
            n_start, n_end = m.span("name")
            if gaz_spans.overlaps(n_start, n_end):
                continue
            if text[n_start:n_end].casefold() in _COMMON_CAPITALIZED:
                continue
            yield self._person(ctx, n_start, n_start, n_end)


def accept_persons(
    text: str, persons: list[Mention], taken: Taken
) -> list[Mention]:
    """
    The *persons* (longest first) that overlap no longer one, each taken
    in *taken*; an overlapping reading of an accepted person adds its
    roles to it. A byline's reporter is taken, not kept.
    """
    accepted: list[Mention] = []
    # index in accepted of the person taken at each start (the taken
    # intervals are exactly the accepted persons, and do not overlap)
    at_start: dict[int, int] = {}
    for p in persons:
        if _BY_LINE.search(text, max(0, p.start - 30), p.start):
            taken.add(p.start, p.end)
            continue  # the reporter of a byline: "By Ann Lee, Reuters"
        if taken.add(p.start, p.end):
            at_start[p.start] = len(accepted)
            accepted.append(p)
            continue
        # an overlapping reading of the same person: keep its roles
        # ("Sheikh Hamad ..., Qatar's prime minister,"); the first
        # accepted of that name among the ones it overlaps
        ks = [
            k
            for k in map(at_start.__getitem__, taken.starts_within(p.start, p.end))
            if accepted[k].name == p.name
        ]
        if ks:
            k = min(ks)
            q = accepted[k]
            roles = q.roles + tuple(r for r in p.roles if r not in q.roles)
            accepted[k] = attrs.evolve(
                q, roles=roles, country=q.country or p.country
            )
    return accepted
