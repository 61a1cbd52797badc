# SPDX-License-Identifier: MIT
"""
Relationships, round 2: constructions read end to end (invented
sentences). Each rule has positive cases and a control that must not
fire.
"""

from __future__ import annotations

import pytest

import communique


Pair = tuple[frozenset[str], str]


@pytest.fixture(scope="module")
def parser() -> communique.Parser:
    return communique.Parser()


def pairs(parser: communique.Parser, text: str) -> set[Pair]:
    """The unordered pairs and polarities of the relationships of *text*."""
    return {
        (frozenset((r.source, r.target)), r.polarity.value)
        for r in parser.parse(text).relationships
    }


def p(a: str, b: str, polarity: str) -> Pair:
    return (frozenset((a, b)), polarity)


POSITIVE = [
    # coordinated subjects of a verb
    (
        "Washington and Tokyo condemned North Korea.",
        [
            p("state:USA", "state:PRK", "hostile"),
            p("state:JPN", "state:PRK", "hostile"),
        ],
    ),
    (
        "Kenya, Uganda and Tanzania condemned Sudan.",
        [
            p("state:KEN", "state:SDN", "hostile"),
            p("state:UGA", "state:SDN", "hostile"),
            p("state:TZA", "state:SDN", "hostile"),
        ],
    ),
    (
        "On Monday, Britain and France criticized Iran's decision.",
        [
            p("state:GBR", "state:IRN", "hostile"),
            p("state:FRA", "state:IRN", "hostile"),
        ],
    ),
    (
        "Thailand and Vietnam are members of ASEAN.",
        [
            p("state:THA", "org:asean", "cooperative"),
            p("state:VNM", "org:asean", "cooperative"),
        ],
    ),
    # intensifiers keep a hostile noun hostile; an improvement mixes it
    (
        "The deepening rift between Spain and Morocco worried analysts.",
        [p("state:ESP", "state:MAR", "hostile")],
    ),
    (
        "The spat between Britain and Iceland worsened.",
        [p("state:GBR", "state:ISL", "hostile")],
    ),
    (
        "A thaw in the dispute between Britain and Iceland followed.",
        [p("state:GBR", "state:ISL", "mixed")],
    ),
    (
        "Japan's trade problems with the United States deepened.",
        [p("state:JPN", "state:USA", "hostile")],
    ),
    # relation nouns of improvement
    (
        "The rapprochement between Turkey and Armenia stalled.",
        [p("state:TUR", "state:ARM", "cooperative")],
    ),
    # bans and founding
    (
        "The Muslim Brotherhood is banned in Egypt.",
        [p("state:EGY", "org:muslim-brotherhood", "hostile")],
    ),
    (
        "The Muslim Brotherhood, which is officially banned in Egypt, won seats.",
        [p("state:EGY", "org:muslim-brotherhood", "hostile")],
    ),
    (
        "Egypt banned the Muslim Brotherhood in 1954.",
        [p("state:EGY", "org:muslim-brotherhood", "hostile")],
    ),
    (
        "Abdullah Ocalan founded the PKK in 1978.",
        [p("person:abdullah-ocalan", "org:pkk", "cooperative")],
    ),
    # verbs and phrases of the event lexicon
    (
        "The European Community might impose steep new tariffs on Japan.",
        [p("org:european-community", "state:JPN", "hostile")],
    ),
    (
        "The Arab League welcomed a proposal by Hamas chief Khaled Meshaal.",
        [p("org:arab-league", "person:khaled-meshaal", "cooperative")],
    ),
    (
        "Washington has won the backing of Japan for the plan.",
        [p("state:USA", "state:JPN", "cooperative")],
    ),
    (
        "Japan remains deeply suspicious of China.",
        [p("state:JPN", "state:CHN", "hostile")],
    ),
    (
        "Poland is grateful to Germany for its help.",
        [p("state:POL", "state:DEU", "cooperative")],
    ),
    (
        "Kenya expressed appreciation for China's assistance.",
        [p("state:KEN", "state:CHN", "cooperative")],
    ),
    (
        "Russia supplied Iran with nuclear fuel.",
        [p("state:RUS", "state:IRN", "cooperative")],
    ),
    (
        "Washington has designated Hezbollah a terrorist organization.",
        [p("state:USA", "org:hezbollah", "hostile")],
    ),
    (
        "Pakistan test-fired a missile, drawing condemnation from India.",
        [p("state:PAK", "state:IND", "hostile")],
    ),
    (
        "Japan and South Korea have long been at loggerheads over the islands.",
        [p("state:JPN", "state:KOR", "hostile")],
    ),
    (
        "Iran cut diplomatic ties with Egypt in 1980.",
        [p("state:IRN", "state:EGY", "hostile")],
    ),
    (
        "Iran refused to cooperate with the International Atomic Energy Agency.",
        [p("state:IRN", "org:iaea", "hostile")],
    ),
    (
        "Hamas fired rockets into Israel.",
        [p("org:hamas", "state:ISR", "hostile")],
    ),
    (
        "The World Bank lent Kenya $200 million.",
        [p("org:world-bank", "state:KEN", "cooperative")],
    ),
    (
        "The African Union suspended Mali.",
        [p("org:african-union", "state:MLI", "hostile")],
    ),
    # a one-word name after "the" is a subject, not a noun modifier
    (
        "The Taliban attacked Pakistan.",
        [p("org:taliban", "state:PAK", "hostile")],
    ),
    # membership
    (
        "Croatia joined NATO in 2009.",
        [p("state:HRV", "org:nato", "cooperative")],
    ),
    ("Iran is a member of OPEC.", [p("state:IRN", "org:opec", "cooperative")]),
    (
        "Britain is a founding member of NATO.",
        [p("state:GBR", "org:nato", "cooperative")],
    ),
    (
        "NATO member Turkey objected to the plan.",
        [p("org:nato", "state:TUR", "cooperative")],
    ),
    (
        (
            "The Shanghai Cooperation Organization, which groups China, "
            "Russia and Kazakhstan, met."
        ),
        [
            p("org:sco", "state:CHN", "cooperative"),
            p("org:sco", "state:RUS", "cooperative"),
            p("org:sco", "state:KAZ", "cooperative"),
        ],
    ),
    (
        "The EU's new members include Poland and Hungary.",
        [
            p("org:european-union", "state:POL", "cooperative"),
            p("org:european-union", "state:HUN", "cooperative"),
        ],
    ),
    (
        "Japan offered to help Indonesia.",
        [p("state:JPN", "state:IDN", "cooperative")],
    ),
    (
        "Tokyo lodged a protest with Beijing.",
        [p("state:JPN", "state:CHN", "hostile")],
    ),
    (
        "Seoul summoned the Japanese ambassador.",
        [p("state:KOR", "state:JPN", "hostile")],
    ),
    # "bilateral" ties of the two states named just before
    (
        (
            "Chinese President Hu Jintao met Kenyan President Mwai Kibaki on "
            "Monday. Hu said bilateral relations have developed smoothly."
        ),
        [p("state:CHN", "state:KEN", "cooperative")],
    ),
    (
        (
            "Japan and South Korea held talks on Monday. Bilateral ties have "
            "been strained by the dispute."
        ),
        [p("state:JPN", "state:KOR", "mixed")],
    ),
    # a bare "It" opening a sentence: the state that opened the one before
    (
        "Iran tested a missile on Monday. It also warned Israel.",
        [p("state:IRN", "state:ISR", "hostile")],
    ),
    (
        "Japan offered its deepest condolences to Indonesia.",
        [p("state:JPN", "state:IDN", "cooperative")],
    ),
    (
        "Russian jets violated Turkish airspace.",
        [p("state:RUS", "state:TUR", "hostile")],
    ),
    # a joint act of a subject list with no object
    (
        "China and Kenya agreed to cooperate in agriculture.",
        [p("state:CHN", "state:KEN", "cooperative")],
    ),
    (
        "Ethiopia and Eritrea fought over the town of Badme.",
        [p("state:ETH", "state:ERI", "hostile")],
    ),
    (
        "Kenya opened a new embassy in Brazil.",
        [p("state:KEN", "state:BRA", "cooperative")],
    ),
    # "A is B's partner"
    (
        "The European Union is Kenya's largest trading partner.",
        [p("org:european-union", "state:KEN", "cooperative")],
    ),
    # "the two leaders" stand for the states of the two persons
    (
        (
            "Kenyan President Mwai Kibaki met Chinese President Hu Jintao "
            "on Monday. The two leaders pledged to deepen cooperation."
        ),
        [p("state:KEN", "state:CHN", "cooperative")],
    ),
]


