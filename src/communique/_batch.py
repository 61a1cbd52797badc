# SPDX-License-Identifier: MIT
"""
Parse many articles, in parallel, streaming results in input order.

:func:`parse_many` feeds a process pool a bounded number of chunks at a
time, so memory stays flat however long the input iterable is, and yields
each :class:`~communique.Article` as soon as it and every article before
it are done.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import multiprocessing
import os

from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

import attrs

from ._gazetteer import Gazetteer
from ._pipeline import (
    Parser,
    ParserConfig,
    PublishedDate,
    coerce_published,
    default_parser,
)
from .errors import InputTypeError, InputValueError
from .model import Article


__all__ = ["parse_many"]

#: How many chunks per worker may wait in the pool at once.
_IN_FLIGHT_PER_WORKER = 2

_Job = tuple[str, dt.date | None]

# The parser of a pool worker, set by _init_worker.
_worker_parser: Parser | None = None


def _init_worker(config: ParserConfig | None) -> None:
    """Build the worker's parser once, before its first chunk."""
    global _worker_parser  # noqa: PLW0603 - one parser per worker process
    _worker_parser = _make_parser(config)
    # Compile everything now, so the first chunk is not the slow one.
    _worker_parser.parse("")


def _make_parser(config: ParserConfig | None) -> Parser:
    return default_parser() if config is None else Parser(config)


def _parse_chunk(jobs: list[_Job]) -> list[Article]:
    """Parse one chunk in a pool worker."""
    parser = _worker_parser or default_parser()
    return [parser.parse(text, published=pub) for text, pub in jobs]


def _count(argument: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputTypeError(argument, "an int", value)
    if value < 1:
        raise InputValueError(argument, value, "must be at least 1")
    return value


def _is_single_date(value: object) -> bool:
    return value is None or isinstance(value, dt.date | str)


def _published_dates(
    published: PublishedDate | Iterable[PublishedDate],
) -> Iterator[dt.date | None]:
    """An endless stream of dates for a single value, else the items."""
    if _is_single_date(published):
        day = coerce_published(published)  # type: ignore[arg-type]
        return itertools.repeat(day)
    if isinstance(published, bytes | bytearray) or not isinstance(
        published, Iterable
    ):
        raise InputTypeError(
            argument="published",
            expected="a date, datetime, ISO string, None, or an iterable of those",
            got=published,
        )
    return _coerce_each(iter(published))


def _coerce_each(items: Iterator[PublishedDate]) -> Iterator[dt.date | None]:
    for i, item in enumerate(items):
        if not _is_single_date(item):
            raise InputTypeError(
                argument=f"published[{i}]",
                expected="a date, datetime, ISO string or None",
                got=item,
            )
        yield coerce_published(item)


def _jobs(
    texts: Iterable[str], dates: Iterator[dt.date | None], aligned: str | None
) -> Iterator[_Job]:
    """
    Pair each text with its date, checking types and lengths.

    *aligned* is the type name of an aligned ``published`` iterable, or
    ``None`` when one date serves every text.
    """
    i = -1
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise InputTypeError(
                argument=f"texts[{i}]",
                expected="a str (decode bytes first)",
                got=text,
            )
        try:
            day = next(dates)
        except StopIteration:
            msg = f"has fewer items than texts (stopped at {i})"
            raise InputValueError(
                argument="published", value=f"<{aligned}>", reason=msg
            ) from None
        yield text, day
    if aligned is not None and next(dates, _END) is not _END:
        msg = f"has more items than texts ({i + 1})"
        raise InputValueError(
            argument="published", value=f"<{aligned}>", reason=msg
        )


_END: object = object()


def _chunks(jobs: Iterator[_Job], size: int) -> Iterator[list[_Job]]:
    while chunk := list(itertools.islice(jobs, size)):
        yield chunk


def _serial(jobs: Iterator[_Job], parser: Parser) -> Iterator[Article]:
    for text, day in jobs:
        yield parser.parse(text, published=day)


def _pooled(
    jobs: Iterator[_Job],
    workers: int,
    chunksize: int,
    config: ParserConfig | None,
) -> Iterator[Article]:
    chunks = _chunks(jobs, chunksize)
    first = next(chunks, None)
    if first is None:
        return
    context = multiprocessing.get_context()
    if context.get_start_method() == "fork":
        # Forked workers inherit the compiled patterns for free.
        _make_parser(config).parse("")
    pending: collections.deque[Future[list[Article]]] = collections.deque()
    limit = workers * _IN_FLIGHT_PER_WORKER
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(config,),
    ) as pool:
        try:
            for chunk in itertools.chain([first], chunks):
                pending.append(pool.submit(_parse_chunk, chunk))
                if len(pending) >= limit:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            # Reached on errors and when the caller stops early.
            for future in pending:
                future.cancel()
            pool.shutdown(wait=True, cancel_futures=True)


def parse_many(
    texts: Iterable[str],
    *,
    published: PublishedDate | Iterable[PublishedDate] = None,
    workers: int | None = None,
    chunksize: int = 8,
    gazetteer: Gazetteer | None = None,
    config: ParserConfig | None = None,
) -> Iterator[Article]:
    """
    Parse many articles, in parallel, yielding results in input order.

    Texts are read lazily and sent to a pool of worker processes
    *chunksize* at a time, with at most two chunks per worker waiting, so
    memory stays flat on huge (or endless) iterables.

    Args:
        texts: The articles, as strings (decode bytes first).
        published: One publication date for every article, or an
            iterable of dates aligned with *texts* (see
            :func:`communique.parse`).
        workers: Worker processes; ``None`` means :func:`os.cpu_count`,
            ``1`` parses in this process without a pool.
        chunksize: Articles sent to a worker at a time.
        gazetteer: A custom :class:`~communique.Gazetteer`; the shipped
            one by default (it replaces the one of *config*).
        config: How each worker builds its :class:`~communique.Parser`
            (custom lexicons, stages switched off); the default parser
            when ``None``.

    Returns:
        An iterator of :class:`~communique.Article`, one per text, in
        order.

    Raises:
        InputTypeError: An argument, a text or a date is of a wrong type
            (texts and aligned dates are checked as they are read).
        InputValueError: *workers* or *chunksize* is below 1, a date is
            not a date, or *published* and *texts* differ in length.

    Examples:
        >>> import communique
        >>> texts = ["France spoke.", "Nothing happened."]
        >>> articles = communique.parse_many(texts, workers=1)
        >>> [a.text for a in articles]
        ['France spoke.', 'Nothing happened.']

    *Added in 0.1.0.*
    """
    if isinstance(texts, str | bytes | bytearray) or not isinstance(
        texts, Iterable
    ):
        raise InputTypeError(
            argument="texts", expected="an iterable of str", got=texts
        )
    n_workers = (
        os.cpu_count() or 1 if workers is None else _count("workers", workers)
    )
    size = _count("chunksize", chunksize)
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise InputTypeError(
            argument="gazetteer",
            expected="a communique.Gazetteer or None",
            got=gazetteer,
        )
    if config is not None and not isinstance(config, ParserConfig):
        raise InputTypeError(
            argument="config", expected="a ParserConfig or None", got=config
        )
    if gazetteer is not None:
        config = attrs.evolve(config or ParserConfig(), gazetteer=gazetteer)
    dates = _published_dates(published)
    aligned = None if _is_single_date(published) else type(published).__name__
    jobs = _jobs(texts, dates, aligned)
    if n_workers == 1:
        return _serial(jobs, _make_parser(config))
    return _pooled(jobs, n_workers, size, config)
