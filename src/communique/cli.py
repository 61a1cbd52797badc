# SPDX-License-Identifier: MIT
"""
The ``communique`` command.

``communique parse`` prints the ``communique/1`` JSON of article files,
``communique evaluate`` scores the library against a gold directory and
``communique schema`` prints the JSON Schema of the output.

Errors are one line on stderr, ``communique: error: <what>``, with exit
status 1 for a problem with the input (a missing file, undecodable bytes)
and 2 for a wrong command line; no traceback is shown for them.
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import inspect
import json
import os
import sys

from collections.abc import Iterable, Iterator, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

from ._gazetteer import Gazetteer
from ._lexicons import Lexicons
from ._pipeline import Parser, ParserConfig, coerce_published, default_parser
from .errors import CommuniqueError


if TYPE_CHECKING:
    from .model import Article

PROG = "communique"

#: Exit status of a run that was interrupted with Ctrl-C (128 + SIGINT).
EXIT_INTERRUPTED = 130
#: Exit status when the reader of stdout went away (128 + SIGPIPE).
EXIT_BROKEN_PIPE = 141


class CliError(Exception):
    """A problem to report in one line, with the exit status to use."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class _ArgumentParser(argparse.ArgumentParser):
    """An argparse parser whose usage errors are one line on stderr."""

    def error(self, message: str) -> NoReturn:
        hint = f" (see '{self.prog} --help')"
        self.exit(2, f"{PROG}: error: {message}{hint}\n")


def _version() -> str:
    try:
        return version("communique")
    except PackageNotFoundError:  # pragma: no cover - source checkout
        return "unknown"


def _published(value: str) -> dt.date:
    try:
        date = coerce_published(value)
    except CommuniqueError:
        date = None
    if date is None:
        msg = f"invalid date {value!r} (expected YYYY-MM-DD)"
        raise argparse.ArgumentTypeError(msg)
    return date


def _encoding(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        msg = f"unknown encoding {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        msg = f"expected a whole number of at least 1, not {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return n


_PARSE_HELP = """\
Print the communique/1 JSON of each article.

One FILE gives one JSON document. Several FILEs, a directory, or --jsonl
give JSON Lines: one compact document per line, in argument order (a
directory stands for its *.txt files, sorted by name). '-' reads stdin.
"""


def build_parser() -> argparse.ArgumentParser:
    """
    The argument parser of the ``communique`` command.

    >>> build_parser().parse_args(["schema"]).command
    'schema'
    """
    parser = _ArgumentParser(
        prog=PROG,
        description=(
            "Turn English geopolitical news articles into typed facts: "
            "actors, meetings, claims and relationships."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"{PROG} {_version()}"
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True
    )

    p = commands.add_parser(
        "parse",
        help="print the JSON of article files",
        description=_PARSE_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="article text file, directory of *.txt files, or '-' for stdin",
    )
    p.add_argument(
        "--published",
        type=_published,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) used to resolve dates such as "
        "'on Tuesday'",
    )
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="write JSON Lines even for one file (implied by several files "
        "or a directory)",
    )
    p.add_argument(
        "--pretty",
        action="store_true",
        help="indent the JSON by 2 spaces (one document only)",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUTPUT",
        help="write to this file instead of stdout",
    )
    p.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        metavar="ENC",
        help="encoding of the input files (default: utf-8)",
    )
    p.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="parse with N worker processes (default: 1)",
    )
    _add_lexicon_options(p)
    p.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="show no progress on stderr",
    )
    p.set_defaults(handler=_cmd_parse)

    e = commands.add_parser(
        "evaluate",
        help="score communique against gold annotations",
        description="Score communique against every NAME.gold.json in "
        "GOLD_DIR and print F1 per article and fact type.",
    )
    e.add_argument(
        "gold_dir",
        metavar="GOLD_DIR",
        help="directory of NAME.txt and NAME.gold.json files",
    )
    e.add_argument(
        "--json",
        action="store_true",
        help="print the report as JSON instead of a table",
    )
    e.add_argument(
        "--pred-dir",
        metavar="DIR",
        help="score ready-made NAME.json predictions from DIR instead of "
        "parsing",
    )
    _add_lexicon_options(e)
    e.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list each article's misses and false finds under its row",
    )
    e.set_defaults(handler=_cmd_evaluate)

    s = commands.add_parser(
        "schema",
        help="print the JSON Schema of the output",
        description="Print the JSON Schema (draft 2020-12) of the "
        "communique/1 format.",
    )
    s.set_defaults(handler=_cmd_schema)
    return parser


