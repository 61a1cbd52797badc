# SPDX-License-Identifier: MIT
"""Tests for stage 5b: claims (``communique._claims``)."""

from __future__ import annotations

import bisect
import itertools
import json

from pathlib import Path

import pytest
import regex

from tests.stages import claim_lexicon as _lexicon
from tests.stages import find_claims

import communique

from communique._claims._quotes import _pair_quotes
from communique._segment import segment
from communique._types import Document, NormalizedText, ResolvedMention
from communique.model import ActorKind, Claim, QuoteKind


DEV = Path(__file__).parents[1] / ".." / "shared" / "corpus" / "dev"

KINDS = {
    "person": ActorKind.PERSON,
    "state": ActorKind.STATE,
    "org": ActorKind.ORGANIZATION,
    "group": ActorKind.GROUP,
}

# Actors the example sentences below mention: surface -> (id, form).
ACTORS: dict[str, tuple[str, str]] = {
    "Foreign Minister Ana Ruiz": ("person:ana-ruiz", "name"),
    "Ana Ruiz": ("person:ana-ruiz", "name"),
    "Ruiz": ("person:ana-ruiz", "surname"),
    "Tomas Gomez": ("person:tomas-gomez", "name"),
    "Gomez": ("person:tomas-gomez", "surname"),
    "she": ("person:ana-ruiz", "pronoun"),
    "She": ("person:ana-ruiz", "pronoun"),
    "Peru": ("state:PER", "name"),
    "Chile": ("state:CHL", "name"),
    "the United Nations": ("org:united-nations", "name"),
    "The Lima Herald": ("org:lima-herald", "name"),
    "the Andes Agency": ("org:andes-agency", "name"),
    "diplomats familiar with the talks": ("group:diplomats", "group"),
    "Analysts": ("group:analysts", "group"),
    "an observer": ("group:observer", "group"),
}

RUIZ = "person:ana-ruiz"
GOMEZ = "person:tomas-gomez"


def _kind(actor: str) -> ActorKind:
    return KINDS[actor.split(":", 1)[0]]


def make_doc(text: str) -> Document:
    """A document over *text* whose mentions are the ACTORS it contains."""
    norm = NormalizedText.identity(text)
    sentences = segment(norm)
    starts = [s.start for s in sentences]
    spans: list[tuple[int, int, str, str]] = []
    for surface in sorted(ACTORS, key=len, reverse=True):
        actor, form = ACTORS[surface]
        pattern = rf"(?<!\w){regex.escape(surface)}(?!\w)"
        for m in regex.finditer(pattern, text):
            if any(m.start() < e and s < m.end() for s, e, _, _ in spans):
                continue
            spans.append((m.start(), m.end(), actor, form))
    spans.sort()
    mentions = tuple(
        ResolvedMention(
            start=s,
            end=e,
            text=text[s:e],
            actor=actor,
            kind=_kind(actor),
            form=form,
            sentence=max(0, bisect.bisect_right(starts, s) - 1),
        )
        for s, e, actor, form in spans
    )
    return Document(
        norm=norm, sentences=sentences, mentions=mentions, actors={}
    )


def claims_of(text: str) -> tuple[Claim, ...]:
    """Claims of *text*, checked for well-formed, disjoint spans."""
    claims = find_claims(make_doc(text))
    for a, b in itertools.pairwise(claims):
        assert a.content.end <= b.content.start, (a, b)
    for i, c in enumerate(claims, 1):
        assert c.id == f"claim:{i}"
        assert text[c.content.start : c.content.end] == c.content.text
    return claims


def only(text: str) -> Claim:
    claims = claims_of(text)
    assert len(claims) == 1, [c.content.text for c in claims]
    return claims[0]


