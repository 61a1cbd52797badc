# SPDX-License-Identifier: MIT
"""
Event coding: CAMEO codes and PLOVER categories for meetings, claims and
relationships, so the library's output joins GDELT, ICEWS and POLECAT
data.

The mapping is data, in ``lexicons/cameo.json``:

* **meetings**: planned -> ``036`` (express intent to meet), call ->
  ``041`` (discuss by telephone), visit -> ``042`` (make a visit), talks,
  summit, meeting -> ``040`` (consult), talks about negotiations ->
  ``046``. Cancelled meetings get no code: no event took place.
* **claims**: the first cue pattern that matches the claim's reporting
  expression (then its content) picks the code: ``112`` accuse, ``111``
  criticize, ``130`` threaten (``138`` with military force), ``020``
  appeal, ``030`` intent to cooperate, ``051`` praise, ``012`` / ``013``
  pessimistic / optimistic comment, ...; anything else is ``010`` (make
  statement).
* **relationships**: by kind and polarity: ``190`` war and conflict,
  ``163`` sanctions, ``062`` military cooperation, ``061`` trade,
  ``070`` aid, ``057`` agreement, ``050`` diplomatic cooperation,
  ``111`` condemnation, ``110`` other disapproval, ``120`` rejection,
  ``150`` force posture, ``170`` coercion, ``180`` assault, ``081``
  eased sanctions; a mixed relation with
  no kind-specific code gets none.

PLOVER categories use POLECAT's names (the CAMEO2PLOVER 2021 table, with
DEMAND called REQUEST). CAMEO root 01 (public statements) has no PLOVER
category, because PLOVER codes no simple commentary: such claims get
``plover=None``.
"""

from __future__ import annotations

import functools
import json

from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

import attrs
import regex

from .errors import LexiconError
from .model import (
    Claim,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Relationship,
)


__all__ = [
    "code_claim",
    "code_meeting",
    "code_relationship",
    "plover_of",
]

