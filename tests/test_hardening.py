# SPDX-License-Identifier: MIT
"""
Hardening: wrong types, hostile text, determinism and thread safety.

Every public entry point rejects wrong types with an error that names the
argument; :func:`communique.parse` survives empty, huge, binary, repetitive
and mixed-script text; the output is the same on every run, in every
process and from every thread.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
import textwrap

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from hypothesis import given
from hypothesis import strategies as st
from tests.forking import run_forked
from tests.long_text import ARTICLE

import communique

from communique import Article, CommuniqueError, Gazetteer, Parser
from communique._batch import parse_many


ROOT = pathlib.Path(__file__).parents[1]


def spans_of(article: Article) -> list[communique.Span]:
    """Every span an article holds."""
    out: list[communique.Span] = []
    for actor in article.actors:
        out.extend(actor.mentions)
    for m in article.meetings:
        out.extend(m.evidence)
    for c in article.claims:
        out.append(c.content)
        if c.cue is not None:
            out.append(c.cue)
        out.extend(c.evidence)
    for r in article.relationships:
        out.extend(r.evidence)
    return out


def check_article(text: str, article: Article) -> None:
    """The article keeps the text, its spans match, JSON round-trips."""
    assert isinstance(article, Article)
    assert article.text == text
    for s in spans_of(article):
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start : s.end] == s.text
    assert communique.from_json(communique.to_json(article)) == article


# ---------------------------------------------------------------------------
# Wrong types


class _Anything:
    """An object of a type nobody expects."""


def _gaz_file(value: Any) -> Any:
    return Gazetteer.from_file(value)


def _parse_many(value: Any) -> Any:
    return list(parse_many(value, workers=1))


ENTRY_POINTS: list[Any] = [
    # (call, argument name, bad value)
    # text where a str is expected
    *[
        pytest.param(communique.parse, "text", v, id=f"parse-{n}")
        for n, v in [
            ("bytes", b"France spoke."),
            ("none", None),
            ("int", 42),
            ("float", 1.5),
            ("path", pathlib.Path("article.txt")),
            ("list", ["France spoke."]),
        ]
    ],
    *[
        pytest.param(
            lambda v: Parser().parse(v), "text", v, id=f"Parser.parse-{n}"
        )
        for n, v in [
            ("bytes", b"x"),
            ("none", None),
            ("int", 1),
            ("path", pathlib.Path("a.txt")),
            ("list", ["x"]),
        ]
    ],
    # published
    *[
        pytest.param(
            lambda v: communique.parse("x", published=v),
            "published",
            v,
            id=f"parse-published-{n}",
        )
        for n, v in [("int", 20240619), ("bytes", b"2024-06-19"), ("list", [])]
    ],
    # Parser(...)
    *[
        pytest.param(Parser, "config", v, id=f"Parser-config-{n}")
        for n, v in [("str", "x"), ("int", 3), ("dict", {})]
    ],
    pytest.param(
        lambda v: Parser(gazetteer=v), "gazetteer", "x", id="Parser-gazetteer"
    ),
    pytest.param(
        lambda v: communique.parse("x", gazetteer=v),
        "gazetteer",
        [],
        id="parse-gazetteer",
    ),
    # to_json / from_json
    *[
        pytest.param(communique.to_json, "article", v, id=f"to_json-{n}")
        for n, v in [
            ("str", "text"),
            ("none", None),
            ("dict", {}),
            ("list", []),
        ]
    ],
    *[
        pytest.param(communique.from_json, "s", v, id=f"from_json-{n}")
        for n, v in [
            ("none", None),
            ("int", 1),
            ("path", pathlib.Path("a.json")),
            ("list", ["{}"]),
            ("dict", {}),
        ]
    ],
    # Gazetteer.from_file
    *[
        pytest.param(_gaz_file, "path", v, id=f"Gazetteer.from_file-{n}")
        for n, v in [
            ("none", None),
            ("int", 3),
            ("bytes", b"x.json"),
            ("list", ["x.json"]),
        ]
    ],
    # parse_many
    *[
        pytest.param(_parse_many, "texts", v, id=f"parse_many-{n}")
        for n, v in [
            ("str", "one text"),
            ("bytes", b"x"),
            ("none", None),
            ("int", 3),
            ("path", pathlib.Path("corpus")),
        ]
    ],
    pytest.param(
        _parse_many, "texts[1]", ["ok", b"bytes"], id="parse_many-item-bytes"
    ),
    pytest.param(
        _parse_many,
        "texts[0]",
        [pathlib.Path("a.txt")],
        id="parse_many-item-path",
    ),
    pytest.param(
        lambda v: list(parse_many(["x"], workers=v)),
        "workers",
        "2",
        id="parse_many-workers-str",
    ),
    pytest.param(
        lambda v: list(parse_many(["x"], chunksize=v)),
        "chunksize",
        1.5,
        id="parse_many-chunksize-float",
    ),
    pytest.param(
        lambda v: list(parse_many(["x"], workers=1, published=v)),
        "published",
        3,
        id="parse_many-published-int",
    ),
    pytest.param(
        lambda v: list(parse_many(["x"], gazetteer=v)),
        "gazetteer",
        {},
        id="parse_many-gazetteer-dict",
    ),
    # evaluate
    *[
        pytest.param(communique.evaluate, "gold_dir", v, id=f"evaluate-{n}")
        for n, v in [("none", None), ("int", 3), ("list", ["gold"])]
    ],
    pytest.param(
        lambda v: communique.evaluate(ROOT, parser=v),
        "parser",
        "default",
        id="evaluate-parser",
    ),
]

# Entry points known not to raise a CommuniqueError naming the argument
# (strict xfails): none at present.
KNOWN_BAD_TYPES: dict[str, str] = {}


def _mark_known(params: list[Any]) -> list[Any]:
    out = []
    for p in params:
        reason = KNOWN_BAD_TYPES.get(p.id)
        if reason is None:
            out.append(p)
        else:
            out.append(
                pytest.param(
                    *p.values,
                    id=p.id,
                    marks=pytest.mark.xfail(reason=reason, strict=True),
                )
            )
    return out


class TestWrongTypes:
    """Public entry points reject wrong types, naming the argument."""

    @pytest.mark.parametrize(
        ("call", "argument", "value"), _mark_known(ENTRY_POINTS)
    )
    def test_rejected(
        self, call: Callable[[Any], Any], argument: str, value: Any
    ) -> None:
        """A TypeError that is a CommuniqueError and names the argument."""
        with pytest.raises(CommuniqueError) as info:
            call(value)
        assert isinstance(info.value, TypeError)
        assert getattr(info.value, "argument", None) == argument
        assert str(info.value).startswith(argument)
        bad = value
        if argument.endswith("]"):  # an item: texts[1]
            bad = value[int(argument[argument.index("[") + 1 : -1])]
        assert str(info.value).endswith(f"not {type(bad).__name__}")

    def test_surrogate_text_does_not_break_type_checks(self) -> None:
        """A str with a lone surrogate is still a str: it is parsed."""
        text = "France \ud800 spoke."
        check_article(text, communique.parse(text))


# ---------------------------------------------------------------------------
# Hostile text

_NEWS_SENTENCE = (
    "Japanese Prime Minister Taro Sato held talks with Indian Prime "
    "Minister Ravi Menon in Tokyo on Monday, officials said. "
    '"We agreed to deepen cooperation," Sato told reporters.\n'
)

HOSTILE: list[Any] = [
    # empty and blank
    pytest.param("", id="empty"),
    pytest.param(" ", id="one-space"),
    pytest.param(" \n\t\r\n  \u00a0\u2028 ", id="whitespace-only"),
    # long runs without structure
    pytest.param("x" * 1_000_000, id="1mb-line-no-spaces"),
    pytest.param(
        bytes(range(256)).decode("latin-1") * 64, id="binary-junk-latin-1"
    ),
    # repeated punctuation
    pytest.param("!" * 100_000, id="bangs"),
    pytest.param("." * 100_000, id="dots"),
    pytest.param("-" * 100_000, id="dashes"),
    pytest.param("?!" * 20_000, id="question-bangs"),
    # quotes that never close
    pytest.param('"' * 50_000, id="bare-quotes"),
    pytest.param('He said "' * 5_000, id="he-said-open-quote"),
    pytest.param("\u201c" * 20_000, id="curly-open-quotes"),
    # mixed scripts
    pytest.param(
        "Президент России встретился с коллегой. "
        "한국 대통령이 베이징을 방문했다. "
        "قال وزير الخارجية إن المحادثات كانت مثمرة. "
        "Russian President Ivan Petrov met South Korean President Kim "
        "Min-jun in Seoul on Friday.",
        id="mixed-scripts",
    ),
    # control characters
    pytest.param(
        "France\x00 met\x07 Germany\x1b[0m in\x0b Paris\x0c on Monday.\r\n\x7f"
        + "".join(map(chr, range(32))),
        id="control-characters",
    ),
    # lone surrogates
    pytest.param("\ud800", id="lone-surrogate"),
    pytest.param(
        "President Sato\udfff met Lavrov \ud800 in Tokyo.",
        id="surrogates-in-news",
    ),
    # mojibake and odd spacing around news
    pytest.param(
        "Ã©tÃ© Franceâ€™s minister said â€œnoâ€\x9d." * 50, id="mojibake"
    ),
    pytest.param(_NEWS_SENTENCE.replace(" ", "\u00a0"), id="nbsp-news"),
    # letters whose case folding is longer than the letter ("İ" -> "i̇")
    pytest.param(
        "İt said İT was over. İts minister met Lavrov. STRASSE Straße ﬁrst "
        "ǰ ŉ ΐ. He told İstanbul reporters İTS talks were over. Lavrov "
        "will vİsİt Moscow; Putin told vİsİtİng Kim of a conversatİon.",
        id="casefold-expanding",
    ),
]

# Hostile inputs that are known to hang or crash parse; reported.
KNOWN_HOSTILE: dict[str, str] = {}


HANG_TIMEOUT = 180.0


def _hostile() -> list[Any]:
    out = []
    for p in HOSTILE:
        reason = KNOWN_HOSTILE.get(p.id)
        if reason is None:
            out.append(p)
        else:
            out.append(
                pytest.param(
                    *p.values,
                    id=p.id,
                    marks=pytest.mark.xfail(reason=reason, strict=True),
                )
            )
    return out


def _parse_json(text: str) -> str:
    return communique.to_json(communique.parse(text))


def parse_with_timeout(text: str) -> Article:
    """Parse in a forked child; fail the test if it takes too long."""
    doc: str = run_forked(_parse_json, text, HANG_TIMEOUT)
    return communique.from_json(doc)


class TestHostileText:
    """parse survives hostile text: no crash, spans match, JSON works."""

    @pytest.mark.parametrize("text", _hostile())
    def test_parses(self, text: str) -> None:
        """An Article whose spans match and whose JSON round-trips."""
        communique.parse("Warm up.")  # the child inherits the parser
        check_article(text, parse_with_timeout(text))

    def test_lone_surrogate_json(self) -> None:
        """to_json of text with a lone surrogate round-trips as a str."""
        text = "Lavrov \ud800 said."
        article = communique.parse(text)
        doc = communique.to_json(article)
        assert communique.from_json(doc) == article
        assert json.loads(doc)["text"] == text


# ---------------------------------------------------------------------------
# Properties

_NAMES = [
    "Sergey Lavrov",
    "Wang Yi",
    "Emmanuel Macron",
    "Olaf Scholz",
    "Ivan Petrov",
    "Kim Min-jun",
    "Taro Sato",
    "Lavrov",
    "Macron",
]
_PLACES = [
    "Russia",
    "China",
    "France",
    "Germany",
    "the United States",
    "North Korea",
    "Moscow",
    "Beijing",
    "Paris",
    "the European Union",
    "NATO",
    "the United Nations",
]
_TITLES = [
    "President",
    "Foreign Minister",
    "Prime Minister",
    "Defence Minister",
    "Chancellor",
    "spokesman",
    "Secretary-General",
]
_VERBS = [
    "met",
    "said",
    "told reporters",
    "visited",
    "warned",
    "accused",
    "held talks with",
    "will meet",
    "criticized",
    "praised",
    "urged",
]
_PUNCT = [
    ".",
    ",",
    ";",
    ":",
    " -",
    '"',
    "'",
    "\u201c",
    "\u201d",
    "(",
    ")",
    "\n\n",
    "'s",
    "İt",
    "ß",
    "?",
    "!",
]

_token = st.one_of(
    st.sampled_from(_NAMES),
    st.sampled_from(_PLACES),
    st.sampled_from(_TITLES),
    st.sampled_from(_VERBS),
    st.sampled_from(_PUNCT),
    st.sampled_from(
        [
            "on Tuesday",
            "next week",
            "in 1987",
            "the two",
            "and",
            "that",
            "he",
            "she",
            "they",
            "officials",
        ]
    ),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP", max_size=8),
)
news_like = st.lists(_token, max_size=60).map(" ".join)
"""Text built from news vocabulary, in random order."""

any_text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",), blacklist_characters=()
    ),
    max_size=300,
)
"""Any Unicode (control characters included, no surrogates)."""


class TestProperties:
    """Properties that hold for every text."""

    @given(text=any_text)
    def test_any_text(self, text: str) -> None:
        """Any string parses; spans match; JSON round-trips."""
        check_article(text, communique.parse(text))

    @given(text=news_like)
    def test_news_like(self, text: str) -> None:
        """News-like strings parse; spans match; JSON round-trips."""
        check_article(text, communique.parse(text))

    @given(text=news_like)
    def test_deterministic(self, text: str) -> None:
        """Parsing the same text twice gives the same JSON."""
        first = communique.to_json(communique.parse(text))
        assert communique.to_json(communique.parse(text)) == first


# ---------------------------------------------------------------------------
# Determinism across processes and threads

_SCRIPT = textwrap.dedent(
    """
    import sys
    import communique
    text = sys.stdin.read()
    sys.stdout.write(communique.to_json(communique.parse(text)))
    """
)


def _run_with_seed(seed: str, text: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        input=text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        check=True,
    )
    return result.stdout


class TestDeterminism:
    """The same text gives the same JSON in every process and thread."""

    def test_across_hash_seeds(self) -> None:
        """Two processes with different PYTHONHASHSEED agree."""
        text = ARTICLE * 2
        a = _run_with_seed("1", text)
        b = _run_with_seed("4242", text)
        assert a == b
        assert json.loads(a)["actors"]

    def test_threads_match_serial(self) -> None:
        """20 texts parsed in 8 threads give the serial results."""
        parts = [p for p in ARTICLE.split("\n\n") if p.strip()]
        texts = [
            f"{parts[i % len(parts)]} {parts[(i * 7) % len(parts)]} ({i})"
            for i in range(20)
        ]
        serial = [communique.to_json(communique.parse(t)) for t in texts]
        with ThreadPoolExecutor(8) as pool:
            threaded = list(
                pool.map(
                    lambda t: communique.to_json(communique.parse(t)), texts
                )
            )
        assert threaded == serial

    def test_parser_instances_agree(self) -> None:
        """A fresh Parser gives the same result as the default one."""
        assert Parser().parse(ARTICLE) == communique.parse(ARTICLE)
