# SPDX-License-Identifier: MIT
"""Tests for event coding: CAMEO codes and PLOVER categories."""

from __future__ import annotations

import json

from importlib import resources

import pytest
import regex

from tests.stages import (
    CAMEO_LABELS,
    PLOVER_CATEGORIES,
    code_claim,
    code_meeting,
    code_relationship,
    plover_of,
)

from communique._relations import KINDS
from communique.model import (
    Claim,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Polarity,
    Relationship,
    Span,
)


DATA = json.loads(
    resources.files("communique")
    .joinpath("lexicons/cameo.json")
    .read_text(encoding="utf-8")
)
CODE = regex.compile(r"\d{2,4}")


def claim(cue: str | None, content: str = "the talks went well") -> Claim:
    text = f"{content} {cue or ''}"
    return Claim(
        id="claim:1",
        speaker=None,
        content=Span(start=0, end=len(content), text=content),
        cue=None
        if cue is None
        else Span(start=len(content) + 1, end=len(text), text=cue),
    )


class TestTable:
    """The data file is consistent."""

    def test_every_label_key_is_a_code(self) -> None:
        assert CAMEO_LABELS
        for code, label in CAMEO_LABELS.items():
            assert CODE.fullmatch(code), code
            assert label.strip()

    @pytest.mark.parametrize("section", ["meetings", "relationships"])
    def test_every_mapped_code_has_a_label(self, section: str) -> None:
        for code in DATA[section].values():
            assert CODE.fullmatch(code)
            assert code in CAMEO_LABELS

    def test_claim_codes_have_labels(self) -> None:
        for entry in DATA["claims"]:
            assert entry["code"] in CAMEO_LABELS
            assert entry["cues"]

    def test_plover_values_are_allowed(self) -> None:
        assert len(PLOVER_CATEGORIES) == 16
        for code in CAMEO_LABELS:
            cat = plover_of(code)
            assert cat is None or cat in PLOVER_CATEGORIES

    def test_every_relationship_kind_is_coded(self) -> None:
        for kind in KINDS:
            r = Relationship(
                id="relationship:1",
                source="state:FRA",
                target="state:DEU",
                polarity=Polarity.HOSTILE,
                kind=kind,
            )
            assert code_relationship(r).cameo in CAMEO_LABELS


class TestPlover:
    """CAMEO codes map onto PLOVER categories."""

    @pytest.mark.parametrize(
        ("code", "plover"),
        [
            ("010", None),
            ("020", "REQUEST"),
            ("036", "AGREE"),
            ("042", "CONSULT"),
            ("051", "SUPPORT"),
            ("062", "COOPERATE"),
            ("070", "AID"),
            ("112", "ACCUSE"),
            ("120", "REJECT"),
            ("138", "THREATEN"),
            ("161", "SANCTION"),
            ("163", "COERCE"),
            ("190", "ASSAULT"),
            (None, None),
        ],
    )
    def test_plover_of(self, code: str | None, plover: str | None) -> None:
        assert plover_of(code) == plover


class TestMeetings:
    """Meetings get consult-family codes by kind and status."""

    @pytest.mark.parametrize(
        ("kind", "status", "topics", "code"),
        [
            (MeetingKind.VISIT, MeetingStatus.HELD, (), "042"),
            (MeetingKind.TALKS, MeetingStatus.HELD, (), "040"),
            (MeetingKind.SUMMIT, MeetingStatus.ONGOING, (), "040"),
            (MeetingKind.CALL, MeetingStatus.HELD, (), "041"),
            (MeetingKind.VISIT, MeetingStatus.PLANNED, (), "036"),
            (
                MeetingKind.TALKS,
                MeetingStatus.HELD,
                ("trade negotiations",),
                "046",
            ),
            (MeetingKind.MEETING, MeetingStatus.CANCELLED, (), None),
        ],
    )
    def test_code(
        self,
        kind: MeetingKind,
        status: MeetingStatus,
        topics: tuple[str, ...],
        code: str | None,
    ) -> None:
        m = Meeting(
            id="meeting:1",
            kind=kind,
            participants=("state:FRA",),
            status=status,
            topics=topics,
        )
        coded = code_meeting(m)
        assert coded.cameo == code
        assert coded.plover == plover_of(code)
        assert coded.participants == m.participants


class TestClaims:
    """Claims are coded from their cue, then their content."""

    @pytest.mark.parametrize(
        ("cue", "content", "code"),
        [
            ("said", "the talks went well", "010"),
            ("told reporters", "the plan is sound", "010"),
            (None, "the plan is sound", "010"),
            ("accused", "Peru of lying", "112"),
            ("condemned", "the attack", "111"),
            ("urged", "Chad to stop", "020"),
            ("called on", "Chad to stop", "020"),
            ("pledged", "more help", "030"),
            ("praised", "the deal", "051"),
            ("warned", "of consequences", "130"),
            ("threatened military action", "against the rebels", "138"),
            ("rejected", "the offer", "120"),
            ("denied", "any role", "016"),
            ("said", "he was deeply concerned about the fighting", "012"),
            ("said", "she was optimistic about a deal", "013"),
            ("expressed condolences", "to the families", "018"),
        ],
    )
    def test_code(self, cue: str | None, content: str, code: str) -> None:
        coded = code_claim(claim(cue, content), "")
        assert coded.cameo == code
        assert coded.plover == plover_of(code)


class TestRelationships:
    """Relationships are coded by kind and polarity."""

    @pytest.mark.parametrize(
        ("kind", "polarity", "code"),
        [
            ("war", Polarity.HOSTILE, "190"),
            ("sanctions", Polarity.HOSTILE, "163"),
            ("military_cooperation", Polarity.COOPERATIVE, "062"),
            ("trade", Polarity.COOPERATIVE, "061"),
            ("aid", Polarity.COOPERATIVE, "070"),
            ("agreement", Polarity.COOPERATIVE, "057"),
            ("diplomatic_ties", Polarity.HOSTILE, "161"),
            ("diplomatic_ties", Polarity.COOPERATIVE, "050"),
            ("relations", Polarity.COOPERATIVE, "050"),
            ("relations", Polarity.HOSTILE, "160"),
            ("relations", Polarity.MIXED, None),
            ("war", Polarity.MIXED, "190"),
            ("condemnation", Polarity.HOSTILE, "111"),
        ],
    )
    def test_code(
        self, kind: str, polarity: Polarity, code: str | None
    ) -> None:
        r = Relationship(
            id="relationship:1",
            source="state:FRA",
            target="state:DEU",
            polarity=polarity,
            kind=kind,
        )
        coded = code_relationship(r)
        assert (coded.cameo, coded.plover) == (code, plover_of(code))
        assert coded.source == r.source
