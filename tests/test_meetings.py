# SPDX-License-Identifier: MIT
"""
Tests for stage 5a, :func:`communique._meetings.find_meetings`.

Most tests build the :class:`~communique._types.Document` by hand (text
plus the mentions an actor stage would resolve) so they check this stage
alone; the example sentences are our own.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import pytest
import regex

from hypothesis import given
from hypothesis import strategies as st
from tests.stages import find_meetings

import communique

from communique._meetings._cues import _words_pattern
from communique._normalize import normalize
from communique._segment import segment
from communique._types import Document, ResolvedMention
from communique.model import (
    Actor,
    ActorKind,
    DatePrecision,
    Meeting,
    MeetingKind,
    MeetingStatus,
)


DEV = Path(__file__).parents[1] / ".." / "shared" / "corpus" / "dev"

# The actors the test sentences name: id -> (kind, country).
ACTORS: dict[str, tuple[ActorKind, str | None]] = {
    "person:aldo": (ActorKind.PERSON, "ITA"),
    "person:berta": (ActorKind.PERSON, "DEU"),
    "person:chen": (ActorKind.PERSON, "CHN"),
    "person:dara": (ActorKind.PERSON, "IRL"),
    "person:emil": (ActorKind.PERSON, "SWE"),
    "person:farid": (ActorKind.PERSON, "EGY"),
    "person:gil": (ActorKind.PERSON, None),
    "state:ITA": (ActorKind.STATE, "ITA"),
    "state:DEU": (ActorKind.STATE, "DEU"),
    "state:CHN": (ActorKind.STATE, "CHN"),
    "state:SWE": (ActorKind.STATE, "SWE"),
    "state:EGY": (ActorKind.STATE, "EGY"),
    "state:IRL": (ActorKind.STATE, "IRL"),
    "state:PER": (ActorKind.STATE, "PER"),
    "org:un": (ActorKind.ORGANIZATION, None),
    "group:officials": (ActorKind.GROUP, None),
}

# Surface forms: text -> (actor id, form). Longest forms win.
FORMS: dict[str, tuple[str, str]] = {
    "Foreign Minister Aldo Rinaldi": ("person:aldo", "name"),
    "Aldo Rinaldi": ("person:aldo", "name"),
    "Rinaldi": ("person:aldo", "surname"),
    "Chancellor Berta Vogel": ("person:berta", "name"),
    "Berta Vogel": ("person:berta", "name"),
    "Vogel": ("person:berta", "surname"),
    "President Chen Wei": ("person:chen", "name"),
    "Chen": ("person:chen", "surname"),
    "Prime Minister Dara Quinn": ("person:dara", "name"),
    "Quinn": ("person:dara", "surname"),
    "King Emil": ("person:emil", "name"),
    "Emil": ("person:emil", "surname"),
    "President Farid Nassar": ("person:farid", "name"),
    "Nassar": ("person:farid", "surname"),
    "Gil Moreau": ("person:gil", "name"),
    "Italy": ("state:ITA", "name"),
    "Italian": ("state:ITA", "demonym"),
    "Rome": ("state:ITA", "capital"),
    "Germany": ("state:DEU", "name"),
    "German": ("state:DEU", "demonym"),
    "Berlin": ("state:DEU", "capital"),
    "China": ("state:CHN", "name"),
    "Chinese": ("state:CHN", "demonym"),
    "Beijing": ("state:CHN", "capital"),
    "Sweden": ("state:SWE", "name"),
    "Stockholm": ("state:SWE", "capital"),
    "Egypt": ("state:EGY", "name"),
    "Cairo": ("state:EGY", "capital"),
    "Ireland": ("state:IRL", "name"),
    "Peru": ("state:PER", "name"),
    "Lima": ("state:PER", "capital"),
    "United Nations": ("org:un", "name"),
    "UN": ("org:un", "name"),
    "officials": ("group:officials", "group"),
}
_FORMS = regex.compile(
    r"(?<![\w])\L<forms>(?![\w])", forms=sorted(FORMS, key=len, reverse=True)
)
_PRONOUNS = {"he": "person:aldo", "his": "person:aldo"}


def make_doc(
    text: str,
    published: dt.date | None = None,
    pronouns: Sequence[tuple[str, str]] = (),
) -> Document:
    """
    A document whose mentions are every surface form of :data:`FORMS`,
    plus the pronouns given as ``(word, actor id)`` in order of
    appearance (as an actor stage would resolve them).
    """
    norm = normalize(text)
    sentences = segment(norm)

    def sentence_of(pos: int) -> int:
        for s in sentences:
            if s.start <= pos < max(s.end, s.start + 1):
                return s.index
        return sentences[-1].index

    mentions = []
    for m in _FORMS.finditer(norm.text):
        actor, form = FORMS[m.group()]
        kind, country = ACTORS[actor]
        mentions.append(
            ResolvedMention(
                start=m.start(),
                end=m.end(),
                text=m.group(),
                actor=actor,
                kind=kind,
                form=form,
                sentence=sentence_of(m.start()),
                country=country,
            )
        )
    pos = 0
    for word, actor in pronouns:
        m = regex.compile(rf"\m{word}\M").search(norm.text, pos)
        assert m is not None, word
        pos = m.end()
        mentions.append(
            ResolvedMention(
                start=m.start(),
                end=m.end(),
                text=word,
                actor=actor,
                kind=ActorKind.PERSON,
                form="pronoun",
                sentence=sentence_of(m.start()),
            )
        )
    mentions.sort(key=lambda m: (m.start, -m.end))
    used = {m.actor for m in mentions}
    actors = {
        key: Actor(id=key, kind=kind, name=key.split(":")[1], country=country)
        for key, (kind, country) in ACTORS.items()
        if key in used
    }
    return Document(
        norm=norm,
        sentences=sentences,
        mentions=tuple(mentions),
        actors=actors,
        published=published,
    )


def meetings(
    text: str,
    published: dt.date | None = None,
    pronouns: Sequence[tuple[str, str]] = (),
) -> tuple[Meeting, ...]:
    return find_meetings(make_doc(text, published, pronouns))


def only(
    text: str,
    published: dt.date | None = None,
    pronouns: Sequence[tuple[str, str]] = (),
) -> Meeting:
    found = meetings(text, published, pronouns)
    assert len(found) == 1, found
    return found[0]


PUB = dt.date(2024, 6, 14)  # a Friday


class TestVisits:
    """Visits: who travels where, and the host state."""

    @pytest.mark.parametrize(
        ("text", "participants", "country"),
        [
            (
                "Foreign Minister Aldo Rinaldi visited Peru on Monday.",
                {"person:aldo", "state:PER"},
                "PER",
            ),
            (
                "Tension eased after a visit by Chancellor Berta Vogel to Lima.",
                {"person:berta", "state:PER"},
                "PER",
            ),
            (
                "King Emil arrived in Cairo for a three-day state visit.",
                {"person:emil", "state:EGY"},
                "EGY",
            ),
            (
                "Vogel's trip to China was her first abroad.",
                {"person:berta", "state:CHN"},
                "CHN",
            ),
            (
                "King Emil landed in Cairo on Monday.",
                {"person:emil", "state:EGY"},
                "EGY",
            ),
            (
                "Rinaldi left for Lima on Monday.",
                {"person:aldo", "state:PER"},
                "PER",
            ),
        ],
    )
    def test_visitor_and_destination(
        self, text: str, participants: set[str], country: str
    ) -> None:
        """A visit with no named host pairs the visitor with the state."""
        m = only(text, PUB)
        assert set(m.participants) == participants
        assert m.kind is MeetingKind.VISIT
        assert m.location is not None
        assert m.location.country == country
        assert m.host == f"state:{country}"

    def test_capital_named_as_place(self) -> None:
        """A capital gives both the place name and its country."""
        m = only("King Emil arrived in Cairo on Sunday.", PUB)
        assert m.location is not None
        assert (m.location.name, m.location.country) == ("Cairo", "EGY")

    def test_visit_at_home_is_no_visit(self) -> None:
        """A person travelling in their own country visits no one."""
        assert meetings("Chen visited China's western provinces.", PUB) == ()

    def test_generic_travellers(self) -> None:
        """Tourists who visit a country are no meeting."""
        text = "Egypt hopes more tourists will visit Peru this year."
        assert meetings(text, PUB) == ()


class TestTalks:
    """Talks, meetings and calls between named persons."""

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            (
                "Rinaldi met Chancellor Berta Vogel in Rome on Tuesday.",
                MeetingKind.MEETING,
            ),
            (
                "Rinaldi held talks with Vogel in Rome on Tuesday.",
                MeetingKind.TALKS,
            ),
            ("Rinaldi and Vogel met in Rome on Tuesday.", MeetingKind.MEETING),
        ],
    )
    def test_pair(self, text: str, kind: MeetingKind) -> None:
        """Subject and object (or a joined subject) meet."""
        m = only(text, PUB)
        assert set(m.participants) == {"person:aldo", "person:berta"}
        assert m.kind is kind
        assert m.status is MeetingStatus.HELD
        assert m.location is not None
        assert (m.location.name, m.location.country) == ("Rome", "ITA")
        assert m.date is not None
        assert m.date.value == "2024-06-11"

    def test_phone_call(self) -> None:
        """A phone call is a call, with no place."""
        m = only(
            "President Chen Wei spoke by phone with Prime Minister Dara Quinn "
            "on Thursday about trade.",
            PUB,
        )
        assert m.kind is MeetingKind.CALL
        assert set(m.participants) == {"person:chen", "person:dara"}
        assert m.location is None
        assert m.date is not None
        assert m.date.value == "2024-06-13"
        assert m.topics == ("trade",)

    def test_told_visiting(self) -> None:
        """ "X told visiting Y" reports a meeting hosted by X."""
        m = only(
            "President Farid Nassar told visiting King Emil on Friday that "
            "the canal would stay open.",
            PUB,
        )
        assert set(m.participants) == {"person:farid", "person:emil"}
        assert m.host == "person:farid"
        assert m.location is not None
        assert m.location.country == "EGY"

    def test_hosted(self) -> None:
        """The subject of "hosted" is the host."""
        m = only(
            "President Chen Wei hosted Prime Minister Dara Quinn in Beijing.",
            PUB,
        )
        assert m.host == "person:chen"
        assert m.location is not None
        assert m.location.country == "CHN"

    def test_the_two_met(self) -> None:
        """ "The two met" names the two persons just mentioned."""
        text = (
            "Rinaldi praised Vogel on Sunday. "
            "The two met in Berlin last month."
        )
        m = only(text, PUB)
        assert set(m.participants) == {"person:aldo", "person:berta"}
        assert m.date is not None
        assert m.date.value == "2024-05"

    def test_organization_counterpart(self) -> None:
        """With no person on the other side, the organization takes part."""
        m = only("Nassar held talks with the United Nations in Cairo.", PUB)
        assert set(m.participants) == {"person:farid", "org:un"}

    def test_pronoun_subject(self) -> None:
        """A pronoun the actor stage resolved stands for its person."""
        m = only(
            "Rinaldi landed late. He met Vogel at the airport.",
            PUB,
            pronouns=[("He", "person:aldo")],
        )
        assert set(m.participants) == {"person:aldo", "person:berta"}

    def test_unresolved_possessive(self) -> None:
        """An unresolved "his" opening the sentence looks ahead."""
        m = only("During his talks with Vogel, Rinaldi raised the issue.", PUB)
        assert set(m.participants) == {"person:aldo", "person:berta"}


class TestStatus:
    """Held, planned, ongoing and cancelled meetings."""

    @pytest.mark.parametrize(
        ("text", "status"),
        [
            ("Rinaldi will visit Peru next month.", MeetingStatus.PLANNED),
            (
                "Rinaldi is expected to meet Vogel in Rome.",
                MeetingStatus.PLANNED,
            ),
            (
                "Rinaldi is scheduled to hold talks with Vogel.",
                MeetingStatus.PLANNED,
            ),
            ("Rinaldi is due to visit Peru.", MeetingStatus.PLANNED),
            ("Rinaldi is due in Lima on Friday.", MeetingStatus.PLANNED),
            ("Rinaldi is visiting Peru.", MeetingStatus.ONGOING),
            ("Rinaldi called off his visit to Peru.", MeetingStatus.CANCELLED),
            ("Rinaldi postponed a trip to Peru.", MeetingStatus.CANCELLED),
            # -- the passive after the noun
            ("Rinaldi's visit to Peru was cancelled.", MeetingStatus.CANCELLED),
            (
                "Talks between Italy and Peru were called off.",
                MeetingStatus.CANCELLED,
            ),
            ("Rinaldi's visit to Peru was a success.", MeetingStatus.HELD),
            ("Rinaldi visited Peru.", MeetingStatus.HELD),
        ],
    )
    def test_status(self, text: str, status: MeetingStatus) -> None:
        """The status follows the clause's tense and cues."""
        assert only(text, PUB).status is status

    def test_planned_summit_with_date(self) -> None:
        """A planned summit gets its resolved date."""
        m = only(
            "Chen and Quinn will hold a summit in Beijing on July 2.", PUB
        )
        assert m.kind is MeetingKind.SUMMIT
        assert m.status is MeetingStatus.PLANNED
        assert set(m.participants) == {"person:chen", "person:dara"}
        assert m.date is not None
        assert (m.date.value, m.date.precision) == (
            "2024-07-02",
            DatePrecision.DAY,
        )

    def test_future_weekday_is_planned(self) -> None:
        """A weekday after publication in present tense is a plan."""
        m = only("Rinaldi begins talks with Vogel on Monday.", PUB)
        assert m.status is MeetingStatus.PLANNED
        assert m.date is not None
        assert m.date.value == "2024-06-17"


