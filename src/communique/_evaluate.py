# SPDX-License-Identifier: MIT
"""
Score communique's output against a directory of gold annotations.

A gold directory holds ``NAME.txt`` (an article) and ``NAME.gold.json``
(what a careful analyst would extract from it; the format is described in
``docs/evaluation.md``). :func:`evaluate` parses every article (or reads
ready-made ``NAME.json`` predictions), aligns the predicted actors with the
gold ones and counts true positives, false positives and misses for each
fact type:

- **actors**: a predicted actor aligns to a gold actor by ISO code (states),
  by canonical name or alias, by a vote of its mentions, or by surname
  (persons); two predicted actors on one gold actor count one false
  positive (a failed resolution);
- **meetings**: a predicted meeting matches the gold meeting that shares
  the largest part (at least half) of the larger participant list; a
  person also stands for their own state;
- **claims**: the predicted content span must cover at least half of the
  gold content and be at least 30% gold content; the best overlap (Dice)
  wins; a claim counts fully only with an acceptable speaker, while
  ``claim_content`` scores the content alone;
- **relationships**: unordered pairs, persons and bodies lifted to their
  states, with an acceptable polarity.

Entries in the gold's ``optional_*`` lists are neither rewarded nor
punished. On matched items the scorer also measures attribute accuracies
(actor kind, meeting status, meeting place, claim hedging).

The rules are those of the project's reference scorer (``score.py``), and
:meth:`EvaluationReport.to_dict` gives the same numbers it prints.
"""

from __future__ import annotations

import json
import os
import unicodedata

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Final, NoReturn, TypeVar

import attrs

from . import _cache
from ._pipeline import Parser, default_parser
from .errors import InputTypeError, InputValueError, SchemaError
from .serialize import to_dict


__all__ = [
    "ATTRIBUTES",
    "FACT_TYPES",
    "Accuracy",
    "ArticleScore",
    "Counts",
    "EvaluationReport",
    "Scores",
    "evaluate",
    "render_table",
]

#: The fact types whose F1 makes up :attr:`Scores.mean_f1`.
MEAN_TYPES: Final = ("actors", "meetings", "claims", "relationships")

#: Every scored fact type, in report order.
FACT_TYPES: Final = (*MEAN_TYPES, "claim_content")

#: The attributes measured on matched items.
ATTRIBUTES: Final = (
    "actor_kind",
    "meeting_status",
    "meeting_place",
    "claim_hedged",
)

_ACTOR_KINDS: Final = frozenset({"person", "state", "organization", "group"})
_STATUSES: Final = frozenset({"held", "planned", "ongoing", "cancelled"})
_POLARITIES: Final = frozenset({"cooperative", "hostile", "mixed"})
_ALPHA3: Final = _cache.pattern(r"[A-Z]{3}")
_ISO_DATE: Final = _cache.pattern(r"\d{4}-\d\d-\d\d")
_GOLD_SUFFIX: Final = ".gold.json"

#: A JSON object as :func:`json.loads` returns it.
_Json = Mapping[str, Any]
_T = TypeVar("_T")


# ---------------------------------------------------------------------------
# Counts and accuracies


