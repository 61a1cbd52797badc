# SPDX-License-Identifier: MIT
"""
The Dask recipe of docs/scale.md, run on a local distributed cluster.

A ``dask.bag`` of file names is mapped through reading, ``parse`` and
``to_dict``, and written as JSON Lines; the lines must equal the serial
results.
"""

from __future__ import annotations

import json
import pathlib

import pytest

import communique


pytest.importorskip("dask.bag")
pytest.importorskip("dask.distributed")

# My own writing: small wire-style articles.
ARTICLES = {
    "a.txt": (
        "Russian Foreign Minister Sergey Lavrov met Chinese Foreign "
        "Minister Wang Yi in Beijing on Tuesday."
    ),
    "b.txt": '"We will not give in," French President Emmanuel Macron said.',
    "c.txt": "Japan and South Korea agreed to resume talks next week.",
    "d.txt": "Nothing happened today.",
    "e.txt": (
        "German Chancellor Olaf Scholz will visit Washington on Friday, "
        "officials said."
    ),
}


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.filterwarnings("ignore::UserWarning:distributed")
class TestDaskRecipe:
    """The recipe gives the serial results on a local cluster."""

    def test_bag_to_jsonl(self, tmp_path: pathlib.Path) -> None:
        """Every JSON line equals communique.to_dict(parse(text))."""
        import dask.bag as db

        from dask.distributed import Client, LocalCluster

        src = tmp_path / "articles"
        src.mkdir()
        for name, text in ARTICLES.items():
            (src / name).write_text(text, encoding="utf-8")
        files = sorted(str(p) for p in src.glob("*.txt"))
        out = tmp_path / "out"

        with (
            LocalCluster(
                n_workers=2,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            ) as cluster,
            Client(cluster),
        ):
            # Only importable callables: the workers cannot import this
            # test module to unpickle a function defined in it.
            (
                db.from_sequence(files, npartitions=2)
                .map(pathlib.Path)
                .map(pathlib.Path.read_text, encoding="utf-8")
                .map(communique.parse)
                .map(communique.to_dict)
                .map(json.dumps)
                .to_textfiles(str(out / "part-*.jsonl"))
            )

        lines = [
            line
            for part in sorted(out.glob("part-*.jsonl"))
            for line in part.read_text(encoding="utf-8").splitlines()
        ]
        expected = [
            json.loads(json.dumps(communique.to_dict(communique.parse(t))))
            for _, t in sorted(ARTICLES.items())
        ]
        assert [json.loads(line) for line in lines] == expected
        assert [communique.from_dict(json.loads(x)) for x in lines] == [
            communique.parse(t) for _, t in sorted(ARTICLES.items())
        ]