class TestNotMeetings:
    """Topics, denials, conditions and idioms are no meetings."""

    @pytest.mark.parametrize(
        "text",
        [
            # -- a meeting only as a topic or wish
            "Italy called for talks between Germany and China.",
            "Rinaldi urged Vogel to hold talks with Chen.",
            # -- denials
            "Rinaldi denied that he had met Vogel.",
            "Vogel has no plans to visit Peru, officials said.",
            # -- conditions and hypotheses
            "If Rinaldi visits Peru, Vogel will follow.",
            "Officials would not say whether Chen would meet Quinn.",
            "A meeting between Chen and Quinn would be hypothetical.",
            # -- idioms and lone actors
            "The proposal met resistance from Germany.",
            "Vogel met reporters after the vote.",
            "Italy went to war in 1915.",
        ],
    )
    def test_no_meeting(self, text: str) -> None:
        """Nothing is reported as having happened or being planned."""
        assert meetings(text, PUB) == ()


class TestMerging:
    """One meeting per event, with every report as evidence."""

    def test_reports_merge(self) -> None:
        """Several sentences about one visit make one meeting."""
        text = (
            "Foreign Minister Aldo Rinaldi visited Beijing on Monday. "
            "During the visit, Rinaldi met President Chen Wei. "
            "The Rinaldi-Chen meeting lasted two hours."
        )
        m = only(text, PUB)
        assert set(m.participants) == {"person:aldo", "person:chen"}
        assert [e.text for e in m.evidence] == [
            "visited",
            "visit",
            "met",
            "meeting",
        ]
        assert m.location is not None
        assert m.location.name == "Beijing"

    def test_one_per_counterpart(self) -> None:
        """A trip to meet two named people gives two meetings."""
        text = (
            "Rinaldi will visit China next week to meet with President "
            "Chen Wei and Prime Minister Dara Quinn."
        )
        found = meetings(text, PUB)
        assert {frozenset(m.participants) for m in found} == {
            frozenset({"person:aldo", "person:chen"}),
            frozenset({"person:aldo", "person:dara"}),
        }
        assert all(m.status is MeetingStatus.PLANNED for m in found)

    def test_royal_couple_together(self) -> None:
        """A couple received together is one meeting."""
        text = "Nassar will meet King Emil and Queen Dara Quinn in Stockholm."
        m = only(text, PUB)
        assert set(m.participants) == {
            "person:farid",
            "person:emil",
            "person:dara",
        }

    def test_stay_with_talks_is_held(self) -> None:
        """A stay ("who is in Rome") with talks held there is held."""
        found = meetings(
            "Gil Moreau, who is in Rome for a tour, told reporters after "
            "brief talks with Chen.",
            PUB,
        )
        talks = [m for m in found if "person:chen" in m.participants]
        assert [m.status for m in talks] == [MeetingStatus.HELD]

    def test_other_visitor_is_other_event(self) -> None:
        """Earlier visits by someone else stay apart."""
        text = (
            "Rinaldi's visit to Lima follows earlier visits by "
            "Chancellor Berta Vogel."
        )
        found = meetings(text, PUB)
        assert {frozenset(m.participants) for m in found} == {
            frozenset({"person:aldo", "state:PER"}),
            frozenset({"person:berta", "state:PER"}),
        }

    def test_past_visit_is_other_event(self) -> None:
        """A dated earlier visit is not today's meeting."""
        text = (
            "Nassar met King Emil in Cairo on Friday. "
            "Emil last visited Egypt in 2019."
        )
        found = meetings(text, PUB)
        assert len(found) == 2
        dates = sorted(m.date.value for m in found if m.date)
        assert dates == ["2019", "2024-06-14"]

    def test_gapped_visits(self) -> None:
        """ "X visited in 1990 and Y in 1995" are two visits."""
        text = (
            "Two kings have toured Sweden before. "
            "King Emil visited Peru in 1990 and Nassar in 1995."
        )
        found = meetings(text, PUB)
        assert [m.date.value for m in found if m.date] == ["1990", "1995"]

    def test_ids_follow_text_order(self) -> None:
        """Ids count up in order of the first report."""
        text = (
            "Rinaldi met Vogel on Monday. Chen called Quinn. "
            "Nassar met King Emil on Tuesday."
        )
        found = meetings(text, PUB)
        assert [m.id for m in found] == [
            f"meeting:{i}" for i in range(1, len(found) + 1)
        ]
        firsts = [m.evidence[0].start for m in found]
        assert firsts == sorted(firsts)


