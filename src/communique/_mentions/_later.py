# SPDX-License-Identifier: MIT
"""
Pass 3 of stage 3: later mentions of the persons already found.

Once :mod:`._persons` has accepted the persons introduced by a title, an
apposition or a verb, :class:`LaterMentions` finds where the text names
them again: by full name or surname ("Putin", "President Putin"), and by
a definite description with the head of an earlier apposition ("Ben
Okoro, a retired neurosurgeon, ..." then "the neurosurgeon said").
"""

from __future__ import annotations

from collections.abc import Mapping

from communique import _cache
from communique._types import Mention
from communique.model import ActorKind

from ._acting import Acting
from ._context import Context
from ._taken import Taken
from ._text import APPOSED, STOP_NAME_TOKENS
from ._titles import Titles


__all__ = ["LaterMentions"]

_ARTICLE_PREFIX = _cache.pattern(r"^(?:al|el|Al|El|ad|ash|as|at|az)-")

# a lower-case word: the candidate head of a later description
_LOWER_WORD = _cache.pattern(r"(?<![\p{L}\p{N}'-])\p{Ll}{3,20}(?![\p{L}\p{N}-])")
# "the billionaire businessman ": a definite description before its head
_THE_BEFORE = _cache.pattern(
    r"(?<![\p{L}])(?:the|The)[ \t\n]+(?:[\p{Ll}-]{1,20}[ \t\n]+){0,2}$"
)
# heads too vague to refer back to one person
_VAGUE_HEADS = frozenset(
    "man woman person people one member resident father mother son "
    "daughter wife husband friend group country city".split()
)
_NAME_PART = _cache.pattern(r"[\p{L}\p{M}'.]+")


class LaterMentions:
    """Later mentions of known persons, by name and by description."""

    def __init__(
        self,
        *,
        titles: Titles,
        acting: Acting,
        forms: Mapping[str, object],
        family_first: frozenset[str],
        group_canon: Mapping[str, str],
    ) -> None:
        self._titles = titles
        self._acting = acting
        self._forms = forms
        self._family_first = family_first
        self._group_canon = group_canon

    def known_names(
        self, ctx: Context, found: list[Mention], taken: Taken
    ) -> list[Mention]:
        """The runs that repeat the full name or a surname of a person in
        *found*, each taken in *taken*."""
        text, runs, gaz_spans = ctx.text, ctx.runs, ctx.gaz_spans
        sentence_at = ctx.sentence_at
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
                    if len(t) > 2 and t[:1].isupper() and t not in STOP_NAME_TOKENS:
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
                        Mention(start=s, sentence=sentence_at(s), end=e, text=text[s:e], kind=ActorKind.PERSON,
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
                    and o.group().rstrip(".").casefold() not in self._titles.titles
                    and o.group() not in self._forms
                    and o.group() not in self._titles.words
                    for o in parts
                    if o is not t
                ):
                    continue
                if not gaz_spans.overlaps(ts, te) and taken.add(ts, te):
                    out.append(
                        Mention(start=ts, sentence=sentence_at(ts), end=te, text=text[ts:te], kind=ActorKind.PERSON,
                                name=surnames[tok], head=(ts, te), form="surname")
                    )
        return out

    def described(
        self, ctx: Context, persons: list[Mention], taken: Taken
    ) -> list[Mention]:
        """Definite descriptions of a person described before: "Ben Okoro,
        a retired neurosurgeon, ..." then "the neurosurgeon said"."""
        text = ctx.text
        sentence_at = ctx.sentence_at
        heads: dict[str, list[tuple[int, str]]] = {}
        for p in persons:
            if p.kind is not ActorKind.PERSON or not p.name:
                continue
            if text[p.end : p.end + 2] not in (", ", ",\n"):
                continue
            d = APPOSED.match(text, p.end + 2, p.end + 90)
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
                self._acting.acts.match(text, end, end + 500)
                or self._acting.group_act.match(text, end, end + 500)
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
                    sentence=sentence_at(the.start()),
                )
            )
        return out
