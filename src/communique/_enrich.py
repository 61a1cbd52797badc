# SPDX-License-Identifier: MIT
"""
Refine actors with what the facts say about them.

Wire copy names a host's own leader by bare title ("arrived in Kabul ...
to meet President Ashraf Ghani"): the text never says which state the
president serves, but the meeting does. A person with a title and no
country who takes part in talks or a meeting (not a visit: those are the
visitors) held in a host state, with a foreign participant, serves that
host state.
"""

from __future__ import annotations

import attrs

from .model import Actor, ActorKind, Meeting, MeetingKind


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
        out.append(
            attrs.evolve(
                a,
                country=country,
                roles=tuple(
                    attrs.evolve(r, country=r.country or country) for r in a.roles
                ),
            )
        )
    return tuple(out)


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