class TestPlace:
    """The dateline and "here" give the place."""

    @pytest.mark.parametrize(
        "head",
        [
            "ROME, June 14 -",
            "ROME (Wire)_",
            "ROME, Italy (Wire) _",
            "ROME, June 14 (Wire) --",
            "THE STORY\n   ROME, June 14 -",
            # -- a headline with a hyphen is no dateline
            "TRADE IN LAST-DITCH TALKS\n   ROME, June 14 -",
        ],
    )
    def test_dateline_forms(self, head: str) -> None:
        """Datelines of the agencies' styles all give the city."""
        m = only(f"{head} Rinaldi met Vogel here on Friday.", PUB)
        assert m.location is not None
        assert (m.location.name, m.location.country) == ("Rome", "ITA")

    def test_here_is_the_dateline(self) -> None:
        """ "Met here" happens in the dateline city."""
        text = "ROME, June 14 - Rinaldi met Vogel here on Friday."
        m = only(text, PUB)
        assert m.location is not None
        assert (m.location.name, m.location.country) == ("Rome", "ITA")

    def test_dateline_for_a_visitor(self) -> None:
        """A visitor whose trip names no place is where the story is filed."""
        text = (
            "CAIRO (Wire) _ Prime Minister Dara Quinn began a state visit "
            "on Friday. Quinn met President Farid Nassar."
        )
        m = only(text, PUB)
        assert set(m.participants) == {"person:dara", "person:farid"}
        assert m.location is not None
        assert m.location.country == "EGY"

    def test_dateline_for_a_person_of_no_country(self) -> None:
        """A meeting of a person of unknown country is where the story
        is filed."""
        m = only("ROME, June 14 - Gil Moreau will meet Nassar soon.", PUB)
        assert m.location is not None
        assert m.location.country == "ITA"

    def test_dateline_not_for_foreigners(self) -> None:
        """Persons of known other countries keep no dateline place."""
        m = only("ROME, June 14 - Chen will meet Nassar soon.", PUB)
        assert m.location is None

    @pytest.mark.parametrize(
        ("text", "country"),
        [
            ("Chen and Quinn ended the Geneva summit.", "CHE"),
            ("Chen attended the Geneva trade talks with Quinn.", "CHE"),
            # -- a city in the topic is no place
            ("Chen and Quinn held talks on the Geneva accord.", None),
        ],
    )
    def test_city_before_the_noun(self, text: str, country: str | None) -> None:
        """A city modifying the meeting noun is its place."""
        m = only(text, PUB)
        assert (m.location.country if m.location else None) == country

    def test_city_from_the_lexicon(self) -> None:
        """Cities the actor stage does not know still locate a meeting."""
        m = only("Rinaldi met Vogel in Geneva on Friday.", PUB)
        assert m.location is not None
        assert (m.location.name, m.location.country) == ("Geneva", "CHE")


