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

from collections.abc import Mapping
from typing import Any

import attrs
import regex

from . import _cache
from ._lexicons import Lexicons
from ._phrases import PhraseError, pattern_source
from .errors import LexiconError
from .model import (
    Claim,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Relationship,
)


__all__ = [
    "Codes",
    "build_codes",
    "code_claim",
    "code_meeting",
    "code_relationship",
]

_SOURCE = "cameo.json"
_CODE = _cache.pattern(r"\d{2,4}")
_NEGOTIATE = _cache.pattern(r"negotiat", regex.IGNORECASE)
_NEUTRAL_CUE = _cache.pattern(
    r"(?<!\s)\s*+(?:said|says|say|told|tells|stated|states|added|noted"
    r"|according\s+to|quoted.*|cited.*|reported|announced|declared)\s*+",
    regex.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class Codes:
    """The compiled ``cameo`` lexicon: labels, PLOVER table and cues."""

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


def _claim_cue(
    entry: Any, labels: Mapping[str, str]
) -> tuple[regex.Pattern[str], str]:
    """One ``claims`` entry: ``{"code", "cues", ["then", "within"]}``."""
    if not isinstance(entry, dict) or not isinstance(entry.get("cues"), list):
        raise LexiconError(_SOURCE, repr(entry), "expected an object with 'cues'")
    name = f"claims {entry.get('code')!r}"
    code = _check_code(entry.get("code"), labels, name)
    try:
        src = r"\b" + pattern_source(entry["cues"])
        then = entry.get("then")
        if then is not None:
            within = int(entry.get("within", 60))
            src += rf"[^.]{{0,{within}}}?\b" + pattern_source(then)
    except (PhraseError, ValueError, TypeError, AttributeError) as e:
        raise LexiconError(_SOURCE, name, f"bad phrase: {e}") from e
    return regex.compile(src, regex.IGNORECASE), code


def _load(data: Any) -> Codes:
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
        claims = [_claim_cue(entry, labels) for entry in data["claims"]]
        rels = {
            k: _check_code(v, labels, k)
            for k, v in data["relationships"].items()
        }
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        if isinstance(e, LexiconError):
            raise
        raise LexiconError(_SOURCE, None, f"malformed: {e!r}") from e
    return Codes(
        labels=labels,
        plover_categories=cats,
        plover_by_root=by_root,
        plover_exceptions=exceptions,
        meetings=meetings,
        claims=tuple(claims),
        relationships=rels,
    )


def build_codes(lexicons: Lexicons) -> Codes:
    """Compile the ``cameo`` lexicon of *lexicons*."""
    return _load(lexicons["cameo"])


def plover_of(code: str | None, t: Codes) -> str | None:
    """
    The PLOVER category of a CAMEO code (``None`` for statements).

    Examples:
        >>> from communique._lexicons import Lexicons
        >>> t = build_codes(Lexicons.default())
        >>> plover_of("042", t), plover_of("163", t), plover_of("010", t)
        ('CONSULT', 'COERCE', None)
    """
    if code is None:
        return None
    for k in range(len(code), 2, -1):
        if code[:k] in t.plover_exceptions:
            return t.plover_exceptions[code[:k]]
    return t.plover_by_root.get(code[:2])


def code_meeting(m: Meeting, t: Codes) -> Meeting:
    """
    The meeting with its CAMEO code and PLOVER category set.

    Examples:
        >>> from communique.model import MeetingKind
        >>> m = Meeting(id="meeting:1", kind=MeetingKind.VISIT,
        ...             participants=("state:FRA",))
        >>> from communique._lexicons import Lexicons
        >>> t = build_codes(Lexicons.default())
        >>> code_meeting(m, t).cameo, code_meeting(m, t).plover
        ('042', 'CONSULT')
    """
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
    return attrs.evolve(m, cameo=code, plover=plover_of(code, t))


def _claim_code(cue: str, content: str, t: Codes) -> str:
    for text in (cue, content):
        if not text:
            continue
        for rx, code in t.claims:
            if rx.search(text):
                return code
    return "010"


def code_claim(c: Claim, t: Codes) -> Claim:
    """
    The claim with its CAMEO code and PLOVER category set.

    The reporting expression (``c.cue``) decides first ("accused" ->
    ``112``, "urged" -> ``020``); when it is neutral ("said"), the
    content may ("expressed concern" -> ``012``); else ``010``.

    Examples:
        >>> from communique.model import Span
        >>> c = Claim(id="claim:1", speaker=None,
        ...           content=Span(start=0, end=4, text="talk"),
        ...           cue=Span(start=5, end=12, text="accused"))
        >>> from communique._lexicons import Lexicons
        >>> t = build_codes(Lexicons.default())
        >>> code_claim(c, t).cameo, code_claim(c, t).plover
        ('112', 'ACCUSE')
    """
    cue = c.cue.text if c.cue is not None else ""
    if cue and _NEUTRAL_CUE.fullmatch(cue):
        code = _claim_code("", c.content.text[:160], t)
        # content cues only for comments, not for actions reported
        if code not in {"012", "013", "018"}:
            code = "010"
    else:
        code = _claim_code(cue, "", t)
    return attrs.evolve(c, cameo=code, plover=plover_of(code, t))


def code_relationship(r: Relationship, t: Codes) -> Relationship:
    """
    The relationship with its CAMEO code and PLOVER category set.

    Examples:
        >>> from communique.model import Polarity
        >>> r = Relationship(id="relationship:1", source="state:RUS",
        ...                  target="state:UKR", polarity=Polarity.HOSTILE,
        ...                  kind="war")
        >>> from communique._lexicons import Lexicons
        >>> t = build_codes(Lexicons.default())
        >>> code_relationship(r, t).cameo, code_relationship(r, t).plover
        ('190', 'ASSAULT')
    """
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
    return attrs.evolve(r, cameo=code, plover=plover_of(code, t))
