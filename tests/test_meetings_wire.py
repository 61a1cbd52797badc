# SPDX-License-Identifier: MIT
"""
Meetings in wire copy: hard-wrapped lines and the constructions of news
agency reports. The sentences are our own.
"""

from __future__ import annotations

import pytest

from tests.test_meetings import PUB, meetings, only

from communique.model import MeetingKind, MeetingStatus


def _wrapped(text: str) -> list[str]:
    """*text* with each of its spaces, one at a time, turned into a line
    break, as wire copy wraps its lines."""
    return [
        text[:i] + "\n" + text[i + 1 :] for i, c in enumerate(text) if c == " "
    ]


class TestLineBreaks:
    """A line break is whitespace like a space."""

    @pytest.mark.parametrize(
        "text",
        [
            "Nassar said that Foreign Minister Aldo Rinaldi, who has just "
            "returned from Beijing, told him the mood was tense.",
            "President Farid Nassar held talks in Rome with Chancellor "
            "Berta Vogel on Monday.",
            "Foreign Minister Aldo Rinaldi arrived in Beijing on Monday.",
        ],
    )
    def test_wrapped_same_as_flat(self, text: str) -> None:
        flat = [(m.kind, m.participants) for m in meetings(text, PUB)]
        assert flat
        for wrapped in _wrapped(text):
            found = [(m.kind, m.participants) for m in meetings(wrapped, PUB)]
            assert found == flat, wrapped

    def test_who_returned(self) -> None:
        m = only(
            "Nassar said that Foreign Minister Aldo Rinaldi,\nwho has just "
            "returned from\nBeijing, told him the mood was tense.",
            PUB,
        )
        assert m.kind is MeetingKind.VISIT
        assert m.participants == ("person:aldo", "state:CHN")
        assert m.status is MeetingStatus.HELD

    def test_control_not_a_place(self) -> None:
        """A motion verb followed by no place is no visit, wrapped or not."""
        assert not meetings(
            "Foreign Minister Aldo Rinaldi, who has just returned from\n"
            "holiday, said the mood was tense.",
            PUB,
        )
