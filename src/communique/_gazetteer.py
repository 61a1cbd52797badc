# SPDX-License-Identifier: MIT
"""
The gazetteer: states, territories and organizations the library knows by
name, with their alternative names, capitals, seats of government and
demonyms.

The shipped data lives in ``lexicons/states.json`` and
``lexicons/organizations.json``; users extend or override it with
:meth:`Gazetteer.from_file`, :meth:`Gazetteer.from_dict` and
:meth:`Gazetteer.with_entries`.
"""

from __future__ import annotations

import datetime
import json
import os

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from . import _cache
from ._lexicons import read_lexicon
from .errors import InputTypeError, LexiconError
from .model import ActorKind


__all__ = ["Gazetteer", "GazetteerEntry"]

_ALPHA3 = _cache.pattern(r"[A-Z]{3}")
_SLUG = _cache.pattern(r"[a-z0-9]+(?:-[a-z0-9]+)*")

#: Forms a surface string can take for an entry.
FORMS = ("name", "capital", "seat", "demonym")


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        msg = f"expected a list of strings, got the string {value!r}"
        raise TypeError(msg)
    out = tuple(value)
    for v in out:
        if not isinstance(v, str):
            msg = f"expected a list of strings, got {v!r}"
            raise TypeError(msg)
    return out


def _date(value: datetime.date | str | None) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        msg = f"expected an ISO date, got {value!r}"
        raise TypeError(msg)
    return datetime.date.fromisoformat(value)


@attrs.frozen(kw_only=True)
class GazetteerEntry:
    """
    One state, territory or organization.

    Attributes:
        id: Actor id: ``state:RUS`` for states, ``org:<slug>`` for
            organizations.
        kind: ``STATE`` or ``ORGANIZATION``.
        name: Canonical name ("Russia", "European Union").
        country: ISO alpha-3: the state's own code, or an organization's
            seat (``None`` for international bodies).
        names: Other names that denote the entity itself: formal names,
            abbreviations, spellings ("Russian Federation", "DPRK").
        capitals: Capital cities, used as metonyms ("Moscow said") and as
            places ("a visit to Moscow").
        seats: Seats of government used as metonyms ("the Kremlin").
        demonyms: Adjectives and plural nouns ("Russian", "Russians").
        ambiguous: Surface forms (among the above) that can mean something
            else (a common word, another entity); they count only when the
            article has named the entity unambiguously too.
        historical: A state that no longer exists (Soviet Union, Zaire).
        since: First day a historical state existed under this code, if
            it matters for dating (Zaire from 1971-10-27).
        until: First day a historical state no longer existed
            (the Soviet Union until 1991-12-26).
        successors: Codes of states whose capitals, seats and names
            denoted this state before ``until`` ("Moscow" in 1985 is the
            Soviet Union): ``("RUS",)`` for ``SUN``.
        category: Free-form organization type (``international``,
            ``news``, ``government``, ``party``, ``company``, ...).

    Examples:
        >>> GazetteerEntry(id="state:FRA", kind=ActorKind.STATE, name="France",
        ...                country="FRA", capitals=("Paris",)).capitals
        ('Paris',)
    """

    id: str
    kind: ActorKind
    name: str
    country: str | None = None
    names: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    capitals: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    seats: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    demonyms: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    ambiguous: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    historical: bool = False
    category: str | None = None
    since: datetime.date | None = attrs.field(default=None, converter=_date)
    until: datetime.date | None = attrs.field(default=None, converter=_date)
    successors: tuple[str, ...] = attrs.field(default=(), converter=_strs)

    def forms(self) -> Iterable[tuple[str, str]]:
        """Every surface string with its form (``name``, ``capital``, ...)."""
        yield self.name, "name"
        for n in self.names:
            yield n, "name"
        for n in self.capitals:
            yield n, "capital"
        for n in self.seats:
            yield n, "seat"
        for n in self.demonyms:
            yield n, "demonym"


def _entries(value: Iterable[GazetteerEntry]) -> tuple[GazetteerEntry, ...]:
    return tuple(value)


def _entry_error(source: str, entry: str | None, reason: str) -> LexiconError:
    return LexiconError(source, entry, reason)


def _check_entry(e: GazetteerEntry, source: str) -> None:
    if e.kind is ActorKind.STATE:
        if not (e.id.startswith("state:") and _ALPHA3.fullmatch(e.id[6:])):
            raise _entry_error(source, e.id, "state ids are 'state:XXX'")
        if e.country != e.id[6:]:
            raise _entry_error(source, e.id, "a state's country is its code")
    elif e.kind is ActorKind.ORGANIZATION:
        if not (e.id.startswith("org:") and _SLUG.fullmatch(e.id[4:])):
            raise _entry_error(
                source, e.id, "organization ids are 'org:lower-case-slug'"
            )
    else:
        raise _entry_error(
            source, e.id, "entries are states or organizations"
        )
    if e.country is not None and not _ALPHA3.fullmatch(e.country):
        raise _entry_error(source, e.id, f"bad country code {e.country!r}")
    if not e.name.strip():
        raise _entry_error(source, e.id, "empty name")
    for code in e.successors:
        if not _ALPHA3.fullmatch(code):
            raise _entry_error(source, e.id, f"bad successor code {code!r}")
    if (e.since or e.until or e.successors) and not e.historical:
        raise _entry_error(
            source, e.id, "since, until and successors need historical"
        )
    if e.since and e.until and e.since >= e.until:
        raise _entry_error(source, e.id, "since must be before until")
    forms = {s for s, _ in e.forms()}
    for s in e.ambiguous:
        if s not in forms:
            raise _entry_error(
                source, e.id, f"ambiguous form {s!r} is not one of its forms"
            )
    for s in forms:
        if not s.strip() or s != s.strip():
            raise _entry_error(source, e.id, f"bad surface form {s!r}")


