# SPDX-License-Identifier: MIT
"""
No compiled pattern in communique backtracks catastrophically.

Every ``regex`` pattern object the package holds is found by
:func:`_all_patterns` and run with ``finditer`` (and ``match``) over
adversarial text shapes of growing length; for each shape its time per
character at the largest size must stay within a generous factor of its
time per character at the smallest.
A hard ``timeout`` on each regex call makes a catastrophic pattern fail
fast instead of hanging the suite.

One test per pattern loops over every shape. The default run checks every
pattern on every shape at small sizes (``QUICK``: catches catastrophic
and clearly quadratic patterns in a few seconds); the ``slow`` run repeats
the check at the original sizes (``THOROUGH``: up to 32k characters).
``TestCheckCatches`` feeds deliberately bad patterns to the same check,
so the check itself is known to be able to fail.

An end-to-end check (``slow``) runs :func:`communique.parse` on the same
shapes at 10k, 40k and 160k characters in a forked child with a hard time
limit.

Known failures are listed in ``KNOWN_SLOW`` ((pattern, shape): the check
asserts that they still fail) and ``KNOWN_SLOW_PARSE`` (shape: strict
xfails), so a fix is noticed.
"""

from __future__ import annotations

import importlib
import multiprocessing
import pkgutil
import time

from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

import pytest
import regex

from tests.forking import run_forked

import communique


Pattern = type(regex.compile(""))


# ---------------------------------------------------------------------------
# Finding the patterns: the one place that knows where they live.


