# SPDX-License-Identifier: MIT
"""
Stage 5a: sentences + resolved mentions + the cue lexicon -> meetings.

Each sentence is scanned once for trigger phrases ("visited", "held talks
with", "a visit by", "spoke by phone", "told visiting", "summit"). For
each trigger the stage reads its clause: who acts (the subject before a
verb, the possessor or ``by`` agent of a noun), who is met (``with`` or
a direct object), where (``to``/``in`` a capital, city or state, "here"
and the dateline), when (a date phrase, resolved by :mod:`._dates`) and
how sure the text is (will, scheduled, called off, if, denied). Mentions
of one event across the article are then merged, and a visit's place
spreads to the other meetings of the same trip.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json

from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import Any

import attrs
import regex

from ._dates import DATE_PHRASE, find_dates, resolve_date
from ._gazetteer import Gazetteer
from ._types import Document, ResolvedMention, Sentence
from .errors import LexiconError
from .model import (
    ActorKind,
    DatePrecision,
    Location,
    Meeting,
    MeetingDate,
    MeetingKind,
    MeetingStatus,
)


__all__ = ["find_meetings"]

_LEXICON = "meeting_cues.json"


def _phrase_list(words: Iterable[str]) -> list[str]:
    # Longest first, spaces matched as any run of whitespace.
    return sorted(
        {w.strip().lower() for w in words if w.strip()}, key=len, reverse=True
    )


def _alternation(words: Iterable[str]) -> str:
    return "|".join(
        r"\s+".join(regex.escape(p) for p in w.split())
        for w in _phrase_list(words)
    )


@attrs.frozen(kw_only=True)
class _Cues:
    """The compiled meeting lexicon."""

    trigger: Any
    roles: Mapping[str, tuple[str, str]]
    host_verbs: frozenset[str]
    light: Any
    status: Mapping[str, Any]
    negative: Any
    negative_sentence: Any
    governing: Any
    generic: Any
    place: Any
    places: Mapping[str, str]


def _load_cues() -> dict[str, Any]:
    try:
        raw = (
            resources.files("communique")
            .joinpath(f"lexicons/{_LEXICON}")
            .read_text(encoding="utf-8")
        )
        data = json.loads(raw)
    except (OSError, ValueError) as e:
        raise LexiconError(_LEXICON, None, f"cannot read: {e}") from e
    if not isinstance(data, dict):
        raise LexiconError(_LEXICON, None, "top level must be an object")
    for key in ("triggers", "light_verbs", "status", "negative", "places"):
        if key not in data:
            raise LexiconError(_LEXICON, key, "missing section")
    return data


def _words_pattern(words: Iterable[str]) -> Any:
    return regex.compile(
        rf"(?<![\w'])(?:{_alternation(words)})(?![\w'])", regex.IGNORECASE
    )


@functools.cache
def _cues() -> _Cues:
    data = _load_cues()
    roles: dict[str, tuple[str, str]] = {}
    kinds = {k.value for k in MeetingKind}
    for t in data["triggers"]:
        if t.get("kind") not in kinds:
            raise LexiconError(_LEXICON, str(t.get("kind")), "unknown kind")
        for f in t["forms"]:
            key = " ".join(f.lower().split())
            # A form listed as a verb and as a noun is decided in context.
            old = roles.get(key)
            role = t["role"]
            if old is not None and old[1] != role:
                role = "either"
            roles[key] = (t["kind"], role)
    places: dict[str, str] = dict(data["places"])
    for e in Gazetteer.default().entries:
        if e.kind is ActorKind.STATE and e.country:
            for c in e.capitals:
                places.setdefault(c, e.country)
            places.setdefault(e.name, e.country)
    place_alt = "|".join(
        r"\s+".join(regex.escape(p) for p in w.split())
        for w in sorted(places, key=len, reverse=True)
    )
    status = {k: _words_pattern(v) for k, v in data["status"].items()}
    return _Cues(
        trigger=_words_pattern(roles),
        roles=roles,
        host_verbs=frozenset(
            " ".join(w.lower().split()) for w in data.get("host_verbs", ())
        ),
        light=regex.compile(
            rf"(?<![\w'])(?:{_alternation(data['light_verbs'])})"
            r"(?:\s+(?:a|an|the|his|her|their|its|this|these|those)\M)?"
            r"(?:\s+[\w'-]+){0,3}+\s*$",
            regex.IGNORECASE,
        ),
        status=status,
        negative=_words_pattern(data["negative"]),
        negative_sentence=_words_pattern(data.get("negative_sentence", ())),
        governing=_words_pattern(data.get("negative_governing", ())),
        generic=_words_pattern(data.get("generic_subjects", ())),
        place=regex.compile(rf"(?<![\w])(?:{place_alt})(?![\w])"),
        places={" ".join(k.lower().split()): v for k, v in places.items()},
    )


# Words that end the clause to the left of a trigger (the subject lies
# after them) and to the right of it (the object lies before them).
_LEFT_BOUNDARY = regex.compile(
    r"""(?:[;:()"]|--|\s-\s|\s_\s
        |(?<![\w'])(?:said|says|say|told|tell|tells|added|that|when|while
          |where|who|whom|which|because|but|although|though|whereas
          |according\s+to|quoted|reported|announced)(?![\w']))""",
    regex.VERBOSE | regex.IGNORECASE,
)
_RIGHT_BOUNDARY = regex.compile(
    r"""(?:[;:()"]|--|\s-\s|\s_\s|,
        |(?<![\w'])(?:said|says|saying|told|which|who|whom|where|when|while
          |amid|because|but|although|after|before|during|over|on|about
          |regarding|concerning|to\s+discuss|to\s+talk|as|since|until
          |following|despite|within|than|whether|if|is|was|were|are|has
          |have|had|will|would|could|can|may|might|should|must|marks
          |marked|follows|followed|comes|came|includes|included|signals
          |signalled|signaled|shows|showed|reflects|reflected|appears
          |appeared|seemed|seems|remains|remained|began|begins|took|takes
          |aimed|focus|focused|focuses|called|calls|urged|agreed|signed
          |discussed|reviewed|compared|downgraded|views|viewed)(?![\w']))""",
    regex.VERBOSE | regex.IGNORECASE,
)
_PREP = regex.compile(
    r"(?<![\w'])(?:by|to|with|in|of|from|between|at|for|into|among)"
    r"(?![\w'])",
    regex.IGNORECASE,
)
_NOUN_ARGS = regex.compile(
    r"(?<!\s)\s*(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|today\s+)?"
    r"(?:by|to|with|between|of|in|at|from|for|among)\M",
    regex.IGNORECASE,
)
_PRONOUN = regex.compile(
    r"(?<![\w'])(?:he|she|his|her|him|they|their|them"
    r"|the\s+two(?:\s+(?:men|women|leaders|ministers|sides|presidents))?"
    r"|both(?:\s+(?:sides|leaders|men))?)(?![\w'])",
    regex.IGNORECASE,
)
_PLURAL = frozenset({"they", "their", "them", "the", "both"})
_POSSESSIVE_END = regex.compile(
    r"(?:'s?|(?<![\w'])(?:his|her|their|its))"
    r"(?:\s+[\w-]+){0,3}?\s*$",
    regex.IGNORECASE,
)
_NOUN_BEFORE = regex.compile(
    r"(?:(?<![\w'])(?:a|an|the|his|her|their|its|our|this|that|these|those"
    r"|whose|such|first|last|previous|earlier|recent|several|two|three"
    r"|further|another|any|no|planned|upcoming|official|state|working"
    r"|brief|short|closed-door|private|formal|informal|whirlwind|joint|new"
    r"|separate|bilateral|trilateral|weekend|day-long|first-ever)"
    r"|'s|\d+-\w+|-day|-hour)\s*$",
    regex.IGNORECASE,
)
_VERB_BEFORE = regex.compile(
    r"(?<![\w'])(?:will|would|to|did|not|also|then|later|he|she|they|we|i"
    r"|who|had|has|have|was|were|is|are|could|should|might|may|must|can"
    r"|before|after|while|when|by|since|and|or|first|never|already|recently"
    r"|plans|planned|wants|hopes|due|expected|scheduled|continue|continued"
    r"|begin|began|started)\s*$",
    regex.IGNORECASE,
)
_SUBJECT_START = regex.compile(
    r"(?:(?i:during|after|before|on|in|at|following|despite)"
    r"|(?!(?:King|Beijing|Nanjing|Peking|Chongqing|Kunming)\M)\m[A-Z]?[a-z]*ing)\M"
)
_PLACE_BEFORE = regex.compile(
    r"(?<![\w'])(?:in|to|at|into)\s+"
    r"(?:(?:the|an?|elegant|central|downtown|nearby|northern|southern"
    r"|eastern|western|neighbou?ring|capital|city|port|resort|town|seaside"
    r"|[A-Z][a-z]+)\s+){0,3}$"
)
_TITLE_NP = regex.compile(
    r"(?<![\w'])(?:the|a)\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:(?:foreign|prime|defen[cs]e|trade|finance|deputy|vice)\s+)?"
    r"(?:minister|president|leader|king|queen|premier|chancellor|secretary"
    r"|envoy|monarch|emir|prince)(?![\w'])",
    regex.IGNORECASE,
)
_REPORTED = regex.compile(
    r"(?<!\s)\s*(?:said|says|reported|quoted|cited|told|added|announced)\M",
    regex.IGNORECASE,
)
_IN_BEFORE = regex.compile(r"(?<![\w'])in\s+(?:(?:the|central|downtown)\s+)?$")
_INTRO = regex.compile(
    r"(?:[\"']\s*)?(?:(?i:as|when|while|after|before|upon|once|since|during"
    r"|following|despite|recalling)\M"
    r"|(?!(?:King|Beijing|Nanjing|Peking|Chongqing|Kunming)\M)\m[A-Z]?[a-z]*ing)\M",
)
_TITLE_GAP = regex.compile(
    r"(?<!\s)(?:'s?)?(?:\s+(?:[A-Z][\w.'-]*|counterpart|leader|president|minister"
    r"|prime|foreign|defen[cs]e|chief|head|king|queen|prince|princess"
    r"|secretary|ambassador|envoy|premier|general|vice|deputy|of|state))"
    r"{0,6}\s+"
)
_ADVERBIAL = regex.compile(
    r"(?<!\s)\s*(?:here|there|again|briefly|separately|later|privately"
    r"|for\s+(?:about\s+)?(?:an?|one|two|three|four|five|\d+)\s+hours?)\M",
    regex.IGNORECASE,
)
_ROYAL = regex.compile(
    r"\m(?:King|Queen|Prince|Princess|Emperor|Empress|Duke|Duchess)\M"
)
_HERE = regex.compile(r"(?<![\w'])here(?![\w'])", regex.IGNORECASE)
# "visited (Peru) in 1990 and [King] Khaled ...": a second, gapped visit.
_GAPPED = regex.compile(
    r"(?<!\s)\s*(?:(?:to\s+)?[A-Z][\w.'-]*+(?:\s+[A-Z][\w.'-]*+){0,3}\s+)?"
    r"(?i:in|on|last)\s+[\w.]+(?:\s+\d{4})?\s*,?\s+and\s+(?:\w+\s+){0,3}"
)
_TITLE_HEAD = regex.compile(
    r"(?<!\s)\s+(?:(?:foreign|prime|defen[cs]e|trade|finance|deputy|vice|chief|top"
    r"|senior|new|former)\s+)*+(?:leader|president|king|queen|monarch"
    r"|minister|premier|chancellor|counterpart|envoy|head|ruler|emir|prince"
    r"|secretary|statesman)\M",
    regex.IGNORECASE,
)
_PEOPLE_HEAD = regex.compile(
    r"(?<!\s)\s+(?:(?:top|senior|government|foreign\s+ministry|trade|defen[cs]e)\s+)?"
    r"(?:leaders|officials|counterparts|side|delegation|delegations"
    r"|government|negotiators|authorities|leadership|diplomats|ministers"
    r"|politicians)\M",
    regex.IGNORECASE,
)
_DATELINE = regex.compile(
    r"""(?P<city>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3})
    (?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2}))?
    (?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?
    (?:\s*\([A-Za-z\-\s]+\))?\s*(?:--|-|_|—|–)""",
    regex.VERBOSE,
)
_LINE = regex.compile(r"(?<![^\n])[ \t]*+\K[^\s][^\n]*+")
_FUTURE_DATE = regex.compile(
    r"(?<![\w'])(?:next|tomorrow|coming|later)(?![\w'])", regex.IGNORECASE
)
_PRESENT = regex.compile(
    r"(?<![\w'])(?:begins|starts|opens|includes|is\s+to|are\s+to|arrives"
    r"|opening|starting|beginning)(?![\w'])",
    regex.IGNORECASE,
)
_INFINITIVE = regex.compile(r"(?<![\w'])to\s*$", regex.IGNORECASE)
_COORDINATED = regex.compile(r"(?<![\w'])and\s+(?:\w+\s+)?$", regex.IGNORECASE)
_RELATIVE = regex.compile(r"(?<![\w'])(?:which|where)\s*$", regex.IGNORECASE)
_WHO = regex.compile(r",?\s*who\s*$", regex.IGNORECASE)
_CONDITIONAL = regex.compile(
    r"^\s*(?:if|unless|should|were)\M", regex.IGNORECASE
)
_TOPIC = regex.compile(
    r"""(?<![\w'])(?:discuss(?:ed|es|ing)?|focus(?:ed|es|ing)?\s+on
        |agenda\s+(?:included|includes|will\s+include)|views\s+on
        |topics\s+(?:included|would\s+include|will\s+include))\s+
        (?P<topic>(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,7}?)
        (?=\s*[,.;:]|\s+(?:and\s+said|said|with|in|at|as|before|after
          |while|when)\M|\s*$)""",
    regex.VERBOSE | regex.IGNORECASE,
)
_TOPIC_AFTER = regex.compile(
    r"""(?<![\w'])(?:on|over|about|regarding|concerning)\s+
        (?P<topic>(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,7}?)
        (?=\s*[,.;:]|\s+(?:and\s+said|said|with|in|at|as|before|after
          |while|when)\M|\s*$)""",
    regex.VERBOSE | regex.IGNORECASE,
)

_LIVE = frozenset({MeetingStatus.HELD, MeetingStatus.ONGOING})
# Reports more than this many days away from publication are not the
# article's current event.
_CURRENT_DAYS = 14
_DATED_APART_DAYS = 45


@attrs.frozen(kw_only=True)
class _Place:
    start: int
    end: int
    name: str | None
    country: str | None


@attrs.frozen(kw_only=True)
class _Trigger:
    start: int
    end: int
    form: str
    kind: MeetingKind
    role: str


@attrs.define(kw_only=True)
class _Candidate:
    """One report of a meeting, before merging."""

    kind: MeetingKind
    participants: list[str]
    host: str | None = None
    location: _Place | None = None
    date: MeetingDate | None = None
    status: MeetingStatus = MeetingStatus.HELD
    explicit: bool = False
    topics: list[str] = attrs.field(factory=list)
    evidence: list[tuple[int, int]] = attrs.field(factory=list)
    destination: str | None = None
    visitors: list[str] = attrs.field(factory=list)
    wants_destination: bool = False
    sentence: int = 0
    order: int = 0


@attrs.define(kw_only=True)
class _Objects:
    """What follows a trigger: who is met, where, by whom."""

    counterparts: list[str] = attrs.field(factory=list)
    agents: list[str] = attrs.field(factory=list)
    destinations: list[_Place] = attrs.field(factory=list)
    gapped: list[ResolvedMention] = attrs.field(factory=list)
    used: set[tuple[int, int]] = attrs.field(factory=set)
    royals: set[str] = attrs.field(factory=set)
    right: int = 0


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


class _Finder:
    """Finds the meetings of one document."""

    def __init__(self, doc: Document, cues: _Cues) -> None:
        self.doc = doc
        self.cues = cues
        self.text = doc.text
        self.all = self._fix_intro_pronouns(doc)
        self.starts = [m.start for m in self.all]
        self.persons = [m for m in self.all if m.kind is ActorKind.PERSON]
        self.person_starts = [m.start for m in self.persons]
        self.countries = self._countries()
        self.dateline = self._dateline()
        self.cands: list[_Candidate] = []

    # -- actors --------------------------------------------------------

    def _fix_intro_pronouns(self, doc: Document) -> list[ResolvedMention]:
        """Mentions, with a pronoun in an opening clause tied to the
        person who opens the main clause ("As he left, Nogaideli said")."""
        out = list(doc.mentions)
        by_sentence: dict[int, list[int]] = {}
        for i, m in enumerate(out):
            by_sentence.setdefault(m.sentence, []).append(i)
        for s in doc.sentences:
            if not _INTRO.match(doc.text, s.start, s.end):
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

    def mentions_in(self, start: int, end: int) -> list[ResolvedMention]:
        """Mentions lying wholly inside ``text[start:end]``, in order."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.all[lo:hi] if m.end <= end]

    def _countries(self) -> dict[str, str | None]:
        """Actor countries, with a person's filled in from a demonym or
        state named right before one of their mentions ("his Latvian
        counterpart Aigars Kalvitis", "Britain's Prince Charles")."""
        out = {k: a.country for k, a in self.doc.actors.items()}
        for i, m in enumerate(self.all):
            if m.kind is not ActorKind.PERSON or out.get(m.actor):
                continue
            for j in range(i - 1, max(-1, i - 4), -1):
                prev = self.all[j]
                if (
                    prev.kind is not ActorKind.STATE
                    or prev.sentence != m.sentence
                ):
                    continue
                if prev.start >= m.start or _TITLE_GAP.fullmatch(
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

    def country_of(self, actor_id: str) -> str | None:
        return self.countries.get(actor_id)

    def kind_of(self, actor_id: str) -> ActorKind | None:
        a = self.doc.actors.get(actor_id)
        return a.kind if a is not None else None

    def is_person(self, actor_id: str) -> bool:
        return self.kind_of(actor_id) is ActorKind.PERSON

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
        title = _TITLE_HEAD.match(self.text, m.end)
        if title is None:
            return None
        nxt = self.mentions_in(title.end(), title.end() + 40)
        if nxt and not self.text[title.end() : nxt[0].start].strip():
            return None  # "his Latvian counterpart Aigars Kalvitis"
        country = self.country_of(m.actor)
        i = bisect.bisect_left(self.person_starts, m.start) - 1
        while i >= 0:
            p = self.persons[i]
            if self.country_of(p.actor) == country:
                return p.actor
            i -= 1
        return None

    def pronoun_persons(
        self, start: int, end: int, s: Sentence
    ) -> list[tuple[int, str]]:
        """Persons that pronouns the actor stage left unresolved in
        ``text[start:end]`` stand for, with their positions."""
        out: list[tuple[int, str]] = []
        covered = [(m.start, m.end) for m in self.mentions_in(start, end)]
        for p in _PRONOUN.finditer(self.text, start, end):
            at = p.start()
            if any(a <= at < b for a, b in covered):
                continue
            plural = p.group().split()[0].lower() in _PLURAL
            intro = self.text[s.start : at]
            comma = self.text.find(",", p.end(), s.end)
            if "," not in intro and comma > 0 and _SUBJECT_START.match(intro):
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

    # -- places --------------------------------------------------------

    def _dateline(self) -> _Place | None:
        # The dateline opens one of the first lines: "MOSCOW, April 13 -".
        m = None
        for line in _LINE.finditer(self.text, 0, min(len(self.text), 400)):
            m = _DATELINE.match(self.text, line.start(), line.end())
            if m is not None or line.start() > 300:
                break
        if m is None:
            return None
        city = m.group("city")
        country = self.cues.places.get(" ".join(city.lower().split()))
        region = m.group("region")
        if region:
            country = self.cues.places.get(region.lower(), country)
            for r in self.mentions_in(m.start("region"), m.end("region")):
                if r.kind is ActorKind.STATE:
                    country = self.country_of(r.actor) or country
        if country is None:
            return None
        return _Place(
            start=m.start("city"),
            end=m.end("city"),
            name=city.title(),
            country=country,
        )

    def places_in(self, start: int, end: int) -> list[_Place]:
        """Capitals, cities, seats and states named in ``text[start:end]``."""
        out: list[_Place] = []
        for m in self.mentions(start, end):
            if m.form in ("capital", "seat"):
                out.append(
                    _Place(
                        start=m.start,
                        end=m.end,
                        name=m.text,
                        country=self.country_of(m.actor) or m.country,
                    )
                )
            elif m.kind is ActorKind.STATE and m.form == "name":
                out.append(
                    _Place(
                        start=m.start,
                        end=m.end,
                        name=None,
                        country=self.country_of(m.actor) or m.country,
                    )
                )
        taken = [(p.start, p.end) for p in out]
        for pm in self.cues.place.finditer(self.text, start, end):
            if any(a < pm.end() and pm.start() < b for a, b in taken):
                continue
            key = " ".join(pm.group().lower().split())
            out.append(
                _Place(
                    start=pm.start(),
                    end=pm.end(),
                    name=pm.group(),
                    country=self.cues.places.get(key),
                )
            )
        out.sort(key=lambda p: p.start)
        return out

    def located_place(self, start: int, end: int) -> _Place | None:
        """A place in ``text[start:end]`` after in/to/at, or "here"."""
        for p in self.places_in(start, end):
            if _PLACE_BEFORE.search(
                self.text, max(start, p.start - 60), p.start
            ):
                return p
        if self.dateline is not None and _HERE.search(self.text, start, end):
            return self.dateline
        return None

    def stay_place(self, s: Sentence, t: _Trigger) -> _Place | None:
        """A place the sentence puts its actors "in" before the trigger
        ("Kicking off a stay in Washington, which includes talks ...")."""
        found = None
        for p in self.places_in(s.start, t.start):
            if _IN_BEFORE.search(
                self.text, max(s.start, p.start - 40), p.start
            ):
                found = p
        return found

    # -- triggers ------------------------------------------------------

    def triggers(self, s: Sentence) -> list[_Trigger]:
        out: list[_Trigger] = []
        for m in self.cues.trigger.finditer(self.text, s.start, s.end):
            form = " ".join(m.group().lower().split())
            kind, role = self.cues.roles[form]
            if role == "either":
                role = self._noun_or_verb(m.start(), s.start, form)
            if role in ("motion", "stay"):
                after = self.places_in(m.end(), min(s.end, m.end() + 40))
                if not after or self.text[m.end() : after[0].start].strip(
                    " the"
                ):
                    continue  # "went to war", "was in 2005"
            out.append(
                _Trigger(
                    start=m.start(),
                    end=m.end(),
                    form=form,
                    kind=MeetingKind(kind),
                    role=role,
                )
            )
        return out

    def _noun_or_verb(self, pos: int, floor: int, form: str) -> str:
        before = self.text[max(floor, pos - 40) : pos]
        if _NOUN_BEFORE.search(before):
            return "noun"
        if _VERB_BEFORE.search(before) or form.endswith("ing"):
            return "verb"
        for m in self.mentions_in(max(floor, pos - 40), pos):
            if not self.text[m.end : pos].strip():
                return "verb"  # "Lavrov visited", "Ikeda visits Seoul"
        return "noun"

    # -- one trigger ---------------------------------------------------

    def left_bound(self, s: Sentence, pos: int) -> int:
        bound = s.start
        for b in _LEFT_BOUNDARY.finditer(self.text, s.start, pos):
            bound = b.end()
        return bound

    def objects(self, s: Sentence, t: _Trigger, stop: int) -> _Objects:
        text = self.text
        obj = _Objects(right=t.end)
        start = t.end
        while True:  # "held talks here on Monday with ..."
            ws = start + len(text[start:stop]) - len(text[start:stop].lstrip())
            skip = _ADVERBIAL.match(text, start, stop) or DATE_PHRASE.match(
                text, ws, stop
            )
            if skip is None:
                break
            start = skip.end()
        if t.role == "noun" and not _NOUN_ARGS.match(text, start, stop):
            return obj  # "the talks", "Lavrov's visit marks ..."
        b = _RIGHT_BOUNDARY.search(text, start + 1, stop)
        obj.right = right = b.start() if b is not None else stop
        for m in self.mentions(t.end, right):
            words = [
                w.group().lower() for w in _PREP.finditer(text, t.end, m.start)
            ]
            inner = [w for w in words if w != "of"]
            prep = inner[-1] if inner else (words[-1] if words else None)
            if (
                t.kind is MeetingKind.VISIT
                and m.kind is ActorKind.PERSON
                and _GAPPED.fullmatch(text, t.end, m.start)
            ):
                obj.gapped.append(m)
                continue
            obj.used.add((m.start, m.end))
            if prep == "from":
                continue
            if prep == "by":
                obj.agents.append(m.actor)
            elif m.kind is ActorKind.PERSON:
                obj.counterparts.append(m.actor)
                if _ROYAL.search(text, max(t.end, m.start - 12), m.end):
                    obj.royals.add(m.actor)
            elif m.form == "demonym":
                who = self.demonym_person(m)
                if who is not None:
                    obj.counterparts.append(who)
                elif (
                    prep == "between"
                    or _PEOPLE_HEAD.match(text, m.end)
                    or _TITLE_HEAD.match(text, m.end)
                ):
                    obj.counterparts.append(m.actor)
            elif m.form in ("capital", "seat") or (
                t.kind is MeetingKind.VISIT
                and m.kind is ActorKind.STATE
                and prep in (None, "to", "in", "of", "at")
            ):
                obj.destinations.append(
                    _Place(
                        start=m.start,
                        end=m.end,
                        name=m.text if m.form in ("capital", "seat") else None,
                        country=self.country_of(m.actor) or m.country,
                    )
                )
            elif prep in (None, "with", "between", "to", "among"):
                obj.counterparts.append(m.actor)
        if t.kind is MeetingKind.VISIT and not obj.destinations:
            p = self.located_place(t.end, right)
            if p is None and t.role != "noun":
                places = self.places_in(t.end, right)
                if places and not text[t.end : places[0].start].strip():
                    p = places[0]  # "visited Busan"
            if p is not None and p.country is not None:
                obj.destinations.append(p)
        return obj

    def subjects(
        self,
        s: Sentence,
        t: _Trigger,
        left: int,
        obj: _Objects,
        *,
        taken: set[tuple[int, int]],
        prev_subjects: list[str],
    ) -> tuple[list[str], int | None]:
        """Who acts, and where the subject starts when it is local."""
        text = self.text
        if obj.agents:
            return list(obj.agents), None
        if self.cues.generic.search(text, max(left, t.start - 30), t.start):
            return [], None  # "encourage more people to visit"
        if t.role in ("noun", "stay"):
            compound = self._compound(s, t)
            if compound:
                return compound, None
            poss = _POSSESSIVE_END.search(text, left, t.start)
            if poss is not None and t.role == "noun":
                owners = [
                    m
                    for m in self.mentions(
                        max(left, poss.start() - 80), poss.end()
                    )
                    if not text[m.end : poss.start()].strip()
                    or m.start == poss.start()
                ]
                if owners:
                    return [owners[-1].actor], None
                found = self.pronoun_persons(poss.start(), poss.end(), s)
                if found:
                    return [found[0][1]], None
            if t.role == "noun" and not self.cues.light.search(
                text, left, t.start
            ):
                return [], None
        local, start = self._left_subjects(s, left, t.start, taken)
        if local and any(self.is_person(a) for a in local):
            return local, start
        if (
            t.role not in ("noun", "stay")
            and prev_subjects
            and _COORDINATED.search(text, s.start, t.start)
        ):
            return list(prev_subjects), None  # "will hold talks ... and meet"
        if t.role not in ("noun", "stay") and _RELATIVE.search(
            text, max(s.start, left - 10), left
        ):
            return local, start  # "a meeting ... which Clinton visited"
        if _WHO.search(
            text, max(s.start, left - 8), left
        ) and not regex.search(
            r"(?<![\w'])and(?![\w'])", text[left : t.start]
        ):
            before = [
                m
                for m in self.mentions(s.start, left)
                if m.kind is ActorKind.PERSON
            ]
            if before and not text[before[-1].end : left].strip(" ,who"):
                return [before[-1].actor], None  # "Kibaki who is in Beijing"
            return [], None  # "his ministers, who will hold talks"
        main = self.main_subject(s, obj.used | taken)
        if main:
            return main, None
        return local, start

    def _left_subjects(
        self, s: Sentence, left: int, pos: int, taken: set[tuple[int, int]]
    ) -> tuple[list[str], int | None]:
        ms = [
            m
            for m in self.mentions(left, pos)
            if (m.start, m.end) not in taken
        ]
        found = [(m.start, m.actor) for m in ms if m.kind is ActorKind.PERSON]
        for m in ms:
            if m.form == "demonym":
                who = self.demonym_person(m)
                if who is not None:
                    found.append((m.start, who))
        found.extend(self.pronoun_persons(left, pos, s))
        if not found:
            title = _TITLE_NP.search(self.text, left, pos)
            if title is not None:
                who = self.person_before(title.start())
                if who is not None:
                    found.append((title.start(), who))  # "the minister"
        if found:
            found.sort()
            return _unique(a for _, a in found), found[0][0]
        if not ms:
            return [], None
        last = ms[-1]
        if len(ms) >= 2 and regex.search(
            r"(?<![\w'])and(?![\w'])", self.text[ms[-2].end : last.start]
        ):
            return _unique([ms[-2].actor, last.actor]), ms[-2].start
        return [last.actor], last.start

    def main_subject(
        self, s: Sentence, objects: set[tuple[int, int]]
    ) -> list[str]:
        """The first person the sentence names outside any trigger's object
        (pronouns included); else its first state or organization."""
        ms = [
            m
            for m in self.mentions(s.start, s.end)
            if (m.start, m.end) not in objects
        ]
        found = [(m.start, m.actor) for m in ms if m.kind is ActorKind.PERSON]
        found.extend(
            (at, who)
            for at, who in self.pronoun_persons(s.start, s.end, s)
            if self.text[at : at + 4].lower().rstrip() in ("he", "she")
        )
        if found:
            return [min(found)[1]]
        actors = [m.actor for m in ms if not _REPORTED.match(self.text, m.end)]
        return actors[:1]

    def _compound(self, s: Sentence, t: _Trigger) -> list[str]:
        """Actors named in the noun phrase before a noun trigger: "the
        US-Australia ministerial", "the Lavrov-Kim meeting", "the APEC
        meeting"."""
        start = max(s.start, t.start - 70)
        cut = max(
            self.text.rfind(",", start, t.start),
            self.text.rfind(";", start, t.start),
        )
        start = max(start, cut + 1)
        ms = self.mentions(start, t.start)
        out: list[str] = []
        for a, b in itertools.pairwise(ms):
            if b.start - a.end == 1 and self.text[a.end] in "-–/":
                out.extend([a.actor, b.actor])
        if out or not ms:
            return _unique(out)
        last = ms[-1]
        gap = self.text[last.end : t.start]
        if regex.fullmatch(
            r"(?:'s?)?\s*(?:[a-z][\w'-]*\s+){0,2}", gap
        ) and regex.search(
            r"(?<![\w'])(?:the|a|an)\s+$",
            self.text[max(s.start, last.start - 5) : last.start],
        ):
            return [last.actor]
        return []

    def status(
        self, s: Sentence, t: _Trigger, left: int, start: int | None
    ) -> tuple[MeetingStatus, bool]:
        if start is None:
            start = left if t.role in ("noun", "stay") else s.start
        region = (start, t.end)
        cues = self.cues.status
        if cues["cancelled"].search(self.text, *region):
            return MeetingStatus.CANCELLED, True
        if cues["planned"].search(self.text, *region) or (
            t.role == "verb" and _INFINITIVE.search(self.text, start, t.start)
        ):
            return MeetingStatus.PLANNED, True
        if t.role == "stay" or cues["ongoing"].search(self.text, *region):
            return MeetingStatus.ONGOING, True
        return MeetingStatus.HELD, False

    def date(
        self,
        s: Sentence,
        t: _Trigger,
        left: int,
        right: int,
        *,
        status: MeetingStatus,
        others: Sequence[_Trigger],
    ) -> MeetingDate | None:
        end = min(s.end, max(right, t.end) + 40)

        def gap(a: int, b: int, x: _Trigger) -> int:
            return max(0, x.start - b, a - x.end)

        found = [
            (gap(a, b, t), a, phrase)
            for a, b, phrase in find_dates(self.text, left, end)
            if all(gap(a, b, t) <= gap(a, b, o) for o in others if o is not t)
        ]
        if not found:
            return None
        _, at, phrase = min(found)
        future = status is MeetingStatus.PLANNED or bool(
            _FUTURE_DATE.search(phrase)
        )
        if status is MeetingStatus.HELD and _PRESENT.search(
            self.text, left, max(t.end, at)
        ):
            future = True
        return resolve_date(phrase, self.doc.published, future=future)

    def negative(self, s: Sentence, t: _Trigger, left: int) -> bool:
        if self.cues.negative.search(self.text, left, t.start):
            return True
        if self.cues.governing.search(self.text, s.start, t.start):
            return True  # "denied that he had met"
        if self.cues.negative_sentence.search(self.text, s.start, s.end):
            return True
        return bool(_CONDITIONAL.match(self.text, s.start, t.start))

    def topics(self, s: Sentence, right: int) -> list[str]:
        after = (
            a
            for a in _TOPIC_AFTER.finditer(
                self.text, right, min(s.end, right + 60), overlapped=True
            )
            if not DATE_PHRASE.match(self.text, a.start("topic"))
        )
        m = next(after, None) or _TOPIC.search(self.text, s.start, s.end)
        if m is None:
            return []
        topic = m.group("topic").strip()
        named = self.mentions_in(m.start("topic"), m.end("topic"))
        if (
            len(topic) < 4
            or find_dates(topic)
            or (named and len(topic.split()) < 2)
        ):
            return []
        return [topic]

    def analyse(
        self,
        s: Sentence,
        t: _Trigger,
        stop: int,
        *,
        taken: set[tuple[int, int]],
        prev_subjects: list[str],
        others: Sequence[_Trigger],
    ) -> tuple[list[_Candidate], list[str], set[tuple[int, int]]]:
        left = self.left_bound(s, t.start)
        obj = self.objects(s, t, stop)
        subjects, subject_start = self.subjects(
            s, t, left, obj, taken=taken, prev_subjects=prev_subjects
        )
        status, explicit = self.status(s, t, left, subject_start)
        date = self.date(s, t, left, obj.right, status=status, others=others)
        pub = self.doc.published
        if (
            date is not None
            and pub is not None
            and not explicit
            and date.precision is DatePrecision.DAY
            and date.start > pub
        ):
            status, explicit = MeetingStatus.PLANNED, True
        # Persons stand for their states: keep the most specific level.
        if any(self.is_person(a) for a in subjects):
            subjects = [a for a in subjects if self.is_person(a)]
        subjects = _unique(subjects)
        counterparts = [
            a for a in _unique(obj.counterparts) if a not in subjects
        ]
        people = [a for a in counterparts if self.is_person(a)]
        if people:
            counterparts = people
        own = {self.country_of(a) for a in subjects if self.is_person(a)}
        destination = None
        dest_place = next((d for d in obj.destinations if d.country), None)
        if dest_place is not None and dest_place.country not in own:
            key = f"state:{dest_place.country}"
            destination = key if key in self.doc.actors else None
        location = None
        if t.kind is not MeetingKind.CALL:
            location = (
                self.located_place(t.start, obj.right)
                or dest_place
                or self.located_place(
                    left if subject_start is None else subject_start, t.start
                )
                or self.stay_place(s, t)
            )
        host = (
            subjects[0]
            if t.form in self.cues.host_verbs and subjects
            else None
        )
        visitors = (
            list(subjects)
            if t.kind is MeetingKind.VISIT and len(subjects) == 1
            else []
        )
        if t.role == "told_visiting" or (host is not None and people):
            visitors = list(people)
        if (
            len(people) >= 2
            and t.kind is not MeetingKind.SUMMIT
            and not regex.match(r"\s*between\M", self.text[t.end : obj.right])
            # A royal couple is received together.
            and not set(people) <= obj.royals
        ):
            groups = [[*subjects, c] for c in people]  # one per counterpart
        else:
            groups = [[*subjects, *counterparts]]
        topics = self.topics(s, obj.right)
        cands: list[_Candidate] = []
        for g in groups:
            parts = _unique(g)
            if (
                t.kind is MeetingKind.VISIT
                and destination is not None
                and not counterparts
                and destination not in parts
            ):
                parts.append(destination)
            cands.append(
                _Candidate(
                    kind=t.kind,
                    participants=parts,
                    host=host
                    or (destination if destination in parts else None),
                    location=location,
                    date=date,
                    status=status,
                    explicit=explicit,
                    topics=list(topics),
                    evidence=[(t.start, t.end)],
                    destination=destination,
                    visitors=visitors,
                    wants_destination=t.kind is MeetingKind.VISIT
                    and destination is None
                    and not counterparts
                    and not (
                        obj.right > t.end
                        and regex.match(
                            r"\s*(?:to|of)\s+(?:the\s+)?[A-Z]",
                            self.text[t.end : obj.right],
                        )
                    ),
                    sentence=s.index,
                )
            )
        for m in obj.gapped:
            # "King Faisal visited in 1967 and King Khaled in 1981."
            cands.append(
                attrs.evolve(
                    cands[0],
                    participants=[m.actor],
                    date=self.date(
                        s, t, m.end, obj.right, status=status, others=()
                    ),
                    evidence=[(m.start, m.end)],
                    topics=[],
                    visitors=[m.actor],
                    wants_destination=True,
                )
            )
        return cands, subjects, obj.used

    # -- the document --------------------------------------------------

    def run(self) -> tuple[Meeting, ...]:
        for s in self.doc.sentences:
            trigs = self.triggers(s)
            taken: set[tuple[int, int]] = set()
            prev_subjects: list[str] = []
            prev: list[_Candidate] = []
            for i, t in enumerate(trigs):
                stop = trigs[i + 1].start if i + 1 < len(trigs) else s.end
                left = self.left_bound(s, t.start)
                if self.negative(s, t, left):
                    continue
                found, subjects, used = self.analyse(
                    s,
                    t,
                    stop,
                    taken=taken,
                    prev_subjects=prev_subjects,
                    others=trigs,
                )
                taken |= used
                prev_subjects = subjects or prev_subjects
                if (
                    prev
                    and len(found) == 1
                    and len(found[0].participants) <= 1
                    and _RELATIVE.search(
                        self.text, max(s.start, left - 10), left
                    )
                ):
                    # "a meeting with Lee which Clinton visited": one event.
                    target = prev[-1]
                    target.participants = _unique(
                        [*target.participants, *found[0].participants]
                    )
                    target.evidence.extend(found[0].evidence)
                    continue
                for c in found:
                    c.order = len(self.cands)
                    self.cands.append(c)
                    if c.location is None and c.kind is not MeetingKind.CALL:
                        # "visit Japan ... to meet with Ikeda": one place.
                        c.location = next(
                            (
                                p.location
                                for p in reversed(self.cands)
                                if p.sentence == s.index
                                and p.location
                                and p.status is c.status
                            ),
                            None,
                        )
                prev = found or prev
        merged = self._merge(self.cands)
        self._spread_places(merged)
        return self._emit(merged)

    def _covers(self, big: Sequence[str], small: Sequence[str]) -> bool:
        """Whether *big* names everyone in *small*; a state counts as named
        by one of its persons when the two share a person ("a visit to
        Japan" and "talks with Ikeda" of the same visitor)."""
        shared = any(p in big and self.is_person(p) for p in small)
        countries = {self.country_of(p) for p in big if self.is_person(p)}
        if None in countries:
            # A counterpart of unknown country may well be the host.
            countries |= {
                self.country_of(p)
                for p in small
                if self.kind_of(p) is ActorKind.STATE
            }
        return all(
            p in big
            or (
                shared
                and self.kind_of(p) is ActorKind.STATE
                and self.country_of(p) in countries
            )
            for p in small
        )

    def _compatible(self, a: _Candidate, b: _Candidate) -> bool:
        """Whether two reports can be of one event: same status (held and
        ongoing agree; an unmarked lone report agrees with anything) and
        no conflicting dates."""
        if (
            a.status is not b.status
            and not (a.status in _LIVE and b.status in _LIVE)
            and not any(
                not c.explicit and len(c.participants) < 2 for c in (a, b)
            )
        ):
            return False
        if a.date is not None and b.date is not None:
            va, vb = a.date.value, b.date.value
            return (
                va.startswith(vb)
                or vb.startswith(va)
                or (
                    a.date.precision is b.date.precision is DatePrecision.DAY
                    and abs((a.date.start - b.date.start).days) <= 1
                )
            )
        dated = a.date or b.date
        pub = self.doc.published
        return a.sentence == b.sentence or not (
            dated is not None
            and pub is not None
            and abs((pub - dated.start).days) > _DATED_APART_DAYS
        )

    def _merge(self, cands: list[_Candidate]) -> list[_Candidate]:
        out: list[_Candidate] = []
        for c in cands:
            if len(c.participants) < 2:
                continue
            for m in reversed(out):
                if self._compatible(m, c) and (
                    self._covers(m.participants, c.participants)
                    or self._covers(c.participants, m.participants)
                ):
                    self._absorb(m, c)
                    break
            else:
                out.append(c)
        last_dest: dict[int, str] = {}
        for c in cands:
            if c.destination is not None:
                last_dest[c.order] = c.destination
        for c in cands:
            if len(c.participants) >= 2:
                continue
            if not c.participants:
                # "the talks", "the meeting in Warsaw": the latest meeting.
                prior = [m for m in out if m.order <= c.order]
                if prior and c.kind is not MeetingKind.VISIT:
                    m = max(prior, key=lambda x: x.order)
                    if self._compatible(m, c):
                        self._absorb(m, c)
                continue
            who = c.participants[0]
            owners = [
                m
                for m in out
                if who in m.participants and self._compatible(m, c)
            ]
            if owners:
                self._absorb(
                    min(
                        owners,
                        key=lambda x: (
                            (x.status in _LIVE) != (c.status in _LIVE),
                            abs(x.order - c.order),
                        ),
                    ),
                    c,
                )
                continue
            if not c.wants_destination:
                continue
            earlier = [o for o in last_dest if o < c.order]
            dest = last_dest[max(earlier)] if earlier else None
            if dest is None and self.dateline is not None:
                key = f"state:{self.dateline.country}"
                dest = key if key in self.doc.actors else None
            if dest is None or self.country_of(dest) == self.country_of(who):
                continue
            c.participants.append(dest)
            c.destination = c.host = dest
            if c.location is None:
                c.location = _Place(
                    start=0, end=0, name=None, country=self.country_of(dest)
                )
            out.append(c)
        out.sort(key=lambda m: m.order)
        return out

    def _absorb(self, target: _Candidate, c: _Candidate) -> None:
        parts = _unique([*target.participants, *c.participants])
        persons = {self.country_of(p): p for p in parts if self.is_person(p)}
        if (
            any(self.is_person(p) for p in c.participants)
            or len(target.participants) < 2
        ):
            kept = [
                p
                for p in parts
                if not (
                    self.kind_of(p) is ActorKind.STATE
                    and self.country_of(p) in persons
                )
            ]
            if len(kept) >= 2:
                parts = kept
        target.participants = parts
        host = target.host or c.host
        if host is not None and host not in parts:
            host = persons.get(self.country_of(host))
        target.host = host
        target.evidence.extend(c.evidence)
        target.topics.extend(x for x in c.topics if x not in target.topics)
        target.visitors = _unique([*target.visitors, *c.visitors])
        if (
            c.explicit
            and not target.explicit
            and not (
                target.status is MeetingStatus.HELD
                and c.status is MeetingStatus.ONGOING
            )
        ):
            target.status, target.explicit = c.status, True
        if c.date is not None and (
            target.date is None or len(c.date.value) > len(target.date.value)
        ):
            target.date = c.date
        if c.location is not None and (
            target.location is None
            or (
                target.location.name is None
                and c.location.name is not None
                and c.location.country == target.location.country
            )
        ):
            target.location = c.location
        if (
            target.kind is MeetingKind.VISIT
            and c.kind is not MeetingKind.VISIT
        ):
            target.kind = c.kind
        target.destination = target.destination or c.destination

    def _current(self, m: _Candidate) -> bool:
        if m.date is None:
            return True
        pub = self.doc.published
        return (
            pub is not None and abs((pub - m.date.start).days) <= _CURRENT_DAYS
        )

    def _spread_places(self, meetings: list[_Candidate]) -> None:
        """Give a place to current meetings that have none: the host's
        country when a visitor meets one host, else the place of a nearby
        meeting of the same people, else the dateline."""
        visitors = {v for c in self.cands for v in c.visitors}
        for m in meetings:
            if (
                m.location is not None
                or m.kind is MeetingKind.CALL
                or not self._current(m)
            ):
                continue
            near = sorted(
                (
                    o
                    for o in meetings
                    if o is not m
                    and o.location is not None
                    and o.kind is not MeetingKind.CALL
                    and self._current(o)
                    and any(
                        self.is_person(p) and p in o.participants
                        for p in m.participants
                    )
                ),
                key=lambda o: (
                    o.status is not m.status,
                    abs(o.order - m.order),
                ),
            )
            hosts = [
                p
                for p in m.participants
                if p not in visitors and self.is_person(p)
            ]
            guests = [p for p in m.participants if p in visitors]
            host_countries = {self.country_of(h) for h in hosts} - {None}
            country = (
                host_countries.pop()
                if guests and len(host_countries) == 1
                else None
            )
            if country is not None:
                same = [
                    o.location
                    for o in near
                    if o.location and o.location.country == country
                ]
                if same:
                    m.location = same[0]
                elif (
                    self.dateline is not None
                    and self.dateline.country == country
                ):
                    m.location = self.dateline
                else:
                    m.location = _Place(
                        start=0, end=0, name=None, country=country
                    )
            elif near:
                m.location = near[0].location
            elif self.dateline is not None and (
                self.dateline.country
                in {self.country_of(p) for p in m.participants}
                or any(
                    self.country_of(g) not in (None, self.dateline.country)
                    for g in guests
                )
            ):
                m.location = self.dateline

    def _emit(self, meetings: list[_Candidate]) -> tuple[Meeting, ...]:
        meetings.sort(key=lambda m: min(m.evidence))
        out: list[Meeting] = []
        for i, m in enumerate(meetings, 1):
            parts = tuple(_unique(m.participants))
            loc = None
            if m.location is not None:
                loc = Location(
                    name=m.location.name, country=m.location.country
                )
            spans = [self.doc.span(a, b) for a, b in sorted(set(m.evidence))]
            out.append(
                Meeting(
                    id=f"meeting:{i}",
                    kind=m.kind,
                    participants=parts,
                    host=m.host if m.host in parts else None,
                    location=loc,
                    date=m.date,
                    status=m.status,
                    topics=m.topics,
                    evidence=spans,
                )
            )
        return tuple(out)


def find_meetings(doc: Document) -> tuple[Meeting, ...]:
    """
    Meetings reported in *doc*, in text order.

    Args:
        doc: The document after actor resolution.

    Returns:
        One :class:`~communique.Meeting` per event, ids ``meeting:1``,
        ``meeting:2``, ... in order of first report; ``cameo`` and
        ``plover`` are left for the code-mapping stage.

    >>> from communique._types import Document, NormalizedText
    >>> find_meetings(Document(norm=NormalizedText.identity("Hi."),
    ...                        sentences=(), mentions=(), actors={}))
    ()
    """
    if not doc.sentences:
        return ()
    return _Finder(doc, _cues()).run()
