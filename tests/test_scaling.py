# SPDX-License-Identifier: MIT
"""
Parse time grows linearly with the length of one document.

The slow tests parse long documents (``tests/long_text.py``) and compare
CPU times at two sizes: a ratio, never a wall time, so that they hold on
any machine. The fast tests check the indexes that keep the stages linear
against the plain scans they replace.
"""

from __future__ import annotations

import time

from typing import Any

import pytest

from hypothesis import given
from hypothesis import strategies as st
from tests.long_text import KINDS, long_document

import communique

from communique import ActorKind
from communique._meetings._kept import Kept
from communique._meetings._merge import Merger
from communique._meetings._records import Candidate
from communique._mentions._taken import Taken as _Taken
from communique._resolve import _ARTICLE, _NameIndex


# ---------------------------------------------------------------------------
# Long documents


def _cpu(text: str) -> float:
    t0 = time.process_time()
    communique.parse(text)
    return time.process_time() - t0


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_time_grows_linearly(kind: str) -> None:
    """Four times the text takes at most five times the CPU time."""
    small = long_document(kind, 500_000)
    big = long_document(kind, 2_000_000)
    communique.parse(long_document(kind, 1))  # warm-up: lazy loading
    # the fastest of two runs: a busy machine only ever slows a run down
    t_small = min(_cpu(small) for _ in range(2))
    t_big = min(_cpu(big) for _ in range(2))
    ratio = t_big / t_small
    size = len(big) / len(small)
    assert ratio <= 5 * size / 4, (kind, t_small, t_big, ratio)


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_ten_megabytes(kind: str) -> None:
    """A 10 MB document parses into an Article whose spans match."""
    text = long_document(kind, 10_000_000)
    article = communique.parse(text)
    assert len(text) >= 10_000_000
    assert article.text == text
    assert article.actors
    assert article.claims
    for actor in article.actors:
        for s in actor.mentions:
            assert text[s.start : s.end] == s.text
    for m in article.meetings:
        for s in m.evidence:
            assert text[s.start : s.end] == s.text
    for c in article.claims:
        assert text[c.content.start : c.content.end] == c.content.text
    for r in article.relationships:
        for s in r.evidence:
            assert text[s.start : s.end] == s.text


_MONTHS = ("January", "March", "May", "July", "October")
_SYLLABLES = ("ka", "lo", "mi", "nu", "re", "sa", "to", "vi", "za", "be")


def _one_leader(chars: int) -> str:
    """
    Invented paragraphs in which one president meets many people on many
    dates: every report shares an actor with every meeting kept so far.
    """
    out: list[str] = []
    size = 0
    i = 0
    while size < chars:
        i += 1
        month = _MONTHS[i % len(_MONTHS)]
        day, year = 1 + i % 27, 1990 + i % 31
        given = "".join(_SYLLABLES[int(d)] for d in f"{i:04d}").title()
        family = "".join(_SYLLABLES[int(d)] for d in f"{i:04d}"[::-1])
        name = f"{given} {family.title()}"
        p = (
            f"Russian President Ivan Petrov met Chinese Premier Li Qiang in "
            f"Beijing on {month} {day}, {year}. Petrov will visit India on "
            f"{month} {day + 1}, {year}. Petrov held talks on {month} {day}, "
            f"{year}, and met Foreign Minister {name} in Moscow. The talks "
            f"were useful, {name} said.\n\n"
        )
        out.append(p)
        size += len(p)
    return "".join(out)


@pytest.mark.slow
def test_time_grows_linearly_with_one_busy_leader() -> None:
    """Meeting reports that all share an actor stay linear too."""
    small, big = _one_leader(250_000), _one_leader(1_000_000)
    communique.parse(small[:2_000])
    t_small = min(_cpu(small) for _ in range(2))
    t_big = min(_cpu(big) for _ in range(2))
    assert t_big / t_small <= 5, (t_small, t_big)


def test_long_document_kinds() -> None:
    """Whole copies, at least as long as asked; unknown kinds refused."""
    for kind in KINDS:
        doc = long_document(kind, 30_000)
        assert len(doc) >= 30_000
    with pytest.raises(ValueError, match="unknown kind"):
        long_document("poem", 10)


# ---------------------------------------------------------------------------
# _Taken: blocks of sorted intervals