@attrs.frozen(kw_only=True)
class Counts:
    """
    True positives, false positives and misses for one fact type.

    Attributes:
        tp: Predictions that match a required gold item.
        fp: Predictions that match nothing (or a gold item already taken).
        fn: Required gold items no prediction matched.

    Examples:
        >>> c = Counts(tp=3, fp=1, fn=1)
        >>> (c.precision, c.recall, c.f1)
        (0.75, 0.75, 0.75)
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """``tp / (tp + fp)``; 1.0 when nothing was predicted or missed."""
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 0.0 if self.fn else 1.0

    @property
    def recall(self) -> float:
        """``tp / (tp + fn)``; 1.0 when the gold has nothing to find."""
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            tp=self.tp + other.tp,
            fp=self.fp + other.fp,
            fn=self.fn + other.fn,
        )


@attrs.frozen(kw_only=True)
class Accuracy:
    """
    How often one attribute was right on matched items.

    Attributes:
        right: Matched items whose attribute agrees with the gold.
        total: Matched items on which the attribute was checked.

    Examples:
        >>> Accuracy(right=1, total=4).value
        0.25
        >>> Accuracy().value is None
        True
    """

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """``right / total``, or ``None`` when nothing was checked."""
        return self.right / self.total if self.total else None

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(
            right=self.right + other.right, total=self.total + other.total
        )


def _bad_value(argument: str, value: object, reason: str) -> NoReturn:
    raise InputValueError(argument, value, reason)


def _bad_type(argument: str, expected: str, value: object) -> NoReturn:
    raise InputTypeError(argument, expected, value)


def _accuracy(checks: Iterable[bool]) -> Accuracy:
    results = list(checks)
    return Accuracy(right=sum(results), total=len(results))


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


@attrs.frozen(kw_only=True)
class Scores:
    """
    Counts per fact type and accuracies per attribute, for one article or
    summed over many (micro-averaging).

    Attributes:
        actors: Actor alignment.
        meetings: Meetings.
        claims: Claims with an acceptable speaker.
        claim_content: Claims by content span alone.
        relationships: Relationships.
        actor_kind: Kind of aligned actors.
        meeting_status: Status of matched meetings.
        meeting_place: Location country of matched meetings (when the gold
            gives one).
        claim_hedged: Hedging of matched claims.
    """

    actors: Counts = Counts()
    meetings: Counts = Counts()
    claims: Counts = Counts()
    claim_content: Counts = Counts()
    relationships: Counts = Counts()
    actor_kind: Accuracy = Accuracy()
    meeting_status: Accuracy = Accuracy()
    meeting_place: Accuracy = Accuracy()
    claim_hedged: Accuracy = Accuracy()

    def counts(self, fact_type: str) -> Counts:
        """
        The counts for one of :data:`FACT_TYPES`.

        Examples:
            >>> Scores(claims=Counts(tp=2)).counts("claims").tp
            2
        """
        if fact_type not in FACT_TYPES:
            msg = f"one of {', '.join(FACT_TYPES)}"
            _bad_value("fact_type", fact_type, msg)
        result: Counts = getattr(self, fact_type)
        return result

    def accuracy(self, attribute: str) -> Accuracy:
        """
        The accuracy of one of :data:`ATTRIBUTES`.

        Examples:
            >>> Scores().accuracy("actor_kind").total
            0
        """
        if attribute not in ATTRIBUTES:
            msg = f"one of {', '.join(ATTRIBUTES)}"
            _bad_value("attribute", attribute, msg)
        result: Accuracy = getattr(self, attribute)
        return result

    @property
    def f1(self) -> dict[str, float]:
        """F1 per fact type, unrounded."""
        return {kind: self.counts(kind).f1 for kind in FACT_TYPES}

    @property
    def mean_f1(self) -> float:
        """The mean F1 of actors, meetings, claims and relationships."""
        return sum(self.counts(k).f1 for k in MEAN_TYPES) / len(MEAN_TYPES)

    def __add__(self, other: Scores) -> Scores:
        fields = (*FACT_TYPES, *ATTRIBUTES)
        return Scores(
            **{f: getattr(self, f) + getattr(other, f) for f in fields}
        )


@attrs.frozen(kw_only=True)
class ArticleScore:
    """
    The scores of one article.

    Attributes:
        name: The article's name (``NAME`` of ``NAME.gold.json``).
        scores: Counts and accuracies.
        notes: Misses and false finds, in words.
        unaligned_actors: Names of predicted actors that align with no
            gold actor.
    """

    name: str
    scores: Scores
    notes: tuple[str, ...] = ()
    unaligned_actors: tuple[str | None, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """
        Rounded ``[precision, recall, f1]`` per fact type, plus notes.

        Examples:
            >>> ArticleScore(name="a", scores=Scores()).to_dict()["claims"]
            [1.0, 1.0, 1.0]
        """
        out: dict[str, Any] = {}
        for kind in FACT_TYPES:
            c = self.scores.counts(kind)
            out[kind] = [round(x, 3) for x in (c.precision, c.recall, c.f1)]
        out["notes"] = list(self.notes)
        out["unaligned_actors"] = list(self.unaligned_actors)
        return out


@attrs.frozen(kw_only=True)
class EvaluationReport:
    """
    What :func:`evaluate` measured: per-article scores and their
    micro-averaged totals.

    Attributes:
        articles: One entry per gold file, sorted by name.

    Examples:
        >>> report = EvaluationReport(articles=())
        >>> report.mean_f1
        1.0
    """

    articles: tuple[ArticleScore, ...]

    @property
    def totals(self) -> Scores:
        """Counts and accuracies summed over all articles."""
        total = Scores()
        for article in self.articles:
            total += article.scores
        return total

    @property
    def f1(self) -> dict[str, float]:
        """Micro-averaged F1 per fact type, unrounded."""
        return self.totals.f1

    @property
    def mean_f1(self) -> float:
        """Mean micro F1 of actors, meetings, claims and relationships."""
        return self.totals.mean_f1

    def article(self, name: str) -> ArticleScore:
        """The scores of the article called *name*."""
        for article in self.articles:
            if article.name == name:
                return article
        _bad_value("name", name, "no such article in the report")

    def to_dict(self) -> dict[str, Any]:
        """
        The report as JSON-ready data, rounded to three decimals.

        Keys: ``articles`` (name -> per-article dict, see
        :meth:`ArticleScore.to_dict`), ``f1`` (fact type -> micro F1),
        ``mean_f1`` (mean of the four rounded F1s of actors, meetings,
        claims and relationships) and ``attribute_accuracy`` (attribute ->
        accuracy or ``None``): the numbers ``score.py --json`` prints.

        Examples:
            >>> sorted(EvaluationReport(articles=()).to_dict())
            ['articles', 'attribute_accuracy', 'f1', 'mean_f1']
        """
        totals = self.totals
        f1 = {kind: round(totals.counts(kind).f1, 3) for kind in FACT_TYPES}
        mean = round(sum(f1[k] for k in MEAN_TYPES) / len(MEAN_TYPES), 3)
        return {
            "articles": {a.name: a.to_dict() for a in self.articles},
            "f1": f1,
            "mean_f1": mean,
            "attribute_accuracy": {
                k: _rounded(totals.accuracy(k).value) for k in ATTRIBUTES
            },
        }


# ---------------------------------------------------------------------------
# Gold files


@attrs.frozen(kw_only=True)
class _GoldActor:
    key: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    country: str | None


@attrs.frozen(kw_only=True)
class _GoldMeeting:
    participants: tuple[str, ...]
    status: str
    location_country: str | None


@attrs.frozen(kw_only=True)
class _GoldClaim:
    speakers: tuple[str | None, ...]
    content_anchor: str
    content: tuple[int, int]
    hedged: bool


@attrs.frozen(kw_only=True)
class _GoldRelationship:
    a: str
    b: str
    polarity: frozenset[str]


@attrs.frozen(kw_only=True)
class _Gold:
    """One gold file, checked, with its article text."""

    name: str
    text: str
    published: str | None
    actors: tuple[_GoldActor, ...]
    optional_actors: tuple[_GoldActor, ...]
    meetings: tuple[_GoldMeeting, ...]
    optional_meetings: tuple[_GoldMeeting, ...]
    claims: tuple[_GoldClaim, ...]
    optional_claims: tuple[_GoldClaim, ...]
    relationships: tuple[_GoldRelationship, ...]
    optional_relationships: tuple[_GoldRelationship, ...]


class _GoldReader:
    """Reads one gold file, raising :class:`SchemaError` on bad entries."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.text = ""
        self.keys: set[str] = set()

    def fail(self, where: str, reason: str) -> NoReturn:
        """Raise a :class:`SchemaError` naming the file and *where*."""
        path = f"{self.path}:{where}" if where else str(self.path)
        raise SchemaError(path, reason)

    def load(self) -> _Gold:
        raw = _read_json(self.path)
        if not isinstance(raw, dict):
            self.fail("", "a gold file must hold a JSON object")
        name = self.path.name[: -len(_GOLD_SUFFIX)]
        article = raw.get("article", f"{name}.txt")
        if not isinstance(article, str) or not article:
            self.fail("article", "must be a file name")
        text_file = self.path.parent / article
        try:
            self.text = text_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            self.fail("article", f"cannot read the article {text_file}: {e}")
        published = raw.get("published")
        if published is not None and not (
            isinstance(published, str) and _ISO_DATE.fullmatch(published)
        ):
            self.fail("published", "must be YYYY-MM-DD or null")
        actors = self.section(raw, "actors", self.actor)
        optional_actors = self.section(raw, "optional_actors", self.actor)
        return _Gold(
            name=name,
            text=self.text,
            published=published,
            actors=actors,
            optional_actors=optional_actors,
            meetings=self.section(raw, "meetings", self.meeting),
            optional_meetings=self.section(
                raw, "optional_meetings", self.meeting
            ),
            claims=self.section(raw, "claims", self.claim),
            optional_claims=self.section(raw, "optional_claims", self.claim),
            relationships=self.section(
                raw, "relationships", self.relationship
            ),
            optional_relationships=self.section(
                raw, "optional_relationships", self.relationship
            ),
        )

    def section(
        self, raw: _Json, key: str, read: Callable[[_Json, str], _T]
    ) -> tuple[_T, ...]:
        entries = raw.get(key, [])
        if not isinstance(entries, list):
            self.fail(key, "must be a list")
        out: list[_T] = []
        for i, entry in enumerate(entries):
            where = f"{key}[{i}]"
            if not isinstance(entry, dict):
                self.fail(where, "must be a JSON object")
            out.append(read(entry, where))
        return tuple(out)

    def string(self, entry: _Json, key: str, where: str) -> str:
        value = entry.get(key)
        if not isinstance(value, str) or not value:
            self.fail(f"{where}.{key}", "must be a non-empty string")
        return value

    def country(self, entry: _Json, key: str, where: str) -> str | None:
        value = entry.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not _ALPHA3.fullmatch(value):
            msg = f"must be an ISO 3166-1 alpha-3 code or null, not {value!r}"
            self.fail(f"{where}.{key}", msg)
        return value

    def known(self, value: object, where: str) -> str:
        if not isinstance(value, str) or value not in self.keys:
            self.fail(where, f"unknown actor key {value!r}")
        return value

    def anchor(self, entry: _Json, key: str, where: str) -> tuple[int, int]:
        """Check an anchor; return where it first occurs in the text."""
        value = entry.get(key)
        if not isinstance(value, str) or not value:
            self.fail(f"{where}.{key}", "must be a non-empty string")
        start = self.text.find(value)
        if start < 0:
            msg = f"anchor not found in the article text: {value!r}"
            self.fail(f"{where}.{key}", msg)
        return start, start + len(value)

    def actor(self, entry: _Json, where: str) -> _GoldActor:
        key = self.string(entry, "key", where)
        if key in self.keys:
            self.fail(f"{where}.key", f"duplicate actor key {key!r}")
        self.keys.add(key)
        kind = entry.get("kind")
        if kind not in _ACTOR_KINDS:
            msg = f"must be one of {sorted(_ACTOR_KINDS)}, not {kind!r}"
            self.fail(f"{where}.kind", msg)
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(
            isinstance(a, str) for a in aliases
        ):
            self.fail(f"{where}.aliases", "must be a list of strings")
        return _GoldActor(
            key=key,
            kind=kind,
            name=self.string(entry, "name", where),
            aliases=tuple(aliases),
            country=self.country(entry, "country", where),
        )

    def meeting(self, entry: _Json, where: str) -> _GoldMeeting:
        participants = entry.get("participants")
        if not isinstance(participants, list) or not participants:
            msg = "must be a non-empty list of actor keys"
            self.fail(f"{where}.participants", msg)
        keys = tuple(
            self.known(p, f"{where}.participants[{i}]")
            for i, p in enumerate(participants)
        )
        status = entry.get("status")
        if status not in _STATUSES:
            msg = f"must be one of {sorted(_STATUSES)}, not {status!r}"
            self.fail(f"{where}.status", msg)
        if entry.get("anchor") is not None:
            self.anchor(entry, "anchor", where)
        return _GoldMeeting(
            participants=keys,
            status=status,
            location_country=self.country(entry, "location_country", where),
        )

    def claim(self, entry: _Json, where: str) -> _GoldClaim:
        speakers = entry.get("speakers")
        if not isinstance(speakers, list) or not speakers:
            msg = "must be a non-empty list of actor keys (or null)"
            self.fail(f"{where}.speakers", msg)
        keys = tuple(
            None if s is None else self.known(s, f"{where}.speakers[{i}]")
            for i, s in enumerate(speakers)
        )
        content = self.anchor(entry, "content_anchor", where)
        if entry.get("anchor") is not None:
            self.anchor(entry, "anchor", where)
        hedged = entry.get("hedged", False)
        if not isinstance(hedged, bool):
            self.fail(f"{where}.hedged", "must be true or false")
        return _GoldClaim(
            speakers=keys,
            content_anchor=entry["content_anchor"],
            content=content,
            hedged=hedged,
        )

    def relationship(self, entry: _Json, where: str) -> _GoldRelationship:
        a = self.known(entry.get("a"), f"{where}.a")
        b = self.known(entry.get("b"), f"{where}.b")
        polarity = entry.get("polarity")
        if (
            not isinstance(polarity, list)
            or not polarity
            or not set(polarity) <= _POLARITIES
        ):
            msg = f"must be a non-empty list from {sorted(_POLARITIES)}"
            self.fail(f"{where}.polarity", msg)
        if entry.get("anchor") is not None:
            self.anchor(entry, "anchor", where)
        return _GoldRelationship(a=a, b=b, polarity=frozenset(polarity))


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        msg = f"cannot read JSON: {e}"
        raise SchemaError(str(path), msg) from e


