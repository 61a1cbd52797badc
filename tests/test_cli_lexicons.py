# SPDX-License-Identifier: MIT
"""``communique parse --gazetteer FILE --lexicons DIR`` and the same options
of ``evaluate`` build the parser from custom data."""

from __future__ import annotations

import json

from pathlib import Path

import pytest

from communique.cli import main


TEXT = "Swedish Foreign Minister Anna Berg opined that the talks had failed."
SOMALILAND = "Somaliland said the Eastern League would send observers."


def _claims(out: str) -> list[str]:
    return [c["speaker"] for c in json.loads(out)["claims"]]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return path


class TestLexiconsOption:
    def test_custom_reporting_verb(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        article = _write(tmp_path, TEXT)
        lex = tmp_path / "lex"
        lex.mkdir()
        verbs = json.loads(
            (Path(__file__).parents[1] / "src" / "communique" / "lexicons"
             / "reporting_verbs.json").read_text(encoding="utf-8")
        )
        verbs["groups"].append({"name": "opine", "forms": ["opined"]})
        (lex / "reporting_verbs.json").write_text(json.dumps(verbs))
        assert main(["parse", str(article), "--lexicons", str(lex), "-q"]) == 0
        assert _claims(capsys.readouterr().out) == ["person:anna-berg"]

    def test_without_the_option_no_claim(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Control: the shipped lexicons know no 'opined'."""
        assert main(["parse", str(_write(tmp_path, TEXT)), "-q"]) == 0
        assert _claims(capsys.readouterr().out) == []

    def test_broken_lexicon_is_a_one_line_error(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        lex = tmp_path / "lex"
        lex.mkdir()
        (lex / "titles.json").write_text("{broken")
        status = main(["parse", str(_write(tmp_path, TEXT)), "--lexicons", str(lex)])
        err = capsys.readouterr().err
        assert status == 1
        assert "titles.json" in err
        assert "invalid JSON" in err

    def test_missing_directory(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        status = main(
            ["parse", str(_write(tmp_path, TEXT)), "--lexicons",
             str(tmp_path / "nope")]
        )
        assert status == 1
        assert "not a directory" in capsys.readouterr().err


class TestGazetteerOption:
    def test_entries_are_added(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        gaz = tmp_path / "extra.json"
        gaz.write_text(json.dumps({
            "states": [{"code": "XSL", "name": "Somaliland"}],
            "organizations": [{"id": "eastern-league", "name": "Eastern League"}],
        }))
        article = _write(tmp_path, SOMALILAND)
        assert main(["parse", str(article), "--gazetteer", str(gaz), "-q"]) == 0
        ids = {a["id"] for a in json.loads(capsys.readouterr().out)["actors"]}
        assert {"state:XSL", "org:eastern-league"} <= ids

    @pytest.mark.slow
    def test_with_workers(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        gaz = tmp_path / "extra.json"
        gaz.write_text(json.dumps({"states": [{"code": "XSL", "name": "Somaliland"}]}))
        a = _write(tmp_path, SOMALILAND)
        b = tmp_path / "b.txt"
        b.write_text("Somaliland welcomed the decision.", encoding="utf-8")
        assert main(["parse", str(a), str(b), "--gazetteer", str(gaz),
                     "--workers", "2", "-q"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert len(lines) == 2
        for line in lines:
            assert "state:XSL" in {x["id"] for x in json.loads(line)["actors"]}

    def test_malformed_gazetteer_names_the_file(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        gaz = tmp_path / "extra.json"
        gaz.write_text(json.dumps({"states": [{"code": "xx", "name": "X"}]}))
        status = main(["parse", str(_write(tmp_path, SOMALILAND)),
                       "--gazetteer", str(gaz)])
        assert status == 1
        assert "extra.json" in capsys.readouterr().err
