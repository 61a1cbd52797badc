# SPDX-License-Identifier: MIT
"""Well-known persons (the ``persons`` lexicon) are recognized by their full
name, whatever their given name, with the state they served."""

from __future__ import annotations

import pytest

import communique


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            (
                "Protesters in Wellington marched against Jacinda Ardern's "
                "vaccine mandate."
            ),
            "person:jacinda-ardern",
            "NZL",
        ),
        (
            "The plan was drafted after talks with Riek Machar.",
            "person:riek-machar",
            "SSD",
        ),
    ],
)
def test_full_name_is_a_person(text: str, person: str, country: str) -> None:
    article = communique.parse(text, published="2021-06-01")
    actor = article.actor(person)
    assert actor is not None, [a.id for a in article.actors]
    assert actor.kind is communique.ActorKind.PERSON
    assert actor.country == country


def test_unknown_name_without_cue_is_not_a_person() -> None:
    """Control: the same construction with a name nobody lists."""
    article = communique.parse(
        "Protesters in Wellington marched against Harlan Vostrik's plan."
    )
    assert not article.actors_of_kind(communique.ActorKind.PERSON)


def test_a_known_surname_alone_is_not_enough() -> None:
    """Control: one word of a listed name is not the listed name."""
    article = communique.parse("Officials in Ardern Street reopened the market.")
    assert not article.actors_of_kind(communique.ActorKind.PERSON)
