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
import json

from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from typing import Any

import attrs
import regex

from ._dates import find_dates, resolve_date
from ._gazetteer import Gazetteer
from ._types import Document, ResolvedMention, Sentence
from .errors import LexiconError
from .model import (
    ActorKind,
    Location,
    Meeting,
    MeetingDate,
    MeetingKind,
    MeetingStatus,
    Span,
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
    generic: Any
    place: Any
    places: Mapping[str, str]


def _load_cues() -> dict[str, Any]:
    try:
        raw = (
            resources.files("communique")
            .joinpath("lexicons", _LEXICON)
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
    status = {
        k: _words_pattern(v) for k, v in data["status"].items()
    }
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
          |following|despite|within|than|whether|if)(?![\w']))""",
    regex.VERBOSE | regex.IGNORECASE,
)
_PREP = regex.compile(
    r"(?<![\w'])(by|to|with|in|of|from|between|at|for|into|among)(?![\w'])",
    regex.IGNORECASE,
)
_PRONOUN = regex.compile(
    r"(?<![\w'])(he|she|his|her|him|they|their|them|the\s+two(?:\s+\w+)?"
    r"|both(?:\s+sides|\s+leaders|\s+men)?)(?![\w'])",
    regex.IGNORECASE,
)
_PLURAL_PRONOUN = regex.compile(
    r"(?:they|their|them|the\s+two.*|both.*)", regex.IGNORECASE
)
_POSSESSIVE_END = regex.compile(
    r"(?:'s?|(?<![\w'])(?:his|her|their|its))"
    r"(?:\s+(?:[\w-]+))?(?:\s+[\w-]+)?(?:\s+[\w-]+)?\s*$",
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
    r"|plans|planned|wants|hopes|due|expected|scheduled)\s*$",
    regex.IGNORECASE,
)
_GAPPED = regex.compile(
    r"\s*(?:in|on|last)\s+[\w.]+(?:\s+\d{4})?\s*,?\s+and\s+(?:\w+\s+){0,3}",
    regex.IGNORECASE,
)
_TITLE_HEAD = regex.compile(
    r"\s+(?:(?:foreign|prime|defen[cs]e|trade|finance|deputy|vice|chief|top"
    r"|senior|new|former)\s+)*(?:leader|leaders|president|king|queen|monarch"
    r"|minister|premier|chancellor|counterpart|envoy|head|ruler|emir|prince"
    r"|secretary|official|diplomat|statesman)\M",
    regex.IGNORECASE,
)
_HERE = regex.compile(r"(?<![\w'])here(?![\w'])", regex.IGNORECASE)
_GAP_AND = regex.compile(r"^\s*(?:,\s*)?and\s*$", regex.IGNORECASE)
_DATELINE = regex.compile(
    r"""^\s*(?:[^\n]*\n\s*){0,4}?
    (?P<city>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3})
    (?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2}))?
    (?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?
    \s*(?:\([A-Za-z\-\s]+\))?\s*(?:--|-|_|—|–)""",
    regex.VERBOSE,
)
_FUTURE_DATE = regex.compile(
    r"(?<![\w'])(?:next|tomorrow|coming|later)(?![\w'])", regex.IGNORECASE
)
_TOPIC = regex.compile(
    r"""(?<![\w'])(?:discuss(?:ed|es|ing)?|on|over|about|focus(?:ed|es)?\s+on
        |agenda\s+included|views\s+on|covered)\s+
        (?P<topic>(?:[\w'-]+(?:\s+|$)){1,8}?)
        (?=[,.;:]|\s+(?:and\s+said|said|with|in|at|as|before|after|while)\M|$)""",
    regex.VERBOSE | regex.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class _Place:
    start: int
    end: int
    name: str | None
    country: str | None


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
    visit: bool = False
    wants_destination: bool = False
    order: int = 0


@attrs.frozen(kw_only=True)
class _Trigger:
    start: int
    end: int
    form: str
    kind: MeetingKind
    role: str


class _Finder:
    """Finds the meetings of one document."""

    def __init__(self, doc: Document, cues: _Cues) -> None:
        self.doc = doc
        self.cues = cues
        self.text = doc.text
        self.persons = [
            m for m in doc.mentions if m.kind is ActorKind.PERSON
        ]
        self.person_starts = [m.start for m in self.persons]
        self.dateline = self._dateline()

    # -- helpers -------------------------------------------------------

    def country_of(self, actor_id: str) -> str | None:
        a = self.doc.actors.get(actor_id)
        return a.country if a is not None else None

    def kind_of(self, actor_id: str) -> ActorKind | None:
        a = self.doc.actors.get(actor_id)
        return a.kind if a is not None else None

    def _dateline(self) -> _Place | None:
        head = self.text[:400]
        m = _DATELINE.match(head)
        if m is None:
            return None
        city = m.group("city")
        country = self.cues.places.get(" ".join(city.lower().split()))
        region = m.group("region")
        if region:
            country = self.cues.places.get(region.lower(), country)
            for mention in self.doc.mentions_in(m.start("region"), m.end()):
                if mention.kind is ActorKind.STATE:
                    country = self.country_of(mention.actor) or country
        if country is None:
            for mention in self.doc.mentions_in(m.start("city"), m.end("city")):
                if mention.form == "capital":
                    country = self.country_of(mention.actor)
        if country is None and not region:
            return None
        return _Place(
            start=m.start("city"),
            end=m.end("city"),
            name=city.title(),
            country=country,
        )

    def person_before(self, pos: int, skip: Iterable[str] = ()) -> str | None:
        """The most salient person mentioned shortly before *pos*: the one
        named most often so far among those of the last few sentences."""
        i = bisect.bisect_left(self.person_starts, pos) - 1
        banned = set(skip)
        if i < 0:
            return None
        horizon = self.persons[i].sentence - 2
        counts: dict[str, int] = {}
        recent: dict[str, int] = {}
        for k in range(i + 1):
            p = self.persons[k]
            if p.actor in banned:
                continue
            counts[p.actor] = counts.get(p.actor, 0) + 1
            if p.sentence >= horizon:
                recent[p.actor] = k
        if not recent:
            return None
        return max(recent, key=lambda a: (counts[a], recent[a]))

    def demonym_person(self, m: ResolvedMention) -> str | None:
        """The person a "Saudi leader" or "South Korean minister" names."""
        title = _TITLE_HEAD.match(self.text, m.end)
        if title is None:
            return None
        nxt = self.doc.mentions_in(title.end(), title.end() + 40)
        if nxt and not self.text[title.end() : nxt[0].start].strip():
            return None  # "the Latvian counterpart Aigars Kalvitis"
        country = self.country_of(m.actor)
        i = bisect.bisect_left(self.person_starts, m.start) - 1
        while i >= 0:
            p = self.persons[i]
            if self.country_of(p.actor) == country:
                return p.actor
            i -= 1
        return None

    def two_persons_before(self, pos: int) -> list[str]:
        out: list[str] = []
        while len(out) < 2:
            p = self.person_before(pos, out)
            if p is None:
                break
            out.append(p)
        return out[::-1]

    # -- places --------------------------------------------------------

    def places_in(self, start: int, end: int) -> list[_Place]:
        """Capitals, cities, seats and states named in text[start:end]."""
        out: list[_Place] = []
        covered: list[tuple[int, int]] = []
        for m in self.doc.mentions_in(start, end):
            if m.form in ("capital", "seat"):
                out.append(
                    _Place(
                        start=m.start,
                        end=m.end,
                        name=m.text,
                        country=m.country or self.country_of(m.actor),
                    )
                )
                covered.append((m.start, m.end))
            elif m.kind is ActorKind.STATE and m.form == "name":
                out.append(
                    _Place(
                        start=m.start,
                        end=m.end,
                        name=None,
                        country=self.country_of(m.actor) or m.country,
                    )
                )
                covered.append((m.start, m.end))
        for pm in self.cues.place.finditer(self.text, start, end):
            if any(s <= pm.start() < e for s, e in covered):
                continue
            country = self.cues.places.get(" ".join(pm.group().lower().split()))
            out.append(
                _Place(
                    start=pm.start(), end=pm.end(), name=pm.group(),
                    country=country,
                )
            )
        out.sort(key=lambda p: p.start)
        return out

    def located_place(self, start: int, end: int) -> _Place | None:
        """A place in text[start:end] introduced by in/to/at (or 'here')."""
        for p in self.places_in(start, end):
            before = self.text[max(start, p.start - 30) : p.start]
            if regex.search(
                r"(?<![\w'])(?:in|to|at|into)(?:\s+[a-z][\w-]*){0,2}\s+$",
                before,
            ):
                if p.name is not None and self.text[p.end : p.end + 2] == ", ":
                    # "Busan, Korea": keep the city, check the country.
                    pass
                return p
        h = _HERE.search(self.text, start, end)
        if h is not None and self.dateline is not None:
            return self.dateline
        return None

    # -- triggers ------------------------------------------------------

    def triggers(self, s: Sentence) -> list[_Trigger]:
        out: list[_Trigger] = []
        for m in self.cues.trigger.finditer(self.text, s.start, s.end):
            form = " ".join(m.group().lower().split())
            kind, role = self.cues.roles[form]
            if role == "either":
                role = self._noun_or_verb(m.start(), s.start)
                if kind == "meeting" and role == "verb":
                    role = "partner"
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

    def _noun_or_verb(self, pos: int, floor: int) -> str:
        before = self.text[max(floor, pos - 40) : pos]
        if _NOUN_BEFORE.search(before):
            return "noun"
        if _VERB_BEFORE.search(before):
            return "verb"
        # A name right before: "Lavrov visited", "Ikeda visits Seoul".
        for m in self.doc.mentions_in(max(floor, pos - 40), pos):
            if not self.text[m.end : pos].strip():
                return "verb"
        return "noun"

    # -- mentions of a region ------------------------------------------

    def mentions(self, start: int, end: int) -> list[ResolvedMention]:
        found = list(self.doc.mentions_in(start, end))
        # Keep outer mentions only ("US Secretary of State Rice" holds "US").
        out: list[ResolvedMention] = []
        for m in found:
            if any(
                o is not m and o.start <= m.start and m.end <= o.end
                and (o.end - o.start) > (m.end - m.start)
                for o in found
            ):
                continue
            if m.kind is ActorKind.GROUP:
                continue
            out.append(m)
        return out

    def resolve_pronouns(
        self, start: int, end: int, sentence: Sentence
    ) -> list[str]:
        """Persons that unresolved pronouns in text[start:end] stand for."""
        out: list[str] = []
        covered = [(m.start, m.end) for m in self.doc.mentions_in(start, end)]
        for p in _PRONOUN.finditer(self.text, start, end):
            if any(s <= p.start() < e for s, e in covered):
                continue
            word = p.group()
            if _PLURAL_PRONOUN.fullmatch(word):
                out.extend(self.two_persons_before(p.start()))
                continue
            intro = self.text[sentence.start : p.start()]
            comma = self.text.find(",", p.end(), sentence.end)
            if (
                "," not in intro
                and comma > 0
                and regex.match(
                    r"\s*(?:during|after|before|on|in|at|following|despite"
                    r"|\w+ing)\M",
                    intro,
                    regex.IGNORECASE,
                )
            ):
                after = [
                    m for m in self.mentions(comma, sentence.end)
                    if m.kind is ActorKind.PERSON
                ]
                if after:
                    out.append(after[0].actor)
                    continue
            prev = self.person_before(p.start())
            if prev is not None:
                out.append(prev)
        return out

    # -- one trigger ---------------------------------------------------

    def left_bound(self, s: Sentence, pos: int) -> int:
        bound = s.start
        for b in _LEFT_BOUNDARY.finditer(self.text, s.start, pos):
            bound = b.end()
        return bound

    def right_bound(self, s: Sentence, pos: int, stop: int) -> int:
        b = _RIGHT_BOUNDARY.search(self.text, pos, stop)
        return b.start() if b is not None else stop

    def main_subject(
        self, s: Sentence, objects: set[tuple[int, int]]
    ) -> list[str]:
        ms = [
            m for m in self.mentions(s.start, s.end)
            if (m.start, m.end) not in objects
        ]
        found: list[tuple[int, str]] = [
            (m.start, m.actor) for m in ms if m.kind is ActorKind.PERSON
        ]
        covered = [(m.start, m.end) for m in self.doc.mentions_in(s.start, s.end)]
        for p in _PRONOUN.finditer(self.text, s.start, s.end):
            if _PLURAL_PRONOUN.fullmatch(p.group()) or any(
                a <= p.start() < b for a, b in covered
            ):
                continue
            if p.group().lower() in ("he", "she"):
                who = self.person_before(p.start())
                if who is not None:
                    found.append((p.start(), who))
        if found:
            return [min(found)[1]]
        others = [m.actor for m in ms if m.kind is not ActorKind.PERSON]
        return others[:1]

    def analyse(
        self,
        s: Sentence,
        t: _Trigger,
        stop: int,
        taken: set[tuple[int, int]],
        prev_subjects: list[str],
    ) -> tuple[list[_Candidate], list[str], set[tuple[int, int]]]:
        text = self.text
        left = self.left_bound(s, t.start)
        # Objects: after the trigger up to a boundary.
        first_word = text[t.end : min(stop, t.end + 12)].lstrip()
        obj_start = t.end
        right = self.right_bound(s, obj_start, stop)
        if right == t.end or first_word.startswith(","):
            right = self.right_bound(s, obj_start + 1, stop)
        obj_mentions = self.mentions(obj_start, right)
        counterparts: list[str] = []
        agents: list[str] = []
        destinations: list[_Place] = []
        used: set[tuple[int, int]] = set()
        gapped_subjects: list[ResolvedMention] = []
        for m in obj_mentions:
            words = [
                w.group().lower()
                for w in _PREP.finditer(text, obj_start, m.start)
            ]
            inner = [w for w in words if w != "of"]
            prep = inner[-1] if inner else (words[-1] if words else None)
            if (
                t.kind is MeetingKind.VISIT
                and m.kind is ActorKind.PERSON
                and _GAPPED.match(text, obj_start, m.start)
            ):
                gapped_subjects.append(m)
                continue
            used.add((m.start, m.end))
            if prep == "from":
                continue
            if prep == "by":
                agents.append(m.actor)
                continue
            if m.kind is ActorKind.PERSON:
                counterparts.append(m.actor)
                continue
            if m.form == "demonym":
                who = self.demonym_person(m)
                if who is not None:
                    counterparts.append(who)
                elif prep in (None, "with", "between", "to", "among"):
                    counterparts.append(m.actor)
                continue
            if m.form in ("capital", "seat") or (
                t.kind is MeetingKind.VISIT
                and m.kind is ActorKind.STATE
                and prep in (None, "to", "in", "of", "at")
            ):
                destinations.append(
                    _Place(
                        start=m.start,
                        end=m.end,
                        name=m.text if m.form in ("capital", "seat") else None,
                        country=m.country or self.country_of(m.actor),
                    )
                )
                continue
            if prep in (None, "with", "between", "to", "among"):
                counterparts.append(m.actor)
        # Cities the gazetteer has no actor for ("visit to Busan").
        if t.kind is MeetingKind.VISIT and not destinations:
            p = self.located_place(obj_start, right)
            if p is None and t.role in ("verb", "motion"):
                for q in self.places_in(obj_start, right):
                    if not text[obj_start : q.start].strip():
                        p = q
                        break
            if p is not None and p.country is not None:
                destinations.append(p)
        # Subjects.
        subjects: list[str] = list(agents)
        before = text[left : t.start]
        gapped = False
        if t.role in ("noun", "stay") or (
            t.role == "either"
        ):
            poss = _POSSESSIVE_END.search(text, left, t.start)
            compound = self._compound(s, t)
            if compound:
                subjects.extend(compound)
            elif poss is not None and not subjects:
                owners = [
                    m for m in self.mentions(max(left, poss.start() - 60),
                                             t.start)
                    if m.end <= poss.start() + 2
                    and not text[m.end : poss.start()].strip()
                ]
                if owners:
                    subjects.append(owners[-1].actor)
                else:
                    subjects.extend(
                        self.resolve_pronouns(poss.start(), poss.end(), s)[:1]
                    )
            elif not subjects and t.role == "stay":
                subjects.extend(self._left_subjects(s, left, t.start, taken))
            elif not subjects and self.cues.light.search(before):
                subjects.extend(self._left_subjects(s, left, t.start, taken))
                if not any(
                    self.kind_of(a) is ActorKind.PERSON for a in subjects
                ):
                    main = self.main_subject(s, used | taken)
                    if main or not subjects:
                        subjects = main
        else:
            subjects.extend(self._left_subjects(s, left, t.start, taken))
            if not subjects and prev_subjects:
                between = text[s.start : t.start]
                if regex.search(r"(?<![\w'])and\s+(?:\w+\s+)?$", between):
                    subjects.extend(prev_subjects)
            if not subjects and regex.match(
                r"\s*(?:which|where)\M", text[max(s.start, left - 8) : left + 1]
            ):
                subjects = []
            elif not subjects:
                subjects.extend(self.main_subject(s, used | taken))
            if (
                t.role == "verb"
                and t.kind is MeetingKind.VISIT
                and not counterparts
                and not destinations
            ):
                gapped = True
        local_subject = bool(subjects) and (
            t.role not in ("noun", "either")
            or bool(self.mentions(left, t.start))
        )
        if subjects and self.cues.generic.search(
            text[max(left, t.start - 30) : t.start]
        ):
            return [], subjects, used
        # Status.
        region = text[left if local_subject else s.start : t.end]
        status, explicit = MeetingStatus.HELD, False
        if self.cues.status["cancelled"].search(region):
            status, explicit = MeetingStatus.CANCELLED, True
        elif self.cues.status["planned"].search(region) or (
            t.role == "either" and regex.search(r"\mto\s*$", before)
        ):
            status, explicit = MeetingStatus.PLANNED, True
        elif t.role == "stay" or self.cues.status["ongoing"].search(region):
            status, explicit = MeetingStatus.ONGOING, True
        # Date.
        date = self._date(s, left, right, t, status)
        if date is not None and self.doc.published is not None:
            start = date.start
            if (
                status is MeetingStatus.HELD
                and not explicit
                and start > self.doc.published
                and date.precision.value == "day"
            ):
                status, explicit = MeetingStatus.PLANNED, True
        # Location.
        location = None
        if t.kind is not MeetingKind.CALL:
            location = self.located_place(t.start, right)
            if location is None and destinations:
                location = destinations[0]
            if location is None:
                location = self.located_place(left, t.start)
        # Participants.
        subj_persons = [a for a in subjects if self.kind_of(a) is ActorKind.PERSON]
        if subj_persons:
            subjects = subj_persons
        subjects = _unique(subjects)
        cp_persons = [a for a in counterparts if self.kind_of(a) is ActorKind.PERSON]
        if cp_persons:
            counterparts = _unique(cp_persons)
        else:
            counterparts = _unique(counterparts)
        host = None
        if t.form in self.cues.host_verbs and subjects:
            host = subjects[0]
        destination = None
        if destinations and destinations[0].country:
            destination = f"state:{destinations[0].country}"
            if destination not in self.doc.actors:
                for m in obj_mentions:
                    if self.country_of(m.actor) == destinations[0].country and (
                        self.kind_of(m.actor) is ActorKind.STATE
                    ):
                        destination = m.actor
                        break
                else:
                    destination = None
        groups: list[list[str]]
        between = regex.match(r"\s*between\M", text[t.end : right])
        if len(cp_persons) >= 2 and not between and t.kind is not MeetingKind.SUMMIT:
            groups = [[*subjects, c] for c in counterparts if c not in subjects]
        else:
            groups = [[*subjects, *counterparts]]
        cands: list[_Candidate] = []
        topics = self._topics(t.end, s.end)
        for g in groups:
            parts = _unique(g)
            if (
                t.kind is MeetingKind.VISIT
                and destination is not None
                and not cp_persons
                and destination not in parts
            ):
                parts.append(destination)
                if host is None:
                    host = destination
            cands.append(
                _Candidate(
                    kind=t.kind,
                    participants=parts,
                    host=host if host in parts else None,
                    location=location,
                    date=date,
                    status=status,
                    explicit=explicit,
                    topics=list(topics),
                    evidence=[(t.start, t.end)],
                    destination=destination,
                    visit=t.kind is MeetingKind.VISIT,
                    wants_destination=gapped
                    or (
                        t.kind is MeetingKind.VISIT
                        and destination is None
                        and not counterparts
                        and not self._has_to_phrase(t.end, right)
                    ),
                )
            )
        for m in gapped_subjects:
            # "King Faisal visited in 1967 and King Khaled in 1981."
            d = self._date(s, m.end, right, t, status)
            cands.append(
                attrs.evolve(
                    cands[0],
                    participants=[m.actor],
                    date=d,
                    evidence=[(m.start, m.end)],
                    topics=[],
                    wants_destination=True,
                )
            )
        return cands, subjects, used

    def _has_to_phrase(self, start: int, end: int) -> bool:
        return bool(
            regex.match(r"\s*(?:to|of)\s+(?:the\s+)?[A-Z]", self.text[start:end])
        )

    def _left_subjects(
        self, s: Sentence, left: int, pos: int, taken: set[tuple[int, int]]
    ) -> list[str]:
        ms = [
            m for m in self.mentions(left, pos)
            if (m.start, m.end) not in taken
        ]
        persons = [m.actor for m in ms if m.kind is ActorKind.PERSON]
        for m in ms:
            if m.form == "demonym":
                who = self.demonym_person(m)
                if who is not None:
                    persons.append(who)
        persons.extend(self.resolve_pronouns(left, pos, s))
        if persons:
            return _unique(persons)
        others = [m.actor for m in ms]
        if others:
            # The nearest noun group: "Britain and France met".
            if len(ms) >= 2 and regex.search(
                r"\mand\M", self.text[ms[-2].end : ms[-1].start]
            ):
                return _unique(others[-2:])
            return [others[-1]]
        return []

    def _compound(self, s: Sentence, t: _Trigger) -> list[str]:
        """Actors in a hyphenated compound before a noun ("the US-Australia
        ministerial", "the Lavrov-Kim meeting")."""
        window = self.text[max(s.start, t.start - 70) : t.start]
        if regex.search(r"[,.;:]", window[-50:] if len(window) > 50 else window):
            window_start = t.start - len(window)
            cut = max(window.rfind(","), window.rfind(";"))
            window_start += cut + 1
        else:
            window_start = t.start - len(window)
        ms = self.mentions(window_start, t.start)
        out: list[str] = []
        for a, b in zip(ms, ms[1:]):
            if b.start - a.end == 1 and self.text[a.end] in "-–/":
                out.extend([a.actor, b.actor])
        if not out and ms:
            last = ms[-1]
            gap = self.text[last.end : t.start]
            if regex.fullmatch(r"(?:'s?)?\s*(?:[a-z][\w'-]*\s+){0,2}", gap) and (
                regex.search(r"(?:the|a|an)\s+$", self.text[max(s.start, last.start - 5) : last.start])
            ):
                out.append(last.actor)
        return _unique(out)

    def _date(
        self,
        s: Sentence,
        left: int,
        right: int,
        t: _Trigger,
        status: MeetingStatus,
    ) -> MeetingDate | None:
        end = min(s.end, max(right, t.end) + 40)
        found = find_dates(self.text, left, end)
        found = tuple(
            f for f in found if f[0] >= left and (f[0] < right or f[0] - right < 3)
        ) or tuple(f for f in found if f[1] <= t.start)
        if not found:
            return None
        best = min(found, key=lambda f: min(abs(f[0] - t.end), abs(f[1] - t.start)))
        phrase = best[2]
        future = status is MeetingStatus.PLANNED or bool(
            _FUTURE_DATE.search(phrase)
        )
        if not future and status is MeetingStatus.HELD:
            region = self.text[left : t.end]
            if regex.search(
                r"\m(?:begins|starts|opens|includes|is\s+to|arrives)\M", region
            ):
                future = True
        return resolve_date(phrase, self.doc.published, future=future)

    def _topics(self, start: int, end: int) -> list[str]:
        out: list[str] = []
        for m in _TOPIC.finditer(self.text, start, end):
            topic = m.group("topic").strip()
            if topic and not find_dates(topic) and len(topic) > 3:
                out.append(topic)
            break
        return out

    def negative(self, s: Sentence, t: _Trigger, left: int) -> bool:
        region = self.text[left : t.start]
        if self.cues.negative.search(region):
            return True
        if self.cues.negative_sentence.search(self.text, s.start, s.end):
            return True
        pre = self.text[s.start : t.start]
        return bool(
            regex.search(r"(?:^|,\s*)\s*(?:if|unless|should)\M", pre, regex.IGNORECASE)
            and not regex.search(r"\m(?:said|says)\M", pre)
        ) and bool(regex.match(r"\s*(?:if|unless|should)\M", pre, regex.IGNORECASE))

    # -- the document --------------------------------------------------

    def run(self) -> tuple[Meeting, ...]:
        cands: list[_Candidate] = []
        order = 0
        for s in self.doc.sentences:
            trigs = self.triggers(s)
            taken: set[tuple[int, int]] = set()
            prev_subjects: list[str] = []
            prev_cands: list[_Candidate] = []
            for i, t in enumerate(trigs):
                stop = trigs[i + 1].start if i + 1 < len(trigs) else s.end
                left = self.left_bound(s, t.start)
                if self.negative(s, t, left):
                    continue
                found, subjects, used = self.analyse(
                    s, t, stop, taken, prev_subjects
                )
                taken |= used
                if subjects:
                    prev_subjects = subjects
                if not found:
                    continue
                # "... a meeting with Lee which Clinton visited": join.
                if (
                    prev_cands
                    and regex.search(
                        r"\m(?:which|where)\M", self.text[max(s.start, left - 8) : left]
                    )
                    and len(found) == 1
                    and len(found[0].participants) <= 1
                ):
                    target = prev_cands[-1]
                    for p in found[0].participants:
                        if p not in target.participants:
                            target.participants.append(p)
                    target.evidence.extend(found[0].evidence)
                    continue
                for c in found:
                    order += 1
                    c.order = order
                    cands.append(c)
                prev_cands = found
        self._fill_destinations(cands)
        merged = self._merge(cands)
        self._spread_places(merged)
        return self._emit(merged)

    def _fill_destinations(self, cands: list[_Candidate]) -> None:
        last_dest: str | None = None
        for c in cands:
            if c.destination is not None:
                last_dest = c.destination
                continue
            if not c.wants_destination or len(c.participants) != 1:
                continue
            visitor = c.participants[0]
            dest = last_dest
            if dest is None and self.dateline and self.dateline.country:
                key = f"state:{self.dateline.country}"
                if key in self.doc.actors or True:
                    dest = key if key in self.doc.actors else None
            if dest is None or self.country_of(visitor) == self.country_of(dest):
                continue
            c.participants.append(dest)
            c.destination = dest
            if c.location is None:
                c.location = _Place(
                    start=0, end=0, name=None, country=self.country_of(dest)
                )

    def _covers(self, big: Sequence[str], small: Sequence[str]) -> bool:
        """Whether *big* names everyone in *small*; a state counts as named
        by one of its persons when the two share a person ("a visit to
        Japan" and "talks with Ikeda" of the same visitor)."""
        shared = any(
            p in big and self.kind_of(p) is ActorKind.PERSON for p in small
        )
        countries = {
            self.country_of(p)
            for p in big
            if self.kind_of(p) is ActorKind.PERSON
        }
        for p in small:
            if p in big:
                continue
            if (
                shared
                and self.kind_of(p) is ActorKind.STATE
                and self.country_of(p) in countries
            ):
                continue
            return False
        return True

    def _compatible(self, a: _Candidate, b: _Candidate) -> bool:
        """Whether two reports can be of one event: same status (held and
        ongoing agree; an unmarked singleton agrees with anything) and no
        conflicting dates."""
        sa, sb = a.status, b.status
        live = {MeetingStatus.HELD, MeetingStatus.ONGOING}
        if sa is not sb and not (sa in live and sb in live):
            loose = [
                c for c in (a, b)
                if not c.explicit and len(c.participants) < 2
            ]
            if not loose:
                return False
        if a.date is not None and b.date is not None:
            va, vb = a.date.value, b.date.value
            if not (va.startswith(vb) or vb.startswith(va)):
                return False
        elif (a.date is None) != (b.date is None) and self.doc.published:
            # A dated past event is not the current one.
            d = a.date or b.date
            assert d is not None
            if abs((self.doc.published - d.start).days) > 45:
                return False
        return True

    def _merge(self, cands: list[_Candidate]) -> list[_Candidate]:
        full = [c for c in cands if len(c.participants) >= 2]
        single = [c for c in cands if len(c.participants) < 2]
        out: list[_Candidate] = []
        for c in full:
            target = None
            for m in reversed(out):
                if not self._compatible(m, c):
                    continue
                if self._covers(m.participants, c.participants) or self._covers(
                    c.participants, m.participants
                ):
                    target = m
                    break
            if target is None:
                out.append(c)
                continue
            _absorb(target, c, self)
        for c in single:
            if not c.participants:
                # "the talks", "the meeting in Warsaw": the latest meeting.
                prior = [m for m in out if m.order <= c.order]
                if prior and c.kind is not MeetingKind.VISIT:
                    m = max(prior, key=lambda x: x.order)
                    if self._compatible(m, c):
                        m.evidence.extend(c.evidence)
                        if m.location is None and c.location is not None:
                            m.location = c.location
                continue
            p = c.participants[0]
            owners = [m for m in out if p in m.participants and self._compatible(m, c)]
            if owners:
                m = min(owners, key=lambda x: abs(x.order - c.order))
                m.evidence.extend(c.evidence)
                if m.location is None and c.location is not None:
                    m.location = c.location
                if m.date is None and c.date is not None:
                    m.date = c.date
        return out

    def _spread_places(self, meetings: list[_Candidate]) -> None:
        pub = self.doc.published

        def current(m: _Candidate) -> bool:
            if m.date is None:
                return True
            if pub is None:
                return False
            return abs((pub - m.date.start).days) <= 14

        visitors: set[str] = set()
        for m in meetings:
            if m.visit and m.participants:
                visitors.add(m.participants[0])
        for m in meetings:
            if m.location is not None or m.kind is MeetingKind.CALL:
                continue
            if not current(m):
                continue
            # A place from another current meeting of the same people.
            near = sorted(
                (
                    o for o in meetings
                    if o is not m and o.location is not None and current(o)
                    and o.kind is not MeetingKind.CALL
                    and set(o.participants) & set(m.participants)
                ),
                key=lambda o: abs(o.order - m.order),
            )
            hosts = [
                p for p in m.participants
                if p not in visitors and self.kind_of(p) is ActorKind.PERSON
            ]
            guests = [p for p in m.participants if p in visitors]
            if guests and len(hosts) == 1 and self.country_of(hosts[0]):
                country = self.country_of(hosts[0])
                if near and near[0].location and near[0].location.country == country:
                    m.location = near[0].location
                elif self.dateline and self.dateline.country == country:
                    m.location = self.dateline
                else:
                    m.location = _Place(start=0, end=0, name=None, country=country)
                continue
            if near:
                m.location = near[0].location
                continue
            if self.dateline is not None and self.dateline.country:
                countries = {self.country_of(p) for p in m.participants}
                if self.dateline.country in countries:
                    m.location = self.dateline

    def _emit(self, meetings: list[_Candidate]) -> tuple[Meeting, ...]:
        out: list[Meeting] = []
        meetings.sort(key=lambda m: min(e[0] for e in m.evidence))
        for i, m in enumerate(meetings, 1):
            parts = _unique(m.participants)
            ev = sorted(set(m.evidence))
            loc = None
            if m.location is not None and (m.location.name or m.location.country):
                loc = Location(name=m.location.name, country=m.location.country)
            out.append(
                Meeting(
                    id=f"meeting:{i}",
                    kind=m.kind,
                    participants=tuple(parts),
                    host=m.host if m.host in parts else None,
                    location=loc,
                    date=m.date,
                    status=m.status,
                    topics=tuple(_unique(m.topics)),
                    evidence=tuple(self._span(s, e) for s, e in ev),
                )
            )
        return tuple(out)

    def _span(self, start: int, end: int) -> Span:
        return self.doc.span(start, end)


def _absorb(target: _Candidate, c: _Candidate, finder: _Finder) -> None:
    parts = _unique([*target.participants, *c.participants])
    countries = {
        finder.country_of(p) for p in parts
        if finder.kind_of(p) is not ActorKind.STATE
    }
    target.participants = [
        p for p in parts
        if not (
            finder.kind_of(p) is ActorKind.STATE
            and finder.country_of(p) in countries
        )
    ]
    target.evidence.extend(c.evidence)
    target.topics.extend(t for t in c.topics if t not in target.topics)
    if c.explicit and not target.explicit:
        target.status, target.explicit = c.status, True
    if target.date is None or (
        c.date is not None and len(c.date.value) > len(target.date.value)
    ):
        target.date = c.date or target.date
    if target.location is None or (
        target.location.name is None and c.location is not None
        and c.location.name is not None
    ):
        target.location = c.location or target.location
    if target.host is None:
        target.host = c.host
    if target.kind is MeetingKind.VISIT and c.kind is not MeetingKind.VISIT:
        target.kind = c.kind
    target.visit = target.visit or c.visit


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for x in items:
        seen.setdefault(x, None)
    return list(seen)


def find_meetings(doc: Document) -> tuple[Meeting, ...]:
    """
    Meetings reported in *doc*, in text order.

    >>> from communique._types import Document, NormalizedText
    >>> find_meetings(Document(norm=NormalizedText.identity("Hi."),
    ...                        sentences=(), mentions=(), actors={}))
    ()
    """
    if not doc.sentences:
        return ()
    return _Finder(doc, _cues()).run()
