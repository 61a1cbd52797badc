# SPDX-License-Identifier: MIT
"""
Phrases: the small word syntax of the cue lexicons, and its compiler.

Lexicon files hold phrases, never regular expressions. A phrase is words
separated by spaces, with four marks:

* ``a/b/c``: one of the words ("support/supports/supported");
* ``(...)``: optional words ("(joint) naval exercises", "military
  (and *) ties"); no nesting;
* ``*``: any one word (letters, digits, underscore), never first;
* ``word*``: a stem, the word and any letters after it ("accus*" is
  "accuse", "accused", "accusation").

A space matches any run of whitespace. Everything else is literal.
:func:`expand` lists the word sequences a phrase stands for;
:func:`pattern_source` compiles phrases slot by slot: each slot is a
trie of its words (the longest word first), an optional group is tried
before it is skipped, and the phrases of a list are tried in order.

Examples:
    >>> expand("(joint) naval/air drills")
    [('joint', 'naval', 'drills'), ('joint', 'air', 'drills'), ('naval', 'drills'), ('air', 'drills')]
    >>> import regex
    >>> src = pattern_source(["recall/recalled its (*) envoy"])
    >>> regex.fullmatch(src, "recalled its  new envoy") is not None
    True
    >>> regex.fullmatch(pattern_source(["accus*/blame"]), "accusation") is not None
    True
"""

from __future__ import annotations

import itertools

from collections.abc import Iterable

import regex

from ._patterns import trie


__all__ = [
    "ANY",
    "PhraseError",
    "expand",
    "parse",
    "pattern_source",
    "phrase_source",
]

#: The token that stands for any one word.
ANY = "*"

#: Characters of regular-expression syntax, never in a phrase.
_REGEX_MARK = regex.compile(r"[\\?+{}\[\]|^$]")
_SLOT = regex.compile(r"\(([^()]*)\)|([^\s()]+)")


class PhraseError(ValueError):
    """A phrase that breaks the syntax (the loader names file and entry)."""


#: A slot: its alternative words (one word, or :data:`ANY`).
_Words = tuple[str, ...]
#: A parsed phrase: required slots, and optional groups of slots.
_Slot = tuple[bool, tuple[_Words, ...]]


def _words(slot: str, phrase: str) -> _Words:
    words = tuple(slot.split("/"))
    if any(not w for w in words):
        msg = f"empty alternative in {phrase!r}"
        raise PhraseError(msg)
    if ANY in words and len(words) > 1:
        msg = f"'*' must stand alone in {phrase!r}"
        raise PhraseError(msg)
    if any(ANY in w[:-1] for w in words):
        msg = f"'*' inside a word in {phrase!r}: only a stem ends with it"
        raise PhraseError(msg)
    return words


def parse(phrase: str) -> tuple[_Slot, ...]:
    """
    The slots of *phrase*: ``(optional, word slots)`` pairs.

    Raises:
        PhraseError: The phrase is empty, has unbalanced or nested
            parentheses, an empty alternative, regex syntax, only
            optional words, or a ``*`` that can come first.
    """
    if not isinstance(phrase, str) or not phrase.strip():
        msg = "empty phrase"
        raise PhraseError(msg)
    if _REGEX_MARK.search(phrase):
        msg = f"{phrase!r} holds regex syntax: phrases are words"
        raise PhraseError(msg)
    pos = 0
    slots: list[_Slot] = []
    for m in _SLOT.finditer(phrase):
        if phrase[pos : m.start()].strip():
            msg = f"unbalanced parentheses in {phrase!r}"
            raise PhraseError(msg)
        pos = m.end()
        if m.group(1) is not None:
            inner = m.group(1).split()
            if not inner:
                msg = f"empty parentheses in {phrase!r}"
                raise PhraseError(msg)
            slots.append((True, tuple(_words(w, phrase) for w in inner)))
        else:
            slots.append((False, (_words(m.group(2), phrase),)))
    if phrase[pos:].strip():
        msg = f"unbalanced parentheses in {phrase!r}"
        raise PhraseError(msg)
    if all(optional for optional, _ in slots):
        msg = f"{phrase!r} has only optional words"
        raise PhraseError(msg)
    for optional, group in slots:
        if group[0] == (ANY,):
            msg = f"{phrase!r} can start with '*'"
            raise PhraseError(msg)
        if not optional:
            break
    return tuple(slots)


def expand(phrase: str) -> list[tuple[str, ...]]:
    """
    The word sequences *phrase* stands for, in a stable order.

    Raises:
        PhraseError: As :func:`parse`.
    """
    choices: list[list[tuple[str, ...]]] = []
    for optional, group in parse(phrase):
        seqs = [tuple(seq) for seq in itertools.product(*group)]
        choices.append([*seqs, ()] if optional else seqs)
    out: list[tuple[str, ...]] = []
    for combo in itertools.product(*choices):
        seq = tuple(w for part in combo for w in part)
        if seq not in out:
            out.append(seq)
    return out


def _slot_source(words: _Words) -> str:
    if words == (ANY,):
        return r"\w+"
    stems = [w[:-1] for w in words if w.endswith(ANY)]
    plain = [w for w in words if not w.endswith(ANY)]
    if not stems:
        return trie(plain)
    src = trie(stems) + r"\w*"
    return f"(?:{src}|{trie(plain)})" if plain else src


def phrase_source(phrase: str) -> str:
    r"""
    Regex source for one *phrase*: slots joined by ``\s+``.

    Raises:
        PhraseError: As :func:`parse`.
    """
    out = ""
    started = False  # a required slot is in *out*
    for optional, group in parse(phrase):
        src = r"\s+".join(_slot_source(w) for w in group)
        if not optional:
            out += (r"\s+" if started else "") + src
            started = True
        elif started:
            out += rf"(?:\s+{src})?"
        else:
            out += rf"(?:{src}\s+)?"
    return out


def pattern_source(phrases: Iterable[str]) -> str:
    """
    Regex source for any of *phrases*, tried in order.

    Raises:
        PhraseError: As :func:`parse`.
    """
    alts = [phrase_source(p) for p in phrases]
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"