class TestCoordination:
    """Coordinated subjects and objects are distributed to the meeting."""

    @pytest.mark.parametrize(
        ("text", "parts"),
        [
            # -- coordinated states hold talks
            (
                "Italy and Germany held talks in Berlin on Monday.",
                {"state:ITA", "state:DEU"},
            ),
            (
                "Italy, Germany and China will hold talks in Rome.",
                {"state:ITA", "state:DEU", "state:CHN"},
            ),
            # -- "the ministers of A and B" stand for A and B
            (
                "The trade ministers of Sweden and Egypt held talks in Cairo.",
                {"state:SWE", "state:EGY"},
            ),
        ],
    )
    def test_coordinated_states(self, text: str, parts: set[str]) -> None:
        """Every state of the coordinated subject takes part."""
        assert set(only(text, PUB).participants) == parts

    def test_object_list_across_commas(self) -> None:
        """ "will meet A, B and C" gives one meeting per person named."""
        found = meetings(
            "Rinaldi will meet Chancellor Berta Vogel, President Chen Wei "
            "and Prime Minister Dara Quinn in Rome.",
            PUB,
        )
        assert {frozenset(m.participants) for m in found} == {
            frozenset({"person:aldo", "person:berta"}),
            frozenset({"person:aldo", "person:chen"}),
            frozenset({"person:aldo", "person:dara"}),
        }

    @pytest.mark.parametrize(
        "text",
        [
            "Chen met his counterparts from Sweden and Egypt on Monday.",
            "Chen met with Italian and German officials on Monday.",
        ],
    )
    def test_people_of_two_states(self, text: str) -> None:
        """Officials of coordinated states stand for both states."""
        m = only(text, PUB)
        assert len(m.participants) == 3

    @pytest.mark.parametrize(
        "text",
        [
            "Chen met Italian and German students on Monday.",
            "Chen met officials on his return from Sweden.",
        ],
    )
    def test_not_people_of_states(self, text: str) -> None:
        """Students, or a state after an unrelated "from", meet no one."""
        pronouns = [("his", "person:chen")] if " his " in text else []
        assert meetings(text, PUB, pronouns=pronouns) == ()

    @pytest.mark.parametrize(
        "text",
        [
            # -- the name after the comma is the next clause's subject
            "Rinaldi met Vogel on Monday, Chen said.",
            "Rinaldi met Vogel on Monday, Chen flew home.",
        ],
    )
    def test_comma_ends_the_object(self, text: str) -> None:
        """A name after the comma that starts a new clause is no object."""
        assert "person:chen" not in {
            p for m in meetings(text, PUB) for p in m.participants
        }

    def test_visit_to_listed_states(self) -> None:
        """ "will visit A, B and C" is one visit per country; two cities of
        one country are one visit."""
        found = meetings("Rinaldi will visit Peru, Egypt and Sweden.", PUB)
        assert {frozenset(m.participants) for m in found} == {
            frozenset({"person:aldo", "state:PER"}),
            frozenset({"person:aldo", "state:EGY"}),
            frozenset({"person:aldo", "state:SWE"}),
        }
        assert {m.location.country for m in found if m.location} == {
            "PER",
            "EGY",
            "SWE",
        }
        one = meetings("Rinaldi will visit Lima and Peru next week.", PUB)
        assert [set(m.participants) for m in one] == [
            {"person:aldo", "state:PER"}
        ]

    def test_places_are_no_subjects(self) -> None:
        """ "will meet alternately in Rome and Lima": capitals after the
        trigger are places, not a coordinated subject."""
        text = "The commission will meet twice a year, alternately in Rome and Lima."
        assert meetings(text, PUB) == ()

    def test_state_subject_said(self) -> None:
        """States that only speak about talks meet no one."""
        assert meetings("Italy and Germany said the talks had failed.") == ()


