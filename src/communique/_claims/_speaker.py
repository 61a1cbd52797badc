# SPDX-License-Identifier: MIT
"""
Who speaks: the speaker to the left of a cue.

Functions over a :class:`._context._Context` that read the subject noun
phrase before a reporting verb, a speaker elided by coordination
("..., saying", "and added that"), a speaker after a phrase or an
aside, and the reporter of a sourcing chain (``via``).
"""

from __future__ import annotations

from communique import _cache
from communique._types import Sentence
from communique.model import ActorKind

from ._context import _Context, _Draft
from ._lexicon import _VerbGroup
from ._words import (
    _AS_SAYING,
    _BE,
    _BY,
    _CLAUSE_END,
    _LEADING,
    _POSSESSIVES,
    _PRONOUNS,
    _SUBJECT_WORD,
    _SUBORDINATORS,
    _boundary,
)


_AFTER_STOP = _cache.pattern(
    r",[ \t\n]++(?:who|whose|which|adding|according|saying)\b"
)


_GAP = _cache.pattern(r"[ \t\n]++(?:(?:the|a|an)[ \t\n]++)?")


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


_WORD_AT = _cache.pattern(r"\w++")


_BY_FROM = _cache.pattern(r"\b(?:by|from)[ \t\n]++(?:the[ \t\n]++)?$")


_SENTENCE_TAIL = frozenset(" \t\n.!?\"')")


_PREPOSITIONS = frozenset(
    "of in at on with for during after before about from by through as"
    " while when".split()
)


