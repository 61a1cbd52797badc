# SPDX-License-Identifier: MIT
"""
Pass 5 of stage 3: unnamed groups that speak or act.

:class:`GroupFinder` finds group nouns ("analysts", "a senior U.S.
official", "Western diplomats familiar with the talks", "the Brazilian
embassy") with their modifiers, state and qualifier, and keeps those
that speak or act (:mod:`._acting`). A group of a state's collective
nouns ("the Russian leadership") is the state itself. Its group-noun
pattern and canonical nouns also serve the person, organization and
later-mention passes.
"""

from __future__ import annotations

import regex

from communique import _cache
from communique._gazetteer import Gazetteer
from communique._lexicons import Lexicons
from communique._types import Mention
from communique.model import ActorKind, Role

from ._acting import Acting
from ._context import Context
from ._taken import Taken
from ._text import CUES, TOKEN, WS, last_word, whole_words


__all__ = ["GroupFinder"]

# a short prepositional phrase between a group and its verb:
# "Rebels in eastern Zaire said"
_PP = _cache.pattern(
    r"(?<![ \t\n])[ \t\n]++(?:in|from|at|of|with|for|across|near|inside|"
    r"outside)"
    r"[ \t\n]+"
    r"[^,.;:\"()\n]{1,40}?(?=[ \t\n]+(?:\p{Ll}+ed|said|say|says|told)\b)"
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

# a relative clause after a group: "critics, who"
_WHO = _cache.pattern(r",[ \t\n]++(?:who|which)(?=[ \t\n])")
# a preposition that makes an institution a place
_AT_PLACE = _cache.pattern(
    r"(?<![\p{L}])(?:at|in|outside|inside|near|to|from|into)[ \t\n]+$"
)
# a singular verb after a plural group: not its subject ("rebels has
# killed" in "fighting between troops and rebels has killed")
_SINGULAR_AUX = _cache.pattern(r"(?<![ \t\n])[ \t\n]*+(?:has|is|was)\b")

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
_DETERMINER = _cache.pattern(
    r"(?<![\p{L}])(?:a|an|the|one|some|two|three|four|several|many|"
    r"other|most|A|An|The|One|Some|Two|Three|Several|Many|Other|Most)"
    r"[ \t\n]+$"
)


class GroupFinder:
    """
    Unnamed groups by their group nouns.

    Attributes:
        canon: Each group noun, case-folded, with its canonical form.
        state_collective: Nouns that, with a state, are the state ("the
            Russian leadership").
        noun_re: The group nouns as whole words.
        name_follows: A capitalized token right after a word (a title
            before a name: "spokesman X").
    """

    def __init__(
        self, lexicons: Lexicons, *, gazetteer: Gazetteer, acting: Acting
    ) -> None:
        self._gazetteer = gazetteer
        self._acting = acting
        gnouns = lexicons.mapping(CUES, "group_nouns")
        self.canon = {k.casefold(): v for k, v in gnouns.items()}
        self._speaking_only = frozenset(
            lexicons.strings(CUES, "speaking_groups_only")
        )
        self.state_collective = frozenset(
            lexicons.strings(CUES, "state_collective_nouns")
        )
        self._mods = frozenset(
            w.casefold()
            for m in lexicons.strings(CUES, "group_modifiers")
            for w in m.split()
        )
        self.noun_re, self._noun_re_plain = whole_words(gnouns, "-")
        self._qual = regex.compile(
            rf"(?<![ \t\n]){WS}(?:(?:familiar{WS}with|close{WS}to|with{WS}knowledge"
            rf"{WS}of|briefed{WS}on|involved{WS}in)"
            r"[ \t\n]+[^,.;:\"()\n]{1,60}?(?=[,.;:\"()]|[ \t\n]+(?:said|say|"
            r"says|told|as|who|have|had|were|are)\b)"
            rf"|for{WS}(?:(?:the|{TOKEN}'s?){WS})?(?:{TOKEN}{WS}){{0,4}}"
            rf"{TOKEN}"
            rf"|in{WS}{TOKEN}(?:{WS}{TOKEN})?"
            # "an official of the Law Debenture Trust"
            rf"|of{WS}(?:the{WS})?{TOKEN}(?:{WS}{TOKEN}){{0,4}})"
        )
        self.name_follows = regex.compile(rf"(?<![ \t\n]){WS}{TOKEN}")

    def find(self, ctx: Context, taken: Taken) -> list[Mention]:
        """The groups (and state collectives) that speak or act, each
        taken in *taken*."""
        text = ctx.text
        sentence_at = ctx.sentence_at
        acting = self._acting
        noun_re = self._noun_re_plain if ctx.plain else self.noun_re
        hits = [m.span() for m in noun_re.finditer(text)]
        out: list[Mention] = []
        qualified_to = -1  # the end of the last group's qualifier
        for m_start, m_end in hits:
            noun = text[m_start:m_end]
            low = noun.casefold()
            canon = self.canon.get(low)
            if canon is None or taken.overlaps(m_start, m_end):
                continue
            if m_start < qualified_to:
                continue  # "a spokesman for the campaign": not the campaign
            if text[m_end : m_end + 1] == " " and self.noun_re.match(
                text, m_end + 1, (m_end + 1) + 500
            ):
                continue  # a modifier: "media reports", "police official"
            if low in _TITLE_NOUNS and self.name_follows.match(
                text, m_end, m_end + 500
            ):
                continue  # a title before a name
            the = _THE_NUMERAL.search(text[max(0, m_start - 40) : m_start])
            if the is not None and (
                _COUNTED.search(the.group()) is not None
                or (low in _REFERRING_GROUPS
                    and ctx.country_before(m_start)[0]
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
                lm = last_word(text, max(0, start - 40), start)
                if lm is None:
                    break
                word, w_start = lm
                g_country, g_start = ctx.country_before(start)
                if g_country is not None and g_start < start:
                    country = country or g_country
                    mods.insert(0, text[g_start:start].strip())
                    start = g_start
                    continue
                if word.casefold() in self._mods and not word.endswith("'s"):
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
            qm = self._qual.match(text, end, end + 500)
            q_end = qm.end() if qm is not None else end
            pp = _PP.match(text, q_end, q_end + 500)
            if pp is not None and (
                acting.group_act.match(text, pp.end(), (pp.end()) + 500) is not None
                or acting.acts.match(text, pp.end(), (pp.end()) + 500) is not None
            ):
                q_end_act = pp.end()
            else:
                q_end_act = q_end
            verb = (
                None if low in self._speaking_only
                else acting.acts.match(text, q_end_act, q_end_act + 500)
            )
            if (
                verb is not None
                and low.endswith(("s", "men"))
                and _SINGULAR_AUX.match(verb.group()) is not None
            ):
                verb = None  # "troops and rebels has killed": not the subject
            who = _WHO.match(text, q_end, q_end + 20)
            acts = (
                acting.group_act.match(text, q_end_act, q_end_act + 500) is not None
                or verb is not None
                # "Critics, who say the plan is flawed, ..."
                or (
                    who is not None
                    and acting.group_act.match(text, who.end(), who.end() + 500)
                    is not None
                )
                or acting.group_left.search(text[max(0, d_start - 30) : d_start])
                is not None
                or acting.remarks_after.match(text, q_end, q_end + 500) is not None
            )
            if not acts:
                continue
            if low in _INSTITUTIONS and _AT_PLACE.search(
                text, max(0, d_start - 20), d_start
            ):
                continue  # "appearances at the Chinese embassy suggest"
            if canon in self.state_collective and country is not None:
                # "the Russian leadership": the state itself
                key = f"state:{country}"
                if self._gazetteer.get(key) is not None:
                    out.append(
                        Mention(start=d_start, sentence=sentence_at(d_start), end=end, text=text[d_start:end],
                                kind=ActorKind.STATE, key=key, country=country,
                                form="collective")
                    )
                    taken.add(d_start, end)
                continue
            if canon in self.state_collective:
                continue
            desc = " ".join([*mods, noun, text[end:q_end].strip()]).strip()
            if not taken.add(d_start, end):
                continue
            qualified_to = max(q_end, q_end_act)
            out.append(
                Mention(
                    start=d_start,
                    sentence=sentence_at(d_start),
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
