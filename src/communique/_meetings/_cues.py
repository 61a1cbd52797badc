# SPDX-License-Identifier: MIT
"""
The meeting cue lexicon, compiled: :class:`Cues` and :func:`cues`.

Nothing is compiled at import: :func:`cues` compiles the parser's
``meeting_cues`` lexicon for its gazetteer, and the
:class:`~communique.Parser` holds the result (``ParserState``). First
in the package's data flow: every other module reads these patterns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import regex

from communique._gazetteer import Gazetteer
from communique._lexicons import Lexicons
from communique.errors import LexiconError
from communique.model import ActorKind, MeetingKind

from ._patterns import (
    LEFT_WORDS,
    PRONOUN_WORDS,
    RIGHT_WORDS,
    TOPIC_AFTER_WORDS,
    TOPIC_WORDS,
)


__all__ = ["Cues", "cues", "first_words", "second_words"]

_LEXICON = "meeting_cues.json"


def _phrase_list(words: Iterable[str]) -> list[str]:
    # Longest first, spaces matched as any run of whitespace.
    return sorted(
        {w.strip().lower() for w in words if w.strip()}, key=len, reverse=True
    )


def _alternation(words: Iterable[str]) -> str:
    return "|".join(
        r"\s+".join(regex.escape(p) for p in w.split())
        for w in _phrase_list(words)
    )


def _trie(phrases: Iterable[str]) -> str:
    """Regex source matching any of *phrases* (lower case, single-spaced),
    longest first, as a trie: the engine rejects a position after one
    character instead of trying every phrase. A space matches any run of
    whitespace."""
    root: dict[str, Any] = {}
    for w in phrases:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(root) if root else "(?!)"


def _trie_node(node: dict[str, Any]) -> str:
    alts = [
        (r"\s+" if ch == " " else regex.escape(ch)) + _trie_node(node[ch])
        for ch in sorted(node)
        if ch
    ]
    if not alts:
        return ""
    if len(alts) == 1 and "" not in node:
        return alts[0]
    body = "(?:" + "|".join(alts) + ")"
    # Greedy: the longer phrase is tried first.
    return body + "?" if "" in node else body


def _words_pattern(words: Iterable[str]) -> Any:
    phrases = [" ".join(w.split()) for w in _phrase_list(words)]
    # A phrase that starts a word lets the engine skip non-word starts.
    word = regex.compile(r"\w")
    start = r"\m" if all(word.match(w) for w in phrases) else ""
    return regex.compile(
        # A phrase opening with an apostrophe ("'ll") follows its word.
        rf"{start}(?:(?<![\w'])|(?='))(?:{_trie(phrases)})(?![\w'])",
        regex.IGNORECASE,
    )


def first_words(
    phrases: Iterable[str], *, fold: bool = True
) -> frozenset[str] | None:
    """
    The words (runs of ``\\w``) that open *phrases*, case-folded when
    *fold*, with ``'`` for a phrase that opens with an apostrophe; or
    ``None`` when a phrase opens otherwise (or, when folding, is not
    ASCII). A pattern that matches one of *phrases* after a non-word
    character can only start at a word of the text that is one of them,
    or at an apostrophe.

    >>> sorted(first_words(["held  talks", "'ll", "Met", "o'clock"]))
    ["'", 'held', 'met', 'o']
    """
    word = regex.compile(r"\w+")
    out: set[str] = set()
    for p in phrases:
        m = word.match(p)
        if fold and not p.isascii():
            return None
        if m is not None:
            out.add(m.group().casefold() if fold else m.group())
        elif p.startswith("'"):
            out.add("'")
        else:
            return None
    return frozenset(out)


# The patterns (besides the statuses) whose phrases end at a word's end.
_WHOLE_PHRASES = (
    "trigger",
    "negative",
    "negative_sentence",
    "governing",
    "generic",
)


def second_words(phrases: Iterable[str]) -> dict[str, frozenset[str]]:
    """
    Case-folded first word -> the second words that can follow it, for
    the first words that open only phrases of two words or more whose
    second word is a run of ASCII ``\\w``. A pattern matching one of
    *phrases* at such a word needs the next word of the text (after
    whitespace) to be one of them, as a whole run.

    >>> found = second_words(["is in", "is due in", "met", "go to", "go"])
    >>> list(found), sorted(found["is"])
    (['is'], ['due', 'in'])
    """
    word = regex.compile(r"\w+")
    out: dict[str, set[str]] = {}
    alone: set[str] = set()  # first words that can end a phrase
    for p in phrases:
        parts = p.split()
        first = word.match(parts[0]) if parts else None
        if first is None:
            continue
        key = first.group().casefold()
        second = (
            word.fullmatch(parts[1])
            if len(parts) > 1 and first.end() == len(parts[0])
            else None
        )
        if second is None or not second.group().isascii():
            alone.add(key)
        else:
            out.setdefault(key, set()).add(second.group().lower())
    return {k: frozenset(v) for k, v in out.items() if k not in alone}


@attrs.frozen(kw_only=True)
class Cues:
    """
    The compiled meeting lexicon.

    Attributes:
        trigger: Finds trigger phrases.
        roles: Trigger form -> (meeting kind, syntactic role).
        host_verbs: Forms whose subject hosts the meeting.
        light: A light verb ending the text before a noun trigger.
        status: Status name -> pattern of its cues.
        negative: Negation right before a trigger.
        negative_sentence: Cues that negate a whole sentence.
        governing: Verbs that negate what they govern ("denied").
        generic: Generic subjects ("people", "tourists").
        place: Finds place names.
        places: Place name (lower case) -> alpha-3 country code.
        firsts: Pattern name (an attribute, a status name, or
            ``left_boundary``) -> what :func:`first_words` gives for its
            words (for ``place``, not folded).
        owners: A first word of :attr:`firsts` -> the patterns (but
            ``place``) that it can start.
        seconds: Pattern name -> what :func:`second_words` gives for its
            words, for the patterns of whole phrases (that end at the end
            of a word).
    """

    trigger: Any
    roles: Mapping[str, tuple[str, str]]
    host_verbs: frozenset[str]
    light: Any
    status: Mapping[str, Any]
    negative: Any
    negative_sentence: Any
    governing: Any
    generic: Any
    place: Any
    places: Mapping[str, str]
    firsts: Mapping[str, frozenset[str] | None]
    owners: Mapping[str, tuple[str, ...]]
    seconds: Mapping[str, Mapping[str, frozenset[str]]]


def _load_cues(lexicons: Lexicons) -> dict[str, Any]:
    data = lexicons["meeting_cues"]
    for key in ("triggers", "light_verbs", "status", "negative", "places"):
        if key not in data:
            raise LexiconError(_LEXICON, key, "missing section")
    return dict(data)


def cues(gazetteer: Gazetteer, lexicons: Lexicons) -> Cues:
    """The meeting lexicon of *lexicons*, compiled for *gazetteer*."""
    data = _load_cues(lexicons)
    roles: dict[str, tuple[str, str]] = {}
    kinds = {k.value for k in MeetingKind}
    for t in data["triggers"]:
        if t.get("kind") not in kinds:
            raise LexiconError(_LEXICON, str(t.get("kind")), "unknown kind")
        for f in t["forms"]:
            key = " ".join(f.lower().split())
            # A form listed as a verb and as a noun is decided in context.
            old = roles.get(key)
            role = t["role"]
            if old is not None and old[1] != role:
                role = "either"
            roles[key] = (t["kind"], role)
    places: dict[str, str] = dict(data["places"])
    for e in gazetteer.entries:
        if e.kind is ActorKind.STATE and e.country:
            for c in e.capitals:
                places.setdefault(c, e.country)
            places.setdefault(e.name, e.country)
    names = sorted({" ".join(w.split()) for w in places} - {""})
    word = regex.compile(r"\w")
    place_start = r"\m" if all(word.match(w) for w in names) else ""
    status = {k: _words_pattern(v) for k, v in data["status"].items()}
    words = {
        "trigger": list(roles),
        "light": data["light_verbs"],
        "negative": data["negative"],
        "negative_sentence": data.get("negative_sentence", ()),
        "governing": data.get("negative_governing", ()),
        "generic": data.get("generic_subjects", ()),
        "left_boundary": LEFT_WORDS,
        "right_boundary": RIGHT_WORDS,
        "topic": TOPIC_WORDS,
        "topic_after": TOPIC_AFTER_WORDS,
        "pronoun": PRONOUN_WORDS,
        **data["status"],
    }
    firsts = {k: first_words(v) for k, v in words.items()}
    firsts["place"] = first_words(names, fold=False)
    owners: dict[str, tuple[str, ...]] = {}
    for name, words_of in firsts.items():
        if name != "place":
            for w in words_of or ():
                owners[w] = (*owners.get(w, ()), name)
    return Cues(
        trigger=_words_pattern(roles),
        roles=roles,
        host_verbs=frozenset(
            " ".join(w.lower().split()) for w in data.get("host_verbs", ())
        ),
        light=regex.compile(
            rf"(?<![\w'])(?:{_alternation(data['light_verbs'])})"
            r"(?:\s+(?:a|an|the|his|her|their|its|this|these|those)\M)?"
            r"(?:\s+[\w'-]+){0,3}+\s*$",
            regex.IGNORECASE,
        ),
        status=status,
        negative=_words_pattern(data["negative"]),
        negative_sentence=_words_pattern(data.get("negative_sentence", ())),
        governing=_words_pattern(data.get("negative_governing", ())),
        generic=_words_pattern(data.get("generic_subjects", ())),
        place=regex.compile(
            rf"{place_start}(?<![\w])(?:{_trie(names)})(?![\w])"
        ),
        places={" ".join(k.lower().split()): v for k, v in places.items()},
        firsts=firsts,
        owners=owners,
        seconds={
            k: second_words(words[k])
            for k in (*_WHOLE_PHRASES, *data["status"])
        },
    )
