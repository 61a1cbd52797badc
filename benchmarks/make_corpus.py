# SPDX-License-Identifier: MIT
"""
Build a deterministic corpus of wire-style news text for the benchmarks.

Two sources:

* ``templates`` (default): articles assembled from the template paragraphs
  below (written for this benchmark, not taken from any real article),
  filled with countries, capitals, demonyms, people and organizations
  drawn with a seeded random generator.
* ``dev``: paragraphs of the development corpus in
  ``../shared/corpus/dev`` (read at run time, never copied into the
  repository), reshuffled into ~500-word articles.

Each article is about 500 words: a headline, a dated first paragraph and
wire-style paragraphs about visits, talks, quotes and relations.

Usage::

    python benchmarks/make_corpus.py --words 100000 --out benchmarks/corpus

>>> arts = make_articles(2000, seed=1)
>>> sum(len(a.split()) for a in arts) >= 2000
True
>>> arts == make_articles(2000, seed=1)
True
"""

from __future__ import annotations

import argparse
import random
import sys

from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
DEV_DIR = ROOT / ".." / "shared" / "corpus" / "dev"

#: Target size of one article, in words.
ARTICLE_WORDS = 500

# ---------------------------------------------------------------------------
# Fill-ins: (name, capital, demonym adjective)
# ---------------------------------------------------------------------------
COUNTRIES = (
    ("France", "Paris", "French"),
    ("Germany", "Berlin", "German"),
    ("Japan", "Tokyo", "Japanese"),
    ("China", "Beijing", "Chinese"),
    ("Russia", "Moscow", "Russian"),
    ("the United States", "Washington", "American"),
    ("Britain", "London", "British"),
    ("India", "New Delhi", "Indian"),
    ("Pakistan", "Islamabad", "Pakistani"),
    ("Brazil", "Brasilia", "Brazilian"),
    ("Argentina", "Buenos Aires", "Argentine"),
    ("Mexico", "Mexico City", "Mexican"),
    ("Egypt", "Cairo", "Egyptian"),
    ("Kenya", "Nairobi", "Kenyan"),
    ("Nigeria", "Abuja", "Nigerian"),
    ("South Africa", "Pretoria", "South African"),
    ("Turkey", "Ankara", "Turkish"),
    ("Iran", "Tehran", "Iranian"),
    ("Saudi Arabia", "Riyadh", "Saudi"),
    ("Israel", "Jerusalem", "Israeli"),
    ("Jordan", "Amman", "Jordanian"),
    ("Poland", "Warsaw", "Polish"),
    ("Ukraine", "Kiev", "Ukrainian"),
    ("Italy", "Rome", "Italian"),
    ("Spain", "Madrid", "Spanish"),
    ("Sweden", "Stockholm", "Swedish"),
    ("South Korea", "Seoul", "South Korean"),
    ("North Korea", "Pyongyang", "North Korean"),
    ("Vietnam", "Hanoi", "Vietnamese"),
    ("Indonesia", "Jakarta", "Indonesian"),
    ("Australia", "Canberra", "Australian"),
    ("Canada", "Ottawa", "Canadian"),
    ("Ethiopia", "Addis Ababa", "Ethiopian"),
    ("Algeria", "Algiers", "Algerian"),
    ("Venezuela", "Caracas", "Venezuelan"),
    ("Thailand", "Bangkok", "Thai"),
)

ORGS = (
    "the United Nations",
    "the European Union",
    "NATO",
    "the World Bank",
    "the International Monetary Fund",
    "the African Union",
    "the Arab League",
    "the World Trade Organization",
    "the Organization of American States",
    "the International Atomic Energy Agency",
)

TITLES = (
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Defence Minister",
    "Trade Minister",
    "Deputy Foreign Minister",
    "Vice President",
    "Finance Minister",
)

FIRST = (
    "Anna",
    "Marek",
    "Yusuf",
    "Leila",
    "Tomas",
    "Hiroshi",
    "Amara",
    "Pavel",
    "Ines",
    "Kwame",
    "Rahul",
    "Sofia",
    "Dmitri",
    "Carlos",
    "Mei",
    "Hassan",
    "Elena",
    "Jorge",
    "Farida",
    "Olaf",
    "Nadia",
    "Kofi",
    "Minh",
    "Aylin",
    "Gustavo",
    "Ruth",
    "Ibrahim",
    "Lars",
)

LAST = (
    "Kowalczyk",
    "Haddad",
    "Tanaka",
    "Okonkwo",
    "Varga",
    "Lindqvist",
    "Moreno",
    "Petrenko",
    "Nakamura",
    "Mensah",
    "Rahimi",
    "Castellanos",
    "Ferreira",
    "Demir",
    "Novak",
    "Sato",
    "Abebe",
    "Quintero",
    "Marchetti",
    "Oyelaran",
    "Sorensen",
    "Nguyen",
    "Kaplan",
    "Brennan",
    "Iqbal",
    "Delacroix",
    "Zhukov",
    "Mbeki-Tau",
    "Aldana",
    "Wexler",
)

WEEKDAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# ---------------------------------------------------------------------------
# Template paragraphs (written for this benchmark).  Slots:
#   A, B, C, D, E: countries; CAP_x capital, DEM_x demonym of country x
#   PA..PF: full names, PA_LAST..: surnames; TA..TE: titles
#   ORG, ORG2: organizations; WD, WD2: weekdays; MONTH, YEAR, YEAR2, N, N2
# ---------------------------------------------------------------------------
LEAD = (
    "{CAP_B}, {MONTH} {DAY} - {DEM_A} {TA} {PA} arrived in {CAP_B} on "
    "{WD} for a {N}-day official visit, the first by a senior {DEM_A} "
    "leader in {N2} years, officials said."
)

PARAGRAPHS = (
    (
        "{PA_LAST} is due to hold talks with {DEM_B} {TB} {PB} on trade, "
        "energy and regional security, and will also meet {TC} {PC}, a "
        "spokesman for the {DEM_B} foreign ministry told reporters."
    ),
    (
        '"We have come here to open a new chapter in relations between our '
        'two countries," {PA_LAST} said in a statement released after the '
        'talks. "Nobody gains from confrontation."'
    ),
    (
        "{A} and {B} restored full diplomatic relations in {YEAR} after a "
        "break of more than a decade, but ties have been strained since {B} "
        "accused {A} of backing rebels along their common border."
    ),
    (
        "Diplomats in {CAP_B} said the two sides were expected to sign "
        "agreements on air links, fisheries and cultural exchanges, and to "
        "issue a joint communique at the end of the visit on {WD2}."
    ),
    (
        "{TB} {PB_LAST} told a news conference that {B} would not accept any "
        'settlement imposed from outside. "The question must be solved by '
        'the peoples of the region themselves," {PB_LAST} said.'
    ),
    (
        "{ORG} welcomed the talks. Its spokeswoman, {PD}, said the "
        "organization hoped the meeting would lead to a lasting ceasefire "
        "and the return of refugees to their homes."
    ),
    (
        "{C} condemned the visit. Its state news agency quoted an unnamed "
        "official as saying that {A} was trying to isolate {C} and that the "
        "move would damage stability in the region."
    ),
    (
        "Analysts said {A} was seeking {DEM_B} support for its bid to join "
        "{ORG2}, while {B} wanted investment in its ports and railways. "
        "Trade between the two countries reached {N2} billion dollars last "
        "year, according to official figures."
    ),
    (
        "{PB_LAST} and {PA_LAST} also discussed the crisis in {D}, where "
        "fighting between government forces and rebels has killed hundreds "
        "of people since {MONTH}. Both called for an immediate halt to the "
        "violence."
    ),
    (
        "{TB} {PB_LAST} is expected to pay a return visit to {CAP_A} early "
        "next year, the {DEM_A} embassy said. No date has been set for the "
        "trip."
    ),
    (
        "Earlier on {WD}, {PA_LAST} laid a wreath at a war memorial in "
        "{CAP_B} and met business leaders from both countries at a lunch "
        "hosted by the {DEM_B} chamber of commerce."
    ),
    (
        "{A} has denied the charges. Its foreign ministry said on {WD2} that "
        'the accusations were "baseless" and called on {B} to stop '
        "interfering in its internal affairs."
    ),
    (
        "In {CAP_E}, {DEM_E} {TE} {PE} said the government was ready to "
        "mediate between the two sides. {PE_LAST} met the {DEM_A} ambassador "
        "on {WD} and is due to travel to {CAP_B} later this month."
    ),
    (
        "{B} and {C} signed a treaty of friendship and cooperation in "
        "{YEAR}, pledging to consult each other in case of a threat to "
        "either country. Relations cooled after a border dispute in {YEAR2}."
    ),
    (
        "Officials said the ministers agreed to set up a joint commission on "
        "economic cooperation that will meet twice a year, alternately in "
        "{CAP_A} and {CAP_B}, and to expand student exchanges."
    ),
    (
        "{PA_LAST}, who took office in {YEAR2}, has made better relations "
        "with neighbouring countries a priority. {PA_LAST} visited {D} and "
        "{E} last month and held talks in {CAP_E} with {TE} {PE}."
    ),
    (
        "Opposition politicians in {B} criticized the talks, saying the "
        'government had made too many concessions. "This is a bad deal for '
        'our country," said {PF}, a member of parliament.'
    ),
    (
        "Western diplomats said {B} had moved closer to {C} in recent years "
        "and that the visit was meant to show that {A} still had influence "
        "in the region. {C} and {A} have no diplomatic relations."
    ),
    (
        "A {DEM_B} government source, who asked not to be named, said the "
        'talks had been "frank and difficult" and that no agreement was '
        "reached on the disputed islands."
    ),
    (
        "{ORG} Secretary-General, {PD}, urged {A} and {B} to settle "
        "their differences by peaceful means and offered the good offices "
        "of {ORG} to help them."
    ),
)

