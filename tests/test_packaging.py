# SPDX-License-Identifier: MIT
"""Tests that the installed distribution is complete and consistent."""

from __future__ import annotations

import json

from importlib import metadata, resources

import pytest

import communique


LEXICONS = ["organizations.json", "states.json"]


class TestVersion:
    """communique.__version__ comes from the package metadata."""

    def test_matches_metadata(self) -> None:
        """__version__ equals the installed distribution's version."""
        assert communique.__version__ == metadata.version("communique")

    def test_is_a_release_string(self) -> None:
        """__version__ looks like a PEP 440 release: digits and dots."""
        head = communique.__version__.split("+")[0]
        parts = head.split(".")
        assert len(parts) >= 2
        assert all(p.isdigit() for p in parts[:2])

    def test_not_in_all(self) -> None:
        """__version__ is served lazily and is no public export."""
        assert "__version__" not in communique.__all__


class TestMetadata:
    """The distribution metadata describes the project."""

    @pytest.fixture(name="meta")
    def _meta(self) -> metadata.PackageMetadata:
        return metadata.metadata("communique")

    def test_python_requirement(self, meta: metadata.PackageMetadata) -> None:
        """The distribution requires Python 3.10 or newer."""
        assert meta["Requires-Python"] == ">=3.10"

    def test_runtime_dependencies(self) -> None:
        """Only attrs, cattrs, regex and python-dateutil are required."""
        reqs = metadata.requires("communique") or []
        runtime = {
            r.split(">")[0].split("=")[0].split("[")[0].split(";")[0].strip()
            for r in reqs
            if "extra ==" not in r
        }
        assert runtime == {"attrs", "cattrs", "regex", "python-dateutil"}

    def test_typed_classifier(self, meta: metadata.PackageMetadata) -> None:
        """The distribution declares itself typed."""
        assert "Typing :: Typed" in meta.get_all("Classifier", [])

    def test_console_script(self) -> None:
        """The communique command is declared as an entry point."""
        eps = metadata.entry_points(group="console_scripts")
        assert "communique" in {ep.name for ep in eps}


class TestShippedFiles:
    """Data files ship inside the package."""

    def test_py_typed(self) -> None:
        """The PEP 561 marker py.typed is part of the package."""
        assert resources.files("communique").joinpath("py.typed").is_file()

    @pytest.mark.parametrize("name", LEXICONS)
    def test_lexicon_ships(self, name: str) -> None:
        """Each lexicon is a package resource holding a JSON object."""
        res = resources.files("communique").joinpath("lexicons", name)
        assert res.is_file()
        data = json.loads(res.read_text(encoding="utf-8"))
        assert isinstance(data, dict)
        assert data

    def test_default_gazetteer_loads(self) -> None:
        """The shipped lexicons load into a non-empty gazetteer."""
        gaz = communique.Gazetteer.default()
        assert len(gaz) > 0
        assert gaz.state("RUS") is not None
