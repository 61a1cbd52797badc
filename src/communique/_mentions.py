# SPDX-License-Identifier: MIT
"""
Stage 3: normalized text + gazetteer -> actor mentions.

A :class:`Recognizer` compiles the gazetteer and the actor lexicons once;
calling it runs a handful of compiled passes over the whole text:

1. gazetteer names, capitals, seats and demonyms (one named-list pattern);
2. persons introduced by a title ("Foreign Minister Wang Yi"), an
   apposition ("Wang Yi, China's foreign minister,") or a reporting verb
   ("Lavrov said");
3. later mentions of those persons by full name or surname;
4. organizations by shape ("the Ministry of Foreign Affairs") and state
   bodies ("the Ukrainian parliament");
5. unnamed groups that speak or act ("analysts", "a senior U.S. official");
6. pronouns and definite descriptions ("he", "the minister"), left for
   resolution (stage 4) to tie to an actor.
"""

from __future__ import annotations

import bisect

from collections.abc import Iterable
from typing import TypeAlias

import attrs
import regex

from . import _cache
from ._gazetteer import Gazetteer
from ._lexicons import Lexicons
from ._patterns import alternation, trie
from ._types import Mention, NormalizedText, Sentence
from .model import ActorKind, Role


_CUES = "actor_cues"

# a match of a ``regex`` pattern, or of its ASCII form (_mentions_scan)
_Match: TypeAlias = "regex.Match[str]"

_WS = r"(?:[ \t]++|[ \t]*+\n[ \t]*+)"
# A capitalized name token: "Lavrov", "Jong-un", "O'Neill", "McCurry", "W."
_TOKEN = (
    r"(?:\p{Lu}(?=[\p{L}\p{M}'-]*\p{Ll})[\p{L}\p{M}]*+"
    r"(?:'[\p{L}\p{M}]{2,}+)?(?:-\p{L}[\p{L}\p{M}]*+)*+|\p{Lu}\.)"
)
_PARTICLE = (
    r"(?:al|el|bin|ibn|van|von|der|den|de|del|della|da|di|du|dos|das|la|"
    r"le|arap|abu|ben|bint|ter|zu|y|wa|ould|ag|bin)"
)
_NAME = (
    rf"(?:(?:al|el|Al|El)-)?{_TOKEN}"
    rf"(?:{_WS}(?:{_PARTICLE}{_WS})*+(?:(?:al|el|Al|El)-)?{_TOKEN}){{0,3}}"
)

# a run of capitalized tokens: titles and names together
_RUN = (
    rf"(?:(?:al|el|Al|El)-)?{_TOKEN}"
    rf"(?:{_WS}(?:{_PARTICLE}{_WS})*+(?:(?:al|el|Al|El)-)?{_TOKEN}){{0,9}}"
)

_STOP_NAME_TOKENS = frozenset(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April May June July August September October November December Jan
    Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec The A An And But Or If In On
    At For With From To By Of As After Before While When Where Which Who This
    That These Those It Its He She His Her They Their We Our I You Your There
    Here Today Yesterday Tomorrow Mr Mrs Ms Dr Sir Meanwhile However Also
    Earlier Later Last Next Since Under Over Despite During Among Although
    Unlike Asked Speaking According Some Many Most Other Both Each Every All
    No Not Officials Analysts Observers Experts Diplomats Sources Western
    Eastern Northern Southern Jr Sr
    """.split()
)

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

# a short prepositional phrase between a group and its verb:
# "Rebels in eastern Zaire said"
_PP = _cache.pattern(
    r"(?<![ \t\n])[ \t\n]++(?:in|from|at|of|with|for|across|near|inside|"
    r"outside)"
    r"[ \t\n]+"
    r"[^,.;:\"()\n]{1,40}?(?=[ \t\n]+(?:\p{Ll}+ed|said|say|says|told)\b)"
)

_ARTICLE_PREFIX = _cache.pattern(r"^(?:al|el|Al|El|ad|ash|as|at|az)-")

# lower-case nouns that refer back to a named organization
_ORG_NOUNS = (
    "ministry", "agency", "news agency", "bureau", "commission", "council",
    "newspaper", "paper", "daily", "radio", "broadcaster", "alliance", "bloc",
    "organization", "organisation", "committee", "court", "bank", "fund",
    "union", "league", "forum", "group", "company", "firm", "party",
    "militia", "movement",
)

_HONORIFICS = frozenset(
    "Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Sir Dame Lord Lady Madam".split()
)

# group nouns that can stand as a title before a name: "spokesman X"
_TITLE_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson ambassador envoy leader adviser
    advisor aide prosecutor economist analyst official diplomat expert
    observer critic
    """.split()
)

# group nouns that name an institution: an organization, with the country
# of its demonym or possessor ("the Brazilian embassy", "a federal court")
_INSTITUTIONS = frozenset(
    "embassy consulate court office campaign".split()
)
# institutions whose possessor or name modifier is part of the name:
# "the prime minister's office", "the Clinton campaign"
_POSSESSED = frozenset(("office", "campaign"))
_POSSESSOR = _cache.pattern(
    r"(?<![\p{L}.'-])(?!(?:[Tt]he|[Aa]n?)[ \t\n])"
    r"(?:(?:[\p{L}.-]{1,20}[ \t\n]+){0,2}[\p{L}.-]{1,20}'s?"
    r"|(?:\p{Lu}[\p{L}.-]{0,20}[ \t\n]+)?\p{Lu}[\p{L}.-]{0,20})[ \t\n]+$"
)

# "Name, a retired neurosurgeon, ...": the head of a description in
# apposition to a person's name
_APPOSED = _cache.pattern(
    r"(?:a|an|the)[ \t\n]+(?:[\p{Ll}-]{1,20}[ \t\n]+){0,3}?(\p{Ll}{3,20})"
    r"(?=[ \t\n]*,|[ \t\n]+(?:from|of|at|in|with|who|for|and|based)[ \t\n])"
)
# a relative clause after a group: "critics, who"
_WHO = _cache.pattern(r",[ \t\n]++(?:who|which)(?=[ \t\n])")
# a preposition that makes an institution a place
_AT_PLACE = _cache.pattern(
    r"(?<![\p{L}])(?:at|in|outside|inside|near|to|from|into)[ \t\n]+$"
)
# the start of a byline: "By " at the start of a line
_BY_LINE = _cache.pattern(r"(?:^|\n)[ \t]*(?:By|BY|by)[ \t]+$")
# a singular verb after a plural group: not its subject ("rebels has
# killed" in "fighting between troops and rebels has killed")
_SINGULAR_AUX = _cache.pattern(r"(?<![ \t\n])[ \t\n]*+(?:has|is|was)\b")
# the rest of an apposition, to its closing comma
_DESC_CLOSE = _cache.pattern(r"[^,.;:\"()\n]{0,80}+,")
# a lower-case word: the candidate head of a later description
_LOWER_WORD = _cache.pattern(r"(?<![\p{L}\p{N}'-])\p{Ll}{3,20}(?![\p{L}\p{N}-])")
# "the billionaire businessman ": a definite description before its head
_THE_BEFORE = _cache.pattern(
    r"(?<![\p{L}])(?:the|The)[ \t\n]+(?:[\p{Ll}-]{1,20}[ \t\n]+){0,2}$"
)
# heads of a description in apposition that show a person: "Ada Eze, a
# nurse from Lagos,"
_PERSON_HEADS = frozenset(
    """
    professor lecturer teacher student scholar researcher scientist
    economist analyst historian expert specialist engineer architect
    doctor physician surgeon neurosurgeon nurse lawyer attorney judge
    writer author novelist poet journalist reporter columnist editor
    commentator blogger broadcaster photographer filmmaker director
    businessman businesswoman entrepreneur investor banker billionaire
    millionaire executive tycoon magnate founder owner farmer worker
    activist campaigner organizer organiser volunteer candidate politician
    lawmaker legislator senator congressman congresswoman councillor
    councilor mayor governor strategist consultant pollster lobbyist
    adviser advisor aide spokesman spokeswoman spokesperson veteran
    retiree pensioner priest pastor cleric imam rabbi bishop monk nun
    diplomat negotiator mediator officer soldier commander colonel
    general captain pilot driver shopkeeper vendor trader resident
    villager refugee survivor witness victim mother father widow
    """.split()
)
# heads too vague to refer back to one person
_VAGUE_HEADS = frozenset(
    "man woman person people one member resident father mother son "
    "daughter wife husband friend group country city".split()
)

_QUANTIFIERS = frozenset(
    "two three four five six several some many other most few".split()
)

# group nouns that after "the" refer back to actors already named
_REFERRING_GROUPS = frozenset({
    "leaders", "ministers", "sides", "delegation", "delegations",
    "delegates", "negotiators", "government", "administration",
    "leadership", "ministry", "regime", "group", "groups", "members",
    "representatives", "envoys", "mediators", "forces", "troops", "military",
    "reports", "report", "newspaper", "newspapers", "media", "police",
    "authorities", "staff", "employees", "spokesman", "spokeswoman",
    "spokesperson", "ambassador", "envoy", "aide", "adviser", "advisor",
    "official", "diplomat", "source", "expert", "analyst", "observer",
    "critic", "witness", "lawmaker", "legislator", "negotiator",
    "commentator", "economist", "insider", "prosecutor",
})

