# SPDX-License-Identifier: MIT
"""
Quality floors on the development corpus (``../shared/corpus/dev``).

The corpus is read where it lies, never copied into the repository; the
tests skip when it is absent. Scores come from :func:`communique.evaluate`,
whose agreement with the reference scorer ``tools/score.py`` is checked
in ``tests/test_evaluate.py``.
"""

from __future__ import annotations

import functools

from pathlib import Path

import pytest

import communique


DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "dev"

pytestmark = pytest.mark.skipif(
    not DEV.is_dir(), reason="the shared dev corpus is not present"
)

# (fact type, whole corpus, seed article). The corpus floors are the F1
# measured on all 49 articles, rounded down; raise them as extraction
# improves.
FLOORS = [
    ("actors", 0.92, 0.95),
    ("meetings", 0.88, 0.85),
    ("claims", 0.86, 0.85),
    ("relationships", 0.60, 0.85),
]


@functools.cache
def _report() -> communique.EvaluationReport:
    return communique.evaluate(DEV)


class TestDevCorpusFloors:
    """Micro F1 per fact type stays above the agreed floors."""

    @pytest.mark.parametrize(("kind", "corpus", "seed"), FLOORS)
    def test_corpus(self, kind: str, corpus: float, seed: float) -> None:
        """F1 over the whole dev corpus is at least the floor."""
        del seed
        assert _report().f1[kind] >= corpus, _report().f1

    @pytest.mark.parametrize(("kind", "corpus", "seed"), FLOORS)
    def test_seed_article(self, kind: str, corpus: float, seed: float) -> None:
        """F1 on the brief's article (lavrov-pyongyang) is at least the floor."""
        del corpus
        scores = _report().article("lavrov-pyongyang").scores
        assert scores.counts(kind).f1 >= seed

    def test_every_article_parses(self) -> None:
        """Every dev article yields actors and a valid, round-tripping JSON."""
        for gold in sorted(DEV.glob("*.gold.json")):
            text = gold.with_name(
                gold.name.replace(".gold.json", ".txt")
            ).read_text(encoding="utf-8")
            article = communique.parse(text)
            assert article.actors, gold.name
            assert communique.from_json(communique.to_json(article)) == article
