# SPDX-License-Identifier: MIT
"""
Run every Python example in README.md and docs/*.md as a test.

Fenced ```python blocks run as code; blocks that hold ``>>>`` prompts run
as doctests and must print what they show.
Put ``<!-- skip: next -->`` before a block that must not run.
Each page shares one namespace, so later blocks see earlier imports.
"""

from __future__ import annotations

from doctest import ELLIPSIS, NORMALIZE_WHITESPACE
from pathlib import Path
from typing import Any

from sybil import Sybil
from sybil.parsers.markdown import (
    ClearNamespaceParser,
    PythonCodeBlockParser,
    SkipParser,
)


ROOT = Path(__file__).parent


def _setup(namespace: dict[str, Any]) -> None:
    namespace["EXAMPLES"] = ROOT / "examples"


pytest_collect_file = Sybil(
    parsers=[
        PythonCodeBlockParser(
            doctest_optionflags=ELLIPSIS | NORMALIZE_WHITESPACE
        ),
        SkipParser(),
        ClearNamespaceParser(),
    ],
    path=str(ROOT),
    patterns=["README.md", "docs/*.md"],
    excludes=["examples/*", "benchmarks/*", "tests/*"],
    setup=_setup,
).pytest()
