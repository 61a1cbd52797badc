# SPDX-License-Identifier: MIT
"""
Output-identity harness: does a change alter any parse result?

Parses about 1,000 inputs (the dev corpus, the test articles, generated
benchmark articles, random token soup and edge cases) and writes the JSON
of each, or compares it with JSON written before. Run ``baseline`` on the
commit before a change (a speed-up, a refactoring) and ``compare`` after
it: every difference is listed, with a diff of the first few.

Usage::

    python benchmarks/check_outputs.py baseline /tmp/ref   # before
    python benchmarks/check_outputs.py compare /tmp/ref    # after
    python benchmarks/check_outputs.py compare /tmp/ref --dev PATH

The dev corpus is read where it lies (``../shared/corpus/dev`` next to the
repository by default); without it the other inputs still run. Exit
status: 0 when nothing differs, 1 otherwise.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import random
import sys
import time

from collections.abc import Iterator
from pathlib import Path


HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import make_corpus  # noqa: E402

import communique  # noqa: E402


DEV_DIR = ROOT.parent / "shared" / "corpus" / "dev"

# Tokens for random "soup" inputs: names, cues, dates, punctuation,
# whitespace and non-Latin scripts, in no particular order.
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

_EDGES = (
    "",
    " ",
    "\n\n\n",
    '"' * 500,
    "(" * 300 + "Russia",
    "Mr. " * 200,
    "President " * 100 + "Putin said.",
    "a" * 5000,
    "Lavrov. " * 400,
    "\x00\x01 Russia\x7f said\u200b it",
    "Ｒｕｓｓｉａ said",
    "He said he said she said.",
)

Input = tuple[str, str, str | None]


def _dev_inputs(dev: Path) -> Iterator[Input]:
    texts = []
    for gold in sorted(dev.glob("*.gold.json")):
        meta = json.loads(gold.read_text(encoding="utf-8"))
        name = gold.name[: -len(".gold.json")]
        article = dev / meta.get("article", name + ".txt")
        text = article.read_text(encoding="utf-8")
        texts.append(text)
        yield "dev/" + name, text, meta.get("published")
    if texts:
        yield "dev-joined", "\n\n".join(texts), None


def inputs(dev: Path) -> Iterator[Input]:
    """Yield ``(name, text, published)`` for every reference input."""
    yield from _dev_inputs(dev)
    for path in sorted((ROOT / "tests" / "articles").glob("*.txt")):
        expect = path.with_suffix(".expect.json")
        meta = (
            json.loads(expect.read_text(encoding="utf-8"))
            if expect.exists()
            else {}
        )
        text = path.read_text(encoding="utf-8")
        yield "own/" + path.stem, text, meta.get("published")
    for seed in (0, 1, 2):
        articles = make_corpus.make_articles(60_000, seed=seed)
        for i, text in enumerate(articles):
            yield f"bench{seed}/{i}", text, "2020-05-05"
    if dev.is_dir():
        articles = make_corpus.make_articles(30_000, seed=3, source="dev")
        for i, text in enumerate(articles):
            yield f"benchdev/{i}", text, None
    rng = random.Random(7)
    for i in range(600):
        n = rng.randint(0, 120)
        tokens = [rng.choice(_VOCAB) for _ in range(n)]
        published = rng.choice([None, "2001-09-10"])
        yield f"random/{i}", " ".join(tokens), published
    for i, text in enumerate(_EDGES):
        yield f"edge/{i}", text, None


def _render(text: str, published: str | None) -> str:
    return communique.to_json(communique.parse(text, published=published))


def _show_diff(want: str, got: str) -> None:
    a = json.dumps(json.loads(want), indent=1).splitlines()
    b = json.dumps(json.loads(got), indent=1).splitlines()
    diff = difflib.unified_diff(a, b, "want", "got", lineterm="", n=2)
    print("\n".join(list(diff)[:60]))


def unread(name: str) -> bool:
    """
    Whether input *name* holds text of the dev articles kept unread
    (69-86): the articles themselves, the joined corpus and the articles
    reshuffled from dev paragraphs.
    """
    if name == "dev-joined" or name.startswith("benchdev/"):
        return True
    number = name.removeprefix("dev/").partition("_")[0]
    return name.startswith("dev/") and number.isdigit() and 69 <= int(number) <= 86


def run(mode: str, out: Path, dev: Path, *, studied_only: bool = False) -> int:
    """Write (``baseline``) or check (``compare``) every output in *out*."""
    out.mkdir(parents=True, exist_ok=True)
    diffs = missing = n = 0
    t0 = time.process_time()
    for name, text, published in inputs(dev):
        if studied_only and unread(name):
            continue
        n += 1
        got = _render(text, published)
        path = out / (name.replace("/", "__") + ".json")
        if mode == "baseline":
            path.write_text(got, encoding="utf-8")
            continue
        if not path.exists():
            missing += 1
            continue
        want = path.read_text(encoding="utf-8")
        if got != want:
            diffs += 1
            if diffs <= 15:
                digest = hashlib.sha1(got.encode()).hexdigest()[:8]
                print("DIFF", name, digest)
            if diffs <= 3:
                _show_diff(want, got)
    cpu = time.process_time() - t0
    extra = f", {missing} without reference" if missing else ""
    print(f"{n} inputs, {diffs} differences{extra}, {cpu:.1f}s CPU")
    return 1 if diffs or missing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["baseline", "compare"])
    parser.add_argument("out", type=Path, help="directory of reference JSON")
    parser.add_argument(
        "--dev",
        type=Path,
        default=DEV_DIR,
        help="dev corpus directory (default: %(default)s)",
    )
    parser.add_argument(
        "--studied-only",
        action="store_true",
        help="leave out every input that holds text of the unread dev "
        "articles 69-86 (use it when you read the differences)",
    )
    args = parser.parse_args(argv)
    return run(args.mode, args.out, args.dev, studied_only=args.studied_only)


if __name__ == "__main__":
    sys.exit(main())