class TestCues:
    """Courtesy calls, news conferences, calls received and passives."""

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            (
                "Rinaldi paid a courtesy call on President Chen Wei.",
                MeetingKind.MEETING,
            ),
            (
                "Rinaldi spoke at a news conference with Vogel in Rome.",
                MeetingKind.MEETING,
            ),
            ("Rinaldi and Chen had spoken by telephone.", MeetingKind.CALL),
            (
                "Rinaldi received a telephone call from President Chen Wei.",
                MeetingKind.CALL,
            ),
            ("Rinaldi had a phone call from Chen on Monday.", MeetingKind.CALL),
            (
                "Rinaldi spoke with his Chinese counterpart Chen on Monday.",
                MeetingKind.TALKS,
            ),
            (
                "Rinaldi held a working lunch with President Chen Wei.",
                MeetingKind.MEETING,
            ),
        ],
    )
    def test_pair(self, text: str, kind: MeetingKind) -> None:
        """The cue links the subject with the person after it."""
        m = only(text, PUB)
        assert set(m.participants) == {"person:aldo", "person:chen"} or set(
            m.participants
        ) == {"person:aldo", "person:berta"}
        assert m.kind is kind

    @pytest.mark.parametrize(
        "text",
        [
            "Rinaldi was received by President Chen Wei in Beijing.",
            "Rinaldi was warmly welcomed by President Chen Wei in Beijing.",
        ],
    )
    def test_passive_reception(self, text: str) -> None:
        """ "X was received by Y": X and Y meet, Y hosts."""
        m = only(text, PUB)
        assert set(m.participants) == {"person:aldo", "person:chen"}
        assert m.host == "person:chen"

    def test_passive_of_a_thing(self) -> None:
        """ "The plan was welcomed by Chen" is no meeting."""
        assert meetings("The plan was welcomed by President Chen Wei.") == ()

    @pytest.mark.parametrize(
        "text",
        [
            "Rinaldi flew into Lima on Friday.",
            "Upon his arrival in Lima, Rinaldi said ties were strong.",
        ],
    )
    def test_arrivals(self, text: str) -> None:
        """Arrivals are visits to the place's state."""
        pronouns = [("his", "person:aldo")] if " his " in text else []
        m = only(text, PUB, pronouns=pronouns)
        assert set(m.participants) == {"person:aldo", "state:PER"}

    @pytest.mark.parametrize(
        ("text", "status"),
        [
            ("A visit by Rinaldi to Peru is planned.", MeetingStatus.PLANNED),
            ("A visit by Rinaldi to Peru was a success.", MeetingStatus.HELD),
        ],
    )
    def test_noun_with_passive_plan(
        self, text: str, status: MeetingStatus
    ) -> None:
        """ "a visit ... is planned" is planned."""
        assert only(text, PUB).status is status

    def test_go_between_is_no_party(self) -> None:
        """ "talks with Peru brokered by Sweden": Sweden only brokers."""
        m = only("Italy had been in secret talks with Peru brokered by Sweden.")
        assert set(m.participants) == {"state:ITA", "state:PER"}

    def test_delegation_led_by(self) -> None:
        """ "met a delegation led by X": X is met."""
        m = only("Chen met an Italian delegation led by Aldo Rinaldi.", PUB)
        assert set(m.participants) == {"person:chen", "person:aldo"}

    def test_conference_between(self) -> None:
        """ "a conference between A and B" is talks between them."""
        m = only("The conference between Italy and Peru ended in Lima.", PUB)
        assert set(m.participants) == {"state:ITA", "state:PER"}

    def test_expected_to_see(self) -> None:
        """ "is expected to see X" plans a meeting with X."""
        m = only("Rinaldi is expected to see President Chen Wei today.", PUB)
        assert set(m.participants) == {"person:aldo", "person:chen"}
        assert m.status is MeetingStatus.PLANNED

    def test_contracted_pronoun(self) -> None:
        """ "She's expected to meet" has the pronoun as its subject."""
        text = (
            "Rinaldi arrived in Cairo on Friday. "
            "He's expected to meet President Farid Nassar."
        )
        found = meetings(text, PUB, pronouns=[("He", "person:aldo")])
        planned = [m for m in found if m.status is MeetingStatus.PLANNED]
        assert [set(m.participants) for m in planned] == [
            {"person:aldo", "person:farid"}
        ]

    def test_contracted_will(self) -> None:
        """ "He'll meet" is a plan."""
        found = meetings(
            "He'll meet Vogel in Rome.", PUB, pronouns=[("He", "person:aldo")]
        )
        assert [m.status for m in found] == [MeetingStatus.PLANNED]

    @pytest.mark.parametrize(
        ("text", "status"),
        [
            (
                "Talks will be held in Rome next week between Italy and Peru.",
                MeetingStatus.PLANNED,
            ),
            (
                "Talks were held in Lima between Italy and Peru.",
                MeetingStatus.HELD,
            ),
        ],
    )
    def test_passive_talks(self, text: str, status: MeetingStatus) -> None:
        """ "Talks will be held ... between A and B" names both sides."""
        m = only(text, PUB)
        assert set(m.participants) == {"state:ITA", "state:PER"}
        assert m.status is status

    @pytest.mark.parametrize(
        "text",
        [
            # -- a news conference alone, a call from a place
            "Rinaldi said at a news conference in Rome that talks failed.",
            "Vogel said a telephone call from Rome was expected.",
            # -- a meal with no one named
            "Rinaldi skipped the working lunch on Monday.",
            # -- speaking with unnamed people
            "Rinaldi spoke with reporters on Monday.",
            # -- "see" that is no meeting
            "Officials are expected to see growth in China next year.",
            # -- a conference of no one named
            "At a conference in Geneva, Rinaldi said the plan was dead.",
            # -- passive talks that are only a wish
            "Italy called for talks to be held between Germany and Peru.",
        ],
    )
    def test_controls(self, text: str) -> None:
        """These cues without a counterpart give no meeting."""
        assert meetings(text, PUB) == ()