# ---------------------------------------------------------------------------
# Actor alignment


def _norm(s: str | None) -> str:
    """Fold a name for comparison: accents, case, dots, hyphens, "the"."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().replace("\u2019", "'").replace("-", " ").replace(".", "")
    s = " ".join(s.split())
    return s.removeprefix("the ")


def _surname(name: str | None) -> list[str]:
    return _norm(name).split(" ")[-1:]


def _objects(pred: _Json, key: str, source: str) -> list[_Json]:
    """The list of objects under *key* of a prediction (may be absent)."""
    value = pred.get(key) or []
    if not isinstance(value, list) or not all(
        isinstance(v, dict) for v in value
    ):
        where = f"{source}:{key}"
        msg = "must be a list of JSON objects"
        raise SchemaError(where, msg)
    return value


class _Aligner:
    """Maps predicted actor ids onto gold actor keys."""

    def __init__(self, gold: _Gold, pred_actors: Sequence[_Json]) -> None:
        self.required = {a.key: a for a in gold.actors}
        self.optional = {a.key: a for a in gold.optional_actors}
        self.all = {**self.required, **self.optional}
        # name -> gold keys, in gold order (a name may name several actors)
        self.names: dict[str, list[str]] = {}
        for key, actor in self.all.items():
            for name in (actor.name, *actor.aliases):
                keys = self.names.setdefault(_norm(name), [])
                if key not in keys:
                    keys.append(key)
        self.state_by_country = {
            a.country: k
            for k, a in self.all.items()
            if a.kind == "state" and a.country
        }
        self.map = {p.get("id"): self._align(p) for p in pred_actors}

    def _align(self, p: _Json) -> str | None:
        """Gold key of one predicted actor: by ISO code, name, votes, surname."""
        if (
            p.get("kind") == "state"
            and p.get("country") in self.state_by_country
        ):
            return self.state_by_country[p["country"]]
        hits = self.names.get(_norm(p.get("name")))
        if hits and len(hits) == 1:
            return hits[0]
        votes: dict[str, int] = {}
        for mention in p.get("mentions") or []:
            for key in self.names.get(_norm(mention.get("text")), ()):
                votes[key] = votes.get(key, 0) + 1
        if votes:
            return max(votes, key=lambda k: votes[k])
        last = _surname(p.get("name"))
        persons = [
            k
            for k, a in self.all.items()
            if a.kind == "person" and _surname(a.name) == last
        ]
        if p.get("kind") == "person" and len(persons) == 1:
            return persons[0]
        return None

    def key(self, actor_id: object) -> str | None:
        """The gold key a predicted actor id aligns to, if any."""
        return None if actor_id is None else self.map.get(actor_id)

    def state_of(self, key: str | None) -> str | None:
        """A person's state key, else the key itself."""
        if key is None:
            return None
        actor = self.all.get(key)
        if (
            actor is not None
            and actor.kind == "person"
            and actor.country in self.state_by_country
        ):
            return self.state_by_country[actor.country]
        return key

    def lifted(self, key: str | None) -> set[str]:
        """The key, plus its state for persons and bodies with a country."""
        if key is None:
            return set()
        out = {key}
        actor = self.all.get(key)
        if (
            actor is not None
            and actor.kind in ("person", "organization")
            and actor.country in self.state_by_country
        ):
            out.add(self.state_by_country[actor.country])
        return out


