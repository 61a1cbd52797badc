"""Claims of nominal sources, relative labels and the round-2 cues.

Every sentence here is invented; each rule has positive cases and controls
that must not give a claim.
"""

from __future__ import annotations

import pytest

from tests.test_claims import GOMEZ, RUIZ, claims_of, only

from communique.model import QuoteKind


class TestNominalSources:
    """Polls, reports and records speak with no speaker; other unknown
    subjects give no claim (the actor stage has to know them first)."""

    @pytest.mark.parametrize(
        ("text", "cue", "content"),
        [
            (
                "A new poll shows Ana Ruiz leading by ten points.",
                "shows",
                "Ana Ruiz leading by ten points",
            ),
            (
                "Court filings say that the envoy left in May.",
                "say",
                "the envoy left in May",
            ),
            (
                "The audit found that the ministry had lost the files.",
                "found",
                "the ministry had lost the files",
            ),
            (
                "Prices rose in May, according to a survey of shop owners.",
                "according to",
                "Prices rose in May",
            ),
            (
                "According to early returns, Ana Ruiz won the vote.",
                "According to",
                "Ana Ruiz won the vote",
            ),
            (
                "The economy will grow next year, said the report.",
                "said",
                "The economy will grow next year",
            ),
        ],
    )
    def test_claim(self, text: str, cue: str, content: str) -> None:
        c = only(text)
        assert c.speaker is None
        assert c.cue is not None
        assert c.cue.text.strip() == cue
        assert c.content.text == content

    @pytest.mark.parametrize(
        "text",
        [
            # a subject that is no poll, no report and no actor
            "The company says it will build a plant in the north.",
            "The economy will grow, says an economist in Peru.",
            "The talks went well, according to a senior banker.",
            # "show" and "find" without a body of evidence
            "With each vote, the rebels show how weak they are.",
            "Police found the body in a river.",
            "The law was found illegal by the court.",
            "These developments suggest a deeper rift.",
            # "according to" as manner, "say" as "for example"
            "The troops acted according to the rules.",
            "Chile could pick another partner, say, a bank.",
            # nothing reported
            "Media reports said nothing about Peru.",
        ],
    )
    def test_not_claims(self, text: str) -> None:
        assert claims_of(text) == ()

    def test_poll_with_actor_keeps_its_speaker(self) -> None:
        """A poll run by an actor is that actor's claim."""
        c = only("A poll by the United Nations found that hunger had risen.")
        assert (c.speaker, c.content.text) == (
            "org:united-nations",
            "hunger had risen",
        )


class TestInvertedSubject:
    """A named subject after the verb; prepositions are no subject."""

    def test_said_name_in_place(self) -> None:
        c = only("Talks will resume, said Tomas Gomez in Lima.")
        assert (c.speaker, c.content.text) == (GOMEZ, "Talks will resume")


class TestRelativeLabel:
    """'what X called Y': the label is the content."""

    @pytest.mark.parametrize(
        ("text", "content", "quote"),
        [
            (
                (
                    'Lima hoped to shed what Ana Ruiz called "a perception '
                    'problem."'
                ),
                "a perception problem",
                QuoteKind.DIRECT,
            ),
            (
                "The plan, which Ana Ruiz had called a disaster, failed.",
                "a disaster",
                QuoteKind.INDIRECT,
            ),
            (
                'It is a treaty that Ana Ruiz once called "our best hope."',
                "our best hope",
                QuoteKind.DIRECT,
            ),
        ],
    )
    def test_claim(self, text: str, content: str, quote: QuoteKind) -> None:
        c = only(text)
        assert (c.speaker, c.content.text, c.quote) == (RUIZ, content, quote)
        assert c.cue is not None
        assert c.cue.text == "called"

    @pytest.mark.parametrize(
        "text",
        [
            "The man who Ana Ruiz called yesterday was late.",
            "The officials that Ana Ruiz called on Monday were late.",
        ],
    )
    def test_not_claims(self, text: str) -> None:
        assert claims_of(text) == ()