class TestIndirectSpeech:
    """Reported speech gives the subject as speaker and the clause as content."""

    @pytest.mark.parametrize(
        ("text", "speaker", "content", "cue"),
        [
            # say / tell, with adjuncts and "that"
            (
                (
                    "Foreign Minister Ana Ruiz said on Tuesday that the border"
                    " would reopen next month."
                ),
                RUIZ,
                "the border would reopen next month",
                "said",
            ),
            (
                "Ruiz told reporters the talks had been productive.",
                RUIZ,
                "the talks had been productive",
                "told",
            ),
            (
                "Ruiz told the cabinet that the deal was off.",
                RUIZ,
                "the deal was off",
                "told",
            ),
            (
                (
                    "Ruiz said at a news conference in Lima that prices would"
                    " fall."
                ),
                RUIZ,
                "prices would fall",
                "said",
            ),
            # other reporting verbs
            (
                "Ruiz warned that any incursion would be met with force.",
                RUIZ,
                "any incursion would be met with force",
                "warned",
            ),
            (
                "Ruiz denied that troops had crossed the river.",
                RUIZ,
                "troops had crossed the river",
                "denied",
            ),
            (
                "Ruiz accused Chile of massing troops on the frontier.",
                RUIZ,
                "Chile of massing troops on the frontier",
                "accused",
            ),
            (
                "Peru condemned the shelling of the port.",
                "state:PER",
                "the shelling of the port",
                "condemned",
            ),
            (
                "Ruiz announced a new aid package for the flooded north.",
                RUIZ,
                "a new aid package for the flooded north",
                "announced",
            ),
            # appeals and promises
            (
                "Ruiz urged Chile to withdraw its forces.",
                RUIZ,
                "Chile to withdraw its forces",
                "urged",
            ),
            (
                "Ruiz called on the United Nations to send observers.",
                RUIZ,
                "the United Nations to send observers",
                "called on",
            ),
            (
                "Ruiz pledged to double aid to the region.",
                RUIZ,
                "to double aid to the region",
                "pledged",
            ),
            # subjects with parentheticals and appositions
            (
                (
                    "Ruiz, speaking at a news conference with Gomez, said the"
                    " deal was fair."
                ),
                RUIZ,
                "the deal was fair",
                "said",
            ),
            (
                "Ana Ruiz, a government spokeswoman, said the deal was fair.",
                RUIZ,
                "the deal was fair",
                "said",
            ),
            (
                "Ruiz, 54, said the deal was fair.",
                RUIZ,
                "the deal was fair",
                "said",
            ),
            (
                "After meeting Gomez in Lima, Ruiz said the deal was fair.",
                RUIZ,
                "the deal was fair",
                "said",
            ),
            (
                "She also said the vote had been postponed.",
                RUIZ,
                "the vote had been postponed",
                "said",
            ),
        ],
    )
    def test_forward(
        self, text: str, speaker: str, content: str, cue: str
    ) -> None:
        """The content follows the cue; the speaker is its subject."""
        c = only(text)
        assert c.speaker == speaker
        assert c.content.text == content
        assert c.cue is not None
        assert c.cue.text == cue
        assert c.quote is QuoteKind.INDIRECT
        assert c.via is None

    @pytest.mark.parametrize(
        ("text", "speaker", "content"),
        [
            (
                "The border will reopen next month, Ruiz said.",
                RUIZ,
                "The border will reopen next month",
            ),
            (
                "The border will reopen next month, said Ruiz.",
                RUIZ,
                "The border will reopen next month",
            ),
            (
                (
                    "But the talks will resume in March, Ruiz told reporters on"
                    " Friday."
                ),
                RUIZ,
                "the talks will resume in March",
            ),
        ],
    )
    def test_inverted(self, text: str, speaker: str, content: str) -> None:
        """A cue with nothing after it reports the words before it."""
        c = only(text)
        assert (c.speaker, c.content.text) == (speaker, content)

    def test_speaker_is_the_subject_not_the_object(self) -> None:
        """An addressee is not the speaker."""
        c = only("Gomez assured Ruiz that the loan would be repaid.")
        assert c.speaker == GOMEZ
        assert c.content.text == "the loan would be repaid"

    def test_relative_clause_subject(self) -> None:
        """'X, who has called for ...' is a claim by X."""
        c = only(
            "Gomez, who has called for new elections, arrived in Lima on"
            " Monday."
        )
        assert c.speaker == GOMEZ
        assert c.content.text == "new elections"

    def test_actor_inside_a_phrase_is_not_the_speaker(self) -> None:
        """'Visits by X suggest ...' has no attributable speaker."""
        assert (
            claims_of(
                "Repeated visits by Gomez suggest that ties are warming."
            )
            == ()
        )


class TestSplitting:
    """Coordinated and participial cues make separate, disjoint claims."""

    def test_contrastive_while(self) -> None:
        """'X said A, while Y warned B' is two claims with two speakers."""
        a, b = claims_of(
            "Ruiz said the talks went well, while Gomez warned that the"
            " dispute remained."
        )
        assert (a.speaker, a.content.text) == (RUIZ, "the talks went well")
        assert (b.speaker, b.content.text) == (GOMEZ, "the dispute remained")

    def test_temporal_while(self) -> None:
        """A temporal 'while' clause does not open a claim of its own."""
        (a,) = claims_of("Ruiz said the deal was near while Gomez listened.")
        assert a.speaker == RUIZ

    def test_condemned_saying(self) -> None:
        """'X condemned Y, saying Z' is two claims by X."""
        a, b = claims_of(
            "Peru condemned the shelling, saying it violated the ceasefire."
        )
        assert (a.speaker, a.content.text) == ("state:PER", "the shelling")
        assert (b.speaker, b.content.text) == (
            "state:PER",
            "it violated the ceasefire",
        )

    def test_said_adding_that(self) -> None:
        """'said A, adding that B' is two claims by the same speaker."""
        a, b = claims_of(
            "Ruiz said the talks were useful, adding that a deal was close."
        )
        assert a.content.text == "the talks were useful"
        assert b.content.text == "a deal was close"
        assert a.speaker == b.speaker == RUIZ

    def test_and_added(self) -> None:
        """A second verb joined by 'and' keeps the subject."""
        a, b = claims_of(
            "Ruiz praised the mediators and added that more talks were"
            " planned."
        )
        assert a.content.text == "the mediators"
        assert b.content.text == "more talks were planned"
        assert b.speaker == RUIZ

    def test_but_indicated(self) -> None:
        """', but indicated that' starts a new claim."""
        a, b = claims_of(
            "Gomez said the inquiry had begun, but indicated that it"
            " would take months."
        )
        assert a.content.text == "the inquiry had begun"
        assert (b.speaker, b.content.text) == (GOMEZ, "it would take months")

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            # a participle after a noun-phrase content is not part of it
            (
                "Peru condemned the shelling, calling it a crime.",
                "the shelling",
            ),
            ("Chile urged calm, citing the risk of riots.", "calm"),
            (
                "Peru praised the mediators, describing them as brave.",
                "the mediators",
            ),
            # "including" and "during" continue the noun phrase
            (
                "Peru condemned the shelling, including strikes on schools.",
                "the shelling, including strikes on schools",
            ),
        ],
    )
    def test_participle_ends_a_noun_phrase(
        self, text: str, content: str
    ) -> None:
        """'condemned Y, calling it Z' keeps Y as the condemnation."""
        assert claims_of(text)[0].content.text == content

    def test_verb_inside_content_is_not_a_cue(self) -> None:
        """A reporting verb inside reported content adds no claim."""
        c = only("Ruiz said the envoy had not admitted any role in the raid.")
        assert (
            c.content.text == "the envoy had not admitted any role in the raid"
        )

    def test_adjunct_after_the_content_is_cut(self) -> None:
        """A final ', as part of ...' phrase is not part of the content."""
        c = only(
            "Ruiz indicated that the issue had been raised, as part of"
            " wider talks on trade."
        )
        assert c.content.text == "the issue had been raised"


