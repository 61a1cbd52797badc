# SPDX-License-Identifier: MIT
"""
Actor stages end to end, on short invented wire stories.

Each ``tests/articles/NAME.txt`` has a ``NAME.expect.json`` listing checks
that a careful analyst would make (see ANNOTATION_GUIDE.md "Actors"); every
check is its own test case. Checks that the library does not meet yet keep
their expectation and carry an ``"xfail"`` reason, which becomes a strict
xfail: when the library learns the case, the test says so.

Check kinds:

- ``actor``: an actor with this id and kind exists.
- ``country``: that actor's country is this code (or ``null``).
- ``role``: that actor has a role with this title and ``current`` flag.
- ``mention``: ``text`` at its place in ``context`` is among that actor's
  mentions (a mention overlapping it and lying within the context).
- ``group``: a group actor whose name contains ``name`` (and, if given,
  whose country is ``country``).
- ``not_actor``: no actor has this id.
- ``not_mention``: no actor (of ``kind``, if given) has a mention
  overlapping ``text`` (at ``context`` if given, else anywhere).
- ``not_group``: no group actor's name contains ``name``.
- ``not_country``: no actor has this country.
"""

from __future__ import annotations

import functools
import json

from pathlib import Path
from typing import Any

import pytest
import regex

import communique

from communique import Article


ARTICLES = Path(__file__).parent / "articles"
DEV = Path(__file__).parents[1] / ".." / "shared" / "corpus" / "dev"


def _names() -> list[str]:
    return sorted(p.name[: -len(".expect.json")] for p in ARTICLES.glob("*.expect.json"))


