# SPDX-License-Identifier: MIT
"""
Profile :func:`communique.parse` with cProfile on the benchmark corpus.

Prints the time share of each stage (pipeline step), of each module,
and the top functions by own time and by cumulative time. The first parse
(lexicon loading) is excluded; profile it with ``--first``.

Usage::

    python benchmarks/profile_parse.py --words 100000
    python benchmarks/profile_parse.py --first
    python benchmarks/profile_parse.py --words 100000 --dump /tmp/parse.prof
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys

from collections import defaultdict
from pathlib import Path


HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus  # noqa: E402


STAGES = (
    ("_normalize.py", "normalize"),
    ("_segment.py", "segment"),
    ("_mentions/_recognizer.py", "__call__"),
    ("_resolve.py", "resolve"),
    ("_meetings/_find.py", "find_meetings"),
    ("_claims/_finder.py", "find_claims"),
    ("_relations/_read.py", "find_relationships"),
)


def _short(path: str) -> str:
    p = Path(path)
    if "communique" in p.parts:
        return "communique/" + p.name
    if path.startswith(("~", "<")):
        return path
    return p.name


def report(stats: pstats.Stats, top: int) -> str:
    """Stage, module and function tables of *stats*."""
    raw = stats.stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in raw.values())  # sum of own times
    out = io.StringIO()
    w = out.write
    w(f"total profiled time: {total:.2f} s (sum of own times)\n\n")
    w("## Stages (cumulative time of the stage function)\n\n")
    w("| stage | cumulative s | share |\n|---|--:|--:|\n")
    for fname, func in STAGES:
        for (path, _line, name), v in raw.items():
            if path.endswith(fname) and name == func:
                w(
                    f"| {fname[1:-3]}.{func} | {v[3]:.2f} | "
                    f"{100 * v[3] / total:.1f}% |\n"
                )
    w("\n## Modules (own time)\n\n| module | own s | share |\n|---|--:|--:|\n")
    by_mod: dict[str, float] = defaultdict(float)
    for (path, _line, _name), v in raw.items():
        by_mod[_short(path)] += v[2]
    for mod, t in sorted(by_mod.items(), key=lambda kv: -kv[1])[:top]:
        w(f"| {mod} | {t:.2f} | {100 * t / total:.1f}% |\n")
    for key, col in (("own", 2), ("cumulative", 3)):
        w(f"\n## Functions by {key} time\n\n")
        w("| function | calls | own s | cumulative s | share |\n")
        w("|---|--:|--:|--:|--:|\n")
        rows = sorted(raw.items(), key=lambda kv: -kv[1][col])[:top]
        for (path, line, name), v in rows:
            w(
                f"| {_short(path)}:{line} {name} | {v[1]:,} | {v[2]:.2f} | "
                f"{v[3]:.2f} | {100 * v[col] / total:.1f}% |\n"
            )
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument(
        "--layout", choices=("articles", "document"), default="articles"
    )
    ap.add_argument(
        "--source", choices=("templates", "dev"), default="templates"
    )
    ap.add_argument(
        "--first",
        action="store_true",
        help="profile the first parse (lazy loading) instead",
    )
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--dump", type=Path, help="write raw pstats here")
    args = ap.parse_args(argv)

    arts = make_corpus.make_articles(args.words, source=args.source)
    texts = arts if args.layout == "articles" else ["\n\n".join(arts)]
    prof = cProfile.Profile()
    if args.first:
        prof.enable()
        import communique

        communique.parse(arts[0])
        prof.disable()
    else:
        import communique

        communique.parse(arts[0])
        prof.enable()
        for t in texts:
            communique.parse(t)
        prof.disable()
    if args.dump:
        prof.dump_stats(str(args.dump))
    stats = pstats.Stats(prof)
    words = sum(len(t.split()) for t in texts)
    what = "first parse" if args.first else f"{words:,} words, {args.layout}"
    print(f"# cProfile of communique.parse ({what})\n")
    print(report(stats, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
