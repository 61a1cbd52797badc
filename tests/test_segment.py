# SPDX-License-Identifier: MIT
"""Unit tests for stage 2, the sentence splitter (communique._segment)."""

from __future__ import annotations

import pytest

from communique._segment import segment
from communique._types import NormalizedText


def _split(text: str) -> list[str]:
    return [s.text for s in segment(NormalizedText.identity(text))]


def xfail(*values: object, reason: str) -> object:
    """A table row the splitter does not handle yet (strict xfail)."""
    return pytest.param(
        *values, marks=pytest.mark.xfail(strict=True, reason=reason)
    )


SPLITS = [
    # plain sentences
    ("He left. She stayed.", ["He left.", "She stayed."]),
    ("Did he leave? Yes! He did.", ["Did he leave?", "Yes!", "He did."]),
    ("Talks ended in 1985. Officials left.", ["Talks ended in 1985.", "Officials left."]),
    # abbreviations before a name
    ("Mr. Lee met Gen. Park. They talked.", ["Mr. Lee met Gen. Park.", "They talked."]),
    ("Lt. Col. Oliver North testified.", ["Lt. Col. Oliver North testified."]),
    ("Sen. John McCain and Gov. Sarah Palin spoke.", ["Sen. John McCain and Gov. Sarah Palin spoke."]),
    # initialisms: inside a sentence vs at its end
    ("The U.S. Navy sailed. It left.", ["The U.S. Navy sailed.", "It left."]),
    ("He met U.S. officials. They agreed.", ["He met U.S. officials.", "They agreed."]),
    ("Aid came from the U.S. The money arrived.", ["Aid came from the U.S.", "The money arrived."]),
    ("He flew to the U.N. Security Council.", ["He flew to the U.N. Security Council."]),
    xfail(
        "Aid came from the U.S. Congress approved it.",
        ["Aid came from the U.S.", "Congress approved it."],
        reason="an initialism followed by a capitalized non-opener is never a boundary",
    ),
    ("Troops came from the U.S. Diplomats said so.", ["Troops came from the U.S.", "Diplomats said so."]),
    ("Troops came from the U.S. Earlier, talks failed.", ["Troops came from the U.S.", "Earlier, talks failed."]),
    # initials in names
    ("President George W. Bush spoke. He left.", ["President George W. Bush spoke.", "He left."]),
    ("J. R. Smith said so.", ["J. R. Smith said so."]),
    # quotes
    ('"We will win," he said. "Never."', ['"We will win," he said.', '"Never."']),
    ('He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]),
    ('"We won," he said. "(Then) we left."', ['"We won," he said.', '"(Then) we left."']),
    # months and numbers
    ("It starts on Jan. 5. Talks follow.", ["It starts on Jan. 5.", "Talks follow."]),
    # decimal points
    (
        "Kenyan officials said 3.4 million people needed aid. They left.",
        ["Kenyan officials said 3.4 million people needed aid.", "They left."],
    ),
    ("Growth was 2.5 percent.3 cases followed.", ["Growth was 2.5 percent.", "3 cases followed."]),
    ("Talks ended in 1985.2 more followed.", ["Talks ended in 1985.2 more followed."]),
    (
        "Lavrov said no. Moscow said yes.",
        ["Lavrov said no.", "Moscow said yes."],
    ),
]


class TestSplit:
    """Sentence boundaries fall where a reader puts them."""

    @pytest.mark.parametrize(("text", "expected"), SPLITS)
    def test_split(self, text: str, expected: list[str]) -> None:
        """The text splits into exactly these sentences."""
        assert _split(text) == expected


class TestParagraphs:
    """Blank lines and indented lines start paragraphs."""

    def test_blank_line(self) -> None:
        """A blank line ends a sentence and starts a paragraph."""
        sents = segment(NormalizedText.identity("Headline here\n\nMoscow said no"))
        assert [s.text for s in sents] == ["Headline here", "Moscow said no"]
        assert [s.paragraph for s in sents] == [0, 1]

    def test_reuters_wrapped_lines(self) -> None:
        """Reuters-style lines wrap inside sentences; indents start
        paragraphs; a dateline is a segment of its own."""
        text = (
            "    MOSCOW, May 14 - The Soviet Union on Tuesday accused\n"
            "West Germany of helping Washington.\n"
            "    Genscher said after the meeting that\n"
            "he was pleased. He left.\n"
        )
        sents = segment(NormalizedText.identity(text))
        assert [" ".join(s.text.split()) for s in sents] == [
            "MOSCOW, May 14 -",
            "The Soviet Union on Tuesday accused West Germany of helping Washington.",
            "Genscher said after the meeting that he was pleased.",
            "He left.",
        ]
        assert sents[0].paragraph == sents[1].paragraph
        assert sents[1].paragraph < sents[2].paragraph == sents[3].paragraph


class TestOffsets:
    """Sentences carry offsets and indices into the normalized text."""

    def test_offsets(self) -> None:
        """``text[start:end]`` is the sentence, indices count from 0."""
        text = "  Mr. Lee met U.S. officials.  He left.  "
        sents = segment(NormalizedText.identity(text))
        for i, s in enumerate(sents):
            assert s.index == i
            assert text[s.start : s.end] == s.text

    def test_empty(self) -> None:
        """Empty or blank text gives no sentences."""
        assert segment(NormalizedText.identity("")) == ()
        assert segment(NormalizedText.identity(" \n\n ")) == ()


class TestLongSentences:
    """Pathologically long sentences are cut into bounded pieces."""

    def test_cap(self) -> None:
        """No sentence exceeds MAX_SENTENCE and the pieces cover the words."""
        from communique._segment import MAX_SENTENCE

        text = "word " * 3000
        sents = segment(NormalizedText.identity(text))
        assert len(sents) > 1
        assert all(s.end - s.start <= MAX_SENTENCE for s in sents)
        assert " ".join(s.text for s in sents).split() == text.split()

    def test_no_spaces(self) -> None:
        """A text without spaces is cut at the cap."""
        from communique._segment import MAX_SENTENCE

        text = "x" * (MAX_SENTENCE * 2 + 5)
        sents = segment(NormalizedText.identity(text))
        assert [s.end - s.start for s in sents] == [MAX_SENTENCE, MAX_SENTENCE, 5]
