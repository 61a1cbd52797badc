# SPDX-License-Identifier: MIT
"""
Stage 4: mentions -> actors.

Ties every mention to one actor: persons by full name and surname ("Sergey
Lavrov", "Lavrov"), states by gazetteer key whatever the form ("Moscow",
"the Kremlin", "Russian"), groups by description, and pronouns and
definite descriptions ("he", "the minister") to the most recent compatible
actor. Ids are derived from names, never from positions, so they do not
depend on the order of the text.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from collections.abc import Iterable

import attrs
import regex

from . import _cache
from ._gazetteer import Gazetteer, GazetteerEntry
from ._lexicons import Lexicons
from ._types import Mention, NormalizedText, ResolvedMention, Sentence
from .model import Actor, ActorKind, Role, Span


_SLUG_DROP = _cache.pattern(r"[^\p{L}\p{N}]+")
_ARTICLE = _cache.pattern(r"^(?:al|el|Al|El|ad|ash|as|at|az)-")
# Matched right to left: anchored at the end, it fails at once wherever
# the text before a mention does not end with one of these words.
_OBJECT_BEFORE = _cache.pattern(
    r"(?<![\p{L}])(?:unlike|with|by|to|from|for|of|against|during|after|"
    r"before|than|between|among|toward|towards|about|on|at|in|into|over|"
    r"under|like|told|met|visited|received|urged|and|Unlike|With|By|For|"
    r"After|During|Before|Like)[ \t\n]+(?:the[ \t\n]+)?$",
    regex.REVERSE,
)
# what kind of organization "the newspaper", "the alliance" can mean
_ORG_CATEGORIES: dict[str, tuple[str, ...]] = {
    "newspaper": ("news",), "paper": ("news",), "daily": ("news",),
    "agency": ("news",), "news agency": ("news",), "radio": ("news",),
    "broadcaster": ("news",), "alliance": ("military", "bloc"),
    "bloc": ("bloc", "international"), "organization": ("international",),
    "organisation": ("international",), "party": ("party",),
    "company": ("company",), "firm": ("company",),
    "militia": ("armed",), "movement": ("armed", "party"), "group": ("armed",),
}

# state bodies whose country is the state in context: "the Foreign
# Ministry", "the Ministry of Public Security"
_STATE_BODY = _cache.pattern(
    r"(?:(?:Foreign|Defen[cs]e|Interior|Finance|Trade|Economy|Economic|"
    r"Justice|Health|Education|Agriculture|Information|Energy|Commerce|"
    r"Industry|Labou?r|Transport|Environment|Home|Oil|Culture|"
    r"Communications|Security|Intelligence)[ ]Ministry"
    r"|Ministry[ ]of[ ](?:the[ ])?\p{Lu}[\p{L}]*(?:[ ](?:and|of|\p{Lu}[\p{L}]*)){0,4}"
    r"|Foreign[ ]Office)"
)

# a dateline city in capitals: "TOKYO, May 2 (Reuters) -", "BEIJING -"
_DATELINE = _cache.pattern(
    r"[ \t\n]{0,20}(\p{Lu}[\p{Lu}.'-]{1,20}(?:[ ]\p{Lu}[\p{Lu}.'-]{1,20}){0,2})"
    r"(?=[ \t]{0,3}(?:,|\(|-|_|\u2014|\u2013))"
)

_DEFINITE = _cache.pattern(r"(?:the|The)[ \t\n]")
# singular heads of a description that can mean a person named before
_SINGULAR_PERSONS = frozenset(
    "official diplomat envoy ambassador spokesman spokeswoman spokesperson "
    "aide adviser negotiator prosecutor lawmaker leader".split()
)
_GENERIC_WORDS = frozenset(
    "the a an senior top high-ranking high-level junior other".split()
)


# abbreviated titles, spelled out to match a later "the senator"
_TITLE_ABBREVIATIONS = {
    "sen.": "senator", "rep.": "representative", "gov.": "governor",
    "gen.": "general", "lt.": "lieutenant", "col.": "colonel",
    "adm.": "admiral", "amb.": "ambassador", "pres.": "president",
    "sec.": "secretary", "cmdr.": "commander", "capt.": "captain",
    "maj.": "major", "sgt.": "sergeant", "supt.": "superintendent",
}


def _titles_of(c: _Cluster) -> str:
    """A person's titles, lower case, abbreviations spelled out."""
    words = " ".join(r.title.casefold() for r in c.roles).split()
    return " ".join(_TITLE_ABBREVIATIONS.get(w, w) for w in words)


