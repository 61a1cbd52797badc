# SPDX-License-Identifier: MIT
"""
The one loader of the word lists and tables a :class:`~communique.Parser`
compiles (``lexicons/*.json`` besides the gazetteer's two files).

Every file is read, checked and held by a :class:`Lexicons` value; the
stage modules compile what they need from it. Nothing here is cached:
the parser that owns a :class:`Lexicons` owns what is built from it.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os

from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from .errors import LexiconError


__all__ = ["NAMES", "Lexicons", "read_lexicon"]

#: The lexicons, by name; each is the JSON file ``lexicons/<name>.json``.
NAMES = (
    "actor_cues",
    "cameo",
    "hedges",
    "meeting_cues",
    "persons",
    "polarity",
    "reporting_verbs",
    "titles",
)

# What each lexicon must hold at the top level: key -> expected shape.
# "strings": a list of non-empty strings; "map": an object of strings;
# "list": a list; "object": an object. Keys starting with "_" are
# comments and are never checked.
_SHAPES: Mapping[str, Mapping[str, str]] = {
    "actor_cues": {
        "group_nouns": "map",
        "speaking_groups_only": "strings",
        "state_collective_nouns": "strings",
        "group_modifiers": "strings",
        "pronouns": "map",
        "person_verbs": "strings",
        "org_heads": "strings",
        "org_generic_heads": "strings",
        "non_actor_places": "strings",
        "regions": "strings",
        "female_names": "strings",
        "family_name_first": "strings",
        "given_names": "strings",
        "known_persons": "strings",
        "pseudo_titles": "strings",
        "title_heads": "strings",
    },
    "cameo": {
        "plover_categories": "strings",
        "labels": "map",
        "plover_by_root": "object",
        "plover_exceptions": "map",
        "meetings": "map",
        "claims": "list",
        "relationships": "map",
    },
    "hedges": {
        "adverbs": "strings",
        "content": "strings",
        "first_person": "strings",
    },
    "meeting_cues": {"triggers": "list"},
    "persons": {"persons": "list"},
    "polarity": {
        "nouns": "list",
        "verbs": "list",
        "modifiers": "list",
        "hedges": "strings",
        "negations": "strings",
    },
    "reporting_verbs": {"groups": "list"},
    "titles": {"titles": "strings", "honorifics": "strings"},
}


def read_lexicon(name: str) -> Any:
    """
    Parse the shipped ``lexicons/<name>`` (a file name, ``.json`` included).

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
    return _decode(text, name)