@pytest.mark.parametrize(("text", "want"), POSITIVE)
def test_positive(
    parser: communique.Parser, text: str, want: list[Pair]
) -> None:
    got = pairs(parser, text)
    for pair in want:
        assert pair in got, (text, sorted(map(str, got)))


CONTROLS = [
    # a list after a preposition is no subject list
    ("The minister of Peru and Chile praised Bolivia.", ["state:PER"]),
    # bans of things, not parties
    ("Smoking is banned in France.", []),
    ("The film was banned in France.", []),
    ("He proposed to ban Muslims from entering the United States.", []),
    # "found" is "find"; a place is no founded body
    ("The company was founded in 1990 in France.", []),
    # tariffs on goods of a demonym, far from the verb
    (
        "Japan said it would impose tariffs on imported goods made by American firms.",
        [],
    ),
    ("The Arab League welcomed the decision.", []),
    ("The plan won the support of analysts.", []),
    ("Japan is suspicious of the plan.", []),
    ("The law is designed to provide American firms with loans.", []),
    ("Washington called Hezbollah on Monday.", []),
    ("The editorial drew criticism from readers.", []),
    # "joined by" is no membership; "bid to join" belongs to the bidder
    ("Cruz, later joined by Senator Bernie Sanders, spoke.", []),
    (
        "Spain voiced support for Turkey's bid to join the European Union.",
        ["state:ESP|org:european-union"],
    ),
    # members of a body, not the subject's membership
    ("Democrats, including Senator Hillary Clinton, objected.", []),
    (
        (
            "Russia and Ukraine called for better relations between the "
            "members of NATO."
        ),
        ["state:RUS|org:nato", "state:UKR|org:nato"],
    ),
    ("Benjamin Netanyahu often meets with members of Congress.", []),
    ("The Taliban attacks were condemned.", []),
    ("Iran has violated the ceasefire.", []),
    ("Japan sent its condolences to the families.", []),
    # a reporting verb breaks a joint act; a topic is no party
    ("China and Kenya said analysts fought.", []),
    (
        "Japan and South Korea pledged to work together on North Korea.",
        ["state:PRK"],
    ),
    ("The museum opened its doors in Paris.", []),
    # "it" in an impersonal clause is nobody
    (
        (
            "Iran tested a missile on Monday. It is clear that analysts "
            "condemned Israel."
        ),
        ["state:IRN"],
    ),
    # "bilateral" reaches back one sentence only
    (
        (
            "Chinese President Hu Jintao visited Kenya. Officials spoke to "
            "reporters. Analysts said bilateral ties had improved."
        ),
        ["state:CHN|state:KEN"],
    ),
    # "summon" needs an envoy; "help" needs a body, not a person
    ("Senator Bill Clinton can just summon Barack Obama.", []),
    ("Senator Hillary Clinton helped Barack Obama win.", []),
]


@pytest.mark.parametrize(("text", "banned"), CONTROLS)
def test_control(
    parser: communique.Parser, text: str, banned: list[str]
) -> None:
    got = pairs(parser, text)
    if not banned:
        assert not got, (text, sorted(map(str, got)))
        return
    for item in banned:
        parts = set(item.split("|"))
        for pair, _ in got:
            if len(parts) == 1:
                assert not parts & pair, (text, sorted(map(str, got)))
            else:
                assert pair != parts, (text, sorted(map(str, got)))
