# SPDX-License-Identifier: MIT
"""
What shows that a candidate actor speaks or acts.

Most passes of stage 3 keep a candidate (a group noun, an organization by
shape, a described person) only when a verb of speech or action follows
it ("analysts said", "the Council has decided") or a cue before it makes
it a source ("according to diplomats"). :class:`Acting` compiles those
cues once, from the ``person_verbs`` of the actor cues; the person,
organization and group passes share it.
"""

from __future__ import annotations

import regex

from communique import _cache
from communique._lexicons import Lexicons
from communique._patterns import alternation

from ._text import CUES


__all__ = ["Acting"]

_MET_BEFORE = _cache.pattern(
    r"(?:met|meet|meeting|talks|visit|by|statement|visited|work|works|"
    r"worked|working|cooperate|cooperates|cooperated|cooperation)[ \t\n]+"
    r"(?:with[ \t\n]+|to[ \t\n]+)?(?:the[ \t\n]+)?$"
)
_OBJECT_BEFORE = _cache.pattern(r"(?:with|by|to|of)[ \t\n]+(?:the[ \t\n]+)?$")


class Acting:
    """
    Cues of speech and action around a candidate actor.

    Attributes:
        verbs: The ``person_verbs`` of the actor cues.
        group_act: A verb of speech or opinion after a group ("analysts
            generally believe").
        group_left: A source cue before a group ("according to").
        acts: An action verb after an actor ("has signed", "...ed").
        remarks_after: "'s remarks", "'s view" after an actor.
    """

    def __init__(self, lexicons: Lexicons) -> None:
        verbs = lexicons.strings(CUES, "person_verbs")
        self.verbs = verbs
        self.group_act = regex.compile(
            r"(?<![ \t\n])(?:,[^,.;\"]{0,80},)?[ \t\n]++"
            # an adverbial between the noun and its verb: "diplomats here
            # said", "officials on Tuesday said"
            r"(?:(?:here|there|yesterday|today|privately|publicly|"
            r"(?:on[ \t\n]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
            r"Saturday|Sunday)"
            # a manner adverb: "economists generally believe"
            r"|\p{Ll}{2,20}ly|later|earlier|again|then)[ \t\n]+)?"
            r"(?:also[ \t\n]+|have[ \t\n]+"
            r"|had[ \t\n]+|were[ \t\n]+|are[ \t\n]+|have[ \t\n]+been[ \t\n]+"
            r"|had[ \t\n]+been[ \t\n]+)?(?:said|say|says|saying|told|tell|"
            r"tells|believe|believed|believes|suggest|suggested|suggests|"
            r"interpret|interpreted|interprets|expect|expected|expects|warn|"
            r"warned|warns|note|noted|notes|added|add|report|reported|reports|"
            r"deny|denied|denies|hope|hoped|hopes|fear|feared|fears|think|"
            r"thought|thinks|argue|argued|argues|estimate|estimated|predict|"
            r"predicted|predicts|cited|quoted|described|describe|optimistic|"
            r"pessimistic|concerned|worried|confirmed|confirm|insisted|insist|"
            r"announced|claimed|claim|see|saw|sees|view|viewed|views|charge|"
            r"charged|charges|accuse|accused|accuses|criticized|criticised|"
            r"praised|welcomed|urged|called|condemned|doubt|doubted|agree|"
            r"agreed|disagree|questioned|counting|hoping|expecting|"
            r"speculated|speculate|assess|assessed|consider|considered|"
            r"describing|calling|warning|accusing|claiming|arguing|"
            r"insisting|urging|noting|telling|predicting|"
            # polls and surveys: "a new poll found", "the survey shows"
            r"found|finds|showed|shows|indicated|indicates|revealed|"
            r"reveals)\b"
        )
        self.group_left = regex.compile(
            r"(?:[Aa]ccording[ \t\n]+to|cited|quoted|citing|quoting|said|says|"
            r"added|warned|noted|"
            r"(?:remarks|comments|statements?|claims?|warnings?|criticism|"
            r"accusations?|assessment|reports?|letter|article|speech|calls?|"
            r"demands?|appeals?|proposals?|requests?|offers?|pressure)"
            r"[ \t\n]+(?:by|from))"
            r"[ \t\n]+(?:the[ \t\n]+)?$"
        )
        self.acts = regex.compile(
            r"(?<![ \t\n])(?:,[^,.;\"]{0,80},)?[ \t\n]++(?:(?:has|have|had|is|was|were|are|"
            r"will|would|also|already|been|reportedly|then|later|had|not|"
            r"never|still)[ \t\n]+){0,3}(?:"
            + alternation(
                v for v in verbs
                if v not in {"has", "had", "was", "is", "will", "would",
                             "also", "then", "later", "earlier", "however"}
            )
            + r"|\p{Ll}{3,}ed|"
            r"(?<=(?:is|was|were|are|been)[ \t\n]+)\p{Ll}{3,}ing)\b"
        )
        self.remarks_after = regex.compile(
            r"'s?[ \t\n]+(?:remarks|comments|statements?|claims?|warnings?|"
            r"criticism|accusations?|position|view|views|assessment)\b"
        )

    def org_acts(self, text: str, end: int, start: int | None = None) -> bool:
        """Whether an organization at ``text[start:end]`` speaks or acts."""
        if self.acts.match(text, end, end + 500) or self.group_act.match(text, end, end + 500):
            return True
        if self.remarks_after.match(text, end, end + 500):
            return True
        if start is not None:
            left = text[max(0, start - 40) : start]
            if self.group_left.search(left) or (
                _OBJECT_BEFORE.search(left) and _MET_BEFORE.search(left)
            ):
                return True
        return False