def _fuller_org_names(mentions: Iterable[Mention]) -> dict[str, str]:
    """Organization names of two words or more that begin a longer one of
    the document, to the longer one: "Acme Trust" -> "Acme Trust Corp
    Plc"."""
    names = sorted({
        m.name for m in mentions
        if m.kind is ActorKind.ORGANIZATION and m.key is None
        and m.form == "name" and m.name and m.signature is None
    })
    out: dict[str, str] = {}
    # sorted: a name's extensions follow it directly
    for i, name in enumerate(names):
        if " " not in name:
            continue
        longer = [
            n for n in names[i + 1 : i + 20] if n.startswith(name + " ")
        ]
        if len(longer) == 1:
            out[name] = longer[0]
    return out


def _words_before(name: str, head: str) -> list[str]:
    """The words of a group description before its head, less the
    generic ones: "senior Hamas official" -> ["Hamas"]."""
    words = name.split()
    low = [w.casefold() for w in words]
    if head in low:
        words = words[: low.index(head)]
    return [w for w in words if w.casefold() not in _GENERIC_WORDS]


_SYNONYMS = {
    "envoy": ("envoy", "ambassador", "representative"),
    "leader": ("leader", "president", "prime minister", "premier", "king",
               "chancellor", "chairman", "emir", "sultan", "head"),
    "president": ("president",),
    "diplomat": ("ambassador", "envoy", "diplomat", "minister"),
    "chief": ("chief", "head", "director", "leader"),
    "official": ("official", "minister", "secretary", "spokesman",
                 "spokeswoman", "spokesperson"),
}
_FEMALE_TITLES = frozenset(
    "queen princess spokeswoman chairwoman mrs. ms. mrs ms madam lady dame "
    "empress duchess countess baroness".split()
)

def slug(text: str) -> str:
    """
    A readable id fragment: ASCII, lower case, words joined by hyphens.

    Examples:
        >>> slug("Kim Jong-un")
        'kim-jong-un'
        >>> slug("Jarosław Kaczyński")
        'jaroslaw-kaczynski'
    """
    if text.isascii():
        ascii_ = text  # nothing to decompose
    else:
        decomposed = unicodedata.normalize(
            "NFKD", text.replace("ł", "l").replace("Ł", "L")
        )
        ascii_ = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SLUG_DROP.sub("-", ascii_.casefold()).strip("-") or "x"


def _era_key(
    key: str,
    historical: tuple[GazetteerEntry, ...],
    published: dt.date | None,
) -> str:
    """
    The state a successor's name meant on the publication date: "Moscow"
    in 1985 is the Soviet Union.
    """
    if published is None or not key.startswith("state:"):
        return key
    code = key[6:]
    for e in historical:
        if code in e.successors and e.until and published < e.until and (
            e.since is None or published >= e.since
        ):
            return e.id
    return key


@attrs.define
class _Cluster:
    """An actor being assembled."""

    key: str
    kind: ActorKind
    name: str
    country: str | None = None
    roles: list[Role] = attrs.Factory(list)
    spans: list[tuple[int, int]] = attrs.Factory(list)
    gender: str = "u"
    group_head: str | None = None
    locative_only: bool = True


def _name_parts(name: str) -> list[str]:
    return name.split()