# ---------------------------------------------------------------------------
# Matching rules, one per fact type


def _score_actors(
    al: _Aligner, pred_actors: Sequence[_Json]
) -> tuple[Counts, Accuracy]:
    """Each gold actor found once; duplicates and strangers are errors."""
    tp = fp = 0
    kinds: list[bool] = []
    seen: set[str] = set()
    for p in pred_actors:
        key = al.key(p.get("id"))
        if key is None:
            fp += 1
        elif key in al.optional:
            continue
        elif key in seen:
            fp += 1  # the same actor twice: a failed resolution
        else:
            seen.add(key)
            tp += 1
            kinds.append(p.get("kind") == al.required[key].kind)
    fn = len(set(al.required) - seen)
    return Counts(tp=tp, fp=fp, fn=fn), _accuracy(kinds)


def _meeting_overlap(
    al: _Aligner, gold: _GoldMeeting, keys: Sequence[str]
) -> float:
    """Share of the larger participant list the two meetings have in common."""
    remaining = list(keys)
    matched = 0
    for gk in gold.participants:
        ok = {gk, al.state_of(gk)}
        for j, k in enumerate(remaining):
            if k in ok or al.state_of(k) == gk:
                matched += 1
                del remaining[j]
                break
    return matched / max(len(gold.participants), len(keys) or 1)