# Words that show a verb phrase, not a noun phrase, after the cue.
_FINITE = frozenset(
    "would will had has have is was are were could should can may might"
    " must that to be not did does do".split()
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


_NOT_SUBJECT = frozenset(
    "that it there this what as and but or so then also not never to you"
    " me him them us nobody anyone everyone someone none".split()
)


def subject(
    cx: _Context, floor: int, pos: int
) -> tuple[str | None, int, bool]:
    """
    Speaker of a verb whose subject ends at *pos*.

    Returns (speaker, region start, whether a connector or the
    sentence start opens the region).
    """
    t = cx.text
    # lowercase parentheticals: ", speaking at ..., said"
    end = pos
    while end > floor and t[end - 1] == ",":
        c = t.rfind(",", floor, end - 1)
        seg_start = c + 1 if c >= 0 else floor
        seg = t[seg_start : end - 1].strip()
        if c >= 0 and seg and (seg[0].islower() or seg[0] in "(-0123456789"):
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
        inner = cx.mentions(t.find(first_word, start) + 5, end)
        if first_word == "which" and inner:
            # "The bombing, which the Pentagon said killed 12"
            return cx.pick(inner), start, False
        return cx.relative_head(floor, start), start, False
    opened = start == floor or t[start - 1] in ",;:"
    if first_word in _SUBORDINATORS or first_word == "that":
        # contrastive "..., while analysts cautioned that ..." opens a
        # clause of its own; other subordinators do not
        opened = first_word in ("while", "whereas") and t[
            max(floor, start - 3) : start
        ].rstrip().endswith(",")
    ms = tuple(
        m
        for m in cx.mentions(start, end)
        if m.text.lower() not in _POSSESSIVES
    )
    if not ms:
        # an apposition read as one mention across the comma:
        # "Putin's spokesman, Dmitry Peskov, said"
        ms = tuple(m for m in cx.mentions(floor, end)[-1:] if m.end > start)
    if not ms and start > floor and t[start - 1] == ",":
        # a person and a title set off by commas: "Shinji Fukukawa,
        # Vice Minister of Trade, said"
        before = cx.mentions(max(floor, start - 120), start - 1)[-1:]
        if (
            before
            and before[0].kind is ActorKind.PERSON
            and not t[before[0].end : start - 1].strip()
        ):
            ms = before
    if ms and _PP_HEAD.search(t, start, ms[0].start):
        return None, start, opened  # the actor sits in a phrase
    speaker = cx.pick(ms)
    if speaker is None and (
        region.lower() in _PRONOUNS or _DOCUMENT.fullmatch(region)
    ):
        # "he said"; "the statement said": the speaker before
        speaker = cx.last_speaker
    return speaker, start, opened


def behind(cx: _Context, region: int, pos: int) -> str | None:
    """
    The actor behind an evidence phrase: the one after "by" or "from"
    ("a poll by the United Nations"), else an organization in it ("a
    Lima Herald poll").
    """
    ms = cx.mentions(region, pos)
    for m in ms:
        if _BY_FROM.search(cx.text, max(region, m.start - 12), m.start):
            return m.actor
    for m in ms:
        if m.kind is ActorKind.ORGANIZATION:
            return m.actor
    return None


def unnamed_speaker(cx: _Context, region: int, pos: int) -> bool:
    """
    True when the subject before *pos* is a noun phrase that names a
    poll, a report or records and no actor ("The new poll says", "Court
    filings say"): its claim is kept with no speaker. A subject that
    names a person or a body the actor stage does not know gives no
    claim.
    """
    t = cx.text
    m = _LEADING.match(t, region, pos)
    a = m.end() if m else region
    words = _SUBJECT_WORD.findall(t, a, pos)
    if not words or len(words) > 12:
        return False
    low = words[0].lower()
    if low in _PRONOUNS or low in _SUBORDINATORS or low in _NOT_SUBJECT:
        return False
    return cx.evidence(a, pos)


def elided(
    cx: _Context, floor: int, conn: int, prev: _Draft | None, comma: bool
) -> str | None:
    """Speaker of a verb with no subject of its own ("and said")."""
    if prev is not None and comma:
        return prev.speaker
    t = cx.text
    cs = cx.clause_start(floor, conn, commas=comma)
    if prev is not None and cs <= prev.at:
        return prev.speaker
    i = cs
    while i < conn and t[i].isspace():
        i += 1
    word = _WORD_AT.match(t, i, conn)
    if word and word.group().lower() in ("who", "which"):
        if t[floor:cs].rstrip().endswith(","):
            return cx.relative_head(floor, cs)
        cs = cx.clause_start(floor, max(floor, cs - 1), commas=comma)
    ms = cx.mentions(cs, conn)
    if ms:
        return cx.head(ms)
    ms = cx.mentions(floor, conn)
    if ms:
        return cx.head(ms)
    return prev.speaker if prev is not None else None


def after_subject(
    cx: _Context, ce: int, sent: Sentence, group_: _VerbGroup | None
) -> tuple[str | None, int] | None:
    """Subject after the verb ("..., said Hu."): (speaker, end)."""
    t = cx.text
    ms = cx.mentions(ce, min(sent.end, ce + 160))
    if not ms or not _GAP.fullmatch(t, ce, ms[0].start):
        if group_ is None or group_.name not in _INVERTING:
            return None
        return after_phrase(cx, ce, sent)
    stop = sent.end
    m = _AFTER_STOP.search(t, ce, min(sent.end, ce + 200))
    if m:
        stop = m.start()
    group = cx.chain(tuple(x for x in ms if x.end <= stop) or ms[:1])
    # "said Ali Hassan, his adviser": the name may end the clause
    for n in range(len(group), 0, -1):
        end = group[n - 1].end
        if _CLAUSE_END.match(t, end, sent.end):
            return cx.pick(group[:n]), end
    if group_ is None or group_.name not in _INVERTING:
        return None
    return after_phrase(cx, ce, sent)  # "said Ann Lee in Lima."


def after_phrase(
    cx: _Context, ce: int, sent: Sentence
) -> tuple[str | None, int] | None:
    """
    A subject after the verb that is a noun phrase ending the sentence,
    named or not: "..., said the report.", "..., says political
    scientist Ann Lee in Almaty." (speaker or None, end).
    """
    t = cx.text
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
    ms = cx.mentions(ce, end)
    if not ms:
        if not cx.evidence(ce, end):
            return None  # "..., said a senior official.": no actor
        return None, end  # "..., said the report."
    # a name with at most a title before it and a place or an
    # apposition after it: "says political scientist Ann Lee in Almaty"
    chain = cx.chain(ms)
    if chain[0].kind not in _SPEAKER_KINDS:
        return None  # "said the crisis showed the limits of US power"
    if len(_SUBJECT_WORD.findall(t, ce, chain[0].start)) > 3:
        return None
    if not _AFTER_NAME.match(t, chain[-1].end, end):
        return None  # "said the move hurt Ann Lee's party"
    return cx.pick(chain), end


def source(
    cx: _Context, sent: Sentence, cs: int, ce: int, subject: str | None
) -> tuple[str | None, str | None, int] | None:
    """ "X quoted Y as saying": (speaker, via, content start, passive)."""
    t = cx.text
    m = _AS_SAYING.search(t, ce, min(sent.end, ce + 200))
    if m is None:
        return None
    word = cx.prev_word(sent.start, cs)
    if word in _BE:
        # "Y was quoted (by X) as saying (by X)"
        via_ms = cx.mentions(ce, m.start())
        after = m.end()
        bm = _BY.match(t, after, after + 500)
        if bm:
            ms = cx.mentions(bm.end(), min(sent.end, bm.end() + 80))
            if ms and ms[0].start - bm.end() < 6:
                via_ms = ms[:1]
                after = ms[0].end
        via = via_ms[0].actor if via_ms else None
        return subject, via, after
    inner = cx.mentions(ce, m.start())
    speaker = cx.pick(inner, first=True) if inner else None
    return speaker, subject, m.end()