def _decode(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise LexiconError(source, None, f"invalid JSON: {e}") from e


def _check(name: str, doc: Any, source: str) -> None:
    """Raise :class:`LexiconError` where *doc* is not a *name* lexicon."""
    if name not in _SHAPES:
        raise LexiconError(
            source, None, f"unknown lexicon {name!r}; known: {', '.join(NAMES)}"
        )
    if not isinstance(doc, dict):
        raise LexiconError(source, None, "expected a JSON object")
    for key, value in doc.items():
        if key.startswith("_"):
            continue
        shape = _SHAPES[name].get(key)
        if shape is None:
            continue  # extra sections are the stage's business
        if shape in ("strings", "list") and not isinstance(value, list):
            raise LexiconError(source, key, "expected a list")
        if shape in ("map", "object") and not isinstance(value, dict):
            raise LexiconError(source, key, "expected an object")
        if shape == "strings":
            for item in value:
                if not isinstance(item, str) or not item.strip():
                    raise LexiconError(
                        source, f"{key}: {item!r}", "expected a non-empty string"
                    )
        if shape == "map":
            for k, v in value.items():
                if not isinstance(v, str):
                    raise LexiconError(
                        source, f"{key}: {k!r}", "expected a string value"
                    )


def _merge(base: Any, extra: Any) -> Any:
    """*extra* merged into a copy of *base*: lists extend, objects merge."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merge(base[k], v) if k in base else copy.deepcopy(v)
        return out
    if isinstance(base, list) and isinstance(extra, list):
        seen = {json.dumps(x, sort_keys=True) for x in base}
        return [
            *base,
            *(
                copy.deepcopy(x)
                for x in extra
                if json.dumps(x, sort_keys=True) not in seen
            ),
        ]
    return copy.deepcopy(extra)


@attrs.frozen(eq=False)
class Lexicons:
    """
    The word lists and tables a :class:`~communique.Parser` compiles:
    titles, reporting verbs, hedges, meeting cues, relation phrases,
    actor cues, well-known persons and CAMEO codes, one JSON document
    per name in :data:`NAMES`.

    Immutable: :meth:`extend` and :meth:`replace` return new values.
    Each document is checked when it is loaded; a malformed one raises
    :class:`~communique.LexiconError` naming the file and the entry.

    Examples:
        >>> lex = Lexicons.default()
        >>> "Foreign Minister" in lex["titles"]["titles"]
        True
        >>> more = lex.extend("titles", {"titles": ["Grand Vizier"]})
        >>> "Grand Vizier" in more["titles"]["titles"]
        True
        >>> "Grand Vizier" in lex["titles"]["titles"]
        False
    """

    # a plain dict (picklable), never handed out or changed after init
    _documents: dict[str, Any] = attrs.field(alias="documents", converter=dict)
    source: str = "communique"

    @classmethod
    def default(cls) -> Lexicons:
        """The lexicons shipped with communique."""
        docs = {}
        for name in NAMES:
            doc = read_lexicon(f"{name}.json")
            _check(name, doc, f"{name}.json")
            docs[name] = doc
        return cls(documents=docs)

    @classmethod
    def from_dir(cls, path: str | os.PathLike[str]) -> Lexicons:
        """
        The shipped lexicons with every ``<name>.json`` found in the
        directory *path* used instead of the shipped file of that name.

        Raises:
            LexiconError: A file is unreadable, is not JSON, or is
                malformed, or *path* is not a directory.
        """
        folder = Path(path)
        if not folder.is_dir():
            raise LexiconError(str(folder), None, "not a directory")
        out = cls.default()
        for name in NAMES:
            p = folder / f"{name}.json"
            if p.exists():
                try:
                    text = p.read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError) as e:
                    raise LexiconError(str(p), None, f"cannot read: {e}") from e
                out = out.replace(name, _decode(text, str(p)), source=str(p))
        return out

    def __getitem__(self, name: str) -> Any:
        """The JSON document of lexicon *name* (do not modify it)."""
        try:
            return self._documents[name]
        except KeyError:
            raise LexiconError(
                self.source, name, f"unknown lexicon; known: {', '.join(NAMES)}"
            ) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._documents)

    def __len__(self) -> int:
        return len(self._documents)

    def replace(
        self, name: str, document: Mapping[str, Any], *, source: str | None = None
    ) -> Lexicons:
        """
        A copy with lexicon *name* replaced by *document* (checked).

        Examples:
            >>> Lexicons.default().replace("hedges", {"adverbs": [42]})
            Traceback (most recent call last):
            ...
            communique.errors.LexiconError: hedges entry 'adverbs: 42': expected a non-empty string
        """
        doc = copy.deepcopy(dict(document)) if isinstance(document, Mapping) else document
        _check(name, doc, source or name)
        docs = dict(self._documents)
        docs[name] = doc
        return Lexicons(documents=docs, source=self.source)

    def extend(self, name: str, additions: Mapping[str, Any]) -> Lexicons:
        """
        A copy with *additions* merged into lexicon *name*: lists are
        extended (entries already there are skipped), objects merged key
        by key, other values replaced.

        Examples:
            >>> lex = Lexicons.default().extend(
            ...     "actor_cues", {"group_nouns": {"pundits": "pundits"}})
            >>> lex["actor_cues"]["group_nouns"]["pundits"]
            'pundits'
        """
        if not isinstance(additions, Mapping):
            raise LexiconError(name, None, "additions must be a JSON object")
        merged = _merge(dict(self[name]), dict(additions))
        return self.replace(name, merged)

    def strings(self, name: str, key: str) -> tuple[str, ...]:
        """The list of strings under *key* in lexicon *name* (empty if absent)."""
        value = self[name].get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(v, str) and v for v in value
        ):
            raise LexiconError(f"{name}.json", key, "expected a list of non-empty strings")
        return tuple(value)

    def mapping(self, name: str, key: str) -> dict[str, str]:
        """The object of strings under *key* in lexicon *name*."""
        value = self[name].get(key, {})
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise LexiconError(f"{name}.json", key, "expected an object of strings")
        return dict(value)

    def fingerprint(self) -> str:
        """A digest of every document: equal lexicons, equal fingerprints."""
        h = hashlib.sha256()
        for name in sorted(self._documents):
            h.update(name.encode())
            h.update(
                json.dumps(
                    self._documents[name], sort_keys=True, ensure_ascii=False
                ).encode()
            )
        return h.hexdigest()
