# SPDX-License-Identifier: MIT
"""
Pass 4 of stage 3: organizations by shape and state bodies.

:class:`OrganizationFinder` finds organizations that the gazetteer does
not list, by their shape around a head word ("the Ministry of Foreign
Affairs", "the Transitional Military Council"), and the bodies of a
state named by a generic head after the state ("the Ukrainian
parliament"). Either is kept only when it speaks or acts
(:mod:`._acting`); its state comes from a gazetteer hit inside or right
before it (:class:`~._context.Context`).
"""

from __future__ import annotations

import bisect

import regex

from communique._lexicons import Lexicons
from communique._patterns import alternation
from communique._types import Mention
from communique.model import ActorKind

from ._acting import Acting
from ._context import Context
from ._gazetteer_names import GazetteerNames
from ._taken import Taken
from ._text import CUES, STOP_NAME_TOKENS, TOKEN, WS, trim_name, whole_words


__all__ = ["OrganizationFinder"]


class OrganizationFinder:
    """
    Organizations by shape, and state bodies.

    Attributes:
        heads: The capitalized head words of organization names
            ("Ministry", "Council").
    """

    def __init__(
        self,
        lexicons: Lexicons,
        *,
        names: GazetteerNames,
        acting: Acting,
        group_re: regex.Pattern[str],
        state_collective: frozenset[str],
    ) -> None:
        self._names = names
        self._acting = acting
        self._group_re = group_re
        self._state_collective = state_collective
        heads = lexicons.strings(CUES, "org_heads")
        self.heads = frozenset(h for h in heads if h[:1].isupper())
        self._head_re = regex.compile(
            r"(?<![\p{L}\p{N}-])"
            + alternation(h for h in heads if h[:1].isupper())
            + r"(?![\p{L}\p{N}])"
        )
        self._left_token = regex.compile(
            rf"(?:{TOKEN}|\p{{Lu}}{{2,}}|[\p{{Lu}}][\p{{L}}]*-|&|and|of|for|"
            r"on)[ \t]*\n?[ \t]*$"
        )
        self._right = regex.compile(
            rf"(?<![ \t\n]){WS}(?:of|for|on){WS}(?:the{WS})?{TOKEN}"
            rf"(?:{WS}(?:{TOKEN}|and|of)){{0,4}}"
        )
        generic_heads = lexicons.strings(CUES, "org_generic_heads")
        self._generic_body, self._generic_body_plain = whole_words(
            generic_heads, "-", fold=False
        )
        # pronouns and definite descriptions

    def find(self, ctx: Context) -> list[Mention]:
        """The organizations and state bodies that speak or act, longest
        first."""
        text, gaz, plain = ctx.text, ctx.gaz, ctx.plain
        sentence_at = ctx.sentence_at
        out: list[Mention] = []
        gaz_starts = ctx.gaz_starts
        gaz_spans = Taken()
        for g in gaz:
            if g.kind is ActorKind.ORGANIZATION:
                gaz_spans.add(g.start, g.end)
        org_head = self._head_re
        for m in org_head.finditer(text):
            start, end = m.span()
            # walk left over capitalized tokens
            pos = start
            while True:
                lm = self._left_token.search(text[max(0, pos - 40) : pos])
                if lm is None:
                    break
                tok = lm.group().strip()
                if tok in STOP_NAME_TOKENS and tok not in {"of", "for", "and", "on"}:
                    break
                if tok.casefold() in {"the"}:
                    break
                pos = max(0, pos - 40) + lm.start()
            while text[pos:start].split()[:1] and text[pos:start].split(maxsplit=1)[0] in {"of", "for", "and", "on", "&"}:
                first = text[pos:start].split(maxsplit=1)[0]
                pos = text.index(first, pos) + len(first)
                while pos < start and text[pos].isspace():
                    pos += 1
            rm = self._right.match(text, end, end + 500)
            if rm is not None:
                end = rm.end()
                end = trim_name(text, pos, end)[1]
            if pos == start and rm is None:
                continue  # a bare head word: "Council"
            if gaz_spans.overlaps(pos, end):
                continue
            if not self._acting.org_acts(text, end, pos):
                continue
            name = " ".join(text[pos:end].split())
            if name in self._names.forms or name in self._names.blockers:
                continue
            country = None
            k = bisect.bisect_left(gaz_starts, pos)
            while k < len(gaz) and gaz[k].end <= end:
                if gaz[k].kind is ActorKind.STATE:
                    country = gaz[k].country
                    break
                k += 1
            if country is None:
                country, _ = ctx.country_before(pos)
            out.append(
                Mention(
                    start=pos,
                    sentence=sentence_at(pos),
                    end=end,
                    text=text[pos:end],
                    kind=ActorKind.ORGANIZATION,
                    name=name,
                    country=country,
                    form="name",
                    # "Iran's Foreign Ministry" is not Russia's, and
                    # "the Russian Foreign Ministry" is Russia's
                    signature=(
                        f"{country} {self._names.without_states(name)}"
                        if country
                        else None
                    ),
                )
            )
        generic = self._generic_body_plain if plain else self._generic_body
        for m in generic.finditer(text):
            country, start = ctx.country_before(m.start())
            if country is None:
                continue
            body = m.group().casefold()
            if body in self._state_collective:
                continue
            if self._group_re.match(text, m.end() + 1, (m.end() + 1) + 500):
                continue  # "police official": a group, not the body
            if not self._acting.org_acts(text, m.end()):
                continue
            prefix = text[start : m.start()].strip()
            name = " ".join(f"{prefix} {m.group()}".split())
            out.append(
                Mention(
                    start=start,
                    sentence=sentence_at(start),
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