class TestAttributionTails:
    """A second attribution after a claim ends that claim's content."""

    @pytest.mark.parametrize(
        ("text", "speaker", "content"),
        [
            # subject + verb, speaker unknown to the mention stage
            (
                (
                    "Ruiz on Tuesday rejected a call by Chile for new talks,"
                    " her office said in a statement."
                ),
                RUIZ,
                "a call by Chile for new talks",
            ),
            (
                "Peru rejected the proposal, a senior diplomat told the agency.",
                "state:PER",
                "the proposal",
            ),
            # a participle after the attribution
            (
                "Peru condemned the vote, Gomez said, citing fraud reports.",
                "state:PER",
                "the vote",
            ),
            # inverted: verb before its subject
            (
                "Peru rejected the proposal, said a statement from her office.",
                "state:PER",
                "the proposal",
            ),
            (
                "Peru rejected the proposal, said Tomas Gomez, a senior aide.",
                "state:PER",
                "the proposal",
            ),
        ],
    )
    def test_tail_is_cut(self, text: str, speaker: str, content: str) -> None:
        """The first claim keeps its speaker and stops at the comma."""
        c = only(text)
        assert (c.speaker, c.content.text) == (speaker, content)

    def test_tail_then_adding(self) -> None:
        """', the ministry said ..., adding that' gives a second claim."""
        a, b = claims_of(
            "Ruiz rejected the offer, the ministry said in a statement,"
            " adding that the border would stay shut."
        )
        assert (a.speaker, a.content.text) == (RUIZ, "the offer")
        assert b.content.text == "the border would stay shut"

    def test_inverted_name_with_apposition(self) -> None:
        """', said Tomas Gomez, an aide.' reports the words before it."""
        c = only("The talks collapsed, said Tomas Gomez, an aide.")
        assert (c.speaker, c.content.text) == (GOMEZ, "The talks collapsed")


class TestAsides:
    """A cue set off by commas inside its content reports both parts."""

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            # subject before the aside, predicate after it
            (
                "The plan, Ruiz said, would cut costs for both countries.",
                "The plan, Ruiz said, would cut costs for both countries",
            ),
            (
                "But the new tariffs, Ruiz told reporters, violated the accord.",
                "the new tariffs, Ruiz told reporters, violated the accord",
            ),
            (
                "The blockade, Ruiz said on Monday, remains in force.",
                "The blockade, Ruiz said on Monday, remains in force",
            ),
            # a fronted adjunct or clause is not the content's subject
            (
                "In a statement, Ruiz said, the talks would continue.",
                "the talks would continue",
            ),
            (
                "If the talks fail, Ruiz said, the border would close.",
                "the border would close",
            ),
        ],
    )
    def test_aside(self, text: str, content: str) -> None:
        """The content spans the words on both sides of the aside."""
        c = only(text)
        assert (c.speaker, c.content.text) == (RUIZ, content)
        assert c.cue is not None
        assert c.cue.text in ("said", "told")

    def test_aside_after_a_claim_is_an_attribution(self) -> None:
        """'X rejected Y, Z said, calling it ...': the aside only
        attributes; X's claim ends before it, and the label is X's too."""
        claims = claims_of(
            "Peru rejected the plan, Ruiz said, calling it a provocation."
        )
        assert [(c.speaker, c.content.text) for c in claims] == [
            ("state:PER", "the plan"),
            ("state:PER", "it a provocation"),
        ]


class TestNotClaims:
    """Words that look like cues but report nothing give no claim."""

    @pytest.mark.parametrize(
        "text",
        [
            "Peru refused to talk, viewing itself instead as the injured side.",
            "Chile regards itself as a neutral party.",
            "Peru sees itself as a bridge between the two blocs.",
        ],
    )
    def test_reflexive_view(self, text: str) -> None:
        """How an actor sees itself is the writer's description."""
        assert claims_of(text) == ()

    def test_view_of_another_is_a_claim(self) -> None:
        """'described the vote as a sham' stays a claim."""
        c = only("Ruiz described the vote as a sham.")
        assert c.content.text == "the vote as a sham"