HEADLINES = (
    "{DEM_A} LEADER IN {CAP_B} FOR TALKS",
    "{PA_LAST} VISITS {B}, SEEKS CLOSER TIES",
    "{A} AND {B} PLEDGE TO IMPROVE RELATIONS",
    "{C} CONDEMNS {DEM_A} VISIT TO {CAP_B}",
)


def _slots(rng: random.Random) -> dict[str, str]:
    picks = rng.sample(COUNTRIES, 5)
    out: dict[str, str] = {}
    for key, (name, cap, dem) in zip("ABCDE", picks, strict=True):
        out[key] = name
        out[f"CAP_{key}"] = cap
        out[f"DEM_{key}"] = dem
    for key in ("PA", "PB", "PC", "PD", "PE", "PF"):
        last = rng.choice(LAST)
        out[key] = f"{rng.choice(FIRST)} {last}"
        out[f"{key}_LAST"] = last
    for key in ("TA", "TB", "TC", "TE"):
        out[key] = rng.choice(TITLES)
    out["ORG"], out["ORG2"] = rng.sample(ORGS, 2)
    out["WD"], out["WD2"] = rng.sample(WEEKDAYS, 2)
    out["MONTH"] = rng.choice(MONTHS)
    out["DAY"] = str(rng.randint(1, 28))
    out["YEAR"] = str(rng.randint(1950, 1999))
    out["YEAR2"] = str(rng.randint(2000, 2023))
    out["N"] = str(rng.randint(2, 6))
    out["N2"] = str(rng.randint(3, 40))
    return out


def _cap_first(s: str) -> str:
    return s[:1].upper() + s[1:]


def template_article(rng: random.Random) -> str:
    """One ~500-word article built from the templates."""
    slots = _slots(rng)
    head = rng.choice(HEADLINES).format(**slots).upper()
    paras = [_cap_first(LEAD.format(**slots))]
    words = len(paras[0].split()) + len(head.split())
    order = list(PARAGRAPHS)
    rng.shuffle(order)
    for tpl in order:
        if words >= ARTICLE_WORDS:
            break
        p = _cap_first(tpl.format(**slots))
        paras.append(p)
        words += len(p.split())
    return head + "\n\n" + "\n\n".join(paras) + "\n"


def _dev_paragraphs(dev_dir: Path) -> list[str]:
    paras: list[str] = []
    for path in sorted(dev_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for block in text.replace("\r\n", "\n").split("\n\n"):
            lines = [ln.strip() for ln in block.splitlines()]
            # Wire copy of the 1980s indents paragraphs instead of
            # leaving blank lines; split on the indent too.
            cur: list[str] = []
            for raw, ln in zip(block.splitlines(), lines, strict=True):
                if raw.startswith("    ") and cur:
                    paras.append(" ".join(cur))
                    cur = []
                if ln:
                    cur.append(ln)
            if cur:
                paras.append(" ".join(cur))
    return [p for p in paras if len(p.split()) >= 8]


def dev_articles(
    n_words: int, rng: random.Random, dev_dir: Path = DEV_DIR
) -> list[str]:
    """Articles of ~500 words reshuffled from the dev corpus paragraphs."""
    paras = _dev_paragraphs(dev_dir)
    if not paras:
        msg = f"no dev corpus under {dev_dir}"
        raise FileNotFoundError(msg)
    out: list[str] = []
    total = 0
    while total < n_words:
        chosen: list[str] = []
        words = 0
        while words < ARTICLE_WORDS:
            p = rng.choice(paras)
            chosen.append(p)
            words += len(p.split())
        out.append("\n\n".join(chosen) + "\n")
        total += words
    return out


def make_articles(
    n_words: int, *, seed: int = 0, source: str = "templates"
) -> list[str]:
    """
    Articles totalling at least *n_words* whitespace-separated words.

    Args:
        n_words: Minimum total size in words.
        seed: Seed of the random generator; same seed, same text.
        source: ``templates`` or ``dev``.

    >>> len(make_articles(1000, seed=3)) >= 2
    True
    """
    rng = random.Random(seed)
    if source == "dev":
        return dev_articles(n_words, rng)
    if source != "templates":
        msg = f"unknown source {source!r}"
        raise ValueError(msg)
    out: list[str] = []
    total = 0
    while total < n_words:
        art = template_article(rng)
        out.append(art)
        total += len(art.split())
    return out


def make_document(
    n_words: int, *, seed: int = 0, source: str = "templates"
) -> str:
    """The same articles as :func:`make_articles`, as one document."""
    return "\n\n".join(make_articles(n_words, seed=seed, source=source))


def main(argv: list[str] | None = None) -> int:
    """Write ``corpus-<words>.txt`` (one document) into ``--out``."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--source", choices=("templates", "dev"), default="templates"
    )
    ap.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "corpus"
    )
    args = ap.parse_args(argv)
    arts = make_articles(args.words, seed=args.seed, source=args.source)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"{args.source}-{args.words}.txt"
    path.write_text("\n\n".join(arts), encoding="utf-8")
    words = sum(len(a.split()) for a in arts)
    print(f"{path}: {len(arts)} articles, {words} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