class TestOrganizations:
    """Who attends an organization's meeting meets it."""

    @pytest.mark.parametrize(
        ("text", "parts"),
        [
            (
                "Italy attended the United Nations summit in Geneva.",
                {"state:ITA", "org:un"},
            ),
            (
                "Rinaldi took part in the United Nations summit in Geneva.",
                {"person:aldo", "org:un"},
            ),
            (
                "Rinaldi attended a meeting of the United Nations in Geneva.",
                {"person:aldo", "org:un"},
            ),
        ],
    )
    def test_attending(self, text: str, parts: set[str]) -> None:
        """The attendee and the organization take part."""
        assert set(only(text, PUB).participants) == parts

    def test_who_attended(self) -> None:
        """ "X, who attended the Italy-Africa summit": X meets the host
        state named in the compound."""
        m = only(
            "President Chen Wei, who attended the Italy-Africa summit in "
            "Rome, said it went well.",
            PUB,
        )
        assert set(m.participants) == {"person:chen", "state:ITA"}

    def test_abbreviated_organization(self) -> None:
        """ "attending a United Nations (UN) annual general meeting": the
        bracketed abbreviation and the adjectives keep one noun phrase,
        placed at the dateline."""
        m = only(
            "GENEVA, June 14 - Italy is attending a United Nations (UN) "
            "annual general meeting for the first time.",
            PUB,
        )
        assert set(m.participants) == {"state:ITA", "org:un"}
        assert m.location is not None
        assert m.location.country == "CHE"

    def test_at_the_meeting(self) -> None:
        """ "At a UN meeting, X said" puts X at the meeting."""
        m = only(
            "At a United Nations ministers' meeting on Monday, Rinaldi said "
            "the budget was fair.",
            PUB,
        )
        assert set(m.participants) == {"person:aldo", "org:un"}

    @pytest.mark.parametrize(
        "text",
        [
            # -- a relative clause after the comma
            "At the United Nations summit, which Rinaldi skipped, aides argued.",
            "Italy said the United Nations summit was a failure.",
            "Chen said the Italy-Africa summit was a success.",
            "Rinaldi said a meeting of the United Nations was unlikely.",
        ],
    )
    def test_speaking_of_it(self, text: str) -> None:
        """Speaking about an organization's meeting is no meeting."""
        assert meetings(text, PUB) == ()