@functools.cache
def _text(name: str) -> str:
    return (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")


@functools.cache
def _expect(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (ARTICLES / f"{name}.expect.json").read_text(encoding="utf-8")
    )
    return data


@functools.cache
def _parsed(name: str) -> Article:
    return communique.parse(_text(name), published=_expect(name)["published"])


def _flex(s: str) -> regex.Pattern[str]:
    """*s* with any run of whitespace matching any run of whitespace."""
    words = [regex.escape(w) for w in s.split()]
    return regex.compile(r"(?<![\p{L}\p{N}])" + r"\s+".join(words) + r"(?![\p{L}\p{N}])")


def _places(text: str, target: str, context: str | None) -> list[tuple[int, int, int, int]]:
    """(start, end) of *target* and of its context, for each occurrence."""
    if context is None:
        return [
            (m.start(), m.end(), m.start(), m.end())
            for m in _flex(target).finditer(text)
        ]
    out = []
    for c in _flex(context).finditer(text):
        t = _flex(target).search(text, c.start(), c.end())
        assert t is not None, f"{target!r} not inside {context!r}"
        out.append((t.start(), t.end(), c.start(), c.end()))
    return out


def _label(check: dict[str, Any]) -> str:
    kind = check["check"]
    bits = [kind]
    bits.extend(
        str(check[key])
        for key in ("id", "name", "text", "country", "title")
        if key in check
    )
    if "context" in check and check.get("context") != check.get("text"):
        bits.append(f"@{check['context']}")
    return ":".join(bits).replace(" ", "_")


def _cases() -> list[Any]:
    out = []
    for name in _names():
        for i, check in enumerate(_expect(name)["checks"]):
            marks = []
            if "xfail" in check:
                marks.append(pytest.mark.xfail(strict=True, reason=check["xfail"]))
            out.append(
                pytest.param(name, check, id=f"{name}-{i:02d}-{_label(check)}", marks=marks)
            )
    return out


def _actor(art: Article, actor_id: str) -> communique.Actor:
    for a in art.actors:
        if a.id == actor_id:
            return a
    found = sorted(a.id for a in art.actors)
    pytest.fail(f"no actor {actor_id}; found {found}")


def _groups(art: Article) -> list[communique.Actor]:
    return [a for a in art.actors if a.kind is communique.ActorKind.GROUP]


class TestArticleExpectations:
    """Each analyst expectation on the invented articles holds."""

    @pytest.mark.parametrize(("name", "check"), _cases())
    def test_check(self, name: str, check: dict[str, Any]) -> None:
        """One check of one article."""
        art = _parsed(name)
        text = art.text
        kind = check["check"]
        if kind == "actor":
            a = _actor(art, check["id"])
            assert a.kind.value == check["kind"]
        elif kind == "country":
            assert _actor(art, check["id"]).country == check["country"]
        elif kind == "role":
            roles = [(r.title, r.current) for r in _actor(art, check["id"]).roles]
            assert (check["title"], check["current"]) in roles, roles
        elif kind == "mention":
            a = _actor(art, check["id"])
            places = _places(text, check["text"], check["context"])
            assert len(places) == 1, f"context {check['context']!r} is not unique"
            ts, te, cs, ce = places[0]
            hits = [
                m for m in a.mentions
                if m.start < te and ts < m.end and cs <= m.start and m.end <= ce
            ]
            owners = [
                (b.id, m.text) for b in art.actors for m in b.mentions
                if m.start < te and ts < m.end
            ]
            assert hits, f"{check['text']!r} is not a mention of {a.id}; held by {owners}"
        elif kind == "group":
            wanted = check["name"].casefold()
            hits = [g for g in _groups(art) if wanted in g.name.casefold()]
            assert hits, [g.name for g in _groups(art)]
            if "country" in check:
                assert any(g.country == check["country"] for g in hits), [
                    (g.name, g.country) for g in hits
                ]
        elif kind == "not_actor":
            assert check["id"] not in {a.id for a in art.actors}
        elif kind == "not_mention":
            places = _places(text, check["text"], check.get("context"))
            assert places, f"{check['text']!r} does not occur"
            bad = [
                (a.id, m.text)
                for a in art.actors
                if "kind" not in check or a.kind.value == check["kind"]
                for m in a.mentions
                for ts, te, _, _ in places
                if m.start < te and ts < m.end
            ]
            assert not bad
        elif kind == "not_group":
            wanted = check["name"].casefold()
            assert not [g.name for g in _groups(art) if wanted in g.name.casefold()]
        elif kind == "not_country":
            assert not [a.id for a in art.actors if a.country == check["country"]]
        else:  # pragma: no cover - a typo in an expect file
            pytest.fail(f"unknown check {kind!r}")


class TestArticleWellFormed:
    """Every article parses into actors with valid, distinct mention spans."""

    @pytest.mark.parametrize("name", _names())
    def test_spans_valid(self, name: str) -> None:
        """Each mention is a non-empty span of the raw text saying its text."""
        art = _parsed(name)
        for a in art.actors:
            assert a.mentions, a.id
            for m in a.mentions:
                assert 0 <= m.start < m.end <= len(art.text)
                assert art.text[m.start : m.end] == m.text

    @pytest.mark.parametrize("name", _names())
    def test_one_actor_per_span(self, name: str) -> None:
        """No span of the text is a mention of two actors."""
        art = _parsed(name)
        seen: dict[tuple[int, int], str] = {}
        for a in art.actors:
            for m in a.mentions:
                key = (m.start, m.end)
                assert key not in seen, (m.text, seen.get(key), a.id)
                seen[key] = a.id

    @pytest.mark.parametrize("name", _names())
    def test_ids_unique_and_shaped(self, name: str) -> None:
        """Actor ids are unique and have the documented ``kind:slug`` shape."""
        art = _parsed(name)
        ids = [a.id for a in art.actors]
        assert len(ids) == len(set(ids))
        for a in art.actors:
            assert regex.fullmatch(r"(state:[A-Z]{3}|(person|org|group):[a-z0-9]+(-[a-z0-9]+)*)", a.id), a.id

    @pytest.mark.parametrize("name", _names())
    def test_expect_file_sane(self, name: str) -> None:
        """The expectations themselves point at text that exists."""
        text = _text(name)
        for check in _expect(name)["checks"]:
            if "context" in check:
                assert _places(text, check["text"], check["context"]), check


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev is absent")
class TestDevCorpus:
    """Actor F1 on the dev corpus stays high."""

    def test_overall_actor_f1(self) -> None:
        """Micro actor F1 over the dev corpus is at least 0.92."""
        assert _dev_report().f1["actors"] >= 0.92

    def test_lavrov_pyongyang_actor_f1(self) -> None:
        """The seed article keeps actor F1 of at least 0.95."""
        article = _dev_report().article("lavrov-pyongyang")
        assert article.scores.counts("actors").f1 >= 0.95


@functools.cache
def _dev_report() -> communique.EvaluationReport:
    return communique.evaluate(DEV)
