# SPDX-License-Identifier: MIT
"""
Loads the shipped lexicons (``lexicons/*.json``) once, on first use.

Lexicons hold data only; the stage modules compile them into patterns.
"""

from __future__ import annotations

import functools
import json

from importlib import resources
from typing import Any

from .errors import LexiconError


def read_lexicon(name: str) -> Any:
    """
    Parse ``lexicons/<name>`` shipped with the package.

    Raises:
        LexiconError: The file is missing or is not valid JSON.

    Examples:
        >>> "group_nouns" in read_lexicon("actor_cues.json")
        True
    """
    try:
        text = (
            resources.files("communique")
            .joinpath(f"lexicons/{name}")
            .read_text(encoding="utf-8")
        )
    except (OSError, UnicodeDecodeError) as e:
        raise LexiconError(name, None, f"cannot read: {e}") from e
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise LexiconError(name, None, f"invalid JSON: {e}") from e


@functools.cache
def lexicon(name: str) -> Any:
    """:func:`read_lexicon`, cached: each file is read once per process."""
    return read_lexicon(name)


def string_list(name: str, key: str) -> tuple[str, ...]:
    """A list of strings under *key* in lexicon *name*, checked."""
    data = lexicon(name)
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, list) or not all(
        isinstance(v, str) and v for v in value
    ):
        raise LexiconError(name, key, "expected a list of non-empty strings")
    return tuple(value)


def string_map(name: str, key: str) -> dict[str, str]:
    """A mapping of strings to strings under *key* in lexicon *name*."""
    data = lexicon(name)
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise LexiconError(name, key, "expected an object of strings")
    return dict(value)
