# SPDX-License-Identifier: MIT
"""
Meetings in wire copy: hard-wrapped lines and the constructions of news
agency reports. The sentences are our own.
"""

from __future__ import annotations

import pytest

from tests.test_meetings import PUB, meetings, only

import communique

from communique.model import MeetingKind, MeetingStatus


def _wrapped(text: str) -> list[str]:
    """*text* with each of its spaces, one at a time, turned into a line
    break, as wire copy wraps its lines."""
    return [
        text[:i] + "\n" + text[i + 1 :] for i, c in enumerate(text) if c == " "
    ]


class TestLineBreaks:
    """A line break is whitespace like a space."""

    @pytest.mark.parametrize(
        "text",
        [
            (
                "Nassar said that Foreign Minister Aldo Rinaldi, who has just "
                "returned from Beijing, told him the mood was tense."
            ),
            (
                "President Farid Nassar held talks in Rome with Chancellor "
                "Berta Vogel on Monday."
            ),
            "Foreign Minister Aldo Rinaldi arrived in Beijing on Monday.",
        ],
    )
    def test_wrapped_same_as_flat(self, text: str) -> None:
        flat = [(m.kind, m.participants) for m in meetings(text, PUB)]
        assert flat
        for wrapped in _wrapped(text):
            found = [(m.kind, m.participants) for m in meetings(wrapped, PUB)]
            assert found == flat, wrapped

    def test_who_returned(self) -> None:
        m = only(
            "Nassar said that Foreign Minister Aldo Rinaldi,\nwho has just "
            "returned from\nBeijing, told him the mood was tense.",
            PUB,
        )
        assert m.kind is MeetingKind.VISIT
        assert m.participants == ("person:aldo", "state:CHN")
        assert m.status is MeetingStatus.HELD

    def test_control_not_a_place(self) -> None:
        """A motion verb followed by no place is no visit, wrapped or not."""
        assert not meetings(
            "Foreign Minister Aldo Rinaldi, who has just returned from\n"
            "holiday, said the mood was tense.",
            PUB,
        )


class TestArrivedHere:
    """ "arrived here": a visit to the city of the dateline."""

    def test_arrived_here(self) -> None:
        m = only(
            "ROME, June 3 (AP) -- President Farid Nassar arrived here on "
            "Tuesday for a three-day visit. Trade with Italy has grown.",
            PUB,
        )
        assert m.kind is MeetingKind.VISIT
        assert m.participants == ("person:farid", "state:ITA")
        assert m.location is not None
        assert m.location.country == "ITA"

    def test_own_capital(self) -> None:
        """A leader coming home to the dateline's city visits no one."""
        assert not meetings(
            "ROME, June 3 (AP) -- Foreign Minister Aldo Rinaldi arrived here "
            "on Tuesday after a tour. Trade with Italy has grown.",
            PUB,
        )

    def test_no_dateline(self) -> None:
        """Without a dateline "here" is no place."""
        assert not meetings(
            "President Farid Nassar arrived here on Tuesday. Trade with "
            "Italy has grown.",
            PUB,
        )


class TestCalledOn:
    """ "called on PERSON" is a courtesy call when no demand follows."""

    @pytest.mark.parametrize(
        "text",
        [
            (
                "Foreign Minister Aldo Rinaldi called on President Chen Wei on "
                "Tuesday."
            ),
            (
                "Foreign Minister Aldo Rinaldi called on President Chen Wei in "
                "Beijing and discussed trade."
            ),
            "Foreign Minister Aldo Rinaldi called on President Chen Wei.",
        ],
    )
    def test_visit(self, text: str) -> None:
        m = only(text, PUB)
        assert m.kind is MeetingKind.MEETING
        assert m.participants == ("person:aldo", "person:chen")

    @pytest.mark.parametrize(
        "text",
        [
            (
                "Foreign Minister Aldo Rinaldi called on President Chen Wei to "
                "free the prisoners."
            ),
            (
                "Foreign Minister Aldo Rinaldi called on President Chen Wei not "
                "to run again."
            ),
            (
                "Foreign Minister Aldo Rinaldi called on President Chen Wei on "
                "Tuesday to free the prisoners."
            ),
            (
                "Foreign Minister Aldo Rinaldi called on President Chen Wei "
                "yesterday for the release of prisoners."
            ),
            (
                "Foreign Minister Aldo Rinaldi called on China to free the "
                "prisoners."
            ),
        ],
    )
    def test_demand(self, text: str) -> None:
        assert not meetings(text, PUB)


