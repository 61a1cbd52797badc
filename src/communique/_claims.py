# SPDX-License-Identifier: MIT
"""
Stage 5b: resolved mentions -> claims.

Claims are found in one pass over the sentences. The reporting verbs of
``lexicons/reporting_verbs.json`` are indexed once per document (the
words of each sentence against the set of first words of the verb
forms, then ``str.find``); for each cue the words to its left give the
speaker (the resolved mention of the subject noun phrase, or the speaker
of the clause it is coordinated with: "..., saying", "and added that")
and the words to its right give the content (after an addressee, time
adjuncts and "that"). A cue with nothing to its right reports the words
before it ("..., officials said."); after another claim of the same
sentence it only ends that claim ("X rejected Y, his office said"). A
cue set off by commas inside its content ("The plan, he said, would cut
costs") reports the words on both sides. Quotations are paired once, in
linear time, per paragraph (a paragraph that ends inside a quote
continues in the next one when that opens with a quote mark); a
quotation becomes a direct claim when a cue follows it (``"...," he
said``), when a cue introduces it, or when it opens a sentence right
after another claim (the same speaker goes on). Sourcing chains ("the
agency quoted X as saying", "X was quoted by Y as saying", "...,
according to Y") give the reporter as ``via``.
"""

from __future__ import annotations

import bisect

from collections.abc import Iterable
from typing import Any, NamedTuple

import attrs
import regex

from . import _cache
from ._lexicons import Lexicons
from ._patterns import alternation
from ._types import Document, ResolvedMention, Sentence
from .errors import LexiconError
from .model import ActorKind, Claim, QuoteKind, Span


# --------------------------------------------------------------------------
# Lexicons


@attrs.frozen(kw_only=True)
class _VerbGroup:
    """One group of reporting verbs from ``reporting_verbs.json``."""

    name: str
    cameo: str | None = None
    takes_object: bool = False
    hedged: bool = False
    requires_as: bool = False
    requires_to: bool = False
    requires_that: bool = False
    requires_label: bool = False
    noun: bool = False
    source: bool = False
    adjective: bool = False
    evidence: bool = False


# The groups of an "according to" claim and of a quotation without a cue.
_ACCORDING_GROUP = _VerbGroup(name="according")
_NO_GROUP = _VerbGroup(name="")


# Every character that cannot be part of a word becomes a space, so the
# words of a text (maximal runs of letters, digits, "_" and "-") can be
# found by ``str.split`` and ``str.find`` with their offsets unchanged.
_NOT_WORD = _cache.pattern(r"[^\w -]")
# The same for ASCII text, as a byte table (``bytes.translate``).
_ASCII_BLANK = bytes(
    32 if _NOT_WORD.match(chr(c)) else c for c in range(128)
) + bytes(range(128, 256))


