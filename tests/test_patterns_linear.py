# SPDX-License-Identifier: MIT
"""
No compiled pattern in communique backtracks catastrophically.

Every ``regex`` pattern object the package holds (module globals, the
attributes of stage objects, what the cached lexicon loaders return) is
run with ``finditer`` over adversarial inputs of growing length; its time
per character at 32k characters must stay within a generous factor of its
time per character at 2k.
A hard ``timeout`` on each regex call makes a catastrophic pattern fail
fast instead of hanging the suite.

An end-to-end check runs :func:`communique.parse` on the same shapes at
10k, 40k and 160k characters in a forked child with a hard time limit.

Known failures are listed in ``KNOWN_SLOW`` (pattern, shape) and
``KNOWN_SLOW_PARSE`` (shape) and run as strict xfails, so a fix is
noticed.
"""

from __future__ import annotations

import importlib
import multiprocessing
import pkgutil
import time

from collections.abc import Callable, Iterator
from types import MappingProxyType
from typing import Any

import pytest
import regex

from tests.forking import run_forked

import communique


Pattern = type(regex.compile(""))

# Sizes for single patterns, and the end-to-end parse.
SIZES = (2_000, 8_000, 32_000)
PARSE_SIZES = (10_000, 40_000, 160_000)
# Allowed growth of time per character from the smallest to the largest
# size, and absolute slack (seconds) that absorbs timer noise and the
# fixed cost of very fast patterns.
FACTOR = 8.0
SLACK = 0.05
PARSE_SLACK = 1.0
# Hard caps: one regex call, one whole parse.
CALL_TIMEOUT = 5.0
PARSE_TIMEOUT = 60.0


# ---------------------------------------------------------------------------
# Collecting the patterns


def _walk(
    obj: object,
    where: str,
    out: dict[tuple[Any, int], tuple[str, Any]],
    depth: int = 0,
) -> None:
    """Record every compiled pattern reachable from *obj*."""
    if depth > 6:
        return
    if isinstance(obj, Pattern):
        out.setdefault((obj.pattern, obj.flags), (where, obj))
        return
    if isinstance(obj, dict | MappingProxyType):
        for k, v in obj.items():
            _walk(v, f"{where}[{k!r}]", out, depth + 1)
    elif isinstance(obj, list | tuple | set | frozenset):
        for i, v in enumerate(obj):
            _walk(v, f"{where}[{i}]", out, depth + 1)
    elif type(obj).__module__.startswith("communique."):
        fields: dict[str, object] = dict(getattr(obj, "__dict__", {}))
        for cls in type(obj).__mro__:
            for name in getattr(cls, "__slots__", ()):
                if hasattr(obj, name):
                    fields[name] = getattr(obj, name)
        for k, v in fields.items():
            _walk(v, f"{where}.{k}", out, depth + 1)


def _collect() -> dict[str, Any]:
    """Every distinct compiled pattern, by where it was first found."""
    out: dict[tuple[Any, int], tuple[str, Any]] = {}
    # What a parser compiles (first, to name its patterns).
    _walk(communique.Parser().state, "Parser().state", out, -4)
    for info in pkgutil.iter_modules(communique.__path__):
        # (_cache holds the modules' own patterns: find them by name)
        if not info.name.startswith("_") or info.name in ("__main__", "_cache"):
            continue
        module = importlib.import_module(f"communique.{info.name}")
        for name, value in vars(module).items():
            where = f"{info.name}.{name}"
            if (
                isinstance(value, type) and value.__module__ == module.__name__
            ):
                for attr, v in vars(value).items():
                    _walk(v, f"{where}.{attr}", out)
            else:
                _walk(value, where, out)
    return dict(sorted(out.values(), key=lambda x: x[0]))


PATTERNS = _collect()


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
# be fixed, or listed here with its reason as a strict xfail.
KNOWN_SLOW: dict[tuple[str, str], str] = {}
STRICT_KNOWN = True

# Shapes on which parse() is known to be super-linear.
KNOWN_SLOW_PARSE: dict[str, str] = {}


# ---------------------------------------------------------------------------
# Measuring


def _run(pattern: Any, text: str, timeout: float = CALL_TIMEOUT) -> float:
    """Seconds to scan *text* with *pattern*; TimeoutError past *timeout*."""
    t0 = time.perf_counter()
    for _m in pattern.finditer(text, timeout=timeout):
        pass
    pattern.match(text, timeout=timeout)
    return time.perf_counter() - t0


def _best(pattern: Any, text: str, runs: int = 3) -> float:
    return min(_run(pattern, text) for _ in range(runs))


def _check_linear(
    times: dict[int, float], sizes: tuple[int, ...], slack: float, what: str
) -> None:
    small, large = sizes[0], sizes[-1]
    allowed = FACTOR * times[small] * large / small + slack
    shown = ", ".join(f"{n}: {t * 1000:.1f} ms" for n, t in times.items())
    assert times[large] <= allowed, (
        f"{what} grows faster than linearly ({shown}; "
        f"allowed {allowed * 1000:.1f} ms at {large})"
    )


def _cases() -> Iterator[Any]:
    for where in PATTERNS:
        for shape in SHAPES:
            marks = []
            reason = KNOWN_SLOW.get((where, shape))
            if reason is not None:
                marks.append(
                    pytest.mark.xfail(reason=reason, strict=STRICT_KNOWN)
                )
            yield pytest.param(
                where, shape, id=f"{where}-{shape}", marks=marks
            )


class TestCollection:
    """The pattern collector finds the package's patterns."""

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


@pytest.mark.slow
class TestPatternsLinear:
    """Each compiled pattern scans adversarial text in linear time."""

    @pytest.mark.parametrize(("where", "shape"), list(_cases()))
    def test_linear(self, where: str, shape: str) -> None:
        """Time per character at 32k stays within FACTOR of that at 2k."""
        pattern = PATTERNS[where]
        make = SHAPES[shape]
        small, large = SIZES[0], SIZES[-1]
        times = {small: _best(pattern, make(small))}
        if times[small] > CALL_TIMEOUT:
            pytest.fail(
                f"{where} takes {times[small]:.1f} s on {shape!r} at only "
                f"{small} chars"
            )
        allowed = FACTOR * times[small] * large / small + SLACK
        try:
            for n in SIZES[1:]:
                budget = min(
                    CALL_TIMEOUT, FACTOR * times[small] * n / small + SLACK
                )
                times[n] = _run(pattern, make(n), timeout=budget)
            if times[large] > allowed:  # once more, against timer noise
                times[large] = _best(pattern, make(large), runs=2)
        except TimeoutError:
            pytest.fail(
                f"{where} on {shape!r} timed out (budget from "
                f"{times[small] * 1000:.1f} ms at {small} chars)"
            )
        _check_linear(times, SIZES, SLACK, f"{where} on {shape!r}")


# ---------------------------------------------------------------------------
# End to end


def _parse_seconds(text: str) -> float:
    t0 = time.perf_counter()
    communique.parse(text)
    return time.perf_counter() - t0


def _timed_parse(text: str) -> float:
    """Seconds to parse *text* in a forked child, killed at the cap."""
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
        """Time per character at 160k stays within FACTOR of that at 10k."""
        communique.parse("Warm up.")  # children inherit the compiled parser
        make = SHAPES[shape]
        times = {n: _timed_parse(make(n)) for n in PARSE_SIZES}
        _check_linear(times, PARSE_SIZES, PARSE_SLACK, f"parse on {shape!r}")
