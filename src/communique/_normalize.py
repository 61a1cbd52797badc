# SPDX-License-Identifier: MIT
"""
Stage 1: raw text -> :class:`NormalizedText`.

Repairs what news text picks up on its way through wires, web pages and
copy-paste, so later stages can match plain ASCII punctuation:

- curly and typewriter quotes (``“ ” ‘ ’ « »``, AP's ````quote''``) become
  ``"`` and ``'``;
- en, em, horizontal and figure dashes become ``-``;
- HTML entities (``&amp;``, ``&#8217;``, ``&nbsp;``) are unescaped;
- odd spaces become a space, zero-width characters and soft hyphens are
  removed, control characters become a space, ``\\r\\n`` and ``\\r``
  become ``\\n``;
- UTF-8 read as cp1252 or latin-1 (``â€™``, ``Ã©``) is decoded back;
- lossy mojibake where one ``ā`` stands for a lost apostrophe, dash or
  quote (``Lavrovās``) is repaired by context, but only in a text that
  shows the damage elsewhere, so a real ``ā`` (``Māori``) is kept.

Everything happens in one pass of one compiled pattern; each match is
replaced by a function chosen by the alternative that matched, and each
replacement that changes something is recorded as an :class:`Edit`, so
every offset maps back to the caller's original string.
"""

from __future__ import annotations

import contextlib
import html

from collections.abc import Callable
from html.entities import html5

import regex

from . import _cache
from ._types import Edit, NormalizedText


#: Step names in the order :attr:`NormalizedText.steps` lists them.
STEPS = (
    "newlines",
    "mojibake",
    "lossy_mojibake",
    "entities",
    "quotes",
    "dashes",
    "spaces",
    "invisible",
    "controls",
)

_STEP_ORDER = {name: i for i, name in enumerate(STEPS)}


def _build_char_table() -> dict[str, tuple[str, str]]:
    """Single characters -> (replacement, step name)."""
    table: dict[str, tuple[str, str]] = {}
    for ch in "‘’‚‛′":
        table[ch] = ("'", "quotes")
    for ch in "“”„‟″«»":
        table[ch] = ('"', "quotes")
    for ch in "–—―‒":
        table[ch] = ("-", "dashes")
    spaces = ["\u00a0", "\u202f", "\u205f", "\u3000"]
    spaces += [chr(c) for c in range(0x2000, 0x200B)]
    for ch in spaces:
        table[ch] = (" ", "spaces")
    for ch in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"):
        table[ch] = ("", "invisible")
    controls = [chr(c) for c in range(0x20) if chr(c) not in "\n\t\r"]
    controls += [chr(c) for c in range(0x7F, 0xA0)]
    for ch in controls:
        table[ch] = (" ", "controls")
    for ch in ("\u2028", "\u2029"):
        table[ch] = ("\n", "newlines")
    return table


_CHARS = _build_char_table()


def _build_byte_map() -> dict[str, int]:
    """Characters cp1252 or latin-1 decode from bytes 0x80-0xFF -> byte."""
    out: dict[str, int] = {}
    for b in range(0x80, 0x100):
        out[chr(b)] = b  # latin-1
        # 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in cp1252.
        with contextlib.suppress(UnicodeDecodeError):
            out[bytes([b]).decode("cp1252")] = b
    return out


_BYTE = _build_byte_map()

# Characters that stand for a UTF-8 continuation byte (0x80-0xBF).
_CONT = (
    "["
    + "".join(
        regex.escape(c) for c, b in sorted(_BYTE.items()) if 0x80 <= b <= 0xBF
    )
    + "]"
)

_MOJIBAKE = (
    rf"[\u00c2-\u00df]{_CONT}"
    rf"|[\u00e0-\u00ef]{_CONT}{{2}}"
    rf"|[\u00f0-\u00f4]{_CONT}{{3}}"
)

_ENTITY = (
    r"&(?:#[0-9]{1,7}+|#[xX][0-9a-fA-F]{1,6}+|[A-Za-z][A-Za-z0-9]{1,31}+);"
)

_CHAR_CLASS = "[" + "".join(regex.escape(c) for c in sorted(_CHARS)) + "]"

_LOSSY_A = "\u0101"

_BASE_ALTERNATIVES = (
    r"(?P<newline>\r\n?+)"
    rf"|(?P<mojibake>{_MOJIBAKE})"
    # "â€" + a byte cp1252 cannot show (0x9D of a closing ”) that was lost.
    r"|(?P<mojibake_lost>\u00e2\u20ac\ufffd?+)"
    rf"|(?P<entity>{_ENTITY})"
    r"|(?P<typewriter>``|'')"
    rf"|(?P<char>{_CHAR_CLASS})"
)

# The leading lookahead on the characters that can start a match lets
# regex skip plain text fast (4x faster than the bare alternation).
_TRIGGERS = "\r&`'\u00c2-\u00f4" + _CHAR_CLASS[1:-1]
_PATTERN = _cache.pattern(rf"(?=[{_TRIGGERS}])(?:{_BASE_ALTERNATIVES})")
_PATTERN_LOSSY = _cache.pattern(
    rf"(?=[{_TRIGGERS}{_LOSSY_A}])"
    rf"(?:{_BASE_ALTERNATIVES}|(?P<lossy>{_LOSSY_A}))"
)

