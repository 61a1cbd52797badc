"""Actors refined by the facts: host leaders take their host's country."""

from __future__ import annotations

import pytest

import communique

from communique import ActorKind


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