def _best_meeting(
    al: _Aligner,
    golds: Sequence[_GoldMeeting],
    used: Sequence[bool],
    keys: Sequence[str],
) -> int:
    """Index of the free gold meeting with the best overlap >= 0.5, or -1."""
    best, best_i = 0.0, -1
    for i, gold in enumerate(golds):
        if used[i]:
            continue
        share = _meeting_overlap(al, gold, keys)
        if share >= 0.5 and share > best:
            best, best_i = share, i
    return best_i


def _score_meetings(
    al: _Aligner, gold: _Gold, pred_meetings: Sequence[_Json]
) -> tuple[Counts, Accuracy, Accuracy, list[str]]:
    """Meetings by participants; returns counts, status, place, notes."""
    tp = fp = 0
    statuses: list[bool] = []
    places: list[bool] = []
    notes: list[str] = []
    required = gold.meetings
    golds = (*required, *gold.optional_meetings)
    used = [False] * len(golds)
    for pm in pred_meetings:
        aligned = [al.key(x) for x in pm.get("participants") or []]
        keys = [k for k in aligned if k is not None]
        i = _best_meeting(al, golds, used, keys)
        if i < 0:
            fp += 1
            notes.append(f"unmatched predicted meeting {keys}")
            continue
        used[i] = True
        if i >= len(required):
            continue  # an optional meeting: neither rewarded nor punished
        tp += 1
        g = golds[i]
        country = (pm.get("location") or {}).get("country")
        statuses.append(pm.get("status") == g.status)
        if g.location_country:
            places.append(country == g.location_country)
            if country != g.location_country:
                notes.append(
                    f"meeting {list(g.participants)}: location country "
                    f"{country!r} != {g.location_country!r}"
                )
    taken = used[: len(required)]
    missed = [g for g, u in zip(required, taken, strict=True) if not u]
    notes.extend(f"missed meeting {list(g.participants)}" for g in missed)
    counts = Counts(tp=tp, fp=fp, fn=len(missed))
    return counts, _accuracy(statuses), _accuracy(places), notes


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _best_claim(
    claims: Sequence[_GoldClaim], used: Sequence[bool], span: tuple[int, int]
) -> int:
    """
    Index of the free gold claim whose content best matches *span*, or -1.

    The span must cover at least half of the gold content, and at least
    30% of the span must be gold content; among those, the largest share
    of both spans in common (Dice) wins.
    """
    hit, best = -1, 0.0
    span_len = span[1] - span[0]
    for i, claim in enumerate(claims):
        gold_len = claim.content[1] - claim.content[0]
        ov = _overlap(span, claim.content)
        if used[i] or ov < 0.5 * gold_len or ov < 0.3 * max(1, span_len):
            continue
        dice = 2 * ov / (gold_len + span_len)
        if dice > best:
            hit, best = i, dice
    return hit


