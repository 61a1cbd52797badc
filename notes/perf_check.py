"""Output-identity and speed harness for performance work.

    python notes/perf_check.py baseline DIR   # write reference outputs
    python notes/perf_check.py compare DIR    # compare with reference, list diffs
    python notes/perf_check.py speed [WORDS]  # per-stage us/word on the bench corpus

Every optimisation must keep `compare` at 0 differences.
"""
import hashlib
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from make_corpus import make_articles  # noqa: E402

import communique  # noqa: E402

DEV = ROOT.parent / "shared" / "corpus" / "dev"

_VOCAB = (
    "the The of and said says told President Minister Foreign Prime "
    "Russia Russian Moscow China Beijing United States U.S. Washington "
    "Iran Tehran Kim Jong Un Lavrov Sergey Putin met meet visit talks summit "
    "on Monday Tuesday last week next month 12 March 2019 ( ) \" ' , . ; : - "
    "he she they He She It its their ministry Ministry spokesman analysts "
    "officials sources according to cited quoted as saying denied accused "
    "condemned welcomed agreed cooperation sanctions treaty ties relations "
    "European Union NATO UN United Nations Security Council Xinhua Reuters "
    "AP AFP Seoul South North Korea Korean Pyongyang Japan Tokyo Mr. Mrs. Dr. "
    "former ex- deputy acting chief General Secretary-General \n \n\n \t "
    "Кремль 서울 طهران é ü — – … « » ‘ ’ “ ” Al- al- bin ibn de van von"
).split(" ")


def inputs():
    """Yield (name, text, published) for every reference input."""
    devs = []
    for g in sorted(DEV.glob("*.gold.json")):
        meta = json.loads(g.read_text(encoding="utf-8"))
        name = g.name[: -len(".gold.json")]
        text = (DEV / meta.get("article", name + ".txt")).read_text(encoding="utf-8")
        devs.append(text)
        yield "dev/" + name, text, meta.get("published")
    yield "dev-joined", "\n\n".join(devs), None
    for p in sorted((ROOT / "tests" / "articles").glob("*.txt")):
        exp = json.loads(p.with_suffix("").with_suffix(".expect.json").read_text()) if p.with_suffix("").with_suffix(".expect.json").exists() else {}
        yield "own/" + p.stem, p.read_text(encoding="utf-8"), exp.get("published")
    for seed in (0, 1, 2):
        for i, a in enumerate(make_articles(60000, seed=seed)):
            yield f"bench{seed}/{i}", a, "2020-05-05"
    for i, a in enumerate(make_articles(30000, seed=3, source="dev")):
        yield f"benchdev/{i}", a, None
    rng = random.Random(7)
    for i in range(600):
        n = rng.randint(0, 120)
        toks = [rng.choice(_VOCAB) for _ in range(n)]
        yield f"random/{i}", " ".join(toks), rng.choice([None, "2001-09-10"])
    for i, s in enumerate([
        "", " ", "\n\n\n", '"' * 500, "(" * 300 + "Russia", "Mr. " * 200,
        "President " * 100 + "Putin said.", "a" * 5000, "Lavrov. " * 400,
        "\x00\x01 Russia\x7f said\u200b it", "Ｒｕｓｓｉａ said", "He said he said she said.",
    ]):
        yield f"edge/{i}", s, None


def render(text, published):
    return communique.to_json(communique.parse(text, published=published))


def main():
    mode = sys.argv[1]
    if mode == "speed":
        words = int(sys.argv[2]) if len(sys.argv) > 2 else 50000
        import runpy
        sys.argv = [sys.argv[0], str(words)]
        runpy.run_path(str(ROOT / "notes" / "stage_bench.py"), run_name="__main__")
        return
    out = Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    diffs = 0
    n = 0
    t0 = time.process_time()
    for name, text, pub in inputs():
        n += 1
        got = render(text, pub)
        f = out / (name.replace("/", "__") + ".json")
        if mode == "baseline":
            f.write_text(got, encoding="utf-8")
        else:
            want = f.read_text(encoding="utf-8")
            if got != want:
                diffs += 1
                if diffs <= 15:
                    print("DIFF", name, hashlib.sha1(got.encode()).hexdigest()[:8])
                if diffs <= 3:
                    import difflib
                    a = json.dumps(json.loads(want), indent=1).splitlines()
                    b = json.dumps(json.loads(got), indent=1).splitlines()
                    print("\n".join(list(difflib.unified_diff(a, b, "want", "got", lineterm="", n=2))[:60]))
    print(f"{n} inputs, {diffs} differences, {time.process_time() - t0:.1f}s CPU")
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