def _entry_from_dict(
    data: Mapping[str, Any], kind: ActorKind, source: str
) -> GazetteerEntry:
    if not isinstance(data, Mapping):
        raise _entry_error(source, None, f"entry {data!r} is not an object")
    where = str(data.get("code") or data.get("id") or data.get("name"))
    for field in ("code", "id", "name", "country", "category"):
        value = data.get(field)
        if value is not None and not isinstance(value, str):
            raise _entry_error(source, where, f"{field!r} must be a string")
    if not isinstance(data.get("historical", False), bool):
        raise _entry_error(source, where, "'historical' must be true or false")
    try:
        if kind is ActorKind.STATE:
            code = data["code"]
            key = f"state:{code}"
            country: str | None = code
        else:
            key = f"org:{data['id']}"
            country = data.get("country")
        return GazetteerEntry(
            id=key,
            kind=kind,
            name=data["name"],
            country=country,
            names=data.get("names", ()),
            capitals=data.get("capitals", ()),
            seats=data.get("seats", ()),
            demonyms=data.get("demonyms", ()),
            ambiguous=data.get("ambiguous", ()),
            historical=bool(data.get("historical", False)),
            category=data.get("category"),
            since=data.get("since"),
            until=data.get("until"),
            successors=data.get("successors", ()),
        )
    except (KeyError, TypeError, ValueError) as e:
        raise _entry_error(source, where, f"missing or bad field: {e}") from e


@attrs.frozen(cache_hash=True)
class Gazetteer:
    """
    The states and organizations recognition knows by name.

    Build one from the shipped data with :meth:`default`, from your own
    file with :meth:`from_file`, or extend one with :meth:`with_entries`;
    pass it as ``communique.parse(text, gazetteer=...)``.

    Examples:
        >>> gaz = Gazetteer.default()
        >>> gaz.get("state:FRA").name
        'France'
        >>> custom = gaz.with_entries(GazetteerEntry(
        ...     id="org:acme-news", kind=ActorKind.ORGANIZATION,
        ...     name="Acme News", category="news"))
        >>> custom.get("org:acme-news").name
        'Acme News'
    """

    entries: tuple[GazetteerEntry, ...] = attrs.field(converter=_entries)
    source: str = "<code>"
    _by_id: dict[str, GazetteerEntry] = attrs.field(
        init=False, repr=False, eq=False
    )

    @_by_id.default
    def _index(self) -> dict[str, GazetteerEntry]:
        out: dict[str, GazetteerEntry] = {}
        for e in self.entries:
            _check_entry(e, self.source)
            if e.id in out:
                raise _entry_error(self.source, e.id, "duplicate id")
            out[e.id] = e
        return out

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, key: str) -> GazetteerEntry | None:
        """The entry with this id, or ``None``."""
        return self._by_id.get(key)

    def state(self, code: str) -> GazetteerEntry | None:
        """The state entry for an ISO alpha-3 code, or ``None``."""
        return self._by_id.get(f"state:{code}")

    def with_entries(self, *entries: GazetteerEntry) -> Gazetteer:
        """A new gazetteer with *entries* added, replacing any same ids."""
        new = {e.id for e in entries}
        kept = [e for e in self.entries if e.id not in new]
        return Gazetteer([*kept, *entries], source=self.source)

    def without(self, *ids: str) -> Gazetteer:
        """A new gazetteer without the entries with these ids."""
        drop = set(ids)
        return Gazetteer(
            [e for e in self.entries if e.id not in drop], source=self.source
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "<dict>") -> Gazetteer:
        """
        Build from a mapping with ``states`` and/or ``organizations`` lists,
        in the format of the shipped ``lexicons/*.json`` files.
        """
        if not isinstance(data, Mapping):
            raise _entry_error(source, None, "top level must be an object")
        entries: list[GazetteerEntry] = []
        for field, kind in (
            ("states", ActorKind.STATE),
            ("organizations", ActorKind.ORGANIZATION),
        ):
            items = data.get(field, [])
            if not isinstance(items, list):
                raise _entry_error(source, None, f"{field!r} must be a list")
            entries.extend(_entry_from_dict(d, kind, source) for d in items)
        return cls(entries, source=source)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Gazetteer:
        """
        Load a JSON file in the format of :meth:`from_dict`.

        Raises:
            InputTypeError: *path* is not a string or path.
            LexiconError: The file is missing, unreadable or malformed.
        """
        if not isinstance(path, (str, os.PathLike)):
            raise InputTypeError("path", "a str or os.PathLike", path)
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise _entry_error(str(p), None, str(e)) from e
        return cls.from_dict(data, source=str(p))

    @classmethod
    def default(cls) -> Gazetteer:
        """
        The shipped gazetteer, read from ``states.json`` and
        ``organizations.json`` (each call reads them; a
        :class:`~communique.Parser` keeps the one it uses).
        """
        states = read_lexicon("states.json")
        orgs = read_lexicon("organizations.json")
        a = cls.from_dict(states, source="states.json")
        b = cls.from_dict(orgs, source="organizations.json")
        return cls([*a.entries, *b.entries], source="communique")