class TestTouring:
    """ "is touring STATE" is an ongoing visit; touring a site is not."""

    def test_touring(self) -> None:
        m = only("President Farid Nassar is currently touring Italy.", PUB)
        assert m.kind is MeetingKind.VISIT
        assert m.participants == ("person:farid", "state:ITA")
        assert m.status is MeetingStatus.ONGOING

    def test_touring_a_site(self) -> None:
        assert not meetings(
            "President Farid Nassar is touring the flooded areas.", PUB
        )


class TestInForVisit:
    """ "X, in PLACE for a visit": the place is the visit's destination."""

    def test_in_for_visit(self) -> None:
        m = only(
            "President Farid Nassar, in Rome for a two-day official visit, "
            "said trade must grow.",
            PUB,
        )
        assert m.kind is MeetingKind.VISIT
        assert m.participants == ("person:farid", "state:ITA")
        assert m.location is not None
        assert m.location.country == "ITA"

    def test_control(self) -> None:
        """A place before "for the first time" is no visit's."""
        assert not meetings(
            "President Farid Nassar said in Rome for the first time that "
            "trade must grow.",
            PUB,
        )


class TestPlannedCues:
    """ "will be in PLACE" and "ahead of a visit" are planned."""

    @pytest.mark.parametrize(
        "text",
        [
            "President Farid Nassar will be in Italy from Monday.",
            (
                "President Farid Nassar said ahead of his visit to Italy that "
                "trade must grow."
            ),
            (
                "Ahead of President Farid Nassar's visit to Italy, officials "
                "were cautious."
            ),
        ],
    )
    def test_planned(self, text: str) -> None:
        m = only(text, PUB)
        assert m.participants == ("person:farid", "state:ITA")
        assert m.status is MeetingStatus.PLANNED

    def test_will_be_in_no_place(self) -> None:
        assert not meetings(
            "President Farid Nassar will be in a difficult position.", PUB
        )

    def test_arrived_ahead_of(self) -> None:
        """ "ahead of" after a verb trigger does not make it planned."""
        m = only(
            "President Farid Nassar arrived in Italy on Monday ahead of a "
            "regional summit.",
            PUB,
        )
        assert m.status is MeetingStatus.HELD


def test_ahead_of_after_the_trigger() -> None:
    """ "ahead of" after a noun trigger dates something else."""
    m = only(
        "Prime Minister Dara Quinn held a private meeting with Rinaldi ahead "
        "of her speech.",
        PUB,
    )
    assert m.status is MeetingStatus.HELD


class TestDelegateTo:
    """A lone delegate at a meeting meets the organization he is sent to."""

    def test_delegate(self) -> None:
        m = only(
            "Gil Moreau, Peru's delegate to the United Nations, made the "
            "appeal at a special meeting in Lima.",
            PUB,
        )
        assert m.participants == ("person:gil", "org:un")

    def test_no_post(self) -> None:
        """A lone person at a meeting, with no post, gives no meeting."""
        assert not meetings(
            "Gil Moreau, who praised the United Nations, made the appeal at "
            "a special meeting in Lima.",
            PUB,
        )


class TestChosenDestination:
    """ "chose STATE as (the) destination of his first trip" is a visit."""

    @pytest.mark.parametrize(
        "text",
        [
            (
                "President Farid Nassar chose Italy as the destination of his "
                "first foreign trip."
            ),
            (
                "President Farid Nassar, like his predecessors, chose Italy as "
                "destination of his first trip abroad."
            ),
            (
                "President Farid Nassar picked Italy as the first stop on his "
                "regional tour."
            ),
        ],
    )
    def test_visit(self, text: str) -> None:
        m = only(text, PUB)
        assert m.kind is MeetingKind.VISIT
        assert m.participants == ("person:farid", "state:ITA")

    def test_control(self) -> None:
        """A state chosen as a destination of goods is no visit."""
        assert not meetings(
            "Germany chose Italy as the destination of its exports.", PUB
        )


