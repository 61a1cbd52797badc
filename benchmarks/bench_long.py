# SPDX-License-Identifier: MIT
"""
Parse time and peak memory of :func:`communique.parse` on one long
document, at several sizes, to check that time grows linearly with size.

Two documents (built by ``tests/long_text.py``):

* ``article``: the tests' 481-character wire-style ``ARTICLE`` repeated,
  so the same names come back thousands of times;
* ``realistic``: the fictional articles of ``tests/articles`` and
  ``examples`` joined and repeated (about 25 kB of varied copy per copy).

Every case runs in a fresh subprocess, so its peak resident memory
(``ru_maxrss``) is its own; CPU time (``time.process_time``) is the
headline number because the benchmark machine is shared, and wall time
is recorded next to it. One warm-up parse runs first, so lazy loading is
not counted. The ``tracemalloc`` peak (Python heap allocated at once
during the parse) comes from a second, traced parse, only up to
``--trace-max-mb`` (tracing slows Python several times).

Usage::

    python benchmarks/bench_long.py                    # 0.5, 1, 2, 10 MB
    python benchmarks/bench_long.py --sizes 0.5,2      # quick
    python benchmarks/bench_long.py --docs article --reps 3

Writes ``benchmarks/results_long.json`` and prints a Markdown table and
the growth ratios (time at each size over time at the smallest).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import resource
import sys
import time
import tracemalloc

from collections.abc import Sequence
from pathlib import Path
from typing import Any


HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_parse import machine, run_worker  # noqa: E402
from tests.long_text import KINDS, long_document  # noqa: E402


DEFAULT_SIZES = (0.5, 1.0, 2.0, 10.0)  # MB (10**6 characters)
ONE_THREAD = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "PYTHONHASHSEED": "0",
}


def _maxrss_mib() -> float:
    # Linux reports ru_maxrss in KiB.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(kind: str, mb: float, reps: int, trace: bool) -> dict[str, Any]:
    """Parse one long document *reps* times; keep the fastest run."""
    import communique

    text = long_document(kind, int(mb * 1_000_000))
    words = len(text.split())
    communique.parse(long_document(kind, 1))  # warm-up: lazy loading
    gc.collect()
    rss_before = _maxrss_mib()
    cpu: list[float] = []
    wall: list[float] = []
    found = 0
    for _ in range(reps):
        w0, c0 = time.perf_counter(), time.process_time()
        art = communique.parse(text)
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
        found = (
            len(art.actors)
            + len(art.meetings)
            + len(art.claims)
            + len(art.relationships)
        )
        del art
        gc.collect()
    best = min(cpu)
    out: dict[str, Any] = {
        "doc": kind,
        "mb": mb,
        "chars": len(text),
        "words": words,
        "found": found,
        "reps": reps,
        "cpu_s": best,
        "cpu_s_runs": cpu,
        "wall_s": min(wall),
        "words_per_s_cpu": words / best if best else None,
        "us_per_word_cpu": 1e6 * best / words,
        "maxrss_setup_mib": rss_before,
        "maxrss_mib": _maxrss_mib(),
    }
    if trace:
        gc.collect()
        tracemalloc.start()
        communique.parse(text)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out["tracemalloc_peak_mib"] = peak / 2**20
    return out


def _sub(args: Sequence[str]) -> Any:
    return run_worker(args, script=Path(__file__).resolve())


def _fmt(x: float | None, nd: int = 0) -> str:
    if x is None:
        return "n/a"
    return f"{x:,.{nd}f}"


def ratios(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """CPU time at each size over the smallest size's, per document."""
    out = []
    for kind in KINDS:
        row = sorted(
            (c for c in cases if c["doc"] == kind), key=lambda c: c["mb"]
        )
        if len(row) < 2:
            continue
        base = row[0]
        out.extend(
            {
                "doc": kind,
                "from_mb": base["mb"],
                "to_mb": c["mb"],
                "size_ratio": c["chars"] / base["chars"],
                "time_ratio": c["cpu_s"] / base["cpu_s"],
            }
            for c in row[1:]
        )
    return out


def tables(res: dict[str, Any]) -> str:
    """Markdown tables of a results dict."""
    lines = [
        (
            "| document | MB | words | CPU s | wall s | words/s (CPU)"
            " | us/word | tracemalloc peak MiB | max RSS MiB |"
        ),
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    lines.extend(
        f"| {c['doc']} | {c['chars'] / 1e6:.1f} | {c['words']:,}"
        f" | {_fmt(c['cpu_s'], 2)} | {_fmt(c['wall_s'], 2)}"
        f" | {_fmt(c['words_per_s_cpu'])} | {_fmt(c['us_per_word_cpu'], 1)}"
        f" | {_fmt(c.get('tracemalloc_peak_mib'), 0)}"
        f" | {_fmt(c['maxrss_mib'], 0)} |"
        for c in res["cases"]
    )
    if res["ratios"]:
        lines += [
            "",
            "| document | sizes | size ratio | CPU time ratio |",
            "|---|---|--:|--:|",
        ]
        lines.extend(
            f"| {r['doc']} | {_fmt(r['to_mb'], 1)} MB / "
            f"{_fmt(r['from_mb'], 1)} MB | {r['size_ratio']:.2f}"
            f" | {r['time_ratio']:.2f} |"
            for r in res["ratios"]
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--sizes",
        default=",".join(str(s) for s in DEFAULT_SIZES),
        help="comma-separated sizes in MB (10**6 characters)",
    )
    ap.add_argument(
        "--docs", default=",".join(KINDS), help="comma-separated documents"
    )
    ap.add_argument(
        "--reps",
        type=int,
        default=2,
        help="parses per case below --reps-max-mb; the fastest counts",
    )
    ap.add_argument("--reps-max-mb", type=float, default=2.0)
    ap.add_argument(
        "--trace-max-mb",
        type=float,
        default=2.0,
        help="measure the tracemalloc peak up to this size",
    )
    ap.add_argument("--out", type=Path, default=HERE / "results_long.json")
    ap.add_argument("--worker", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        kind, mb, reps, trace = args.worker
        res = worker(kind, float(mb), int(reps), trace == "1")
        print(json.dumps(res))
        return 0

    sizes = sorted(float(s) for s in args.sizes.split(","))
    docs = [d for d in args.docs.split(",") if d]
    res: dict[str, Any] = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": " ".join(
            ["python", "benchmarks/bench_long.py", *sys.argv[1:]]
        ),
        "machine": machine(),
        "sizes_mb": sizes,
        "cases": [],
    }
    for kind in docs:
        for mb in sizes:
            reps = args.reps if mb <= args.reps_max_mb else 1
            trace = "1" if mb <= args.trace_max_mb else "0"
            case = _sub(["--worker", kind, str(mb), str(reps), trace])
            res["cases"].append(case)
            print(
                f"{kind} {mb} MB: {case['cpu_s']:.2f} s CPU,"
                f" {case['maxrss_mib']:.0f} MiB max RSS",
                file=sys.stderr,
                flush=True,
            )
    res["ratios"] = ratios(res["cases"])
    args.out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(tables(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