# Evidence that "ā" stands for lost punctuation in this text: a lone "ā"
# between spaces, "ā" joining a word to a capitalized one ("RussiaāNorth"),
# or "ā" before a contraction ending ("donāt", "Lavrovās").
_LOSSY_EVIDENCE = _cache.pattern(
    r"(?<=\s)\u0101(?=\s)"
    r"|(?<=\p{Ll})\u0101(?=\p{Lu})"
    r"|(?<=\p{L})\u0101(?=(?:s|t|re|ve|ll)\b)"
)
# ASCII text needs no repair unless it holds one of these, or a control
# character (every byte but printable ones, tab and newline).
_ASCII_TRIGGERS = ("\r", "&", "`", "''")
_ASCII_PLAIN = bytes([9, 10, *range(0x20, 0x7F)])


def _plain_ascii(raw: str) -> bool:
    """Whether *raw* is ASCII that no repair pattern can match."""
    if not raw.isascii() or any(t in raw for t in _ASCII_TRIGGERS):
        return False
    return not raw.encode("ascii").translate(None, _ASCII_PLAIN)


_CONTRACTION = _cache.pattern(r"(?:s|t|re|ve|ll|d|m)\b")


def _char(m: regex.Match[str], raw: str) -> tuple[str, str]:
    return _CHARS[m.group()]


def _newline(m: regex.Match[str], raw: str) -> tuple[str, str]:
    return "\n", "newlines"


def _repair_char(s: str) -> str:
    """Apply the single-character repairs to a decoded character run."""
    return "".join(_CHARS[c][0] if c in _CHARS else c for c in s)


def _mojibake(m: regex.Match[str], raw: str) -> tuple[str, str]:
    s = m.group()
    try:
        fixed = bytes(_BYTE[c] for c in s).decode("utf-8")
    except UnicodeDecodeError:
        return s, "mojibake"
    if len(fixed) >= len(s):
        return s, "mojibake"
    return _repair_char(fixed), "mojibake"


def _mojibake_lost(m: regex.Match[str], raw: str) -> tuple[str, str]:
    return '"', "mojibake"


def _entity(m: regex.Match[str], raw: str) -> tuple[str, str]:
    s = m.group()
    if s[1] == "#":
        return _repair_char(html.unescape(s)), "entities"
    # Only a whole known name: html.unescape would also turn the legacy
    # prefix of "&notice;" into "¬ice;".
    value = html5.get(s[1:])
    return (s if value is None else _repair_char(value)), "entities"


def _typewriter(m: regex.Match[str], raw: str) -> tuple[str, str]:
    return '"', "quotes"


def _lossy(m: regex.Match[str], raw: str) -> tuple[str, str]:
    p = m.start()
    prev = raw[p - 1] if p > 0 else ""
    nxt = raw[p + 1] if p + 1 < len(raw) else ""
    step = "lossy_mojibake"
    if prev.isalpha() and _CONTRACTION.match(raw, p + 1, (p + 1) + 500):
        return "'", step  # Lavrovās visit, donāt
    if (prev.isalpha() and nxt.isupper()) or (
        prev.isdigit() and nxt.isdigit()
    ):
        return "-", step  # RussiaāNorth Korea, 1990ā1995
    if prev.isspace() and nxt.isspace():
        return "-", step  # a clause ā set off by dashes ā here
    if (prev in {"", "(", "[", "{"} or prev.isspace()) and nxt.isalnum():
        return '"', step  # opening quote
    if (prev.isalnum() or _is_punct(prev)) and (
        nxt in {"", ")", "]", "}"} or nxt.isspace() or _is_punct(nxt)
    ):
        return '"', step  # closing quote
    return m.group(), step


_PUNCT = _cache.pattern(r"\p{P}")


def _is_punct(c: str) -> bool:
    return bool(c) and _PUNCT.match(c) is not None


_Fixer = Callable[["regex.Match[str]", str], tuple[str, str]]

_FIXERS: dict[str, _Fixer] = {
    "newline": _newline,
    "mojibake": _mojibake,
    "mojibake_lost": _mojibake_lost,
    "entity": _entity,
    "typewriter": _typewriter,
    "char": _char,
    "lossy": _lossy,
}


def normalize(raw: str) -> NormalizedText:
    """
    Repair *raw* and keep the offset map back to it.

    Args:
        raw: The caller's original text.

    Returns:
        The repaired text, the edits that map it back to *raw*, and the
        names of the repair steps that changed something.

    Examples:
        >>> norm = normalize("Lavrov\u2019s visit &amp; talks \u2014 today")
        >>> norm.text
        "Lavrov's visit & talks - today"
        >>> norm.raw_span(15, 16).text
        '&amp;'
    """
    if _plain_ascii(raw):
        return NormalizedText.identity(raw)
    pattern = _PATTERN_LOSSY if _LOSSY_EVIDENCE.search(raw) else _PATTERN
    pieces: list[str] = []
    edits: list[Edit] = []
    steps: set[str] = set()
    copied = 0  # raw offset up to which raw has been consumed
    out = 0  # length of the normalized text so far
    for m in pattern.finditer(raw):
        found = m.group()
        group = m.lastgroup
        if group == "char":  # the common case, without a call
            rep, step = _CHARS[found]
        else:
            rep, step = _FIXERS[group](m, raw)
        if rep == found:
            continue
        start, end = m.span()
        if start > copied:
            pieces.append(raw[copied:start])
            out += start - copied
        pieces.append(rep)
        edits.append(
            Edit(start=out, end=out + len(rep), raw_start=start, raw_end=end)
        )
        out += len(rep)
        copied = end
        steps.add(step)
    if not edits:
        return NormalizedText.identity(raw)
    pieces.append(raw[copied:])
    return NormalizedText(
        raw=raw,
        text="".join(pieces),
        edits=tuple(edits),
        steps=tuple(sorted(steps, key=_STEP_ORDER.__getitem__)),
    )
