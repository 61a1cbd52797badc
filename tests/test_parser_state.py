# SPDX-License-Identifier: MIT
"""The Parser owns what it compiles; lexicons load, check and extend; the
disk cache makes a new process start fast and never changes a result."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from pathlib import Path

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

import communique

from communique import LexiconError, Lexicons, Parser, ParserConfig
from communique._lexicons import NAMES


SRC = Path(communique.__file__).resolve().parent
TEXT = "Swedish Foreign Minister Anna Berg opined that the talks had failed."
OPINE = {"groups": [{"name": "opine", "forms": ["opined", "opines"]}]}


def _run(code: str, **env: str) -> str:
    """Run *code* in a fresh interpreter; its standard output."""
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **env},
    )
    return out.stdout


class TestLexicons:
    """One loader reads and checks every lexicon."""

    def test_default_has_every_lexicon(self) -> None:
        lex = Lexicons.default()
        assert sorted(lex) == sorted(NAMES)
        assert len(lex) == len(NAMES)

    def test_extend_adds_and_keeps_the_original(self) -> None:
        base = Lexicons.default()
        more = base.extend("reporting_verbs", OPINE)
        forms = {
            f for g in more["reporting_verbs"]["groups"] for f in g["forms"]
        }
        assert "opined" in forms
        assert "opined" not in {
            f for g in base["reporting_verbs"]["groups"] for f in g["forms"]
        }

    def test_extend_skips_entries_already_there(self) -> None:
        base = Lexicons.default()
        title = base["titles"]["titles"][0]
        more = base.extend("titles", {"titles": [title]})
        assert more["titles"]["titles"] == base["titles"]["titles"]

    def test_unknown_lexicon_is_named(self) -> None:
        with pytest.raises(LexiconError, match="unknown lexicon"):
            Lexicons.default()["verbz"]

    @pytest.mark.parametrize(
        ("name", "doc", "entry"),
        [
            ("hedges", {"adverbs": ["reportedly", ""]}, "adverbs: ''"),
            ("titles", {"titles": "President"}, "titles"),
            ("actor_cues", {"pronouns": {"he": 1}}, "pronouns: 'he'"),
            ("meeting_cues", {"triggers": {}}, "triggers"),
        ],
    )
    def test_bad_entry_names_file_and_entry(
        self, name: str, doc: dict[str, object], entry: str
    ) -> None:
        with pytest.raises(LexiconError) as info:
            Lexicons.default().replace(name, doc, source=f"my-{name}.json")
        assert info.value.source == f"my-{name}.json"
        assert info.value.entry == entry

    def test_a_lexicon_must_be_an_object(self) -> None:
        with pytest.raises(LexiconError, match="expected a JSON object"):
            Lexicons.default().replace("hedges", ["reportedly"])  # type: ignore[arg-type]

    def test_from_dir_replaces_named_files(self, tmp_path: Path) -> None:
        hedges = {"adverbs": ["reportedly"], "content": ["may"],
                  "first_person": ["think"]}
        (tmp_path / "hedges.json").write_text(json.dumps(hedges))
        lex = Lexicons.from_dir(tmp_path)
        assert lex["hedges"]["adverbs"] == ["reportedly"]
        assert lex["titles"] == Lexicons.default()["titles"]

    def test_from_dir_reports_broken_json(self, tmp_path: Path) -> None:
        (tmp_path / "titles.json").write_text("{broken")
        with pytest.raises(LexiconError) as info:
            Lexicons.from_dir(tmp_path)
        assert info.value.source == str(tmp_path / "titles.json")

    def test_from_dir_needs_a_directory(self, tmp_path: Path) -> None:
        with pytest.raises(LexiconError, match="not a directory"):
            Lexicons.from_dir(tmp_path / "missing")

    def test_lexicon_files_hold_no_regular_expressions(self) -> None:
        """Phrases, not patterns: no backslash escapes or regex groups."""
        for name in (*NAMES, "states", "organizations"):
            text = (SRC / "lexicons" / f"{name}.json").read_text("utf-8")
            data = json.loads(text)
            for s in _strings(data):
                assert "\\" not in s, (name, s)
                assert "(?" not in s, (name, s)

    def test_fingerprint_follows_content(self) -> None:
        a, b = Lexicons.default(), Lexicons.default()
        assert a.fingerprint() == b.fingerprint()
        assert a.extend("reporting_verbs", OPINE).fingerprint() != a.fingerprint()


def _strings(data: object) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for k, v in data.items() if not k.startswith("_")
                for s in (k, *_strings(v))]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return []


class TestCustomLexicons:
    """A parser built with extended lexicons uses them; others do not."""

    def test_extended_reporting_verb_gives_a_claim(self) -> None:
        lex = Lexicons.default().extend("reporting_verbs", OPINE)
        parser = Parser(ParserConfig(lexicons=lex))
        claims = parser.parse(TEXT).claims
        assert [(c.speaker, c.content.text) for c in claims] == [
            ("person:anna-berg", "the talks had failed")
        ]
        assert parser.lexicons is lex

    def test_default_parser_is_unchanged(self) -> None:
        """Control: the shipped lexicons know no 'opined'."""
        assert communique.parse(TEXT).claims == ()

    def test_wrong_type_is_a_clear_error(self) -> None:
        with pytest.raises(communique.InputTypeError, match="lexicons"):
            Parser(lexicons={"titles": {}})  # type: ignore[arg-type]

    def test_broken_custom_entry_fails_at_build(self) -> None:
        """A lexicon the stages cannot compile fails when the parser is
        built, naming the file, not during a parse."""
        bad = Lexicons.default().replace(
            "reporting_verbs", {"groups": [{"name": "x"}]}
        )
        with pytest.raises(LexiconError, match="reporting_verbs"):
            Parser(lexicons=bad)

    def test_switched_off_stages_are_not_built(self) -> None:
        lex = Lexicons.default().extend("reporting_verbs", OPINE)
        state = Parser(lexicons=lex, meetings=False, claims=False).state
        assert state.meeting_cues is None
        assert state.claims is None
        assert state.polarity is not None


class TestOwnership:
    """Compiled state lives in parsers, not in module-level caches."""

    def test_at_most_two_module_level_caches(self) -> None:
        """Only the default parsers and the cached fixed patterns."""
        found = [
            f"{p.name}:{i}"
            for p in sorted(SRC.glob("*.py"))
            for i, line in enumerate(p.read_text("utf-8").splitlines(), 1)
            if line.lstrip().startswith(("@functools.cache", "@functools.lru_cache",
                                         "@cache", "@lru_cache"))
        ]
        assert len(found) <= 1, found

    def test_parsers_hold_their_own_state(self) -> None:
        lex = Lexicons.default().extend("reporting_verbs", OPINE)
        a, b = Parser(lexicons=lex), Parser()
        assert a.state is not b.state
        assert a.state.claims is not b.state.claims


class TestDiskCache:
    """The cache is an accelerator only: same results, rebuilt when bad."""

    CODE = (
        "import communique, json; a = communique.parse("
        "'French President Jean Dupont met analysts in Paris on Monday.', "
        "published='2024-05-06'); print(communique.to_json(a))"
    )

    def test_written_then_read(self, tmp_path: Path) -> None:
        first = _run(self.CODE, COMMUNIQUE_CACHE_DIR=str(tmp_path))
        names = sorted(p.name.split("-")[0] for p in tmp_path.glob("*.pickle"))
        assert names == ["patterns", "state"]
        second = _run(self.CODE, COMMUNIQUE_CACHE_DIR=str(tmp_path))
        assert first == second

    @pytest.mark.slow
    def test_corrupt_cache_is_rebuilt(self, tmp_path: Path) -> None:
        reference = _run(self.CODE, COMMUNIQUE_CACHE_DIR=str(tmp_path))
        for p in tmp_path.glob("*.pickle"):
            p.write_bytes(b"not a pickle")
        assert _run(self.CODE, COMMUNIQUE_CACHE_DIR=str(tmp_path)) == reference
        # and the files were rewritten
        assert all(
            p.read_bytes() != b"not a pickle" for p in tmp_path.glob("*.pickle")
        )

    def test_off_writes_nothing(self, tmp_path: Path) -> None:
        out = _run(
            self.CODE, COMMUNIQUE_CACHE_DIR=str(tmp_path), COMMUNIQUE_CACHE="off"
        )
        assert json.loads(out)["schema"] == "communique/1"
        assert list(tmp_path.iterdir()) == []

    @pytest.mark.slow
    def test_unwritable_directory_still_parses(self, tmp_path: Path) -> None:
        blocker = tmp_path / "file"
        blocker.write_text("x")
        out = _run(self.CODE, COMMUNIQUE_CACHE_DIR=str(blocker / "sub"))
        assert json.loads(out)["schema"] == "communique/1"

    @pytest.mark.slow
    def test_old_state_files_are_pruned(self, tmp_path: Path) -> None:
        for i in range(6):
            (tmp_path / f"state-old{i}.pickle").write_bytes(b"x")
        _run(self.CODE, COMMUNIQUE_CACHE_DIR=str(tmp_path))
        assert len(list(tmp_path.glob("state-*.pickle"))) == 4


class TestCustomGazetteerWins:
    """A user's entry named like a shipped non-actor region is an actor."""

    TEXT = "Somaliland said the talks had failed."

    def test_custom_entry(self) -> None:
        extra = communique.Gazetteer.from_dict(
            {"states": [{"code": "XSL", "name": "Somaliland"}]}
        )
        gaz = communique.Gazetteer.default().with_entries(*extra.entries)
        ids = [a.id for a in Parser(gazetteer=gaz).parse(self.TEXT).actors]
        assert ids == ["state:XSL"]

    def test_shipped_region_is_no_actor(self) -> None:
        """Control: without the entry the region stays a non-actor."""
        assert communique.parse(self.TEXT).actors == ()


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