_THE_NUMERAL = _cache.pattern(
    r"(?<![\p{L}])(?:the|The|both|Both)[ \t\n]+(?:(?:two|three|four|five)"
    r"[ \t\n]+)?(?:[\p{L}-]+[ \t\n]+)?$"
)

# "the two", "both": a count of actors already named
_COUNTED = _cache.pattern(
    r"(?<![\p{L}])(?:both|Both|two|three|four|five)(?![\p{L}])"
)

# where a capital starts a word: the only starts of upper-case names
_CAPITAL_START = _cache.pattern(r"(?<![\p{L}\p{N}])\p{Lu}")
_WORD = _cache.pattern(r"[^\s,;:()\"]+")
# the last such word before a position (a reverse search)
_WORD_BACK = _cache.pattern(r"(?r)[^\s,;:()\"]+")
# the description after "Name, ": up to the next comma or full stop
_DESC = _cache.pattern(
    r"(?=\S)(?:(?:a|an|the)[ \t\n]+)?((?:[^,.;:\"()\n]|(?<=\b\p{Lu})\.){2,70}?)"
    r"(?=[ \t]{0,3}(?:[,;]|(?<!\b\p{Lu})\.))"
)

_FORMER = _cache.pattern(
    r"(?:\b(?:former|Former|ex-|then-|late|retired)[ \t\n]*+)$"
)
_OF_STATE = _cache.pattern(rf"(?<![ \t\n]){_WS}of{_WS}(?:the{_WS})?")
_AND_NAME = _cache.pattern(rf"(?<![ \t\n]),?{_WS}and{_WS}(?P<name>{_NAME})")
_POSSESSIVE = _cache.pattern(r"'s?[ \t\n]+$")
_MET_BEFORE = _cache.pattern(
    r"(?:met|meet|meeting|talks|visit|by|statement|visited|work|works|"
    r"worked|working|cooperate|cooperates|cooperated|cooperation)[ \t\n]+"
    r"(?:with[ \t\n]+|to[ \t\n]+)?(?:the[ \t\n]+)?$"
)
_OBJECT_BEFORE = _cache.pattern(r"(?:with|by|to|of)[ \t\n]+(?:the[ \t\n]+)?$")
_DETERMINER = _cache.pattern(
    r"(?<![\p{L}])(?:a|an|the|one|some|two|three|four|several|many|"
    r"other|most|A|An|The|One|Some|Two|Three|Several|Many|Other|Most)"
    r"[ \t\n]+$"
)
_DIGIT_AFTER = _cache.pattern(r"[ \t]?\d")
_POSSESSIVE_GAP = _cache.pattern(r"(?:'s?)?[ \t\n]*")
_NONSPACE = _cache.pattern(r"\S+")
# spaces to str.split() and str.strip(), but not to regex's \s
_INFO_SEPARATORS = "\x1c\x1d\x1e\x1f"
_NAME_PART = _cache.pattern(r"[\p{L}\p{M}'.]+")
_WORD_END = _cache.pattern(r"(?r)[\p{L}.'-]+")  # matched backwards from its end
_THE_BACK = _cache.pattern(r"(?:the|The)[ \t\n]+[^.;:,]{0,40}$")


# small words that cannot end a name once the words after them are gone
_TRAILING_LINKS = frozenset(["on", "of", "for", "and", "the", "in", "at"])


def _last_word(text: str, lo: int, hi: int) -> tuple[str, int] | None:
    """The word (letters, dots, apostrophes, hyphens) that ``text[lo:hi]``
    ends with, before spaces, and its start; None unless *hi* follows
    spaces after such a word."""
    if text[hi - 1 : hi] not in (" ", "\t", "\n"):
        return None  # at least one space
    end = lo + len(text[lo:hi].rstrip(" \t\n"))
    m = _WORD_END.match(text, lo, end)
    return None if m is None else (m.group(), m.start())


def _folded(words: Iterable[str]) -> str:
    """Case-insensitive alternation of *words*, like ``alternation(words,
    fold=True)``. When every word starts with an ASCII letter, the
    letter lookahead is left out: the characters that match such a letter
    case-insensitively ("K", "ſ", "İ") are all letters, and the scan runs
    up to twice as fast without it."""
    items = sorted(set(words))
    if all(w[:1].isascii() and w[:1].isalpha() for w in items):
        return "(?i:" + trie(items, fold=True) + ")"
    return alternation(items, fold=True)


def _whole_words(
    words: Iterable[str], punct: str, *, fold: bool = True
) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """
    *words* (case-insensitive if *fold*) as whole words: no letter, digit
    or character of *punct* on either side.

    Returns the pattern and a faster one that gives the same matches on
    plain texts (:func:`_plain`), where ``\\b`` tells letters and digits
    from other characters. The faster one needs words that start and end
    with an ASCII letter (whatever matches such a letter is a word
    character); for other words it is the pattern itself.
    """
    items = sorted(set(words))
    body = _folded(items) if fold else alternation(items)
    cls = regex.escape(punct)
    exact = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}{cls}])" + body + rf"(?![\p{{L}}\p{{N}}{cls}])"
    )
    if not all(
        w[:1].isascii() and w[:1].isalpha() and w[-1:].isascii() and w[-1:].isalpha()
        for w in items
    ):
        return exact, exact
    return exact, regex.compile(rf"\b(?<![{cls}])" + body + rf"\b(?![{cls}])")


# a word character (``\w``) that is not a letter or digit ("_", a
# combining mark), or a letter or digit that is not one ("²")
_ODD_WORD_CHAR = _cache.pattern(r"[^\W\p{L}\p{N}]|(?!\w)[\p{L}\p{N}]")


def _plain(text: str) -> bool:
    """Whether the word characters of *text* are just its letters and
    digits, so that ``\\b`` marks where a run of letters and digits
    starts or ends."""
    if text.isascii():
        return "_" not in text
    return _ODD_WORD_CHAR.search(text) is None


@attrs.frozen(kw_only=True)
class _Gaz:
    """A gazetteer hit before filtering."""

    start: int
    end: int
    key: str
    form: str
    kind: ActorKind
    country: str | None
    ambiguous: bool


def _title_variants(titles: Iterable[str]) -> list[str]:
    out: set[str] = set()
    for t in titles:
        for v in (t, t[:1].upper() + t[1:]):
            out.add(v)
            head, _, last = v.rpartition(" ")
            if last and not last.endswith("s") and last[-1:].isalpha():
                plural = f"{last}es" if last.endswith(("ch", "sh")) else f"{last}s"
                out.add(f"{head} {plural}".strip())
    return sorted(out, key=len, reverse=True)


def _reporting_forms(lexicons: Lexicons) -> list[str]:
    """Past and present forms of the reporting verbs (the claims lexicon),
    plus the actions that only persons take ("met", "visited")."""
    groups = lexicons["reporting_verbs"].get("groups", [])
    forms = {
        f
        for g in groups
        if not g.get("noun") and not g.get("adjective")
        for f in g.get("forms", [])
        if " " not in f and (f.endswith(("ed", "s")) or f in _IRREGULAR)
    }
    return sorted(forms | {"met", "visited", "spoke", "signed", "agreed"})


_IRREGULAR = frozenset("said told wrote thinks believes".split())


def _full_names(lexicons: Lexicons) -> set[str]:
    """Every name of two words or more in the ``persons`` lexicon."""
    persons = lexicons["persons"].get("persons", [])
    return {
        name
        for p in persons
        if isinstance(p, dict)
        for name in (p.get("name"), *p.get("names", ()))
        if isinstance(name, str) and " " in name.strip()
    }