class TestCueScanner:
    """The cue scanner finds whole lower-case words, as the lexicon lists."""

    @pytest.mark.parametrize(
        ("text", "found"),
        [
            # punctuation around a word does not hide it
            ('"said," (said) said.', ["said", "said", "said"]),
            ("he said's", ["said"]),
            # hyphens, digits, underscores and capitals join words
            ("re-said said-so said2 said_x Said", []),
            # several-word forms allow runs of spaces and line breaks
            ("they called\n  on him", ["called on"]),
            ("they pointed at him", []),
            # a longer form wins; words inside it are not cues again
            ("she pointed out that", ["pointed out"]),
        ],
    )
    def test_scan(self, text: str, found: list[str]) -> None:
        """scan() gives the forms in text order with exact offsets."""
        got = _lexicon().cues.scan(text, 0, len(text))
        assert [f for _, _, f in got] == found
        for s, e, f in got:
            assert " ".join(text[s:e].split()) == f

    def test_index_matches_scan(self) -> None:
        """An index built once per text gives what a bounded scan gives."""
        cues = _lexicon().cues
        text = "Ruiz said that. Gomez added, and denied it. Chile warned them."
        spans = [(0, 15), (16, 43), (44, len(text))]
        found = cues.index(text, spans)
        starts = [w[0] for w in found]
        for a, b in spans:
            assert cues.scan(text, a, b, found, starts) == cues.scan(
                text, a, b
            )
        assert [w for _, w in found] == ["said", "added", "denied", "warned"]

    def test_long_text_finds_every_claim(self) -> None:
        """Every sentence of a long document is read (speed: benchmarks/)."""
        text = "Ruiz said the border was shut. Peru denied the report. " * 3000
        claims = find_claims(make_doc(text))
        assert len(claims) == 6000


class TestHedges:
    """hedged marks uncertainty, not futures or conditions."""

    @pytest.mark.parametrize(
        ("text", "hedged"),
        [
            # hedged by the verb
            ("Ruiz believes the ceasefire will hold.", True),
            ("Ruiz claimed the rebels had fled.", True),
            (
                "Analysts interpret the move as a warning to Chile.",
                True,
            ),
            # hedged in the content or before the cue
            ("Ruiz said the rebels may have retreated.", True),
            ("Ruiz said a deal is likely to be signed soon.", True),
            ("Ruiz reportedly told aides that the deal was off.", True),
            # not hedged: futures, promises, conditionals
            ("Ruiz said Peru would send more aid.", False),
            ("Ruiz pledged to send more aid.", False),
            ("Ruiz said that if the rebels attack, Peru will respond.", False),
            ("Ruiz said the rebels had retreated.", False),
        ],
    )
    def test_hedged(self, text: str, hedged: bool) -> None:
        """The flag follows the hedge words of the claim."""
        assert only(text).hedged is hedged

    def test_hedge_of_a_later_claim_stays_there(self) -> None:
        """A hedge cut off with the next claim does not hedge this one."""
        first, second = claims_of(
            "Ruiz said the envoy had been summoned and warned that further"
            " steps could follow."
        )
        assert first.content.text == "the envoy had been summoned"
        assert not first.hedged
        assert second.hedged

    def test_hedge_lexicon_loads(self) -> None:
        """The lexicons compile and a cue maps to its verb group."""
        lex = _lexicon()
        assert lex.groups["said"].name == "say"
        assert lex.groups["believes"].hedged
        text = "they called  on him"
        assert lex.cues.scan(text, 0, len(text)) == [(5, 15, "called on")]