class TestNegation:
    """A negated verb denies its meeting; a denial leaves a meeting the
    sentence takes as real."""

    @pytest.mark.parametrize(
        "text",
        [
            "President Farid Nassar did not meet President Chen Wei.",
            "President Farid Nassar has never visited Italy.",
            "President Farid Nassar won't travel to Italy.",
            (
                "President Farid Nassar denied reports that he had met "
                "President Chen Wei."
            ),
            (
                "President Farid Nassar denied that a meeting with President "
                "Chen Wei was planned."
            ),
        ],
    )
    def test_denied(self, text: str) -> None:
        assert not meetings(text, PUB)

    @pytest.mark.parametrize(
        "text",
        [
            (
                "President Farid Nassar denied that his talks with President "
                "Chen Wei on Monday had failed."
            ),
            (
                "President Farid Nassar denied that he raised the dispute during "
                "talks with President Chen Wei on Monday."
            ),
            (
                "President Farid Nassar did not discuss the dispute when he met "
                "President Chen Wei on Monday."
            ),
            (
                "President Farid Nassar not only met President Chen Wei but also "
                "signed a pact."
            ),
        ],
    )
    def test_real(self, text: str) -> None:
        m = only(text, PUB)
        assert m.participants == ("person:farid", "person:chen")
        assert m.status is MeetingStatus.HELD


class TestSidelines:
    """A meeting on the sidelines of an event is where the event is."""

    def test_sidelines(self) -> None:
        m = only(
            "President Farid Nassar met President Chen Wei on the sidelines "
            "of the UN summit in Rome on Monday.",
            PUB,
        )
        assert m.location is not None
        assert m.location.country == "ITA"

    def test_place_in_another_clause(self) -> None:
        """A place after the comma belongs to another clause."""
        m = only(
            "President Farid Nassar met President Chen Wei on the sidelines "
            "of the summit, officials in Rome said.",
            PUB,
        )
        assert m.location is None


class TestClauseOrder:
    """Objects after a place and a date; an unnamed partner by demonym."""

    def test_place_then_partner(self) -> None:
        m = only(
            "President Farid Nassar held talks in Rome on Monday with "
            "President Chen Wei.",
            PUB,
        )
        assert m.participants == ("person:farid", "person:chen")
        assert m.location is not None
        assert m.location.country == "ITA"

    def test_noun_place_stays(self) -> None:
        """ "the meeting in Rome is ...": the place is the meeting's."""
        m = only(
            "Nassar's meeting with President Chen Wei in Rome was useful.",
            PUB,
        )
        assert m.location is not None
        assert m.location.name == "Rome"

    def test_unnamed_counterpart(self) -> None:
        m = only(
            "President Farid Nassar and his Italian counterpart held talks in "
            "Cairo on Monday.",
            PUB,
        )
        assert m.participants == ("person:farid", "state:ITA")

    def test_own_country_official(self) -> None:
        """An unnamed official of the person's own state adds no one."""
        found = meetings(
            "President Farid Nassar and his Italian counterpart Aldo Rinaldi "
            "held talks in Cairo on Monday.",
            PUB,
        )
        assert [m.participants for m in found] == [
            ("person:farid", "person:aldo")
        ]


class TestWhoMet:
    """ "A and B, who met in X" gives both; "A, who met B" still A and B."""

    def test_coordinated(self) -> None:
        m = only(
            "President Farid Nassar and President Chen Wei, who met in Rome "
            "on Monday, agreed to open the border.",
            PUB,
        )
        assert m.participants == ("person:farid", "person:chen")

    def test_single(self) -> None:
        m = only(
            "President Chen Wei praised President Farid Nassar, who visited "
            "Rome on Monday.",
            PUB,
        )
        assert m.participants == ("person:farid", "state:ITA")


def _pipeline(text: str) -> list[tuple[str, ...]]:
    """The participants' names of the meetings the whole pipeline finds."""
    art = communique.parse(text, published="2005-03-01")
    names = {a.id: a.name for a in art.actors}
    return [tuple(names[p] for p in m.participants) for m in art.meetings]


