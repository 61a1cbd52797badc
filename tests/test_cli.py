# SPDX-License-Identifier: MIT
"""Tests for the ``communique`` command (:mod:`communique.cli`)."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from pathlib import Path

import pytest

import communique

from communique import cli, serialize
from communique.cli import main


ARTICLE_A = (
    "The foreign minister of Freedonia arrived in Paris on Monday for talks "
    "with French officials.\n"
)
ARTICLE_B = "Nothing of note happened in the capital on Sunday.\n"


@pytest.fixture(name="articles")
def _articles(tmp_path: Path) -> Path:
    """A directory with two small articles and a non-article file."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (d / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (d / "notes.md").write_text("not an article", encoding="utf-8")
    return d


def assert_one_line_error(err: str, *needles: str) -> None:
    """Stderr is exactly one error line that mentions every needle."""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("communique: error: ")
    for needle in needles:
        assert needle in lines[0]
    assert "Traceback" not in err


class TestParse:
    """``communique parse`` prints communique/1 JSON."""

    def test_one_file(
        self, articles: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """One file gives one compact JSON document on one line."""
        assert main(["parse", str(articles / "a.txt")]) == 0
        out, err = capsys.readouterr()
        assert out.count("\n") == 1
        doc = json.loads(out)
        assert doc["schema"] == "communique/1"
        assert doc["text"] == ARTICLE_A
        assert doc["published"] is None
        assert err == ""

    def test_output_matches_library(
        self, articles: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The printed document is what to_json gives for parse()."""
        main(["parse", str(articles / "a.txt"), "--published", "2001-02-03"])
        art = communique.parse(ARTICLE_A, published="2001-02-03")
        assert capsys.readouterr().out == serialize.to_json(art) + "\n"

    def test_published(
        self, articles: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--published sets the article's date."""
        main(["parse", str(articles / "a.txt"), "--published", "1987-10-30"])
        assert json.loads(capsys.readouterr().out)["published"] == "1987-10-30"

    def test_pretty(
        self, articles: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--pretty indents the document by two spaces."""
        assert main(["parse", "--pretty", str(articles / "a.txt")]) == 0
        out = capsys.readouterr().out
        assert out.startswith('{\n  "schema": "communique/1"')
        assert json.loads(out)["text"] == ARTICLE_A

    def test_several_files_give_jsonl(
        self, articles: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Several files give one JSON line each, in argument order."""
        b, a = str(articles / "b.txt"), str(articles / "a.txt")
        assert main(["parse", b, a]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert [json.loads(x)["text"] for x in lines] == [ARTICLE_B, ARTICLE_A]

    def test_jsonl_flag_for_one_file(
        self, articles: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--jsonl writes one line even for one file."""
        assert main(["parse", "--jsonl", str(articles / "a.txt")]) == 0
        out = capsys.readouterr().out
        assert out.count("\n") == 1
        assert json.loads(out)["text"] == ARTICLE_A

    def test_directory(
        self, articles: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A directory stands for its *.txt files, sorted by name."""
        assert main(["parse", str(articles)]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert [json.loads(x)["text"] for x in lines] == [ARTICLE_A, ARTICLE_B]

    def test_stdin(
        self,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """'-' reads the article from stdin as bytes in the encoding."""
        data = "Caf\u00e9 talks.\n".encode("cp1252")
        stdin = io.TextIOWrapper(io.BytesIO(data), encoding="ascii")
        monkeypatch.setattr(sys, "stdin", stdin)
        assert main(["parse", "-", "--encoding", "cp1252"]) == 0
        assert (
            json.loads(capsys.readouterr().out)["text"] == "Caf\u00e9 talks.\n"
        )

    def test_output_file(
        self,
        articles: Path,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """-o writes the document to a UTF-8 file, not stdout."""
        target = tmp_path / "out.json"
        assert main(["parse", str(articles / "a.txt"), "-o", str(target)]) == 0
        assert capsys.readouterr().out == ""
        doc = json.loads(target.read_text(encoding="utf-8"))
        assert doc["text"] == ARTICLE_A

    def test_non_ascii_kept(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Non-ASCII text survives the round trip through the file."""
        f = tmp_path / "x.txt"
        f.write_text("Les \u00e9lus de Qu\u00e9bec.", encoding="utf-8")
        assert main(["parse", str(f)]) == 0
        assert json.loads(capsys.readouterr().out)["text"] == (
            "Les \u00e9lus de Qu\u00e9bec."
        )

    def test_no_progress_when_not_a_tty(
        self, articles: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Progress stays off when stderr is not a terminal."""
        assert main(["parse", str(articles)]) == 0
        assert capsys.readouterr().err == ""

    def test_progress_on_a_tty(
        self,
        articles: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """On a terminal, several files show a "[k/n] name" line."""
        monkeypatch.setattr(cli, "_isatty", lambda stream: True)
        assert main(["parse", str(articles)]) == 0
        err = capsys.readouterr().err
        assert "[1/2]" in err
        assert "[2/2]" in err
        assert "b.txt" in err

    def test_quiet_hides_progress(
        self,
        articles: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """--quiet hides progress even on a terminal."""
        monkeypatch.setattr(cli, "_isatty", lambda stream: True)
        assert main(["parse", "--quiet", str(articles)]) == 0
        assert capsys.readouterr().err == ""

    def test_workers_one_is_sequential(
        self, articles: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--workers 1 is the default, sequential parse."""
        assert main(["parse", "--workers", "1", str(articles)]) == 0
        assert len(capsys.readouterr().out.splitlines()) == 2

    def test_workers_use_parse_many(
        self,
        articles: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """--workers N > 1 hands the texts to communique.parse_many."""
        seen: dict[str, object] = {}

        def parse_many(
            texts: list[str], *, workers: int
        ) -> list[communique.Article]:
            seen["workers"] = workers
            return [communique.parse(t) for t in texts]

        monkeypatch.setattr(
            communique, "parse_many", parse_many, raising=False
        )
        assert main(["parse", "--workers", "3", str(articles)]) == 0
        assert seen == {"workers": 3}
        lines = capsys.readouterr().out.splitlines()
        assert [json.loads(x)["text"] for x in lines] == [ARTICLE_A, ARTICLE_B]


class TestParseErrors:
    """Problems are one line on stderr, with the right exit status."""

    def test_missing_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A missing file exits 1 and names the file."""
        missing = str(tmp_path / "nowhere.txt")
        assert main(["parse", missing]) == 1
        out, err = capsys.readouterr()
        assert out == ""
        assert_one_line_error(err, missing, "no such file")

    def test_empty_directory(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A directory without .txt files exits 1 and names it."""
        (tmp_path / "readme.md").write_text("x", encoding="utf-8")
        assert main(["parse", str(tmp_path)]) == 1
        assert_one_line_error(capsys.readouterr().err, str(tmp_path), ".txt")

    def test_undecodable(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Bad bytes exit 1, naming file and offset and suggesting --encoding."""
        f = tmp_path / "latin.txt"
        f.write_bytes(b"Caf\xe9 talks")
        assert main(["parse", str(f)]) == 1
        assert_one_line_error(
            capsys.readouterr().err, str(f), "offset 3", "0xe9", "--encoding"
        )

    @pytest.mark.parametrize(
        ("args", "needle"),
        [
            # bad dates
            (["--published", "2024-13-45"], "--published"),
            (["--published", "last Tuesday"], "last Tuesday"),
            # bad numbers and names
            (["--workers", "0"], "--workers"),
            (["--workers", "many"], "--workers"),
            (["--encoding", "no-such-codec"], "no-such-codec"),
            # incompatible options
            (["--pretty", "--jsonl"], "--pretty"),
        ],
    )
    def test_usage_errors(
        self,
        articles: Path,
        args: list[str],
        needle: str,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """A wrong option value exits 2 with one argparse-style line."""
        assert main(["parse", str(articles / "a.txt"), *args]) == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert_one_line_error(err, needle)

    def test_pretty_with_several_files(
        self, articles: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--pretty with a directory exits 2: JSON Lines cannot be indented."""
        assert main(["parse", "--pretty", str(articles)]) == 2
        assert_one_line_error(capsys.readouterr().err, "--pretty")

    def test_workers_without_parse_many(
        self,
        articles: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """--workers 2 exits 2 when parse_many is not available."""
        monkeypatch.delattr(communique, "parse_many", raising=False)
        assert main(["parse", "--workers", "2", str(articles)]) == 2
        assert_one_line_error(capsys.readouterr().err, "not available")

    def test_no_arguments(self, capsys: pytest.CaptureFixture[str]) -> None:
        """No command exits 2 with one line."""
        assert main([]) == 2
        assert_one_line_error(capsys.readouterr().err, "COMMAND")

    def test_no_files(self, capsys: pytest.CaptureFixture[str]) -> None:
        """parse without a file exits 2 with one line."""
        assert main(["parse"]) == 2
        assert_one_line_error(capsys.readouterr().err, "FILE")

    def test_unwritable_output(
        self,
        articles: Path,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """An output path in a missing directory exits 1 and names it."""
        target = str(tmp_path / "no" / "such" / "out.json")
        assert main(["parse", str(articles / "a.txt"), "-o", target]) == 1
        assert_one_line_error(capsys.readouterr().err, target)

    def test_keyboard_interrupt(
        self,
        articles: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """Ctrl-C exits 130 without a traceback."""

        def interrupted(self: object, text: str, **kwargs: object) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(communique.Parser, "parse", interrupted)
        assert main(["parse", str(articles / "a.txt")]) == 130
        assert "Traceback" not in capsys.readouterr().err

    def test_broken_pipe(
        self,
        articles: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """A closed stdout ends the run quietly with status 141."""

        class Closed(io.StringIO):
            def write(self, s: str) -> int:
                raise BrokenPipeError

        monkeypatch.setattr(sys, "stdout", Closed())
        assert main(["parse", str(articles)]) == 141
        assert capsys.readouterr().err == ""


class TestOtherCommands:
    """``schema``, ``evaluate``, ``--version`` and ``--help``."""

    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--version prints the package version and exits 0."""
        assert main(["--version"]) == 0
        assert capsys.readouterr().out.strip() == (
            f"communique {communique.__version__}"
        )

    def test_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        """parse --help exits 0 and says several files give JSON Lines."""
        assert main(["parse", "--help"]) == 0
        out = " ".join(capsys.readouterr().out.split())
        assert "JSON Lines" in out
        assert "--workers" in out

    def test_schema(self, capsys: pytest.CaptureFixture[str]) -> None:
        """schema prints the JSON Schema of the output."""
        assert main(["schema"]) == 0
        schema = json.loads(capsys.readouterr().out)
        assert schema == serialize.json_schema()

    def test_evaluate_missing_dir(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """evaluate on a missing directory exits 1 with one line."""
        missing = str(tmp_path / "gold")
        assert main(["evaluate", missing]) == 1
        assert_one_line_error(capsys.readouterr().err, "gold")

    def test_evaluate(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """evaluate prints a table, or the report as JSON with --json."""
        gold = {
            "published": "2003-03-03",
            "actors": [
                {
                    "key": "FRA",
                    "kind": "state",
                    "name": "France",
                    "country": "FRA",
                }
            ],
        }
        (tmp_path / "x.txt").write_text("France spoke.", encoding="utf-8")
        (tmp_path / "x.gold.json").write_text(json.dumps(gold))
        assert main(["evaluate", str(tmp_path)]) == 0
        table = capsys.readouterr().out
        assert "TOTAL" in table
        assert "x" in table.split()
        assert main(["evaluate", str(tmp_path), "--json"]) == 0
        report = json.loads(capsys.readouterr().out)
        assert isinstance(report, dict)

    def test_evaluate_pred_dir(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--pred-dir scores ready-made predictions instead of parsing."""
        gold = {
            "published": "2003-03-03",
            "actors": [
                {
                    "key": "FRA",
                    "kind": "state",
                    "name": "France",
                    "country": "FRA",
                }
            ],
        }
        pred = {
            "actors": [
                {
                    "id": "state:FRA",
                    "kind": "state",
                    "name": "France",
                    "country": "FRA",
                }
            ]
        }
        gold_dir, pred_dir = tmp_path / "gold", tmp_path / "pred"
        gold_dir.mkdir()
        pred_dir.mkdir()
        (gold_dir / "x.txt").write_text("France spoke.", encoding="utf-8")
        (gold_dir / "x.gold.json").write_text(json.dumps(gold))
        (pred_dir / "x.json").write_text(json.dumps(pred))
        args = ["evaluate", str(gold_dir), "--pred-dir", str(pred_dir)]
        assert main([*args, "--json"]) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["articles"]["x"]["actors"] == [1.0, 1.0, 1.0]
        assert report["f1"]["actors"] == 1.0

    def test_evaluate_unavailable(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """Without communique._evaluate, evaluate exits 2 with one line."""
        monkeypatch.setitem(sys.modules, "communique._evaluate", None)
        assert main(["evaluate", str(tmp_path)]) == 2
        assert_one_line_error(capsys.readouterr().err, "not available")


class TestEntryPoint:
    """``python -m communique`` runs the same command."""

    def test_module_runs(self, tmp_path: Path) -> None:
        """python -m communique parse FILE prints the document, exit 0."""
        f = tmp_path / "a.txt"
        f.write_text(ARTICLE_A, encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "communique", "parse", str(f)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["text"] == ARTICLE_A
        assert proc.stderr == ""

    def test_module_error(self, tmp_path: Path) -> None:
        """Errors from the entry point are one line and no traceback."""
        missing = str(tmp_path / "gone.txt")
        proc = subprocess.run(
            [sys.executable, "-m", "communique", "parse", missing],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 1
        assert_one_line_error(proc.stderr, missing)

    def test_broken_pipe_subprocess(self, tmp_path: Path) -> None:
        """Closing the pipe early ends quietly, with no traceback."""
        d = tmp_path / "many"
        d.mkdir()
        for i in range(30):
            (d / f"{i:02}.txt").write_text(ARTICLE_B * 50, encoding="utf-8")
        proc = subprocess.Popen(
            [sys.executable, "-m", "communique", "parse", str(d)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline()
        proc.stdout.close()
        _, err = proc.communicate(timeout=60)
        assert b"Traceback" not in err
        assert proc.returncode in {0, 141}