def _covers_optional(gold: _Gold, span: tuple[int, int]) -> bool:
    return any(
        _overlap(span, c.content) >= 0.5 * (c.content[1] - c.content[0])
        for c in gold.optional_claims
    )


def _score_claims(
    al: _Aligner, gold: _Gold, pred_claims: Sequence[_Json]
) -> tuple[Counts, Counts, Accuracy, list[str]]:
    """Claims by content span; returns full, content-only, hedged, notes."""
    full_tp = full_fp = full_fn = content_tp = content_fp = 0
    hedges: list[bool] = []
    notes: list[str] = []
    required = gold.claims
    used = [False] * len(required)
    for pc in pred_claims:
        content = pc.get("content") or {}
        if "start" not in content:
            full_fp += 1
            content_fp += 1
            continue
        span = (content["start"], content["end"])
        speaker = al.key(pc.get("speaker"))
        hit = _best_claim(required, used, span)
        if hit < 0:
            if _covers_optional(gold, span):
                continue
            full_fp += 1
            content_fp += 1
            text = content.get("text", "")
            notes.append(f"unmatched predicted claim {text[:70]!r}")
            continue
        used[hit] = True
        content_tp += 1
        g = required[hit]
        hedges.append(bool(pc.get("hedged")) == g.hedged)
        if speaker in g.speakers or al.state_of(speaker) in g.speakers:
            full_tp += 1
        else:
            full_fp += 1
            full_fn += 1
            notes.append(
                f"claim {g.content_anchor[:50]!r}: speaker {speaker!r} "
                f"not in {list(g.speakers)}"
            )
    missed = [g for g, u in zip(required, used, strict=True) if not u]
    notes.extend(f"missed claim {g.content_anchor[:70]!r}" for g in missed)
    full = Counts(tp=full_tp, fp=full_fp, fn=full_fn + len(missed))
    by_content = Counts(tp=content_tp, fp=content_fp, fn=len(missed))
    return full, by_content, _accuracy(hedges), notes


def _pair_forms(
    al: _Aligner, a: str | None, b: str | None
) -> set[frozenset[str]]:
    """Every unordered pair the two sides make once lifted to states."""
    return {
        frozenset((x, y)) for x in al.lifted(a) for y in al.lifted(b) if x != y
    }