def _naive_overlaps(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    # the old check: the first interval ending after s, in a sorted list
    after = [iv for iv in sorted(taken) if iv[1] > s]
    return bool(after) and after[0][0] < e


_intervals = st.lists(
    st.tuples(st.integers(0, 300), st.integers(0, 8)), max_size=120
)


@given(adds=_intervals, probes=_intervals)
def test_taken_matches_a_sorted_list(
    adds: list[tuple[int, int]], probes: list[tuple[int, int]]
) -> None:
    """Blocks of 3 to 6 intervals answer as one sorted list does."""
    taken = _Taken(block=3)
    ref: list[tuple[int, int]] = []
    for (s, n), (ps, pn) in zip(adds, probes + adds, strict=False):
        pe = ps + pn
        assert taken.overlaps(ps, pe) == _naive_overlaps(ref, ps, pe)
        assert taken.starts_within(ps, pe) == [
            a for a, b in sorted(ref) if b > ps and a < pe
        ]
        ok = n > 0 and not _naive_overlaps(ref, s, s + n)
        assert taken.add(s, s + n) == ok
        if ok:
            ref.append((s, s + n))
    assert taken.starts_within(0, 10**6) == sorted(a for a, _ in ref)


# ---------------------------------------------------------------------------
# _NameIndex: person names by word


def _naive_fuller(
    word: str, names: list[str], family_first: frozenset[str]
) -> str | None:
    # the scan over every name that the index replaces
    ranked: list[tuple[int, str]] = []
    for full in names:
        fp = full.split()
        if len(fp) < 2:
            continue
        if fp[-1] == word or _ARTICLE.sub("", fp[-1]) == word:
            ranked.append((0, full))
        elif fp[0] == word and word in family_first:
            ranked.append((1, full))
        elif word in fp and len(word) > 2 and word[:1].isupper():
            ranked.append((2, full))
    if not ranked:
        return None
    ranked.sort()
    best = [f for r, f in ranked if r == ranked[0][0]]
    return best[0] if len(best) == 1 else None


def _naive_around(low: str, names: list[str]) -> list[str]:
    return [
        full
        for full in names
        if full.casefold().endswith(" " + low)
        or full.casefold().startswith(low + " ")
    ]


_WORDS = ["Kim", "Jong", "Un", "Lee", "al-Assad", "Assad", "Bashar", "ab"]


@given(
    names=st.sets(
        st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4).map(
            " ".join
        ),
        max_size=12,
    )
)
def test_name_index_matches_a_scan(names: set[str]) -> None:
    """Fuller names and containing names as a pass over all names."""
    ordered = sorted(names, key=lambda n: (-len(n.split()), n))
    index = _NameIndex(ordered)
    family_first = frozenset({"Kim", "Lee"})
    for word in _WORDS:
        assert index.fuller(word, family_first) == _naive_fuller(
            word, ordered, family_first
        )
    for n in ordered:
        low = n.casefold()
        assert index.around(low) == _naive_around(low, ordered)


def test_person_names_join_surnames() -> None:
    """Later mentions by surname join the full name (an invented text)."""
    art = communique.parse(
        "Foreign Minister Ivan Petrov met Chinese Premier Li Qiang. "
        "Petrov said the talks were useful.\n\n" * 3
    )
    persons = [a for a in art.actors if a.kind is ActorKind.PERSON]
    assert {a.name for a in persons} == {"Ivan Petrov", "Li Qiang"}


# ---------------------------------------------------------------------------
# Kept: the meetings a report can merge with


class _FakeActors:
    """Kinds and countries of a handful of actors, for Merger.covers."""

    doc: Any = None

    def __init__(self) -> None:
        self.kinds = {
            "p:a": ActorKind.PERSON,
            "p:b": ActorKind.PERSON,
            "p:c": ActorKind.PERSON,
            "p:d": ActorKind.PERSON,
            "s:x": ActorKind.STATE,
            "s:y": ActorKind.STATE,
            "s:w": ActorKind.STATE,
            "o:z": ActorKind.ORGANIZATION,
        }
        self.countries = {
            "p:a": "x",
            "p:b": "y",
            "p:d": "x",
            "s:x": "x",
            "s:y": "y",
        }

    def kind_of(self, a: str) -> ActorKind | None:
        return self.kinds.get(a)

    def country_of(self, a: str) -> str | None:
        return self.countries.get(a)

    def is_person(self, a: str) -> bool:
        return self.kinds.get(a) is ActorKind.PERSON


_parts = st.lists(
    st.sampled_from(
        ["p:a", "p:b", "p:c", "p:d", "s:x", "s:y", "s:w", "o:z", "unknown"]
    ),
    min_size=2,
    max_size=8,
    unique=True,
)


@given(
    kept=st.lists(st.tuples(_parts, _parts), max_size=15),
    report=_parts,
)
def test_kept_may_cover_every_cover(
    kept: list[tuple[list[str], list[str]]], report: list[str]
) -> None:
    """The quick check passes every kept meeting that covers the report,
    or that the report covers, also after kept meetings took in more
    actors; the latest meetings sharing an actor are all of them here."""
    actors: Any = _FakeActors()
    merger = Merger(actors, None)
    index = Kept(actors)
    for i, (parts, _) in enumerate(kept):
        index.add(
            Candidate(
                kind=communique.MeetingKind.TALKS,
                participants=list(parts),
                order=i,
            )
        )
    for i, (_, more) in enumerate(kept):
        if i % 2:  # a merge grows a kept meeting
            item = index.items[i]
            item.participants = list(dict.fromkeys(item.participants + more))
            index.update(i)
    names, needs = set(report), index.needed(report)
    sharing = [
        pos
        for pos, (parts, more) in enumerate(kept)
        if names & set(parts + (more if pos % 2 else []))
    ]
    assert index.latest(report) == sharing
    for pos, item in enumerate(index.items):
        parts = item.participants
        if merger.covers(parts, report) or merger.covers(report, parts):
            assert index.may_cover(pos, names, needs)
        for a in parts:
            assert pos in index.nearest(a, pos)


def test_kept_reach() -> None:
    """A report is compared with the latest hundred meetings sharing an
    actor; "nearest" looks a hundred either side."""
    actors: Any = _FakeActors()
    index = Kept(actors)
    for i in range(250):
        index.add(
            Candidate(
                kind=communique.MeetingKind.TALKS,
                participants=["p:a", "p:b"],
                order=i,
            )
        )
    assert index.latest(["p:a", "s:x"]) == list(range(150, 250))
    assert index.nearest("p:a", 120) == list(range(20, 220))
    assert index.nearest("p:a", 0) == list(range(100))
