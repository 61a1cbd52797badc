# SPDX-License-Identifier: MIT
"""
Cold start of communique: ``import communique`` plus the first
one-sentence parse, against the time it takes to import the four runtime
dependencies (attrs, cattrs, regex, python-dateutil), in the same run.

Each measurement runs in a fresh interpreter and times itself with
``time.perf_counter`` (interpreter start-up is left out of both sides).
Bytecode is written and read as in an installed package, even where
``PYTHONDONTWRITEBYTECODE`` is set.
The runs alternate between the cases, so a busy machine slows them
alike; the medians are reported, with their ratio. Cases:

* ``deps``: import attrs, cattrs, regex and dateutil.parser;
* ``warm``: import communique and parse one sentence, with the disk cache
  of compiled state present (every start after the first);
* ``cold``: the same with an empty cache directory (the very first start,
  which compiles and writes the cache);
* ``off``: the same with ``COMMUNIQUE_CACHE=off`` (never reads nor writes);
* ``cli``: wall time of ``communique parse`` on a small example file.

The target of issue 9: ``warm`` at most 4x ``deps``.

Usage::

    python benchmarks/bench_startup.py             # 7 rounds
    python benchmarks/bench_startup.py --rounds 15 --out startup.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from pathlib import Path
from typing import Any


HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "minister_visit.txt"
SENTENCE = (
    "Russian Foreign Minister Sergey Lavrov met Kim Jong Un in Pyongyang "
    "on Friday, the Kremlin said."
)
DEPS = """
import time
t = time.perf_counter()
import attrs, cattrs, regex, dateutil.parser
print(time.perf_counter() - t)
"""
PARSE = f"""
import time
t = time.perf_counter()
import communique
t1 = time.perf_counter()
communique.parse({SENTENCE!r})
t2 = time.perf_counter()
communique.parse({SENTENCE!r})
t3 = time.perf_counter()
print(t2 - t, t1 - t, t2 - t1, t3 - t2)
"""


def _env(extra: dict[str, str]) -> dict[str, str]:
    """The children's environment: bytecode may be written and read, as
    in an installed package (pip compiles it at install time)."""
    env = {**os.environ, **extra}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _child(code: str, env: dict[str, str]) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=_env(env),
    )
    return [float(x) for x in out.stdout.split()]


def _cli(env: dict[str, str]) -> float:
    exe = shutil.which("communique")
    cmd = (
        [exe, "parse", str(EXAMPLE)]
        if exe
        else [sys.executable, "-m", "communique", "parse", str(EXAMPLE)]
    )
    t = time.perf_counter()
    subprocess.run(cmd, capture_output=True, check=True, env=_env(env))
    return time.perf_counter() - t


def measure(rounds: int) -> dict[str, Any]:
    """Median seconds of each case over *rounds* alternating rounds."""
    samples: dict[str, list[float]] = {
        k: [] for k in ("deps", "warm", "import", "first", "later", "cold", "off", "cli")
    }
    # compile the bytecode and write the default cache, as a first run does
    _child(PARSE, {})
    _child(PARSE, {})
    for _ in range(rounds):
        samples["deps"].append(_child(DEPS, {})[0])
        total, imp, first, later = _child(PARSE, {})
        samples["warm"].append(total)
        samples["import"].append(imp)
        samples["first"].append(first)
        samples["later"].append(later)
        with tempfile.TemporaryDirectory() as tmp:
            samples["cold"].append(
                _child(PARSE, {"COMMUNIQUE_CACHE_DIR": tmp})[0]
            )
        samples["off"].append(_child(PARSE, {"COMMUNIQUE_CACHE": "off"})[0])
        samples["cli"].append(_cli({}))
    med = {k: statistics.median(v) for k, v in samples.items()}
    return {
        "rounds": rounds,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "seconds": med,
        "ratio_warm_to_deps": med["warm"] / med["deps"],
        "ratio_cold_to_deps": med["cold"] / med["deps"],
        "samples": samples,
    }


def table(result: dict[str, Any]) -> str:
    """The results as a Markdown table."""
    s = result["seconds"]
    deps = s["deps"]
    rows = [
        ("import attrs, cattrs, regex, dateutil", "deps"),
        ("import communique + first parse (cache present)", "warm"),
        ("  of which import communique", "import"),
        ("  of which first parse", "first"),
        ("a later parse of the same sentence", "later"),
        ("import + first parse, empty cache (first start)", "cold"),
        ("import + first parse, COMMUNIQUE_CACHE=off", "off"),
        ("`communique parse` on a small file (wall, whole process)", "cli"),
    ]
    lines = ["| case | seconds | x deps import |", "| --- | ---: | ---: |"]
    lines += [f"| {label} | {s[k]:.3f} | {s[k] / deps:.1f} |" for label, k in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--out", type=Path, default=HERE / "results_startup.json")
    args = ap.parse_args(argv)
    result = measure(args.rounds)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(table(result))
    print(f"\nwarm / deps = {result['ratio_warm_to_deps']:.2f} (target <= 4)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
