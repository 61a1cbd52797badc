# SPDX-License-Identifier: MIT
"""
The stage's fixed patterns: :class:`Patterns` and the word lists of
its clause boundaries.

Nothing is compiled at import: the :class:`~communique.Parser` builds
one :class:`Patterns` and holds it (``ParserState``). With
:mod:`._cues`, first in the package's data flow.
"""

from __future__ import annotations

import regex


__all__ = [
    "LEFT_WORDS",
    "PRONOUN_WORDS",
    "RIGHT_WORDS",
    "TOPIC_AFTER_WORDS",
    "TOPIC_WORDS",
    "Patterns",
]

# A run of word characters, as the trigger pattern delimits words.
_WORD = r"[\w']+"


# Words that end the clause to the left of a trigger; the characters
# ``;:()"`` and the dashes ``--``, `` - ``, `` _ `` end it too.
LEFT_WORDS = (
    "said", "says", "say", "told", "tell", "tells", "added", "that", "when",
    "while", "where", "who", "whom", "which", "because", "but", "although",
    "though", "whereas", "according to", "quoted", "reported", "announced",
)  # fmt: skip

# Words that end the clause to the right of a trigger; the characters
# ``;:()",`` and the dashes ``--``, `` - ``, `` _ `` end it too.
RIGHT_WORDS = (
    "said", "says", "saying", "told", "which", "who", "whom", "where",
    "when", "while", "amid", "because", "but", "although", "after",
    "before", "during", "over", "on", "about", "regarding", "concerning",
    "to discuss", "to talk", "as", "since", "until", "following",
    "despite", "within", "than", "whether", "if", "is", "was", "were",
    "are", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "must", "marks", "marked", "follows", "followed",
    "comes", "came", "includes", "included", "signals", "signalled",
    "signaled", "shows", "showed", "reflects", "reflected", "appears",
    "appeared", "seemed", "seems", "remains", "remained", "began", "begins",
    "took", "takes", "aimed", "focus", "focused", "focuses", "called",
    "calls", "urged", "agreed", "signed", "discussed", "reviewed",
    "compared", "downgraded", "views", "viewed",
)  # fmt: skip
# The words the topic patterns open with ("discussed", "agenda
# included", "on" ...), as in ``Patterns.topic`` and ``topic_after``.
TOPIC_WORDS = (
    "discuss", "discussed", "discusses", "discussing", "focus", "focused",
    "focuses", "focusing", "agenda", "views", "topics",
)  # fmt: skip
TOPIC_AFTER_WORDS = ("on", "over", "about", "regarding", "concerning")
# The words ``Patterns.pronoun`` opens with.
PRONOUN_WORDS = ("he", "she", "his", "her", "him", "they", "their", "them",
                 "the", "both")  # fmt: skip

_BLOCKED_ING = r"(?!(?:King|Beijing|Nanjing|Peking|Chongqing|Kunming)\M)"


