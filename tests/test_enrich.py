"""Actors refined with what the text leaves implicit: countries of persons."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.stages import STATE

import communique

from communique import ActorKind, LexiconError
from communique._enrich import _date, _on


def _country(text: str, name: str) -> str | None:
    art = communique.parse(text, published="2015-06-03")
    found = [a for a in art.actors if a.kind is ActorKind.PERSON and a.name == name]
    assert len(found) == 1, [a.name for a in art.actors]
    return found[0].country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            (
                "Pakistani Prime Minister Nawaz Sharif arrived in Kabul on "
                "Tuesday and later met President Ashraf Ghani."
            ),
            "Ashraf Ghani",
            "AFG",
        ),
        (
            (
                "Egyptian President Abdel Fattah al-Sisi will travel to "
                "Riyadh next week for talks with King Salman."
            ),
            "Salman",
            "SAU",
        ),
    ],
)
def test_host_leader_takes_host_country(text: str, name: str, country: str) -> None:
    assert _country(text, name) == country


def test_host_country_reaches_roles() -> None:
    art = communique.parse(
        "Pakistani Prime Minister Nawaz Sharif arrived in Kabul on Tuesday "
        "and later met President Ashraf Ghani.",
    )
    (ghani,) = [a for a in art.actors if a.name == "Ashraf Ghani"]
    assert [r.country for r in ghani.roles] == ["AFG"]


def test_visitors_keep_no_country() -> None:
    # both are visitors: the one without a stated country stays unknown
    text = "Britain's Prince Edward and Princess Anne went to Oman in May."
    assert _country(text, "Anne") is None


def test_without_foreign_participant_nothing_changes() -> None:
    text = (
        "President Ashraf Ghani met Minister Hamid Sultani in Kabul on Monday. "
        "A day later, Pakistani Prime Minister Nawaz Sharif arrived in "
        "Afghanistan on a state visit."
    )
    assert _country(text, "Hamid Sultani") is None


def test_international_official_is_not_given_a_state() -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov arrived in Switzerland on "
        "Sunday and held talks in Geneva with U.N. Secretary-General Kofi "
        "Annan on Monday."
    )
    assert _country(text, "Kofi Annan") is None


class TestKnownPersons:
    """Well-known persons named without a state take the one they served."""

    def test_service_of_one_state(self) -> None:
        assert _on([("USA", None, None)], None) == "USA"

    def test_service_of_two_states_needs_a_date(self) -> None:
        services = [
            ("SUN", None, dt.date(1991, 12, 26)),
            ("GEO", dt.date(1992, 1, 1), None),
        ]
        assert _on(services, dt.date(1985, 7, 2)) == "SUN"
        assert _on(services, dt.date(1999, 1, 1)) == "GEO"
        assert _on(services, None) is None
        assert _on(services, dt.date(1992, 1, 1)) == "GEO"
        assert _on([], dt.date(1992, 1, 1)) is None

    def test_service_that_began_later(self) -> None:
        """A rebel who later ruled serves no state before that."""
        services = [("COD", dt.date(1997, 5, 17), None)]
        assert _on(services, dt.date(1996, 11, 2)) is None
        assert _on(services, dt.date(1998, 1, 1)) == "COD"
        assert _on(services, None) == "COD"

    def test_year_bounds_cover_the_whole_year(self) -> None:
        assert _date("x", "1991", end=True) == dt.date(1991, 12, 31)
        assert _date("x", "1991", end=False) == dt.date(1991, 1, 1)
        assert _date("x", None, end=True) is None
        with pytest.raises(LexiconError):
            _date("x", "May 1991", end=True)

    def test_every_surface_is_a_full_name_of_a_known_state(self) -> None:
        table = STATE.served
        codes = {e.country for e in communique.Gazetteer.default().entries
                 if e.kind is ActorKind.STATE}
        assert len(table) > 500
        for surface, services in table.items():
            assert len(surface.split()) >= 2, surface
            assert {c for c, _, _ in services} <= codes, surface

    def test_text_country_wins(self) -> None:
        art = communique.parse("Kenyan President Al Gore met reporters.")
        (gore,) = [a for a in art.actors if a.name == "Al Gore"]
        assert gore.country == "KEN"

    def test_bare_title_person_gets_the_state(self) -> None:
        art = communique.parse(
            "Vice President Al Gore said the talks had gone well.",
            published="1997-03-26",
        )
        (gore,) = [a for a in art.actors if a.name == "Al Gore"]
        assert gore.country == "USA"
        assert [r.country for r in gore.roles] == ["USA"]
