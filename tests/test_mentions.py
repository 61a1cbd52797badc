# SPDX-License-Identifier: MIT
"""Unit tests for stage 3, actor mentions (communique._mentions)."""

from __future__ import annotations

import functools

import pytest

from tests.stages import recognize

from communique import ActorKind
from communique._gazetteer import Gazetteer
from communique._lexicons import Lexicons
from communique._mentions import Recognizer
from communique._segment import segment
from communique._types import Mention, NormalizedText


S = ActorKind.STATE
P = ActorKind.PERSON
ORG = ActorKind.ORGANIZATION
G = ActorKind.GROUP


def xfail(*values: object, reason: str) -> object:
    """A table row the recognizer does not handle yet (strict xfail)."""
    return pytest.param(
        *values, marks=pytest.mark.xfail(strict=True, reason=reason)
    )


@functools.cache
def _mentions(text: str) -> tuple[Mention, ...]:
    norm = NormalizedText.identity(text)
    return recognize(norm, segment(norm), Gazetteer.default())


def _find(text: str, surface: str) -> list[Mention]:
    return [m for m in _mentions(text) if m.text == surface]


FOUND = [
    # capitals as metonyms
    ("Moscow rejected the proposal on Friday.", "Moscow", S, "state:RUS"),
    ("Officials said Beijing would respond.", "Beijing", S, "state:CHN"),
    ("Tokyo and Seoul agreed to share intelligence.", "Seoul", S, "state:KOR"),
    ("Washington imposed new sanctions on Tehran.", "Tehran", S, "state:IRN"),
    ("Pyongyang fired two missiles, Seoul said.", "Pyongyang", S, "state:PRK"),
    ("Ankara summoned the Swedish envoy.", "Ankara", S, "state:TUR"),
    # seats of government
    ("The Kremlin denied the report.", "The Kremlin", S, "state:RUS"),
    ("The White House said talks would go on.", "The White House", S, "state:USA"),
    ("The plan was drawn up in Downing Street.", "Downing Street", S, "state:GBR"),
    ("The Elysee said the visit was postponed.", "The Elysee", S, "state:FRA"),
    # demonyms
    ("French troops left the base.", "French", S, "state:FRA"),
    ("The deal angered Iranian hardliners.", "Iranian", S, "state:IRN"),
    ("Nigerian troops entered the town.", "Nigerian", S, "state:NGA"),
    ("The North Korean leader watched the test.", "North Korean", S, "state:PRK"),
    # abbreviations and names
    ("The DPRK warned the U.S. against any strike.", "DPRK", S, "state:PRK"),
    ("The DPRK warned the U.S. against any strike.", "U.S.", S, "state:USA"),
    ("The UAE and Bahrain signed the accord.", "UAE", S, "state:ARE"),
    # title + name
    ("Foreign Minister Wang Yi arrived on Monday.", "Foreign Minister Wang Yi", P, "Wang Yi"),
    ("U.S. Secretary of State John Kerry said so.", "U.S. Secretary of State John Kerry", P, "John Kerry"),
    ("Chancellor Angela Merkel met the press.", "Chancellor Angela Merkel", P, "Angela Merkel"),
    ("King Abdullah of Jordan left for Paris.", "King Abdullah", P, "Abdullah"),
    ("Prime Minister Narendra Modi said India was ready.", "Prime Minister Narendra Modi", P, "Narendra Modi"),
    ("Mr. Vajpayee returned to Delhi.", "Mr. Vajpayee", P, "Vajpayee"),
    # appositions
    ("Wang Yi, China's foreign minister, said talks would go on.", "Wang Yi", P, "Wang Yi"),
    ("John Smith, a spokesman, declined to comment.", "John Smith", P, "John Smith"),
    (
        "Nabil Elaraby, the Arab League secretary-general, said so.",
        "Nabil Elaraby", P, "Nabil Elaraby",
    ),
    (
        "Moussa Faki Mahamat, chairperson of the African Union Commission, said so.",
        "Moussa Faki Mahamat", P, "Moussa Faki Mahamat",
    ),
    # name + reporting verb
    ("Lavrov said the sanctions had failed.", "Lavrov", P, "Lavrov"),
    ("Jean Dupont told reporters the plan was dead.", "Jean Dupont", P, "Jean Dupont"),
    ('"We will not yield," said Tariq Aziz.', "Tariq Aziz", P, "Tariq Aziz"),
    (
        "The meeting followed talks between Vladimir Putin and Xi Jinping.",
        "Vladimir Putin", P, "Vladimir Putin",
    ),
    # particles and hyphenated names
    ("Commission President Ursula von der Leyen spoke first.", "Commission President Ursula von der Leyen", P, "Ursula von der Leyen"),
    ("German President Frank-Walter Steinmeier said so.", "German President Frank-Walter Steinmeier", P, "Frank-Walter Steinmeier"),
    ("Saudi Foreign Minister Saud al-Faisal said so.", "Saudi Foreign Minister Saud al-Faisal", P, "Saud al-Faisal"),
    ("Sheikh Hamad bin Jassim al-Thani said so.", "Sheikh Hamad bin Jassim al-Thani", P, "Hamad bin Jassim al-Thani"),
    ("President Moon Jae-in said Seoul was ready.", "President Moon Jae-in", P, "Moon Jae-in"),
    ("President Luiz Inacio Lula da Silva said so.", "President Luiz Inacio Lula da Silva", P, "Luiz Inacio Lula da Silva"),
    (
        "Prime Minister Kengo wa Dondo said so.",
        "Prime Minister Kengo wa Dondo", P, "Kengo wa Dondo",
    ),
    # organizations by shape
    ("The European Union said it would respond.", "European Union", ORG, "org:european-union"),
    ("NATO said its forces were ready.", "NATO", ORG, "org:nato"),
    ("The IAEA said inspectors had left.", "IAEA", ORG, "org:iaea"),
    ("The Arab League said it would meet.", "Arab League", ORG, "org:arab-league"),
    ("The Ministry of Foreign Affairs said the talks had ended.", "Ministry of Foreign Affairs", ORG, "Ministry of Foreign Affairs"),
    ("Nigerian police arrested ten men.", "Nigerian police", ORG, "Nigerian police"),
    (
        "The Transitional Military Council said it would hand over power.",
        "Transitional Military Council", ORG, "Transitional Military Council",
    ),
    # groups
    ("Analysts said the deal was fragile.", "Analysts", G, "Analysts"),
    ("A senior U.S. official said talks would resume.", "A senior U.S. official", G, "senior U.S. official"),
    ("Sources familiar with the talks said a deal was near.", "Sources familiar with the talks", G, "Sources familiar with the talks"),
    ("Western diplomats said the move was a surprise.", "Western diplomats", G, "Western diplomats"),
    (
        "Aid workers said thousands had fled.",
        "Aid workers", G, "Aid workers",
    ),
    (
        "Islamist groups protested in Lahore.",
        "Islamist groups", G, "Islamist groups",
    ),
    ("The rebels denied the report on Monday.", "The rebels", G, "rebels"),
    (
        "According to a senior official, the talks collapsed.",
        "a senior official", G, "senior official",
    ),
    ("The protesters said the vote was rigged.", "The protesters", G, "protesters"),
    # an adverbial between a group and its verb; new group nouns
    ("Diplomats here said talks had stalled.", "Diplomats", G, "Diplomats"),
    (
        "Western diplomats on Tuesday said the deal was close.",
        "Western diplomats", G, "Western diplomats",
    ),
    ("Defence lawyers said the trial was unfair.", "Defence lawyers", G, "Defence lawyers"),
    # institutions: organizations, with their demonym or possessor
    (
        "The Brazilian embassy said the rules would change.",
        "The Brazilian embassy", ORG, "Brazilian embassy",
    ),
    ("A federal court ruled that the law was void.", "A federal court", ORG, "federal court"),
    (
        "The prime minister's office said the visit would go ahead.",
        "The prime minister's office", ORG, "prime minister's office",
    ),
    ("The Clinton campaign said the rally was off.", "The Clinton campaign", ORG, "Clinton campaign"),
    # a named owner stays a person of its own
    ("Mr. Okoro's campaign said the rally was off.", "campaign", ORG, "Mr. Okoro's campaign"),
    # unnamed groups that act, speak through an adverb, or report
    ("Kurdish militants attacked a police post.", "Kurdish militants", G, "Kurdish militants"),
    ("Gunmen seized the mayor on Sunday.", "Gunmen", G, "Gunmen"),
    ("Economists generally believe the cut will help.", "Economists", G, "Economists"),
    ("A new poll found that most voters oppose the plan.", "A new poll", G, "new poll"),
    (
        '"Trade must be fair," the Australian delegation said.',
        "the Australian delegation", G, "Australian delegation",
    ),
    ("The commercial banks insisted on a deal.", "The commercial banks", G, "commercial banks"),
    # a group with a speech verb in its relative clause
    ("Critics, who say the plan is flawed, will protest.", "Critics", G, "Critics"),
    # a definite description of a person described in apposition before
    (
        "Ben Okoro, a retired neurosurgeon, said no. The neurosurgeon added that taxes were high.",
        "The neurosurgeon", P, "Ben Okoro",
    ),
    (
        "Ada Eze, the billionaire businesswoman, spoke. Later the billionaire businesswoman said no.",
        "the billionaire businesswoman", P, "Ada Eze",
    ),
    # armed groups and creditor clubs from the gazetteer
    ("Lashkar-e-Taiba denied any role in the attack.", "Lashkar-e-Taiba", ORG, "org:lashkar-e-taiba"),
    ("The KLA said it would fight on.", "KLA", ORG, "org:kla"),
    ("Nigeria will meet the Paris Club in June.", "Paris Club", ORG, "org:paris-club"),
    ("Monetary sources said the talks had stalled.", "Monetary sources", G, "Monetary sources"),
    (
        "A sales representative with a local brokerage said prices rose.",
        "A sales representative", G, "sales representative",
    ),
    (
        "An official of the Harbor Bay Trust said talks would resume.",
        "An official of the Harbor Bay Trust", G,
        "official of the Harbor Bay Trust",
    ),
    # a name does not end in a connector before a weekday
    (
        "The Foreign Ministry on Tuesday said the envoy had returned.",
        "Foreign Ministry", ORG, "Foreign Ministry",
    ),
    # persons before an apposition
    (
        "Mara Okafor, 41, a nurse from Lagos, said the clinic was full.",
        "Mara Okafor", P, "Mara Okafor",
    ),
    (
        "Shinji Fukukawa, Vice Minister of Trade, said talks would go on.",
        "Shinji Fukukawa", P, "Shinji Fukukawa",
    ),
    # pronouns
    ("Lavrov arrived. He said the talks were useful.", "He", P, "m"),
    ("Merkel arrived. She said the talks were useful.", "She", P, "f"),
]