def _default_titles(
    lexicons: Lexicons,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (
        lexicons.strings("titles", "titles"),
        lexicons.strings("titles", "honorifics"),
    )


# Words that may follow "Minister of/for", "Secretary of the ...".
_TITLE_COMPLEMENT = """
Security Council Foreign Affairs Defence Defense State Europe Interior Finance
Trade Industry National Economy Economic Justice Health Energy Agriculture
Education Commerce Treasury Homeland Information Culture Transport Labour
Labor Environment Planning Development Home Commonwealth External Relations
Cooperation Staff Joint Chiefs Army Navy Air Force United Nations General
Assembly Public Communications Overseas International Federal Internal Legal
Social Welfare Tourism Science Technology Water Resources Oil Petroleum Mines
Mining Fisheries Youth Sports Women Family Immigration Intelligence Unification
Asia Africa Pacific Americas Middle East European Union Affairs Policy Budget
Central Committee Party People's Republic Commission Bank Reserve the and
""".split()


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
        self.gazetteer = gazetteer
        forms: dict[str, list[tuple[str, str]]] = {}
        ambiguous: set[tuple[str, str]] = set()
        for e in gazetteer.entries:
            for surface, form in e.forms():
                forms.setdefault(surface, []).append((e.id, form))
            ambiguous.update((e.id, s) for s in e.ambiguous)
        self._forms = forms
        self._ambiguous = ambiguous
        regions = lexicons.strings(_CUES, "regions")
        # an entry's own name wins over the shipped lists of non-actors
        # (a user's "Somaliland"); its capital does not ("Mexico City")
        blockers = [
            b
            for b in (*lexicons.strings(_CUES, "non_actor_places"), *regions)
            if all(form != "name" for _, form in forms.get(b, ()))
        ]
        self._blockers = frozenset(blockers)
        names = sorted({*forms, *blockers}, key=len, reverse=True)
        self._gaz_re = regex.compile(
            r"(?<![\p{L}\p{N}])" + alternation(names)
            + r"(?![\p{L}\p{N}]|-[\p{Ll}])"
        )
        # The same pass without the few lower-case names ("al-Qaeda",
        # "dpa"): several times faster, and the same wherever none of
        # those names occurs in the text.
        self._gaz_lower = tuple(n for n in names if not n[:1].isupper())
        upper = alternation(n for n in names if n[:1].isupper())
        self._gaz_upper_re = regex.compile(
            r"(?<![\p{L}\p{N}])" + upper + r"(?![\p{L}\p{N}]|-[\p{Ll}])"
        )
        # on plain texts (see _plain), where the match starts with a letter
        self._gaz_upper_plain = regex.compile(
            r"\b" + upper + r"(?![\p{L}\p{N}]|-[\p{Ll}])"
        )
        # a match of an upper-case name and the two characters after it
        self._gaz_upper_reach = 2 + max(
            (len(n) for n in names if n[:1].isupper()), default=0
        )
        titles, honorifics = _default_titles(lexicons)
        title_alt_plain = alternation(_title_variants(titles))
        self._pseudo_titles = frozenset(lexicons.strings(_CUES, "pseudo_titles"))
        variants = _title_variants(
            [*titles, *honorifics, *self._pseudo_titles]
        )
        self._titles = frozenset(v.casefold() for v in variants)
        self._complement = frozenset(_TITLE_COMPLEMENT)
        # words a title can start with, for a quick first check
        self._title_firsts = frozenset(t.split(" ")[0] for t in self._titles)
        # words a title can end with, for a quick first check
        self._title_ends = frozenset(
            v.split()[-1] for v in self._titles
        ) | frozenset(w.casefold() for w in _TITLE_COMPLEMENT) | frozenset(
            f.split()[-1].casefold() for f in forms
        )
        self._title_words = frozenset(
            w for t in titles for w in t.split()
        ) | frozenset(_TITLE_COMPLEMENT)
        self._chain = regex.compile(
            r"(?P<former>(?<![\p{L}])(?:former|Former)[ \t\n]+)?"
            rf"(?<![\p{{L}}])(?P<t>{title_alt_plain})[ \t\n]+and[ \t\n]+(?:current|now)"
            r"[ \t\n]+$"
        )
        verbs = lexicons.strings(_CUES, "person_verbs")
        verb_after = (
            r"(?:,[ \t\n]+(?:said|told|added|says)\b)|"
            # an apposition: "Hiroshi Tanaka, 61, a professor of law at
            # Keio University, told"
            r"(?:,[ \t\n]+(?:\d{1,3},[ \t\n]+)?"
            r"(?=[a-z]|\p{Lu}[\p{L}-]*+'s?[ \t\n]"
            r"|(?:[^,.;:\"()\n]|\n(?![ \t\n])){0,40}?"
            r"(?<![\p{L}])(?i:minister|president"
            r"|secretary|chairman|chairwoman|director|spokesman|spokeswoman"
            r"|spokesperson|ambassador|governor|envoy|chief|head|leader"
            r"|commander|adviser|advisor|professor)(?![\p{L}]))"
            # (a wrapped line goes on; an indented one is a paragraph)
            r"(?:[^,.;:\"()\n]|\n(?![ \t\n])){2,80}"
            r",[ \t\n]+(?:(?:also|later|earlier|then)[ \t\n]+)?"
            r"(?:said|says|told|tells|added|adds|warned|warns|suggested"
            r"|argued|wrote|writes|noted|explained|insisted|urged|announced"
            r"|acknowledged|claimed|stressed|replied|countered|asked"
            r"|predicted|recalled|tweeted)\b)|"
            rf"[ \t\n]+{alternation(verbs)}\b"
        )
        self._name_verb = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}.'-])(?=\p{{Lu}}|al-|el-)(?P<name>{_NAME})"
            rf"(?={verb_after})"
        )
        # (after a run's last word, never a space)
        self._verb_after = regex.compile(rf"(?<![ \t\n])(?:{verb_after})")
        # lower-case verbs that are no name particles never continue a
        # capitalized run, so a name before a verb ends where a run ends
        particles = set(_PARTICLE.strip("(?:)").split("|")) | {"al", "el"}
        self._verbs_end_runs = all(
            v.isalpha() and v.islower() and v not in particles for v in verbs
        )
        self._reporting_after = regex.compile(
            r"(?<![ \t\n])(?:,)?[ \t\n]++(?:also[ \t\n]+|then[ \t\n]+|later[ \t\n]+)?"
            + alternation(_reporting_forms(lexicons))
            + r"\b"
        )
        self._said_name = regex.compile(
            rf"\b(?:said|says|told|added)[ \t\n]+(?P<name>{_NAME})\b"
            r"(?=[ \t\n]*[,.;])"
        )
        self._cap_seq = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?=\p{{Lu}}|al-|el-)(?:{_RUN})"
        )
        self._cap_seq_plain = regex.compile(rf"\b(?=\p{{Lu}}|al-|el-)(?:{_RUN})")
        # groups
        gnouns = lexicons.mapping(_CUES, "group_nouns")
        self._group_canon = {k.casefold(): v for k, v in gnouns.items()}
        self._group_speaking_only = frozenset(
            lexicons.strings(_CUES, "speaking_groups_only")
        )
        self._state_collective = frozenset(
            lexicons.strings(_CUES, "state_collective_nouns")
        )
        self._group_mods = frozenset(
            w.casefold()
            for m in lexicons.strings(_CUES, "group_modifiers")
            for w in m.split()
        )
        self._group_re, self._group_re_plain = _whole_words(gnouns, "-")
        self._group_qual = regex.compile(
            rf"(?<![ \t\n]){_WS}(?:(?:familiar{_WS}with|close{_WS}to|with{_WS}knowledge"
            rf"{_WS}of|briefed{_WS}on|involved{_WS}in)"
            r"[ \t\n]+[^,.;:\"()\n]{1,60}?(?=[,.;:\"()]|[ \t\n]+(?:said|say|"
            r"says|told|as|who|have|had|were|are)\b)"
            rf"|for{_WS}(?:(?:the|{_TOKEN}'s?){_WS})?(?:{_TOKEN}{_WS}){{0,4}}"
            rf"{_TOKEN}"
            rf"|in{_WS}{_TOKEN}(?:{_WS}{_TOKEN})?"
            # "an official of the Law Debenture Trust"
            rf"|of{_WS}(?:the{_WS})?{_TOKEN}(?:{_WS}{_TOKEN}){{0,4}})"
        )
        self._group_act = regex.compile(
            r"(?<![ \t\n])(?:,[^,.;\"]{0,80},)?[ \t\n]++"
            # an adverbial between the noun and its verb: "diplomats here
            # said", "officials on Tuesday said"
            r"(?:(?:here|there|yesterday|today|privately|publicly|"
            r"(?:on[ \t\n]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
            r"Saturday|Sunday)"
            # a manner adverb: "economists generally believe"
            r"|\p{Ll}{2,20}ly|later|earlier|again|then)[ \t\n]+)?"
            r"(?:also[ \t\n]+|have[ \t\n]+"
            r"|had[ \t\n]+|were[ \t\n]+|are[ \t\n]+|have[ \t\n]+been[ \t\n]+"
            r"|had[ \t\n]+been[ \t\n]+)?(?:said|say|says|saying|told|tell|"
            r"tells|believe|believed|believes|suggest|suggested|suggests|"
            r"interpret|interpreted|interprets|expect|expected|expects|warn|"
            r"warned|warns|note|noted|notes|added|add|report|reported|reports|"
            r"deny|denied|denies|hope|hoped|hopes|fear|feared|fears|think|"
            r"thought|thinks|argue|argued|argues|estimate|estimated|predict|"
            r"predicted|predicts|cited|quoted|described|describe|optimistic|"
            r"pessimistic|concerned|worried|confirmed|confirm|insisted|insist|"
            r"announced|claimed|claim|see|saw|sees|view|viewed|views|charge|"
            r"charged|charges|accuse|accused|accuses|criticized|criticised|"
            r"praised|welcomed|urged|called|condemned|doubt|doubted|agree|"
            r"agreed|disagree|questioned|counting|hoping|expecting|"
            r"speculated|speculate|assess|assessed|consider|considered|"
            r"describing|calling|warning|accusing|claiming|arguing|"
            r"insisting|urging|noting|telling|predicting|"
            # polls and surveys: "a new poll found", "the survey shows"
            r"found|finds|showed|shows|indicated|indicates|revealed|"
            r"reveals)\b"
        )
        self._group_left = regex.compile(
            r"(?:[Aa]ccording[ \t\n]+to|cited|quoted|citing|quoting|said|says|"
            r"added|warned|noted|"
            r"(?:remarks|comments|statements?|claims?|warnings?|criticism|"
            r"accusations?|assessment|reports?|letter|article|speech|calls?|"
            r"demands?|appeals?|proposals?|requests?|offers?|pressure)"
            r"[ \t\n]+(?:by|from))"
            r"[ \t\n]+(?:the[ \t\n]+)?$"
        )
        self._group_name_follows = regex.compile(rf"(?<![ \t\n]){_WS}{_TOKEN}")
        self._acts = regex.compile(
            r"(?<![ \t\n])(?:,[^,.;\"]{0,80},)?[ \t\n]++(?:(?:has|have|had|is|was|were|are|"
            r"will|would|also|already|been|reportedly|then|later|had|not|"
            r"never|still)[ \t\n]+){0,3}(?:"
            + alternation(
                v for v in verbs
                if v not in {"has", "had", "was", "is", "will", "would",
                             "also", "then", "later", "earlier", "however"}
            )
            + r"|\p{Ll}{3,}ed|"
            r"(?<=(?:is|was|were|are|been)[ \t\n]+)\p{Ll}{3,}ing)\b"
        )
        self._remarks_after = regex.compile(
            r"'s?[ \t\n]+(?:remarks|comments|statements?|claims?|warnings?|"
            r"criticism|accusations?|position|view|views|assessment)\b"
        )
        # organizations by shape and state bodies
        heads = lexicons.strings(_CUES, "org_heads")
        self._org_heads = frozenset(h for h in heads if h[:1].isupper())
        self._org_head_re = regex.compile(
            r"(?<![\p{L}\p{N}-])"
            + alternation(h for h in heads if h[:1].isupper())
            + r"(?![\p{L}\p{N}])"
        )
        self._org_left_token = regex.compile(
            rf"(?:{_TOKEN}|\p{{Lu}}{{2,}}|[\p{{Lu}}][\p{{L}}]*-|&|and|of|for|"
            r"on)[ \t]*\n?[ \t]*$"
        )
        self._org_right = regex.compile(
            rf"(?<![ \t\n]){_WS}(?:of|for|on){_WS}(?:the{_WS})?{_TOKEN}"
            rf"(?:{_WS}(?:{_TOKEN}|and|of)){{0,4}}"
        )
        generic_heads = lexicons.strings(_CUES, "org_generic_heads")
        self._generic_body, self._generic_body_plain = _whole_words(
            generic_heads, "-", fold=False
        )
        # pronouns and definite descriptions
        pron = lexicons.mapping(_CUES, "pronouns")
        self._pronoun_gender = pron
        self._pronoun_re, self._pronoun_re_plain = _whole_words(pron, "'-")
        heads_t = lexicons.strings(_CUES, "title_heads")
        self._title_head_re, self._title_head_re_plain = _whole_words(
            heads_t, "-"
        )
        self._the_before = regex.compile(
            r"(?:(?<![\p{L}])(?:the|The)|'s)"
            r"(?:[ \t\n]+(?!(?:and|or|of|to|in|with|by|for|that|who|the|The|"
            r"a|an|said|says|told|say)\b)"
            r"[\p{L}'-]+(?:\.(?=\p{L}))?){0,3}?[ \t\n]+$"
        )
        self._org_short_re = regex.compile(
            r"(?<![\p{L}])(?:the|The)[ \t\n]+(?P<head>"
            + alternation(
                [*(h for h in heads if h[:1].isupper()), *_ORG_NOUNS]
            )
            + r")(?![\p{L}\p{N}-])(?![ \t\n]+(?:of|for|on|\p{Lu}))"
        )
        self._korea_re = regex.compile(
            r"(?<![\p{L}])(?:the|The)[ \t]+(?P<side>South|North)(?![\p{L}-])"
            r"(?![ \t]+\p{Lu})"
        )
        self._female = frozenset(lexicons.strings(_CUES, "female_names"))
        self._given = frozenset(lexicons.strings(_CUES, "given_names"))
        # full names of well-known persons ("Jacinda Ardern"), whatever
        # their given name
        self._full_names = frozenset(_full_names(lexicons))
        self._known_persons = lexicons.strings(_CUES, "known_persons")
        self._family_first = frozenset(lexicons.strings(_CUES, "family_name_first"))

    # -- helpers ---------------------------------------------------------

    def _entry_country(self, key: str) -> str | None:
        e = self.gazetteer.get(key)
        return e.country if e is not None else None

    def _upper_names(
        self, pattern: regex.Pattern[str], flat: str
    ) -> list[_Match]:
        """
        What ``pattern.finditer(flat)`` gives for an upper-case gazetteer
        pattern, tried only where a capital starts a word (the one place
        such a name can start), each time no further than a name reaches.
        """
        match = pattern.match
        reach = self._gaz_upper_reach
        n = len(flat)
        last = 0
        out = []
        for c in _CAPITAL_START.finditer(flat):
            pos = c.start()
            if pos < last:
                continue  # inside the last name, which finditer skips
            m = match(flat, pos, min(n, pos + reach))
            if m is not None:
                out.append(m)
                last = m.end()
        return out

    def _gazetteer_hits(self, text: str, plain: bool) -> list[_Gaz]:
        out: list[_Gaz] = []
        # same length, so offsets hold: names may wrap across lines
        flat = text.translate(_FLATTEN)
        matches: Iterable[_Match]
        if any(n in flat for n in self._gaz_lower):
            matches = self._gaz_re.finditer(flat)
        else:
            upper = self._gaz_upper_plain if plain else self._gaz_upper_re
            matches = self._upper_names(upper, flat)
        for m in matches:
            surface = m.group()
            if surface in self._blockers:
                continue
            cands = self._forms.get(surface)
            if not cands:
                continue
            key, form = cands[0]
            entry = self.gazetteer.get(key)
            assert entry is not None
            amb = len(cands) > 1
            if (key, surface) in self._ambiguous:
                if _capitalized_neighbour(text, m.start(), m.end()):
                    continue  # part of another name: "Atlanta, Georgia"
                amb = amb or entry.kind is ActorKind.ORGANIZATION
            start = m.start()
            if form == "seat" and text[max(0, start - 4) : start] in ("the ", "The "):
                start -= 4
            out.append(
                _Gaz(
                    start=start,
                    end=m.end(),
                    key=key,
                    form=form,
                    kind=entry.kind,
                    country=entry.country,
                    ambiguous=amb,
                )
            )
        return out

    def _org_acts(self, text: str, end: int, start: int | None = None) -> bool:
        """Whether an organization at ``text[start:end]`` speaks or acts."""
        if self._acts.match(text, end, end + 500) or self._group_act.match(text, end, end + 500):
            return True
        if self._remarks_after.match(text, end, end + 500):
            return True
        if start is not None:
            left = text[max(0, start - 40) : start]
            if self._group_left.search(left) or (
                _OBJECT_BEFORE.search(left) and _MET_BEFORE.search(left)
            ):
                return True
        return False

    def _without_states(self, name: str) -> str:
        """*name* without the state names in it: "Foreign Ministry"."""
        words = name.split()
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                if " ".join(words[i : i + n]) in self._forms:
                    words[i : i + n] = [""] * n
        return " ".join(w for w in words if w) or name

    def _is_byline(self, text: str, g: _Gaz) -> bool:
        """A news agency in a byline or dateline: "(AP)", "Reuter"."""
        if g.kind is not ActorKind.ORGANIZATION:
            return False
        after = text[g.end : g.end + 3]
        if _DIGIT_AFTER.match(after):
            return True  # "Boeing 747": a product
        entry = self.gazetteer.get(g.key)
        if entry is None or entry.category != "news":
            return False
        before = text[max(0, g.start - 80) : g.start]
        if before.endswith("(") or after.startswith(")"):
            return True
        line_end = text.find("\n", g.end)
        rest = text[g.end : len(text) if line_end < 0 else line_end]
        return bool(_BYLINE.search(before)) and not rest.strip(" \t.")

    def _country_before(
        self, text: str, pos: int, gaz: list[_Gaz], gaz_ends: list[int]
    ) -> tuple[str | None, int]:
        """State (or body) named right before *pos*: "Russian ", "Japan's "."""
        i = bisect.bisect_right(gaz_ends, pos) - 1
        while i >= 0:
            g = gaz[i]
            gap = text[g.end : pos]
            if len(gap) > 4:
                return None, pos
            if _POSSESSIVE_GAP.fullmatch(gap):
                return g.country, g.start
            i -= 1
        return None, pos

    def _trim_name(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Drop stop tokens (months, weekdays, openers) at either end."""
        seg = text[start:end]
        words = seg.split()
        if (
            words
            and words[0] not in _STOP_NAME_TOKENS
            and words[-1] not in _STOP_NAME_TOKENS
            and not any(c in seg for c in _INFO_SEPARATORS)
        ):
            # nothing to drop: from the first to the last non-space
            return start + len(seg) - len(seg.lstrip()), start + len(seg.rstrip())
        tokens = [
            (t.start() + start, t.end() + start)
            for t in _NONSPACE.finditer(text[start:end])
        ]
        while tokens and (
            text[tokens[-1][0] : tokens[-1][1]] in _STOP_NAME_TOKENS
            # a connector left before a dropped weekday: "Ministry on"
            or (
                len(tokens) < len(words)
                and text[tokens[-1][0] : tokens[-1][1]] in _TRAILING_LINKS
            )
        ):
            tokens.pop()
        while tokens and text[tokens[0][0] : tokens[0][1]] in _STOP_NAME_TOKENS:
            tokens.pop(0)
        if not tokens:
            return start, start
        return tokens[0][0], tokens[-1][1]

    def _gender(self, name: str, titles: Iterable[str]) -> str:
        first = name.split(maxsplit=1)[0] if name else ""
        if first in self._female or name in self._female:
            return "f"
        low = {t.casefold() for t in titles}
        female_titles = {"queen", "princess", "spokeswoman", "chairwoman",
                         "mrs.", "ms.", "mrs", "ms", "madam", "lady", "dame"}
        if low & female_titles:
            return "f"
        return "u"

    # -- passes ----------------------------------------------------------

    def __call__(
        self, norm: NormalizedText, sentences: tuple[Sentence, ...]
    ) -> tuple[Mention, ...]:
        """Every mention in *norm*, sorted by start (longest first)."""
        text = norm.text
        plain = _plain(text)
        sents = [s.start for s in sentences]

        gaz = self._gazetteer_hits(text, plain)
        gaz_ends = [g.end for g in gaz]
        # capitalized runs, shared by the person passes
        cap_seq = self._cap_seq_plain if plain else self._cap_seq
        runs: list[_Match] = list(cap_seq.finditer(text))
        gaz_spans = _Taken()
        for g in gaz:
            gaz_spans.add(g.start, g.end)
        persons = self._persons(text, gaz, gaz_ends, runs, gaz_spans, sents)
        taken = _Taken()
        out: list[Mention] = []
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
        out.extend(accepted)
        # later mentions of known persons by name or surname
        out.extend(self._known_names(text, out, taken, runs, gaz_spans, sents))
        # organizations by shape, state bodies
        out.extend(
            m
            for m in self._organizations(text, gaz, gaz_ends, sents, plain)
            if taken.add(m.start, m.end)
        )
        # gazetteer hits: nested in person titles is fine, not in names
        name_spans = _Taken()
        for m in out:
            if m.kind is ActorKind.PERSON and m.head is not None:
                name_spans.add(*m.head)
            elif m.kind is ActorKind.ORGANIZATION and m.form == "name":
                name_spans.add(m.start, m.end)
        gaz_taken = _Taken()
        for g in gaz:
            if name_spans.overlaps(g.start, g.end) or self._is_byline(text, g):
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
                    sentence=_sentence_at(sents, g.start),
                    name=_gaz_flags(g, text),
                )
            )
            gaz_taken.add(g.start, g.end)
        hits = self._word_hits(text, plain)
        out.extend(self._described(text, accepted, taken, sents))
        out.extend(self._groups(text, gaz, gaz_ends, taken, hits["group"], sents))
        out.extend(
            self._anaphors(
                text, gaz, gaz_ends, taken, gaz_taken, hits, sents
            )
        )
        out.sort(key=lambda m: (m.start, -m.end))
        return tuple(out)

    def _persons(
        self,
        text: str,
        gaz: list[_Gaz],
        gaz_ends: list[int],
        runs: list[_Match],
        gaz_spans: _Taken,
        sents: list[int],
    ) -> list[Mention]:
        cands: list[Mention] = []
        gaz_starts = [g.start for g in gaz]

        def person(
            start: int,
            n_start: int,
            n_end: int,
            roles: tuple[Role, ...],
            country: str | None,
            form: str,
        ) -> None:
            orig = n_start
            n_start, n_end = self._trim_name(text, n_start, n_end)
            if n_end <= n_start:
                return
            if start == orig:
                start = n_start
            name = " ".join(text[n_start:n_end].split())
            if name in self._forms or name in self._blockers:
                return
            if gaz_spans.overlaps(n_start, n_end):
                return  # "leaders of China and the United States"
            if name not in self._known_persons and any(
                tok in self._title_words for tok in name.split()[:1]
            ):
                return
            if any(tok in self._org_heads for tok in name.split()):
                return  # "the Transitional Military Council"
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
            cands.append(
                Mention(
                    start=min(start, n_start),
                    sentence=_sentence_at(sents, min(start, n_start)),
                    end=max(end, n_end),
                    text=text[min(start, n_start) : max(end, n_end)],
                    kind=ActorKind.PERSON,
                    name=name,
                    head=(n_start, n_end),
                    country=country,
                    roles=roles,
                    form=form,
                )
            )

        for t_start, t_end, n_start, n_end, stacked in self._titled_names(
            text, runs
        ):
            title = stacked[-1]
            country, start = self._country_before(text, t_start, gaz, gaz_ends)
            if country is None:
                # a state or seat inside the title: "Kremlin spokesman"
                k = bisect.bisect_left(gaz_starts, t_start)
                if k < len(gaz) and gaz[k].end <= t_end:
                    country = gaz[k].country
            former = _FORMER.search(text[max(0, start - 12) : start])
            roles = [
                Role(
                    title=_singular_title(t),
                    country=country,
                    current=former is None,
                )
                for t in stacked
                if t not in _HONORIFICS
                and t.casefold() not in self._pseudo_titles
            ]
            if former is not None:
                start -= len(former.group())
            # "former X Minister and current Secretary ... Name"
            before = text[max(0, start - 90) : start]
            chain = (
                self._chain.search(before)
                if "current" in before or "now" in before
                else None
            )
            if chain is not None:
                c_start = max(0, start - 90) + chain.start()
                c2, c2_start = self._country_before(
                    text, c_start, gaz, gaz_ends
                )
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
            person(start, n_start, n_end, tuple(roles), country, "name")
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
                        attrs.evolve(r, title=_singular_title(r.title), country=None)
                        for r in roles
                    )
                    person(
                        nxt.start("name"),
                        nxt.start("name"),
                        nxt.end("name"),
                        s_roles,
                        None,
                        "name",
                    )
        for n_start, n_end, desc_start, desc_end, title in self._appositions(
            text, runs
        ):
            country = None
            # a state or body named in the description
            i = bisect.bisect_left(gaz_starts, desc_start)
            while i < len(gaz) and gaz[i].end <= desc_end:
                country = gaz[i].country
                break
            person(
                n_start,
                n_start,
                n_end,
                (Role(title=_singular_title(title), country=country),),
                country,
                "name",
            )
        for n_start, n_end in self._given_names(text, runs):
            if not gaz_spans.overlaps(n_start, n_end):
                person(n_start, n_start, n_end, (), None, "name")
        for n_start, n_end in self._apposed_names(text, runs):
            if not gaz_spans.overlaps(n_start, n_end):
                person(n_start, n_start, n_end, (), None, "name")
        for m in self._names_before_verbs(text, runs):
            n_start, n_end = m.span("name")
            if gaz_spans.overlaps(n_start, n_end):
                continue
            name = text[n_start:n_end]
            if name.casefold() in _COMMON_CAPITALIZED:
                continue
            if " " not in name.strip() and not self._reporting_after.match(
                text, n_end
            ):
                continue  # one word + "will": too weak for a person
            if name.endswith(("ism", "ist", "ists")):
                continue
            if self._group_canon.get(name.casefold()):
                continue
            person(n_start, n_start, n_end, (), None, "name")
        for m in self._said_name.finditer(text):
            n_start, n_end = m.span("name")
            if gaz_spans.overlaps(n_start, n_end):
                continue
            if text[n_start:n_end].casefold() in _COMMON_CAPITALIZED:
                continue
            person(n_start, n_start, n_end, (), None, "name")
        # longest first, so title+name beats name+verb
        cands.sort(key=lambda c: (-(c.end - c.start), c.start))
        return cands

    def _names_before_verbs(
        self, text: str, runs: list[_Match]
    ) -> list[_Match]:
        """
        The matches of ``self._name_verb`` in *text* ("Lavrov said"),
        found from the capitalized *runs*.

        Such a name starts inside a run (wherever it starts, a run could)
        and ends where that run ends, since the verb cannot continue the
        run; so the pattern is tried only from runs followed by a verb,
        and no further than that verb. A run cut at its tenth token could
        end inside a name: then, or if some verb could continue a run,
        the whole text is searched.
        """
        if not self._verbs_end_runs or any(
            len(r.group().split()) >= 10 for r in runs
        ):
            return list(self._name_verb.finditer(text))
        name_verb = self._name_verb
        verb_after = self._verb_after
        out: list[_Match] = []
        for r in runs:
            verb = verb_after.match(text, r.end(), len(text))
            if verb is None:
                continue
            m = name_verb.search(text, r.start(), verb.end())
            if m is not None and m.start() < r.end():
                out.append(m)
        return out

    def _is_title(self, words: list[str]) -> bool:
        """Whether *words* form a title: "Foreign Minister", "Secretary of
        the Security Council", "national security advisor"."""
        if not words or words[0].casefold() not in self._title_firsts:
            return False
        if " ".join(words).casefold() in self._titles:
            return True
        for p, w in enumerate(words):
            if w in ("of", "for") and 0 < p < len(words) - 1:
                rest = words[p + 1 :]
                if rest[0] == "the":
                    rest = rest[1:]
                return (
                    bool(rest)
                    and " ".join(words[:p]).casefold() in self._titles
                    and all(r in self._complement or r in self._forms for r in rest)
                )
        return False

    def _may_follow_title(self, text: str, m: _Match) -> bool:
        """Whether a word that can end a title stands in run *m* (but
        last) or right before it: a quick necessary condition for
        :meth:`_titled_names`."""
        ends = self._title_ends
        words = m.group().split()  # the run has no other separators
        if any(w.casefold() in ends for w in words[:-1]):
            return True
        lo = m.start()
        start = max(0, lo - 60)
        cut = text.rfind("\n\n", start, lo)
        if cut >= 0:
            start = cut + 2
        last = _WORD_BACK.search(text, start, lo)
        return last is not None and last.group().casefold() in ends

    def _titled_names(
        self, text: str, runs: list[_Match]
    ) -> list[tuple[int, int, int, int, tuple[str, ...]]]:
        """(title start, title end, name start, name end, titles) for each name
        that follows a title: "Foreign Minister Wang Yi", "spokesman
        Charles Redman", "Secretary of State George Shultz"."""
        out: list[tuple[int, int, int, int, tuple[str, ...]]] = []
        for m in runs:
            if not self._may_follow_title(text, m):
                continue
            lo = m.start()
            window = text[max(0, lo - 60) : lo]
            if "\n\n" in window:
                window = window[window.rindex("\n\n") + 2 :]
            prev = _WORD.findall(window)[-6:]
            words = prev + m.group().split()  # no other separators in a run
            first_run = len(prev)
            best: tuple[int, int, int] | None = None
            for i in range(len(words) - 1, first_run - 1, -1):
                if i == 0:
                    break
                if words[i - 1].casefold() not in self._title_ends:
                    continue
                # the title must end right before the name
                for j in range(max(0, i - 8), i):
                    if self._is_title(words[j:i]):
                        best = (j, i, len(words))
                        break
                if best is not None:
                    break
            if best is None:
                continue
            j, i, n = best
            if i >= n:
                continue
            # stacked titles: "Supreme Leader Ayatollah", "Foreign
            # Minister Prince": the outer ones come first
            titles = [(j, i)]
            while j > 0:
                for j2 in range(max(0, j - 6), j):
                    if self._is_title(words[j2:j]):
                        titles.insert(0, (j2, j))
                        j = j2
                        break
                else:
                    break
            # the words' offsets, only now
            spans = [
                (lo - len(window) + t.start(), lo - len(window) + t.end())
                for t in _WORD.finditer(window)
            ][-6:] + [
                (lo + t.start(), lo + t.end()) for t in _WORD.finditer(m.group())
            ]
            out.append(
                (
                    spans[j][0],
                    spans[i - 1][1],
                    spans[i][0],
                    spans[n - 1][1],
                    tuple(
                        " ".join(words[a:b]) for a, b in titles
                    ),
                )
            )
        return out

    def _given_names(
        self, text: str, runs: list[_Match]
    ) -> list[tuple[int, int]]:
        """Names that look like persons on their own: a known given name
        and a surname ("Vladimir Putin"), or a family name first and a
        given name ("Xi Jinping")."""
        out: list[tuple[int, int]] = []
        known_persons = self._known_persons
        for m in runs:
            words = m.group().split()  # the run has no other separators
            seq = " ".join(words)
            if seq.endswith(known_persons):
                for known in known_persons:
                    if seq.endswith(known):
                        out.append((m.end() - len(known), m.end()))
                        break
            # the name is the run's last two to four words
            for k in range(max(0, len(words) - 4), len(words) - 1):
                w = words[k]
                if any(
                    x in self._title_words or x in self._forms
                    or x in _STOP_NAME_TOKENS
                    for x in words[k + 1 :]
                ):
                    break
                if w in self._given or " ".join(words[k:]) in self._full_names or (
                    w in self._family_first and len(words) - k == 2
                    and "-" not in words[k + 1]
                    and words[k + 1] not in self._given
                ):
                    starts = [t.start() for t in _WORD.finditer(m.group())]
                    out.append((m.start() + starts[k], m.end()))
                    break
        return out

    def _apposed_names(
        self, text: str, runs: list[_Match]
    ) -> list[tuple[int, int]]:
        """Two or three capitalized words before a description of a
        person in apposition, and a verb after it: "Ada Eze, a nurse from
        Lagos, spoke", whatever the given name."""
        out: list[tuple[int, int]] = []
        for m in runs:
            end = m.end()
            if text[end : end + 2] not in (", ", ",\n"):
                continue
            words = m.group().split()
            if not 2 <= len(words) <= 3 or any(
                w in self._title_words or w in self._forms
                or w in _STOP_NAME_TOKENS or w in self._org_heads
                or not w[:1].isupper() or len(w) < 2
                for w in words
            ):
                continue
            d = _APPOSED.match(text, end + 2, end + 90)
            if d is None or d.group(1) not in _PERSON_HEADS:
                continue
            close = _DESC_CLOSE.match(text, d.end(), d.end() + 120)
            if close is None or not (
                self._acts.match(text, close.end(), close.end() + 500)
                or self._group_act.match(text, close.end(), close.end() + 500)
            ):
                continue
            out.append(m.span())
        return out

    def _appositions(
        self, text: str, runs: list[_Match]
    ) -> list[tuple[int, int, int, int, str]]:
        """(name start, name end, description start, end, title) for
        "Wang Yi, China's foreign minister," and the like."""
        out: list[tuple[int, int, int, int, str]] = []
        desc = _DESC
        for m in runs:
            end = m.end()
            if text[end : end + 2] not in (", ", ",\n"):
                continue
            d = desc.match(text, end + 2, (end + 2) + 500)
            if d is None:
                continue
            words = d.group(1).split()
            name_start = m.start()
            for t in _WORD.finditer(m.group()):
                if t.group().casefold() in self._titles or t.group() in self._forms:
                    name_start = m.start() + t.end()
                    while text[name_start : name_start + 1].isspace():
                        name_start += 1
                else:
                    break
            if name_start >= end:
                continue
            for j in range(len(words)):
                cand = words[j:]
                if self._is_title(cand) or self._is_title(
                    [cand[0][:1].upper() + cand[0][1:], *cand[1:]]
                ):
                    title = " ".join(cand)
                    out.append((name_start, end, d.start(1), d.end(1), title))
                    break
        return out

    def _known_names(
        self,
        text: str,
        found: list[Mention],
        taken: _Taken,
        runs: list[_Match],
        gaz_spans: _Taken,
        sents: list[int],
    ) -> list[Mention]:
        full: dict[str, str] = {}
        surnames: dict[str, str] = {}
        for m in found:
            if m.kind is not ActorKind.PERSON or not m.name:
                continue
            toks = m.name.split()
            full[m.name] = m.name
            if len(toks) > 1:
                surnames.setdefault(toks[-1], m.name)
                bare = _ARTICLE_PREFIX.sub("", toks[-1])
                if bare != toks[-1] and len(bare) > 2:
                    surnames.setdefault(bare, m.name)  # "Maliki"
                if toks[0] in self._family_first:
                    surnames.setdefault(toks[0], m.name)
                for t in toks[:-1]:
                    if len(t) > 2 and t[:1].isupper() and t not in _STOP_NAME_TOKENS:
                        surnames.setdefault(t, m.name)
            else:
                surnames.setdefault(toks[0], m.name)
        if not full:
            return []
        out: list[Mention] = []
        for run in runs:
            s, e = run.span()
            seq = " ".join(run.group().split())
            if seq in full:
                if taken.add(s, e):
                    out.append(
                        Mention(start=s, sentence=_sentence_at(sents, s), end=e, text=text[s:e], kind=ActorKind.PERSON,
                                name=full[seq], head=(s, e), form="name")
                    )
                continue
            # the run's name parts (its words, split at hyphens): is one
            # of them a known surname?
            if not any(
                (p[:-2] if p.endswith("'s") else p) in surnames
                for p in seq.replace("-", " ").split()
            ):
                continue
            parts = list(_NAME_PART.finditer(text[s:e]))
            for t in parts:
                ts, te = s + t.start(), s + t.end()
                tok = t.group()
                if tok.endswith("'s"):
                    tok = tok[:-2]
                    te -= 2
                if tok not in surnames:
                    continue
                # the rest of the run must be titles, places or the same
                # name: "President Putin", not "Sao Paulo" for Paulo X
                own = set(surnames[tok].split())
                if any(
                    o.group() not in own
                    and o.group().rstrip(".").casefold() not in self._titles
                    and o.group() not in self._forms
                    and o.group() not in self._title_words
                    for o in parts
                    if o is not t
                ):
                    continue
                if not gaz_spans.overlaps(ts, te) and taken.add(ts, te):
                    out.append(
                        Mention(start=ts, sentence=_sentence_at(sents, ts), end=te, text=text[ts:te], kind=ActorKind.PERSON,
                                name=surnames[tok], head=(ts, te), form="surname")
                    )
        return out

    def _organizations(
        self,
        text: str,
        gaz: list[_Gaz],
        gaz_ends: list[int],
        sents: list[int],
        plain: bool,
    ) -> list[Mention]:
        out: list[Mention] = []
        gaz_starts = [g.start for g in gaz]
        gaz_spans = _Taken()
        for g in gaz:
            if g.kind is ActorKind.ORGANIZATION:
                gaz_spans.add(g.start, g.end)
        org_head = self._org_head_re
        for m in org_head.finditer(text):
            start, end = m.span()
            # walk left over capitalized tokens
            pos = start
            while True:
                lm = self._org_left_token.search(text[max(0, pos - 40) : pos])
                if lm is None:
                    break
                tok = lm.group().strip()
                if tok in _STOP_NAME_TOKENS and tok not in {"of", "for", "and", "on"}:
                    break
                if tok.casefold() in {"the"}:
                    break
                pos = max(0, pos - 40) + lm.start()
            while text[pos:start].split()[:1] and text[pos:start].split(maxsplit=1)[0] in {"of", "for", "and", "on", "&"}:
                first = text[pos:start].split(maxsplit=1)[0]
                pos = text.index(first, pos) + len(first)
                while pos < start and text[pos].isspace():
                    pos += 1
            rm = self._org_right.match(text, end, end + 500)
            if rm is not None:
                end = rm.end()
                end = self._trim_name(text, pos, end)[1]
            if pos == start and rm is None:
                continue  # a bare head word: "Council"
            if gaz_spans.overlaps(pos, end):
                continue
            if not self._org_acts(text, end, pos):
                continue
            name = " ".join(text[pos:end].split())
            if name in self._forms or name in self._blockers:
                continue
            country = None
            k = bisect.bisect_left(gaz_starts, pos)
            while k < len(gaz) and gaz[k].end <= end:
                if gaz[k].kind is ActorKind.STATE:
                    country = gaz[k].country
                    break
                k += 1
            if country is None:
                country, _ = self._country_before(text, pos, gaz, gaz_ends)
            out.append(
                Mention(
                    start=pos,
                    sentence=_sentence_at(sents, pos),
                    end=end,
                    text=text[pos:end],
                    kind=ActorKind.ORGANIZATION,
                    name=name,
                    country=country,
                    form="name",
                    # "Iran's Foreign Ministry" is not Russia's, and
                    # "the Russian Foreign Ministry" is Russia's
                    signature=(
                        f"{country} {self._without_states(name)}"
                        if country
                        else None
                    ),
                )
            )
        generic = self._generic_body_plain if plain else self._generic_body
        for m in generic.finditer(text):
            country, start = self._country_before(text, m.start(), gaz, gaz_ends)
            if country is None:
                continue
            body = m.group().casefold()
            if body in self._state_collective:
                continue
            if self._group_re.match(text, m.end() + 1, (m.end() + 1) + 500):
                continue  # "police official": a group, not the body
            if not self._org_acts(text, m.end()):
                continue
            prefix = text[start : m.start()].strip()
            name = " ".join(f"{prefix} {m.group()}".split())
            out.append(
                Mention(
                    start=start,
                    sentence=_sentence_at(sents, start),
                    end=m.end(),
                    text=text[start : m.end()],
                    kind=ActorKind.ORGANIZATION,
                    name=name,
                    country=country,
                    form="body",
                )
            )
        out.sort(key=lambda c: (-(c.end - c.start), c.start))
        return out

    def _word_hits(
        self, text: str, plain: bool
    ) -> dict[str, list[tuple[int, int]]]:
        """The (start, end) of the group nouns, pronouns and title heads
        in *text*, by list ("group", "pronoun", "title")."""
        pats = {
            "group": (self._group_re, self._group_re_plain),
            "pronoun": (self._pronoun_re, self._pronoun_re_plain),
            "title": (self._title_head_re, self._title_head_re_plain),
        }
        return {
            k: [m.span() for m in (p[1] if plain else p[0]).finditer(text)]
            for k, p in pats.items()
        }

    def _groups(
        self,
        text: str,
        gaz: list[_Gaz],
        gaz_ends: list[int],
        taken: _Taken,
        hits: list[tuple[int, int]],
        sents: list[int],
    ) -> list[Mention]:
        out: list[Mention] = []
        qualified_to = -1  # the end of the last group's qualifier
        for m_start, m_end in hits:
            noun = text[m_start:m_end]
            low = noun.casefold()
            canon = self._group_canon.get(low)
            if canon is None or taken.overlaps(m_start, m_end):
                continue
            if m_start < qualified_to:
                continue  # "a spokesman for the campaign": not the campaign
            if text[m_end : m_end + 1] == " " and self._group_re.match(
                text, m_end + 1, (m_end + 1) + 500
            ):
                continue  # a modifier: "media reports", "police official"
            if low in _TITLE_NOUNS and self._group_name_follows.match(
                text, m_end, m_end + 500
            ):
                continue  # a title before a name
            the = _THE_NUMERAL.search(text[max(0, m_start - 40) : m_start])
            if the is not None and (
                _COUNTED.search(the.group()) is not None
                or (low in _REFERRING_GROUPS
                    and self._country_before(text, m_start, gaz, gaz_ends)[0]
                    is None)
            ):
                # "the two leaders", "the delegation": known actors, not a
                # group; "the Australian delegation" is one
                continue
            # walk left over modifiers, states and a determiner
            start = m_start
            country: str | None = None
            mods: list[str] = []
            plain_mods: list[str] = []
            while True:
                lm = _last_word(text, max(0, start - 40), start)
                if lm is None:
                    break
                word, w_start = lm
                g_country, g_start = self._country_before(text, start, gaz, gaz_ends)
                if g_country is not None and g_start < start:
                    country = country or g_country
                    mods.insert(0, text[g_start:start].strip())
                    start = g_start
                    continue
                if word.casefold() in self._group_mods and not word.endswith("'s"):
                    mods.insert(0, word)
                    if word.casefold() not in _QUANTIFIERS:
                        plain_mods.insert(0, word.casefold())
                    start = w_start
                    continue
                break
            if low in _POSSESSED and not mods:
                pm = _POSSESSOR.search(text[max(0, start - 64) : start])
                if pm is not None:
                    owner = " ".join(pm.group().split())
                    mods.insert(0, owner)
                    plain_mods.insert(0, owner.casefold())
                    if not taken.overlaps(start - len(pm.group()), start):
                        start -= len(pm.group())  # else a named owner
            det = _DETERMINER.search(text[max(0, start - 12) : start])
            d_start = start - len(det.group()) if det is not None else start
            end = m_end
            qm = self._group_qual.match(text, end, end + 500)
            q_end = qm.end() if qm is not None else end
            pp = _PP.match(text, q_end, q_end + 500)
            if pp is not None and (
                self._group_act.match(text, pp.end(), (pp.end()) + 500) is not None
                or self._acts.match(text, pp.end(), (pp.end()) + 500) is not None
            ):
                q_end_act = pp.end()
            else:
                q_end_act = q_end
            verb = (
                None if low in self._group_speaking_only
                else self._acts.match(text, q_end_act, q_end_act + 500)
            )
            if (
                verb is not None
                and low.endswith(("s", "men"))
                and _SINGULAR_AUX.match(verb.group()) is not None
            ):
                verb = None  # "troops and rebels has killed": not the subject
            who = _WHO.match(text, q_end, q_end + 20)
            acts = (
                self._group_act.match(text, q_end_act, q_end_act + 500) is not None
                or verb is not None
                # "Critics, who say the plan is flawed, ..."
                or (
                    who is not None
                    and self._group_act.match(text, who.end(), who.end() + 500)
                    is not None
                )
                or self._group_left.search(text[max(0, d_start - 30) : d_start])
                is not None
                or self._remarks_after.match(text, q_end, q_end + 500) is not None
            )
            if not acts:
                continue
            if low in _INSTITUTIONS and _AT_PLACE.search(
                text, max(0, d_start - 20), d_start
            ):
                continue  # "appearances at the Chinese embassy suggest"
            if canon in self._state_collective and country is not None:
                # "the Russian leadership": the state itself
                key = f"state:{country}"
                if self.gazetteer.get(key) is not None:
                    out.append(
                        Mention(start=d_start, sentence=_sentence_at(sents, d_start), end=end, text=text[d_start:end],
                                kind=ActorKind.STATE, key=key, country=country,
                                form="collective")
                    )
                    taken.add(d_start, end)
                continue
            if canon in self._state_collective:
                continue
            desc = " ".join([*mods, noun, text[end:q_end].strip()]).strip()
            if not taken.add(d_start, end):
                continue
            qualified_to = max(q_end, q_end_act)
            out.append(
                Mention(
                    start=d_start,
                    sentence=_sentence_at(sents, d_start),
                    end=q_end,
                    text=text[d_start:q_end],
                    kind=(
                        ActorKind.ORGANIZATION
                        if low in _INSTITUTIONS
                        else ActorKind.GROUP
                    ),
                    name=" ".join(desc.split()),
                    country=country,
                    form="group" if (mods or qm is not None or (det is not None and det.group().strip().casefold() not in {"the"})) else "bare",
                    roles=(Role(title=low),),
                    signature=" ".join(
                        [country or "", *plain_mods, low,
                         " ".join(text[end:q_end].split()).casefold()]
                    ).strip(),
                )
            )
        return out

    def _described(
        self,
        text: str,
        persons: list[Mention],
        taken: _Taken,
        sents: list[int],
    ) -> list[Mention]:
        """Definite descriptions of a person described before: "Ben Okoro,
        a retired neurosurgeon, ..." then "the neurosurgeon said"."""
        heads: dict[str, list[tuple[int, str]]] = {}
        for p in persons:
            if p.kind is not ActorKind.PERSON or not p.name:
                continue
            if text[p.end : p.end + 2] not in (", ", ",\n"):
                continue
            d = _APPOSED.match(text, p.end + 2, p.end + 90)
            if d is None:
                continue
            head = d.group(1)
            if head in _VAGUE_HEADS or head in self._group_canon:
                continue
            heads.setdefault(head, []).append((d.end(), p.name))
        out: list[Mention] = []
        if not heads:
            return out
        first = min(pos for seen in heads.values() for pos, _ in seen)
        for w in _LOWER_WORD.finditer(text, first):
            seen = heads.get(w.group())
            if seen is None:
                continue
            start, end = w.span()
            before = [name for pos, name in seen if pos <= start]
            if not before:
                continue
            the = _THE_BEFORE.search(text, max(0, start - 50), start)
            if the is None or taken.overlaps(the.start(), end):
                continue
            if not (
                self._acts.match(text, end, end + 500)
                or self._group_act.match(text, end, end + 500)
            ):
                continue
            taken.add(the.start(), end)
            out.append(
                Mention(
                    start=the.start(),
                    end=end,
                    text=text[the.start() : end],
                    kind=ActorKind.PERSON,
                    name=before[-1],
                    form="description",
                    sentence=_sentence_at(sents, the.start()),
                )
            )
        return out

    def _anaphors(
        self,
        text: str,
        gaz: list[_Gaz],
        gaz_ends: list[int],
        taken: _Taken,
        gaz_taken: _Taken,
        hits: dict[str, list[tuple[int, int]]],
        sents: list[int],
    ) -> list[Mention]:
        out: list[Mention] = []
        for p_start, p_end in hits["pronoun"]:
            if taken.overlaps(p_start, p_end):
                continue
            word = text[p_start:p_end]
            gender = self._pronoun_gender.get(word.casefold())
            if gender is None or word.casefold() == "it":
                # "it" is too often expletive ("it is understood"); a
                # folded match such as "İt" is no English pronoun
                continue
            out.append(
                Mention(
                    start=p_start,
                    sentence=_sentence_at(sents, p_start),
                    end=p_end,
                    text=word,
                    kind=ActorKind.STATE if gender == "n" else ActorKind.PERSON,
                    name=gender,
                    form="pronoun",
                )
            )
        for t_start, t_end in hits["title"]:
            if taken.overlaps(t_start, t_end) or gaz_taken.overlaps(
                t_start, t_end
            ):
                continue
            if self._group_name_follows.match(text, t_end, t_end + 500):
                continue
            before = self._the_before.search(text[max(0, t_start - 60) : t_start])
            if before is None:
                continue
            start = max(0, t_start - 60) + before.start()
            if text[start : start + 2] == "'s":
                # "The Islamic republic's hardline leader": from "The"
                back = _THE_BACK.search(text[max(0, start - 50) : start])
                if back is None:
                    continue
                start = max(0, start - 50) + back.start()
            if taken.overlaps(start, t_end):
                start = t_start
            country, _ = self._country_before(text, t_start, gaz, gaz_ends)
            out.append(
                Mention(
                    start=start,
                    sentence=_sentence_at(sents, start),
                    end=t_end,
                    text=text[start:t_end],
                    kind=ActorKind.PERSON,
                    name=text[t_start:t_end].casefold(),
                    country=country,
                    form="title",
                )
            )
            taken.add(start, t_end)
        # "the Commission", "the Council": an organization named before
        def free(start: int, end: int) -> bool:
            return not (
                taken.overlaps(start, end) or gaz_taken.overlaps(start, end)
            )

        org_short = self._org_short_re
        for m in org_short.finditer(text):
            if not free(*m.span()):
                continue
            out.append(
                Mention(
                    start=m.start(),
                    sentence=_sentence_at(sents, m.start()),
                    end=m.end(),
                    text=m.group(),
                    kind=ActorKind.ORGANIZATION,
                    name=m.group("head"),
                    form="orgref",
                )
            )
            taken.add(m.start(), m.end())
        if "South" not in text and "North" not in text:
            return out
        for m in self._korea_re.finditer(text):
            if not free(*m.span()):
                continue
            out.append(
                Mention(
                    start=m.start(),
                    sentence=_sentence_at(sents, m.start()),
                    end=m.end(),
                    text=m.group(),
                    kind=ActorKind.STATE,
                    key="state:KOR" if m.group("side") == "South" else "state:PRK",
                    country="KOR" if m.group("side") == "South" else "PRK",
                    form="korea",
                )
            )
        return out


_FLATTEN = {ord("\n"): " ", ord("\t"): " ", ord("\r"): " "}

_LOCATIVE = _cache.pattern(
    r"(?<![\p{L}])(?:in|at|from|near|outside|via|through)[ \t\n]+$"
)


def _gaz_flags(g: _Gaz, text: str) -> str | None:
    """Flags for resolution: ``ambiguous`` and/or ``locative`` forms."""
    flags = []
    if g.ambiguous:
        flags.append("ambiguous")
    if g.form == "capital" and _LOCATIVE.search(
        text[max(0, g.start - 12) : g.start]
    ):
        flags.append("locative")
    return " ".join(flags) or None


_CAP_BEFORE = _cache.pattern(
    r"(?:\p{Lu}[\p{L}.'-]*,?|\p{Lu}\.)[ \t]+$"
)
_CAP_AFTER = _cache.pattern(r"(?<![ \t\n])[ \t]++\p{Lu}")
_SENTENCE_START = _cache.pattern(r"(?:^|[.!?\"]\s+|\n\s*)$")


def _capitalized_neighbour(text: str, start: int, end: int) -> bool:
    """Whether a word is part of a longer proper name ("Vernon Jordan",
    "Atlanta, Georgia", "Korea University")."""
    before = text[max(0, start - 30) : start]
    cap = _CAP_BEFORE.search(before)
    if cap is not None and not _SENTENCE_START.search(before[: cap.start()]):
        return True
    return _CAP_AFTER.match(text, end, end + 500) is not None


_BYLINE = _cache.pattern(
    r"(?:^|\n)[ \t]*(?:\(|By[ \t][^\n]{0,60},[ \t]*)?$"
)


def _singular_title(title: str) -> str:
    head, _, last = title.rpartition(" ")
    if last.endswith(("ents", "ters", "ers", "ings", "ens")):
        last = last[:-1]
    return f"{head} {last}".strip()


def _sentence_at(sents: list[int], pos: int) -> int:
    """Index of the sentence holding *pos*, given the sentence starts."""
    return max(0, bisect.bisect_right(sents, pos) - 1)


class _Taken:
    """
    Non-overlapping intervals, for longest-match-wins selection.

    As the intervals do not overlap, sorting them by start sorts their ends
    too, so each check is a binary search. They are kept in sorted blocks
    of at most ``2 * block`` intervals (the layout of the sortedcontainers
    package), so that an insert moves the items of one block, not every
    interval after it: inserts in any order stay linear in total.
    """

    def __init__(self, block: int = 500) -> None:
        self._block = block
        self._starts: list[list[int]] = []
        self._ends: list[list[int]] = []
        self._last_ends: list[int] = []  # each block's last end

    def _first_after(self, pos: int) -> tuple[int, int]:
        """(block, index) of the first interval ending after *pos*; the
        block is ``len(self._starts)`` if there is none."""
        b = bisect.bisect_right(self._last_ends, pos)
        if b == len(self._last_ends):
            return b, 0
        return b, bisect.bisect_right(self._ends[b], pos)

    def overlaps(self, start: int, end: int) -> bool:
        # the first interval ending after start is the only candidate
        b, i = self._first_after(start)
        return b < len(self._starts) and self._starts[b][i] < end

    def starts_within(self, start: int, end: int) -> list[int]:
        """The starts of the intervals that overlap ``[start, end)``."""
        b, i = self._first_after(start)
        out: list[int] = []
        while b < len(self._starts):
            starts = self._starts[b]
            j = bisect.bisect_left(starts, end, i)
            out.extend(starts[i:j])
            if j < len(starts):
                break
            b, i = b + 1, 0
        return out

    def add(self, start: int, end: int) -> bool:
        """Take ``[start, end)`` unless it overlaps; report success."""
        if end <= start:
            return False
        b, i = self._first_after(start)
        if b < len(self._starts) and self._starts[b][i] < end:
            return False
        if b == len(self._starts):  # after every interval
            if not b:
                self._starts.append([start])
                self._ends.append([end])
                self._last_ends.append(end)
                return True
            b -= 1
            i = len(self._starts[b])
        starts, ends = self._starts[b], self._ends[b]
        starts.insert(i, start)
        ends.insert(i, end)
        if i == len(ends) - 1:
            self._last_ends[b] = end
        half = self._block
        if len(starts) > 2 * half:
            self._starts[b : b + 1] = [starts[:half], starts[half:]]
            self._ends[b : b + 1] = [ends[:half], ends[half:]]
            self._last_ends[b : b + 1] = [ends[half - 1], ends[-1]]
        return True


__all__ = ["Recognizer"]