class TestEnvoys:
    """An unnamed ambassador or minister is not the leader named before."""

    LEAD = (
        "Algerian President Abdelaziz Bouteflika will visit Paris next week. "
    )

    @pytest.mark.parametrize(
        "tail",
        [
            (
                "French President Jacques Chirac met the Algerian ambassador on "
                "Monday."
            ),
            "French President Jacques Chirac met the Algerian envoy on Monday.",
            (
                "French President Jacques Chirac met the Algerian foreign minister "
                "on Monday."
            ),
        ],
    )
    def test_state(self, tail: str) -> None:
        assert ("Jacques Chirac", "Algeria") in _pipeline(self.LEAD + tail)

    @pytest.mark.parametrize("title", ["president", "leader"])
    def test_leader(self, title: str) -> None:
        """ "the Algerian president" is the president named before."""
        found = _pipeline(
            self.LEAD + f"French President Jacques Chirac will meet the "
            f"Algerian {title} on Monday."
        )
        assert any(
            set(p) == {"Jacques Chirac", "Abdelaziz Bouteflika"} for p in found
        )

    def test_posting_is_no_partner(self) -> None:
        """ "the Chinese ambassador to Kenya" is China's."""
        assert _pipeline(
            "Kenyan President Mwai Kibaki met the Chinese ambassador to Kenya "
            "on Monday."
        ) == [("Mwai Kibaki", "China")]


class TestMoreCues:
    """Travel, stay, meal and telephone cues of wire copy."""

    @pytest.mark.parametrize(
        "text",
        [
            "President Farid Nassar departed for Rome on Monday.",
            "President Farid Nassar made a stopover in Rome on Monday.",
            "President Farid Nassar returned home from Rome on Monday.",
            "President Farid Nassar is currently in Italy.",
        ],
    )
    def test_visit(self, text: str) -> None:
        m = only(text, PUB)
        assert m.kind is MeetingKind.VISIT
        assert m.participants == ("person:farid", "state:ITA")

    @pytest.mark.parametrize(
        "text",
        [
            "President Farid Nassar had lunch with President Chen Wei.",
            (
                "President Farid Nassar had dinner with President Chen Wei on "
                "Monday."
            ),
        ],
    )
    def test_meal(self, text: str) -> None:
        m = only(text, PUB)
        assert m.participants == ("person:farid", "person:chen")

    @pytest.mark.parametrize(
        "text",
        [
            (
                "President Farid Nassar spoke to President Chen Wei by telephone "
                "on Monday."
            ),
            "President Farid Nassar talked to President Chen Wei on the phone.",
        ],
    )
    def test_call(self, text: str) -> None:
        m = only(text, PUB)
        assert m.kind is MeetingKind.CALL
        assert m.participants == ("person:farid", "person:chen")

    def test_spoke_to_is_no_call(self) -> None:
        """ "spoke to X" without a telephone is a statement."""
        assert not meetings(
            "President Farid Nassar spoke to President Chen Wei about the "
            "border.",
            PUB,
        )


class TestOrganizationsAndOfficials:
    """The seat of an organization, and officials of a named service."""

    def test_headquarters_of(self) -> None:
        m = only(
            "President Farid Nassar visited the headquarters of the United "
            "Nations in Rome on Monday.",
            PUB,
        )
        assert m.participants == ("person:farid", "org:un")

    def test_home_of_is_no_seat(self) -> None:
        m = only(
            "President Farid Nassar visited Italy, home of the United Nations "
            "agency, on Monday.",
            PUB,
        )
        assert m.participants == ("person:farid", "state:ITA")

    def test_police_officials(self) -> None:
        m = only(
            "President Farid Nassar met with Italian police officials in Rome "
            "on Monday.",
            PUB,
        )
        assert m.participants == ("person:farid", "state:ITA")


def test_non_capital_city() -> None:
    """A visit to a large city that is no capital gives its state (when
    the article names the state)."""
    assert _pipeline(
        "Kenyan President Mwai Kibaki arrived in Kandahar on Monday for "
        "talks with Afghan officials."
    ) == [("Mwai Kibaki", "Afghanistan")]
