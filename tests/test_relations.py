# SPDX-License-Identifier: MIT
"""Tests for stage 5c: relationships between actors."""

from __future__ import annotations

import pytest
import regex

from tests.stages import find_relationships

import communique

from communique._lexicons import read_lexicon
from communique._phrases import PhraseError, expand, pattern_source
from communique._relations import KINDS, PolarityLexicon
from communique._segment import segment
from communique._types import Document, NormalizedText, ResolvedMention
from communique.errors import LexiconError
from communique.model import Actor, ActorKind, Polarity, Trend


# (surface, actor id, kind, form, country)
ENTITIES = [
    ("France", "state:FRA", "state", "name", "FRA"),
    ("French", "state:FRA", "state", "demonym", "FRA"),
    ("Paris", "state:FRA", "state", "capital", "FRA"),
    ("Germany", "state:DEU", "state", "name", "DEU"),
    ("German", "state:DEU", "state", "demonym", "DEU"),
    ("Berlin", "state:DEU", "state", "capital", "DEU"),
    ("Spain", "state:ESP", "state", "name", "ESP"),
    ("Madrid", "state:ESP", "state", "capital", "ESP"),
    ("Chad", "state:TCD", "state", "name", "TCD"),
    ("China", "state:CHN", "state", "name", "CHN"),
    ("Peru", "state:PER", "state", "name", "PER"),
    ("Peruvian", "state:PER", "state", "demonym", "PER"),
    ("NATO", "org:nato", "organization", "name", None),
    ("Anna Berg", "person:anna-berg", "person", "name", "DEU"),
    ("Berg", "person:anna-berg", "person", "surname", "DEU"),
    ("Luis Ortega", "person:luis-ortega", "person", "name", "ESP"),
    ("Ortega", "person:luis-ortega", "person", "surname", "ESP"),
    ("analysts", "group:analysts", "group", "group", None),
]


