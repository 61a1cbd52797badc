# SPDX-License-Identifier: MIT
"""
Tests that the documentation, README, examples and CI script agree.

The code examples inside README.md and docs/*.md run through Sybil (see
the root conftest.py); these tests check the structure around them.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

from pathlib import Path

import pytest
import regex

import communique


ROOT = Path(__file__).parents[1]
DOCS = ROOT / "docs"
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))

_NAV_ENTRY = regex.compile(r"^\s*-\s*[^:\n]+:\s*(\S+\.md)\s*$", regex.M)
_MD_LINK = regex.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
_FENCE = regex.compile(r"^```[a-z]*\n(.*?)^```", regex.M | regex.S)

QUICK_START = (
    "python3 -m venv .venv && . .venv/bin/activate && pip install . && "
    "communique parse examples/"
)
TEST_COMMAND = "pip install -e '.[test]' && python -m pytest"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _nav() -> list[str]:
    return _NAV_ENTRY.findall(_read(ROOT / "mkdocs.yml"))


class TestMkdocsConfig:
    """mkdocs.yml builds a strict site whose nav covers every page."""

    def test_nav_files_exist(self) -> None:
        """Every page named in the nav exists under docs/."""
        missing = [p for p in _nav() if not (DOCS / p).is_file()]
        assert missing == []

    def test_every_page_in_nav(self) -> None:
        """Every Markdown page under docs/ appears in the nav."""
        pages = {p.name for p in DOCS.glob("*.md")}
        assert pages - set(_nav()) == set()

    def test_nav_order(self) -> None:
        """The nav starts at the home page and ends with the changelog."""
        nav = _nav()
        assert nav[0] == "index.md"
        assert nav[-1] == "changelog.md"
        assert "api.md" in nav

    @pytest.mark.parametrize(
        "setting",
        [
            # strictness
            "strict: true",
            # the API reference reads the source tree
            "paths: [src]",
            "docstring_style: google",
            "merge_init_into_class: true",
            "signature_crossrefs: true",
            # the changelog page includes CHANGELOG.md
            "pymdownx.snippets",
        ],
    )
    def test_setting(self, setting: str) -> None:
        """mkdocs.yml carries the settings the docs rely on."""
        assert setting in _read(ROOT / "mkdocs.yml")

    def test_api_page_is_one_directive(self) -> None:
        """docs/api.md renders the whole package with one directive."""
        lines = _read(DOCS / "api.md").splitlines()
        assert [ln for ln in lines if ln.startswith(":::")] == [
            "::: communique"
        ]

    def test_changelog_page_includes_changelog(self) -> None:
        """docs/changelog.md includes the root CHANGELOG.md."""
        assert '--8<-- "CHANGELOG.md"' in _read(DOCS / "changelog.md")

    @pytest.mark.slow
    @pytest.mark.skipif(
        importlib.util.find_spec("mkdocs") is None,
        reason="needs the docs extra",
    )
    def test_strict_build(self, tmp_path: Path) -> None:
        """`mkdocs build --strict` succeeds without warnings."""
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        proc = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict",
             "--site-dir", str(tmp_path / "site")],
            cwd=ROOT, capture_output=True, text=True, env=env, check=False,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        assert (tmp_path / "site" / "api" / "index.html").is_file()


class TestReadme:
    """The README's commands and links work."""

    @pytest.fixture(name="readme")
    def _readme(self) -> str:
        return _read(ROOT / "README.md")

    def test_quick_start(self, readme: str) -> None:
        """The install-and-run line names an example that exists."""
        m = regex.search(
            regex.escape(QUICK_START) + r"(\S+\.txt) --pretty", readme
        )
        assert m is not None
        assert (ROOT / "examples" / m.group(1)).is_file()

    def test_test_command(self, readme: str) -> None:
        """The README tells how to run the tests."""
        assert TEST_COMMAND in readme

    def test_ci_runs_the_readme_command(self) -> None:
        """.ci/run runs the tests exactly as the README says."""
        ci = _read(ROOT / ".ci" / "run")
        assert "python -m pytest\n" in ci
        assert "pip install -e '.[test,docs,lint]'" in ci

    def test_slow_tests_run_separately(self, readme: str) -> None:
        """The default run leaves out slow tests; CI and the README run them."""
        addopts = regex.search(
            r"(?m)^addopts = (.*)$", _read(ROOT / "pyproject.toml")
        )
        assert addopts is not None
        assert '"-m", "not slow"' in addopts.group(1)
        assert "python -m pytest -m slow" in readme
        ci = _read(ROOT / ".ci" / "run")
        assert "python -m pytest -m slow\n" in ci
        assert "export HYPOTHESIS_PROFILE=ci\n" in ci

    def test_local_links(self, readme: str) -> None:
        """Every relative link in the README points to a file."""
        links = [u for u in _MD_LINK.findall(readme) if "://" not in u]
        assert links
        assert [u for u in links if not (ROOT / u).exists()] == []

    def test_python_example_present(self, readme: str) -> None:
        """The README shows the Python API in a runnable block."""
        blocks = _FENCE.findall(readme)
        assert any("communique.parse(" in b for b in blocks)