class Patterns:
    """
    The stage's fixed patterns, compiled once per parser (``ParserState``).

    Boundaries end the clause to the left of a trigger (its subject lies
    after them) and to the right of it (its object lies before them).
    Patterns that :meth:`match` at an offset and may start with
    whitespace refuse to start inside a whitespace run, so that scanning
    a long run stays linear. Word-led patterns start with ``\\m``: the
    engine then tries word starts only.
    """

    def __init__(self) -> None:
        i, v = regex.IGNORECASE, regex.VERBOSE
        self.left_boundary = regex.compile(
            r"""(?:[;:()"]|--|\s-\s|\s_\s
            |(?<![\w'])(?:"""
            + "|".join(w.replace(" ", r"\s+") for w in LEFT_WORDS)
            + r""")(?![\w']))""",
            v | i,
        )
        self.right_boundary = regex.compile(
            r"""(?:[;:()"]|--|\s-\s|\s_\s|,
            |(?<![\w'])(?:"""
            + "|".join(w.replace(" ", r"\s+") for w in RIGHT_WORDS)
            + r""")(?![\w']))""",
            v | i,
        )
        self.prep = regex.compile(
            r"\m(?<![\w'])(?:by|to|with|in|of|from|between|at|for|into|among)"
            r"(?![\w'])",
            i,
        )
        self.noun_args = regex.compile(
            r"(?<!\s)\s*(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|today\s+)?"
            r"(?:by|to|with|between|of|in|at|from|for|among)\M",
            i,
        )
        self.pronoun = regex.compile(
            r"\m(?<![\w'])(?:he|she|his|her|him|they|their|them"
            r"|the\s+two(?:\s+(?:men|women|leaders|ministers|sides|presidents))?"
            r"|both(?:\s+(?:sides|leaders|men))?)"
            # "she's expected to", "he'll": a contraction ends the word.
            r"(?!\w)(?!'(?!(?:s|ll|d)(?![\w'])))",
            i,
        )
        self.possessive_end = regex.compile(
            r"(?:'s?|(?<![\w'])(?:his|her|their|its))"
            r"(?:\s+[\w-]+){0,3}?\s*$",
            i,
        )
        self.noun_before = regex.compile(
            r"(?:(?<![\w'])(?:a|an|the|his|her|their|its|our|this|that|these"
            r"|those|whose|such|first|last|previous|earlier|recent|several"
            r"|two|three|further|another|any|no|planned|upcoming|official"
            r"|state|working|brief|short|closed-door|private|formal|informal"
            r"|whirlwind|joint|new|separate|bilateral|trilateral|weekend"
            r"|day-long|first-ever)"
            r"|'s|\d+-\w+|-day|-hour)\s*$",
            i,
        )
        self.verb_before = regex.compile(
            r"\m(?<![\w'])(?:will|would|to|did|not|also|then|later|he|she|they"
            r"|we|i|who|had|has|have|was|were|is|are|could|should|might|may"
            r"|must|can|before|after|while|when|by|since|and|or|first|never"
            r"|already|recently|plans|planned|wants|hopes|due|expected"
            r"|scheduled|continue|continued|begin|began|started)\s*$",
            i,
        )
        self.subject_start = regex.compile(
            r"(?:(?i:during|after|before|on|in|at|following|despite)"
            rf"|{_BLOCKED_ING}\m[A-Z]?[a-z]*ing)\M"
        )
        self.place_before = regex.compile(
            r"\m(?<![\w'])(?:in|to|at|into)\s+"
            r"(?:(?:the|an?|elegant|central|downtown|nearby|northern|southern"
            r"|eastern|western|neighbou?ring|capital|city|port|resort|town"
            r"|seaside|[A-Z][a-z]+)\s+){0,3}$"
        )
        self.title_np = regex.compile(
            r"\m(?<![\w'])(?:the|a)\s+(?:[A-Z][\w-]*\s+){0,3}"
            r"(?:(?:foreign|prime|defen[cs]e|trade|finance|deputy|vice)\s+)?"
            r"(?:minister|president|leader|king|queen|premier|chancellor"
            r"|secretary|envoy|monarch|emir|prince)(?![\w'])",
            i,
        )
        self.reported = regex.compile(
            r"(?<!\s)\s*(?:said|says|reported|quoted|cited|told|added"
            r"|announced)\M",
            i,
        )
        self.in_before = regex.compile(
            r"\m(?<![\w'])(?i:in)\s+(?:(?:the|central|downtown)\s+)?$"
        )
        # The seat of an organization: "the headquarters of (the AU)".
        self.seat_of = regex.compile(
            r"\m(?<![\w'])(?:headquarters|secretariat|seat|offices?)\s++of"
            r"\s++(?:the\s++)?$",
            i,
        )
        # A person's post at an organization: "delegate to the WTO".
        self.delegate_to = regex.compile(
            r"\m(?<![\w'])(?:delegate|ambassador|representative|envoy"
            r"|delegation)\s++to\s++(?:the\s++)?$",
            i,
        )
        # A destination chosen for a trip: "chose Italy as (the)
        # destination of his first (trip)".
        self.chose = regex.compile(
            r"\m(?<![\w'])(?:chose|chosen|chooses|choose|picked|picks"
            r"|selected|selects)\s++$",
            i,
        )
        self.as_destination = regex.compile(
            r"(?<!\s)\s++(?:as|for)\s++(?:the\s++)?(?:first\s++)?"
            r"(?:destination|stop)\s++(?:of|for|on)\s++"
            r"(?:(?:his|her|their|its|the|a)\s++)?(?:[\w-]++\s++){0,3}",
            i,
        )
        # A negated verb right before a trigger: "did not meet", "has
        # never visited", "won't travel to".
        self.negated_verb = regex.compile(
            r"(?:\m(?<![\w'])(?:not|never)|n't)"
            r"\s++(?:(?:yet|even|once|personally|formally|officially)\s++)?$",
            i,
        )
        # The event a meeting is held at the edge of: "on the sidelines
        # of the AU summit (in Addis Ababa)".
        self.sidelines = regex.compile(
            r"\m(?<![\w'])(?:on|at)\s++the\s++(?:side-?lines|margins?|fringes?)"
            r"\s++of\M",
            i,
        )
        # Before a place after a trigger: "(held talks) in (Arusha)".
        self.in_at = regex.compile(
            r"(?<!\s)\s++(?:in|at)\s++(?:the\s++)?", i
        )
        # Before an unnamed partner: "(Kibaki) and his (Ugandan
        # counterpart)".
        self.and_his = regex.compile(
            r"(?<![\w'])and\s++(?:his|her|the)\s++$", i
        )
        # The partner of a noun trigger follows: "talks with Lee".
        self.with_next = regex.compile(
            r"(?<!\s)\s++(?:with|between)\M", i
        )
        # A noun trigger with a possessor: "his talks", "Lee's visit".
        self.possessed = regex.compile(
            r"(?:\m(?<![\w'])(?:his|her|their|its)|'s?)\s++"
            r"(?:[\w-]++\s++){0,2}$",
            i,
        )
        # A noun trigger looked forward to: "ahead of his visit to".
        self.ahead_of = regex.compile(
            r"\m(?<![\w'])(?:ahead|in\s++advance|in\s++preparation)\s++(?:of|for)"
            r"\s++(?:[\w'.-]++\s++){0,6}$",
            i,
        )
        # Between a place and the visit it is in for: "(in Beijing) for
        # a four-day official (visit)".
        self.for_visit = regex.compile(
            r"(?<!\s)\s++for\s++(?:(?:a|an|his|her|their|the)\s++)?"
            r"(?:[\w-]++\s++){0,3}",
            i,
        )
        self.intro = regex.compile(
            r"(?:[\"']\s*)?(?:(?i:as|when|while|after|before|upon|once|since"
            r"|during|following|despite|recalling)\M"
            rf"|{_BLOCKED_ING}\m[A-Z]?[a-z]*ing)\M",
        )
        self.title_gap = regex.compile(
            r"(?<!\s)(?:'s?)?(?:\s+(?:[A-Z][\w.'-]*|counterpart|leader"
            r"|president|minister|prime|foreign|defen[cs]e|chief|head|king"
            r"|queen|prince|princess|secretary|ambassador|envoy|premier"
            r"|general|vice|deputy|of|state)){0,6}\s+"
        )
        self.adverbial = regex.compile(
            r"(?<!\s)\s*(?:here|there|again|briefly|separately|later"
            r"|privately|for\s+(?:about\s+)?(?:an?|one|two|three|four|five"
            r"|\d+)\s+hours?)\M",
            i,
        )
        self.royal = regex.compile(
            r"\m(?:King|Queen|Prince|Princess|Emperor|Empress|Duke|Duchess)\M"
        )
        self.here = regex.compile(r"\m(?<![\w'])here(?![\w'])", i)
        # What ends the clause of "called on PERSON" as a visit.
        self.call_on_end = regex.compile(
            r"(?<!\s)\s*+(?:[.;]|,(?!\s*+(?:who|whose)\M)|$|(?:on|in|at|here"
            r"|during|yesterday|today|last|this|earlier|later|and\s++"
            r"(?:held|had|discussed|met|exchanged))\M)",
            i,
        )
        # The telephone after "spoke to X": "by telephone", "on the phone".
        self.by_phone = regex.compile(
            r"\m(?<![\w'])(?:by|on\s++the|over\s++the|in\s++a)\s++"
            r"(?:tele)?phone\M",
            i,
        )
        # A demand after "called on PERSON on Monday to ...".
        self.call_on_demand = regex.compile(
            r"\m(?<![\w'])(?:to|for)\s++(?:[a-z]|the\s++(?!capital\M))"
        )
        # "here" right after a motion trigger: "arrived here Tuesday".
        self.here_after = regex.compile(r"(?<!\s)\s++here(?![\w'])", i)
        # Motion away from a place: "left (here) for", "returned from".
        self.away_from = regex.compile(
            r"\m(?<![\w'])(?:left|leaves|leave|leaving|set\s++off|returned"
            r"|returns|returning|back|departed|departs)\s++(?:from|for)?\s*+$",
            i,
        )
        # "visited (Peru) in 1990 and [King] Khaled ...": a second visit.
        self.gapped = regex.compile(
            r"(?<!\s)\s*(?:(?:to\s+)?[A-Z][\w.'-]*+(?:\s+[A-Z][\w.'-]*+){0,3}"
            r"\s+)?(?i:in|on|last)\s+[\w.]+(?:\s+\d{4})?\s*,?\s+and\s+"
            r"(?:\w+\s+){0,3}"
        )
        self.title_head = regex.compile(
            r"(?<!\s)\s+(?:(?:foreign|prime|defen[cs]e|trade|finance|deputy"
            r"|vice|chief|top|senior|new|former)\s+)*+(?:leader|president"
            r"|king|queen|monarch|minister|premier|chancellor|counterpart"
            r"|envoy|ambassador|head|ruler|emir|prince|secretary|statesman)\M",
            i,
        )
        self.people_head = regex.compile(
            r"(?<!\s)\s+(?:(?:top|senior|government|foreign\s+ministry|trade"
            r"|defen[cs]e|police|security|military|army|intelligence|finance"
            r"|health|justice|interior|customs|border|embassy|ministry"
            r"|economic|energy|nuclear|peace)\s+){0,2}"
            r"(?:leaders|officials|counterparts|side|delegation|delegations"
            r"|government|negotiators|authorities|leadership|diplomats"
            r"|ministers|politicians)\M",
            i,
        )
        self.dateline = regex.compile(
            r"""(?P<city>[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3})
            (?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2}))?
            (?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?
            (?:\s*\([A-Za-z\-\s]+\))?\s*(?:--|-|_|—|–)""",
            v,
        )
        self.line = regex.compile(r"(?<![^\n])[ \t]*+\K[^\s][^\n]*+")
        self.future_date = regex.compile(
            r"\m(?<![\w'])(?:next|tomorrow|coming|later)(?![\w'])", i
        )
        self.present = regex.compile(
            r"\m(?<![\w'])(?:begins|starts|opens|includes|is\s+to|are\s+to"
            r"|arrives|opening|starting|beginning|leaves|departs|travels"
            r"|flies|heads|sets\s+off|sets\s+out)(?![\w'])",
            i,
        )
        self.infinitive = regex.compile(r"\m(?<![\w'])to\s*$", i)
        self.coordinated = regex.compile(r"\m(?<![\w'])and\s+(?:\w+\s+)?$", i)
        self.relative = regex.compile(r"\m(?<![\w'])(?:which|where)\s*$", i)
        self.who = regex.compile(r",?\s*who\s*$", i)
        self.conditional = regex.compile(r"^\s*(?:if|unless|should|were)\M", i)
        self.and_word = regex.compile(r"\m(?<![\w'])and(?![\w'])")
        # The passive after a noun trigger: "talks will be held", "a
        # visit is planned".
        self.held_passive = regex.compile(
            r"(?<!\s)\s++(?:will|would|are|were|was|is|had|have|has)"
            r"(?:\s++(?:to|be|being|been)){0,2}\s++"
            r"(?:held|staged|planned|scheduled|expected|cancell?ed|canceled"
            r"|postponed|called\s++off|put\s++off|scrapped|delayed"
            r"|suspended|shelved)\M",
            i,
        )
        # Between a meeting noun and the organization that meets.
        self.of_org = regex.compile(r"(?<!\s)\s++of\s++(?:the\s++)?", i)
        # A verb of taking part and the noun phrase up to a trigger.
        self.attend_np = regex.compile(
            r"\m(?<![\w'])(?:attend(?:s|ed|ing)?|join(?:s|ed|ing)?"
            r"|(?:take|takes|took|taking)\s++part\s++in)\s++(?:a|an|the)"
            r"(?:\s++[^\s,;.]++){0,6}?\s*+$",
            i,
        )
        # The auxiliary of a passive trigger: "was received by".
        self.passive_aux = regex.compile(
            r"\m(?<![\w'])(?:was|were|is|are|be|been|being)"
            r"(?:\s++(?:warmly|also|later|then|officially|first))?\s*+$",
            i,
        )
        # People from a state: "his counterparts from Kenya".
        self.from_people = regex.compile(
            r"\m(?<![\w'])(?:counterparts?|officials|leaders|ministers"
            r"|delegations?|representatives|envoys|delegates)\s++from"
            r"\s++(?:the\s++)?$",
            i,
        )
        # "and" and a capitalized word: "Kenyan and Ugandan officials".
        self.and_word_cap = regex.compile(
            r"(?<!\s)\s++and\s++[A-Z][\w'-]*+(?=\s)"
        )
        # The leader of a group that is met: "a delegation led by".
        self.led_by = regex.compile(
            r"\m(?<![\w'])(?:led|headed)\s++by\s++(?:the\s++)?$", i
        )
        # A participle's agent after a trigger: "talks brokered by".
        self.participle_by = regex.compile(
            r"\m(?<![\w'])[a-z]+ed\s++by\s++(?:the\s++)?$"
        )
        # A sentence opening at an event: "At an EU meeting, Straw said".
        self.at_intro = regex.compile(r"\m(?:at|during)\s", i)
        # Verbs of taking part: "Italy attended the NATO summit".
        self.attend = regex.compile(
            r"\m(?<![\w'])(?:attend(?:s|ed|ing)?|join(?:s|ed|ing)?"
            r"|(?:take|takes|took|taking)\s++part\s++in"
            r"|participat(?:e|es|ed|ing)\s++in)(?![\w'])",
            i,
        )
        # A temporal preposition that ends the scope of a negation.
        self.scope_break = regex.compile(
            r"\m(?<![\w'])(?:during|despite|after|before|following|amid)"
            r"(?![\w'])",
            i,
        )
        # After the comma of a list, before its next name.
        self.list_next = regex.compile(
            r"(?<!\s)\s*+(?:and\s++)?(?:the\s++)?", i
        )
        # After a name inside a list: the list goes on or ends.
        self.list_goes_on = regex.compile(
            r"(?<!\s)\s*+(?:[,.]|(?:and|or)(?![\w'])|$)", i
        )
        # Between two names of one coordinated list: ", ", " and ",
        # ", and the ".
        self.coordination = regex.compile(
            r"(?<!\s)\s*+(?:,\s*+(?:and\s++)?|and\s++)(?:the\s++)?", i
        )
        # Run on slices: the lookbehinds only stop a scan from starting
        # inside a whitespace run or a token.
        self.between = regex.compile(r"(?<!\s)\s*+between\M")
        self.to_name = regex.compile(
            r"(?<!\s)\s*+(?:to|of)\s++(?:the\s++)?[A-Z]"
        )
        self.gap_words = regex.compile(
            # "the APEC ... meeting", "the China-Africa summit"
            r"(?<![\w'-])(?:'s?|-[A-Z][\w']*+)?\s*+"
            r"(?:[a-z][\w'-]*+\s++){0,2}"
        )
        self.article_end = regex.compile(r"\m(?<![\w'])(?:the|a|an)\s+$")
        self.word = regex.compile(_WORD)
        topic = r"""\s+
            (?P<topic>(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,7}?)
            (?=\s*[,.;:]|\s+(?:and\s+said|said|with|in|at|as|before|after
              |while|when)\M|\s*$)"""
        self.topic = regex.compile(
            r"""\m(?<![\w'])(?:discuss(?:ed|es|ing)?|focus(?:ed|es|ing)?\s+on
            |agenda\s+(?:included|includes|will\s+include)|views\s+on
            |topics\s+(?:included|would\s+include|will\s+include))"""
            + topic,
            v | i,
        )
        self.topic_after = regex.compile(
            r"\m(?<![\w'])(?:" + "|".join(TOPIC_AFTER_WORDS) + ")" + topic,
            v | i,
        )
