# SPDX-License-Identifier: MIT
"""
Cues that are not reporting verbs.

Leading participles ("Calling the plan ..."), speech nouns ("a warning
that"), "according to X", "In its report, X ..." and colon headlines
("X: content") each add draft claims to a
:class:`._context._Context`.
"""

from __future__ import annotations

import regex

from communique import _cache
from communique._types import Sentence
from communique.model import ActorKind, QuoteKind

from ._context import _Context, _Draft
from ._lexicon import _ACCORDING_GROUP, _NO_GROUP
from ._speaker import behind, subject
from ._words import _GAP_THE, _LEADING, _NOUN_THAT, _POSSESSIVES, _THAT


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


# A reporting participle opening a sentence ("Calling the talks useful,
# Luo said").
_LEADING_PARTICIPLE = _cache.pattern(
    r"(?:Calling|Describing|Noting|Stressing|Saying|Reiterating"
    r"|Emphasi[sz]ing|Underlining|Insisting|Arguing|Acknowledging"
    r"|Pointing[ \t\n]++out|Expressing[ \t\n]++"
    r"(?:hope|concern|confidence|regret|support))\b"
)


_ACCORDING = _cache.pattern(r"\b[Aa]ccording[ \t\n]++to[ \t\n]++")


# Between "according to" and its source: "a tweet by", "a statement from
# the", "an interview with".
_ACCORDING_GAP = _cache.pattern(
    r"(?<![\w'-])(?:(?:a|an|the|his|her|its|their)[ \t\n]++)?"
    r"(?:[\w'-]++[ \t\n]++){0,3}?(?:by|from|of|in|with|on)[ \t\n]++"
    r"(?:the[ \t\n]++)?"
)


_NEXT_SOURCE = _cache.pattern(r"([\w'’-]++)")


_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "us", "me"])


# "In the latest poll, ...": the phrase up to its comma (group 1).
_IN_SOURCE = _cache.pattern(
    r"In[ \t\n]++(?!(?:response|reaction|addition|contrast|particular|fact"
    r"|turn|short|general|part)\b)([^,.;:!?\"()]{3,100}+),[ \t\n]*+"
)


_PARTICIPLE_WORD = _cache.pattern(r"(?<![A-Za-z])[a-z]++(?<=ed|en|ing)\b")


# A headline that gives a speaker and what they said: "Name: words".
_HEADLINE = _cache.pattern(
    r"(?:[^.,;:!?\"\n]|(?<=\b[A-Z][a-z]{0,3})\.){2,60}+:(?=[ \t]++\S)"
)


# Title words before the name of a headline ("Sen.", "Dr.").
_TITLE_GAP = _cache.pattern(
    r"(?<![\w.'-])(?:(?!(?:The|A|An)\b)[A-Z][\w.'-]*+[ \t]++){0,3}"
)


def leading(cx: _Context, sent: Sentence, out: list[_Draft]) -> None:
    """
    A participle opening the sentence reports for the main clause's
    speaker: "Calling the talks useful, Luo said ...", "Noting that
    prices rose, the minister said ...".
    """
    t = cx.text
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
    a, b = cx.trim(a, c, cut=False)
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
            hedged=cx.hedged(_NO_GROUP, a, a),
            first=sent.index,
            last=sent.index,
            group="say",
        ),
    )


def noun_that(cx: _Context, sent: Sentence, out: list[_Draft]) -> None:
    """
    A speech noun with its content: "a warning from Turkey that ...",
    "Chile's insistence that ...", "Peru took the stance that ...".
    """
    t = cx.text
    if t.find("that", sent.start, sent.end) < 0:
        return
    for m in _NOUN_THAT.finditer(t, sent.start, sent.end):
        ns = m.start("noun")
        if cx.quote_at(ns) is not None:
            continue
        if any(d.start <= ns < d.end or d.at == ns for d in out):
            continue  # inside another claim's content
        if len(t[sent.start : ns].split()) <= 2:
            # the subject: "Chile's insistence that A angered B" has
            # no end for A that a pattern can see
            continue
        speaker: str | None = None
        if m.group("src") is not None:
            ms = cx.mentions(m.start("src"), m.end("src"))
            if not ms or not _GAP_THE.fullmatch(
                t, m.start("src"), ms[0].start
            ):
                continue
            speaker = cx.pick(cx.chain(ms))
        else:
            lm = _NOUN_LEFT.search(t, max(sent.start, ns - 60), ns)
            if lm is None:
                continue
            if lm.group("own") is not None:
                ms = cx.mentions(sent.start, lm.end("own"))
                if lm.group("own").lower() in _POSSESSIVES:
                    speaker = cx.last_speaker
                    if lm.group("light") is not None:
                        speaker = subject(
                            cx,
                            sent.start,
                            cx.strip_aux(sent.start, lm.start()),
                        )[0]
                elif ms and ms[-1].end >= lm.start("own") - 1:
                    speaker = ms[-1].actor
            elif lm.group("light") is not None:
                speaker = subject(
                    cx, sent.start, cx.strip_aux(sent.start, lm.start())
                )[0]
        if speaker is None:
            continue
        a, b = cx.trim(m.end(), cx.content_end(m.end(), sent))
        if b - a < 8:
            continue
        out.append(
            _Draft(
                start=a,
                end=b,
                speaker=speaker,
                cue=(ns, m.end("noun")),
                at=ns,
                hedged=cx.hedged(_NO_GROUP, ns, ns),
                first=sent.index,
                last=cx.sentence_of(max(a, b - 1)).index,
                group="noun",
            )
        )