class TestFound:
    """Each recognizer finds its kind of mention, with kind and key/name."""

    @pytest.mark.parametrize(("text", "surface", "kind", "ident"), FOUND)
    def test_found(
        self, text: str, surface: str, kind: ActorKind, ident: str
    ) -> None:
        """The mention text is found with its kind and key or name."""
        hits = _find(text, surface)
        assert hits, [(m.text, m.kind.value) for m in _mentions(text)]
        assert any(
            m.kind is kind and ident in (m.key, m.name) for m in hits
        ), [(m.kind.value, m.key, m.name) for m in hits]


NOT_FOUND = [
    # negatives: regions and geographic features
    ("Tensions rose on the Korean Peninsula.", "Korean Peninsula"),
    ("Ships patrolled the South China Sea.", "South China Sea"),
    ("Trade across the Asia-Pacific grew.", "Asia-Pacific"),
    ("Russia annexed Crimea in 2014.", "Crimea"),
    ("Serbian forces withdrew from Kosovo in June.", "Kosovo"),
    ("Storms shut rigs in the Gulf of Mexico.", "Mexico"),
    ("Growth slowed in Europe and Asia.", "Europe"),
    # negatives: months, weekdays, sentence starts
    ("In May the talks resumed.", "May"),
    ("On Tuesday Lavrov said no.", "Tuesday"),
    ("Despite the rain, Lavrov said no.", "Despite"),
    ("Meanwhile Lavrov said no.", "Meanwhile"),
    # negatives: bylines and products
    ("MOSCOW (AP) - Lavrov said no.", "AP"),
    ("The airline ordered ten Boeing 747 jets.", "Boeing"),
    # negatives: definite groups of actors already named
    ("Putin met Xi Jinping. The leaders said ties were strong.", "The leaders"),
    ("Russia and China met. The two sides said ties were strong.", "two sides"),
    ("Putin met Xi. The two leaders said ties were strong.", "The two leaders"),
    # an adverbial with no speech verb after it
    ("Diplomats here met the envoy.", "Diplomats"),
    # controls: institutions and groups that do not act
    ("The office was closed on Monday.", "office"),
    ("The campaign against graft has stalled.", "campaign"),
    ("The delegation said it was pleased.", "delegation"),
    ("The poll was taken in May.", "poll"),
    # a description with another head, or before the apposition
    ("Ben Okoro, a retired neurosurgeon, said no. The surgeon added more.", "The surgeon"),
    ("The neurosurgeon said no. Ben Okoro, a retired neurosurgeon, agreed.", "The neurosurgeon"),
    # a plural before a singular verb is not its subject
    ("Fighting between troops and rebels has killed hundreds.", "rebels"),
    # the reporter of a byline, trade rounds and provinces
    ("TALKS RESUME\n  By Ann Okafor, Reuters\n  LAGOS - Talks resumed.", "Ann Okafor"),
    ("Farm subsidies dominate the Uruguay Round of trade talks.", "Uruguay"),
    ("Albertans and British Columbians oppose the deal.", "British"),
    # a relative clause with no speech verb
    ("Critics, who met on Monday, will protest.", "Critics"),
    # an institution after a preposition is a place, not a subject
    ("Visits by leaders at the Chinese embassy suggest ties improved.", "embassy"),
    # a group's qualifier is not an actor of its own
    ("A spokesman for the campaign said the tour was over.", "campaign"),
]


