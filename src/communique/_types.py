# SPDX-License-Identifier: MIT
"""
Internal types passed between pipeline stages.

All offsets in these types index the *normalized* text; only
:meth:`NormalizedText.raw_span` turns them into public :class:`Span`s over
the caller's original string.
"""

from __future__ import annotations

import bisect
import datetime as dt

import attrs

from .model import Actor, ActorKind, Role, Span


@attrs.frozen(kw_only=True)
class Edit:
    """
    One replacement made by normalization.

    ``raw[raw_start:raw_end]`` became ``text[start:end]``.
    """

    start: int
    end: int
    raw_start: int
    raw_end: int


@attrs.frozen(kw_only=True)
class NormalizedText:
    """
    Repaired text plus the map back to the caller's original string.

    Attributes:
        raw: The original string.
        text: The normalized string that later stages read.
        edits: Replacements in order; everything between them is copied
            unchanged, so offsets shift only at edits.
        steps: Names of the normalization steps that changed something.
    """

    raw: str
    text: str
    edits: tuple[Edit, ...] = ()
    steps: tuple[str, ...] = ()
    _starts: tuple[int, ...] = attrs.field(init=False)

    @_starts.default
    def _make_starts(self) -> tuple[int, ...]:
        return tuple(e.start for e in self.edits)

    @classmethod
    def identity(cls, raw: str) -> NormalizedText:
        """Text that needed no repair."""
        return cls(raw=raw, text=raw)

    def to_raw_start(self, i: int) -> int:
        """Raw offset where the normalized character at *i* begins."""
        k = bisect.bisect_right(self._starts, i) - 1
        if k < 0:
            return i
        e = self.edits[k]
        if i < e.end:
            return e.raw_start
        return e.raw_end + (i - e.end)

    def to_raw_end(self, i: int) -> int:
        """Raw offset where a span ending (exclusively) at *i* ends."""
        if i == 0:
            return 0
        k = bisect.bisect_right(self._starts, i - 1) - 1
        if k < 0:
            return i
        e = self.edits[k]
        if i - 1 < e.end:
            return e.raw_end
        return e.raw_end + (i - e.end)

    def raw_span(self, start: int, end: int) -> Span:
        """The public span of the raw text behind ``text[start:end]``."""
        if not self.edits:
            end = max(start, end)
            return Span(start=start, end=end, text=self.raw[start:end])
        rs = self.to_raw_start(start)
        re_ = max(rs, self.to_raw_end(end)) if end > start else rs
        return Span(start=rs, end=re_, text=self.raw[rs:re_])


@attrs.frozen(kw_only=True)
class Sentence:
    """One sentence: ``text[start:end]`` of the normalized text."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@attrs.frozen(kw_only=True)
class Mention:
    """
    A stretch of normalized text that names or refers to an actor.

    Produced by recognition (stage 3) before resolution; ``key`` is set
    when the gazetteer already knows the entity (``state:RUS``).

    Attributes:
        start: Start offset in the normalized text.
        end: End offset in the normalized text.
        text: ``normalized[start:end]``.
        kind: What the mention names.
        key: Canonical actor id, when known at recognition time.
        name: Canonical name for the actor this mention proposes
            (``"Sergey Lavrov"`` for the mention "Russian Foreign Minister
            Sergey Lavrov").
        head: Where the name itself lies inside the mention, when the
            mention includes titles (start, end in normalized offsets).
        country: ISO alpha-3 country the mention implies.
        roles: Roles the mention gives a person.
        form: How it refers: ``name``, ``surname``, ``capital``, ``seat``,
            ``demonym``, ``title``, ``pronoun``, ``group``, ``abbreviation``.
        sentence: Index of the sentence holding it.
        signature: For groups, what identifies the description whatever
            its wording ("USA officials" for "U.S. officials" and
            "American officials").
    """

    start: int
    end: int
    text: str
    kind: ActorKind
    key: str | None = None
    name: str | None = None
    head: tuple[int, int] | None = None
    country: str | None = None
    roles: tuple[Role, ...] = ()
    form: str = "name"
    sentence: int = 0
    signature: str | None = None


@attrs.frozen(kw_only=True)
class ResolvedMention:
    """A mention tied to the actor it refers to (after stage 4)."""

    start: int
    end: int
    text: str
    actor: str
    kind: ActorKind
    form: str
    sentence: int
    country: str | None = None


@attrs.frozen(kw_only=True)
class Document:
    """
    What the fact stages (meetings, claims, relationships) read.

    Attributes:
        norm: The normalized text and its map to the raw text.
        sentences: Sentences in order.
        mentions: Resolved actor mentions, sorted by start offset.
        actors: The public actors, keyed by id.
        published: The article's publication date, if known.
    """

    norm: NormalizedText
    sentences: tuple[Sentence, ...]
    mentions: tuple[ResolvedMention, ...]
    actors: dict[str, Actor]
    published: dt.date | None = None
    _mention_starts: tuple[int, ...] = attrs.field(init=False)

    @_mention_starts.default
    def _make_mention_starts(self) -> tuple[int, ...]:
        return tuple(m.start for m in self.mentions)

    @property
    def text(self) -> str:
        """The normalized text."""
        return self.norm.text

    def mentions_in(self, start: int, end: int) -> tuple[ResolvedMention, ...]:
        """Mentions lying wholly inside ``text[start:end]``, in order."""
        lo = bisect.bisect_left(self._mention_starts, start)
        hi = bisect.bisect_left(self._mention_starts, end)
        return tuple(m for m in self.mentions[lo:hi] if m.end <= end)

    def span(self, start: int, end: int) -> Span:
        """Public span over the raw text for normalized ``[start:end]``."""
        return self.norm.raw_span(start, end)
