# SPDX-License-Identifier: MIT
"""Tests for communique._batch: parse_many."""

from __future__ import annotations

import datetime as dt
import itertools

from collections.abc import Iterator

import pytest

import communique

from communique import Gazetteer, InputTypeError, InputValueError
from communique._batch import parse_many


# My own writing: short wire-style articles, all different.
TEXTS = [
    (
        "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister "
        "Wang Yi in Beijing on Tuesday."
    ),
    "Nothing happened today.",
    '"We will not give in," French President Emmanuel Macron said.',
    "Japan and South Korea agreed to resume talks next week.",
    "",
    (
        "German Chancellor Olaf Scholz will visit Washington on Friday, "
        "officials said."
    ),
    (
        "Iran warned the United States against any attack, the state news "
        "agency reported."
    ),
]


def serial(texts: list[str], **kwargs: object) -> list[communique.Article]:
    """What communique.parse gives, one text at a time."""
    return [communique.parse(t, **kwargs) for t in texts]  # type: ignore[arg-type]


class TestParseMany:
    """parse_many streams the results of parse, in input order."""

    def test_in_process(self) -> None:
        """workers=1 gives exactly the serial results."""
        assert list(parse_many(TEXTS, workers=1)) == serial(TEXTS)

    def test_pool(self) -> None:
        """A pool of two, small chunks, gives the serial results in order."""
        texts = TEXTS * 5
        got = list(parse_many(texts, workers=2, chunksize=3))
        assert got == serial(texts)

    def test_returns_iterator(self) -> None:
        """The result is a lazy iterator."""
        result = parse_many(TEXTS, workers=1)
        assert isinstance(result, Iterator)
        assert next(result).text == TEXTS[0]

    def test_empty_input(self) -> None:
        """No texts, no articles, with or without a pool."""
        assert list(parse_many([], workers=1)) == []
        assert list(parse_many(iter([]), workers=2)) == []

    def test_generator_input(self) -> None:
        """Any iterable of str works, generators included."""
        got = [a.text for a in parse_many((t for t in TEXTS), workers=2)]
        assert got == TEXTS

    def test_endless_input_streams(self) -> None:
        """An endless iterable streams: the first results come back."""
        endless = itertools.cycle(TEXTS[:3])
        stream = parse_many(endless, workers=2, chunksize=2)
        got = [a.text for a in itertools.islice(stream, 10)]
        stream.close()  # type: ignore[attr-defined]
        assert got == [TEXTS[i % 3] for i in range(10)]

    def test_default_workers(self) -> None:
        """workers=None uses every CPU and still gives serial results."""
        assert list(parse_many(TEXTS[:3])) == serial(TEXTS[:3])

    def test_custom_gazetteer(self) -> None:
        """A custom gazetteer reaches the workers."""
        gaz = Gazetteer.from_dict(
            {
                "states": [
                    {"code": "ZMB", "name": "Zembla", "capitals": ["Onhava"]}
                ]
            }
        )
        texts = ["Zembla protested.", "France protested in Onhava."]
        pooled = list(parse_many(texts, workers=2, gazetteer=gaz))
        alone = list(parse_many(texts, workers=1, gazetteer=gaz))
        assert pooled == alone
        assert pooled == [communique.parse(t, gazetteer=gaz) for t in texts]
        assert [a.id for a in pooled[0].actors] == ["state:ZMB"]


class TestPublished:
    """published is one date for all texts or an aligned iterable."""

    def test_single_value(self) -> None:
        """One date applies to every text."""
        got = list(parse_many(TEXTS[:3], published="2024-06-19", workers=1))
        assert {a.published for a in got} == {dt.date(2024, 6, 19)}

    def test_aligned(self) -> None:
        """An iterable gives each text its own date, in a pool too."""
        dates = [dt.date(2000, 1, i + 1) for i in range(len(TEXTS))]
        got = list(parse_many(TEXTS, published=dates, workers=2, chunksize=2))
        assert [a.published for a in got] == dates
        assert got == [
            communique.parse(t, published=d)
            for t, d in zip(TEXTS, dates, strict=True)
        ]

    def test_aligned_mixed_kinds(self) -> None:
        """Aligned dates may be dates, datetimes, strings or None."""
        pubs = [
            dt.datetime(2001, 2, 3, 4, 5, tzinfo=dt.timezone.utc),
            "1987-12-08",
            None,
        ]
        got = [
            a.published
            for a in parse_many(TEXTS[:3], published=pubs, workers=1)
        ]
        assert got == [dt.date(2001, 2, 3), dt.date(1987, 12, 8), None]

    # length mismatches
    @pytest.mark.parametrize(
        ("n_dates", "words"),
        [(2, "fewer"), (4, "more")],
    )
    def test_length_mismatch(self, n_dates: int, words: str) -> None:
        """Too few or too many dates is an InputValueError."""
        dates = ["2024-01-01"] * n_dates
        with pytest.raises(InputValueError, match=words) as info:
            list(parse_many(TEXTS[:3], published=dates, workers=1))
        assert info.value.argument == "published"

    def test_bad_date_string(self) -> None:
        """A single value that is not a date fails at call time."""
        with pytest.raises(InputValueError):
            parse_many(TEXTS, published="next Tuesday", workers=1)

    def test_bad_aligned_item(self) -> None:
        """A wrong-typed aligned date names its index."""
        with pytest.raises(InputTypeError) as info:
            list(parse_many(TEXTS[:2], published=["2024-01-01", 5], workers=1))
        assert info.value.argument == "published[1]"


class TestArguments:
    """Arguments are checked when parse_many is called."""

    # argument values
    @pytest.mark.parametrize(
        ("kwargs", "argument", "error"),
        [
            ({"workers": 0}, "workers", InputValueError),
            ({"workers": -2}, "workers", InputValueError),
            ({"workers": True}, "workers", InputTypeError),
            ({"workers": 2.0}, "workers", InputTypeError),
            ({"chunksize": 0}, "chunksize", InputValueError),
            ({"chunksize": "8"}, "chunksize", InputTypeError),
            ({"gazetteer": "default"}, "gazetteer", InputTypeError),
            ({"published": 2024}, "published", InputTypeError),
            ({"published": b"2024-01-01"}, "published", InputTypeError),
        ],
    )
    def test_eager(
        self, kwargs: dict[str, object], argument: str, error: type[Exception]
    ) -> None:
        """Bad arguments raise before any text is read."""

        def never() -> Iterator[str]:
            raise AssertionError  # pragma: no cover - must not be read
            yield ""

        with pytest.raises(error) as info:
            parse_many(never(), **kwargs)  # type: ignore[arg-type]
        assert getattr(info.value, "argument", None) == argument

    # bad texts
    @pytest.mark.parametrize(
        "texts", ["a string", b"bytes", None, 3], ids=repr
    )
    def test_texts_not_iterable_of_str(self, texts: object) -> None:
        """A str, bytes or non-iterable is rejected at call time."""
        with pytest.raises(InputTypeError, match=r"^texts must be"):
            parse_many(texts, workers=1)  # type: ignore[arg-type]

    def test_bad_item_in_pool(self) -> None:
        """A bad item is reported with its index, from a pool too."""
        with pytest.raises(InputTypeError) as info:
            list(parse_many(["ok", "fine", b"raw"], workers=2))  # type: ignore[list-item]
        assert info.value.argument == "texts[2]"


class TestExport:
    """parse_many is part of the public API."""

    def test_exported(self) -> None:
        """communique.parse_many is this function."""
        if not hasattr(communique, "parse_many"):
            pytest.skip("communique.parse_many is not exported yet")
        assert communique.parse_many is parse_many
