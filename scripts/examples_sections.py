"""Put bare ``>>>`` examples in docstrings under a Google ``Examples:`` heading.

mkdocstrings renders a bare doctest block as quoted Markdown (where
``['A.']`` reads as a link); under ``Examples:`` it renders as code, and
pytest's ``--doctest-modules`` still runs it. Usage:
``python scripts/examples_sections.py FILE...``
"""

from __future__ import annotations

import sys

from pathlib import Path


QUOTES = ('"""', "'''")


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def fix(source: str) -> str:
    """Return *source* with bare docstring examples under ``Examples:``."""
    lines = source.split("\n")
    out: list[str] = []
    in_doc = False
    quote = ""
    doc_start = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not in_doc:
            for q in QUOTES:
                opens = stripped.startswith((q, "r" + q))
                closes_same_line = stripped.count(q) >= 2
                if opens and not closes_same_line:
                    in_doc, quote = True, q
                    doc_start = len(out) + 1
                    break
            out.append(line)
            i += 1
            continue
        if quote in stripped:
            in_doc = False
            out.append(line)
            i += 1
            continue
        if stripped.startswith(">>>"):
            indent = _indent(line)
            content = [o for o in out[doc_start:] if o.strip()]
            base = _indent(content[0]) if content else indent
            if indent == base:
                out.append(f"{indent}Examples:")
                while i < len(lines):
                    cur = lines[i]
                    if quote in cur.strip():
                        break
                    if not cur.strip():
                        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
                        if nxt.startswith(">>>"):
                            out.append(cur)
                            i += 1
                            continue
                        break
                    out.append("    " + cur)
                    i += 1
                continue
        out.append(line)
        i += 1
    return "\n".join(out)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        p = Path(name)
        p.write_text(fix(p.read_text(encoding="utf-8")), encoding="utf-8")
