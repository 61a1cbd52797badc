# SPDX-License-Identifier: MIT
"""
The claim lexicon: reporting verbs and hedges compiled once per parser.

Bottom of the package: :func:`build_lexicon` turns ``reporting_verbs.json``
and ``hedges.json`` into a :class:`ClaimLexicon` (verb groups, a cue
scanner that indexes the first words of the verb forms, hedge patterns),
which the ``Parser`` keeps in its state and every other module reads.
"""

from __future__ import annotations

import bisect

from typing import Any

import attrs
import regex

from communique import _cache
from communique._lexicons import Lexicons
from communique._patterns import alternation
from communique.errors import LexiconError


@attrs.frozen(kw_only=True)
class _VerbGroup:
    """One group of reporting verbs from ``reporting_verbs.json``."""

    name: str
    cameo: str | None = None
    takes_object: bool = False
    hedged: bool = False
    requires_as: bool = False
    requires_to: bool = False
    requires_that: bool = False
    requires_label: bool = False
    noun: bool = False
    source: bool = False
    adjective: bool = False
    evidence: bool = False


# The groups of an "according to" claim and of a quotation without a cue.
_ACCORDING_GROUP = _VerbGroup(name="according")


_NO_GROUP = _VerbGroup(name="")


# Every character that cannot be part of a word becomes a space, so the
# words of a text (maximal runs of letters, digits, "_" and "-") can be
# found by ``str.split`` and ``str.find`` with their offsets unchanged.
_NOT_WORD = _cache.pattern(r"[^\w -]")


# The same for ASCII text, as a byte table (``bytes.translate``).
_ASCII_BLANK = bytes(
    32 if _NOT_WORD.match(chr(c)) else c for c in range(128)
) + bytes(range(128, 256))