class _Resolver:
    def __init__(
        self,
        norm: NormalizedText,
        sentences: tuple[Sentence, ...],
        gazetteer: Gazetteer,
        lexicons: Lexicons,
        published: dt.date | None,
    ) -> None:
        self.norm = norm
        self.sentences = sentences
        self.gazetteer = gazetteer
        self.historical = tuple(
            e for e in gazetteer.entries if e.historical and e.successors
        )
        self.published = published
        self.clusters: dict[str, _Cluster] = {}
        self.female = frozenset(lexicons.strings("actor_cues", "female_names"))
        self.family_first = frozenset(
            lexicons.strings("actor_cues", "family_name_first")
        )
        # (start, end, key, sentence, mention) in text order
        self.history: list[tuple[int, int, str, int, Mention]] = []
        # whether the text before an offset makes a mention an object
        self.object_at: dict[int, bool] = {}
        self.forms: list[str] = []
        self.named_in: set[tuple[str, int]] = set()
        self.slugs: dict[str, str] = {}
        self.body_countries: dict[str, str | None] = {}

    def slug(self, text: str) -> str:
        """:func:`slug` of *text*, once per name of the document."""
        s = self.slugs.get(text)
        if s is None:
            s = self.slugs[text] = slug(text)
        return s

    # -- persons ---------------------------------------------------------

    def person_names(self, mentions: Iterable[Mention]) -> dict[str, str]:
        """Map every person name form to its canonical (fullest) name."""
        names = sorted(
            {m.name for m in mentions if m.kind is ActorKind.PERSON
             and m.form in ("name", "surname") and m.name},
            key=lambda n: (-len(n.split()), n),
        )
        index = _NameIndex(names)
        canon: dict[str, str] = {}
        for n in names:
            parts = n.split()
            if n in canon:
                continue
            if len(parts) == 1:
                # one word: the fuller name ending with it ("Lavrov"),
                # else starting with it when family names come first
                # ("Kim"), else holding it ("Lula", "Mobutu", "Abiy")
                full = index.fuller(parts[0], self.family_first)
                canon[n] = canon.get(full, full) if full else n
                continue
            # "Yukuhiko Ikeda" and "Yukihiko Ikeda" stay apart; a shorter
            # multi-word name contained in a longer one joins it
            for full in index.around(n.casefold()):
                if full != n and len(full.split()) > len(parts):
                    canon[n] = canon.get(full, full)
                    break
            else:
                canon[n] = n
        return canon

    def gender_of(self, name: str, roles: Iterable[Role]) -> str:
        first = name.split(maxsplit=1)[0] if name else ""
        if first in self.female:
            return "f"
        if any(r.title.casefold().split()[0] in _FEMALE_TITLES for r in roles if r.title):
            return "f"
        return "u"

    # -- bookkeeping -----------------------------------------------------

    def add(
        self,
        key: str,
        kind: ActorKind,
        name: str,
        m: Mention,
        country: str | None,
        roles: tuple[Role, ...],
    ) -> None:
        """Add *m* to the cluster *key*, with *country* and *roles* for
        those of the mention (a copy of it would cost more)."""
        c = self.clusters.get(key)
        if c is None:
            c = _Cluster(key=key, kind=kind, name=name)
            self.clusters[key] = c
        if kind in (ActorKind.PERSON, ActorKind.ORGANIZATION) and len(
            name.split()
        ) > len(c.name.split()):
            c.name = name
        if country and not c.country:
            c.country = self.era_country(country)
        for r in roles:
            if r not in c.roles:
                c.roles.append(r)
            if r.country and not c.country and kind is ActorKind.PERSON:
                c.country = self.era_country(r.country)
        c.spans.append((m.start, m.end))
        if "locative" not in (m.name or "") or m.key is None:
            c.locative_only = False
        self.history.append(
            (m.start, m.end, key, m.sentence, m)
        )
        self.forms.append(m.form)
        if m.form != "pronoun":
            self.named_in.add((key, m.sentence))

    def is_pronoun(self, key: str, sentence: int) -> bool:
        """Whether *key* is named in *sentence* only through pronouns."""
        return (key, sentence) not in self.named_in

    def era_country(self, code: str) -> str:
        """The code a country had on the publication date."""
        return _era_key(f"state:{code}", self.historical, self.published)[6:]

    def subject_like(self, m: Mention) -> bool:
        """Whether a mention can be a clause subject: not the object of a
        preposition or verb ("Unlike Shoigu", "told Xi", "in Cairo")."""
        if m.name and "locative" in m.name:
            return False
        obj = self.object_at.get(m.start)
        if obj is None:  # asked only of the few candidates of a reference
            before = self.norm.text[max(0, m.start - 16) : m.start]
            obj = self.object_at[m.start] = (
                _OBJECT_BEFORE.search(before) is not None
            )
        return not obj

    def recent(
        self,
        pos: int,
        sentence: int,
        ok: object,
        *,
        back: int = 3,
        same_sentence_first: bool = True,
        subjects: bool = False,
    ) -> str | None:
        """
        The actor before *pos* that *ok(cluster)* accepts: the subject of
        the nearest sentence that has one, else the nearest.
        """
        assert callable(ok)
        by_sentence: dict[int, list[tuple[str, Mention]]] = {}
        for s, _e, key, sent, hm in reversed(self.history):
            if s >= pos:
                continue
            if sent < sentence - back:
                break
            if ok(self.clusters[key]):
                by_sentence.setdefault(sent, []).append((key, hm))
        for sent in sorted(by_sentence, reverse=True):
            cands = by_sentence[sent][::-1]  # text order
            if sent == sentence and not same_sentence_first:
                continue
            if sent == sentence or subjects:
                for key, subj, _pron in sorted(
                    (
                        (k, self.subject_like(hm), self.is_pronoun(k, sent))
                        for k, hm in cands
                    ),
                    key=lambda x: x[2],
                ):
                    if subj:
                        return key
            return cands[-1][0] if sent != sentence else cands[0][0]
        if not same_sentence_first and sentence in by_sentence:
            return by_sentence[sentence][0][0]
        return None

    # -- main ------------------------------------------------------------

    def run(
        self, mentions: tuple[Mention, ...]
    ) -> tuple[tuple[Actor, ...], tuple[ResolvedMention, ...], frozenset[str]]:
        canon = self.person_names(mentions)
        state_forms: dict[str, set[str]] = {}
        for m in mentions:
            if m.key and "ambiguous" not in (m.name or ""):
                state_forms.setdefault(m.key, set()).add(m.text)
        counts: dict[str, int] = {}
        for m in mentions:
            if m.key:
                counts[m.key] = counts.get(m.key, 0) + 1
        resolved: list[ResolvedMention] = []
        groups_by_head: dict[str, str] = {}
        fuller = _fuller_org_names(mentions)
        for m in sorted(mentions, key=lambda x: (x.start, -x.end)):
            key: str | None = None
            kind = m.kind
            if m.key is not None:
                if "ambiguous" in (m.name or "") and not self.supported(
                    m.key, state_forms, counts
                ):
                    continue
                key = _era_key(m.key, self.historical, self.published)
                entry = self.gazetteer.get(key)
                name = entry.name if entry is not None else m.text
                if entry is None and key.startswith("state:"):
                    name = m.text
                country = entry.country if entry is not None else m.country
                self.add(key, kind, name, m, country, ())
            elif kind is ActorKind.PERSON and m.form in ("name", "surname") and m.name:
                full = canon.get(m.name, m.name)
                key = f"person:{self.slug(full)}"
                self.add(key, kind, full, m, m.country, m.roles)
                c = self.clusters[key]
                c.gender = self.gender_of(c.name, c.roles)
            elif m.form == "description" and m.name:
                # "the neurosurgeon": the person so described before
                key = f"person:{self.slug(canon.get(m.name, m.name))}"
                if key not in self.clusters:
                    continue
                self.add(key, kind, self.clusters[key].name, m, None, ())
            elif m.form == "orgref":
                key = self.org_ref(m)
                if key is None:
                    continue
                self.add(key, kind, self.clusters[key].name, m, m.country,
                         m.roles)
            elif (
                kind is ActorKind.ORGANIZATION and m.name
                and m.form in ("bare", "group") and m.roles
            ):
                # an institution named by a common noun: "the Brazilian
                # embassy", then "the embassy"
                head = m.roles[0].title
                if m.form == "bare" and head in groups_by_head:
                    key = groups_by_head[head]
                else:
                    key = f"org:{self.slug(m.signature or m.name)}"
                groups_by_head[head] = key
                self.add(key, kind, m.name, m, m.country, ())
            elif kind is ActorKind.ORGANIZATION and m.name:
                country = m.country
                name = m.name
                if country is None and _STATE_BODY.fullmatch(name):
                    # "the Foreign Ministry": of the state just named, or
                    # of the dateline; one country per name and document
                    if name not in self.body_countries:
                        self.body_countries[name] = self.body_country(m)
                    country = self.body_countries[name]
                    if country is not None:
                        name = f"{country} {name}"
                name = fuller.get(name, name)
                key = f"org:{self.slug(m.signature or name)}"
                self.add(key, kind, fuller.get(m.name, m.name), m, country,
                         m.roles)
            elif kind is ActorKind.GROUP and m.name:
                head = m.roles[0].title if m.roles else m.name
                person = (
                    self.title(m, {}, head)
                    if m.form == "bare" and head in _SYNONYMS
                    else None
                )
                definite = m.form == "group" and _DEFINITE.match(m.text) is not None
                if person is None and definite and head in _SINGULAR_PERSONS:
                    # "the Hamas official": the person whose title has
                    # every word of the description
                    person = self.described(m, head)
                if person is not None:
                    # "the envoy said": the ambassador named before
                    self.add(person, ActorKind.PERSON,
                             self.clusters[person].name, m, None, ())
                    resolved.append(self.resolved(m, person))
                    continue
                earlier = self.same_group(m, head) if definite else None
                if m.form == "bare" and head in groups_by_head:
                    key = groups_by_head[head]
                elif earlier is not None:
                    # "a senior State Bank official ... the State Bank
                    # official"
                    key = earlier
                else:
                    key = f"group:{self.slug(m.signature or m.name)}"
                groups_by_head[head] = key
                self.add(key, kind, m.name, m, m.country, ())
                self.clusters[key].group_head = head
            elif m.form == "pronoun":
                key = self.pronoun(m)
                if key is None:
                    continue
                self.add(key, self.clusters[key].kind, self.clusters[key].name,
                         m, None, ())
                kind = self.clusters[key].kind
            elif m.form == "title":
                key = self.title(m, groups_by_head)
                if key is None:
                    continue
                self.add(key, self.clusters[key].kind, self.clusters[key].name,
                         m, None, ())
                kind = self.clusters[key].kind
            if key is None:
                continue
            resolved.append(self.resolved(m, key))
        hidden = frozenset(
            k for k, c in self.clusters.items()
            if c.kind is ActorKind.STATE and c.locative_only
        )
        return self.actors(), tuple(resolved), hidden

    def body_country(self, m: Mention) -> str | None:
        """The state a state body with no country belongs to: the state
        named last in its sentence or the one before, else the state of
        the dateline."""
        key = self.recent(
            m.start, m.sentence,
            lambda c: c.kind is ActorKind.STATE, back=1,
        )
        if key is not None:
            return self.clusters[key].country or None
        return self.dateline_country()

    def dateline_country(self) -> str | None:
        """The state whose capital opens the text: "TOKYO, May 2 -"."""
        dm = _DATELINE.match(self.norm.text)
        if dm is None:
            return None
        city = " ".join(dm.group(1).split()).casefold()
        for e in self.gazetteer.entries:
            if e.kind is ActorKind.STATE and not e.historical and any(
                c.casefold() == city for c in e.capitals
            ):
                return e.country
        return None

    def supported(
        self, key: str, plain: dict[str, set[str]], counts: dict[str, int]
    ) -> bool:
        """Whether an ambiguous form ("Georgia", "Congress") is backed by
        the article: another form of the same entity, a second use, or, for
        a national body, a plain mention of its state."""
        if key in plain or counts.get(key, 0) >= 2:
            return True
        entry = self.gazetteer.get(key)
        return (
            entry is not None
            and entry.kind is ActorKind.ORGANIZATION
            and entry.country is not None
            and f"state:{entry.country}" in plain
        )

    def org_ref(self, m: Mention) -> str | None:
        """The organization that "the Commission" refers back to."""
        head = (m.name or "").casefold()
        wanted = _ORG_CATEGORIES.get(head, ())
        recent = [
            key
            for _s, _e, key, _sent, _subj in reversed(self.history[-500:])
            if self.clusters[key].kind is ActorKind.ORGANIZATION
        ]
        # by name first ("the radio": Tehran Radio), then by category
        for key in recent:
            if head in self.clusters[key].name.casefold().split():
                return key
        for key in recent:
            entry = self.gazetteer.get(key)
            if entry is not None and entry.category in wanted:
                return key
        return None

    def resolved(self, m: Mention, key: str) -> ResolvedMention:
        c = self.clusters[key]
        return ResolvedMention(
            start=m.start,
            end=m.end,
            text=m.text,
            actor=key,
            kind=c.kind,
            form=m.form,
            sentence=m.sentence,
            country=c.country,
        )

    def pronoun(self, m: Mention) -> str | None:
        gender = m.name or "u"
        if gender == "n":
            # "Russia had used its veto": the nearest state or body in the
            # clause that is a noun, not an adjective ("Russian success")
            for (s, _e, key, sent, hm), form in zip(
                reversed(self.history), reversed(self.forms), strict=True
            ):
                if sent != m.sentence:
                    break
                c = self.clusters[key]
                if (
                    s < m.start
                    and self.subject_like(hm)
                    and form not in ("demonym", "pronoun")
                    and c.kind in (ActorKind.STATE, ActorKind.ORGANIZATION)
                    and not c.locative_only
                ):
                    return key
            return self.recent(
                m.start,
                m.sentence,
                lambda c: c.kind in (ActorKind.STATE, ActorKind.ORGANIZATION)
                and not c.locative_only,
                back=1,
                same_sentence_first=True,
                subjects=True,
            )

        def ok(c: _Cluster) -> bool:
            if c.kind is ActorKind.GROUP:
                # "An official ... said he": one unnamed person
                return c.group_head in _SINGULAR_PERSONS
            if c.kind is not ActorKind.PERSON:
                return False
            if gender == "f":
                return c.gender == "f"
            return c.gender != "f"

        # '"... Reagan ...," he said': "he" is no one the quotation names
        t = self.norm.text
        j = m.start
        while j > 0 and t[j - 1] in " \t\n":
            j -= 1
        if (
            j >= 2
            and t[j - 1] == '"'
            and t[j - 2] in ",?!"
            and t[m.start : m.start + 1].islower()
        ):
            opening = t.rfind('"', max(0, j - 2000), j - 1)
            if opening >= 0:
                found = self.recent(
                    opening, m.sentence, ok, back=3,
                    same_sentence_first=True, subjects=True,
                )
                if found is not None:
                    return found
        return self.recent(
            m.start, m.sentence, ok, back=3, same_sentence_first=True,
            subjects=True,
        )

    def title(
        self, m: Mention, groups_by_head: dict[str, str], name: str | None = None
    ) -> str | None:
        """The person that the title *m* refers back to; *name* stands for
        ``m.name`` when given."""
        head = ((m.name if name is None else name) or "").casefold()

        heads = _SYNONYMS.get(head, (head,))

        def ok(c: _Cluster) -> bool:
            if c.kind is not ActorKind.PERSON:
                return False
            if m.country and m.country != c.country:
                return False
            titles = _titles_of(c)
            return any(h in titles for h in heads)

        key = self.recent(m.start, m.sentence, ok, back=12, same_sentence_first=False)
        if key is None and head in groups_by_head:
            return groups_by_head[head]
        return key

    def described(self, m: Mention, head: str) -> str | None:
        """The person named before that a definite description refers
        to: every word before its head is in one of the person's titles."""
        words = _words_before(m.name or "", head)
        if not words:
            return None
        lower = [w for w in _words_before(m.text, head) if w.islower()]
        heads = _SYNONYMS.get(head, (head,))
        text = self.norm.text

        def ok(c: _Cluster) -> bool:
            if c.kind is not ActorKind.PERSON:
                return False
            titles = _titles_of(c)
            if m.country and c.country == m.country and all(
                w in titles.split() for w in lower
            ) and any(h in titles for h in heads):
                return True  # "the Russian official": the Russian minister
            named = " ".join(text[a:b] for a, b in c.spans[:4]).casefold()
            known = set(titles.split()) | set(named.split())
            return all(w.casefold() in known for w in words)

        return self.recent(m.start, m.sentence, ok, back=12,
                           same_sentence_first=False)

    def same_group(self, m: Mention, head: str) -> str | None:
        """An earlier group with the head and every word before it of the
        definite description *m*."""
        words = _words_before(m.name or "", head)
        if not words:
            return None
        for _s, _e, key, _sent, hm in reversed(self.history[-200:]):
            c = self.clusters[key]
            if c.kind is not ActorKind.GROUP or hm.roles[:1] != m.roles[:1]:
                continue
            if all(w.casefold() in c.name.casefold().split() for w in words):
                return key
        return None

    def actors(self) -> tuple[Actor, ...]:
        out: list[Actor] = []
        for c in self.clusters.values():
            spans = sorted(set(c.spans))
            roles = tuple(c.roles) if c.kind is ActorKind.PERSON else ()
            out.append(
                Actor(
                    id=c.key,
                    kind=c.kind,
                    name=c.name,
                    country=c.country,
                    roles=roles,
                    mentions=_raw_spans(self.norm, spans),
                )
            )
        out.sort(key=lambda a: (a.mentions[0].start if a.mentions else 0, a.id))
        return tuple(out)