class TestLexiconProperties:
    """Any JSON in: a new Lexicons or a LexiconError, never a crash."""

    @given(
        name=st.sampled_from(NAMES),
        additions=st.dictionaries(st.text(max_size=12), _JSON, max_size=4),
    )
    def test_extend_never_crashes(
        self, name: str, additions: dict[str, object]
    ) -> None:
        base = Lexicons.default()
        try:
            more = base.extend(name, additions)
        except LexiconError as e:
            error: LexiconError | None = e
        else:
            error = None
            assert sorted(more) == sorted(base)
            assert base[name] is not more[name]
        assert error is None or error.source  # names the lexicon

    @pytest.mark.slow
    @settings(max_examples=5)
    @given(words=st.lists(st.text(min_size=1, max_size=15), max_size=5))
    def test_extended_titles_build_or_fail_clearly(self, words: list[str]) -> None:
        """A parser with extra titles compiles, or says which entry is bad."""
        try:
            lex = Lexicons.default().extend("titles", {"titles": words})
            parser = Parser(lexicons=lex, meetings=False, relationships=False)
        except LexiconError:
            return
        assert parser.parse("The minister said the talks failed.").text


class TestReuse:
    """A parser with custom data reuses the shipped parts it shares."""

    def test_custom_gazetteer_reuses_lexicon_parts(self) -> None:
        from communique._state import ParserState, default_state

        shipped = default_state()
        assert shipped is not None
        extra = communique.Gazetteer.from_dict(
            {"states": [{"code": "XZB", "name": "Zubrovia"}]}
        )
        gaz = communique.Gazetteer.default().with_entries(*extra.entries)
        state = ParserState.build(gaz, Lexicons.default(), base=shipped)
        assert state.claims is shipped.claims
        assert state.polarity is shipped.polarity
        # built from the gazetteer: compiled anew
        assert state.recognizer is not shipped.recognizer
        assert state.meeting_cues is not shipped.meeting_cues

    def test_custom_lexicon_rebuilds_what_reads_it(self) -> None:
        from communique._state import ParserState, default_state

        shipped = default_state()
        assert shipped is not None
        lex = Lexicons.default().extend("reporting_verbs", OPINE)
        state = ParserState.build(shipped.gazetteer, lex, base=shipped)
        assert state.claims is not shipped.claims
        assert state.recognizer is not shipped.recognizer
        assert state.polarity is shipped.polarity
        assert state.meeting_cues is shipped.meeting_cues
