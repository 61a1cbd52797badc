# SPDX-License-Identifier: MIT
"""Tests for communique._evaluate: scoring against gold annotations."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import communique

from communique._evaluate import (
    ATTRIBUTES,
    FACT_TYPES,
    Accuracy,
    ArticleScore,
    Counts,
    EvaluationReport,
    Scores,
    evaluate,
    render_table,
)


SHARED = Path(__file__).parents[1] / ".." / "shared"
DEV = SHARED / "corpus" / "dev"
SCORE_PY = SHARED / "tools" / "score.py"

needs_shared = pytest.mark.skipif(
    not (DEV.is_dir() and SCORE_PY.is_file()),
    reason="../shared/corpus/dev or ../shared/tools/score.py is absent",
)

Json = dict[str, Any]


def _to_json(article: communique.Article) -> str:
    """The library's JSON, or a tiny stand-in while serialize is missing."""
    try:
        from communique.serialize import to_json
    except ImportError:  # pragma: no cover - only before serialize exists
        import datetime as dt
        import enum

        import attrs

        def conv(_: object, __: object, v: object) -> object:
            if isinstance(v, enum.Enum):
                return v.value
            if isinstance(v, dt.date):
                return v.isoformat()
            return v

        d = attrs.asdict(article, value_serializer=conv)
        return json.dumps({"schema": "communique/1", **d})
    return to_json(article)