def _score_relationships(
    al: _Aligner, gold: _Gold, pred_relationships: Sequence[_Json]
) -> tuple[Counts, list[str]]:
    """
    Unordered pairs with an acceptable polarity.

    A pair may be stated at the level of persons or bodies or of their
    states: a predicted pair matches a gold pair if the two agree once
    either side is lifted to its state. Exact-level matches are tried
    first; repeats of one predicted pair and polarity count once.
    """
    tp = fp = 0
    notes: list[str] = []
    required = [(_pair_forms(al, g.a, g.b), g) for g in gold.relationships]
    optional = [_pair_forms(al, g.a, g.b) for g in gold.optional_relationships]
    hit = [False] * len(required)
    seen: set[tuple[frozenset[str | None], object]] = set()
    for pr in pred_relationships:
        a, b = al.key(pr.get("source")), al.key(pr.get("target"))
        polarity = pr.get("polarity")
        if (frozenset((a, b)), polarity) in seen:
            continue
        seen.add((frozenset((a, b)), polarity))
        forms = _pair_forms(al, a, b)
        if not forms:
            fp += 1
            notes.append(
                "unmatched predicted relationship "
                f"{pr.get('source')}-{pr.get('target')}"
            )
            continue
        exact = frozenset((a, b))
        cands = [i for i, (gf, _) in enumerate(required) if forms & gf]
        cands.sort(
            key=lambda i: (
                frozenset((required[i][1].a, required[i][1].b)) != exact
            )
        )
        good = [i for i in cands if polarity in required[i][1].polarity]
        fresh = [i for i in good if not hit[i]]
        if fresh:
            hit[fresh[0]] = True
            tp += 1
        elif not good and not any(forms & of for of in optional):
            fp += 1
            notes.append(f"wrong relationship {a}-{b} {polarity}")
    missed = [g for (_, g), h in zip(required, hit, strict=True) if not h]
    notes.extend(
        f"missed relationship {g.a}-{g.b} {sorted(g.polarity)}" for g in missed
    )
    return Counts(tp=tp, fp=fp, fn=len(missed)), notes


def _score_article(gold: _Gold, pred: _Json, source: str) -> ArticleScore:
    """
    Score one article's predictions (communique/1 JSON) against gold.

    *source* names where the predictions come from, for error messages.
    """
    pred_actors = _objects(pred, "actors", source)
    al = _Aligner(gold, pred_actors)
    actors, kinds = _score_actors(al, pred_actors)
    meetings, status, place, meeting_notes = _score_meetings(
        al, gold, _objects(pred, "meetings", source)
    )
    claims, content, hedged, claim_notes = _score_claims(
        al, gold, _objects(pred, "claims", source)
    )
    relationships, rel_notes = _score_relationships(
        al, gold, _objects(pred, "relationships", source)
    )
    scores = Scores(
        actors=actors,
        meetings=meetings,
        claims=claims,
        claim_content=content,
        relationships=relationships,
        actor_kind=kinds,
        meeting_status=status,
        meeting_place=place,
        claim_hedged=hedged,
    )
    return ArticleScore(
        name=gold.name,
        scores=scores,
        notes=(*meeting_notes, *claim_notes, *rel_notes),
        unaligned_actors=tuple(
            p.get("name") for p in pred_actors if al.key(p.get("id")) is None
        ),
    )


# ---------------------------------------------------------------------------
# Entry points


def _directory(argument: str, value: object) -> Path:
    if not isinstance(value, (str, os.PathLike)):
        _bad_type(argument, "a str or os.PathLike path", value)
    path = Path(value)
    if not path.is_dir():
        _bad_value(argument, value, "not a directory")
    return path


def _gold_files(gold_dir: Path) -> Iterator[Path]:
    yield from sorted(gold_dir.glob(f"*{_GOLD_SUFFIX}"))


def _predict(gold: _Gold, parser: Parser) -> _Json:
    article = parser.parse(gold.text, published=gold.published)
    return to_dict(article)


def _load_prediction(path: Path) -> _Json:
    data = _read_json(path)
    if not isinstance(data, dict):
        raise SchemaError(str(path), "predictions must be a JSON object")
    return data


