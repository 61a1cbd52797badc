# SPDX-License-Identifier: MIT
"""
Pass 6 of stage 3: pronouns and definite descriptions.

:class:`AnaphorFinder` marks what refers back to an actor without naming
it: pronouns ("he", "they"), descriptions by a title head ("the
minister", "the Islamic republic's hardline leader"), short names of an
organization named before ("the Commission") and "the South" or "the
North" of Korea. It runs last, on what no other pass has taken;
resolution (stage 4) ties each to an actor.
"""

from __future__ import annotations

import regex

from communique import _cache
from communique._lexicons import Lexicons
from communique._patterns import alternation
from communique._types import Mention
from communique.model import ActorKind

from ._context import Context
from ._taken import Taken
from ._text import CUES, whole_words


__all__ = ["AnaphorFinder"]

# lower-case nouns that refer back to a named organization
_ORG_NOUNS = (
    "ministry", "agency", "news agency", "bureau", "commission", "council",
    "newspaper", "paper", "daily", "radio", "broadcaster", "alliance", "bloc",
    "organization", "organisation", "committee", "court", "bank", "fund",
    "union", "league", "forum", "group", "company", "firm", "party",
    "militia", "movement",
)

_THE_BACK = _cache.pattern(r"(?:the|The)[ \t\n]+[^.;:,]{0,40}$")


class AnaphorFinder:
    """Pronouns, title heads and short names that refer back."""

    def __init__(
        self,
        lexicons: Lexicons,
        *,
        org_heads: frozenset[str],
        name_follows: regex.Pattern[str],
    ) -> None:
        self._name_follows = name_follows
        pron = lexicons.mapping(CUES, "pronouns")
        self._pronoun_gender = pron
        self._pronoun_re, self._pronoun_re_plain = whole_words(pron, "'-")
        heads_t = lexicons.strings(CUES, "title_heads")
        self._title_head_re, self._title_head_re_plain = whole_words(
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
                [*org_heads, *_ORG_NOUNS]
            )
            + r")(?![\p{L}\p{N}-])(?![ \t\n]+(?:of|for|on|\p{Lu}))"
        )
        self._korea_re = regex.compile(
            r"(?<![\p{L}])(?:the|The)[ \t]+(?P<side>South|North)(?![\p{L}-])"
            r"(?![ \t]+\p{Lu})"
        )

    def find(
        self, ctx: Context, taken: Taken, gaz_taken: Taken
    ) -> list[Mention]:
        """The pronouns, title heads, short organization names and Korean
        sides that overlap nothing in *taken* (nor, but for pronouns, a
        gazetteer mention in *gaz_taken*); each is taken in *taken*, but
        for pronouns and the Koreas."""
        text = ctx.text
        sentence_at = ctx.sentence_at
        plain = ctx.plain
        pronouns = [
            m.span()
            for m in (
                self._pronoun_re_plain if plain else self._pronoun_re
            ).finditer(text)
        ]
        title_heads = [
            m.span()
            for m in (
                self._title_head_re_plain if plain else self._title_head_re
            ).finditer(text)
        ]
        out: list[Mention] = []
        for p_start, p_end in pronouns:
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
                    sentence=sentence_at(p_start),
                    end=p_end,
                    text=word,
                    kind=ActorKind.STATE if gender == "n" else ActorKind.PERSON,
                    name=gender,
                    form="pronoun",
                )
            )
        for t_start, t_end in title_heads:
            if taken.overlaps(t_start, t_end) or gaz_taken.overlaps(
                t_start, t_end
            ):
                continue
            if self._name_follows.match(text, t_end, t_end + 500):
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
            country, _ = ctx.country_before(t_start)
            out.append(
                Mention(
                    start=start,
                    sentence=sentence_at(start),
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
                    sentence=sentence_at(m.start()),
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
                    sentence=sentence_at(m.start()),
                    end=m.end(),
                    text=m.group(),
                    kind=ActorKind.STATE,
                    key="state:KOR" if m.group("side") == "South" else "state:PRK",
                    country="KOR" if m.group("side") == "South" else "PRK",
                    form="korea",
                )
            )
        return out