def _score_py(gold_dir: Path, pred_dir: Path) -> Json:
    """Run the reference scorer and parse its --json output."""
    proc = subprocess.run(
        [
            sys.executable,
            str(SCORE_PY),
            str(gold_dir),
            str(pred_dir),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    # the JSON document is followed by a one-line "F1 ..." summary
    data, _ = json.JSONDecoder().raw_decode(proc.stdout)
    return dict(data)


def _dev_golds() -> list[tuple[str, Json, str]]:
    out = []
    for file in sorted(DEV.glob("*.gold.json")):
        name = file.name[: -len(".gold.json")]
        gold = json.loads(file.read_text(encoding="utf-8"))
        article = gold.get("article", f"{name}.txt")
        text = (DEV / article).read_text(encoding="utf-8")
        out.append((name, gold, text))
    return out


def _perfect(gold: Json, text: str) -> Json:
    """Predictions built from the gold itself."""

    def aid(key: str | None) -> str | None:
        return None if key is None else f"x:{key}"

    actors = [
        {
            "id": aid(a["key"]),
            "kind": a["kind"],
            "name": a["name"],
            "country": a.get("country"),
            "mentions": [{"text": a["name"]}],
        }
        for a in gold.get("actors", [])
    ]
    meetings = [
        {
            "participants": [aid(k) for k in m["participants"]],
            "status": m["status"],
            "location": {"name": None, "country": m.get("location_country")},
        }
        for m in gold.get("meetings", [])
    ]
    claims = []
    for c in gold.get("claims", []):
        start = text.find(c["content_anchor"])
        end = start + len(c["content_anchor"])
        claims.append(
            {
                "speaker": aid(c["speakers"][0]),
                "content": {
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                },
                "hedged": c["hedged"],
            }
        )
    relationships = [
        {
            "source": aid(r["a"]),
            "target": aid(r["b"]),
            "polarity": r["polarity"][0],
        }
        for r in gold.get("relationships", [])
    ]
    return {
        "schema": "communique/1",
        "actors": actors,
        "meetings": meetings,
        "claims": claims,
        "relationships": relationships,
    }


# Perturbations of perfect predictions: each returns a changed copy.


def _missing_actor(pred: Json) -> Json:
    pred = copy.deepcopy(pred)
    del pred["actors"][0]
    return pred


def _wrong_speaker(pred: Json) -> Json:
    pred = copy.deepcopy(pred)
    ids = [a["id"] for a in pred["actors"]]
    for claim in pred["claims"][:3]:
        others = [i for i in ids if i != claim["speaker"]]
        claim["speaker"] = others[-1] if others else None
    return pred


def _extra_meeting(pred: Json) -> Json:
    pred = copy.deepcopy(pred)
    ids = [a["id"] for a in pred["actors"]]
    pred["meetings"].append(
        {"participants": ids[-2:], "status": "planned", "location": None}
    )
    return pred


def _duplicate_actor(pred: Json) -> Json:
    pred = copy.deepcopy(pred)
    twin = dict(pred["actors"][0], id="x:twin")
    pred["actors"].append(twin)
    return pred


def _shifted_claims(pred: Json) -> Json:
    pred = copy.deepcopy(pred)
    for claim in pred["claims"][::2]:
        span = claim["content"]
        length = span["end"] - span["start"]
        span["start"] += length // 2 + 1
        span["end"] += length
        span["text"] = "x" * (span["end"] - span["start"])
    return pred


def _flipped_relationships(pred: Json) -> Json:
    pred = copy.deepcopy(pred)
    flip = {
        "cooperative": "hostile",
        "hostile": "cooperative",
        "mixed": "hostile",
    }
    for rel in pred["relationships"][::2]:
        rel["source"], rel["target"] = rel["target"], rel["source"]
        rel["polarity"] = flip[rel["polarity"]]
    pred["relationships"].extend(pred["relationships"][:1])
    return pred


def _wrong_attributes(pred: Json) -> Json:
    pred = copy.deepcopy(pred)
    for actor in pred["actors"][::3]:
        actor["kind"] = "group" if actor["kind"] == "person" else "person"
    for meeting in pred["meetings"]:
        meeting["status"] = "cancelled"
        meeting["location"] = {"name": None, "country": "ZZZ"}
    for claim in pred["claims"]:
        claim["hedged"] = not claim["hedged"]
    return pred


def _empty(pred: Json) -> Json:
    return {"schema": "communique/1"}


PERTURBATIONS: dict[str, Callable[[Json], Json]] = {
    "perfect": lambda p: p,
    "missing_actor": _missing_actor,
    "wrong_speaker": _wrong_speaker,
    "extra_meeting": _extra_meeting,
    "duplicate_actor": _duplicate_actor,
    "shifted_claims": _shifted_claims,
    "flipped_relationships": _flipped_relationships,
    "wrong_attributes": _wrong_attributes,
    "empty": _empty,
}


def _assert_same(reference: Json, ours: Json) -> None:
    """Every number (and note) of score.py's report equals ours."""
    assert ours["f1"] == reference["f1"]
    assert ours["mean_f1"] == reference["mean_f1"]
    assert ours["attribute_accuracy"] == reference["attribute_accuracy"]
    assert ours["articles"].keys() == reference["articles"].keys()
    for name, ref in reference["articles"].items():
        for kind in FACT_TYPES:
            assert ours["articles"][name][kind] == ref[kind], (name, kind)
        assert ours["articles"][name]["notes"] == ref["notes"], name
        assert (
            ours["articles"][name]["unaligned_actors"]
            == ref["unaligned_actors"]
        )
    assert ours == reference


@needs_shared
class TestAgreementWithScorePy:
    """evaluate() gives exactly the numbers of the reference scorer."""

    def test_library_predictions(self, tmp_path: Path) -> None:
        """Scoring communique's own dev predictions agrees with score.py."""
        for name, gold, text in _dev_golds():
            article = communique.parse(text, published=gold.get("published"))
            (tmp_path / f"{name}.json").write_text(
                _to_json(article), encoding="utf-8"
            )
        reference = _score_py(DEV, tmp_path)
        _assert_same(reference, evaluate(DEV, pred_dir=tmp_path).to_dict())

    def test_parsing_equals_reading_predictions(self, tmp_path: Path) -> None:
        """Without pred_dir, evaluate parses and scores the same output."""
        for name, gold, text in _dev_golds():
            article = communique.parse(text, published=gold.get("published"))
            (tmp_path / f"{name}.json").write_text(
                _to_json(article), encoding="utf-8"
            )
        assert (
            evaluate(DEV).to_dict()
            == evaluate(DEV, pred_dir=tmp_path).to_dict()
        )

    @pytest.mark.parametrize("perturbation", sorted(PERTURBATIONS))
    def test_synthetic_predictions(
        self, tmp_path: Path, perturbation: str
    ) -> None:
        """Perfect and deliberately damaged predictions score as in score.py."""
        change = PERTURBATIONS[perturbation]
        for name, gold, text in _dev_golds():
            pred = change(_perfect(gold, text))
            (tmp_path / f"{name}.json").write_text(
                json.dumps(pred), encoding="utf-8"
            )
        reference = _score_py(DEV, tmp_path)
        _assert_same(reference, evaluate(DEV, pred_dir=tmp_path).to_dict())

    def test_perfect_predictions_score_one(self, tmp_path: Path) -> None:
        """Predictions built from the gold of two articles give F1 1.0."""
        for name, gold, text in _dev_golds()[:2]:
            (tmp_path / f"{name}.gold.json").write_text(
                json.dumps(gold), encoding="utf-8"
            )
            (tmp_path / gold.get("article", f"{name}.txt")).write_text(
                text, encoding="utf-8"
            )
            (tmp_path / f"{name}.json").write_text(
                json.dumps(_perfect(gold, text)), encoding="utf-8"
            )
        report = evaluate(tmp_path, pred_dir=tmp_path)
        assert report.to_dict() == _score_py(tmp_path, tmp_path)
        assert report.mean_f1 == 1.0
        assert all(f == 1.0 for f in report.f1.values())
        assert all(not a.notes for a in report.articles)


# ---------------------------------------------------------------------------
# Hand-written gold: one small article of our own.

TEXT = (
    "Foreign Minister Anna Berg of Norway met her Danish counterpart "
    "Lars Holm in Oslo on Monday. "
    "Berg said the two countries would deepen their cooperation on "
    "Arctic fisheries. "
    "Analysts said the talks might ease a long dispute over quotas. "
    "Denmark accused Russia of violating its airspace."
)

GOLD: Json = {
    "article": "nordic.txt",
    "published": "2023-03-06",
    "actors": [
        {
            "key": "berg",
            "kind": "person",
            "name": "Anna Berg",
            "aliases": ["Berg"],
            "country": "NOR",
        },
        {
            "key": "holm",
            "kind": "person",
            "name": "Lars Holm",
            "aliases": ["Holm"],
            "country": "DNK",
        },
        {
            "key": "NOR",
            "kind": "state",
            "name": "Norway",
            "aliases": ["Oslo"],
            "country": "NOR",
        },
        {
            "key": "DNK",
            "kind": "state",
            "name": "Denmark",
            "aliases": ["Copenhagen"],
            "country": "DNK",
        },
        {
            "key": "RUS",
            "kind": "state",
            "name": "Russia",
            "aliases": ["Moscow"],
            "country": "RUS",
        },
        {
            "key": "analysts",
            "kind": "group",
            "name": "analysts",
            "aliases": [],
        },
    ],
    "optional_actors": [
        {
            "key": "fishers",
            "kind": "group",
            "name": "fishermen",
            "aliases": [],
        },
    ],
    "meetings": [
        {
            "participants": ["berg", "holm"],
            "location": "Oslo",
            "location_country": "NOR",
            "date": "2023-03-06",
            "status": "held",
            "anchor": "met her Danish counterpart",
        },
    ],
    "optional_meetings": [
        {
            "participants": ["RUS", "fishers"],
            "location": None,
            "location_country": None,
            "date": None,
            "status": "planned",
            "anchor": None,
        },
    ],
    "claims": [
        {
            "speakers": ["berg"],
            "content_anchor": "the two countries would deepen their cooperation on Arctic fisheries",
            "hedged": False,
            "anchor": "Berg said",
        },
        {
            "speakers": ["analysts", None],
            "content_anchor": "the talks might ease a long dispute over quotas",
            "hedged": True,
            "anchor": "Analysts said",
        },
        {
            "speakers": ["DNK"],
            "content_anchor": "Russia of violating its airspace",
            "hedged": False,
            "anchor": "Denmark accused",
        },
    ],
    "optional_claims": [],
    "relationships": [
        {
            "a": "NOR",
            "b": "DNK",
            "polarity": ["cooperative"],
            "anchor": "deepen their cooperation",
        },
        {
            "a": "DNK",
            "b": "RUS",
            "polarity": ["hostile", "mixed"],
            "anchor": "accused Russia",
        },
    ],
    "optional_relationships": [],
}


def _span(fragment: str, *, cut: int = 0, extend: int = 0) -> Json:
    start = TEXT.index(fragment) + cut
    end = TEXT.index(fragment) + len(fragment) + extend
    return {"start": start, "end": end, "text": TEXT[start:end]}


def _actor(
    aid: str,
    kind: str,
    name: str,
    country: str | None = None,
    mentions: tuple[str, ...] = (),
) -> Json:
    return {
        "id": aid,
        "kind": kind,
        "name": name,
        "country": country,
        "mentions": [{"text": m} for m in mentions],
    }


ACTORS: list[Json] = [
    _actor("p:berg", "person", "Anna Berg", "NOR"),
    _actor("p:holm", "person", "Lars Holm", "DNK"),
    _actor("s:NOR", "state", "Norway", "NOR"),
    _actor("s:DNK", "state", "Denmark", "DNK"),
    _actor("s:RUS", "state", "Russia", "RUS"),
    _actor("g:analysts", "group", "analysts"),
]


def _score(
    tmp_path: Path, pred: Json, gold: Json | None = None
) -> ArticleScore:
    """Write the small gold and *pred*, evaluate, return the one article."""
    gold = GOLD if gold is None else gold
    (tmp_path / "nordic.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "nordic.gold.json").write_text(
        json.dumps(gold), encoding="utf-8"
    )
    preds = tmp_path / "pred"
    preds.mkdir(exist_ok=True)
    (preds / "nordic.json").write_text(json.dumps(pred), encoding="utf-8")
    report = evaluate(tmp_path, pred_dir=preds)
    return report.article("nordic")


def _pred(**parts: list[Json]) -> Json:
    return {
        "actors": parts.get("actors", ACTORS),
        **{k: v for k, v in parts.items() if k != "actors"},
    }


class TestActorAlignment:
    """Predicted actors align to gold by code, name, mentions or surname."""

    @pytest.mark.parametrize(
        ("actor", "tp"),
        [
            # a state by its ISO code, whatever its name
            (_actor("s:x", "state", "Kingdom of Norway", "NOR"), 1),
            # by canonical name or alias, folded
            (_actor("s:x", "state", "the OSLO", None), 1),
            (_actor("p:x", "person", "Berg", None), 1),
            # by a vote of its mentions
            (
                _actor(
                    "p:x",
                    "person",
                    "the minister",
                    None,
                    ("Berg", "Anna Berg", "Holm"),
                ),
                1,
            ),
            # a person by a unique surname
            (_actor("p:x", "person", "A. Holm", None), 1),
            # surnames are for persons only
            (_actor("g:x", "group", "A. Holm", None), 0),
            # nothing to go on
            (_actor("p:x", "person", "Ole Nordmann", None), 0),
        ],
    )
    def test_single_actor(self, tmp_path: Path, actor: Json, tp: int) -> None:
        """One predicted actor aligns (tp) or is a false positive."""
        s = _score(tmp_path, {"actors": [actor]})
        assert s.scores.actors == Counts(tp=tp, fp=1 - tp, fn=6 - tp)
        assert s.unaligned_actors == (() if tp else (actor["name"],))

    def test_perfect_actors(self, tmp_path: Path) -> None:
        """The six gold actors found once each give F1 1.0."""
        s = _score(tmp_path, _pred())
        assert s.scores.actors == Counts(tp=6)
        assert s.scores.actor_kind == Accuracy(right=6, total=6)

    def test_duplicate_is_false_positive(self, tmp_path: Path) -> None:
        """Two predicted actors on one gold actor: one false positive."""
        twin = _actor("p:berg2", "person", "Berg", "NOR")
        s = _score(tmp_path, _pred(actors=[*ACTORS, twin]))
        assert s.scores.actors == Counts(tp=6, fp=1)

    def test_optional_actor_is_neutral(self, tmp_path: Path) -> None:
        """An optional gold actor is neither rewarded nor punished."""
        extra = _actor("g:f", "group", "Fishermen")
        s = _score(tmp_path, _pred(actors=[*ACTORS, extra]))
        assert s.scores.actors == Counts(tp=6)

    def test_wrong_kind_lowers_accuracy(self, tmp_path: Path) -> None:
        """A matched actor of the wrong kind counts against actor_kind."""
        actors = [*ACTORS[:5], _actor("o:a", "organization", "Analysts")]
        s = _score(tmp_path, _pred(actors=actors))
        assert s.scores.actors == Counts(tp=6)
        assert s.scores.actor_kind == Accuracy(right=5, total=6)


class TestMeetings:
    """Meetings match on at least half of the larger participant list."""

    @pytest.mark.parametrize(
        ("participants", "tp"),
        [
            # exact, either order
            (["p:berg", "p:holm"], 1),
            (["p:holm", "p:berg"], 1),
            # a person also stands for their state
            (["s:NOR", "p:holm"], 1),
            (["s:NOR", "s:DNK"], 1),
            # half is enough
            (["p:berg", "s:RUS"], 1),
            (["p:berg"], 1),
            # less than half is not
            (["p:berg", "s:RUS", "g:analysts"], 0),
            (["s:RUS", "g:analysts", "p:holm"], 0),
            # unknown ids are dropped before matching
            (["p:berg", "p:holm", "nobody"], 1),
        ],
    )
    def test_participants(
        self, tmp_path: Path, participants: list[str], tp: int
    ) -> None:
        """A predicted meeting matches the gold one or is a false positive."""
        meeting = {
            "participants": participants,
            "status": "held",
            "location": {"name": "Oslo", "country": "NOR"},
        }
        s = _score(tmp_path, _pred(meetings=[meeting]))
        assert s.scores.meetings == Counts(tp=tp, fp=1 - tp, fn=1 - tp)
        if not tp:
            assert any(
                n.startswith("unmatched predicted meeting") for n in s.notes
            )
            assert "missed meeting ['berg', 'holm']" in s.notes

    def test_optional_meeting_is_neutral(self, tmp_path: Path) -> None:
        """A predicted optional meeting is neither a hit nor an error."""
        meeting = {"participants": ["s:RUS"], "status": "planned"}
        s = _score(tmp_path, _pred(meetings=[meeting]))
        assert s.scores.meetings == Counts(fn=1)

    def test_second_match_is_false_positive(self, tmp_path: Path) -> None:
        """One gold meeting matches one prediction only."""
        meeting = {"participants": ["p:berg", "p:holm"], "status": "held"}
        s = _score(tmp_path, _pred(meetings=[meeting, meeting]))
        assert s.scores.meetings == Counts(tp=1, fp=1)

    def test_status_and_place(self, tmp_path: Path) -> None:
        """Status and location country are checked on matched meetings."""
        meeting = {
            "participants": ["p:berg", "p:holm"],
            "status": "planned",
            "location": {"name": "Copenhagen", "country": "DNK"},
        }
        s = _score(tmp_path, _pred(meetings=[meeting]))
        assert s.scores.meeting_status == Accuracy(right=0, total=1)
        assert s.scores.meeting_place == Accuracy(right=0, total=1)
        assert s.notes == (
            "meeting ['berg', 'holm']: location country 'DNK' != 'NOR'",
            "missed claim 'the two countries would deepen their cooperation on Arctic fisheries'",
            "missed claim 'the talks might ease a long dispute over quotas'",
            "missed claim 'Russia of violating its airspace'",
            "missed relationship NOR-DNK ['cooperative']",
            "missed relationship DNK-RUS ['hostile', 'mixed']",
        )


class TestClaims:
    """Claims match by content overlap and, fully, by speaker."""

    FRAGMENT = (
        "the two countries would deepen their cooperation on Arctic fisheries"
    )

    @pytest.mark.parametrize(
        ("cut", "extend", "matched"),
        [
            # the gold span itself
            (0, 0, True),
            # shorter, still covering half of the gold
            (20, 0, True),
            # covering less than half of the gold
            (40, 0, False),
            # longer, still 30% gold
            (0, 60, True),
            # so long that the gold is under 30% of it
            (-120, 90, False),
        ],
    )
    def test_content_overlap(
        self, tmp_path: Path, cut: int, extend: int, matched: bool
    ) -> None:
        """The span must cover half the gold and be 30% gold content."""
        claim = {
            "speaker": "p:berg",
            "hedged": False,
            "content": _span(self.FRAGMENT, cut=cut, extend=extend),
        }
        s = _score(tmp_path, _pred(claims=[claim]))
        tp = int(matched)
        assert s.scores.claim_content == Counts(tp=tp, fp=1 - tp, fn=3 - tp)
        assert s.scores.claims == s.scores.claim_content

    @pytest.mark.parametrize(
        ("fragment", "speaker", "ok"),
        [
            ("the two countries would deepen", "p:berg", True),
            ("the two countries would deepen", "p:holm", False),
            # no speaker where the gold allows none
            ("the talks might ease", None, True),
            ("the talks might ease", "g:analysts", True),
            ("the talks might ease", "s:NOR", False),
            # a person speaks for their state
            ("Russia of violating", "p:holm", True),
            ("Russia of violating", None, False),
        ],
    )
    def test_speaker(
        self, tmp_path: Path, fragment: str, speaker: str | None, ok: bool
    ) -> None:
        """A wrong speaker is a miss and a false find, content still counts."""
        full = next(
            c["content_anchor"]
            for c in GOLD["claims"]
            if c["content_anchor"].startswith(fragment)
        )
        claim = {
            "speaker": speaker,
            "content": _span(full),
            "hedged": fragment.startswith("the talks"),
        }
        s = _score(tmp_path, _pred(claims=[claim]))
        assert s.scores.claim_content == Counts(tp=1, fn=2)
        expected = Counts(tp=1, fn=2) if ok else Counts(fp=1, fn=3)
        assert s.scores.claims == expected
        assert s.scores.claim_hedged == Accuracy(right=1, total=1)
        assert any("speaker" in n for n in s.notes) is not ok

    def test_best_overlap_wins(self, tmp_path: Path) -> None:
        """A span over two gold claims takes the one it shares most with."""
        start = TEXT.index("the talks might")
        end = TEXT.index("quotas") + len("quotas")
        span = {"start": start, "end": end, "text": TEXT[start:end]}
        s = _score(
            tmp_path, _pred(claims=[{"speaker": None, "content": span}])
        )
        assert s.scores.claims == Counts(tp=1, fn=2)

    def test_claim_without_span(self, tmp_path: Path) -> None:
        """A claim without a content span is a false positive."""
        s = _score(tmp_path, _pred(claims=[{"speaker": "p:berg"}]))
        assert s.scores.claims == Counts(fp=1, fn=3)

    def test_optional_claim_is_neutral(self, tmp_path: Path) -> None:
        """A claim on an optional gold claim is neither rewarded nor punished."""
        gold = copy.deepcopy(GOLD)
        gold["optional_claims"] = [gold["claims"].pop()]
        claim = {"speaker": "s:DNK", "content": _span("Russia of violating")}
        s = _score(tmp_path, _pred(claims=[claim]), gold)
        assert s.scores.claims == Counts(fn=2)

    def test_hedge_mismatch(self, tmp_path: Path) -> None:
        """A hedged prediction of a plain claim lowers claim_hedged."""
        claim = {
            "speaker": "p:berg",
            "hedged": True,
            "content": _span(self.FRAGMENT),
        }
        s = _score(tmp_path, _pred(claims=[claim]))
        assert s.scores.claim_hedged == Accuracy(right=0, total=1)


class TestRelationships:
    """Relationships match unordered, lifted pairs with a polarity."""

    @pytest.mark.parametrize(
        ("source", "target", "polarity", "tp"),
        [
            ("s:NOR", "s:DNK", "cooperative", 1),
            # unordered
            ("s:DNK", "s:NOR", "cooperative", 1),
            # persons lifted to their states
            ("p:berg", "p:holm", "cooperative", 1),
            ("p:holm", "s:RUS", "mixed", 1),
            # polarity outside the gold's list
            ("s:NOR", "s:DNK", "hostile", 0),
            # a pair the gold does not have
            ("s:NOR", "s:RUS", "hostile", 0),
            # an unaligned side
            ("s:NOR", "nobody", "hostile", 0),
        ],
    )
    def test_pair(
        self,
        tmp_path: Path,
        source: str,
        target: str,
        polarity: str,
        tp: int,
    ) -> None:
        """One predicted relationship is a hit or a false positive."""
        rel = {"source": source, "target": target, "polarity": polarity}
        s = _score(tmp_path, _pred(relationships=[rel]))
        assert s.scores.relationships == Counts(tp=tp, fp=1 - tp, fn=2 - tp)

    def test_repeats_count_once(self, tmp_path: Path) -> None:
        """The same pair and polarity predicted twice counts once."""
        rel = {"source": "s:NOR", "target": "s:RUS", "polarity": "hostile"}
        s = _score(tmp_path, _pred(relationships=[rel, rel]))
        assert s.scores.relationships == Counts(fp=1, fn=2)

    def test_second_level_is_neutral(self, tmp_path: Path) -> None:
        """A pair already found at another level is not an error."""
        rels = [
            {"source": "s:NOR", "target": "s:DNK", "polarity": "cooperative"},
            {
                "source": "p:berg",
                "target": "p:holm",
                "polarity": "cooperative",
            },
        ]
        s = _score(tmp_path, _pred(relationships=rels))
        assert s.scores.relationships == Counts(tp=1, fn=1)


class TestReport:
    """EvaluationReport totals, serializes and renders."""

    def test_micro_average(self, tmp_path: Path) -> None:
        """Totals sum counts over articles before computing F1."""
        a = Scores(actors=Counts(tp=1), meetings=Counts(fn=1))
        b = Scores(actors=Counts(fp=1), meetings=Counts(tp=3))
        report = EvaluationReport(
            articles=(
                ArticleScore(name="a", scores=a),
                ArticleScore(name="b", scores=b),
            )
        )
        assert report.totals.actors == Counts(tp=1, fp=1)
        assert report.f1["meetings"] == pytest.approx(6 / 7)
        assert report.mean_f1 == pytest.approx((2 / 3 + 6 / 7 + 1 + 1) / 4)

    def test_to_dict_shape(self, tmp_path: Path) -> None:
        """to_dict has score.py's keys and rounded triples."""
        s = _score(tmp_path, _pred())
        data = EvaluationReport(articles=(s,)).to_dict()
        assert sorted(data) == [
            "articles",
            "attribute_accuracy",
            "f1",
            "mean_f1",
        ]
        assert data["articles"]["nordic"]["actors"] == [1.0, 1.0, 1.0]
        # nothing predicted where the gold has claims: P=0, not 1
        assert data["articles"]["nordic"]["claims"] == [0.0, 0.0, 0.0]
        assert Counts().f1 == 1.0  # nothing to find, nothing found
        assert data["attribute_accuracy"]["meeting_status"] is None
        assert list(data["f1"]) == list(FACT_TYPES)
        assert list(data["attribute_accuracy"]) == list(ATTRIBUTES)
        json.dumps(data)

    def test_render_table(self, tmp_path: Path) -> None:
        """The table has a row per article and a totals row; verbose adds notes."""
        s = _score(
            tmp_path, _pred(actors=[*ACTORS, _actor("x", "group", "crowd")])
        )
        report = EvaluationReport(articles=(s,))
        table = render_table(report)
        assert "nordic" in table
        assert "TOTAL" in table
        assert "missed claim" not in table
        verbose = render_table(report, verbose=True)
        assert "missed claim" in verbose
        assert "actors not in gold: crowd" in verbose

    def test_lookup_errors(self) -> None:
        """Unknown articles, fact types and attributes are refused."""
        report = EvaluationReport(articles=())
        with pytest.raises(communique.InputValueError):
            report.article("nope")
        with pytest.raises(communique.InputValueError):
            report.totals.counts("events")
        with pytest.raises(communique.InputValueError):
            report.totals.accuracy("colour")


class TestEvaluateArguments:
    """evaluate() checks its arguments and parses when predictions are absent."""

    def test_parses_without_predictions(self, tmp_path: Path) -> None:
        """Articles without NAME.json are parsed with the given parser."""
        (tmp_path / "nordic.txt").write_text(TEXT, encoding="utf-8")
        (tmp_path / "nordic.gold.json").write_text(
            json.dumps(GOLD), encoding="utf-8"
        )
        empty = tmp_path / "pred"
        empty.mkdir()
        parser = communique.Parser(claims=False)
        report = evaluate(tmp_path, parser=parser, pred_dir=empty)
        assert report.articles[0].scores.claims.tp == 0
        assert report.articles[0].scores.claims.fn == 3

    @pytest.mark.parametrize(
        ("kwargs", "error"),
        [
            ({"gold_dir": 3}, communique.InputTypeError),
            ({"gold_dir": "/nonexistent/gold"}, communique.InputValueError),
            (
                {"gold_dir": ".", "pred_dir": "/nonexistent"},
                communique.InputValueError,
            ),
            ({"gold_dir": ".", "parser": "fast"}, communique.InputTypeError),
        ],
    )
    def test_bad_arguments(self, kwargs: Json, error: type[Exception]) -> None:
        """Wrong types and missing directories raise input errors."""
        with pytest.raises(error):
            evaluate(**kwargs)

    def test_empty_directory(self, tmp_path: Path) -> None:
        """A directory without gold files is an input error."""
        with pytest.raises(communique.InputValueError, match=r"gold\.json"):
            evaluate(tmp_path)


def _mutate(path: str, value: object) -> Json:
    """A copy of GOLD with the item at a dotted path set (or deleted)."""
    gold = copy.deepcopy(GOLD)
    *parents, last = path.split(".")
    node: Any = gold
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    key: Any = int(last) if last.isdigit() else last
    if value is _DELETE:
        del node[key]
    else:
        node[key] = value
    return gold


_DELETE = object()


class TestBadGold:
    """Invalid gold raises SchemaError naming the file and the entry."""

    @pytest.mark.parametrize(
        ("path", "value", "where"),
        [
            # anchors must be in the text
            (
                "claims.1.content_anchor",
                "not in this article",
                "claims[1].content_anchor",
            ),
            ("claims.0.anchor", "Berg whispered", "claims[0].anchor"),
            ("meetings.0.anchor", "met in secret", "meetings[0].anchor"),
            ("relationships.1.anchor", "war", "relationships[1].anchor"),
            ("claims.2.content_anchor", "", "claims[2].content_anchor"),
            # missing or bad keys
            ("actors.0.key", _DELETE, "actors[0].key"),
            ("actors.1.kind", "nation", "actors[1].kind"),
            ("actors.2.country", "Norway", "actors[2].country"),
            ("actors.3.key", "berg", "actors[3].key"),
            ("claims.0.speakers", [], "claims[0].speakers"),
            ("claims.0.speakers", ["nobody"], "claims[0].speakers[0]"),
            ("claims.0.hedged", "no", "claims[0].hedged"),
            (
                "meetings.0.participants",
                ["berg", "ghost"],
                "meetings[0].participants[1]",
            ),
            ("meetings.0.status", "maybe", "meetings[0].status"),
            ("relationships.0.a", "ghost", "relationships[0].a"),
            (
                "relationships.0.polarity",
                ["warm"],
                "relationships[0].polarity",
            ),
            ("relationships", {}, "relationships"),
            ("published", "March 2023", "published"),
            ("article", "missing.txt", "article"),
        ],
    )
    def test_bad_entry(
        self, tmp_path: Path, path: str, value: object, where: str
    ) -> None:
        """The error's path is FILE:ENTRY."""
        with pytest.raises(communique.SchemaError) as info:
            _score(tmp_path, _pred(), _mutate(path, value))
        file = str(tmp_path / "nordic.gold.json")
        assert info.value.path == f"{file}:{where}"
        assert file in str(info.value)
        assert isinstance(info.value, communique.CommuniqueError)

    def test_not_json(self, tmp_path: Path) -> None:
        """A gold file that is not JSON names the file."""
        (tmp_path / "a.gold.json").write_text("{nope", encoding="utf-8")
        with pytest.raises(communique.SchemaError) as info:
            evaluate(tmp_path)
        assert info.value.path == str(tmp_path / "a.gold.json")

    def test_bad_predictions(self, tmp_path: Path) -> None:
        """Predictions of the wrong shape name the prediction file."""
        with pytest.raises(communique.SchemaError) as info:
            _score(tmp_path, {"claims": {"speaker": "x"}})
        assert info.value.path == f"{tmp_path / 'pred' / 'nordic.json'}:claims"
