# SPDX-License-Identifier: MIT
"""Tests for stage 1, :func:`communique._normalize.normalize`."""

from __future__ import annotations

import string

from pathlib import Path

import pytest

from hypothesis import assume, given
from hypothesis import strategies as st

from communique._normalize import STEPS, normalize
from communique._types import NormalizedText


DEV = Path(__file__).parents[1] / ".." / "shared" / "corpus" / "dev"


def check_map(norm: NormalizedText) -> None:
    """Assert every invariant of the offset map of *norm*."""
    raw, text = norm.raw, norm.text
    n = len(text)
    starts = [norm.to_raw_start(i) for i in range(n + 1)]
    ends = [norm.to_raw_end(i) for i in range(n + 1)]
    assert ends[0] == 0
    assert ends[n] <= len(raw)
    for i in range(n + 1):
        assert 0 <= starts[i] <= len(raw)
        assert 0 <= ends[i] <= len(raw)
    assert starts == sorted(starts)
    assert ends == sorted(ends)
    for i in range(n):
        assert starts[i] < ends[i + 1]
    for s in range(0, n + 1, max(1, n // 7)):
        for e in range(s, n + 1, max(1, n // 5)):
            span = norm.raw_span(s, e)
            assert span.text == raw[span.start : span.end]
            assert span.start <= span.end
    # Text outside edits is copied unchanged.
    prev_end, prev_raw_end = 0, 0
    for ed in norm.edits:
        assert ed.start >= prev_end
        assert ed.raw_start >= prev_raw_end
        assert text[prev_end : ed.start] == raw[prev_raw_end : ed.raw_start]
        prev_end, prev_raw_end = ed.end, ed.raw_end
    assert text[prev_end:] == raw[prev_raw_end:]


class TestQuotes:
    """Curly, angle and typewriter quotes become ASCII quotes."""

    @pytest.mark.parametrize(
        ("raw", "text"),
        [
            # single curly quotes and primes
            ("the envoy\u2019s plane", "the envoy's plane"),
            ("\u2018soft\u2019 power", "'soft' power"),
            ("a \u201alow\u201b mark", "a 'low' mark"),
            ("a 5\u2032 gap", "a 5' gap"),
            # double curly quotes, guillemets, double prime
            ("\u201cWe agree,\u201d he said.", '"We agree," he said.'),
            ("\u201eJa\u201f", '"Ja"'),
            ("\u00abNon\u00bb", '"Non"'),
            ("a 7\u2033 screen", 'a 7" screen'),
            # AP typewriter pairs
            ("He said, ``We will talk.''", 'He said, "We will talk."'),
            ("``Yes,'' she said", '"Yes," she said'),
        ],
    )
    def test_repaired(self, raw: str, text: str) -> None:
        """Each quote character becomes its ASCII form."""
        norm = normalize(raw)
        assert norm.text == text
        assert "quotes" in norm.steps
        check_map(norm)

    def test_typewriter_pair_maps_to_both_chars(self) -> None:
        """A ``''`` pair becomes one quote whose raw span is both chars."""
        norm = normalize("``Go''")
        assert norm.text == '"Go"'
        assert norm.raw_span(3, 4).text == "''"
        assert norm.raw_span(0, 4).text == "``Go''"

    def test_single_apostrophe_kept(self) -> None:
        """A lone ASCII apostrophe is left alone."""
        assert normalize("the minister's aide").edits == ()


class TestDashes:
    """Typographic dashes become a hyphen-minus, one char for one."""

    @pytest.mark.parametrize(
        ("raw", "text"),
        [
            ("talks \u2013 held Monday", "talks - held Monday"),
            ("the summit\u2014the first", "the summit-the first"),
            ("pages 10\u201212", "pages 10-12"),
            ("\u2015 end", "- end"),
            ("1998\u20132001", "1998-2001"),
        ],
    )
    def test_repaired(self, raw: str, text: str) -> None:
        """Each dash becomes ``-`` and keeps the text length."""
        norm = normalize(raw)
        assert norm.text == text
        assert len(norm.text) == len(raw)
        assert norm.steps == ("dashes",)
        check_map(norm)


class TestEntities:
    """HTML entities are unescaped, one match at a time."""

    @pytest.mark.parametrize(
        ("raw", "text"),
        [
            ("Trade &amp; Industry", "Trade & Industry"),
            ("&quot;no deal&quot;", '"no deal"'),
            ("Paris&#8217; view", "Paris' view"),
            ("Paris&#x2019; view", "Paris' view"),
            ("ten&nbsp;ministers", "ten ministers"),
            ("a &lt;b&gt; c", "a <b> c"),
            ("caf&eacute;", "café"),
            ("x&#8212;y", "x-y"),
            ("a&#8203;b", "ab"),
        ],
    )
    def test_repaired(self, raw: str, text: str) -> None:
        """The entity becomes its character, then the character repairs."""
        norm = normalize(raw)
        assert norm.text == text
        assert "entities" in norm.steps
        check_map(norm)

    @pytest.mark.parametrize(
        "raw",
        [
            "AT&T and P&G",
            "R&D; budgets",
            "&notanentity; here",
            "&notice; &ampx;",
            "a & b",
            "&#; &#x; &;",
        ],
    )
    def test_left_alone(self, raw: str) -> None:
        """Ampersands that are not known entities stay as they are."""
        assert normalize(raw).text == raw

    def test_span_covers_whole_entity(self) -> None:
        """The raw span of an unescaped char is the whole entity."""
        norm = normalize("A &amp; B")
        assert norm.text == "A & B"
        span = norm.raw_span(2, 3)
        assert (span.start, span.end, span.text) == (2, 7, "&amp;")


class TestSpaces:
    """Odd spaces, invisible characters, controls and line ends."""

    @pytest.mark.parametrize(
        ("raw", "text", "step"),
        [
            # odd spaces -> space
            ("ten\u00a0ministers", "ten ministers", "spaces"),
            ("a\u2002b\u2009c\u200ad", "a b c d", "spaces"),
            ("1\u202f000", "1 000", "spaces"),
            ("x\u205fy\u3000z", "x y z", "spaces"),
            # zero-width and soft hyphen -> removed
            ("Brus\u200bsels", "Brussels", "invisible"),
            ("\ufeffThe text", "The text", "invisible"),
            ("a\u200c\u200d\u2060b", "ab", "invisible"),
            ("nego\u00adtiations", "negotiations", "invisible"),
            # control characters -> space
            ("a\x00b\x07c", "a b c", "controls"),
            ("page\x0cbreak", "page break", "controls"),
            ("del\x7fete", "del ete", "controls"),
            ("c1\x85\x9fx", "c1  x", "controls"),
            # line ends
            ("one\r\ntwo", "one\ntwo", "newlines"),
            ("one\rtwo\r\r\nthree", "one\ntwo\n\nthree", "newlines"),
            ("a\u2028b", "a\nb", "newlines"),
        ],
    )
    def test_repaired(self, raw: str, text: str, step: str) -> None:
        """The character is replaced or removed as its class says."""
        norm = normalize(raw)
        assert norm.text == text
        assert step in norm.steps
        check_map(norm)

    def test_tabs_and_newlines_kept(self) -> None:
        """Tab and newline are plain text, not controls."""
        assert normalize("a\tb\nc").edits == ()

    def test_removed_char_maps_around_it(self) -> None:
        """Offsets after a removed character point past it in the raw."""
        raw = "EU\u200b summit"
        norm = normalize(raw)
        assert norm.text == "EU summit"
        span = norm.raw_span(3, 9)
        assert span.text == "summit"
        assert norm.raw_span(0, 2).text == "EU"

    def test_crlf_maps_to_both_chars(self) -> None:
        """A ``\\r\\n`` pair maps to one newline spanning both chars."""
        norm = normalize("a\r\nb")
        assert norm.raw_span(1, 2).text == "\r\n"
        assert norm.raw_span(2, 3).text == "b"


class TestMojibake:
    """UTF-8 read as cp1252 or latin-1 is decoded back."""

    @pytest.mark.parametrize(
        ("raw", "text"),
        [
            ("the envoy\u00e2\u20ac\u2122s plane", "the envoy's plane"),
            (
                "\u00e2\u20ac\u0153We agree\u00e2\u20ac\x9d",
                '"We agree"',
            ),
            ("talks \u00e2\u20ac\u201d held", "talks - held"),
            ("Caf\u00c3\u00a9 talks", "Café talks"),
            ("M\u00c3\u00bcnchen", "München"),
            ("K\u00c3\u00b6ln", "Köln"),
            ("ten\u00c2\u00a0days", "ten days"),
            ("\u00ef\u00bb\u00bfStart", "Start"),
            ("a \u00f0\u0178\u02dc\u20ac b", "a \U0001f600 b"),
            # a closing quote whose 0x9D byte was lost
            ("\u00e2\u20ac\u0153Yes\u00e2\u20ac said", '"Yes" said'),
        ],
    )
    def test_repaired(self, raw: str, text: str) -> None:
        """The mojibake run becomes the character it was meant to be."""
        norm = normalize(raw)
        assert norm.text == text
        assert "mojibake" in norm.steps
        check_map(norm)

    @pytest.mark.parametrize(
        "raw",
        [
            "Ångström and São Paulo",
            "Düsseldorf, Besançon, Ærø",
            "naïve façade résumé",
            "Ã alone, Â alone",
        ],
    )
    def test_real_accents_left_alone(self, raw: str) -> None:
        """Accented letters that do not decode as UTF-8 stay."""
        assert normalize(raw).text == raw

    def test_span_covers_run(self) -> None:
        """The repaired char maps to the whole mojibake run."""
        norm = normalize("Paris\u00e2\u20ac\u2122 view")
        assert norm.text == "Paris' view"
        assert norm.raw_span(5, 6).text == "\u00e2\u20ac\u2122"
        assert norm.raw_span(7, 11).text == "view"


class TestLossyMojibake:
    """A lone "ā" standing for lost punctuation is repaired by context."""

    @pytest.mark.parametrize(
        ("raw", "text"),
        [
            # apostrophes
            ("Moscow\u0101s envoy arrived.", "Moscow's envoy arrived."),
            ("They don\u0101t agree.", "They don't agree."),
            (
                "We\u0101ve met and they\u0101re here.",
                "We've met and they're here.",
            ),
            # dashes
            ("the Iran\u0101Iraq war", "the Iran-Iraq war"),
            (
                "talks \u0101 held Monday \u0101 ended",
                "talks - held Monday - ended",
            ),
            ("in 1998\u01012001, a \u0101 b", "in 1998-2001, a - b"),
            # quotes
            (
                "the so-called \u0101axis\u0101, a \u0101 b",
                'the so-called "axis", a - b',
            ),
            ("(\u0101Yes\u0101) a \u0101 b", '("Yes") a - b'),
            ("a \u0101 b: \u0101No.\u0101", 'a - b: "No."'),
        ],
    )
    def test_repaired(self, raw: str, text: str) -> None:
        """The "ā" becomes the apostrophe, dash or quote it stood for."""
        norm = normalize(raw)
        assert norm.text == text
        assert norm.steps == ("lossy_mojibake",)
        check_map(norm)

    @pytest.mark.parametrize(
        "raw",
        [
            "The M\u0101ori delegation met Kalv\u012btis.",
            "Pakeh\u0101 and M\u0101ori voters",
            "Mah\u0101bh\u0101rata",
        ],
    )
    def test_real_macron_kept_without_evidence(self, raw: str) -> None:
        """Without lossy damage elsewhere, every "ā" stays."""
        assert normalize(raw).text == raw

    def test_real_macron_kept_inside_words(self) -> None:
        """In a damaged text, an "ā" inside a word still stays."""
        raw = "Lavrov\u0101s aide met M\u0101ori and Kalv\u012btis envoys."
        norm = normalize(raw)
        assert (
            norm.text
            == "Lavrov's aide met M\u0101ori and Kalv\u012btis envoys."
        )

    def test_dev_article(self) -> None:
        """The damaged dev article loses every lossy "ā"."""
        path = DEV / "lavrov-pyongyang.txt"
        if not path.exists():
            pytest.skip("shared corpus not available")
        raw = path.read_text(encoding="utf-8")
        norm = normalize(raw)
        assert "\u0101" not in norm.text
        assert "lossy_mojibake" in norm.steps
        check_map(norm)


class TestResult:
    """Shape of the returned :class:`NormalizedText`."""

    def test_identity(self) -> None:
        """Clean text comes back unchanged with no edits or steps."""
        raw = "Clean text, with 'quotes' and - dashes."
        norm = normalize(raw)
        assert norm.text == raw
        assert norm.raw == raw
        assert (norm.edits, norm.steps) == ((), ())

    def test_empty(self) -> None:
        """The empty string normalizes to itself."""
        assert normalize("").text == ""

    def test_steps_in_canonical_order(self) -> None:
        """Steps are listed once each, in the order of STEPS."""
        norm = normalize("\u2014 &amp; \u201cx\u201d \u2014 \r\n")
        assert norm.steps == ("newlines", "entities", "quotes", "dashes")
        assert list(norm.steps) == sorted(norm.steps, key=STEPS.index)

    def test_all_kinds_together(self) -> None:
        """Repairs of every kind combine and still map back."""
        raw = (
            "\ufeffAT&amp;T\u2019s \u201cdeal\u201d\r\n"
            "Caf\u00c3\u00a9\u00a0\u2014 ``ok'' soft\u00adhyphen\x00end"
        )
        norm = normalize(raw)
        assert norm.text == 'AT&T\'s "deal"\nCafé - "ok" softhyphen end'
        check_map(norm)


# Strategies: arbitrary text, and text dense in what normalization touches.
_TRICKY = st.sampled_from(
    [
        "&",
        "&amp;",
        "&#8217;",
        "&#x2019;",
        "&nbsp;",
        "&#99999999;",
        "&#xD800;",
        "\u00e2",
        "\u20ac",
        "\u2122",
        "\u00c3",
        "\u00a9",
        "\x9d",
        "\u0101",
        "`",
        "'",
        "\r",
        "\n",
        "\u200b",
        "\u00ad",
        "\u2014",
        "\u201c",
        " ",
        "s",
        "A",
        "\x00",
    ]
)
_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=80)
_DENSE = st.lists(_TRICKY | _TEXT, max_size=30).map("".join)


class TestProperties:
    """Invariants that hold for any input."""

    @given(raw=_TEXT | _DENSE)
    def test_map_is_valid(self, raw: str) -> None:
        """Every normalized offset maps into the raw string, monotonically."""
        norm = normalize(raw)
        assert norm.raw == raw
        check_map(norm)

    @given(
        raw=st.text(
            st.sampled_from(
                string.ascii_letters + string.digits + ' .,;:!?-()"\n\t'
            ),
            max_size=200,
        )
        | st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E))
    )
    def test_plain_ascii_unchanged(self, raw: str) -> None:
        """Plain ASCII text without entities or quote pairs is unchanged."""
        assume("''" not in raw and "``" not in raw and "&" not in raw)
        norm = normalize(raw)
        assert norm.text == raw
        assert norm.edits == ()

    @given(raw=_TEXT | _DENSE)
    def test_idempotent_on_repeat(self, raw: str) -> None:
        """Normalizing twice never crashes and keeps a valid map."""
        once = normalize(raw)
        twice = normalize(once.text)
        check_map(twice)

    @pytest.mark.parametrize(
        "raw",
        [
            "&" * 20_000,
            "\u00e2" * 20_000,
            "&#" * 10_000,
            "\u00e2\u20ac" * 10_000,
            "''" * 10_000 + "'",
            "\u0101" * 20_000,
            " \u0101" * 10_000,
            "\r" * 20_000,
        ],
    )
    def test_long_runs(self, raw: str) -> None:
        """Long runs of trigger characters normalize with a valid map."""
        norm = normalize(raw)
        assert norm.to_raw_end(len(norm.text)) == len(raw)
        assert norm.raw_span(0, len(norm.text)).text == raw
