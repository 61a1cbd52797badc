# SPDX-License-Identifier: MIT
"""
Copy the packaged JSON Schema to ``docs/schema.json``.

The package copy, ``src/communique/schema.json``, is the source of truth;
the docs copy is what the documentation site serves.
Run ``python scripts/gen_schema.py`` after editing the schema, or
``python scripts/gen_schema.py --check`` to fail when the copies differ.
"""

from __future__ import annotations

import sys

from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "communique" / "schema.json"
TARGET = ROOT / "docs" / "schema.json"


def main(argv: list[str]) -> int:
    """Write (or with ``--check``, compare) the docs copy; return the exit code."""
    text = SOURCE.read_text(encoding="utf-8")
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            sys.stderr.write(f"{TARGET} is out of date: run {__file__}\n")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