class TestNotFound:
    """Words that look like actors but are not give no mention."""

    @pytest.mark.parametrize(("text", "surface"), NOT_FOUND)
    def test_not_found(self, text: str, surface: str) -> None:
        """No mention covers the surface text."""
        start = text.index(surface)
        end = start + len(surface)
        bad = [
            (m.text, m.kind.value)
            for m in _mentions(text)
            if m.start < end and start < m.end and m.form != "pronoun"
        ]
        assert not bad


class TestMentionShape:
    """Mentions are well-formed and the recognizer is reusable."""

    def test_offsets_match_text(self) -> None:
        """Each mention's text is the normalized text at its offsets."""
        text = "Foreign Minister Wang Yi met Lavrov in Moscow. He said so."
        for m in _mentions(text):
            assert text[m.start : m.end] == m.text

    def test_sorted_by_start(self) -> None:
        """Mentions come sorted by start offset."""
        text = "Analysts said Moscow and Beijing were close. Lavrov said so."
        starts = [m.start for m in _mentions(text)]
        assert starts == sorted(starts)

    def test_sentence_index(self) -> None:
        """Each mention carries the index of its sentence."""
        text = "Lavrov said yes. Moscow said no."
        (moscow,) = _find(text, "Moscow")
        assert moscow.sentence == 1

    def test_recognizer_callable(self) -> None:
        """A Recognizer built once can be called on several texts."""
        rec = Recognizer(Gazetteer.default(), Lexicons.default())
        for text in ("Moscow said no.", "Tokyo said yes."):
            norm = NormalizedText.identity(text)
            assert [m.kind for m in rec(norm, segment(norm))] == [S]

    def test_title_roles_and_country(self) -> None:
        """A demonym before a title gives the person a country and role."""
        text = "Russian Foreign Minister Sergei Lavrov said so."
        (p,) = [m for m in _mentions(text) if m.kind is P]
        assert p.country == "RUS"
        assert [r.title for r in p.roles] == ["Foreign Minister"]

    def test_plural_title(self) -> None:
        """ "Presidents X of A and Y of B" gives two persons."""
        text = (
            "Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia"
            " met on Friday."
        )
        names = {m.name for m in _mentions(text) if m.kind is P}
        assert {"Leonid Kuchma", "Boris Yeltsin"} <= names
