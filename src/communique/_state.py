# SPDX-License-Identifier: MIT
"""
What a :class:`~communique.Parser` compiles from its gazetteer and
lexicons, held in one value: the recognizer, the meeting cues and
patterns, the claim and relation lexicons, the CAMEO table and the
persons' periods of service.

Stages that a parser's configuration switches off are not built. The
shipped gazetteer and lexicons compile to the same state in every
process, so :func:`default_state` keeps it in the disk cache
(:mod:`._cache`): a new process unpickles it instead of compiling.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import resources

import attrs

from . import _cache
from ._claims import ClaimLexicon, build_lexicon
from ._codes import Codes, build_codes
from ._enrich import Service, served
from ._gazetteer import Gazetteer
from ._lexicons import NAMES, Lexicons
from ._meetings import Cues, Patterns, cues
from ._mentions import Recognizer
from ._relations import PolarityLexicon


__all__ = ["ParserState", "cached_state", "default_state"]

#: What each compiled part is built from: the gazetteer and which lexicons.
#: A parser with custom data reuses the parts of the shipped state whose
#: inputs it shares, and compiles the rest.
_INPUTS: dict[str, tuple[bool, tuple[str, ...]]] = {
    "recognizer": (True, ("actor_cues", "titles", "reporting_verbs", "persons")),
    "codes": (False, ("cameo",)),
    "served": (False, ("persons",)),
    "meeting_cues": (True, ("meeting_cues",)),
    "meeting_patterns": (False, ()),
    "claims": (False, ("reporting_verbs", "hedges")),
    "polarity": (False, ("polarity",)),
}

#: Each name of the ``persons`` lexicon -> its periods of service.
Services = Mapping[str, tuple[Service, ...]]


@attrs.frozen(kw_only=True, eq=False)
class ParserState:
    """
    A parser's compiled gazetteer and lexicons; ``None`` for a stage the
    parser does not run.

    Examples:
        >>> state = ParserState.build(Gazetteer.default(), Lexicons.default(),
        ...                           meetings=False)
        >>> state.meeting_cues is None, state.claims is not None
        (True, True)
    """

    gazetteer: Gazetteer
    lexicons: Lexicons
    recognizer: Recognizer
    codes: Codes
    served: Services
    meeting_cues: Cues | None
    meeting_patterns: Patterns | None
    claims: ClaimLexicon | None
    polarity: PolarityLexicon | None

    @classmethod
    def build(
        cls,
        gazetteer: Gazetteer,
        lexicons: Lexicons,
        *,
        meetings: bool = True,
        claims: bool = True,
        relationships: bool = True,
        base: ParserState | None = None,
    ) -> ParserState:
        """
        Compile *gazetteer* and *lexicons* for the stages switched on,
        taking from *base* every part built from the same inputs.

        Raises:
            LexiconError: A lexicon entry cannot be compiled.
        """
        builders: dict[str, Callable[[], object]] = {
            "recognizer": lambda: Recognizer(gazetteer, lexicons),
            "codes": lambda: build_codes(lexicons),
            "served": lambda: served(lexicons),
            "meeting_cues": lambda: cues(gazetteer, lexicons),
            "meeting_patterns": Patterns,
            "claims": lambda: build_lexicon(lexicons),
            "polarity": lambda: PolarityLexicon.from_dict(lexicons["polarity"]),
        }
        wanted = {
            "meeting_cues": meetings,
            "meeting_patterns": meetings,
            "claims": claims,
            "polarity": relationships,
        }
        same_gazetteer = base is not None and (
            base.gazetteer is gazetteer or base.gazetteer == gazetteer
        )
        parts: dict[str, object] = {}
        for name, build in builders.items():
            if not wanted.get(name, True):
                parts[name] = None
                continue
            uses_gazetteer, names = _INPUTS[name]
            reused = getattr(base, name, None)
            if (
                base is not None
                and reused is not None
                and (same_gazetteer or not uses_gazetteer)
                and all(base.lexicons[n] == lexicons[n] for n in names)
            ):
                parts[name] = reused
            else:
                parts[name] = build()
        return cls(gazetteer=gazetteer, lexicons=lexicons, **parts)  # type: ignore[arg-type]


def _shipped_digest() -> str:
    """A digest of the shipped lexicon and gazetteer files (and the code)."""
    folder = resources.files("communique").joinpath("lexicons")
    files = sorted(
        [f"{n}.json" for n in NAMES] + ["states.json", "organizations.json"]
    )
    return _cache.digest(
        *(f.encode() + folder.joinpath(f).read_bytes() for f in files)
    )


def _state_file() -> str:
    return f"state-{_shipped_digest()}.pickle"


def cached_state() -> ParserState | None:
    """The state of the shipped data from the disk cache, if there."""
    state = _cache.load(_state_file())
    return state if isinstance(state, ParserState) else None


def default_state() -> ParserState:
    """
    The state of the shipped gazetteer and lexicons, every stage built:
    from the disk cache when an earlier process wrote it, else compiled
    (and written there).
    """
    state = cached_state()
    if state is not None:
        return state
    state = ParserState.build(Gazetteer.default(), Lexicons.default())
    if _cache.save(_state_file(), state):
        _cache.prune("state-")
    _cache.save_patterns()
    return state