class TestDirectQuotes:
    """Quoted words with a cue are direct claims without the quote marks."""

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            ('"We will not back down," Ruiz said.', "We will not back down"),
            ('"We will not back down," said Ruiz.', "We will not back down"),
            (
                'Ruiz said: "The border stays closed."',
                "The border stays closed",
            ),
            (
                'Ruiz said, "The border stays closed to trucks."',
                "The border stays closed to trucks",
            ),
            (
                (
                    '"The talks went well. The deal is near," Ruiz told'
                    " reporters."
                ),
                "The talks went well. The deal is near",
            ),
            ('"We are ready," she said.', "We are ready"),
        ],
    )
    def test_attributed(self, text: str, content: str) -> None:
        """The cue before or after the quotation gives the speaker."""
        c = only(text)
        assert c.quote is QuoteKind.DIRECT
        assert c.speaker == RUIZ
        assert c.content.text == content

    def test_next_quote_keeps_the_speaker(self) -> None:
        """A following quotation with no cue is the same speaker's."""
        a, b = claims_of('"We are ready," Ruiz said. "The army is in place."')
        assert b.content.text == "The army is in place"
        assert b.speaker == a.speaker == RUIZ
        assert b.cue is None

    def test_quote_in_the_next_paragraph_keeps_the_speaker(self) -> None:
        """A paragraph that is only a quotation continues the last speaker."""
        _, b = claims_of(
            'Ruiz said the army was ready.\n\n"Nobody wants a war here."'
        )
        assert (b.speaker, b.quote) == (RUIZ, QuoteKind.DIRECT)

    def test_paragraph_continuation(self) -> None:
        """An unclosed quotation continues in the next paragraph's quote."""
        text = (
            'Gomez spoke first. "The border will stay open for trade.\n\n'
            '"Aid convoys will also be allowed through," Gomez said.'
        )
        a, b = claims_of(text)
        assert a.content.text == "The border will stay open for trade"
        assert b.content.text == "Aid convoys will also be allowed through"
        assert a.speaker == b.speaker == GOMEZ

    def test_unattributed_quote(self) -> None:
        """A quotation no one is given for has no speaker."""
        c = only('"Peace is within reach at last."\n\nThe summit opened.')
        assert (c.speaker, c.quote) == (None, QuoteKind.DIRECT)

    def test_quote_inside_quote(self) -> None:
        """Single quotes inside a quotation stay in its content."""
        c = only("\"He told me 'we will win' and I believed him,\" Ruiz said.")
        assert c.content.text == "He told me 'we will win' and I believed him"
        assert c.speaker == RUIZ

    def test_quoted_phrase_in_reported_speech(self) -> None:
        """Quoted words inside reported speech belong to that claim."""
        c = only('Ruiz said the plan was "dead on arrival" and would fail.')
        assert c.quote is QuoteKind.INDIRECT
        assert (
            c.content.text == 'the plan was "dead on arrival" and would fail'
        )

    def test_quote_continuing_past_the_sentence(self) -> None:
        """Reported speech runs on to the end of a quotation it opens."""
        c = only(
            'Gomez said Peru still needs "clear proof of change. So far'
            ' there is none."'
        )
        assert c.content.text.endswith("So far there is none")

    @pytest.mark.parametrize(
        "text",
        [
            'The so-called "peace tax" was repealed on Monday.',
            'He called it a "myth" and left.',
            "The minister is expected to arrive on Monday.",
            "Talks are said to be stalled.",
            "It is understood that the talks will resume.",
            "The two sides plan to announce a deal.",
        ],
    )
    def test_not_claims(self, text: str) -> None:
        """Scare quotes, passives and infinitives make no claim."""
        assert claims_of(text) == ()


class TestSourcing:
    """Sourcing chains give the source as speaker and the reporter as via."""

    @pytest.mark.parametrize(
        ("text", "speaker", "via", "content"),
        [
            (
                (
                    "The Lima Herald cited diplomats familiar with the talks as"
                    " saying that a deal was near."
                ),
                "group:diplomats",
                "org:lima-herald",
                "a deal was near",
            ),
            (
                (
                    "Ruiz was quoted by the Andes Agency as saying the border"
                    " would reopen."
                ),
                RUIZ,
                "org:andes-agency",
                "the border would reopen",
            ),
            (
                (
                    "Ruiz was quoted as saying by the Andes Agency that the"
                    " border would reopen."
                ),
                RUIZ,
                "org:andes-agency",
                "the border would reopen",
            ),
            (
                (
                    "The border will reopen, Ruiz said, according to the Andes"
                    " Agency."
                ),
                RUIZ,
                "org:andes-agency",
                "The border will reopen",
            ),
            (
                (
                    "According to the Andes Agency, the border will reopen on"
                    " Friday."
                ),
                "org:andes-agency",
                None,
                "the border will reopen on Friday",
            ),
        ],
    )
    def test_chain(
        self, text: str, speaker: str, via: str | None, content: str
    ) -> None:
        """Speaker, reporter and content of a sourced claim."""
        c = only(text)
        assert (c.speaker, c.via, c.content.text) == (speaker, via, content)

    def test_quoted_as_saying_after_a_quote(self) -> None:
        """'"...," the agency quoted X as saying' is X's direct claim."""
        c = only(
            '"The border will reopen," the Andes Agency quoted Ruiz as saying.'
        )
        assert (c.speaker, c.via) == (RUIZ, "org:andes-agency")
        assert c.quote is QuoteKind.DIRECT


class TestQuotePairing:
    """Quotation marks pair per paragraph in linear time."""

    def test_pairs(self) -> None:
        """Closed pairs, and an open quote continued by the next paragraph."""
        text = 'A "b c" d.\n\n"e f\n\n"g h" i.'
        norm = NormalizedText.identity(text)
        quotes = _pair_quotes(text, segment(norm))
        assert [(text[q.start : q.end], q.closed) for q in quotes] == [
            ("b c", True),
            ("e f", False),
            ("g h", True),
        ]

    def test_stray_quote_is_dropped(self) -> None:
        """An unclosed quote not continued by the next paragraph is ignored."""
        text = 'A 7" gun fired.\n\nRuiz said the port was shelled.'
        c = only(text)
        assert c.content.text == "the port was shelled"

    def test_many_unclosed_quotes(self) -> None:
        """Thousands of unclosed quotes each give their own claim."""
        text = 'Ruiz said "the talks may go on and on\n\n' * 2000
        claims = find_claims(make_doc(text))
        assert len(claims) == 2000
        text = '"one two three four\n\n' * 2000
        claims = find_claims(make_doc(text))
        assert all(c.quote is QuoteKind.DIRECT for c in claims)


