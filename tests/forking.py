# SPDX-License-Identifier: MIT
"""Run a function in a forked child with a time cap (shared by tests)."""

from __future__ import annotations

import multiprocessing

from collections.abc import Callable
from typing import Any

import pytest


def _child(func: Callable[[str], Any], arg: str, conn: Any) -> None:
    conn.send(func(arg))
    conn.close()


def run_forked(func: Callable[[str], Any], arg: str, timeout: float) -> Any:
    """
    ``func(arg)`` computed in a forked child; the test fails if it takes
    longer than *timeout* seconds, and the child is killed either way.
    """
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(func, arg, child))
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            pytest.fail(f"{func.__name__} did not finish in {timeout} s")
        return parent.recv()
    finally:
        proc.kill()
        proc.join()
        parent.close()
