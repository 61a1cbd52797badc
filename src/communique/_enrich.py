# SPDX-License-Identifier: MIT
"""
Refine actors with what the text leaves implicit.

Wire copy often names a person without the state they serve ("Vice
President Al Gore", "President Ashraf Ghani"). Two sources fill the gap,
never overriding a country the text gives:

* well-known persons: ``lexicons/persons.json`` lists heads of state and
  government, foreign ministers and other national figures with the
  states they served (by date, for the few who served two);
* meetings: a person with a title and no country who takes part in talks
  or a meeting (not a visit: those are the visitors) held in a host state,
  with a foreign participant, serves that host state.
"""

from __future__ import annotations

import datetime as dt

from collections.abc import Iterable, Mapping

import attrs

from ._lexicons import Lexicons
from .errors import LexiconError
from .model import Actor, ActorKind, Meeting, MeetingKind


_PERSONS = "persons.json"

#: One period of service: (country, since, until); open ends are None.
Service = tuple[str, dt.date | None, dt.date | None]


# titles of persons who serve no state, even when they travel
_INTERNATIONAL = ("secretary-general", "director-general", "high representative",
                  "envoy", "commissioner", "representative", "mediator")


def host_countries(
    actors: tuple[Actor, ...], meetings: tuple[Meeting, ...]
) -> tuple[Actor, ...]:
    """
    *actors*, with host countries given to bare-titled persons.

    Examples:
        >>> from communique import parse
        >>> art = parse("Pakistani Prime Minister Nawaz Sharif arrived in "
        ...             "Kabul on Tuesday and met President Ashraf Ghani.")
        >>> [a.country for a in art.actors if a.name == "Ashraf Ghani"]
        ['AFG']
    """
    by_id = {a.id: a for a in actors}
    hosts = _host_states(by_id, meetings)
    guesses: dict[str, set[str]] = {}
    for m in meetings:
        here = m.location.country if m.location is not None else None
        if here is None or here not in hosts or m.kind is MeetingKind.VISIT:
            continue  # the persons of a visit are its visitors
        parties = [by_id[p] for p in m.participants if p in by_id]
        if not any(p.country is not None and p.country != here for p in parties):
            continue  # nobody from abroad: not a host and a guest
        for p in parties:
            if p.kind is ActorKind.PERSON and p.country is None and _serves_state(p):
                guesses.setdefault(p.id, set()).add(here)
    if not guesses:
        return actors
    out = []
    for a in actors:
        found = guesses.get(a.id, set())
        if len(found) != 1:
            out.append(a)
            continue
        (country,) = found
        out.append(_with_country(a, country))
    return tuple(out)


def known_countries(
    actors: tuple[Actor, ...],
    published: dt.date | None,
    table: Mapping[str, tuple[Service, ...]],
) -> tuple[Actor, ...]:
    """
    *actors*, with the country of well-known persons the text names bare.

    A person who served two states (Eduard Shevardnadze: the Soviet Union,
    then Georgia) takes the one of the publication date, and one whose
    service began later (Laurent-Desire Kabila, a rebel until 1997) none
    before it; without a publication date, only a person who served one
    state takes it.

    *table* maps each name in the ``persons`` lexicon to its periods of
    service (:func:`served`).

    Examples:
        >>> from communique import parse
        >>> art = parse("Vice President Al Gore met Chinese leaders.")
        >>> [a.country for a in art.actors if a.name == "Al Gore"]
        ['USA']
    """
    out = []
    changed = False
    for a in actors:
        country = None
        if a.kind is ActorKind.PERSON and a.country is None:
            country = _on(table.get(a.name, ()), published)
        if country is None:
            out.append(a)
            continue
        changed = True
        out.append(_with_country(a, country))
    return tuple(out) if changed else actors


def _on(services: Iterable[Service], published: dt.date | None) -> str | None:
    """The country served on *published* (the only one, without a date)."""
    services = tuple(services)
    if published is None:
        countries = {c for c, _, _ in services}
        return countries.pop() if len(countries) == 1 else None
    for country, since, until in services:
        if (since is None or since <= published) and (
            until is None or published <= until
        ):
            return country
    return None


def _with_country(a: Actor, country: str) -> Actor:
    return attrs.evolve(
        a,
        country=country,
        roles=tuple(attrs.evolve(r, country=r.country or country) for r in a.roles),
    )


def served(lexicons: Lexicons) -> dict[str, tuple[Service, ...]]:
    """Every surface of the ``persons`` lexicon -> the person's periods of
    service."""
    data = lexicons["persons"]
    persons = data.get("persons") if isinstance(data, dict) else None
    if not isinstance(persons, list):
        raise LexiconError(_PERSONS, "persons", "expected a list")
    table: dict[str, tuple[Service, ...]] = {}
    for p in persons:
        name = p.get("name") if isinstance(p, dict) else None
        if not isinstance(name, str) or not name:
            raise LexiconError(_PERSONS, None, f"entry without a name: {p!r}")
        served = p.get("served")
        if not isinstance(served, list) or not served:
            raise LexiconError(_PERSONS, name, "'served' must be a non-empty list")
        periods = tuple(_service(name, s) for s in served)
        for surface in (name, *p.get("names", ())):
            table[surface] = periods
    return table


def _service(name: str, s: object) -> Service:
    if not isinstance(s, dict) or not isinstance(s.get("country"), str):
        raise LexiconError(_PERSONS, name, f"bad period of service: {s!r}")
    since = _date(name, s.get("since"), end=False)
    return (s["country"], since, _date(name, s.get("until"), end=True))


def _date(name: str, value: object, *, end: bool) -> dt.date | None:
    """An ISO date or a year (its first day, or its last with *end*)."""
    if value is None:
        return None
    text = str(value)
    try:
        if len(text) == 4:
            return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
        return dt.date.fromisoformat(text)
    except ValueError as e:
        raise LexiconError(_PERSONS, name, f"bad date {text!r}") from e


def _host_states(by_id: dict[str, Actor], meetings: tuple[Meeting, ...]) -> set[str]:
    """Countries that host a meeting of the article."""
    out: set[str] = set()
    for m in meetings:
        host = by_id.get(m.host) if m.host else None
        if host is not None and host.kind is ActorKind.STATE and host.country:
            out.add(host.country)
    return out


def _serves_state(person: Actor) -> bool:
    """Whether *person* has a title, and none of an international office."""
    if not person.roles:
        return False
    titles = " ".join(r.title.casefold() for r in person.roles)
    return not any(t in titles for t in _INTERNATIONAL)
