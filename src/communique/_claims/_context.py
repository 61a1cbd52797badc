# SPDX-License-Identifier: MIT
"""
The per-document context every claim rule reads and writes.

:class:`_Context` holds the document, the lexicon, the paired
quotations, the indexed cue words and the drafts found so far, with the
small lookups the rules share (spans, mentions in a window, the speaker
of a noun phrase, the word before a position, trimming). The rule
modules above it are functions over one context.
"""

from __future__ import annotations

import bisect

from collections.abc import Iterable
from typing import NamedTuple

import regex

from communique import _cache
from communique._types import Document, ResolvedMention, Sentence
from communique.model import ActorKind, QuoteKind, Span

from ._lexicon import ClaimLexicon, _VerbGroup
from ._quotes import _pair_quotes, _Quote
from ._words import _SUBJECT_WORD, _boundary, _last_word


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


_CUT = _cache.pattern(
    r""",[ \t\n]++(?:as[ \t\n]++part[ \t\n]++of|amid|despite|following
    |ahead[ \t\n]++of|in[ \t\n]++response[ \t\n]++to|in[ \t\n]++a[ \t\n]++bid
    |which|who|where|while|according[ \t\n]++to)\b""",
    regex.VERBOSE,
)


_NP_GAP = _cache.pattern(
    r"(?:'s)?[ \t\n]*+,?[ \t\n]*+(?:(?:[A-Z][\w.'-]*+|of|for|the|on|and|a|an)"
    r"[ \t\n]*+,?[ \t\n]*+){0,6}"
)


_CONTRACTED = _cache.pattern(r"(he|she|it|they|we|i|you)['’](?:s|ve|d)")


_TRAIL = " \t\n,;:"


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


class _Context:
    """The state of one document while its claims are found."""

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

    def span(self, start: int, end: int) -> Span:
        """Public span of ``text[start:end]`` (direct for unedited text)."""
        norm = self.doc.norm
        if norm.edits:
            return norm.raw_span(start, end)
        return Span(
            start=start,
            end=end if end > start else start,
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