class _NameIndex:
    """
    The multi-word person names of a document, indexed by their words,
    so that finding the fuller name of a short one costs a look-up, not a
    pass over every name.
    """

    def __init__(self, names: list[str]) -> None:
        self.by_last: dict[str, set[str]] = {}  # also without "al-"
        self.by_first: dict[str, set[str]] = {}
        self.by_word: dict[str, set[str]] = {}
        # casefolded text before / after each space -> names
        self.by_edge: dict[str, list[str]] = {}
        for full in names:
            fp = full.split()
            if len(fp) < 2:
                continue
            self.by_last.setdefault(fp[-1], set()).add(full)
            self.by_last.setdefault(_ARTICLE.sub("", fp[-1]), set()).add(full)
            self.by_first.setdefault(fp[0], set()).add(full)
            for w in fp:
                self.by_word.setdefault(w, set()).add(full)
        for full in names:
            fl = full.casefold()
            edges: set[str] = set()
            for i, c in enumerate(fl):
                if c == " ":
                    edges.add(fl[:i])
                    edges.add(fl[i + 1 :])
            for e in edges:
                self.by_edge.setdefault(e, []).append(full)

    def around(self, low: str) -> list[str]:
        """The names, in order, that start with ``low + " "`` or end with
        ``" " + low`` once casefolded."""
        return self.by_edge.get(low, [])

    def fuller(self, word: str, family_first: frozenset[str]) -> str | None:
        """The one multi-word name that *word* stands for, if any."""
        for found in (
            self.by_last.get(word),
            self.by_first.get(word) if word in family_first else None,
            (
                self.by_word.get(word)
                if len(word) > 2 and word[:1].isupper()
                else None
            ),
        ):
            if found:
                return next(iter(found)) if len(found) == 1 else None
        return None