class TestScopeAndStatus:
    """Negation scope, tense and places across reports."""

    def test_negation_ends_at_an_adverbial(self) -> None:
        """A wish before one trigger does not deny a later held meeting."""
        found = meetings(
            "Rinaldi said Italy was ready to continue talks with Vogel "
            "despite its failure during talks with Chen which ended in "
            "Beijing on Monday.",
            PUB,
        )
        assert len(found) == 1
        assert "person:chen" in found[0].participants
        assert found[0].status is MeetingStatus.HELD

    def test_during_a_visit_is_real(self) -> None:
        """A visit after "during" is not denied by "any" before it, and "a
        Rome visit" is a noun whose city is the place."""
        m = only(
            "Rinaldi did not see any way to settle it before or during a "
            "Rome visit next week by President Chen Wei.",
            PUB,
        )
        assert m.participants[0] == "person:chen"
        assert m.status is MeetingStatus.PLANNED
        assert m.location is not None
        assert m.location.country == "ITA"

    def test_any_still_denies(self) -> None:
        """Without the preposition the denial stands."""
        text = "Rinaldi did not see any chance of a visit by Chen to Rome."
        assert meetings(text, PUB) == ()

    def test_not_to_visit(self) -> None:
        """ "advised him not to go to X" is no visit."""
        text = "Officials advised Rinaldi not to go to Peru."
        assert meetings(text, PUB) == ()

    def test_noun_phrase_sets_status(self) -> None:
        """ "his visit to Peru later this month" is planned."""
        m = only(
            "Rinaldi said his visit to Peru later this month would help.",
            PUB,
            pronouns=[("his", "person:aldo")],
        )
        assert m.status is MeetingStatus.PLANNED

    def test_present_departure_points_forward(self) -> None:
        """ "leaves on a visit ... on Monday" is next Monday, planned."""
        m = only("Rinaldi leaves on a visit to Peru on Monday.", PUB)
        assert m.status is MeetingStatus.PLANNED
        assert m.date is not None
        assert m.date.value == "2024-06-17"

    def test_present_today_is_planned(self) -> None:
        """ "X holds talks with Y today" is the day's programme."""
        m = only("Rinaldi holds talks with Vogel today.", PUB)
        assert m.status is MeetingStatus.PLANNED

    def test_past_today_is_held(self) -> None:
        """ "X held talks with Y today" happened."""
        m = only("Rinaldi held talks with Vogel today.", PUB)
        assert m.status is MeetingStatus.HELD

    def test_fronted_place(self) -> None:
        """ "In Rome, ... met X" happens in Rome."""
        m = only("In Rome, before the vote, Rinaldi met Vogel.", PUB)
        assert m.location is not None
        assert m.location.country == "ITA"

    def test_places_in_two_countries(self) -> None:
        """A meeting in Rome and a trip to Cairo stay two events."""
        text = (
            "Rinaldi held talks with Vogel in Rome on Tuesday. "
            "Vogel said her visit to Cairo went well."
        )
        found = meetings(text, PUB, pronouns=[("her", "person:berta")])
        assert {m.location.country for m in found if m.location} == {
            "ITA",
            "EGY",
        }

    def test_pronoun_takes_no_country(self) -> None:
        """ "a visit to Peru he said" keeps the visitor's own country."""
        found = communique.parse(
            "Italian Foreign Minister Aldo Rinaldi said on his return from "
            "a visit to Peru he thought trade would grow."
        ).meetings
        assert [set(m.participants) for m in found] == [
            {"person:aldo-rinaldi", "state:PER"}
        ]

    def test_organization_before_person(self) -> None:
        """ "U.S. Treasury Secretary X" is American: the dateline places
        the meeting."""
        found = communique.parse(
            "WASHINGTON, May 3 - U.S. Treasury Secretary Jacob Lew is "
            "expected to see Japanese Finance Minister Taro Aso.",
            published=dt.date(2015, 5, 3),
        ).meetings
        assert len(found) == 1
        assert found[0].location is not None
        assert found[0].location.country == "USA"


