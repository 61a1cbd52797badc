# SPDX-License-Identifier: MIT
"""
Reporting-verb cues of one sentence: the main claim rule.

:func:`sentence` walks the cues of a sentence, asks :mod:`._speaker`
for the speaker and :mod:`._complement` for the content, hands passive,
relative and non-verbal cues to :mod:`._passive` and :mod:`._nouns`,
and adds the drafts to the context.
"""

from __future__ import annotations

import bisect

import regex

from communique import _cache
from communique._types import Sentence
from communique.model import QuoteKind

from ._complement import (
    after_quote,
    aside_head,
    conjuncts,
    connector,
    inverted_tail,
    skip_right,
    verbal,
)
from ._context import _Context, _Draft
from ._nouns import according, in_evidence, leading, noun_that
from ._passive import passive, relative_label
from ._speaker import (
    after_subject,
    behind,
    elided,
    source,
    subject,
    unnamed_speaker,
)
from ._words import _LEADING, _NOUN_CUE_LEFT, _NOUN_THAT, _last_word


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


# The end of what a "requires_that" cue skipped: "that" or a colon.
_THAT_OR_COLON = _cache.pattern(r"(?:\bthat|[:,])[ \t\n]*+$")


# After a quotation that a cue introduces: a participle or another
# clause of the speaker ('said "...," adding that').
_QUOTE_THEN = _cache.pattern(
    r"(?<![ \t\n])[ \t\n]*+,?[ \t\n]*+(?<![\w-])"
    r"(?:(?!(?:no|some|any|every)thing\b)[a-z]{2,}+(?<=ing)"
    r"|and[ \t\n]++(?:added|said|noted|stressed)|but)\b"
)