def _raw_spans(
    norm: NormalizedText, spans: list[tuple[int, int]]
) -> tuple[Span, ...]:
    """Public spans of distinct normalized *spans*, in order, without the
    duplicates that edits can make."""
    if norm.edits:
        return _dedupe_spans(norm.raw_span(s, e) for s, e in spans)
    raw = norm.raw  # the same text: offsets carry over
    return tuple(
        Span(start=s, end=e if e > s else s, text=raw[s:e]) for s, e in spans
    )


def _dedupe_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    seen: set[tuple[int, int]] = set()
    out: list[Span] = []
    for s in spans:
        if (s.start, s.end) not in seen:
            seen.add((s.start, s.end))
            out.append(s)
    return tuple(out)


def resolve(
    norm: NormalizedText,
    sentences: tuple[Sentence, ...],
    mentions: tuple[Mention, ...],
    gazetteer: Gazetteer,
    lexicons: Lexicons,
    published: dt.date | None = None,
) -> tuple[tuple[Actor, ...], tuple[ResolvedMention, ...], frozenset[str]]:
    """
    Group *mentions* into actors.

    Returns:
        The actors, the resolved mentions, and the ids of states named
        only as places ("arrived from Helsinki"): these are not actors of
        the article unless a fact refers to them.
    """
    return _Resolver(norm, sentences, gazetteer, lexicons, published).run(
        mentions
    )