def _blank(text: str) -> str:
    """*text* with every non-word character (but "-") made a space."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_BLANK).decode("ascii")
    return str(_NOT_WORD.sub(" ", text))


class _CueScanner:
    """
    Finds reporting-verb forms with a set of first words and a dict.

    A single alternation of hundreds of forms is slow to run, and so is a
    match object per word. The scanner blanks the non-word characters of a
    document once, skips every sentence whose words miss the set of first
    words, and finds the few first words left with ``str.find``. Forms of
    several words ("called on") allow any run of spaces between words.
    """

    def __init__(self, forms: list[str]) -> None:
        by_first: dict[str, list[tuple[int, Any, str]]] = {}
        for form in forms:
            words = form.split()
            rest = None
            if len(words) > 1:
                rest = regex.compile(
                    "".join(
                        rf"[ \t\n]++{regex.escape(w)}(?![\w-])"
                        for w in words[1:]
                    )
                )
            by_first.setdefault(words[0], []).append((len(words), rest, form))
        self.by_first = {
            k: tuple(sorted(v, key=lambda x: -x[0]))
            for k, v in by_first.items()
        }
        # only lower-case words can be cues (a capital opens a name)
        self.firsts = frozenset(
            k
            for k in self.by_first
            if k.isascii() and k.isalpha() and k.islower()
        )

    def index(
        self, text: str, spans: list[tuple[int, int]]
    ) -> list[tuple[int, str]]:
        """
        (start, word) of each cue first word inside *spans*, in order.

        *spans* are sorted and disjoint. The words of the whole text are
        checked against the set of first words at once; each word found
        is then looked up with ``str.find`` and kept inside a span.
        """
        low = " " + _blank(text) + " "
        hits = self.firsts.intersection(low.split())
        if not hits:
            return []
        starts = [a for a, _ in spans]
        out: list[tuple[int, str]] = []
        for w in hits:
            key = f" {w} "
            n = len(w)
            i = low.find(key)
            while i >= 0:
                # the word is text[i : i + n] (low is padded by one space)
                k = bisect.bisect_right(starts, i) - 1
                if k >= 0 and i + n <= spans[k][1]:
                    out.append((i, w))
                i = low.find(key, i + n + 1)
        out.sort()
        return out

    def scan(
        self,
        text: str,
        start: int,
        end: int,
        found: list[tuple[int, str]] | None = None,
        starts: list[int] | None = None,
    ) -> list[tuple[int, int, str]]:
        """
        (start, end, form) of each cue in ``text[start:end]``.

        *found* and *starts* are an :meth:`index` of the text (and its
        start offsets); without them the range is indexed on the spot.
        """
        if found is None or starts is None:
            found = self.index(text, [(start, end)])
            starts = [w[0] for w in found]
        out: list[tuple[int, int, str]] = []
        skip = start
        k = bisect.bisect_left(starts, start)
        while k < len(found):
            ws, word = found[k]
            k += 1
            we = ws + len(word)
            if we > end:
                break
            if ws < skip:
                continue
            for _, rest, form in self.by_first[word]:
                if rest is None:
                    out.append((ws, we, form))
                    skip = we
                    break
                r = rest.match(text, we, end)
                if r is not None:
                    out.append((ws, r.end(), form))
                    skip = r.end()
                    break
        return out


@attrs.frozen(kw_only=True)
class ClaimLexicon:
    """Compiled reporting-verb and hedge data."""

    groups: dict[str, _VerbGroup]
    cues: _CueScanner
    hedge_adverb_re: Any
    # a hedge word in the content, or "I think", "we believe"
    content_hedge_re: Any
    # nouns that make a subject a body of evidence: "the poll", "records"
    evidence_nouns: frozenset[str] = frozenset()


_VERBS_FILE = "reporting_verbs.json"
_HEDGES_FILE = "hedges.json"


def _lex_error(name: str, entry: str | None, reason: str) -> LexiconError:
    return LexiconError(name, entry, reason)


def _words_re(words: list[str]) -> str:
    """A trie-shaped alternation of *words* (any spaces between words)."""
    alts = {" ".join(w.split()) for w in words if w.strip()}
    src = alternation(alts)
    return src.replace(r"\ ", r"\s+")


def build_lexicon(lexicons: Lexicons) -> ClaimLexicon:
    """Compile the reporting-verb and hedge lexicons of *lexicons*."""
    verbs = lexicons["reporting_verbs"]
    groups: dict[str, _VerbGroup] = {}
    if not isinstance(verbs, dict) or not isinstance(
        verbs.get("groups"), list
    ):
        raise _lex_error(_VERBS_FILE, None, "no 'groups' list")
    for g in verbs["groups"]:
        name = g.get("name") if isinstance(g, dict) else None
        forms = g.get("forms") if isinstance(g, dict) else None
        if not isinstance(name, str) or not isinstance(forms, list):
            msg = "each group needs a 'name' and a 'forms' list"
            raise _lex_error(_VERBS_FILE, str(name), msg)
        group = _VerbGroup(
            name=name,
            cameo=g.get("cameo"),
            takes_object=bool(g.get("object")),
            hedged=bool(g.get("hedged")),
            requires_as=bool(g.get("requires_as")),
            requires_to=bool(g.get("requires_to")),
            requires_that=bool(g.get("requires_that")),
            requires_label=bool(g.get("requires_label")),
            noun=bool(g.get("noun")),
            source=bool(g.get("source")),
            adjective=bool(g.get("adjective")),
            evidence=bool(g.get("requires_evidence")),
        )
        for form in forms:
            key = " ".join(str(form).split())
            if key in groups:
                msg = f"form {key!r} is in two groups"
                raise _lex_error(_VERBS_FILE, name, msg)
            groups[key] = group
    hedges = lexicons["hedges"]
    try:
        adverbs = list(hedges["adverbs"])
        content = list(hedges["content"])
        first = list(hedges["first_person"])
    except (KeyError, TypeError) as e:
        raise _lex_error(_HEDGES_FILE, None, str(e)) from e
    could_not = r"(?!\s+not\b)"
    nouns = verbs.get("evidence_nouns", [])
    if not isinstance(nouns, list):
        raise _lex_error(_VERBS_FILE, None, "'evidence_nouns' is no list")
    return ClaimLexicon(
        evidence_nouns=frozenset(str(n).lower() for n in nouns),
        groups=groups,
        cues=_CueScanner(list(groups)),
        hedge_adverb_re=regex.compile(rf"\b{_words_re(adverbs)}\b"),
        content_hedge_re=regex.compile(
            rf"\b{_words_re(content)}\b{could_not}"
            rf"|\b(?:I|[Ww]e)\s+(?:{_words_re(first)})\b"
        ),
    )


# --------------------------------------------------------------------------
# Patterns

# Words that, right before a verb form, show it is not a reporting cue.
_BLOCKERS = frozenset(
    [
        "to",
        "as",
        "be",
        "been",
        "being",
        "is",
        "are",
        "was",
        "were",
        "am",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "no",
        "any",
        "some",
        "every",
        "each",
        "whose",
        "of",
        "over",
        "about",
        "for",
        "on",
        "in",
        "with",
        "by",
        "from",
        "into",
        "against",
        "at",
        "under",
        "after",
    ]
)
# Words before a verb that negate it: "did not say whether" reports
# nothing.
_NEGATIONS = frozenset(
    [
        "not",
        "never",
        "didn't",
        "doesn't",
        "don't",
        "hasn't",
        "haven't",
        "hadn't",
        "won't",
        "wouldn't",
        "cannot",
        "can't",
        "nor",
    ]
)
_BE = frozenset(
    ["be", "been", "being", "is", "are", "was", "were", "am", "'s"]
)

# Words skipped between a subject and its verb ("has also said").
_AUX = frozenset(
    [
        "has",
        "have",
        "had",
        "been",
        "also",
        "often",
        "repeatedly",
        "vehemently",
        "strongly",
        "firmly",
        "later",
        "then",
        "again",
        "previously",
        "already",
        "not",
        "never",
        "further",
        "long",
        "once",
        "publicly",
        "privately",
        "separately",
        "jointly",
        "earlier",
        "recently",
        "subsequently",
        "immediately",
        "quickly",
        "formally",
        "officially",
        "expressly",
        "explicitly",
        "openly",
        "reportedly",
        "allegedly",
        "apparently",
        "even",
        "still",
        "just",
        "both",
        "all",
        "himself",
        "herself",
        "itself",
        "themselves",
    ]
)

_SUBORDINATORS = frozenset(
    [
        "when",
        "while",
        "after",
        "before",
        "because",
        "although",
        "though",
        "since",
        "if",
        "whereas",
        "who",
        "which",
        "where",
        "whom",
        "unless",
        "until",
    ]
)


# The ASCII characters of a word (see :func:`_last_word`), matched right
# to left from the end of a range.
_ASCII_WORD_TAIL = _cache.pattern(r"[A-Za-z0-9_'.-]*+", regex.REVERSE)


def _last_word(text: str, lo: int, hi: int) -> tuple[int, str] | None:
    """(start, word) of the word ending *text[lo:hi]* before any spaces."""
    j = hi
    while j > lo and text[j - 1] in " \t\n":
        j -= 1
    # the ASCII run at once, then any other letters one by one
    i = _ASCII_WORD_TAIL.match(text, lo, j).start() if j > lo else j
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "_'.-"):
        i -= 1
    return (i, text[i:j]) if i < j else None


_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ADJUNCT = _cache.pattern(
    rf"""
    (?<![ \t\n])[ \t\n]*+
    (?:
      (?:on[ \t\n]++)?{_DAYS}(?:[ \t\n]++(?:morning|afternoon|evening|night))?
    | (?:last|this|next|late|earlier)[ \t\n]++(?:week|month|year|night|weekend)
    | (?:yesterday|today|tonight|earlier|later|again|repeatedly|also|recently
        |publicly|privately|separately|previously|once|then|too|however
        |meanwhile|instead|here|there)\b
    | (?<![\w-])[a-z]{{5,}}+(?<=ly)\b
    | (?:in|at)[ \t\n]++(?:a|an|the|his|her|its|their)[ \t\n]++
        (?:[\w-]+[ \t\n]++){{0,2}}?
        (?:statement|interview|speech|news[ \t\n]++conference|press
           [ \t\n]++conference|briefing|communique|letter|message|report
           |broadcast|conference)\b
    | (?:on|in|at|after|during|before|following|from|with|via|over|by)
        [ \t\n]++[^,.;:"]{{1,70}}?(?=[ \t\n]++that\b)
    )
    """,
    regex.VERBOSE,
)
_THAT = _cache.pattern(r"[ \t\n]*+(?:,[ \t\n]*+)?that\b")
_COLON = _cache.pattern(r"(?<![ \t\n])[ \t\n]*+[:,][ \t\n]*+(?=\")")
# A capitalized word of a name, with the dot of a title ("Mr. Sharif").
_NAME_WORD = (
    r"[A-Z][\w-]*+(?:(?<=\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Col|Lt|Maj|Capt"
    r"|Prof|St))\.)?+"
)
_AUDIENCE = _cache.pattern(
    rf"""(?<![ \t\n])[ \t\n]++(?:him|her|them|us|me|reporters|journalists|newsmen
    |correspondents|parliament
    |{_NAME_WORD}(?:[ \t\n]++{_NAME_WORD}){{0,3}}
      (?=[ \t\n]*+(?:[.,]|that\b)|[ \t\n]++on[ \t\n]++{_DAYS}\b)
    |lawmakers|legislators|the[ \t\n]++press
    |the[ \t\n]++media|a[ \t\n]++news[ \t\n]++conference|listeners|viewers
    |the[ \t\n]++(?:[\w-]+[ \t\n]++){{0,2}}?(?:agency|newspaper|paper|daily
      |radio|television|broadcaster|channel|magazine|station|network))\b""",
    regex.VERBOSE,
)
# A cue with nothing to report after it: the sentence ends, or a comma
# opens another clause or a participle (", citing security concerns").
_NO_COMPLEMENT = _cache.pattern(
    r"""[ \t\n]*+(?:[.!?]|$|,[ \t\n]*+(?:according|but|and|as
    |(?!(?:no|some|any|every)thing\b)[a-z]{2,}+(?<=ing))\b
    # the speaker's capacity: "..., the bank said as trustee for the notes."
    |as[ \t\n]++(?:(?:a|an|the|its|his|her)[ \t\n]++)?[a-z]++
      (?:[ \t\n]++(?:for|of|to)[ \t\n]++[^,.;:"!?]{1,60}+)?
      [ \t\n]*+(?:[.!?]|$))""",
    regex.VERBOSE,
)
# After a "press" cue: an object and an infinitive ("pressed Iran to
# halt"), or "for" ("pressed for talks").
_TO_INFINITIVE = _cache.pattern(
    r"(?<![ \t\n])[ \t\n]++"
    r"(?:for\b|(?:[\w.'-]++[ \t\n]++){1,6}?to[ \t\n]++[a-z])"
)
# The end of what a "requires_that" cue skipped: "that" or a colon.
_THAT_OR_COLON = _cache.pattern(r"(?:\bthat|[:,])[ \t\n]*+$")
# Cue forms that are also plural nouns ("reports of a rift", "notes to
# creditors"), and the words that after them show the noun.
_PLURAL_NOUNS = frozenset(
    "reports notes claims comments remarks promises pledges demands hopes"
    " fears calls statements".split()
)
_AFTER_NOUN = frozenset(
    "of from by about on in with and or are were have had".split()
)
# "said A and that B": where the second content starts.
_AND_THAT = _cache.pattern(
    r"(?<![ \t\n])[ \t\n]*+,?[ \t\n]*+(?<=[ \t\n])and[ \t\n]++that[ \t\n]++"
)
_PRONOUN_THAT = _cache.pattern(
    r"(?:is|was|are|were|would|will|has|had|could|may|might|must|should"
    r"|can|did|does|meant|means|made|makes)\b"
)
_THAT_WORD = _cache.pattern(r"\bthat\b")
# Between a quotation's cue and the quotation that goes on: a comma or a
# colon, after the speaker's name ('said Kim, "').
_RESUME_GAP = _cache.pattern(
    r"(?<![ \t\n])(?:[ \t\n]++[A-Z][\w.'-]*+){0,4}[ \t\n]*+[,:][ \t\n]*+"
)
# After "by": the agent's mention, after "the" at most.
_GAP_THE = _cache.pattern(r"(?:the[ \t\n]++)?")
# After a passive cue's agent: "as" and the description.
_PASSIVE_AS = _cache.pattern(r"(?<![ \t\n])[ \t\n]++as[ \t\n]++")
# After "called": an object, then a label ("called the strike an act of
# terrorism", "called him a liar", "called the plan \"reckless\"").
_LABEL = _cache.pattern(
    r"""(?<![ \t\n])[ \t\n]++
    (?:it|him|her|them|this|that|these|those|itself|themselves
      |(?:(?:the|his|her|its|their|our|[A-Z][\w.'-]*+)
         (?:[ \t\n]++(?!(?:an?|the)\b)[\w.'-]++){0,4}?))
    [ \t\n]++
    (?:(?:an?|the)[ \t\n]++
       (?!(?:day|week|month|year|time|night|morning|evening|number|minute
          |next|following|same|previous|last|other|first|whole|entire
          |hour|few|lot|bit|couple|second|while)\b)[\w-]
      |(?:our|their|his|her|its|my|your)[ \t\n]++(?=")
      |")""",
    regex.VERBOSE,
)
# Speech nouns with a that-clause: "a warning from Turkey that", "the
# stance that". A relative "that" ("the warning that was issued", "the
# stance that he took") is no content.
_SPEECH_NOUNS = (
    "warning|warnings|plea|assurance|assurances|pledge|promise|stance"
    "|position|argument|assertion|insistence|accusation|allegation"
    "|allegations|claim|claims|demand|proposal|suggestion|threat|vow"
    "|reminder|contention|conviction|declaration|announcement|message"
)
_NOUN_THAT = _cache.pattern(
    rf"""(?<![\w-])(?P<noun>{_SPEECH_NOUNS})
    (?:[ \t\n]++(?:from|by)[ \t\n]++(?P<src>[^,.;:"()]{{1,60}}?))?
    [ \t\n]*+,?[ \t\n]*+that[ \t\n]++
    (?!(?:was|is|were|are|had|has|have|been)\b)
    (?!(?:he|she|they|it|we|I|you)[ \t\n]++
       (?:[a-z]++(?<=ed)|made|took|gave|said|sent|held|put|had|set)\b)""",
    regex.VERBOSE,
)
# Before a speech noun: a possessor ("Chile's", "its") and a light verb
# ("took the stance", "repeated its warning").
_NOUN_LEFT = _cache.pattern(
    r"""(?:(?<![\w-])(?P<light>issued|issues|made|makes|gave|gives|took|takes
      |delivered|sent|repeated|repeats|renewed|renews|reiterated
      |reiterates|voiced|voices|expressed|expresses|adopted|adopts
      |maintained|maintains)[ \t\n]++)?
    (?<![\w.'-])
    (?:(?:a|an|the)[ \t\n]++
      |(?P<own>[\w.-]++'s?|its|his|her|their)[ \t\n]++)
    (?:(?:strong|stern|firm|repeated|renewed|public|clear|new|fresh
      |earlier|official|formal|repeated|often-repeated|long-held)
      [ \t\n]++)?$""",
    regex.VERBOSE,
)
# After a quotation that a cue introduces: a participle or another
# clause of the speaker ('said "...," adding that').
_QUOTE_THEN = _cache.pattern(
    r"(?<![ \t\n])[ \t\n]*+,?[ \t\n]*+(?<![\w-])"
    r"(?:(?!(?:no|some|any|every)thing\b)[a-z]{2,}+(?<=ing)"
    r"|and[ \t\n]++(?:added|said|noted|stressed)|but)\b"
)
# A reporting participle opening a sentence ("Calling the talks useful,
# Luo said").
_LEADING_PARTICIPLE = _cache.pattern(
    r"(?:Calling|Describing|Noting|Stressing|Saying|Reiterating"
    r"|Emphasi[sz]ing|Underlining|Insisting|Arguing|Acknowledging"
    r"|Pointing[ \t\n]++out|Expressing[ \t\n]++"
    r"(?:hope|concern|confidence|regret|support))\b"
)
# The next word after a cue.
_NEXT_WORD = _cache.pattern(r"(?<![ \t\n])[ \t\n]++([a-z]++)\b")
_AS_SAYING = _cache.pattern(r"\bas[ \t\n]++saying\b")
_BY = _cache.pattern(r"[ \t\n]*+by[ \t\n]++")
_AS = _cache.pattern(
    r"\bas\b(?![ \t\n]++(?:saying|well|part|soon|long|much|many|a[ \t\n]++result))"
)
_REFLEXIVE = _cache.pattern(
    r"(?<![ \t\n])[ \t\n]++(?:itself|himself|herself|themselves|ourselves|"
    r"oneself)\b"
)
_NOUN_CUE_LEFT = _cache.pattern(
    r"(?:its|his|her|their)[ \t\n]++(?:(?:renewed|strong|sharp|fresh)"
    r"[ \t\n]++)?$"
)
_NOUN_CUE_RIGHT = _cache.pattern(
    r"(?:[ \t\n]++on[ \t\n]++\w+)?[ \t\n]++of[ \t\n]++"
)
_ACCORDING = _cache.pattern(r"\b[Aa]ccording[ \t\n]++to[ \t\n]++")
# Between "according to" and its source: "a tweet by", "a statement from
# the", "an interview with".
_ACCORDING_GAP = _cache.pattern(
    r"(?<![\w'-])(?:(?:a|an|the|his|her|its|their)[ \t\n]++)?"
    r"(?:[\w'-]++[ \t\n]++){0,3}?(?:by|from|of|in|with|on)[ \t\n]++"
    r"(?:the[ \t\n]++)?"
)
_CUT = _cache.pattern(
    r""",[ \t\n]++(?:as[ \t\n]++part[ \t\n]++of|amid|despite|following
    |ahead[ \t\n]++of|in[ \t\n]++response[ \t\n]++to|in[ \t\n]++a[ \t\n]++bid
    |which|who|where|while|according[ \t\n]++to)\b""",
    regex.VERBOSE,
)
_CONNECTOR = _cache.pattern(
    r"(?:[,;][ \t\n]*+(?:and|but|yet|while)|(?<=[ \t\n])(?:and|but|yet)|;|,)$"
)
# The characters a connector can end with ("$" also matches before a
# final newline).
_CONNECTOR_LAST = frozenset(",;dte\n")
_AFTER_STOP = _cache.pattern(
    r",[ \t\n]++(?:who|whose|which|adding|according|saying)\b"
)
_NP_GAP = _cache.pattern(
    r"(?:'s)?[ \t\n]*+,?[ \t\n]*+(?:(?:[A-Z][\w.'-]*+|of|for|the|on|and|a|an)"
    r"[ \t\n]*+,?[ \t\n]*+){0,6}"
)
_OBJ_GAP = _cache.pattern(
    r"[ \t\n]++(?:(?:the|visiting|his|her|their|its)[ \t\n]++)?"
    r"(?:[A-Z][\w.'-]*+[ \t\n]++){0,4}"
)
_GAP = _cache.pattern(r"[ \t\n]++(?:(?:the|a|an)[ \t\n]++)?")
_OBJ_THAT = _cache.pattern(
    r"(?<![ \t\n])[ \t\n]++(?:the|a|an|his|her|their|its)[ \t\n]++"
    r"(?:[\w'-]++[ \t\n]++){0,3}?(?=that\b)"
)
_CLAUSE_END = _cache.pattern(r"[ \t\n]*+(?:[.,;!?]|$)")
_AGENT_NOUNS = (
    "head|chief|spokesman|spokeswoman|spokesperson|leader|leaders|president"
    "|minister|ministers|director|secretary|member|members|official"
    "|officials|representative|representatives|delegation|government"
    "|ministry|envoy|ambassador|commander|chairman|source|sources|team"
    "|side|council|office|department|members|governor|mayor|premier"
    "|statement|communique|report|letter|declaration|tweet|message"
)
# A subject that is the text someone issued: "The statement said", "the
# joint communique read".
_DOCUMENT = _cache.pattern(
    r"(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t\n]++)?"
    r"(?:(?:joint|written|official|brief|new|latest|same)[ \t\n]++)?"
    r"(?:statement|communique|communiqué|declaration|letter|message|tweet"
    r"|post|release|note)"
)
_PP_HEAD = _cache.pattern(
    rf"(?<![\w-])(?!(?:{_AGENT_NOUNS})\b)[a-z][\w-]*+[ \t\n]++"
    r"(?:by|at|from|in|on|with|about|over|between|among|against)\b"
)
# After "The plan, he said": a comma and the verb of the content.
_PREDICATE_AFTER_ASIDE = _cache.pattern(
    r"""[ \t\n]*+,[ \t\n]*+
    (?:(?:also|still|now|not|already|only|never|then)[ \t\n]++)?
    (?:would|will|could|can|may|might|must|should|shall|is|are|was|were
      |has|have|had|did|does|do|remains|remained
      |(?!(?:this|his|its|as|us|thus|unless|perhaps|always|whereas|towards
           |besides|across|plus|nevertheless|indeed|instead|needed)\b)
       [a-z]{2,}+(?<=[a-z](?:ed|s)))\b""",
    regex.VERBOSE,
)
# A finite verb in the words before an aside makes them a clause.
_HEAD_VERB = _cache.pattern(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might"
    r"|must|should|shall|did|does)\b"
)
# After ", said": a short subject that ends the clause ("his office",
# "a statement from the ministry").
_INVERTED_TAIL = _cache.pattern(
    r"""(?<![ \t\n])[ \t\n]++(?:his|her|its|their|the|a|an|one|two|[A-Z][\w'.-]*+)
    (?:[ \t\n]++(?!that\b)[\w'.-]++){0,7}[ \t\n]*+(?:[.!?,;]|$)""",
    regex.VERBOSE,
)
# Verb groups whose content is a noun phrase ("condemned the attack"):
# a participle after a comma starts a phrase of its own.
_NP_GROUPS = frozenset(
    ["condemn", "condemnation", "praise", "dismiss", "accuse", "appeal"]
)
_PARTICIPLE = _cache.pattern(
    r",[ \t\n]++(?!(?:no|some|any|every)thing\b|during\b|including\b)"
    r"[a-z]{2,}+(?<=ing)\b"
)
_GAP_COMMA = _cache.pattern(r"[ \t\n]*+(,)?")
_WORD_AT = _cache.pattern(r"\w++")
_RELATIVE = _cache.pattern(r"[ \t\n]*+(?:who|which)\b")
_POSSESSIVES = frozenset(["its", "his", "her", "their", "our", "my", "your"])
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i"])
# Cues that need a person or a body behind them: with a subject that names
# no actor ("the treaty calls for", "these developments suggest") they are
# no report.
_HUMAN_GROUPS = frozenset(
    ["appeal", "press", "label", "view", "interpret", "hope"]
)
_NEXT_SOURCE = _cache.pattern(r"([\w'’-]++)")
_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "us", "me"])
# A relative pronoun that is the object of a label verb after it: "what
# Ruiz called", "a plan that Ruiz once called".
_REL_OBJECT = _cache.pattern(
    r"(?<![\w'-])(?:what|which|that|whom|who)[ \t\n]++"
)
_REL_ADVERBS = _cache.pattern(
    r"(?:[ \t\n]++(?:has|had|have|once|also|later|then|previously|recently"
    r"|memorably|famously|repeatedly|long|often|since|on"
    r"|[A-Z][a-z]++day)){0,3}"
    r"[ \t\n]++"
)
_LABEL_QUOTE = _cache.pattern(r"(?<![ \t\n])[ \t\n]++(?=\")")
_LABEL_NP = _cache.pattern(
    r"(?<![ \t\n])[ \t\n]++(?:an?|the|our|his|her|its|their|my)[ \t\n]++[\w-]"
)
_LABEL_END = _cache.pattern(r"[,;:.!?(]")
_CONTRACTED = _cache.pattern(r"(he|she|it|they|we|i|you)['’](?:s|ve|d)")
# "In the latest poll, ...": the phrase up to its comma (group 1).
_IN_SOURCE = _cache.pattern(
    r"In[ \t\n]++(?!(?:response|reaction|addition|contrast|particular|fact"
    r"|turn|short|general|part)\b)([^,.;:!?\"()]{3,100}+),[ \t\n]*+"
)
_PARTICIPLE_WORD = _cache.pattern(r"(?<![A-Za-z])[a-z]++(?<=ed|en|ing)\b")
_AS_OPEN = _cache.pattern(r"[Aa]s[ \t\n]")
_BY_FROM = _cache.pattern(r"\b(?:by|from)[ \t\n]++(?:the[ \t\n]++)?$")
_WHETHER = _cache.pattern(r"(?:whether|why|how|if)\b")
_NOTHING = _cache.pattern(r"(?:nothing|little|anything)\b")
_SENTENCE_TAIL = frozenset(" \t\n.!?\"')")
_PREPOSITIONS = frozenset(
    ["of", "in", "at", "on", "with", "for", "during", "after", "before",
     "about", "from", "by", "through", "after", "in", "as", "while", "when"]
)
# Words that show a verb phrase, not a noun phrase, after the cue.
_FINITE = frozenset(
    ["would", "will", "had", "has", "have", "is", "was", "are", "were",
     "could", "should", "can", "may", "might", "must", "that", "to", "be",
     "not", "did", "does", "do"]
)
# Verbs whose subject may follow them: "..., said the report."
_INVERTING = frozenset(
    ["say", "add", "state", "indicate", "stress", "announce"]
)
_SPEAKER_KINDS = frozenset(
    [ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.GROUP]
)
# What may follow an inverted name: nothing, a place ("in Lima"), an
# affiliation ("of the bank") or an apposition.
_AFTER_NAME = _cache.pattern(r"(?:[ \t\n]*+$|,|[ \t\n]++(?:in|at|near|of)\b)")
_SUBJECT_WORD = _cache.pattern(r"[\w'’.-]++")
_NOT_SUBJECT = frozenset(
    ["that", "it", "there", "this", "what", "as", "and", "but", "or", "so",
     "then", "also", "not", "never", "to", "you", "me", "him", "them", "us",
     "nobody", "anyone", "everyone", "someone", "none"]
)
# The last subordinator before a position, searched right to left (a
# clause starts with it).
_LAST_SUBORDINATOR = _cache.pattern(
    rf"(?<!\w)(?:(?i:{'|'.join(sorted(_SUBORDINATORS))})|that)(?!\w)",
    regex.REVERSE,
)


# A headline that gives a speaker and what they said: "Name: words".
_HEADLINE = _cache.pattern(
    r"(?:[^.,;:!?\"\n]|(?<=\b[A-Z][a-z]{0,3})\.){2,60}+:(?=[ \t]++\S)"
)
# Title words before the name of a headline ("Sen.", "Dr.").
_TITLE_GAP = _cache.pattern(
    r"(?<![\w.'-])(?:(?!(?:The|A|An)\b)[A-Z][\w.'-]*+[ \t]++){0,3}"
)


def t_colon(text: str, sent: Sentence) -> bool:
    """Whether a colon can close a headline's speaker in *sent*."""
    return text.find(":", sent.start, min(sent.end, sent.start + 64)) > 0


def _boundary(text: str, floor: int, pos: int, *, commas: bool) -> int:
    """Start of the clause that ends at *pos* (*floor* at the latest)."""
    p = max(text.rfind(";", floor, pos), text.rfind(":", floor, pos))
    if commas:
        p = max(p, text.rfind(",", floor, pos))
    lo = p + 1 if p >= 0 else floor
    m = _LAST_SUBORDINATOR.search(text, lo, pos)
    return int(m.start()) if m is not None else lo


_LEADING = _cache.pattern(r"(?:(?:But|And|However|Yet|So),?[ \t\n]++)?")
_TRAIL = " \t\n,;:"


# --------------------------------------------------------------------------
# Quotations


@attrs.frozen(kw_only=True)
class _Quote:
    """The words inside one quotation, within one paragraph."""

    start: int  # first character after the opening mark
    end: int  # the closing mark, or the paragraph end
    closed: bool


def _paragraphs(sentences: tuple[Sentence, ...]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    last = None
    for s in sentences:
        if s.paragraph == last and spans:
            spans[-1] = (spans[-1][0], s.end)
        else:
            spans.append((s.start, s.end))
            last = s.paragraph
    return spans


def _pair_quotes(text: str, sentences: tuple[Sentence, ...]) -> list[_Quote]:
    """Pair the ``"`` marks of *text*, paragraph by paragraph, in one pass."""
    marks: list[int] = []
    i = text.find('"')
    while i >= 0:
        marks.append(i)
        i = text.find('"', i + 1)
    paras = _paragraphs(sentences)
    out: list[_Quote] = []
    k = 0
    carry = False  # the previous paragraph ended inside a quotation
    for pi, (ps, pe) in enumerate(paras):
        while k < len(marks) and marks[k] < ps:
            k += 1
        inside: list[int] = []
        while k < len(marks) and marks[k] < pe:
            inside.append(marks[k])
            k += 1
        j = 0
        opened: int | None = None
        if carry and inside and inside[0] == ps:
            opened, j = inside[0], 1
        carry = False
        for m in inside[j:]:
            if opened is None:
                opened = m
            else:
                out.append(_Quote(start=opened + 1, end=m, closed=True))
                opened = None
        if opened is not None:
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else -1
            if nxt >= 0 and text.startswith('"', nxt):
                out.append(_Quote(start=opened + 1, end=pe, closed=False))
                carry = True
    return out


# --------------------------------------------------------------------------
# Drafts


class _Draft(NamedTuple):
    """A claim before ids and public spans (a tuple: cheap to make)."""

    start: int
    end: int
    speaker: str | None
    cue: tuple[int, int] | None
    at: int = 0  # where the cue (or the quotation) starts
    via: str | None = None
    quote: QuoteKind = QuoteKind.INDIRECT
    hedged: bool = False
    first: int = 0  # first sentence index
    last: int = 0  # last sentence index
    group: str = "say"


class _Finder:
    """Finds the claims of one document."""

    def __init__(self, doc: Document, lex: ClaimLexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.sentences = doc.sentences
        self.sent_starts = [s.start for s in doc.sentences]
        self.quotes = _pair_quotes(self.text, doc.sentences)
        self.quote_starts = [q.start for q in self.quotes]
        self.drafts: list[_Draft] = []
        self.last_speaker: str | None = None
        self.used: set[int] = set()
        self.last_word_key = (-1, -1)
        self.last_word_value: tuple[int, str] | None = None
        self.cue_words = self.lex.cues.index(
            self.text, [(x.start, x.end) for x in doc.sentences]
        )
        self.cue_starts = [w[0] for w in self.cue_words]
        # mentions by (start, -end), for :meth:`mentions`, when the
        # document keeps them in order of start as it should
        self.by_start: list[ResolvedMention] | None = None
        self.by_start_starts = [m.start for m in doc.mentions]
        if self.by_start_starts == sorted(self.by_start_starts):
            self.by_start = sorted(
                doc.mentions, key=lambda m: (m.start, -m.end)
            )

    # -- helpers ----------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        """Public span of ``text[start:end]`` (direct for unedited text)."""
        norm = self.doc.norm
        if norm.edits:
            return norm.raw_span(start, end)
        return Span(
            start=start, end=end if end > start else start,
            text=norm.raw[start:end],
        )

    def quote_at(self, pos: int) -> _Quote | None:
        """The quotation whose words hold *pos*."""
        k = bisect.bisect_right(self.quote_starts, pos) - 1
        if k >= 0 and self.quotes[k].start <= pos < self.quotes[k].end:
            return self.quotes[k]
        return None

    def sentence_of(self, pos: int) -> Sentence:
        k = max(0, bisect.bisect_right(self.sent_starts, pos) - 1)
        return self.sentences[k]

    def mentions(self, start: int, end: int) -> tuple[ResolvedMention, ...]:
        """Outermost mentions inside ``text[start:end]``, in order."""
        if end <= start:
            return ()
        found: Iterable[ResolvedMention]
        if self.by_start is not None:
            # the mentions starting inside, already in (start, -end) order
            lo = bisect.bisect_left(self.by_start_starts, start)
            hi = bisect.bisect_left(self.by_start_starts, end, lo)
            found = self.by_start[lo:hi]
        else:
            found = sorted(
                self.doc.mentions_in(start, end),
                key=lambda m: (m.start, -m.end),
            )
        out: list[ResolvedMention] = []
        last = -1  # end of the last mention kept
        for m in found:
            if m.end > end or m.start < last:
                continue
            out.append(m)
            last = m.end
        return tuple(out)

    def pick(
        self, ms: tuple[ResolvedMention, ...], *, first: bool = False
    ) -> str | None:
        """The speaker among mentions of one noun phrase."""
        if not ms:
            return None
        if not first:
            persons = [m for m in ms if m.kind is ActorKind.PERSON]
            if persons:
                return persons[-1].actor
        return ms[0].actor

    def chain(
        self, ms: tuple[ResolvedMention, ...]
    ) -> tuple[ResolvedMention, ...]:
        """The first mention and those joined to it by names or titles."""
        out = list(ms[:1])
        for m in ms[1:]:
            if not _NP_GAP.fullmatch(self.text, out[-1].end, m.start):
                break
            out.append(m)
        return tuple(out)

    def head(self, ms: tuple[ResolvedMention, ...]) -> str | None:
        """Speaker of the noun phrase opening with ``ms[0]``."""
        return self.pick(self.chain(ms)) if ms else None

    def hedged(self, group: _VerbGroup, left: int, cue: int) -> bool:
        """Whether the cue marks its claim as uncertain ("reportedly said").

        Hedges inside the content ("may", "could") are read once the
        content has its final extent (:meth:`run`).
        """
        if group.hedged:
            return True
        return bool(self.lex.hedge_adverb_re.search(self.text, left, cue))

    # -- left of the cue --------------------------------------------------

    def strip_aux(self, floor: int, pos: int) -> int:
        """Move *pos* left over auxiliaries and adverbs."""
        t = self.text
        while pos > floor:
            m = self.last_word(floor, pos)
            if m is None:
                break
            w = m[1]
            low = w.lower()
            if low in _AUX or (
                w.islower() and low.endswith("ly") and len(w) > 4
            ):
                pos = m[0]
                continue
            c = _CONTRACTED.fullmatch(low)
            if c is not None:
                pos = m[0] + c.end(1)  # "He's said": "He" and "has"
            break
        while pos > floor and t[pos - 1] in " \t\n":
            pos -= 1
        return pos

    def last_word(self, floor: int, pos: int) -> tuple[int, str] | None:
        """:func:`_last_word` before *pos* (the last answer is kept: the
        test of a cue and the subject search both ask for it)."""
        key = (max(floor, pos - 80), pos)
        if key != self.last_word_key:
            self.last_word_key = key
            self.last_word_value = _last_word(self.text, *key)
        return self.last_word_value

    def prev_word(self, floor: int, pos: int) -> str:
        m = self.last_word(floor, pos)
        return m[1].lower() if m else ""

    def clause_start(self, floor: int, pos: int, *, commas: bool) -> int:
        """Start of the clause ending at *pos* (after a boundary)."""
        t = self.text
        return _boundary(t, floor, pos, commas=commas)

    def relative_head(self, floor: int, start: int) -> str | None:
        """For a clause opening with who/which: the noun before the comma."""
        ms = self.mentions(floor, start)
        if not ms or self.text[ms[-1].end : start].strip(" \t\n,"):
            return None
        return ms[-1].actor

    def subject(self, floor: int, pos: int) -> tuple[str | None, int, bool]:
        """
        Speaker of a verb whose subject ends at *pos*.

        Returns (speaker, region start, whether a connector or the
        sentence start opens the region).
        """
        t = self.text
        # lowercase parentheticals: ", speaking at ..., said"
        end = pos
        while end > floor and t[end - 1] == ",":
            c = t.rfind(",", floor, end - 1)
            seg_start = c + 1 if c >= 0 else floor
            seg = t[seg_start : end - 1].strip()
            if (
                c >= 0
                and seg
                and (seg[0].islower() or seg[0] in "(-0123456789")
            ):
                end = c + 1  # and on: "X, 61, a lawyer, said"
                continue
            end -= 1
            break
        start = _boundary(t, floor, end, commas=True)
        region = t[start:end].strip()
        first_word = region.split(maxsplit=1)[0].lower() if region else ""
        if first_word in ("who", "which"):
            if not t[floor:start].rstrip().endswith(","):
                return None, start, False
            inner = self.mentions(t.find(first_word, start) + 5, end)
            if first_word == "which" and inner:
                # "The bombing, which the Pentagon said killed 12"
                return self.pick(inner), start, False
            return self.relative_head(floor, start), start, False
        opened = start == floor or t[start - 1] in ",;:"
        if first_word in _SUBORDINATORS or first_word == "that":
            # contrastive "..., while analysts cautioned that ..." opens a
            # clause of its own; other subordinators do not
            opened = first_word in ("while", "whereas") and t[
                max(floor, start - 3) : start
            ].rstrip().endswith(",")
        ms = tuple(
            m
            for m in self.mentions(start, end)
            if m.text.lower() not in _POSSESSIVES
        )
        if not ms:
            # an apposition read as one mention across the comma:
            # "Putin's spokesman, Dmitry Peskov, said"
            ms = tuple(
                m for m in self.mentions(floor, end)[-1:] if m.end > start
            )
        if not ms and start > floor and t[start - 1] == ",":
            # a person and a title set off by commas: "Shinji Fukukawa,
            # Vice Minister of Trade, said"
            before = self.mentions(max(floor, start - 120), start - 1)[-1:]
            if (
                before
                and before[0].kind is ActorKind.PERSON
                and not t[before[0].end : start - 1].strip()
            ):
                ms = before
        if ms and _PP_HEAD.search(t, start, ms[0].start):
            return None, start, opened  # the actor sits in a phrase
        speaker = self.pick(ms)
        if speaker is None and (
            region.lower() in _PRONOUNS or _DOCUMENT.fullmatch(region)
        ):
            # "he said"; "the statement said": the speaker before
            speaker = self.last_speaker
        return speaker, start, opened

    def evidence(self, region: int, pos: int) -> bool:
        """
        True when the subject before *pos* names a poll, a study or records:
        "A new poll shows", "FEC records show".
        """
        nouns = self.lex.evidence_nouns
        return any(
            w.rstrip(".").lower() in nouns
            for w in _SUBJECT_WORD.findall(self.text, region, pos)
        )

    def behind(self, region: int, pos: int) -> str | None:
        """
        The actor behind an evidence phrase: the one after "by" or "from"
        ("a poll by the United Nations"), else an organization in it ("a
        Lima Herald poll").
        """
        ms = self.mentions(region, pos)
        for m in ms:
            if _BY_FROM.search(self.text, max(region, m.start - 12), m.start):
                return m.actor
        for m in ms:
            if m.kind is ActorKind.ORGANIZATION:
                return m.actor
        return None

    def unnamed(self, region: int, pos: int) -> bool:
        """
        True when the subject before *pos* is a noun phrase that names a
        poll, a report or records and no actor ("The new poll says", "Court
        filings say"): its claim is kept with no speaker. A subject that
        names a person or a body the actor stage does not know gives no
        claim.
        """
        t = self.text
        m = _LEADING.match(t, region, pos)
        a = m.end() if m else region
        words = _SUBJECT_WORD.findall(t, a, pos)
        if not words or len(words) > 12:
            return False
        low = words[0].lower()
        if low in _PRONOUNS or low in _SUBORDINATORS or low in _NOT_SUBJECT:
            return False
        return self.evidence(a, pos)

    def elided(
        self, floor: int, conn: int, prev: _Draft | None, comma: bool
    ) -> str | None:
        """Speaker of a verb with no subject of its own ("and said")."""
        if prev is not None and comma:
            return prev.speaker
        t = self.text
        cs = self.clause_start(floor, conn, commas=comma)
        if prev is not None and cs <= prev.at:
            return prev.speaker
        i = cs
        while i < conn and t[i].isspace():
            i += 1
        word = _WORD_AT.match(t, i, conn)
        if word and word.group().lower() in ("who", "which"):
            if t[floor:cs].rstrip().endswith(","):
                return self.relative_head(floor, cs)
            cs = self.clause_start(floor, max(floor, cs - 1), commas=comma)
        ms = self.mentions(cs, conn)
        if ms:
            return self.head(ms)
        ms = self.mentions(floor, conn)
        if ms:
            return self.head(ms)
        return prev.speaker if prev is not None else None

    # -- right of the cue -------------------------------------------------

    def skip_right(self, pos: int, limit: int, group: _VerbGroup) -> int:
        t = self.text
        if group.takes_object:
            m = _AUDIENCE.match(t, pos, limit)
            if m:
                pos = m.end()
            else:
                ms = self.mentions(pos, min(limit, pos + 200))
                om = _OBJ_THAT.match(t, pos, limit)
                if ms and _OBJ_GAP.fullmatch(t, pos, ms[0].start):
                    pos = self.chain(ms)[-1].end
                elif om:
                    pos = om.end()
        while True:
            m = _ADJUNCT.match(t, pos, limit)
            if m is None or m.end() == pos:
                break
            pos = m.end()
        m = _THAT.match(t, pos, limit)
        if m:
            pos = m.end()
        else:
            m = _COLON.match(t, pos, limit)
            if m:
                pos = m.end()
        while pos < limit and t[pos] in " \t\n":
            pos += 1
        return pos

    def content_end(self, start: int, sent: Sentence) -> int:
        """Sentence end, or the end of a quotation opened inside."""
        end = sent.end
        q = self.quote_at(end - 1) or self.quote_at(end - 2)
        if q is not None and start <= q.start and q.end > end:
            end = q.end
        return end

    def trim(self, a: int, b: int, *, cut: bool = True) -> tuple[int, int]:
        t = self.text
        if cut:
            c = t.rfind(",", a, b)
            if c >= 0 and _CUT.match(t, c, b):
                b = c
        while b > a and t[b - 1] in _TRAIL + ".":
            b -= 1
        if b > a and t[b - 1] == '"' and t.count('"', a, b) % 2 == 1:
            b -= 1
            while b > a and t[b - 1] in _TRAIL + ".":
                b -= 1
        while a < b and t[a] in _TRAIL:
            a += 1
        return a, b

    # -- sentences ------------------------------------------------------

    def scan(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, form) of each cue in ``text[start:end]``."""
        return self.lex.cues.scan(
            self.text, start, end, self.cue_words, self.cue_starts
        )

    def cues_in(self, sent: Sentence) -> list[tuple[int, int, _VerbGroup]]:
        out = []
        for cs, ce, form in self.scan(sent.start, sent.end):
            if self.quote_at(cs) is not None:
                continue
            out.append((cs, ce, self.lex.groups[form]))
        return out

    def verbal(
        self, sent: Sentence, cs: int, ce: int, group: _VerbGroup
    ) -> bool:
        """Whether the cue at *cs* is a finite or participial verb."""
        t = self.text
        if group.noun:
            return bool(_NOUN_CUE_LEFT.search(t, max(sent.start, cs - 30), cs))
        word = self.prev_word(sent.start, cs)
        if word in _NEGATIONS:
            return False  # "did not say whether ...": nothing reported
        form = t[cs:ce]
        if (
            form == "say"
            and t.startswith(",", ce)
            and t[max(sent.start, cs - 4) : cs].rstrip().endswith(",")
        ):
            return False  # "another party, say, a bank": for example
        nxt = _NEXT_WORD.match(t, ce, sent.end)
        if nxt is not None and (
            nxt.group(1) in self.lex.cues.firsts
            or (form in _PLURAL_NOUNS and nxt.group(1) in _AFTER_NOUN)
            or (form == "notes" and nxt.group(1) in ("to", "for"))
        ):
            return False  # a noun: "media reports said", "reports of"
        if group.requires_label and not _LABEL.match(
            t, ce, min(sent.end, ce + 120)
        ):
            return False  # "called a meeting", "called the police"
        if group.requires_to and not _TO_INFINITIVE.match(
            t, ce, min(sent.end, ce + 120)
        ):
            return False  # "called on the king": a visit
        if word in _BE or group.adjective:
            if form.endswith("ing") or group.adjective:
                return True
            return group.source and bool(
                _AS_SAYING.search(t, ce, min(sent.end, ce + 160))
            )
        if word in _BLOCKERS:
            return False
        if cs == sent.start or (cs > 0 and t[cs - 1] in "(-"):
            return False
        if not group.requires_as:
            return True
        if _REFLEXIVE.match(t, ce, sent.end):
            return False  # "viewing itself as": how one sees oneself
        comma = t.find(",", ce, sent.end)
        return bool(_AS.search(t, ce, comma if comma >= 0 else sent.end))

    def after_quote(self, floor: int, region: int, pos: int) -> bool:
        """Whether a subject region follows a quotation opening the sentence."""
        t = self.text
        p = region
        while p < pos and t[p] in " \t\n,":
            p += 1
        if p >= len(t) or t[p] != '"':
            p = region
            while p > floor and t[p - 1] in " \t\n,":
                p -= 1
            p -= 1
            if p < floor or t[p] != '"':
                return False
        q = self.quote_at(p - 1)
        if q is None or q.end != p:
            return False
        return q.start <= floor + 1 or not t[floor : q.start - 1].strip()

    def connector(self, floor: int, pos: int, ing: bool) -> int | None:
        """Start of a clause connector ending at *pos*, if any."""
        t = self.text
        if pos - 2 >= floor and t[pos - 2 : pos] == ',"':
            pos -= 1  # '"...," adding that': the comma inside the quote
        if pos <= floor or t[pos - 1] not in _CONNECTOR_LAST:
            return None
        m = _CONNECTOR.search(t, max(floor, pos - 16), pos)
        if m is None:
            return None
        if m.group() in (",",) and not ing:
            return None
        return int(m.start())

    def sentence(self, sent: Sentence) -> None:
        """Find the claims whose cue lies in *sent*."""
        t = self.text
        floor = sent.start
        k = bisect.bisect_left(self.cue_starts, floor)
        if (
            (k == len(self.cue_starts) or self.cue_starts[k] >= sent.end)
            and t.find("ccording", floor, sent.end) < 0
            and (
                t.find("that", floor, sent.end) < 0
                or _NOUN_THAT.search(t, floor, sent.end) is None
            )
        ):
            # no cue word, no "according to", no speech noun
            early: list[_Draft] = []
            self.in_evidence(sent, early)
            self.drafts.extend(early)
            return
        prev: _Draft | None = None
        out: list[_Draft] = []
        for cs, ce, group in self.cues_in(sent):
            if (prev is None or cs > prev.at) and self.passive(
                sent, cs, ce, group, out
            ):
                prev = out[-1]
                continue
            if (
                group.requires_label
                and (prev is None or cs > prev.at)
                and self.relative_label(sent, cs, ce, group, out)
            ):
                prev = out[-1]
                continue
            if not self.verbal(sent, cs, ce, group):
                continue
            if prev is not None and cs < prev.at:
                continue
            left = cs
            noun_end = ce
            if group.noun:
                nm = _NOUN_CUE_RIGHT.match(t, ce, sent.end)
                lm = _NOUN_CUE_LEFT.search(t, max(floor, cs - 30), cs)
                if nm is None or lm is None:
                    continue
                noun_end = nm.end()
                left = self.strip_aux(floor, lm.start())
                wm = _last_word(t, max(floor, left - 80), left)
                if wm:  # the verb of "renewed its condemnation"
                    left = wm[0]
            pos = self.strip_aux(floor, left)
            ing = t[cs:ce].split()[0].endswith("ing")
            via: str | None = None
            speaker: str | None
            inverted = False
            right = noun_end
            conn = self.connector(floor, pos, ing)
            after = None
            if conn is None and pos > floor and t[pos - 1] == "," and not ing:
                after = self.after_subject(ce, sent, group)
            if (
                conn is None
                and after is None
                and prev is not None
                and self.inverted_tail(pos, ce, sent)
            ):
                # ", said his office.": the end of the claim before
                if prev.start < pos - 1 < prev.end:
                    i = out.index(prev)
                    _, pb = self.trim(prev.start, pos - 1)
                    out[i] = prev = prev._replace(end=pb)
                continue
            if group.evidence and (conn is not None or after is not None):
                continue
            if conn is not None:
                comma = ing and t[conn] == ","
                speaker = self.elided(floor, conn, prev, comma)
                boundary = conn
                region = conn
            elif after is not None:
                if self.after_quote(floor, pos, pos):
                    continue
                speaker, right = after
                inverted = True
                boundary = region = pos - 1
            else:
                speaker, region, opened = self.subject(floor, pos)
                boundary = region
                if group.evidence and not self.evidence(region, pos):
                    continue  # "the Republicans show": no poll, no report
                if self.after_quote(floor, region, pos):
                    continue  # '"...," she said': a quotation's cue
                if prev is not None and (not opened or region < prev.at + 1):
                    continue  # a cue inside the content of another claim
                if prev is not None:
                    c = self.connector(
                        floor, self.strip_aux(floor, region), True
                    )
                    boundary = c if c is not None else region
            if group.source:
                got = self.source(sent, cs, ce, speaker)
                if got is None:
                    continue
                speaker, via, right = got
            unnamed = (after is not None and speaker is None) or (
                speaker is None
                and conn is None
                and after is None
                and not ing
                and group.name not in _HUMAN_GROUPS
                and self.unnamed(region, pos)
            )
            if unnamed and conn is None and after is None:
                # "A poll by the United Nations found": the body behind it
                speaker = self.behind(region, pos)
            if speaker is None and prev is None and not unnamed:
                continue
            if inverted:
                cstart = right
            else:
                cstart = self.skip_right(right, sent.end, group)
            no_comp = (
                inverted
                or _NO_COMPLEMENT.match(t, cstart, sent.end) is not None
            )
            if speaker is None and not no_comp and not unnamed:
                continue
            if not no_comp and _NOTHING.match(t, cstart):
                continue  # "said nothing about it": nothing reported
            if (
                group.requires_that
                and not no_comp
                and not t.startswith('"', cstart)
                and not _THAT_OR_COLON.search(t, right, cstart)
                and not _WHETHER.match(t, cstart)
                and not (
                    t.startswith(",", cstart) and _AS_OPEN.match(t, region)
                )  # "As Ruiz put it, ..."
            ):
                continue  # "maintain control": not a report
            if no_comp:
                if prev is not None:
                    # a trailing attribution ("..., his office said"),
                    # even of an unknown speaker, ends the claim before

                    c = t.rfind(",", prev.start, boundary + 1)
                    if prev.start < c < prev.end:
                        i = out.index(prev)
                        _, pb = self.trim(prev.start, c)
                        out[i] = prev = prev._replace(end=pb)
                    continue
                a = sent.start
                lm2 = _LEADING.match(t, a, boundary)
                if lm2:
                    a = lm2.end()
                c = t.rfind(",", a, boundary + 1)
                if c < 0 or t[a] == '"':
                    continue
                a, b = self.trim(a, c, cut=False)
                if b - a < 8:
                    continue
                d = _Draft(
                    start=a,
                    end=b,
                    speaker=speaker,
                    via=via,
                    cue=(cs, ce),
                    at=cs,
                    hedged=self.hedged(group, a, a),
                    first=sent.index,
                    last=sent.index,
                    group=group.name,
                )
                out.append(d)
                prev = d
                continue
            if prev is not None:
                i = out.index(prev)
                _, pb = self.trim(prev.start, min(prev.end, boundary))
                out[i] = prev = prev._replace(end=max(prev.start, pb))
            end = self.content_end(cstart, sent)
            if _RELATIVE.match(t, region, cs) and t[
                floor:region
            ].rstrip().endswith(","):
                c = t.find(",", cstart, end)
                end = c if c >= 0 else end  # "X, who said Y, did Z"
            quote = QuoteKind.INDIRECT
            q = (
                self.quote_at(cstart + 1)
                if t.startswith('"', cstart)
                else None
            )
            if (
                q is not None
                and q.start == cstart + 1
                and (
                    q.end >= sent.end - 2
                    or not q.closed
                    # 'said "...," adding that ...'
                    or (
                        "," in t[q.end - 1 : q.end + 3]
                        and _QUOTE_THEN.match(t, q.end + 1, sent.end)
                        is not None
                    )
                )
            ):
                quote = QuoteKind.DIRECT
                a, b = self.trim(q.start, q.end, cut=False)
                self.used.add(q.start)
            else:
                a, b = self.trim(cstart, end)
                if group.name in _NP_GROUPS:
                    # "condemned the attack, calling it a cowardly act"
                    pm = _PARTICIPLE.search(t, a, b)
                    if pm is not None:
                        b = self.trim(a, pm.start(), cut=False)[1]
                if prev is None and conn is None and not inverted:
                    # "The plan, he said, would cut costs": both parts
                    a = self.aside_head(floor, region, cstart, a)
            if b - a < 3:
                continue
            for ca, cb, at in self.conjuncts(a, b, cs, quote):
                last = self.sentence_of(max(ca, cb - 1)).index
                d = _Draft(
                    start=ca,
                    end=cb,
                    speaker=speaker,
                    via=via,
                    cue=(cs, ce),
                    at=at,
                    quote=quote,
                    hedged=self.hedged(group, region, cs),
                    first=sent.index,
                    last=max(sent.index, last),
                    group=group.name,
                )
                out.append(d)
                prev = d
        self.leading(sent, out)
        self.noun_that(sent, out)
        self.according(sent, out)
        if not out:
            self.in_evidence(sent, out)
        for d in out:
            if d.end > d.start:
                self.drafts.append(d)
                self.last_speaker = d.speaker

    def conjuncts(
        self, a: int, b: int, cs: int, quote: QuoteKind
    ) -> list[tuple[int, int, int]]:
        """
        (start, end, at) of each claim in reported content ``[a, b)``.

        "said A and that B" reports two things: the content splits at
        "and that" (outside quotation marks).
        """
        if quote is QuoteKind.INDIRECT:
            m = _AND_THAT.search(self.text, a, b)
            if (
                m is not None
                and self.quote_at(m.start()) is None
                # "that" as a pronoun ("and that was why"), or "and that"
                # inside a clause ("evidence that A and that B")
                and not _PRONOUN_THAT.match(self.text, m.end(), b)
                and _THAT_WORD.search(self.text, a, m.start()) is None
            ):
                a1, b1 = self.trim(a, m.start(), cut=False)
                if b1 - a1 >= 3 and b - m.end() >= 3:
                    return [(a1, b1, cs), (m.end(), b, m.start())]
        return [(a, b, cs)]

    def relative_label(
        self,
        sent: Sentence,
        cs: int,
        ce: int,
        group: _VerbGroup,
        out: list[_Draft],
    ) -> bool:
        """
        A label whose object is a relative pronoun: "what Ruiz called 'a
        perception problem'", "a plan that Ruiz once called a disaster"
        (the content is the label). Adds the claim to *out*.
        """
        t = self.text
        lo = max(sent.start, cs - 100)
        rels = list(_REL_OBJECT.finditer(t, lo, cs))
        if not rels:
            return False
        rel = rels[-1]
        ms = self.mentions(rel.end(), cs)
        if not ms or not _GAP_THE.fullmatch(t, rel.end(), ms[0].start):
            return False
        chain = self.chain(ms)
        if not _REL_ADVERBS.fullmatch(t, chain[-1].end, cs):
            return False
        quote = QuoteKind.INDIRECT
        q = _LABEL_QUOTE.match(t, ce, sent.end)
        if q is not None and (qq := self.quote_at(q.end() + 1)) is not None:
            a, b = self.trim(qq.start, qq.end, cut=False)
            quote = QuoteKind.DIRECT
            self.used.add(qq.start)
        else:
            if not _LABEL_NP.match(t, ce, sent.end):
                return False  # "the man who Ruiz called yesterday"
            m = _LABEL_END.search(t, ce, min(sent.end, ce + 120))
            a, b = self.trim(ce, m.start() if m else min(sent.end, ce + 120))
        if b - a < 3:
            return False
        out.append(
            _Draft(
                start=a,
                end=b,
                speaker=self.pick(chain),
                cue=(cs, ce),
                at=cs,
                quote=quote,
                hedged=self.hedged(group, rel.start(), cs),
                first=sent.index,
                last=sent.index,
                group=group.name,
            )
        )
        return True

    def passive(
        self,
        sent: Sentence,
        cs: int,
        ce: int,
        group: _VerbGroup,
        out: list[_Draft],
    ) -> bool:
        """
        A passive cue with its agent: "The attack was claimed by Islamic
        Jihad" (the content is the subject), "The strike was described by
        X as an act of war" (what follows "as"), "Y was told by X that
        ..." (what follows "that"). Adds the claim to *out*.
        """
        t = self.text
        if group.noun or group.adjective or group.source or group.evidence:
            return False
        if self.prev_word(sent.start, cs) not in _BE:
            return False
        bm = _BY.match(t, ce, sent.end)
        if bm is None:
            return False
        ms = self.mentions(bm.end(), min(sent.end, bm.end() + 120))
        if not ms or not _GAP_THE.fullmatch(t, bm.end(), ms[0].start):
            return False
        chain = self.chain(ms)
        speaker = self.pick(chain)
        after = chain[-1].end
        hedge_group = group
        if group.requires_as:
            am = _PASSIVE_AS.match(t, after, sent.end)
            if am is None:
                return False
            a, b = self.trim(am.end(), self.content_end(am.end(), sent))
        elif (tm := _THAT.match(t, after, sent.end)) is not None:
            a, b = self.trim(tm.end(), self.content_end(tm.end(), sent))
        else:
            # the subject is what was claimed, announced or condemned
            be = self.last_word(sent.start, cs)
            if be is None:
                return False
            lo = self.clause_start(sent.start, be[0], commas=True)
            lm = _LEADING.match(t, lo, be[0])
            a, b = self.trim(lm.end() if lm else lo, be[0], cut=False)
            if not _CLAUSE_END.match(t, after, sent.end):
                return False  # more follows: "was claimed by X in Y ..."
            hedge_group = _NO_GROUP
        if b - a < 3:
            return False
        out.append(
            _Draft(
                start=a,
                end=b,
                speaker=speaker,
                cue=(cs, ce),
                at=cs,
                hedged=self.hedged(hedge_group, cs, cs),
                first=sent.index,
                last=self.sentence_of(max(a, b - 1)).index,
                group=group.name,
            )
        )
        return True

    def aside_head(self, floor: int, region: int, cstart: int, a: int) -> int:
        """
        Content start for a cue set off by commas inside its content.

        In "The plan, he said, would cut costs" the words before the
        aside are the subject of the content: the content starts there.
        Otherwise *a* is returned unchanged.
        """
        t = self.text
        if region <= floor or t[region - 1] != ",":
            return a
        if not _PREDICATE_AFTER_ASIDE.match(t, cstart, cstart + 500):
            return a
        h = floor
        lm = _LEADING.match(t, h, region)
        if lm:
            h = lm.end()
        head = t[h : region - 1]
        if not head.strip() or '"' in head or self.quote_at(h) is not None:
            return a
        words = head.split()
        if len(words) > 12 or words[0].lower() in _SUBORDINATORS:
            return a
        if _HEAD_VERB.search(head):
            return a  # a clause of its own: "X rejected Y, he said, ..."
        return self.trim(h, region)[0]

    def after_subject(
        self, ce: int, sent: Sentence, group_: _VerbGroup | None
    ) -> tuple[str | None, int] | None:
        """Subject after the verb ("..., said Hu."): (speaker, end)."""
        t = self.text
        ms = self.mentions(ce, min(sent.end, ce + 160))
        if not ms or not _GAP.fullmatch(t, ce, ms[0].start):
            if group_ is None or group_.name not in _INVERTING:
                return None
            return self.after_phrase(ce, sent)
        stop = sent.end
        m = _AFTER_STOP.search(t, ce, min(sent.end, ce + 200))
        if m:
            stop = m.start()
        group = self.chain(tuple(x for x in ms if x.end <= stop) or ms[:1])
        # "said Ali Hassan, his adviser": the name may end the clause
        for n in range(len(group), 0, -1):
            end = group[n - 1].end
            if _CLAUSE_END.match(t, end, sent.end):
                return self.pick(group[:n]), end
        if group_ is None or group_.name not in _INVERTING:
            return None
        return self.after_phrase(ce, sent)  # "said Ann Lee in Lima."

    def after_phrase(
        self, ce: int, sent: Sentence
    ) -> tuple[str | None, int] | None:
        """
        A subject after the verb that is a noun phrase ending the sentence,
        named or not: "..., said the report.", "..., says political
        scientist Ann Lee in Almaty." (speaker or None, end).
        """
        t = self.text
        end = sent.end
        while end > ce and t[end - 1] in _SENTENCE_TAIL:
            end -= 1
        if end - ce > 160 or t.startswith(",", ce):
            return None  # "instead of, say, the party"
        words = _SUBJECT_WORD.findall(t, ce, end)
        if not words or len(words) > 12:
            return None
        first = words[0].lower()
        if first in _PRONOUNS or first in _NOT_SUBJECT:
            return None
        if first in _SUBORDINATORS:
            return None
        if first in _PREPOSITIONS:
            return None  # "she said of Trump."
        if any(w.lower() in _FINITE for w in words):
            return None  # "..., said he would go."
        ms = self.mentions(ce, end)
        if not ms:
            if not self.evidence(ce, end):
                return None  # "..., said a senior official.": no actor
            return None, end  # "..., said the report."
        # a name with at most a title before it and a place or an
        # apposition after it: "says political scientist Ann Lee in Almaty"
        chain = self.chain(ms)
        if chain[0].kind not in _SPEAKER_KINDS:
            return None  # "said the crisis showed the limits of US power"
        if len(_SUBJECT_WORD.findall(t, ce, chain[0].start)) > 3:
            return None
        if not _AFTER_NAME.match(t, chain[-1].end, end):
            return None  # "said the move hurt Ann Lee's party"
        return self.pick(chain), end

    def inverted_tail(self, pos: int, ce: int, sent: Sentence) -> bool:
        """Whether ", said his office." ends the clause after the cue."""
        t = self.text
        if pos <= sent.start or t[pos - 1] != ",":
            return False
        return _INVERTED_TAIL.match(t, ce, sent.end) is not None

    def source(
        self, sent: Sentence, cs: int, ce: int, subject: str | None
    ) -> tuple[str | None, str | None, int] | None:
        """ "X quoted Y as saying": (speaker, via, content start, passive)."""
        t = self.text
        m = _AS_SAYING.search(t, ce, min(sent.end, ce + 200))
        if m is None:
            return None
        word = self.prev_word(sent.start, cs)
        if word in _BE:
            # "Y was quoted (by X) as saying (by X)"
            via_ms = self.mentions(ce, m.start())
            after = m.end()
            bm = _BY.match(t, after, after + 500)
            if bm:
                ms = self.mentions(bm.end(), min(sent.end, bm.end() + 80))
                if ms and ms[0].start - bm.end() < 6:
                    via_ms = ms[:1]
                    after = ms[0].end
            via = via_ms[0].actor if via_ms else None
            return subject, via, after
        inner = self.mentions(ce, m.start())
        speaker = self.pick(inner, first=True) if inner else None
        return speaker, subject, m.end()

    def leading(self, sent: Sentence, out: list[_Draft]) -> None:
        """
        A participle opening the sentence reports for the main clause's
        speaker: "Calling the talks useful, Luo said ...", "Noting that
        prices rose, the minister said ...".
        """
        t = self.text
        m = _LEADING_PARTICIPLE.match(t, sent.start, sent.end)
        if m is None:
            return
        main = next((d for d in out if d.at > m.end()), None)
        if main is None or main.speaker is None:
            return
        c = t.rfind(",", m.end(), main.at)
        if c < 0 or any(d.start < c and d.end > m.end() for d in out):
            return
        a = m.end()
        tm = _THAT.match(t, a, c)
        if tm is not None:
            a = tm.end()
        a, b = self.trim(a, c, cut=False)
        if b - a < 3:
            return
        out.insert(
            0,
            _Draft(
                start=a,
                end=b,
                speaker=main.speaker,
                cue=(sent.start, m.end()),
                at=sent.start,
                hedged=self.hedged(_NO_GROUP, a, a),
                first=sent.index,
                last=sent.index,
                group="say",
            ),
        )

    def noun_that(self, sent: Sentence, out: list[_Draft]) -> None:
        """
        A speech noun with its content: "a warning from Turkey that ...",
        "Chile's insistence that ...", "Peru took the stance that ...".
        """
        t = self.text
        if t.find("that", sent.start, sent.end) < 0:
            return
        for m in _NOUN_THAT.finditer(t, sent.start, sent.end):
            ns = m.start("noun")
            if self.quote_at(ns) is not None:
                continue
            if any(d.start <= ns < d.end or d.at == ns for d in out):
                continue  # inside another claim's content
            if len(t[sent.start : ns].split()) <= 2:
                # the subject: "Chile's insistence that A angered B" has
                # no end for A that a pattern can see
                continue
            speaker: str | None = None
            if m.group("src") is not None:
                ms = self.mentions(m.start("src"), m.end("src"))
                if not ms or not _GAP_THE.fullmatch(
                    t, m.start("src"), ms[0].start
                ):
                    continue
                speaker = self.pick(self.chain(ms))
            else:
                lm = _NOUN_LEFT.search(t, max(sent.start, ns - 60), ns)
                if lm is None:
                    continue
                if lm.group("own") is not None:
                    ms = self.mentions(sent.start, lm.end("own"))
                    if lm.group("own").lower() in _POSSESSIVES:
                        speaker = self.last_speaker
                        if lm.group("light") is not None:
                            speaker = self.subject(
                                sent.start,
                                self.strip_aux(sent.start, lm.start()),
                            )[0]
                    elif ms and ms[-1].end >= lm.start("own") - 1:
                        speaker = ms[-1].actor
                elif lm.group("light") is not None:
                    speaker = self.subject(
                        sent.start, self.strip_aux(sent.start, lm.start())
                    )[0]
            if speaker is None:
                continue
            a, b = self.trim(m.end(), self.content_end(m.end(), sent))
            if b - a < 8:
                continue
            out.append(
                _Draft(
                    start=a,
                    end=b,
                    speaker=speaker,
                    cue=(ns, m.end("noun")),
                    at=ns,
                    hedged=self.hedged(_NO_GROUP, ns, ns),
                    first=sent.index,
                    last=self.sentence_of(max(a, b - 1)).index,
                    group="noun",
                )
            )

    def according(self, sent: Sentence, out: list[_Draft]) -> None:
        """Handle "according to X" in *sent*."""
        t = self.text
        if t.find("ccording", sent.start, sent.end) < 0:
            return
        for m in _ACCORDING.finditer(t, sent.start, sent.end):
            if self.quote_at(m.start()) is not None:
                continue
            ms = self.mentions(m.end(), min(sent.end, m.end() + 120))
            if ms and (
                ms[0].start - m.end() <= 4
                or _ACCORDING_GAP.fullmatch(t, m.end(), ms[0].start)
            ):
                # "according to a tweet by Russian Foreign Ministry
                # spokeswoman Maria Zakharova": the person of the phrase
                chain = self.chain(ms)
                who = self.pick(chain)
                stop = chain[-1].end
            else:
                # a source that is no actor: "according to a new poll",
                # "according to him"
                w = _NEXT_SOURCE.match(t, m.end(), sent.end)
                if w is None or (
                    m.start() - sent.start > 2
                    and not t[max(sent.start, m.start() - 4) : m.start()]
                    .rstrip()
                    .endswith((",", "("))
                ):
                    continue  # "acted according to the rules"
                word = w.group(1)
                if word.lower() in _OBJECT_PRONOUNS:
                    who = self.last_speaker
                else:
                    c = t.find(",", m.end(), sent.end)
                    if not self.evidence(m.end(), c if c >= 0 else sent.end):
                        continue  # a person or body that is no actor
                    who = None
                stop = w.end()
            users = [d for d in out if d.at < m.start()]
            if users:
                for i, d in enumerate(out):
                    if d in users and d.via is None and d.speaker != who:
                        out[i] = d._replace(via=who)
                    if d.start < m.start() < d.end:
                        a, b = self.trim(d.start, m.start())
                        out[i] = out[i]._replace(end=b)
                continue
            if m.start() - sent.start <= 2:
                c = t.find(",", stop, sent.end)
                if c < 0:
                    continue
                a, b = self.trim(c + 1, sent.end)
            else:
                a, b = self.trim(sent.start, m.start(), cut=False)
            if b - a < 8:
                continue
            out.append(
                _Draft(
                    start=a,
                    end=b,
                    speaker=who,
                    cue=m.span(),
                    at=m.start(),
                    hedged=self.hedged(_ACCORDING_GROUP, a, a),
                    first=sent.index,
                    last=sent.index,
                    group="according",
                )
            )

    def in_evidence(self, sent: Sentence, out: list[_Draft]) -> None:
        """
        "In the latest poll, Ruiz leads by ten points": a sentence that
        opens with a poll, a survey or a report and reports no cue of its
        own is a claim of that source.
        """
        t = self.text
        lm = _LEADING.match(t, sent.start, sent.end)
        a = lm.end() if lm else sent.start
        m = _IN_SOURCE.match(t, a, sent.end)
        if m is None or not self.evidence(m.start(1), m.end(1)):
            return
        c, d = self.trim(m.end(), sent.end)
        if _PARTICIPLE_WORD.match(t, c, d):
            # "In the poll, conducted in May, ...": past the participle
            k = t.find(",", c, min(d, c + 80))
            if k < 0:
                return
            c, d = self.trim(k + 1, d)
        if d - c < 8:
            return
        out.append(
            _Draft(
                start=c,
                end=d,
                speaker=self.behind(m.start(1), m.end(1)),
                cue=(m.start(), m.start() + 2),
                at=m.start(),
                hedged=self.hedged(_ACCORDING_GROUP, c, c),
                first=sent.index,
                last=sent.index,
                group="according",
            )
        )

    # -- quotations -----------------------------------------------------

    def resumed(self, prev: _Draft | None, q: _Quote) -> _Draft | None:
        """
        The quotation claim *q* goes on from, when only its cue stands
        between them: '"...," Kim said, "..."', '"...," said Kim, "..."'.
        """
        if prev is None or prev.cue is None or prev.quote is not (
            QuoteKind.DIRECT
        ):
            return None
        ce = prev.cue[1]
        if not prev.end < ce < q.start <= ce + 60:
            return None
        gap = self.text[ce : q.start - 1]
        if "," not in gap or not _RESUME_GAP.fullmatch(gap):
            return None
        return prev

    def quotations(self) -> None:
        """Direct claims from quotations no indirect claim holds."""
        t = self.text
        indirect = sorted(self.drafts, key=lambda d: d.start)
        found: list[_Draft] = []
        k = 0  # indirect drafts starting before the current quotation
        for q in self.quotes:
            if q.start in self.used:
                continue
            while k < len(indirect) and indirect[k].start < q.end:
                k += 1
            if k and indirect[k - 1].end > q.start:
                continue  # inside reported speech
            a, b = self.trim(q.start, q.end, cut=False)
            if b - a < 3:
                continue
            end = q.end if q.closed else max(q.start, q.end - 1)
            sent = self.sentence_of(end)
            first = self.sentence_of(q.start)
            before = [
                d
                for d in (
                    indirect[k - 1] if k else None,
                    found[-1] if found else None,
                )
                if d is not None
            ]
            near = max(before, key=lambda d: d.start, default=None)
            self.last_speaker = near.speaker if near is not None else None
            got = self.tail(q, sent) if q.closed else None
            group = _NO_GROUP
            cue: tuple[int, int] | None
            resumed = self.resumed(found[-1] if found else None, q)
            if got is not None:
                speaker, via, cue, group = got
            elif resumed is not None:
                # '"...," Kim said, "but not under pressure."'
                speaker, via, cue = resumed.speaker, resumed.via, None
            else:
                if t[first.start : q.start - 1].strip():
                    continue  # a phrase in quotes inside a sentence
                if len(t[a:b].split()) < 3:
                    continue
                speaker = None
                if (
                    near is not None
                    and first.paragraph - self.sentences[near.last].paragraph
                    <= 1
                ):
                    speaker = near.speaker
                via, cue = None, None
            d = _Draft(
                start=a,
                end=b,
                speaker=speaker,
                via=via,
                cue=cue,
                at=q.start - 1,
                quote=QuoteKind.DIRECT,
                hedged=self.hedged(group, b, b),
                first=first.index,
                last=sent.index,
                group=group.name,
            )
            last_q = self.quote_at(found[-1].start) if found else None
            if found and d.speaker is None and cue is None:
                if found[-1].end >= q.start - 4:
                    d = d._replace(speaker=found[-1].speaker)
            elif (
                last_q is not None
                and not last_q.closed
                and found[-1].speaker is None
                and q.start - found[-1].end < 12
            ):
                found[-1] = found[-1]._replace(speaker=d.speaker)
            found.append(d)
        self.drafts = indirect + found

    def tail(
        self, q: _Quote, sent: Sentence
    ) -> tuple[str | None, str | None, tuple[int, int], _VerbGroup] | None:
        """The cue after a closed quotation: ``"...," he said``."""
        t = self.text
        after = q.end + 1
        inner_punct = t[q.end - 1 : q.end] in (",", ".", "?", "!")
        lim = min(sent.end, after + 120)
        gap = _GAP_COMMA.match(t, after, lim)
        if gap is None or not (inner_punct or gap.group(1)):
            return None
        for cs, ce, form in self.scan(after, lim):
            if '"' in t[after:cs]:
                return None
            group = self.lex.groups[form]
            word = self.prev_word(after, cs)
            region_ms = self.mentions(after, cs)
            if group.source:
                got = self.source(sent, cs, ce, self.pick(region_ms))
                if got is None:
                    return None
                speaker, via, _ = got
                return speaker, via, (cs, ce), group
            if word in _BLOCKERS and word not in _BE:
                return None
            if region_ms:
                speaker = self.pick(region_ms)
            else:
                region = t[after:cs].strip(" \t\n,").lower()
                got2 = self.after_subject(ce, sent, group)
                if got2 is not None and not region:
                    speaker = got2[0]
                elif region in _PRONOUNS:
                    speaker = self.last_speaker
                else:
                    return None
            return speaker, None, (cs, ce), group
        return None

    # -- assembly -------------------------------------------------------

    def headline(self, sent: Sentence) -> None:
        """A headline's "Speaker: content" ("Lavrov: Russia will respond")."""
        t = self.text
        m = _HEADLINE.match(t, sent.start, sent.end)
        if m is None:
            return
        colon = m.end() - 1
        ms = self.mentions(sent.start, colon)
        if not ms or _TITLE_GAP.fullmatch(t, sent.start, ms[0].start) is None:
            return
        chain = self.chain(ms)
        if t[chain[-1].end : colon].strip():
            return  # more than a name before the colon
        if any(
            x.kind not in (ActorKind.PERSON, ActorKind.ORGANIZATION)
            for x in chain
        ):
            return  # "MOSCOW:" is a dateline, "Russia:" a topic
        a, b = self.trim(colon + 1, sent.end, cut=False)
        if len(t[a:b].split()) < 3 or not (t[a].isupper() or t[a] in "\"'"):
            return  # "The EU: a short history"
        self.drafts.append(
            _Draft(
                start=a,
                end=b,
                speaker=self.pick(chain),
                cue=(colon, colon + 1),
                at=colon,
                quote=QuoteKind.INDIRECT,
                first=sent.index,
                last=sent.index,
                group="say",
            )
        )

    def run(self) -> tuple[Claim, ...]:
        for sent in self.sentences:
            self.sentence(sent)
            if t_colon(self.text, sent):
                self.headline(sent)
        self.quotations()
        drafts = sorted(self.drafts, key=lambda d: (d.start, -d.end))
        kept: list[_Draft] = []
        for d in drafts:
            if kept and d.start < kept[-1].end:
                p = kept[-1]
                if d.end <= p.end:
                    if (
                        p.quote is QuoteKind.INDIRECT
                        and d.quote is QuoteKind.INDIRECT
                        and p.at < d.start
                    ):
                        kept[-1] = d  # the inner report is the claim
                    continue
                a, b = self.trim(p.start, d.start, cut=False)
                if b - a < 3:
                    kept.pop()
                else:
                    kept[-1] = p._replace(end=b)
            kept.append(d)
        span = self.span
        out: list[Claim] = []
        for n, d in enumerate(kept, 1):
            first = self.sentences[d.first]
            last = self.sentences[d.last]
            evidence: tuple[Span, ...] = (
                span(min(first.start, d.start), max(last.end, d.end)),
            )
            out.append(
                Claim(
                    id=f"claim:{n}",
                    speaker=d.speaker,
                    via=d.via,
                    cue=span(*d.cue) if d.cue else None,
                    content=span(d.start, d.end),
                    quote=d.quote,
                    hedged=d.hedged
                    or self.lex.content_hedge_re.search(self.text, d.start, d.end)
                    is not None,
                    evidence=evidence,
                )
            )
        return tuple(out)


def find_claims(doc: Document, lex: ClaimLexicon) -> tuple[Claim, ...]:
    """
    Claims made in *doc*, in text order.

    Examples:
        >>> from communique._lexicons import Lexicons
        >>> from communique._types import Document, NormalizedText
        >>> from communique._segment import segment
        >>> norm = NormalizedText.identity('"We are ready," she said.')
        >>> doc = Document(norm=norm, sentences=segment(norm), mentions=(), actors={})
        >>> find_claims(doc, build_lexicon(Lexicons.default()))[0].content.text
        'We are ready'
    """
    if not doc.sentences:
        return ()
    return _Finder(doc, lex).run()