class TestRoundTwoCues:
    """'made it clear that', 'questioned whether', 'posted ... that',
    'expressed frustration'."""

    @pytest.mark.parametrize(
        ("text", "cue", "content"),
        [
            (
                "Ana Ruiz made it clear that Peru would not pay.",
                "made it clear",
                "Peru would not pay",
            ),
            (
                "Ana Ruiz questioned whether Chile would pay.",
                "questioned",
                "whether Chile would pay",
            ),
            (
                "Ana Ruiz posted on Twitter that the talks had failed.",
                "posted",
                "the talks had failed",
            ),
            (
                "Ana Ruiz expressed frustration with the pace of the talks.",
                "expressed frustration",
                "with the pace of the talks",
            ),
        ],
    )
    def test_claim(self, text: str, cue: str, content: str) -> None:
        c = only(text)
        assert c.speaker == RUIZ
        assert c.cue is not None
        assert c.cue.text == cue
        assert c.content.text == content

    @pytest.mark.parametrize(
        "text",
        [
            "Police questioned Ana Ruiz for hours.",
            "Ana Ruiz mentioned the plan in passing.",
            "Ana Ruiz made clear progress in the talks.",
            "Ana Ruiz posted a photo of the border.",
        ],
    )
    def test_not_claims(self, text: str) -> None:
        assert claims_of(text) == ()


class TestContractionsAndPossessiveLabels:
    """"He's said" is "he has said"; a quoted label after a possessive."""

    def test_contracted_subject(self) -> None:
        claims = claims_of(
            "Tomas Gomez said the talks went well. He's said the border "
            "would reopen."
        )
        assert [(c.speaker, c.content.text) for c in claims] == [
            (GOMEZ, "the talks went well"),
            (GOMEZ, "the border would reopen"),
        ]

    def test_possessive_quoted_label(self) -> None:
        c = only('Ana Ruiz called it their "crystal ball."')
        assert (c.speaker, c.cue and c.cue.text) == (RUIZ, "called")
        assert "crystal ball" in c.content.text

    def test_possessive_object_is_no_label(self) -> None:
        assert claims_of("Ana Ruiz called their mothers on Monday.") == ()


class TestInASource:
    """'In the latest poll, ...' opens a claim of the poll."""

    @pytest.mark.parametrize(
        ("text", "speaker", "content"),
        [
            (
                "In the latest poll, Ana Ruiz leads by ten points.",
                None,
                "Ana Ruiz leads by ten points",
            ),
            (
                "In a survey by the United Nations, hunger rose in Peru.",
                "org:united-nations",
                "hunger rose in Peru",
            ),
            (
                "In the poll, conducted in May, Ana Ruiz led by eight points.",
                None,
                "Ana Ruiz led by eight points",
            ),
        ],
    )
    def test_claim(self, text: str, speaker: str | None, content: str) -> None:
        c = only(text)
        assert (c.speaker, c.content.text) == (speaker, content)

    @pytest.mark.parametrize(
        "text",
        [
            "In Lima, prices rose by ten percent.",
            "In response to the report, Peru closed its border.",
            "In the capital, the survey teams were turned away.",
        ],
    )
    def test_not_claims(self, text: str) -> None:
        assert claims_of(text) == ()


class TestAsClause:
    """'As X put it, ...': the main clause is the content."""

    @pytest.mark.parametrize(
        "text",
        [
            "As Ana Ruiz put it, the plan is a disaster.",
            "As Ana Ruiz repeated, the plan is a disaster.",
        ],
    )
    def test_claim(self, text: str) -> None:
        c = only(text)
        assert (c.speaker, c.content.text) == (RUIZ, "the plan is a disaster")

    @pytest.mark.parametrize(
        "text",
        [
            "Ana Ruiz put it on the table.",
            "As Ana Ruiz repeated the test, the crowd cheered.",
        ],
    )
    def test_not_claims(self, text: str) -> None:
        assert claims_of(text) == ()