class TestPipeline:
    """find_claims runs inside communique.parse on real articles."""

    def test_public_spans_point_into_the_raw_text(self) -> None:
        """Content spans index the caller's original string."""
        raw = "\u201cWe are ready,\u201d Ana Ruiz said."
        art = communique.parse(raw)
        for c in art.claims:
            assert raw[c.content.start : c.content.end] == c.content.text
        assert any(c.content.text == "We are ready" for c in art.claims)

    @pytest.mark.skipif(not DEV.is_dir(), reason="dev corpus missing")
    def test_dev_corpus_spans_are_disjoint(self) -> None:
        """Every dev article parses to disjoint, well-formed claims."""
        for gold in sorted(DEV.glob("*.gold.json")):
            meta = json.loads(gold.read_text(encoding="utf-8"))
            text = (DEV / meta["article"]).read_text(encoding="utf-8")
            art = communique.parse(text)
            claims = art.claims
            assert claims, gold.name
            for a, b in itertools.pairwise(claims):
                assert a.content.end <= b.content.start
            for c in claims:
                assert text[c.content.start : c.content.end] == c.content.text


class TestExpressedAttitudes:
    """"expressed concern over X" is a claim whose content is X."""

    @pytest.mark.parametrize(
        ("text", "content", "cue"),
        [
            (
                "Ruiz expressed concern over the arrests of opposition leaders.",
                "the arrests of opposition leaders",
                "expressed concern over",
            ),
            (
                "Ruiz expressed deep concern that the fighting could spread.",
                "the fighting could spread",
                "expressed deep concern",
            ),
            (
                "Ruiz voiced support for the peace plan on Tuesday.",
                "the peace plan on Tuesday",
                "voiced support for",
            ),
            (
                "Ruiz expressed satisfaction with the outcome of the talks.",
                "the outcome of the talks",
                "expressed satisfaction with",
            ),
        ],
    )
    def test_expressed(self, text: str, content: str, cue: str) -> None:
        claim = only(text)
        assert claim.speaker == RUIZ
        assert claim.content.text == content
        assert claim.cue is not None
        assert claim.cue.text == cue


class TestAppositionSubject:
    """A title, then the name in commas, then the cue: the name speaks."""

    @pytest.mark.parametrize(
        "text",
        [
            "Peru's envoy, Ana Ruiz, said the border would reopen.",
            "The minister, Ana Ruiz, told reporters the border would reopen.",
        ],
    )
    def test_name_in_commas_speaks(self, text: str) -> None:
        art = communique.parse(text)
        (claim,) = art.claims
        assert claim.speaker is not None
        assert art.actor(claim.speaker).name == "Ana Ruiz"
        assert claim.content.text == "the border would reopen"


class TestNewCues:
    """Reporting verbs beyond "say" and the senses that are no reports."""

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            # verbs that need "that", a colon or a quotation
            (
                "Ana Ruiz countered that the tariffs were legal.",
                "the tariffs were legal",
            ),
            (
                "Ana Ruiz repeated that Peru would not pay.",
                "Peru would not pay",
            ),
            (
                "Chile objected that the border plan ignored the treaty.",
                "the border plan ignored the treaty",
            ),
            (
                "Ana Ruiz maintained that the vote was fair.",
                "the vote was fair",
            ),
            # agreement and apology
            (
                "Peru agreed that the observers could return.",
                "the observers could return",
            ),
            ("Chile apologized for the incident.", "for the incident"),
            # pressing someone to act
            (
                "Peru pressed Chile to reopen the border.",
                "Chile to reopen the border",
            ),
            (
                "Ana Ruiz called on Chile to reopen the border.",
                "Chile to reopen the border",
            ),
            # present tense
            (
                "The Lima Herald reports the ceasefire has collapsed.",
                "the ceasefire has collapsed",
            ),
            # an addressee with a courtesy title
            (
                "Ana Ruiz told Mr. Gomez that Peru would help.",
                "Peru would help",
            ),
        ],
    )
    def test_cue(self, text: str, content: str) -> None:
        """Each cue gives one claim with this content."""
        assert only(text).content.text == content

    @pytest.mark.parametrize(
        "text",
        [
            # negated reporting verbs report nothing
            "Peru did not say whether the envoy would return to Lima.",
            "Ana Ruiz never said the vote was rigged.",
            "Chile has not confirmed that the envoy left.",
            # a visit, not an appeal
            "Ana Ruiz called on Tomas Gomez at his office in Lima.",
            # a verb that reports only before "that"
            "Peru will maintain control of the border.",
            "Chile repeated the exercise in May.",
            # plural nouns, not verbs
            "Media reports said nothing about Peru.",
            "Peru cited reports of a rift between the two parties.",
        ],
    )
    def test_not_claims(self, text: str) -> None:
        """No claim comes from these sentences."""
        assert claims_of(text) == ()


class TestConjoinedContents:
    """'said A and that B' reports two things."""

    def test_and_that(self) -> None:
        """The content splits at 'and that'."""
        claims = claims_of(
            "Ana Ruiz said the border was closed and that trade would "
            "resume in May."
        )
        assert [c.content.text for c in claims] == [
            "the border was closed",
            "trade would resume in May",
        ]
        assert {c.speaker for c in claims} == {RUIZ}

    @pytest.mark.parametrize(
        "text",
        [
            # "that" as a pronoun
            "Ana Ruiz said Peru wanted peace and that was why it signed.",
            # "and that" inside a clause of the content
            ("Ana Ruiz said she had proof that prices rose and that Chile "
            "knew it."),
        ],
    )
    def test_one_claim(self, text: str) -> None:
        """Here the content stays whole."""
        assert len(claims_of(text)) == 1


