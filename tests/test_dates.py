# SPDX-License-Identifier: MIT
"""Tests for the date helper, :mod:`communique._dates`."""

from __future__ import annotations

import datetime as dt

import pytest

from hypothesis import given
from hypothesis import strategies as st

from communique._dates import (
    DATE_HINT,
    DATE_PHRASE,
    find_dates,
    resolve_date,
)
from communique.model import DatePrecision


FRI = dt.date(2006, 11, 3)  # a Friday
SUN = dt.date(1987, 3, 22)  # a Sunday
MON = dt.date(2006, 12, 11)  # a Monday


class TestResolveRelative:
    """Relative phrases resolve against the publication date."""

    @pytest.mark.parametrize(
        ("phrase", "published", "future", "value"),
        [
            # -- weekdays: the last one for past events, the next for plans
            ("Thursday", FRI, False, "2006-11-02"),
            ("on Thursday", FRI, False, "2006-11-02"),
            ("Friday", FRI, False, "2006-11-03"),
            ("last Friday", FRI, False, "2006-10-27"),
            ("on Tuesday", SUN, True, "1987-03-24"),
            ("Tuesday", MON, True, "2006-12-12"),
            ("next Monday", MON, False, "2006-12-18"),
            ("Sunday night", MON, False, "2006-12-10"),
            # -- days
            ("today", SUN, False, "1987-03-22"),
            ("yesterday", SUN, False, "1987-03-21"),
            ("tomorrow", SUN, True, "1987-03-23"),
            ("earlier today", SUN, False, "1987-03-22"),
            ("this time next week", dt.date(2005, 11, 12), True, "2005-11-19"),
            # -- months and years
            ("in November", SUN, False, "1986-11"),
            ("in March", SUN, False, "1987-03"),
            ("in November", SUN, True, "1987-11"),
            ("last May", dt.date(1998, 2, 27), False, "1997-05"),
            ("last May", dt.date(1998, 8, 1), False, "1998-05"),
            ("next January", SUN, True, "1988-01"),
            ("last month", SUN, False, "1987-02"),
            ("next month", dt.date(2023, 12, 5), True, "2024-01"),
            ("earlier this month", SUN, False, "1987-03"),
            ("last year", SUN, False, "1986"),
            ("next year", SUN, True, "1988"),
            # -- a day of a month without the year
            ("March 12", SUN, False, "1987-03-12"),
            ("Dec. 28", dt.date(1990, 1, 3), False, "1989-12-28"),
            ("Jan. 5", dt.date(1990, 12, 20), True, "1991-01-05"),
            ("12 March", SUN, False, "1987-03-12"),
            ("April 17-19", dt.date(1997, 4, 4), True, "1997-04-17"),
        ],
    )
    def test_value(
        self, phrase: str, published: dt.date, future: bool, value: str
    ) -> None:
        """The phrase resolves to the expected ISO value."""
        got = resolve_date(phrase, published, future=future)
        assert got is not None
        assert got.value == value
        assert got.text == phrase

    @pytest.mark.parametrize(
        ("phrase", "precision"),
        [
            ("on Tuesday", DatePrecision.DAY),
            ("in November", DatePrecision.MONTH),
            ("last year", DatePrecision.YEAR),
            ("March 12", DatePrecision.DAY),
        ],
    )
    def test_precision(self, phrase: str, precision: DatePrecision) -> None:
        """Each kind of phrase carries its own precision."""
        got = resolve_date(phrase, SUN)
        assert got is not None
        assert got.precision is precision


class TestResolveAbsolute:
    """Phrases with a year resolve with or without a publication date."""

    @pytest.mark.parametrize(
        ("phrase", "value", "precision"),
        [
            ("Dec. 14, 1963", "1963-12-14", DatePrecision.DAY),
            ("March 12, 2014", "2014-03-12", DatePrecision.DAY),
            ("12 March 2014", "2014-03-12", DatePrecision.DAY),
            ("Sept. 3, 2001", "2001-09-03", DatePrecision.DAY),
            ("in June 1982", "1982-06", DatePrecision.MONTH),
            ("October 2018", "2018-10", DatePrecision.MONTH),
            ("in 2014", "2014", DatePrecision.YEAR),
            ("since 1967", "1967", DatePrecision.YEAR),
        ],
    )
    def test_without_published(
        self, phrase: str, value: str, precision: DatePrecision
    ) -> None:
        """The year in the phrase is enough."""
        got = resolve_date(phrase, None)
        assert got is not None
        assert (got.value, got.precision) == (value, precision)

    def test_published_does_not_move_a_year(self) -> None:
        """A stated year wins over the publication date."""
        got = resolve_date("in 1967", SUN, future=True)
        assert got is not None
        assert got.value == "1967"


