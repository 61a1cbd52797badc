# SPDX-License-Identifier: MIT
"""Tests for the public surface of :mod:`communique`."""

from __future__ import annotations

import enum
import inspect

from typing import Any

import pytest

import communique

from communique import errors, model


PUBLIC = sorted(communique.__all__)
#: Public classes and functions; the rest are constants such as
#: SCHEMA_VERSION, which carry no docstring or module of their own.
DEFINED = [
    n
    for n in PUBLIC
    if inspect.isclass(getattr(communique, n))
    or inspect.isfunction(getattr(communique, n))
]


def _public_members(obj: type) -> list[tuple[str, Any]]:
    """Public methods and properties defined on *obj* itself."""
    out = []
    for name, member in vars(obj).items():
        if name.startswith("_"):
            continue
        if isinstance(member, (classmethod, staticmethod)):
            member = member.__func__
        if inspect.isfunction(member) or isinstance(member, property):
            out.append((name, member))
    return out


class TestAll:
    """communique.__all__ is the complete, tidy list of public names."""

    def test_sorted(self) -> None:
        """__all__ is in sorted order."""
        assert communique.__all__ == sorted(communique.__all__)

    def test_unique(self) -> None:
        """No name appears twice in __all__."""
        assert len(communique.__all__) == len(set(communique.__all__))

    @pytest.mark.parametrize("name", PUBLIC)
    def test_name_exists(self, name: str) -> None:
        """Every name in __all__ is an attribute of the package."""
        assert getattr(communique, name, None) is not None

    def test_each_object_exported_once(self) -> None:
        """No object is exported under two names."""
        objs = [id(getattr(communique, n)) for n in communique.__all__]
        assert len(objs) == len(set(objs))

    def test_star_import(self) -> None:
        """`from communique import *` gives exactly __all__."""
        ns: dict[str, Any] = {}
        exec("from communique import *", ns)
        ns.pop("__builtins__")
        assert sorted(ns) == PUBLIC

    # the model and the errors are public in full
    @pytest.mark.parametrize("name", model.__all__)
    def test_model_exported(self, name: str) -> None:
        """Every public model type is exported from the package root."""
        assert getattr(communique, name) is getattr(model, name)
        assert name in communique.__all__

    @pytest.mark.parametrize(
        "name",
        sorted(
            n
            for n, o in vars(errors).items()
            if isinstance(o, type) and issubclass(o, Exception)
        ),
    )
    def test_errors_exported(self, name: str) -> None:
        """Every exception class in communique.errors is exported."""
        assert name in communique.__all__


class TestDocstrings:
    """Every public object, method and property is documented."""

    @pytest.mark.parametrize("name", DEFINED)
    def test_object_has_docstring(self, name: str) -> None:
        """A public class or function has a non-empty docstring of its own."""
        obj = getattr(communique, name)
        doc = obj.__doc__
        assert doc, f"communique.{name} has no docstring"
        assert doc.strip()

    @pytest.mark.parametrize(
        "name",
        [
            n
            for n in PUBLIC
            if isinstance(getattr(communique, n), type)
            and not issubclass(getattr(communique, n), enum.Enum)
        ],
    )
    def test_members_have_docstrings(self, name: str) -> None:
        """Public methods and properties of a public class are documented."""
        cls = getattr(communique, name)
        missing = [
            m for m, member in _public_members(cls) if not member.__doc__
        ]
        assert missing == [], f"undocumented: {name}.{missing}"

    def test_constants_are_plain_values(self) -> None:
        """Public names that are neither classes nor functions are constants."""
        for name in set(PUBLIC) - set(DEFINED):
            assert isinstance(getattr(communique, name), (str, int, tuple))

    def test_package_docstring(self) -> None:
        """The package itself has a docstring."""
        assert communique.__doc__
        assert communique.__doc__.strip()


class TestOnePublicPath:
    """Each public object lives in the package, not in a third party."""

    @pytest.mark.parametrize("name", DEFINED)
    def test_defined_in_package(self, name: str) -> None:
        """The object's module is communique or one of its submodules."""
        obj = getattr(communique, name)
        assert obj.__module__.split(".")[0] == "communique"

    def test_unknown_attribute(self) -> None:
        """A missing attribute raises AttributeError naming it."""
        with pytest.raises(AttributeError, match="no_such_thing"):
            communique.no_such_thing  # noqa: B018
