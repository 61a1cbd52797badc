# SPDX-License-Identifier: MIT
"""
What is said: the words to the right of a cue.

Functions over a :class:`._context._Context` that skip an addressee and
time adjuncts after a verb, decide whether a cue is used verbally,
find a connector to a previous claim, the conjuncts of a
coordinated content and the head of an aside.
"""

from __future__ import annotations

import regex

from communique import _cache
from communique._types import Sentence
from communique.model import QuoteKind

from ._context import _Context
from ._lexicon import _VerbGroup
from ._words import (
    _AS_SAYING,
    _BE,
    _BLOCKERS,
    _LEADING,
    _NOUN_CUE_LEFT,
    _SUBORDINATORS,
    _THAT,
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


# After a "press" cue: an object and an infinitive ("pressed Iran to
# halt"), or "for" ("pressed for talks").
_TO_INFINITIVE = _cache.pattern(
    r"(?<![ \t\n])[ \t\n]++"
    r"(?:for\b|(?:[\w.'-]++[ \t\n]++){1,6}?to[ \t\n]++[a-z])"
)


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


# The next word after a cue.
_NEXT_WORD = _cache.pattern(r"(?<![ \t\n])[ \t\n]++([a-z]++)\b")


_AS = _cache.pattern(
    r"\bas\b(?![ \t\n]++(?:saying|well|part|soon|long|much|many|a[ \t\n]++result))"
)


_REFLEXIVE = _cache.pattern(
    r"(?<![ \t\n])[ \t\n]++(?:itself|himself|herself|themselves|ourselves|"
    r"oneself)\b"
)


_CONNECTOR = _cache.pattern(
    r"(?:[,;][ \t\n]*+(?:and|but|yet|while)|(?<=[ \t\n])(?:and|but|yet)|;|,)$"
)


# The characters a connector can end with ("$" also matches before a
# final newline).
_CONNECTOR_LAST = frozenset(",;dte\n")


_OBJ_GAP = _cache.pattern(
    r"[ \t\n]++(?:(?:the|visiting|his|her|their|its)[ \t\n]++)?"
    r"(?:[A-Z][\w.'-]*+[ \t\n]++){0,4}"
)


_OBJ_THAT = _cache.pattern(
    r"(?<![ \t\n])[ \t\n]++(?:the|a|an|his|her|their|its)[ \t\n]++"
    r"(?:[\w'-]++[ \t\n]++){0,3}?(?=that\b)"
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


def skip_right(cx: _Context, pos: int, limit: int, group: _VerbGroup) -> int:
    t = cx.text
    if group.takes_object:
        m = _AUDIENCE.match(t, pos, limit)
        if m:
            pos = m.end()
        else:
            ms = cx.mentions(pos, min(limit, pos + 200))
            om = _OBJ_THAT.match(t, pos, limit)
            if ms and _OBJ_GAP.fullmatch(t, pos, ms[0].start):
                pos = cx.chain(ms)[-1].end
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


def verbal(
    cx: _Context, sent: Sentence, cs: int, ce: int, group: _VerbGroup
) -> bool:
    """Whether the cue at *cs* is a finite or participial verb."""
    t = cx.text
    if group.noun:
        return bool(_NOUN_CUE_LEFT.search(t, max(sent.start, cs - 30), cs))
    word = cx.prev_word(sent.start, cs)
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
        nxt.group(1) in cx.lex.cues.firsts
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


def after_quote(cx: _Context, floor: int, region: int, pos: int) -> bool:
    """Whether a subject region follows a quotation opening the sentence."""
    t = cx.text
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
    q = cx.quote_at(p - 1)
    if q is None or q.end != p:
        return False
    return q.start <= floor + 1 or not t[floor : q.start - 1].strip()


def connector(cx: _Context, floor: int, pos: int, ing: bool) -> int | None:
    """Start of a clause connector ending at *pos*, if any."""
    t = cx.text
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


def conjuncts(
    cx: _Context, a: int, b: int, cs: int, quote: QuoteKind
) -> list[tuple[int, int, int]]:
    """
    (start, end, at) of each claim in reported content ``[a, b)``.

    "said A and that B" reports two things: the content splits at
    "and that" (outside quotation marks).
    """
    if quote is QuoteKind.INDIRECT:
        m = _AND_THAT.search(cx.text, a, b)
        if (
            m is not None
            and cx.quote_at(m.start()) is None
            # "that" as a pronoun ("and that was why"), or "and that"
            # inside a clause ("evidence that A and that B")
            and not _PRONOUN_THAT.match(cx.text, m.end(), b)
            and _THAT_WORD.search(cx.text, a, m.start()) is None
        ):
            a1, b1 = cx.trim(a, m.start(), cut=False)
            if b1 - a1 >= 3 and b - m.end() >= 3:
                return [(a1, b1, cs), (m.end(), b, m.start())]
    return [(a, b, cs)]


def aside_head(
    cx: _Context, floor: int, region: int, cstart: int, a: int
) -> int:
    """
    Content start for a cue set off by commas inside its content.

    In "The plan, he said, would cut costs" the words before the
    aside are the subject of the content: the content starts there.
    Otherwise *a* is returned unchanged.
    """
    t = cx.text
    if region <= floor or t[region - 1] != ",":
        return a
    if not _PREDICATE_AFTER_ASIDE.match(t, cstart, cstart + 500):
        return a
    h = floor
    lm = _LEADING.match(t, h, region)
    if lm:
        h = lm.end()
    head = t[h : region - 1]
    if not head.strip() or '"' in head or cx.quote_at(h) is not None:
        return a
    words = head.split()
    if len(words) > 12 or words[0].lower() in _SUBORDINATORS:
        return a
    if _HEAD_VERB.search(head):
        return a  # a clause of its own: "X rejected Y, he said, ..."
    return cx.trim(h, region)[0]


def inverted_tail(cx: _Context, pos: int, ce: int, sent: Sentence) -> bool:
    """Whether ", said his office." ends the clause after the cue."""
    t = cx.text
    if pos <= sent.start or t[pos - 1] != ",":
        return False
    return _INVERTED_TAIL.match(t, ce, sent.end) is not None