# ---------------------------------------------------------------------------
# Input


def _expand(arguments: Sequence[str]) -> tuple[list[str], bool]:
    """Files to read, and whether a directory was among the arguments."""
    files: list[str] = []
    saw_dir = False
    for arg in arguments:
        if arg == "-":
            files.append(arg)
            continue
        path = Path(arg)
        if path.is_dir():
            saw_dir = True
            found = sorted(str(p) for p in path.glob("*.txt") if p.is_file())
            if not found:
                msg = f"{arg}: no .txt files in directory"
                raise CliError(msg)
            files.extend(found)
        elif not path.exists():
            msg = f"{arg}: no such file or directory"
            raise CliError(msg)
        else:
            files.append(arg)
    return files, saw_dir


def _read(name: str, encoding: str) -> str:
    """The text of file *name* ('-' is stdin), decoded strictly."""
    try:
        if name == "-":
            stream = sys.stdin
            buffer = getattr(stream, "buffer", None)
            if buffer is None:
                return stream.read()
            data: bytes = buffer.read()
        else:
            data = Path(name).read_bytes()
    except OSError as e:
        reason = e.strerror or str(e)
        msg = f"{name}: {reason[0].lower()}{reason[1:]}"
        raise CliError(msg) from None
    label = "stdin" if name == "-" else name
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        byte = data[e.start]
        msg = (
            f"{label}: cannot decode byte 0x{byte:02x} at offset {e.start} "
            f"as {encoding} (try --encoding, e.g. --encoding cp1252)"
        )
        raise CliError(msg) from None


# ---------------------------------------------------------------------------
# Output


class _Progress:
    """A "[k/n] name" line on stderr, for several files on a terminal."""

    def __init__(self, total: int, *, quiet: bool) -> None:
        self.total = total
        self.enabled = not quiet and total > 1 and _isatty(sys.stderr)
        self.shown = False

    def show(self, k: int, name: str) -> None:
        if self.enabled:
            sys.stderr.write(f"\r\x1b[K[{k}/{self.total}] {name}")
            sys.stderr.flush()
            self.shown = True

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self.shown = False


def _isatty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if isatty is not None else False
    except (OSError, ValueError):
        return False


def _serialize() -> Any:
    try:
        # Lazy: the JSON layer is only needed by the commands that print.
        from . import serialize  # noqa: PLC0415
    except ImportError as e:
        msg = f"JSON output is not available ({e})"
        raise CliError(msg, 2) from None
    return serialize


def _open_output(path: str | None) -> IO[str]:
    if path is None or path == "-":
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8", newline="\n")
    except OSError as e:
        reason = e.strerror or str(e)
        msg = f"{path}: cannot write: {reason[0].lower()}{reason[1:]}"
        raise CliError(msg) from None


def _add_lexicon_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--gazetteer",
        metavar="FILE",
        help="a gazetteer JSON file whose entries are added to the shipped "
        "ones (replacing entries with the same id)",
    )
    p.add_argument(
        "--lexicons",
        metavar="DIR",
        help="a directory of lexicon files (titles.json, "
        "reporting_verbs.json, ...) used instead of the shipped files of "
        "the same names",
    )


def _config(args: argparse.Namespace) -> ParserConfig | None:
    """The parser configuration of --gazetteer and --lexicons, if any."""
    gazetteer = lexicons = None
    if args.gazetteer is not None:
        extra = Gazetteer.from_file(args.gazetteer)
        gazetteer = Gazetteer.default().with_entries(*extra.entries)
    if args.lexicons is not None:
        lexicons = Lexicons.from_dir(args.lexicons)
    if gazetteer is None and lexicons is None:
        return None
    return ParserConfig(gazetteer=gazetteer, lexicons=lexicons)