def _blank(text: str) -> str:
    """*text* with every non-word character (but "-") made a space."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_BLANK).decode("ascii")
    return str(_NOT_WORD.sub(" ", text))


class _CueScanner:
    """
    Finds reporting-verb forms with a set of first words and a dict.

    A single alternation of hundreds of forms is slow to run, and so is a
    match object per word. The scanner blanks the non-word characters of a
    document once, skips every sentence whose words miss the set of first
    words, and finds the few first words left with ``str.find``. Forms of
    several words ("called on") allow any run of spaces between words.
    """

    def __init__(self, forms: list[str]) -> None:
        by_first: dict[str, list[tuple[int, Any, str]]] = {}
        for form in forms:
            words = form.split()
            rest = None
            if len(words) > 1:
                rest = regex.compile(
                    "".join(
                        rf"[ \t\n]++{regex.escape(w)}(?![\w-])"
                        for w in words[1:]
                    )
                )
            by_first.setdefault(words[0], []).append((len(words), rest, form))
        self.by_first = {
            k: tuple(sorted(v, key=lambda x: -x[0]))
            for k, v in by_first.items()
        }
        # only lower-case words can be cues (a capital opens a name)
        self.firsts = frozenset(
            k
            for k in self.by_first
            if k.isascii() and k.isalpha() and k.islower()
        )

    def index(
        self, text: str, spans: list[tuple[int, int]]
    ) -> list[tuple[int, str]]:
        """
        (start, word) of each cue first word inside *spans*, in order.

        *spans* are sorted and disjoint. The words of the whole text are
        checked against the set of first words at once; each word found
        is then looked up with ``str.find`` and kept inside a span.
        """
        low = " " + _blank(text) + " "
        hits = self.firsts.intersection(low.split())
        if not hits:
            return []
        starts = [a for a, _ in spans]
        out: list[tuple[int, str]] = []
        for w in hits:
            key = f" {w} "
            n = len(w)
            i = low.find(key)
            while i >= 0:
                # the word is text[i : i + n] (low is padded by one space)
                k = bisect.bisect_right(starts, i) - 1
                if k >= 0 and i + n <= spans[k][1]:
                    out.append((i, w))
                i = low.find(key, i + n + 1)
        out.sort()
        return out

    def scan(
        self,
        text: str,
        start: int,
        end: int,
        found: list[tuple[int, str]] | None = None,
        starts: list[int] | None = None,
    ) -> list[tuple[int, int, str]]:
        """
        (start, end, form) of each cue in ``text[start:end]``.

        *found* and *starts* are an :meth:`index` of the text (and its
        start offsets); without them the range is indexed on the spot.
        """
        if found is None or starts is None:
            found = self.index(text, [(start, end)])
            starts = [w[0] for w in found]
        out: list[tuple[int, int, str]] = []
        skip = start
        k = bisect.bisect_left(starts, start)
        while k < len(found):
            ws, word = found[k]
            k += 1
            we = ws + len(word)
            if we > end:
                break
            if ws < skip:
                continue
            for _, rest, form in self.by_first[word]:
                if rest is None:
                    out.append((ws, we, form))
                    skip = we
                    break
                r = rest.match(text, we, end)
                if r is not None:
                    out.append((ws, r.end(), form))
                    skip = r.end()
                    break
        return out


@attrs.frozen(kw_only=True)
class ClaimLexicon:
    """Compiled reporting-verb and hedge data."""

    groups: dict[str, _VerbGroup]
    cues: _CueScanner
    hedge_adverb_re: Any
    # a hedge word in the content, or "I think", "we believe"
    content_hedge_re: Any
    # nouns that make a subject a body of evidence: "the poll", "records"
    evidence_nouns: frozenset[str] = frozenset()


_VERBS_FILE = "reporting_verbs.json"


_HEDGES_FILE = "hedges.json"


def _lex_error(name: str, entry: str | None, reason: str) -> LexiconError:
    return LexiconError(name, entry, reason)


def _words_re(words: list[str]) -> str:
    """A trie-shaped alternation of *words* (any spaces between words)."""
    alts = {" ".join(w.split()) for w in words if w.strip()}
    src = alternation(alts)
    return src.replace(r"\ ", r"\s+")


def build_lexicon(lexicons: Lexicons) -> ClaimLexicon:
    """Compile the reporting-verb and hedge lexicons of *lexicons*."""
    verbs = lexicons["reporting_verbs"]
    groups: dict[str, _VerbGroup] = {}
    if not isinstance(verbs, dict) or not isinstance(
        verbs.get("groups"), list
    ):
        raise _lex_error(_VERBS_FILE, None, "no 'groups' list")
    for g in verbs["groups"]:
        name = g.get("name") if isinstance(g, dict) else None
        forms = g.get("forms") if isinstance(g, dict) else None
        if not isinstance(name, str) or not isinstance(forms, list):
            msg = "each group needs a 'name' and a 'forms' list"
            raise _lex_error(_VERBS_FILE, str(name), msg)
        group = _VerbGroup(
            name=name,
            cameo=g.get("cameo"),
            takes_object=bool(g.get("object")),
            hedged=bool(g.get("hedged")),
            requires_as=bool(g.get("requires_as")),
            requires_to=bool(g.get("requires_to")),
            requires_that=bool(g.get("requires_that")),
            requires_label=bool(g.get("requires_label")),
            noun=bool(g.get("noun")),
            source=bool(g.get("source")),
            adjective=bool(g.get("adjective")),
            evidence=bool(g.get("requires_evidence")),
        )
        for form in forms:
            key = " ".join(str(form).split())
            if key in groups:
                msg = f"form {key!r} is in two groups"
                raise _lex_error(_VERBS_FILE, name, msg)
            groups[key] = group
    hedges = lexicons["hedges"]
    try:
        adverbs = list(hedges["adverbs"])
        content = list(hedges["content"])
        first = list(hedges["first_person"])
    except (KeyError, TypeError) as e:
        raise _lex_error(_HEDGES_FILE, None, str(e)) from e
    could_not = r"(?!\s+not\b)"
    nouns = verbs.get("evidence_nouns", [])
    if not isinstance(nouns, list):
        raise _lex_error(_VERBS_FILE, None, "'evidence_nouns' is no list")
    return ClaimLexicon(
        evidence_nouns=frozenset(str(n).lower() for n in nouns),
        groups=groups,
        cues=_CueScanner(list(groups)),
        hedge_adverb_re=regex.compile(rf"\b{_words_re(adverbs)}\b"),
        content_hedge_re=regex.compile(
            rf"\b{_words_re(content)}\b{could_not}"
            rf"|\b(?:I|[Ww]e)\s+(?:{_words_re(first)})\b"
        ),
    )