def evaluate(
    gold_dir: str | os.PathLike[str],
    *,
    parser: Parser | None = None,
    pred_dir: str | os.PathLike[str] | None = None,
) -> EvaluationReport:
    """
    Score communique against every ``NAME.gold.json`` in *gold_dir*.

    Each article (``NAME.txt``, or the gold's ``"article"``) is parsed with
    *parser* and the gold's ``"published"`` date, unless *pred_dir* holds
    ready-made predictions ``NAME.json`` (``communique/1`` JSON).

    Args:
        gold_dir: Directory of ``NAME.gold.json`` and article files.
        parser: The parser to evaluate; the default one if ``None``.
        pred_dir: Directory of ``NAME.json`` predictions to score instead
            of parsing (articles without one are parsed).

    Returns:
        Per-article and micro-averaged scores.

    Raises:
        SchemaError: A gold or prediction file is invalid (the error's
            ``path`` names the file and the failing entry, such as
            ``claims[3].content_anchor``).
        InputValueError: A directory does not exist, or *gold_dir* holds
            no gold files.

    Examples:
        >>> import json, pathlib, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     gold = {"published": "2024-05-02", "actors": [
        ...         {"key": "FRA", "kind": "state", "name": "France",
        ...          "country": "FRA"}]}
        ...     _ = pathlib.Path(d, "a.txt").write_text("France spoke.")
        ...     _ = pathlib.Path(d, "a.gold.json").write_text(json.dumps(gold))
        ...     pred = {"actors": [{"id": "state:FRA", "kind": "state",
        ...                         "name": "France", "country": "FRA"}]}
        ...     _ = pathlib.Path(d, "a.json").write_text(json.dumps(pred))
        ...     report = evaluate(d, pred_dir=d)
        >>> report.totals.actors
        Counts(tp=1, fp=0, fn=0)
    """
    gold_path = _directory("gold_dir", gold_dir)
    pred_path = None if pred_dir is None else _directory("pred_dir", pred_dir)
    if parser is not None and not isinstance(parser, Parser):
        _bad_type("parser", "a communique.Parser or None", parser)
    files = list(_gold_files(gold_path))
    if not files:
        msg = f"no *{_GOLD_SUFFIX} files in the directory"
        _bad_value("gold_dir", gold_dir, msg)
    articles = []
    for file in files:
        gold = _GoldReader(file).load()
        pred_file = pred_path and pred_path / f"{gold.name}.json"
        if pred_file is not None and pred_file.is_file():
            pred = _load_prediction(pred_file)
            source = str(pred_file)
        else:
            pred = _predict(gold, parser or default_parser())
            source = f"predictions for {gold.name}"
        articles.append(_score_article(gold, pred, source))
    return EvaluationReport(articles=tuple(articles))


# ---------------------------------------------------------------------------
# Terminal table

_COLUMNS: Final = (
    ("actors", "actors"),
    ("meetings", "meetings"),
    ("claims", "claims"),
    ("claim_content", "content"),
    ("relationships", "relations"),
)


def _row(name: str, width: int, scores: Scores) -> str:
    cells = [f"{scores.counts(k).f1:>{len(h)}.2f}" for k, h in _COLUMNS]
    mean = f"{scores.mean_f1:>4.2f}"
    return f"{name:<{width}}  " + "  ".join(cells) + f"  {mean}"


def render_table(report: EvaluationReport, *, verbose: bool = False) -> str:
    """
    Format a report for the terminal: F1 per article and fact type, a
    totals row, counts and attribute accuracies.

    Args:
        report: What :func:`evaluate` returned.
        verbose: Also list each article's misses, false finds and
            unaligned actors under its row.

    Examples:
        >>> table = render_table(EvaluationReport(articles=()))
        >>> print(table.splitlines()[0])
        article  actors  meetings  claims  content  relations  mean
        >>> print(table.splitlines()[3])
        TOTAL      1.00      1.00    1.00     1.00       1.00  1.00
    """
    width = max([len("article")] + [len(a.name) for a in report.articles])
    titles = ["article".ljust(width), *(h for _, h in _COLUMNS), "mean"]
    header = "  ".join(titles)
    rule = "  ".join("-" * len(t) for t in titles)
    lines = [header, rule]
    for article in report.articles:
        lines.append(_row(article.name, width, article.scores))
        if verbose:
            lines.extend(f"    - {note}" for note in article.notes)
            if article.unaligned_actors:
                names = ", ".join(str(n) for n in article.unaligned_actors)
                lines.append(f"    - actors not in gold: {names}")
    totals = report.totals
    lines.extend((rule, _row("TOTAL", width, totals), ""))
    for kind in FACT_TYPES:
        c = totals.counts(kind)
        lines.append(
            f"{kind:<14} P={c.precision:.2f} R={c.recall:.2f} "
            f"F1={c.f1:.2f}  (tp={c.tp} fp={c.fp} fn={c.fn})"
        )
    accuracies = []
    for attribute in ATTRIBUTES:
        value = totals.accuracy(attribute).value
        shown = "n/a" if value is None else f"{value:.2f}"
        accuracies.append(f"{attribute}={shown}")
    lines.append("attribute accuracy: " + " ".join(accuracies))
    return "\n".join(lines)