class TestResumedQuotes:
    """A quotation split around its cue is reported in both parts."""

    @pytest.mark.parametrize(
        "text",
        [
            ('"We are ready to talk," Ana Ruiz said, "but not under '
            'pressure."'),
            ('"We are ready to talk," said Ana Ruiz, "but not under '
            'pressure."'),
        ],
    )
    def test_second_part(self, text: str) -> None:
        """Both parts are claims of the speaker."""
        claims = claims_of(text)
        assert [c.content.text for c in claims] == [
            "We are ready to talk",
            "but not under pressure",
        ]
        assert {c.speaker for c in claims} == {RUIZ}

    def test_quoted_phrase_later(self) -> None:
        """A quoted phrase further on in a reported clause is no new claim."""
        claims = claims_of(
            '"We are ready," Ana Ruiz said, adding that the "old policy" '
            "must end."
        )
        assert [c.content.text for c in claims] == [
            "We are ready",
            'the "old policy" must end',
        ]


class TestDocumentsAndSources:
    """Statements, tweets and headlines name their speakers."""

    def test_statement_said(self) -> None:
        """'The statement said' goes on with the speaker before."""
        claims = claims_of(
            "Peru said in a statement that the drills were defensive. "
            "The statement said the ships would leave."
        )
        assert [c.speaker for c in claims] == ["state:PER", "state:PER"]

    def test_statement_alone(self) -> None:
        """With no speaker before, 'the statement said' gives nothing."""
        assert claims_of("The statement said the ships would leave.") == ()

    def test_according_to_a_tweet_by(self) -> None:
        """The person behind the tweet is the speaker."""
        c = only(
            "The deal is dead, according to a tweet by Foreign Minister "
            "Ana Ruiz."
        )
        assert (c.speaker, c.content.text) == (RUIZ, "The deal is dead")

    def test_according_to_far_away(self) -> None:
        """An actor further on in a longer phrase is no source: the
        figures are, and they are no actor."""
        c = only(
            "Prices fell, according to figures that were published by Peru."
        )
        assert (c.speaker, c.content.text) == (None, "Prices fell")

    def test_headline(self) -> None:
        """'Name: Words' opening a text is a claim of the name."""
        c = only("Ana Ruiz: Peru Will Not Pay. She spoke in Lima.")
        assert (c.speaker, c.content.text) == (RUIZ, "Peru Will Not Pay")

    @pytest.mark.parametrize(
        "text",
        [
            "Peru: a short history of the republic.",
            "The Lima Herald: a short history of the paper.",
            "Note: Peru Will Not Pay.",
        ],
    )
    def test_not_headline_claims(self, text: str) -> None:
        """A state, a lower-case title or no actor before the colon."""
        assert claims_of(text) == ()