_SOURCE = "cameo.json"
_CODE = regex.compile(r"\d{2,4}")
_NEGOTIATE = regex.compile(r"negotiat", regex.IGNORECASE)
_NEUTRAL_CUE = regex.compile(
    r"(?<!\s)\s*+(?:said|says|say|told|tells|stated|states|added|noted"
    r"|according\s+to|quoted.*|cited.*|reported|announced|declared)\s*+",
    regex.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class _Table:
    labels: Mapping[str, str]
    plover_categories: tuple[str, ...]
    plover_by_root: Mapping[str, str | None]
    plover_exceptions: Mapping[str, str]
    meetings: Mapping[str, str]
    claims: tuple[tuple[regex.Pattern[str], str], ...]
    relationships: Mapping[str, str]


def _check_code(code: Any, labels: Mapping[str, str], entry: str) -> str:
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise LexiconError(_SOURCE, entry, f"bad CAMEO code {code!r}")
    if code not in labels:
        raise LexiconError(_SOURCE, entry, f"code {code!r} has no label")
    return code


def _load(data: Any) -> _Table:
    if not isinstance(data, dict):
        raise LexiconError(_SOURCE, None, "top level must be an object")
    try:
        labels = {str(k): str(v) for k, v in data["labels"].items()}
        cats = tuple(data["plover_categories"])
        by_root = dict(data["plover_by_root"])
        exceptions = dict(data["plover_exceptions"])
        for code in labels:
            _check_code(code, labels, code)
        for key, cat in [*by_root.items(), *exceptions.items()]:
            if cat is not None and cat not in cats:
                raise LexiconError(_SOURCE, key, f"unknown PLOVER {cat!r}")
        meetings = {
            k: _check_code(v, labels, k) for k, v in data["meetings"].items()
        }
        claims = []
        for pattern, code in data["claims"]:
            try:
                rx = regex.compile(rf"\b(?:{pattern})", regex.IGNORECASE)
            except regex.error as e:
                raise LexiconError(_SOURCE, pattern, str(e)) from e
            claims.append((rx, _check_code(code, labels, pattern)))
        rels = {
            k: _check_code(v, labels, k)
            for k, v in data["relationships"].items()
        }
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        if isinstance(e, LexiconError):
            raise
        raise LexiconError(_SOURCE, None, f"malformed: {e!r}") from e
    return _Table(
        labels=MappingProxyType(labels),
        plover_categories=cats,
        plover_by_root=MappingProxyType(by_root),
        plover_exceptions=MappingProxyType(exceptions),
        meetings=MappingProxyType(meetings),
        claims=tuple(claims),
        relationships=MappingProxyType(rels),
    )


@functools.cache
def _table() -> _Table:
    text = (
        resources.files("communique")
        .joinpath(f"lexicons/{_SOURCE}")
        .read_text(encoding="utf-8")
    )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise LexiconError(_SOURCE, None, str(e)) from e
    return _load(data)


def __getattr__(name: str) -> Any:
    # CAMEO_LABELS (code -> label) and PLOVER_CATEGORIES load lazily, so
    # importing communique does not read the lexicon.
    if name == "CAMEO_LABELS":
        return _table().labels
    if name == "PLOVER_CATEGORIES":
        return _table().plover_categories
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def plover_of(code: str | None) -> str | None:
    """
    The PLOVER category of a CAMEO code (``None`` for statements).

    Examples:
        >>> plover_of("042"), plover_of("163"), plover_of("010")
        ('CONSULT', 'COERCE', None)
    """
    if code is None:
        return None
    t = _table()
    for k in range(len(code), 2, -1):
        if code[:k] in t.plover_exceptions:
            return t.plover_exceptions[code[:k]]
    return t.plover_by_root.get(code[:2])


def code_meeting(m: Meeting) -> Meeting:
    """
    The meeting with its CAMEO code and PLOVER category set.

    Examples:
        >>> from communique.model import MeetingKind
        >>> m = Meeting(id="meeting:1", kind=MeetingKind.VISIT,
        ...             participants=("state:FRA",))
        >>> code_meeting(m).cameo, code_meeting(m).plover
        ('042', 'CONSULT')
    """
    t = _table()
    code: str | None
    if m.status is MeetingStatus.CANCELLED:
        code = None
    elif m.status is MeetingStatus.PLANNED:
        code = t.meetings["planned"]
    elif m.kind is not MeetingKind.CALL and any(
        _NEGOTIATE.search(topic) for topic in m.topics
    ):
        code = t.meetings["negotiation"]
    else:
        code = t.meetings.get(m.kind.value, t.meetings["meeting"])
    return attrs.evolve(m, cameo=code, plover=plover_of(code))


@functools.lru_cache(maxsize=4096)
def _claim_code(cue: str, content: str) -> str:
    t = _table()
    for text in (cue, content):
        if not text:
            continue
        for rx, code in t.claims:
            if rx.search(text):
                return code
    return "010"


def code_claim(c: Claim, text: str = "") -> Claim:
    """
    The claim with its CAMEO code and PLOVER category set.

    The reporting expression (``c.cue``) decides first ("accused" ->
    ``112``, "urged" -> ``020``); when it is neutral ("said"), the
    content may ("expressed concern" -> ``012``); else ``010``. *text*
    is unused: spans carry their own text; it is accepted so callers can
    pass the article.

    Examples:
        >>> from communique.model import Span
        >>> c = Claim(id="claim:1", speaker=None,
        ...           content=Span(start=0, end=4, text="talk"),
        ...           cue=Span(start=5, end=12, text="accused"))
        >>> code_claim(c).cameo, code_claim(c).plover
        ('112', 'ACCUSE')
    """
    del text
    cue = c.cue.text if c.cue is not None else ""
    if cue and _NEUTRAL_CUE.fullmatch(cue):
        code = _claim_code("", c.content.text[:160])
        # content cues only for comments, not for actions reported
        if code not in {"012", "013", "018"}:
            code = "010"
    else:
        code = _claim_code(cue, "")
    return attrs.evolve(c, cameo=code, plover=plover_of(code))


def code_relationship(r: Relationship) -> Relationship:
    """
    The relationship with its CAMEO code and PLOVER category set.

    Examples:
        >>> from communique.model import Polarity
        >>> r = Relationship(id="relationship:1", source="state:RUS",
        ...                  target="state:UKR", polarity=Polarity.HOSTILE,
        ...                  kind="war")
        >>> code_relationship(r).cameo, code_relationship(r).plover
        ('190', 'ASSAULT')
    """
    t = _table()
    pol = r.polarity.value
    code = (
        t.relationships.get(f"{r.kind}:{pol}")
        or (t.relationships.get(r.kind) if pol != "mixed" else None)
        or t.relationships.get(pol)
    )
    if code is None and pol == "mixed":
        kind_code = t.relationships.get(r.kind)
        # a mixed relation keeps a code only where the kind is unambiguous
        if r.kind in {"war", "conflict", "sanctions", "agreement", "trade"}:
            code = kind_code
    return attrs.evolve(r, cameo=code, plover=plover_of(code))