def according(cx: _Context, sent: Sentence, out: list[_Draft]) -> None:
    """Handle "according to X" in *sent*."""
    t = cx.text
    if t.find("ccording", sent.start, sent.end) < 0:
        return
    for m in _ACCORDING.finditer(t, sent.start, sent.end):
        if cx.quote_at(m.start()) is not None:
            continue
        ms = cx.mentions(m.end(), min(sent.end, m.end() + 120))
        if ms and (
            ms[0].start - m.end() <= 4
            or _ACCORDING_GAP.fullmatch(t, m.end(), ms[0].start)
        ):
            # "according to a tweet by Russian Foreign Ministry
            # spokeswoman Maria Zakharova": the person of the phrase
            chain = cx.chain(ms)
            who = cx.pick(chain)
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
                who = cx.last_speaker
            else:
                c = t.find(",", m.end(), sent.end)
                if not cx.evidence(m.end(), c if c >= 0 else sent.end):
                    continue  # a person or body that is no actor
                who = None
            stop = w.end()
        users = [d for d in out if d.at < m.start()]
        if users:
            for i, d in enumerate(out):
                if d in users and d.via is None and d.speaker != who:
                    out[i] = d._replace(via=who)
                if d.start < m.start() < d.end:
                    a, b = cx.trim(d.start, m.start())
                    out[i] = out[i]._replace(end=b)
            continue
        if m.start() - sent.start <= 2:
            c = t.find(",", stop, sent.end)
            if c < 0:
                continue
            a, b = cx.trim(c + 1, sent.end)
        else:
            a, b = cx.trim(sent.start, m.start(), cut=False)
        if b - a < 8:
            continue
        out.append(
            _Draft(
                start=a,
                end=b,
                speaker=who,
                cue=m.span(),
                at=m.start(),
                hedged=cx.hedged(_ACCORDING_GROUP, a, a),
                first=sent.index,
                last=sent.index,
                group="according",
            )
        )


def in_evidence(cx: _Context, sent: Sentence, out: list[_Draft]) -> None:
    """
    "In the latest poll, Ruiz leads by ten points": a sentence that
    opens with a poll, a survey or a report and reports no cue of its
    own is a claim of that source.
    """
    t = cx.text
    lm = _LEADING.match(t, sent.start, sent.end)
    a = lm.end() if lm else sent.start
    m = _IN_SOURCE.match(t, a, sent.end)
    if m is None or not cx.evidence(m.start(1), m.end(1)):
        return
    c, d = cx.trim(m.end(), sent.end)
    if _PARTICIPLE_WORD.match(t, c, d):
        # "In the poll, conducted in May, ...": past the participle
        k = t.find(",", c, min(d, c + 80))
        if k < 0:
            return
        c, d = cx.trim(k + 1, d)
    if d - c < 8:
        return
    out.append(
        _Draft(
            start=c,
            end=d,
            speaker=behind(cx, m.start(1), m.end(1)),
            cue=(m.start(), m.start() + 2),
            at=m.start(),
            hedged=cx.hedged(_ACCORDING_GROUP, c, c),
            first=sent.index,
            last=sent.index,
            group="according",
        )
    )


def headline(cx: _Context, sent: Sentence) -> None:
    """A headline's "Speaker: content" ("Lavrov: Russia will respond")."""
    t = cx.text
    m = _HEADLINE.match(t, sent.start, sent.end)
    if m is None:
        return
    colon = m.end() - 1
    ms = cx.mentions(sent.start, colon)
    if not ms or _TITLE_GAP.fullmatch(t, sent.start, ms[0].start) is None:
        return
    chain = cx.chain(ms)
    if t[chain[-1].end : colon].strip():
        return  # more than a name before the colon
    if any(
        x.kind not in (ActorKind.PERSON, ActorKind.ORGANIZATION) for x in chain
    ):
        return  # "MOSCOW:" is a dateline, "Russia:" a topic
    a, b = cx.trim(colon + 1, sent.end, cut=False)
    if len(t[a:b].split()) < 3 or not (t[a].isupper() or t[a] in "\"'"):
        return  # "The EU: a short history"
    cx.drafts.append(
        _Draft(
            start=a,
            end=b,
            speaker=cx.pick(chain),
            cue=(colon, colon + 1),
            at=colon,
            quote=QuoteKind.INDIRECT,
            first=sent.index,
            last=sent.index,
            group="say",
        )
    )