class TestUnnamedSpeakers:
    """Speakers that are no gazetteer entries still speak."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ("Defence lawyers said the trial was unfair.", "lawyers"),
            ("A federal judge said the case would proceed.", "judge"),
            ("Diplomats here said the talks had stalled.", "diplomats"),
            (
                "Western diplomats on Tuesday said the deal was close.",
                "diplomats",
            ),
            ("The Brazilian embassy said the rules would change.", "embassy"),
            (
                "The Foreign Ministry on Tuesday said the envoy had returned.",
                "Foreign Ministry",
            ),
            (
                "Harbor Bay Trust Corp Plc said the notes would be paid.",
                "Harbor Bay Trust Corp Plc",
            ),
            (
                ("Hiroshi Tanaka, a professor of law at a university in "
                "Osaka, told reporters the ruling was flawed."),
                "Hiroshi Tanaka",
            ),
            (
                ("Mara Okafor, 41, a nurse from Lagos, said the clinic was "
                "full."),
                "Mara Okafor",
            ),
        ],
    )
    def test_speaker(self, text: str, speaker: str) -> None:
        """The claim keeps a speaker actor whose name holds *speaker*."""
        art = communique.parse(text)
        assert len(art.claims) == 1
        by_id = {a.id: a for a in art.actors}
        assert art.claims[0].speaker in by_id
        assert speaker.casefold() in by_id[art.claims[0].speaker].name.casefold()

    def test_the_two_leaders_are_no_group(self) -> None:
        """'The two leaders' refers back: no group actor."""
        art = communique.parse("The two leaders said the talks went well.")
        assert not [a for a in art.actors if a.kind is ActorKind.GROUP]

    def test_decimal_point_keeps_the_sentence(self) -> None:
        """A number with a decimal point does not cut the claim."""
        art = communique.parse(
            "Kenyan officials said 3.4 million people needed food aid."
        )
        assert [c.content.text for c in art.claims] == [
            "3.4 million people needed food aid"
        ]


class TestPassivesAndLabels:
    """Passive cues with an agent, relative clauses and labels."""

    @pytest.mark.parametrize(
        ("text", "speaker", "content"),
        [
            # responsibility: the subject is what was claimed
            (
                "The rocket attack on Lima was claimed by Ana Ruiz.",
                RUIZ,
                "The rocket attack on Lima",
            ),
            # a description: what follows "as"
            (
                "The strike was described by Ana Ruiz as an act of war.",
                RUIZ,
                "an act of war",
            ),
            # told by X that
            (
                "The envoy was told by Ana Ruiz that Peru would help.",
                RUIZ,
                "Peru would help",
            ),
            # "which X said"
            (
                ("The bombing, which Peru said killed 12 people, took place "
                "at dawn."),
                "state:PER",
                "killed 12 people",
            ),
            # labels
            (
                "Ana Ruiz called the strike an act of terrorism.",
                RUIZ,
                "the strike an act of terrorism",
            ),
            (
                'Ana Ruiz called the plan "reckless" on Monday.',
                RUIZ,
                'the plan "reckless" on Monday',
            ),
            (
                "Peru designated the group as a terrorist organization.",
                "state:PER",
                "the group as a terrorist organization",
            ),
        ],
    )
    def test_claim(self, text: str, speaker: str, content: str) -> None:
        """One claim of *speaker* with *content*."""
        c = only(text)
        assert (c.speaker, c.content.text) == (speaker, content)

    @pytest.mark.parametrize(
        "text",
        [
            # a passive with more after the agent is no claim about it
            "The land was claimed by Chile in 1883 after the war.",
            # "as" is needed after a description's agent
            "The strike was described by Ana Ruiz in her memoirs.",
            # calling someone, calling a meeting
            "Ana Ruiz called Tomas Gomez the next day.",
            "Ana Ruiz called a meeting of the cabinet.",
            "Ana Ruiz called Tomas Gomez on Monday.",
            # "which" as the subject of the reported verb
            "The bombing, which said nothing, ended.",
        ],
    )
    def test_not_claims(self, text: str) -> None:
        """No claim comes from these sentences."""
        assert claims_of(text) == ()


class TestSpeechNouns:
    """Speech nouns and light verbs carry claims."""

    @pytest.mark.parametrize(
        ("text", "speaker", "content"),
        [
            (
                "There was a warning from Peru that the border would close.",
                "state:PER",
                "the border would close",
            ),
            (
                "Peru took the stance that the strikes were illegal.",
                "state:PER",
                "the strikes were illegal",
            ),
            (
                "Chile repeated its warning that the talks would fail.",
                "state:CHL",
                "the talks would fail",
            ),
            (
                "Peru echoed Chile's insistence that the treaty stands.",
                "state:CHL",
                "the treaty stands",
            ),
            ("Chile issued a plea for calm.", "state:CHL", "for calm"),
        ],
    )
    def test_claim(self, text: str, speaker: str, content: str) -> None:
        """One claim of *speaker* with *content*."""
        c = only(text)
        assert (c.speaker, c.content.text) == (speaker, content)

    @pytest.mark.parametrize(
        "text",
        [
            # relative clauses
            "The warning that was issued on Monday went unheeded.",
            "The stance that she took was popular in Peru.",
            # the noun phrase is the subject: the content has no end
            "Chile's insistence that the treaty stands angered Peru.",
            # no speaker
            "There was a warning that the border would close.",
        ],
    )
    def test_not_claims(self, text: str) -> None:
        """No claim comes from these sentences."""
        assert claims_of(text) == ()


class TestQuoteThenParticiple:
    """'said "...," adding that ...' is a quotation and a second claim."""

    def test_quote_then_adding(self) -> None:
        """The quotation is direct; the participle gives its own claim."""
        claims = claims_of(
            'Ana Ruiz said "there was strong buying after the rally," '
            "adding that the index fell."
        )
        assert [(c.content.text, c.quote) for c in claims] == [
            ("there was strong buying after the rally", QuoteKind.DIRECT),
            ("the index fell", QuoteKind.INDIRECT),
        ]
        assert {c.speaker for c in claims} == {RUIZ}

    def test_quoted_phrase_then_more(self) -> None:
        """A quoted phrase followed by more words stays reported speech."""
        c = only('Ana Ruiz said "the talks failed" and left for Lima.')
        assert c.quote is QuoteKind.INDIRECT


class TestLeadingParticiple:
    """A reporting participle opening the sentence."""

    def test_calling(self) -> None:
        """'Calling X Y, Z said ...' gives Z two claims."""
        claims = claims_of(
            "Calling the border deal a success, Ana Ruiz said Peru would "
            "sign more."
        )
        assert [(c.speaker, c.content.text) for c in claims] == [
            (RUIZ, "the border deal a success"),
            (RUIZ, "Peru would sign more"),
        ]

    def test_noun_is_no_participle(self) -> None:
        """'Warning signs appeared, she said.' is one claim."""
        assert len(claims_of("Warning signs appeared, Ana Ruiz said.")) == 1


class TestCapacity:
    """'X said as trustee' reports the words before, not the capacity."""

    def test_said_as_trustee(self) -> None:
        """The clause before the comma is the content."""
        c = only(
            "Peru will pay its creditors in May, Ana Ruiz said as trustee "
            "for the notes."
        )
        assert (c.speaker, c.content.text) == (
            RUIZ,
            "Peru will pay its creditors in May",
        )