class TestOutput:
    """The public shape of what the stage returns."""

    def test_codes_left_empty(self) -> None:
        """CAMEO and PLOVER codes are mapped later."""
        m = only("Rinaldi met Vogel.", PUB)
        assert (m.cameo, m.plover) == (None, None)

    def test_evidence_spans_the_raw_text(self) -> None:
        """Evidence indexes the caller's text even after normalization."""
        text = "\u201cGood,\u201d Rinaldi said. Rinaldi\u2019s visit to Lima ended."
        m = only(text, PUB)
        for span in m.evidence:
            assert text[span.start : span.end] == span.text
        assert any(span.text == "visit" for span in m.evidence)

    def test_empty_document(self) -> None:
        """No sentences, no meetings."""
        assert meetings("") == ()

    def test_no_published_date(self) -> None:
        """Without a publication date relative dates stay unresolved."""
        m = only("Rinaldi met Vogel on Friday.")
        assert m.date is None


class TestLexicon:
    """The shipped cue lexicon is well formed."""

    def test_loads(self) -> None:
        """Every trigger has a known kind and role, and no form has two
        kinds."""
        raw = (
            resources.files("communique")
            .joinpath("lexicons/meeting_cues.json")
            .read_text(encoding="utf-8")
        )
        data = json.loads(raw)
        kinds: dict[str, str] = {}
        for t in data["triggers"]:
            assert t["kind"] in {k.value for k in MeetingKind}
            for form in t["forms"]:
                assert kinds.setdefault(form, t["kind"]) == t["kind"], form
        for name, code in data["places"].items():
            assert regex.fullmatch(r"[A-Z]{3}", code), name


class TestPatterns:
    """The cue patterns are compiled by a parser and match like a plain list."""

    def test_lazy(self) -> None:
        """Importing the package builds no parser, so no meeting cues."""
        code = (
            "import communique, communique._pipeline as p; "
            "print(p.parser_for.cache_info().currsize)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
        )
        assert out.stdout.split() == ["0"]

    @given(
        st.lists(
            st.sampled_from(["met", "meet", "meeting", "held talks", "talk"]),
            min_size=1,
            max_size=4,
        ),
        st.lists(
            st.sampled_from(
                ["met", "Meet", "meetings", "held  talks", "talks", "x", "'"]
            ),
            max_size=8,
        ),
    )
    def test_trie_like_alternation(
        self, words: list[str], pieces: list[str]
    ) -> None:
        """The trie pattern finds what a longest-first alternation finds."""
        text = " ".join(pieces)
        plain = regex.compile(
            r"(?<![\w'])(?:"
            + "|".join(
                r"\s+".join(regex.escape(p) for p in w.split())
                for w in sorted(set(words), key=len, reverse=True)
            )
            + r")(?![\w'])",
            regex.IGNORECASE,
        )
        trie = _words_pattern(words)
        assert [m.span() for m in trie.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


class TestScale:
    """Reports far apart still merge, and long documents stay linear."""

    def test_far_apart_reports_merge(self) -> None:
        """Two reports of one meeting forty sentences apart are one."""
        filler = "The weather was mild. " * 40
        text = (
            "Rinaldi met Vogel in Berlin on Monday. "
            + filler
            + "The talks between Rinaldi and Vogel were cordial."
        )
        m = only(text, PUB)
        assert set(m.participants) == {"person:aldo", "person:berta"}
        assert len(m.evidence) == 2

    def test_repeated_paragraph(self) -> None:
        """A paragraph repeated many times gives the meetings of one copy
        (the same events), each with every copy's evidence."""
        para = (
            "Foreign Minister Aldo Rinaldi visited Beijing on Monday. "
            "Rinaldi met President Chen Wei. "
            "King Emil spoke by phone with Nassar on Tuesday.\n\n"
        )
        one = meetings(para, PUB)
        many = meetings(para * 60, PUB)
        assert [m.participants for m in many] == [m.participants for m in one]
        assert [len(m.evidence) for m in many] == [
            60 * len(m.evidence) for m in one
        ]


@pytest.mark.skipif(not DEV.is_dir(), reason="dev corpus not present")
class TestDevCorpus:
    """The whole pipeline finds the meetings of a real article."""

    def test_lavrov(self) -> None:
        """The Lavrov-Kim talks, in Pyongyang, and the Shoigu visits."""
        text = (DEV / "lavrov-pyongyang.txt").read_text(encoding="utf-8")
        art = communique.parse(text)
        names = {a.id: a.name for a in art.actors}
        found = {
            frozenset(names[p].split()[-1] for p in m.participants): m
            for m in art.meetings
        }
        talks = found.get(frozenset({"Lavrov", "Jong-un"}))
        assert talks is not None
        assert talks.location is not None
        assert talks.location.country == "PRK"
        assert any("Shoigu" in k for k in found)