def make_doc(
    text: str, entities: list[tuple[str, ...]] = ENTITIES
) -> Document:
    """A document whose mentions are every occurrence of the surfaces."""
    norm = NormalizedText.identity(text)
    sents = segment(norm)
    taken: list[tuple[int, int]] = []
    mentions = []
    actors: dict[str, Actor] = {}
    for surface, aid, kind, form, country in sorted(
        entities, key=lambda e: -len(e[0])
    ):
        k = ActorKind(kind)
        pattern = r"(?<!\w)" + regex.escape(surface) + r"(?!\w)"
        for m in regex.finditer(pattern, text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            actors.setdefault(
                aid, Actor(id=aid, kind=k, name=surface, country=country)
            )
            index = next(
                s.index for s in sents if s.start <= m.start() < s.end
            )
            mentions.append(
                ResolvedMention(
                    start=m.start(),
                    end=m.end(),
                    text=m.group(),
                    actor=aid,
                    kind=k,
                    form=form,
                    sentence=index,
                    country=country,
                )
            )
    mentions.sort(key=lambda m: m.start)
    return Document(
        norm=norm, sentences=sents, mentions=tuple(mentions), actors=actors
    )


def pairs(text: str) -> set[tuple[frozenset[str], Polarity]]:
    return {
        (frozenset((r.source, r.target)), r.polarity)
        for r in find_relationships(make_doc(text))
    }


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


FRA, DEU, ESP, TCD, PER = (
    "state:FRA",
    "state:DEU",
    "state:ESP",
    "state:TCD",
    "state:PER",
)
COOP, HOST, MIXED = Polarity.COOPERATIVE, Polarity.HOSTILE, Polarity.MIXED


def _noun(phrase: str, **spec: object) -> dict[str, object]:
    """A lexicon entry with one phrase."""
    return {"phrases": [phrase], "polarity": "hostile", "preps": ["on"]} | spec


def _lex(**sections: object) -> dict[str, object]:
    """A lexicon with empty sections but those given."""
    base: dict[str, object] = {
        "nouns": [],
        "verbs": [],
        "modifiers": [],
        "hedges": ["may"],
        "negations": ["not"],
    }
    return base | sections


class TestPatterns:
    """Each news pattern yields the stated pair and polarity."""

    @pytest.mark.parametrize(
        ("text", "a", "b", "polarity"),
        [
            # between A and B
            ("The cooperation between France and Spain grew.", FRA, ESP, COOP),
            # retaliation and recalled envoys
            ("France vowed to retaliate against Spain.", FRA, ESP, HOST),
            ("France recalled its ambassador from Spain.", FRA, ESP, HOST),
            (
                "Relations between Paris and Madrid were strained.",
                FRA,
                ESP,
                HOST,
            ),
            (
                "A new fishery pact between Paris and Berlin was signed.",
                FRA,
                DEU,
                COOP,
            ),
            # compounds
            ("He praised the depth of Paris-Berlin ties.", FRA, DEU, COOP),
            (
                "China hailed the Sino-Peruvian friendly cooperation.",
                "state:CHN",
                PER,
                COOP,
            ),
            # noun + preposition
            ("France's war against Spain lasted a decade.", FRA, ESP, HOST),
            (
                "Germany imposed sanctions against Chad last year.",
                DEU,
                TCD,
                HOST,
            ),
            (
                "Spain held joint naval exercises with NATO in May.",
                ESP,
                "org:nato",
                COOP,
            ),
            (
                "Berg announced a gift of 30 tonnes (66,000 pounds) of grain to Chad.",
                "person:anna-berg",
                TCD,
                COOP,
            ),
            (
                "Germany has been in good relations with Peru for decades.",
                DEU,
                PER,
                COOP,
            ),
            # verbs
            (
                "Germany warned France on Monday against escalating.",
                DEU,
                FRA,
                HOST,
            ),
            (
                "Spain condemned Germany's decision to close the border.",
                ESP,
                DEU,
                HOST,
            ),
            ("France has already protested Germany's plans.", FRA, DEU, HOST),
            ("Peru accused Chad of hiding the ship.", PER, TCD, HOST),
            ("Spain strongly backed the Peruvian government.", ESP, PER, COOP),
            (
                "Madrid staunchly opposed NATO's expansion.",
                ESP,
                "org:nato",
                HOST,
            ),
            ("Chad, which is supported by France, refused.", FRA, TCD, COOP),
            (
                "Ortega warned Berg about the vote.",
                "person:luis-ortega",
                "person:anna-berg",
                HOST,
            ),
            # special
            (
                "Official rhetoric from Madrid frames France as a hostile neighbour.",
                ESP,
                FRA,
                HOST,
            ),
            (
                "Berlin would not accept a Peruvian defeat in the vote.",
                DEU,
                PER,
                COOP,
            ),
            (
                "The ban on French wine remains a point of contention for Spain.",
                FRA,
                ESP,
                HOST,
            ),
            (
                "Chad, which supports the German-led war on Peru, sent troops.",
                TCD,
                PER,
                HOST,
            ),
            (
                "Diplomatic relations with Spain, broken off by Paris in 1990, remain frozen.",
                FRA,
                ESP,
                HOST,
            ),
        ],
    )
    def test_pair_and_polarity(
        self, text: str, a: str, b: str, polarity: Polarity
    ) -> None:
        assert (pair(a, b), polarity) in pairs(text)


class TestLists:
    """Coordinated objects each get a relation; hedged items are marked."""

    def test_list_with_hedge(self) -> None:
        doc = make_doc(
            "Germany aligns with France, Spain and potentially Chad."
        )
        rels = {
            frozenset((r.source, r.target)): r for r in find_relationships(doc)
        }
        assert set(rels) == {pair(DEU, FRA), pair(DEU, ESP), pair(DEU, TCD)}
        assert rels[pair(DEU, TCD)].hedged
        assert not rels[pair(DEU, FRA)].hedged

    def test_between_list_makes_every_pair(self) -> None:
        got = pairs(
            "They see shared objectives between France, Spain and Peru."
        )
        assert got == {
            (pair(FRA, ESP), COOP),
            (pair(FRA, PER), COOP),
            (pair(ESP, PER), COOP),
        }


class TestCoordinatedSubjects:
    """ "A and B signed a trade agreement": the relation of the subjects."""

    @pytest.mark.parametrize(
        ("text", "polarity"),
        [
            ("France and Spain signed a trade agreement on Friday.", COOP),
            ("France and Spain agreed to deepen economic ties.", COOP),
            ("France and Spain pledged to strengthen their partnership.", COOP),
            ("France and Spain remain locked in a bitter dispute.", HOST),
            ("Both France and Spain share close ties.", COOP),
        ],
    )
    def test_subjects_relate(self, text: str, polarity: Polarity) -> None:
        assert pairs(text) == {(pair(FRA, ESP), polarity)}

    @pytest.mark.parametrize(
        "text",
        [
            "France and Spain discussed trade ties.",
            "France and Spain did not sign a trade agreement.",
            "France and Spain urged Chad to sign a trade agreement.",
        ],
    )
    def test_not_a_joint_relation(self, text: str) -> None:
        assert not any(p == pair(FRA, ESP) for p, _ in pairs(text))


class TestTwoCountries:
    """'The two countries' stands for the two states last named together."""

    def test_between_the_two_countries(self) -> None:
        text = (
            "Berg met Ortega in Madrid. They discussed closer military "
            "cooperation between the two countries."
        )
        rels = find_relationships(make_doc(text))
        assert [(frozenset((r.source, r.target)), r.kind) for r in rels] == [
            (pair("person:anna-berg", ESP), "military_cooperation")
        ]

    def test_cooled_is_mixed_and_worsening(self) -> None:
        text = "France and Spain held talks. Ties between the two countries had cooled."
        (rel,) = find_relationships(make_doc(text))
        assert rel.polarity is MIXED
        assert rel.trend is Trend.WORSENING

    def test_improvement_is_improving(self) -> None:
        text = "There was a clear improvement in relations between Paris and Madrid."
        (rel,) = find_relationships(make_doc(text))
        assert (rel.polarity, rel.trend) == (COOP, Trend.IMPROVING)

    def test_between_the_close_countries(self) -> None:
        text = (
            "France's trade surplus with Spain grew, reaffirming ties "
            "between the traditionally close countries."
        )
        assert pairs(text) == {(pair(FRA, ESP), COOP)}

    def test_baltic_states_is_not_a_pair(self) -> None:
        text = "France and Spain met. The Baltic states were absent."
        assert pairs(text) == set()

    def test_friendly_countries(self) -> None:
        text = "Berg met her Peruvian counterpart, calling them friendly countries."
        assert pairs(text) == {(pair("person:anna-berg", PER), COOP)}


class TestNegatives:
    """Negated, proposed, meeting-only and non-actor cues give nothing."""

    @pytest.mark.parametrize(
        "text",
        [
            "France no longer supports Germany.",
            "Spain did not condemn Chad.",
            "Berg met Ortega in Madrid on Tuesday.",
            "France held talks with Spain about fishing.",
            "Germany's annexation of the Crimea-like enclave was debated.",
            "Berg urged France to restore diplomatic relations with Spain.",
            "Peru discussed issues including the dispute with Chad.",
            "The analysts criticized Germany.",
            "France's relations with Spain were discussed.",
            "Berg recalled her visit to Spain.",
            "Terrorist blasts hit Paris and Madrid.",
        ],
    )
    def test_no_relationship(self, text: str) -> None:
        assert find_relationships(make_doc(text)) == ()

    def test_hedged_relation(self) -> None:
        (rel,) = find_relationships(
            make_doc("Peru may sanction Chad over the fishing row.")
        )
        assert rel.hedged
        assert rel.polarity is HOST


class TestOutput:
    """Ids, duplicates, evidence and kinds."""

    def test_one_per_pair_and_polarity(self) -> None:
        text = (
            "Germany supports France. Berlin backed Paris again. "
            "Germany warned France."
        )
        rels = find_relationships(make_doc(text))
        assert [r.id for r in rels] == ["relationship:1", "relationship:2"]
        assert [r.polarity for r in rels] == [COOP, HOST]
        assert len(rels[0].evidence) == 2

    def test_evidence_points_into_text(self) -> None:
        text = "Madrid said France's war against Spain must end."
        for rel in find_relationships(make_doc(text)):
            for span in rel.evidence:
                assert text[span.start : span.end] == span.text

    def test_kinds_are_in_vocabulary(self) -> None:
        text = (
            "France's war against Spain. Germany imposed sanctions against "
            "Chad. Peru backed Spain. Trade with France grew for Germany."
        )
        rels = find_relationships(make_doc(text))
        assert rels
        assert {r.kind for r in rels} <= KINDS


class TestLexicon:
    """The polarity lexicon loads and rejects malformed data."""

    def test_default_loads(self) -> None:
        lex = PolarityLexicon.default()
        assert lex.nouns
        assert lex.verbs
        assert lex.modifiers

    @pytest.mark.parametrize(
        ("data", "entry"),
        [
            ([], None),
            ({"nouns": [], "verbs": []}, None),
            (_lex(nouns=[_noun("war", polarity="angry")]), "nouns[0] 'war'"),
            (_lex(nouns=[_noun("war", kind="spat")]), "nouns[0] 'war'"),
            (_lex(nouns=[{"phrases": ["war"], "polarity": "hostile"}]), "nouns[0] 'war'"),
            (_lex(nouns=[_noun("(war")]), "nouns[0] '(war'"),
            (_lex(nouns=[_noun(r"wars?")]), None),
            (_lex(verbs=[_noun(r"attack\w*")]), "verbs[0] 'attack\\\\w*'"),
            (_lex(verbs=[_noun("* attack")]), "verbs[0] '* attack'"),
            (_lex(verbs=[_noun("(attack)")]), "verbs[0] '(attack)'"),
            (_lex(verbs=[_noun("attack//hit")]), "verbs[0] 'attack//hit'"),
            (_lex(verbs=[{"phrases": "attack"}]), "verbs[0]"),
            (_lex(hedges=["may (("]), "hedges"),
        ],
    )
    def test_rejects_bad_data(self, data: object, entry: str | None) -> None:
        """A malformed file raises LexiconError naming the entry."""
        with pytest.raises(LexiconError) as info:
            PolarityLexicon.from_dict(data)
        if entry is not None:
            assert info.value.entry == entry

    def test_shipped_file_holds_no_regex(self) -> None:
        """The shipped phrases hold no regular-expression syntax."""
        data = read_lexicon("polarity.json")
        for section in ("nouns", "verbs", "modifiers"):
            for spec in data[section]:
                for phrase in spec["phrases"]:
                    assert not regex.search(r"[\\?+{}\[\]|^$]", phrase)


class TestPhrases:
    """The phrase syntax: alternatives, optional words, wildcards."""

    @pytest.mark.parametrize(
        ("phrase", "text", "hit"),
        [
            ("support/supports", "supports", True),
            ("support/supports", "supported", False),
            ("(joint) naval drills", "joint naval drills", True),
            ("(joint) naval drills", "naval  drills", True),
            ("military (and *) ties", "military and security ties", True),
            ("military (and *) ties", "military ties", True),
            ("military (and *) ties", "military and ties", False),
            ("trade (surplus/deficit)", "trade deficit", True),
            ("stand/stood by/with", "stood\nwith", True),
        ],
    )
    def test_matches(self, phrase: str, text: str, hit: bool) -> None:
        """A phrase matches whole words, a space any whitespace."""
        src = pattern_source([phrase])
        got = regex.fullmatch(src, text, regex.IGNORECASE) is not None
        assert got is hit

    def test_longer_option_first(self) -> None:
        """An optional continuation is taken when it is there."""
        src = pattern_source(["trade (surplus)"])
        assert regex.match(src, "trade surplus rose").group() == "trade surplus"

    def test_expand(self) -> None:
        """expand lists every word sequence of a phrase."""
        assert sorted(expand("a/b (c) d")) == [
            ("a", "c", "d"),
            ("a", "d"),
            ("b", "c", "d"),
            ("b", "d"),
        ]

    @pytest.mark.parametrize(
        "phrase", ["", "  ", "(a", "a)", "((a)) b", "(a)", "* b", "a/*", "a\\b"]
    )
    def test_rejects(self, phrase: str) -> None:
        """Malformed phrases raise PhraseError."""
        with pytest.raises(PhraseError):
            expand(phrase)


def parsed_pairs(text: str) -> set[tuple[frozenset[str], Polarity]]:
    """The (pair, polarity) set of a full parse of *text*."""
    return {
        (frozenset((r.source, r.target)), r.polarity)
        for r in communique.parse(text).relationships
    }


class TestCameoLexicon:
    """CAMEO-wide verbs, nouns and modifiers, each with a control."""

    @pytest.mark.parametrize(
        ("text", "a", "b", "polarity"),
        [
            # assault (CAMEO 18): the subject next to the verb
            (
                "Venezuelan jets destroyed a Colombian radar post on Sunday.",
                "state:VEN",
                "state:COL",
                HOST,
            ),
            (
                "Iraqi troops killed two Iranian border guards.",
                "state:IRQ",
                "state:IRN",
                HOST,
            ),
            # coercion (CAMEO 17): seizures, detentions, pressure
            ("Chile seized a Peruvian fishing boat.", "state:CHL", PER, HOST),
            (
                "Turkey arrested three Greek sailors.",
                "state:TUR",
                "state:GRC",
                HOST,
            ),
            (
                "Bolivia pressured Peru to reopen the port.",
                "state:BOL",
                PER,
                HOST,
            ),
            (
                "Russia's interference in Belarus drew protests.",
                "state:RUS",
                "state:BLR",
                HOST,
            ),
            # force posture (CAMEO 15)
            (
                "Pakistan massed troops along its border with India.",
                "state:PAK",
                "state:IND",
                HOST,
            ),
            # fight (CAMEO 19)
            (
                "Nigerian troops clashed with Cameroon's army near the border.",
                "state:NGA",
                "state:CMR",
                HOST,
            ),
            # reject (CAMEO 12)
            ("Brazil vetoed Argentina's plan.", "state:BRA", "state:ARG", HOST),
            (
                "Egypt refused to recognize Israel until 1979.",
                "state:EGY",
                "state:ISR",
                HOST,
            ),
            # disapprove (CAMEO 11) and complain (114)
            ("Spain was sharply critical of Morocco.", ESP, "state:MAR", HOST),
            (
                "Japan voiced concern over China's naval build-up.",
                "state:JPN",
                "state:CHN",
                HOST,
            ),
            (
                "The controversy between Chile and Bolivia continued.",
                "state:CHL",
                "state:BOL",
                HOST,
            ),
            (
                "Rising tariffs remain the main irritant in Peru-Chile relations.",
                PER,
                "state:CHL",
                HOST,
            ),
            # aid and cooperation (CAMEO 05-07)
            (
                "Chile sent peacekeepers to Haiti in 2004.",
                "state:CHL",
                "state:HTI",
                COOP,
            ),
            (
                "Sweden's accession to NATO took two years.",
                "state:SWE",
                "org:nato",
                COOP,
            ),
            (
                "Paraguay remains a loyal ally of Brazil.",
                "state:PRY",
                "state:BRA",
                COOP,
            ),
            (
                "Jordan signed two peace agreements with Israel.",
                "state:JOR",
                "state:ISR",
                COOP,
            ),
            (
                "Diplomatic relations between Peru and Chile were formalized in 1990.",
                PER,
                "state:CHL",
                COOP,
            ),
            # yield (CAMEO 081) and reduced relations (161)
            (
                "The United States lifted sanctions on Iran in 2016.",
                "state:USA",
                "state:IRN",
                COOP,
            ),
            (
                "Britain closed its embassy in Syria.",
                "state:GBR",
                "state:SYR",
                HOST,
            ),
            # rivalry as "an enemy of"
            (
                "Iran is a bitter enemy of Israel.",
                "state:IRN",
                "state:ISR",
                HOST,
            ),
            # an ally or rival in apposition
            (
                "Washington's closest ally, Britain, sent troops.",
                "state:USA",
                "state:GBR",
                COOP,
            ),
            (
                "Iran's arch-foe Israel said nothing.",
                "state:IRN",
                "state:ISR",
                HOST,
            ),
            # another party's act: "the move" is the sentence before's
            (
                "Hungary blocked the budget. Germany condemned the decision.",
                DEU,
                "state:HUN",
                HOST,
            ),
            (
                "Hungary blocked the budget. Germany praised the move.",
                DEU,
                "state:HUN",
                COOP,
            ),
        ],
    )
    def test_pair_and_polarity(
        self, text: str, a: str, b: str, polarity: Polarity
    ) -> None:
        """The construction yields the pair with its polarity."""
        assert (pair(a, b), polarity) in parsed_pairs(text)

    @pytest.mark.parametrize(
        "text",
        [
            # no party as object
            "Venezuela destroyed an old radar station on Sunday.",
            "Chile sent a letter to Haiti in 2004.",
            "Japan voiced concern over the weather.",
            # a place, not a party
            "Rebels killed 20 people in Kenya.",
            # the object is no party of the act ("seized the chance to")
            "Chile seized the chance to court Peru.",
            # a noun, not a verb
            "Public pressure on Peru grew.",
            # the subject is not next to the verb
            "Turkey said on Monday that storms had killed 12 people in Greece.",
            # negated
            "Nigeria did not clash with Cameroon.",
            # a topic of talks, not a relation
            "Colombia and Ecuador held trade talks in Quito.",
            # condemning an attack is not hostility to its victim
            "Russia condemned the attack on Georgia.",
            # the act of the sentence before, but not judged
            "Hungary blocked the budget. Germany discussed the decision.",
            # no party in apposition
            "Russia's ally said Syria would wait.",
            # "the weather" is no act
            # no embassy; negated
            "Britain closed its office in London.",
            "Japan did not lift sanctions on Iran.",
            "Hungary blocked the budget. Germany criticized the weather.",
        ],
    )
    def test_no_relationship(self, text: str) -> None:
        """Controls: no relationship between two parties."""
        assert parsed_pairs(text) == set()

    def test_refusing_to_recognize_is_hostile(self) -> None:
        """'refuses to recognize' is hostile, never cooperative."""
        got = parsed_pairs("Hamas refuses to recognize Israel.")
        assert got == {(pair("org:hamas", "state:ISR"), HOST)}

    def test_lifted_sanctions_are_not_hostile(self) -> None:
        """Lifting sanctions is a concession, not a sanction."""
        got = parsed_pairs("The United States lifted sanctions on Iran.")
        assert got == {(pair("state:USA", "state:IRN"), COOP)}

    def test_vetoed_aid_is_not_aid(self) -> None:
        """A vetoed aid package states no aid relation."""
        got = parsed_pairs("Hungary vetoed the aid package for Ukraine.")
        assert (pair("state:HUN", "state:UKR"), COOP) not in got

    def test_hedged_posture(self) -> None:
        """A modal marks the relation hedged."""
        (rel,) = communique.parse(
            "Pakistan may mass troops along its border with India."
        ).relationships
        assert rel.hedged
        assert rel.kind == "force_posture"
