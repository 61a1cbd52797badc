# SPDX-License-Identifier: MIT
"""
Compiled state kept on disk, so a new process starts fast.

``regex`` compiles a pattern in Python (parse, optimise, emit code); a
compiled pattern pickles as that code, and unpickling it skips the work.
This module keeps two kinds of files in one cache directory:

- ``patterns-<tag>.pickle``: the fixed patterns the modules compile at
  import (:func:`pattern`), keyed by source, so a stale entry is simply
  never asked for;
- ``state-<digest>.pickle``: a :class:`~communique.Parser`'s compiled
  lexicons and gazetteer, keyed by a digest of the package code, the
  lexicon files and the versions of Python and ``regex``, so any change
  to them writes a new file (:func:`load` and :func:`save`).

The directory is ``$COMMUNIQUE_CACHE_DIR`` if set, else ``_cache`` next
to the package data when writable, else the user cache directory
(``$XDG_CACHE_HOME/communique`` or ``~/.cache/communique``). Set
``COMMUNIQUE_CACHE=off`` to neither read nor write it. A missing,
unreadable or stale file is rebuilt; a cache that cannot be written
costs speed, never correctness. The files are pickles: point
``COMMUNIQUE_CACHE_DIR`` only at a directory you alone can write.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile

from pathlib import Path
from typing import Any

import regex


__all__ = ["digest", "directory", "load", "pattern", "prune", "save", "save_patterns"]

_PACKAGE = Path(__file__).resolve().parent
_VERSIONS = (
    f"py{sys.version_info[0]}.{sys.version_info[1]}"
    f"-{sys.implementation.name}-regex{regex.__version__}"
)
_PATTERNS = f"patterns-{_VERSIONS}.pickle"


def enabled() -> bool:
    """Whether the disk cache is used (``COMMUNIQUE_CACHE`` is not off)."""
    return os.environ.get("COMMUNIQUE_CACHE", "").lower() not in (
        "0", "off", "no", "false",
    )


def directory() -> Path | None:
    """The cache directory to use, or ``None`` when none is usable."""
    if not enabled():
        return None
    env = os.environ.get("COMMUNIQUE_CACHE_DIR")
    if env:
        return Path(env)
    local = _PACKAGE / "_cache"
    if os.access(local if local.is_dir() else _PACKAGE, os.W_OK):
        return local
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "communique"


def load(name: str) -> Any:
    """The object pickled as *name* in the cache, or ``None``."""
    folder = directory()
    if folder is None:
        return None
    try:
        with (folder / name).open("rb") as f:
            return pickle.load(f)
    except Exception:  # a missing or stale cache is rebuilt
        return None


def save(name: str, obj: Any) -> bool:
    """Pickle *obj* as *name* in the cache (atomically); ``True`` if written."""
    folder = directory()
    if folder is None:
        return False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, folder / name)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return False
    return True


def prune(prefix: str, keep: int = 4) -> None:
    """Delete all but the *keep* newest ``<prefix>*.pickle`` files."""
    folder = directory()
    if folder is None:
        return
    try:
        files = sorted(
            folder.glob(f"{prefix}*.pickle"),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for old in files[keep:]:
            old.unlink()
    except OSError:
        pass


def digest(*parts: bytes | str) -> str:
    """A digest of the package code, the versions and *parts*."""
    h = hashlib.sha256(_VERSIONS.encode())
    for p in sorted(_PACKAGE.rglob("*.py")):
        h.update(str(p.relative_to(_PACKAGE)).encode())
        h.update(p.read_bytes())
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()[:32]


# The fixed patterns of the modules, by (source, flags): the one
# process-wide store besides the default parser (see module docstring).
_store: dict[tuple[str, int], Any] = {}
_used: set[tuple[str, int]] = set()
_loaded = False
_dirty = False


def pattern(source: str, flags: int = 0) -> Any:
    """
    ``regex.compile(source, flags)``, read from the cache file when an
    earlier process compiled the same source.

    Examples:
        >>> pattern(r"\\d+").match("42").group()
        '42'
    """
    global _loaded, _dirty  # noqa: PLW0603
    if not _loaded:
        _loaded = True
        stored = load(_PATTERNS)
        if isinstance(stored, dict):
            _store.update(stored)
    key = (source, flags)
    _used.add(key)
    compiled = _store.get(key)
    if compiled is None:
        compiled = _store[key] = regex.compile(source, flags)
        _dirty = True
    return compiled


def save_patterns() -> None:
    """Write the fixed patterns this process used, if any were new (so
    patterns that the code no longer has drop out of the file)."""
    global _dirty  # noqa: PLW0603
    if _dirty and save(_PATTERNS, {k: _store[k] for k in _used}):
        _dirty = False