def _parse_all(
    files: list[str], args: argparse.Namespace
) -> Iterator[Article]:
    """Parse each file in order, showing progress."""
    progress = _Progress(len(files), quiet=args.quiet)
    try:
        config = _config(args)
        if args.workers == 1:
            parser = default_parser() if config is None else Parser(config)
            for k, name in enumerate(files, start=1):
                progress.show(k, name)
                text = _read(name, args.encoding)
                yield parser.parse(text, published=args.published)
            return
        texts = [_read(name, args.encoding) for name in files]
        for k, article in enumerate(_parse_many(texts, args), start=1):
            progress.show(k, files[k - 1])
            yield article
    finally:
        progress.done()


def _parse_many(
    texts: list[str], args: argparse.Namespace
) -> Iterable[Article]:
    import communique  # noqa: PLC0415 - parse_many is optional

    parse_many = getattr(communique, "parse_many", None)
    if parse_many is None:
        msg = (
            "argument --workers: parallel parsing is not available in this "
            "version of communique"
        )
        raise CliError(msg, 2)
    kwargs: dict[str, Any] = {"workers": args.workers}
    config = _config(args)
    if config is not None:
        kwargs["config"] = config
    if args.published is not None:
        if "published" not in inspect.signature(parse_many).parameters:
            msg = "argument --workers: cannot be combined with --published"
            raise CliError(msg, 2)
        kwargs["published"] = args.published
    result: Iterable[Article] = parse_many(texts, **kwargs)
    return result


# ---------------------------------------------------------------------------
# Commands


def _cmd_parse(args: argparse.Namespace) -> int:
    files, saw_dir = _expand(args.files)
    jsonl = args.jsonl or saw_dir or len(args.files) > 1
    if jsonl and args.pretty:
        msg = (
            "argument --pretty: not allowed with JSON Lines output "
            "(several files, a directory, or --jsonl)"
        )
        raise CliError(msg, 2)
    serialize = _serialize()
    indent = 2 if args.pretty else None
    out = _open_output(args.output)
    try:
        for article in _parse_all(files, args):
            if jsonl:
                line = next(iter(serialize.to_jsonl([article])))
            else:
                line = serialize.to_json(article, indent=indent)
            out.write(line + "\n")
            out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    try:
        from ._evaluate import evaluate, render_table  # noqa: PLC0415
    except ImportError as e:
        msg = f"evaluation is not available in this installation ({e})"
        raise CliError(msg, 2) from None
    config = _config(args)
    report = evaluate(
        args.gold_dir,
        pred_dir=args.pred_dir,
        parser=None if config is None else Parser(config),
    )
    if args.json:
        text = json.dumps(report.to_dict(), indent=2, ensure_ascii=False)
    else:
        text = render_table(report, verbose=args.verbose)
    sys.stdout.write(text.rstrip("\n") + "\n")
    sys.stdout.flush()
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    schema = _serialize().json_schema()
    sys.stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return 0


def _silence_stdout() -> None:
    """Point stdout at devnull so the interpreter's last flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _fail(message: str, status: int) -> int:
    """Report *message* as one line on stderr and return *status*."""
    one_line = " ".join(message.split())
    sys.stderr.write(f"{PROG}: error: {one_line}\n")
    sys.stderr.flush()
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the ``communique`` command and return its exit status.

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]``
            when ``None``.

    Returns:
        0 on success, 1 for a problem with the input, 2 for a wrong
        command line, 130 when interrupted, 141 when stdout was closed.

    Examples:
        >>> main(["parse", "no-such-file.txt"])
        1
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # --help, --version, usage errors
        return e.code if isinstance(e.code, int) else int(e.code is not None)
    try:
        status: int = args.handler(args)
    except CliError as e:
        return _fail(e.message, e.status)
    except CommuniqueError as e:
        return _fail(str(e), 1)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return EXIT_INTERRUPTED
    return status