class TestUnresolvable:
    """Vague or relative phrases without an anchor give ``None``."""

    @pytest.mark.parametrize(
        "phrase",
        ["in recent months", "in the past few weeks", "next week", "soon"],
    )
    def test_vague(self, phrase: str) -> None:
        """Vague phrases have no date."""
        assert resolve_date(phrase, SUN) is None

    @pytest.mark.parametrize(
        "phrase", ["on Tuesday", "yesterday", "in November", "last year"]
    )
    def test_relative_without_published(self, phrase: str) -> None:
        """Relative phrases need the publication date."""
        assert resolve_date(phrase, None) is None

    def test_impossible_day(self) -> None:
        """A day that does not exist is no date."""
        assert resolve_date("February 31", SUN) is None


class TestFindDates:
    """:func:`find_dates` cuts date phrases out of a sentence."""

    @pytest.mark.parametrize(
        ("text", "phrases"),
        [
            ("The ministers met on Tuesday in Oslo.", ["on Tuesday"]),
            (
                "She arrived on Dec. 14, 1963 and left in May.",
                ["on Dec. 14, 1963", "in May"],
            ),
            ("They will meet April 17-19.", ["April 17-19"]),
            ("The envoy may visit soon.", []),
            (
                "He went there in 2005 and again last year.",
                ["in 2005", "last year"],
            ),
            ("Talks resume this time next week.", ["this time next week"]),
        ],
    )
    def test_phrases(self, text: str, phrases: list[str]) -> None:
        """Only real date phrases are found; the modal "may" is not May."""
        assert [p for _, _, p in find_dates(text)] == phrases

    def test_offsets(self) -> None:
        """Offsets index the text, and the range limits the search."""
        text = "On Monday they talked; on Friday they met."
        found = find_dates(text, 20)
        assert found == ((23, 32, "on Friday"),)
        assert text[23:32] == "on Friday"

    @given(st.text(max_size=200))
    def test_every_match_resolves_or_is_none(self, text: str) -> None:
        """Whatever the pattern matches, resolution never raises."""
        for m in DATE_PHRASE.finditer(text):
            resolve_date(m.group(), SUN)
            resolve_date(m.group(), None, future=True)


class TestDateHint:
    """:data:`DATE_HINT` finds something inside every date phrase."""

    @pytest.mark.parametrize(
        "phrase",
        [
            "March 12, 2014",
            "12 Sept",
            "in June 1982",
            "last May",
            "this time next week",
            "earlier this month",
            "in recent years",
            "tonight",
            "on Thursday night",
            "in 1967",
        ],
    )
    def test_phrases_hinted(self, phrase: str) -> None:
        """Each kind of phrase holds a hint once case-folded."""
        assert DATE_PHRASE.fullmatch(phrase) is not None
        assert DATE_HINT.search(phrase.upper().casefold()) is not None

    def test_no_hint_no_phrase(self) -> None:
        """Text without a hint holds no date phrase."""
        text = "The envoys spoke at length about the border."
        assert DATE_HINT.search(text.casefold()) is None
        assert find_dates(text) == ()

    @given(
        st.text(alphabet="aAdDeEhiIjJkKlLmMnNoOrRsStTuUwWyY 1-,.", max_size=80)
    )
    def test_hint_covers_matches(self, text: str) -> None:
        """Wherever the pattern matches, the hint matches inside."""
        folded = text.casefold()
        if len(folded) != len(text):
            return
        for m in DATE_PHRASE.finditer(text):
            assert DATE_HINT.search(folded, m.start(), m.end()), m.group()


@pytest.mark.parametrize(
    "phrase",
    ["next year", "next month", "on Monday", "tomorrow", "in January"],
)
def test_dates_past_the_calendar_are_unresolved(phrase: str) -> None:
    """A relative date beyond year 9999 resolves to None, not an error."""
    assert resolve_date(phrase, dt.date(9999, 12, 31), future=True) is None


@pytest.mark.parametrize("phrase", ["yesterday", "last year", "last week"])
def test_dates_before_the_calendar_are_unresolved(phrase: str) -> None:
    assert resolve_date(phrase, dt.date(1, 1, 1)) is None


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("on Tue\u017fday", "2006-10-31"),  # long s
        ("in Augu\u017ft", "2006-08"),
        ("on \u0130\u0307Monday", None),  # no weekday: unresolved, no error
    ],
)
def test_case_folded_spellings(phrase: str, value: str | None) -> None:
    """The pattern folds case fully; resolution reads the same letters."""
    got = resolve_date(phrase, dt.date(2006, 11, 3))
    assert (got.value if got is not None else None) == value