_NOUN_CUE_RIGHT = _cache.pattern(
    r"(?:[ \t\n]++on[ \t\n]++\w+)?[ \t\n]++of[ \t\n]++"
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


_RELATIVE = _cache.pattern(r"[ \t\n]*+(?:who|which)\b")


# Cues that need a person or a body behind them: with a subject that names
# no actor ("the treaty calls for", "these developments suggest") they are
# no report.
_HUMAN_GROUPS = frozenset(
    ["appeal", "press", "label", "view", "interpret", "hope"]
)


_AS_OPEN = _cache.pattern(r"[Aa]s[ \t\n]")


_WHETHER = _cache.pattern(r"(?:whether|why|how|if)\b")


_NOTHING = _cache.pattern(r"(?:nothing|little|anything)\b")


def sentence(cx: _Context, sent: Sentence) -> None:
    """Find the claims whose cue lies in *sent*."""
    t = cx.text
    floor = sent.start
    k = bisect.bisect_left(cx.cue_starts, floor)
    if (
        (k == len(cx.cue_starts) or cx.cue_starts[k] >= sent.end)
        and t.find("ccording", floor, sent.end) < 0
        and (
            t.find("that", floor, sent.end) < 0
            or _NOUN_THAT.search(t, floor, sent.end) is None
        )
    ):
        # no cue word, no "according to", no speech noun
        early: list[_Draft] = []
        in_evidence(cx, sent, early)
        cx.drafts.extend(early)
        return
    prev: _Draft | None = None
    out: list[_Draft] = []
    for cs, ce, group in cx.cues_in(sent):
        if (prev is None or cs > prev.at) and passive(
            cx, sent, cs, ce, group, out
        ):
            prev = out[-1]
            continue
        if (
            group.requires_label
            and (prev is None or cs > prev.at)
            and relative_label(cx, sent, cs, ce, group, out)
        ):
            prev = out[-1]
            continue
        if not verbal(cx, sent, cs, ce, group):
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
            left = cx.strip_aux(floor, lm.start())
            wm = _last_word(t, max(floor, left - 80), left)
            if wm:  # the verb of "renewed its condemnation"
                left = wm[0]
        pos = cx.strip_aux(floor, left)
        ing = t[cs:ce].split()[0].endswith("ing")
        via: str | None = None
        speaker: str | None
        inverted = False
        right = noun_end
        conn = connector(cx, floor, pos, ing)
        after = None
        if conn is None and pos > floor and t[pos - 1] == "," and not ing:
            after = after_subject(cx, ce, sent, group)
        if (
            conn is None
            and after is None
            and prev is not None
            and inverted_tail(cx, pos, ce, sent)
        ):
            # ", said his office.": the end of the claim before
            if prev.start < pos - 1 < prev.end:
                i = out.index(prev)
                _, pb = cx.trim(prev.start, pos - 1)
                out[i] = prev = prev._replace(end=pb)
            continue
        if group.evidence and (conn is not None or after is not None):
            continue
        if conn is not None:
            comma = ing and t[conn] == ","
            speaker = elided(cx, floor, conn, prev, comma)
            boundary = conn
            region = conn
        elif after is not None:
            if after_quote(cx, floor, pos, pos):
                continue
            speaker, right = after
            inverted = True
            boundary = region = pos - 1
        else:
            speaker, region, opened = subject(cx, floor, pos)
            boundary = region
            if group.evidence and not cx.evidence(region, pos):
                continue  # "the Republicans show": no poll, no report
            if after_quote(cx, floor, region, pos):
                continue  # '"...," she said': a quotation's cue
            if prev is not None and (not opened or region < prev.at + 1):
                continue  # a cue inside the content of another claim
            if prev is not None:
                c = connector(cx, floor, cx.strip_aux(floor, region), True)
                boundary = c if c is not None else region
        if group.source:
            got = source(cx, sent, cs, ce, speaker)
            if got is None:
                continue
            speaker, via, right = got
        unnamed = (after is not None and speaker is None) or (
            speaker is None
            and conn is None
            and after is None
            and not ing
            and group.name not in _HUMAN_GROUPS
            and unnamed_speaker(cx, region, pos)
        )
        if unnamed and conn is None and after is None:
            # "A poll by the United Nations found": the body behind it
            speaker = behind(cx, region, pos)
        if speaker is None and prev is None and not unnamed:
            continue
        cstart = right if inverted else skip_right(cx, right, sent.end, group)
        no_comp = (
            inverted or _NO_COMPLEMENT.match(t, cstart, sent.end) is not None
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
                    _, pb = cx.trim(prev.start, c)
                    out[i] = prev = prev._replace(end=pb)
                continue
            a = sent.start
            lm2 = _LEADING.match(t, a, boundary)
            if lm2:
                a = lm2.end()
            c = t.rfind(",", a, boundary + 1)
            if c < 0 or t[a] == '"':
                continue
            a, b = cx.trim(a, c, cut=False)
            if b - a < 8:
                continue
            d = _Draft(
                start=a,
                end=b,
                speaker=speaker,
                via=via,
                cue=(cs, ce),
                at=cs,
                hedged=cx.hedged(group, a, a),
                first=sent.index,
                last=sent.index,
                group=group.name,
            )
            out.append(d)
            prev = d
            continue
        if prev is not None:
            i = out.index(prev)
            _, pb = cx.trim(prev.start, min(prev.end, boundary))
            out[i] = prev = prev._replace(end=max(prev.start, pb))
        end = cx.content_end(cstart, sent)
        if _RELATIVE.match(t, region, cs) and t[
            floor:region
        ].rstrip().endswith(","):
            c = t.find(",", cstart, end)
            end = c if c >= 0 else end  # "X, who said Y, did Z"
        quote = QuoteKind.INDIRECT
        q = cx.quote_at(cstart + 1) if t.startswith('"', cstart) else None
        if (
            q is not None
            and q.start == cstart + 1
            and (
                q.end >= sent.end - 2
                or not q.closed
                # 'said "...," adding that ...'
                or (
                    "," in t[q.end - 1 : q.end + 3]
                    and _QUOTE_THEN.match(t, q.end + 1, sent.end) is not None
                )
            )
        ):
            quote = QuoteKind.DIRECT
            a, b = cx.trim(q.start, q.end, cut=False)
            cx.used.add(q.start)
        else:
            a, b = cx.trim(cstart, end)
            if group.name in _NP_GROUPS:
                # "condemned the attack, calling it a cowardly act"
                pm = _PARTICIPLE.search(t, a, b)
                if pm is not None:
                    b = cx.trim(a, pm.start(), cut=False)[1]
            if prev is None and conn is None and not inverted:
                # "The plan, he said, would cut costs": both parts
                a = aside_head(cx, floor, region, cstart, a)
        if b - a < 3:
            continue
        for ca, cb, at in conjuncts(cx, a, b, cs, quote):
            last = cx.sentence_of(max(ca, cb - 1)).index
            d = _Draft(
                start=ca,
                end=cb,
                speaker=speaker,
                via=via,
                cue=(cs, ce),
                at=at,
                quote=quote,
                hedged=cx.hedged(group, region, cs),
                first=sent.index,
                last=max(sent.index, last),
                group=group.name,
            )
            out.append(d)
            prev = d
    leading(cx, sent, out)
    noun_that(cx, sent, out)
    according(cx, sent, out)
    if not out:
        in_evidence(cx, sent, out)
    for d in out:
        if d.end > d.start:
            cx.drafts.append(d)
            cx.last_speaker = d.speaker