def _all_patterns() -> dict[str, Any]:
    """
    Every distinct compiled pattern of the package, by where it was found.

    Compiled patterns live in what a ``Parser`` compiles (``parser.state``:
    one attribute per stage) and in module globals and class attributes
    (the fixed patterns); this walks both. Nothing else in this file
    depends on where patterns live.
    """
    out: dict[tuple[Any, int], tuple[str, Any]] = {}

    def walk(obj: object, where: str, depth: int = 0) -> None:
        if depth > 6:
            return
        if isinstance(obj, Pattern):
            out.setdefault((obj.pattern, obj.flags), (where, obj))
            return
        if isinstance(obj, dict | MappingProxyType):
            for k, v in obj.items():
                walk(v, f"{where}[{k!r}]", depth + 1)
        elif isinstance(obj, list | tuple | set | frozenset):
            for i, v in enumerate(obj):
                walk(v, f"{where}[{i}]", depth + 1)
        elif type(obj).__module__.startswith("communique."):
            fields: dict[str, object] = dict(getattr(obj, "__dict__", {}))
            for cls in type(obj).__mro__:
                for name in getattr(cls, "__slots__", ()):
                    if hasattr(obj, name):
                        fields[name] = getattr(obj, name)
            for k, v in fields.items():
                walk(v, f"{where}.{k}", depth + 1)

    # What a parser compiles (first, to name its patterns): every stage.
    walk(communique.Parser().state, "Parser().state", -4)
    for info in pkgutil.walk_packages(
        communique.__path__, prefix="communique."
    ):
        # names relative to the package: "_claims._cues._THAT"
        rel = info.name.removeprefix("communique.")
        last = rel.rpartition(".")[2]
        # (_cache keeps the modules' own patterns: find them by module)
        if not last.startswith("_") or rel in ("__main__", "_cache"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            where = f"{rel}.{name}"
            if isinstance(value, type) and value.__module__ == module.__name__:
                for attr, v in vars(value).items():
                    walk(v, f"{where}.{attr}")
            else:
                walk(value, where)
    return dict(sorted(out.values(), key=lambda x: x[0]))


PATTERNS = _all_patterns()


# ---------------------------------------------------------------------------
# Adversarial inputs


def _repeat(unit: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return make


_CAPS = "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India"

SHAPES: dict[str, Callable[[int], str]] = {
    # runs of capitalized words, as in long names or title case
    "capitalized": _repeat(_CAPS + " "),
    "aaa-bbb-ccc": _repeat("Aaa Bbb Ccc "),
    # tiny words and function words
    "a-space": _repeat("a "),
    "the": _repeat("the "),
    "mr": _repeat("Mr. "),
    "minister-of-the": _repeat("Minister of the "),
    "apostrophe-s": _repeat("'s"),
    "all-caps": _repeat("NATO UN ABC XYZ "),
    # quotes that never close
    "quotes": _repeat('"'),
    "he-said-quote": _repeat('He said "'),
    # one long token
    "hyphenated": _repeat("a-"),
    "no-spaces": _repeat("abcdefghij"),
    # whitespace
    "spaces": _repeat(" "),
    "newlines": _repeat("\n"),
    "mixed-whitespace": _repeat(" \n\t \n"),
    # punctuation
    "dots": _repeat("."),
    "commas": _repeat(", "),
}

# (pattern, shape) -> why it is known to be super-linear.  Empty: every
# pattern scans every shape in linear time.  A pattern that regresses must
# be fixed, or listed here with its reason; the check then asserts that
# it is still slow on that shape, so a fix is noticed.
KNOWN_SLOW: dict[tuple[str, str], str] = {}

# Shapes on which parse() is known to be super-linear (strict xfails).
KNOWN_SLOW_PARSE: dict[str, str] = {}


# ---------------------------------------------------------------------------
# Measuring


class Budget(NamedTuple):
    """Sizes and tolerances of one linearity check."""

    sizes: tuple[int, ...]
    """Text lengths, smallest first."""
    factor: float
    """Allowed growth of time per character from smallest to largest."""
    slack: float
    """Seconds that absorb timer noise and the fixed cost of fast patterns."""
    timeout: float
    """Hard cap (seconds) on one regex call."""
    runs: int
    """Best of this many runs at the smallest size."""
    attempts: int
    """Measure a failing shape this many times before reporting it."""


# Default run: every pattern and shape in a few seconds. 500 -> 4,000
# characters is 8x, so a quadratic pattern grows 8x per character: more
# than FACTOR 3.
QUICK = Budget(
    sizes=(500, 4_000), factor=3.0, slack=0.005, timeout=1.0, runs=2,
    attempts=3,
)  # fmt: skip
# Slow run: up to 32k characters, 16x per character for a quadratic one.
THOROUGH = Budget(
    sizes=(2_000, 8_000, 32_000), factor=8.0, slack=0.05, timeout=5.0,
    runs=3, attempts=2,
)  # fmt: skip
PARSE_SIZES = (10_000, 40_000, 160_000)
PARSE_FACTOR = 8.0
PARSE_SLACK = 1.0
PARSE_TIMEOUT = 60.0


def _run(pattern: Any, text: str, timeout: float) -> float:
    """
    CPU seconds to scan *text* with *pattern*; TimeoutError past *timeout*
    (wall-clock) seconds.

    CPU time, not wall time: on a busy machine a run that is descheduled
    part-way would otherwise look slower at one size than at another.
    """
    t0 = time.process_time()
    for _m in pattern.finditer(text, timeout=timeout):
        pass
    pattern.match(text, timeout=timeout)
    return time.process_time() - t0


def _best(pattern: Any, text: str, runs: int, timeout: float) -> float:
    return min(_run(pattern, text, timeout) for _ in range(runs))


def _growth(
    times: Mapping[int, float], sizes: tuple[int, ...], factor: float,
    slack: float,
) -> str | None:  # fmt: skip
    """Why *times* grow faster than linearly, or None if they do not."""
    small, large = sizes[0], sizes[-1]
    allowed = factor * times[small] * large / small + slack
    if times[large] <= allowed:
        return None
    shown = ", ".join(f"{n}: {t * 1000:.1f} ms" for n, t in times.items())
    return (
        f"grows faster than linearly ({shown}; allowed "
        f"{allowed * 1000:.1f} ms at {large})"
    )


def _attempt(
    pattern: Any, make: Callable[[int], str], b: Budget
) -> str | None:
    """One measurement of *pattern* on one shape: the problem, or None."""
    small = b.sizes[0]
    try:
        t_small = _best(pattern, make(small), b.runs, b.timeout)
    except TimeoutError:
        return f"takes over {b.timeout} s at only {small} chars"
    times = {small: t_small}
    for n in b.sizes[1:]:
        # twice the allowed CPU time, as wall time: room for a busy machine
        allowed = b.factor * t_small * n / small + b.slack
        budget = min(b.timeout, 2 * allowed)
        try:
            times[n] = _run(pattern, make(n), timeout=budget)
        except TimeoutError:
            return (
                f"timed out at {n} chars (budget {budget * 1000:.1f} ms "
                f"from {t_small * 1000:.2f} ms at {small})"
            )
    return _growth(times, b.sizes, b.factor, b.slack)


def _shape_problem(
    pattern: Any, make: Callable[[int], str], b: Budget
) -> str | None:
    """Why *pattern* is not linear on one shape, measured until it passes."""
    problem = None
    for _ in range(b.attempts):
        problem = _attempt(pattern, make, b)
        if problem is None:
            return None
    return problem


def check_linear(
    pattern: Any,
    where: str,
    budget: Budget,
    shapes: Mapping[str, Callable[[int], str]] = MappingProxyType(SHAPES),
) -> None:
    """
    Assert that *pattern* scans every shape in linear time.

    The failure message names *where* and every shape that failed, with
    its timings. Shapes listed in ``KNOWN_SLOW`` for *where* must still
    fail, or the message asks to remove them.
    """
    bad: dict[str, str] = {}
    fixed: list[str] = []
    for shape, make in shapes.items():
        problem = _shape_problem(pattern, make, budget)
        if (where, shape) in KNOWN_SLOW:
            if problem is None:
                fixed.append(shape)
        elif problem is not None:
            bad[shape] = problem
    lines = [f"  on {shape!r}: {why}" for shape, why in bad.items()]
    lines += [
        f"  on {shape!r}: linear now; remove it from KNOWN_SLOW"
        for shape in fixed
    ]
    assert not lines, f"{where} is not linear:\n" + "\n".join(lines)


class TestCollection:
    """The pattern finder finds the package's patterns."""

    def test_finds_module_and_stage_patterns(self) -> None:
        """Module globals and every stage of a parser's state appear."""
        names = set(PATTERNS)
        assert len(names) > 50
        assert any(n.startswith("_segment.") for n in names)
        for stage in ("recognizer", "meeting_cues", "meeting_patterns",
                      "claims", "polarity", "codes"):
            assert any(
                n.startswith(f"Parser().state.{stage}") for n in names
            ), stage

    def test_known_slow_entries_exist(self) -> None:
        """Every KNOWN_SLOW entry names a found pattern and a shape."""
        for where, shape in KNOWN_SLOW:
            assert where in PATTERNS
            assert shape in SHAPES


class TestCheckCatches:
    """check_linear fails on bad patterns and names the shape."""

    @pytest.mark.parametrize(
        ("budget", "source", "shape"),
        [
            # nested quantifiers: every start position backtracks through
            # the rest of the text, several ways
            pytest.param(QUICK, r"(?:\w+\s?)+\d", "a-space", id="quick-nested"),
            # quadratic: every start position scans to the end of the word
            pytest.param(QUICK, r"\w+\d", "no-spaces", id="quick-square"),
            pytest.param(
                THOROUGH, r"\w+\d", "no-spaces", id="thorough-square",
                marks=pytest.mark.slow,
            ),
        ],
    )  # fmt: skip
    def test_catches(self, budget: Budget, source: str, shape: str) -> None:
        """A super-linear pattern fails on its shape, not on a safe one."""
        shapes = {shape: SHAPES[shape], "dots": SHAPES["dots"]}
        with pytest.raises(AssertionError) as info:
            # one attempt: retries only guard passing patterns from noise
            check_linear(
                regex.compile(source), "bad", budget._replace(attempts=1),
                shapes,
            )  # fmt: skip
        message = str(info.value)
        assert f"on {shape!r}:" in message
        assert "'dots'" not in message

    def test_passes_linear_pattern(self) -> None:
        """A plain word pattern passes on every shape."""
        check_linear(regex.compile(r"\b\w+\b"), "word", QUICK)

    def test_known_slow(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A KNOWN_SLOW entry passes while slow and fails once linear."""
        monkeypatch.setitem(KNOWN_SLOW, ("bad", "no-spaces"), "quadratic")
        shapes = {"no-spaces": SHAPES["no-spaces"]}
        quick = QUICK._replace(attempts=1)
        check_linear(regex.compile(r"\w+\d"), "bad", quick, shapes)
        with pytest.raises(AssertionError, match="remove it from KNOWN"):
            check_linear(regex.compile(r"\w+"), "bad", quick, shapes)


class TestPatternsLinear:
    """Each compiled pattern scans adversarial text in linear time."""

    @pytest.mark.parametrize("where", list(PATTERNS))
    def test_quick(self, where: str) -> None:
        """Every shape, 500 -> 4,000 chars: time per char within 3x."""
        check_linear(PATTERNS[where], where, QUICK)

    @pytest.mark.slow
    @pytest.mark.parametrize("where", list(PATTERNS))
    def test_thorough(self, where: str) -> None:
        """Every shape, 2k -> 32k chars: time per char within 8x."""
        check_linear(PATTERNS[where], where, THOROUGH)


# ---------------------------------------------------------------------------
# End to end


def _parse_seconds(text: str) -> float:
    t0 = time.process_time()
    communique.parse(text)
    return time.process_time() - t0


def _timed_parse(text: str) -> float:
    """CPU seconds to parse *text* in a forked child, killed at the cap."""
    elapsed: float = run_forked(_parse_seconds, text, PARSE_TIMEOUT)
    return elapsed


def _parse_cases() -> Iterator[Any]:
    for shape in SHAPES:
        reason = KNOWN_SLOW_PARSE.get(shape)
        marks = [pytest.mark.slow]
        if reason is not None:
            marks.append(pytest.mark.xfail(reason=reason, strict=True))
        yield pytest.param(shape, id=shape, marks=marks)


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(),
    reason="needs fork to time parse in a child",
)
class TestParseLinear:
    """communique.parse scales linearly on adversarial text."""

    @pytest.mark.parametrize("shape", list(_parse_cases()))
    def test_linear(self, shape: str) -> None:
        """Time per character at 160k stays within 8x of that at 10k."""
        communique.parse("Warm up.")  # children inherit the compiled parser
        make = SHAPES[shape]
        times = {n: _timed_parse(make(n)) for n in PARSE_SIZES}
        problem = _growth(times, PARSE_SIZES, PARSE_FACTOR, PARSE_SLACK)
        assert problem is None, f"parse on {shape!r} {problem}"