class TestDocsPages:
    """The hand-written pages link correctly."""

    @pytest.mark.parametrize("page", sorted(p.name for p in DOCS.glob("*.md")))
    def test_relative_links(self, page: str) -> None:
        """Relative links between pages point to existing pages."""
        text = _read(DOCS / page)
        links = [u for u in _MD_LINK.findall(text) if "://" not in u]
        assert [u for u in links if not (DOCS / u).exists()] == []


class TestExamples:
    """The example articles are present, fictional and parseable."""

    def test_there_are_examples(self) -> None:
        """At least two example articles ship."""
        assert len(EXAMPLES) >= 2

    def test_readme_says_fictional(self) -> None:
        """examples/README.md says the articles are invented."""
        assert "fictional" in _read(ROOT / "examples" / "README.md")

    @pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
    def test_length(self, path: Path) -> None:
        """Each article is wire-story length, 200 to 400 words."""
        assert 200 <= len(_read(path).split()) <= 400

    @pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
    def test_parses(self, path: Path) -> None:
        """Each article parses, with every span matching the text."""
        text = _read(path)
        art = communique.parse(text)
        assert art.text == text
        spans = [s for a in art.actors for s in a.mentions]
        spans += [s for m in art.meetings for s in m.evidence]
        spans += [c.content for c in art.claims]
        spans += [s for r in art.relationships for s in r.evidence]
        for s in spans:
            assert text[s.start : s.end] == s.text


class TestChangelog:
    """CHANGELOG.md follows Keep a Changelog."""

    @pytest.fixture(name="changelog")
    def _changelog(self) -> str:
        return _read(ROOT / "CHANGELOG.md")

    @pytest.mark.parametrize(
        "needle",
        [
            "Keep a Changelog",
            "Semantic Versioning",
            "communique/1",
            "## [Unreleased]",
            "### Added",
        ],
    )
    def test_contains(self, changelog: str, needle: str) -> None:
        """The changelog states its format, versioning and schema policy."""
        assert needle in changelog


class TestCiScript:
    """.ci/run is a strict, executable bash script."""

    def test_executable(self) -> None:
        """The script has its executable bit set."""
        assert os.access(ROOT / ".ci" / "run", os.X_OK)

    @pytest.mark.parametrize(
        "needle",
        [
            "set -euo pipefail",
            "-m venv .ci-venv",
            "\nmypy\n",
            "ruff check .",
            "mkdocs build --strict",
        ],
    )
    def test_runs(self, needle: str) -> None:
        """The script builds its own venv and runs every check."""
        ci = _read(ROOT / ".ci" / "run")
        assert needle in ci
