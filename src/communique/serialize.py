# SPDX-License-Identifier: MIT
"""
The ``communique/1`` JSON format: one private ``cattrs`` converter.

Dumping emits every key, always, in a fixed order; tuples become lists,
enums their string values and dates ISO 8601 strings.
Loading is strict: a missing key, an unknown key, a value of the wrong
type, a bad enum value, a span that does not match the text or an unknown
actor id raises :class:`~communique.SchemaError`, whose ``path`` names the
failing location, such as ``meetings[2].participants[0]``.

The JSON shape is a public contract: see ``docs/json.md`` and
:func:`json_schema`.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib.resources
import json

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, Any, TypeVar, cast

import attrs
import cattrs

from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn
from cattrs.preconf.json import JsonConverter, make_converter

from . import _cache
from .errors import InputTypeError, SchemaError, ValidationError
from .model import (
    Actor,
    Article,
    Claim,
    Location,
    Meeting,
    MeetingDate,
    Relationship,
    Role,
    Span,
)


__all__ = [
    "SCHEMA_VERSION",
    "dump_jsonl",
    "from_dict",
    "from_json",
    "from_jsonl",
    "json_schema",
    "load_jsonl",
    "to_dict",
    "to_json",
    "to_jsonl",
]

SCHEMA_VERSION = "communique/1"
"""The version tag every document carries under its ``"schema"`` key."""

_T = TypeVar("_T")

_ROOT = ""  # the path of the document itself
_SCHEMA_KEY = "schema"
_ISO_DAY = _cache.pattern(r"\d{4}-\d{2}-\d{2}")
# Characters that str.splitlines() treats as line breaks but json.dumps
# leaves unescaped when ensure_ascii is off.
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}

# JSON keys of each class, in the order they are emitted.  They are the
# attrs field names; only the order differs from the class definitions.
_KEY_ORDER: dict[type[Any], tuple[str, ...]] = {
    Span: ("start", "end", "text"),
    Role: ("title", "country", "current"),
    Actor: ("id", "kind", "name", "country", "roles", "mentions"),
    Location: ("name", "country"),
    MeetingDate: ("text", "value", "precision"),
    Meeting: (
        "id",
        "kind",
        "participants",
        "host",
        "location",
        "date",
        "status",
        "topics",
        "evidence",
        "cameo",
        "plover",
    ),
    Claim: (
        "id",
        "speaker",
        "via",
        "cue",
        "content",
        "quote",
        "hedged",
        "evidence",
        "cameo",
        "plover",
    ),
    Relationship: (
        "id",
        "source",
        "target",
        "polarity",
        "kind",
        "trend",
        "hedged",
        "evidence",
        "cameo",
        "plover",
    ),
    Article: (
        "published",
        "text",
        "actors",
        "meetings",
        "claims",
        "relationships",
    ),
}


class _MissingKeysError(KeyError):
    """A JSON object lacks keys the format requires."""

    def __init__(self, keys: list[str]) -> None:
        super().__init__(keys[0])
        self.keys = keys


def _kind(value: object) -> str:
    if value is None:
        return "null"
    return {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "an array",
        dict: "an object",
    }.get(type(value), type(value).__name__)


# --- strict primitive hooks -------------------------------------------------


def _structure_str(value: object, _: type[Any]) -> str:
    if not isinstance(value, str):
        msg = f"expected a string, got {_kind(value)}"
        raise TypeError(msg)
    return value


def _structure_int(value: object, _: type[Any]) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"expected an integer, got {_kind(value)}"
        raise TypeError(msg)
    return value


def _structure_bool(value: object, _: type[Any]) -> bool:
    if not isinstance(value, bool):
        msg = f"expected a boolean, got {_kind(value)}"
        raise TypeError(msg)
    return value


def _structure_date(value: object, _: type[Any]) -> dt.date:
    if not isinstance(value, str):
        msg = f"expected a YYYY-MM-DD string, got {_kind(value)}"
        raise TypeError(msg)
    if not _ISO_DAY.fullmatch(value):
        msg = f"expected a YYYY-MM-DD date, got {value!r}"
        raise ValueError(msg)
    return dt.date.fromisoformat(value)


def _is_enum(cl: Any) -> bool:
    return isinstance(cl, type) and issubclass(cl, enum.Enum)


def _enum_hook(cl: type[enum.Enum]) -> Callable[[object, Any], enum.Enum]:
    by_value = {member.value: member for member in cl}
    allowed = ", ".join(repr(v) for v in by_value)

    def structure(value: object, _: Any) -> enum.Enum:
        if isinstance(value, str) and value in by_value:
            return by_value[value]
        msg = f"expected one of {allowed}, got {value!r}"
        raise ValueError(msg)

    return structure


def _is_homogeneous_tuple(cl: Any) -> bool:
    args: tuple[Any, ...] = getattr(cl, "__args__", ())
    return (
        getattr(cl, "__origin__", None) is tuple
        and len(args) == 2
        and args[1] is Ellipsis
    )


def _tuple_hook(
    cl: Any, converter: cattrs.Converter
) -> Callable[[object, Any], tuple[Any, ...]]:
    item_type = cl.__args__[0]
    item_hook = converter.get_structure_hook(item_type)

    def structure(value: object, _: Any) -> tuple[Any, ...]:
        if not isinstance(value, list):
            msg = f"expected an array, got {_kind(value)}"
            raise TypeError(msg)
        out = []
        errors = []
        for i, item in enumerate(value):
            try:
                out.append(item_hook(item, item_type))
            except Exception as exc:  # noqa: PERF203 (collected, re-raised)
                note = IterableValidationNote(
                    f"Structuring {cl} @ index {i}", i, item_type
                )
                notes = [*getattr(exc, "__notes__", []), note]
                exc.__notes__ = notes  # type: ignore[attr-defined]
                errors.append(exc)
        if errors:
            msg = f"While structuring {cl!r}"
            raise IterableValidationError(msg, errors, cl)
        return tuple(out)

    return structure


# --- attrs classes ----------------------------------------------------------


def _class_hooks(
    cl: type[_T], converter: JsonConverter
) -> tuple[Callable[[_T], dict[str, Any]], Callable[[object, Any], _T]]:
    order = _KEY_ORDER[cl]
    fields = {f.name for f in attrs.fields(cast("Any", cl))}
    if set(order) != fields:  # pragma: no cover (guards the table above)
        msg = f"_KEY_ORDER[{cl.__name__}] does not match its fields"
        raise AssertionError(msg)
    unstructure_fields = make_dict_unstructure_fn(cl, converter)
    structure_fields = make_dict_structure_fn(
        cl, converter, _cattrs_forbid_extra_keys=True
    )

    def unstructure(obj: _T) -> dict[str, Any]:
        raw = unstructure_fields(obj)
        return {key: raw[key] for key in order}

    def structure(value: object, _: Any) -> _T:
        if not isinstance(value, Mapping):
            msg = f"expected an object, got {_kind(value)}"
            raise TypeError(msg)
        missing = [key for key in order if key not in value]
        if missing:
            raise _MissingKeysError(missing)
        try:
            return structure_fields(value, cl)
        except ClassValidationError as exc:
            blamed = _blame_field(cl, value, exc)
            if blamed is None:
                raise
            raise blamed from exc

    return unstructure, structure


def _blame_field(
    cl: type[Any], value: Mapping[str, Any], exc: ClassValidationError
) -> ValidationError | None:
    """
    Name the field whose attrs validator failed during construction.

    The model's field validators raise a ValidationError without a path;
    rerun them one by one on the (already type-checked) values to find
    the culprit.
    """
    inner = exc.exceptions[0]
    if len(exc.exceptions) != 1 or not isinstance(inner, ValidationError):
        return None
    notes = getattr(inner, "__notes__", ())
    if inner.path or any(isinstance(n, AttributeValidationNote) for n in notes):
        return None  # not a constructor failure, or already located
    for field in attrs.fields(cl):
        if field.validator is None or field.name not in value:
            continue
        try:
            field.validator(None, field, value[field.name])
        except ValidationError as err:
            return ValidationError(_join(field.name, err.path), err.reason)
    return None


def _make_converter() -> JsonConverter:
    """Build the private converter (a fresh one each call)."""
    converter = make_converter(
        detailed_validation=True,
        forbid_extra_keys=True,
        unstruct_collection_overrides={tuple: list},
    )
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook_factory(_is_enum, _enum_hook)
    converter.register_unstructure_hook_factory(
        _is_enum, lambda _: lambda member: member.value
    )
    converter.register_structure_hook_factory(
        _is_homogeneous_tuple, _tuple_hook
    )
    # Leaves first, so each class hook finds its children's hooks.
    for cl in _KEY_ORDER:
        unstructure, structure = _class_hooks(cl, converter)
        converter.register_unstructure_hook(cl, unstructure)
        converter.register_structure_hook(cl, structure)
    return converter


_CONVERTER = _make_converter()


# --- errors -----------------------------------------------------------------


def _join(path: str, part: str) -> str:
    if not part:
        return path
    if not path or part.startswith("["):
        return path + part
    return f"{path}.{part}"


def _locate(exc: BaseException, path: str = "") -> tuple[str, str]:
    """Walk a cattrs exception tree down its first leaf: (path, reason)."""
    while isinstance(exc, BaseValidationError):
        sub = exc.exceptions[0]
        for note in getattr(sub, "__notes__", ()):
            if isinstance(exc, ClassValidationError) and isinstance(
                note, AttributeValidationNote
            ):
                path = _join(path, note.name)
                break
            if isinstance(exc, IterableValidationError) and isinstance(
                note, IterableValidationNote
            ):
                path = _join(path, f"[{note.index}]")
                break
        exc = sub
    if isinstance(exc, ValidationError):
        return _join(path, exc.path), exc.reason
    if isinstance(exc, _MissingKeysError):
        keys = ", ".join(repr(k) for k in exc.keys)
        return _join(path, exc.keys[0]), f"missing required key(s) {keys}"
    if isinstance(exc, ForbiddenExtraKeysError):
        extra = sorted(exc.extra_fields)
        keys = ", ".join(repr(k) for k in extra)
        return _join(path, extra[0]), f"unknown key(s) {keys}"
    if isinstance(exc, KeyError):
        return path, f"missing required key {exc.args[0]!r}"
    return path, str(exc) or type(exc).__name__


def _check_version(document: Mapping[str, Any]) -> None:
    if "schema" not in document:
        msg = f"missing required key 'schema' (expected {SCHEMA_VERSION!r})"
        raise SchemaError(_SCHEMA_KEY, msg)
    found = document["schema"]
    if found != SCHEMA_VERSION:
        msg = (
            f"unsupported schema version {found!r}; "
            f"this library reads {SCHEMA_VERSION!r}"
        )
        raise SchemaError(_SCHEMA_KEY, msg)


def _load(document: object) -> Article:
    if not isinstance(document, Mapping):
        msg = f"expected a JSON object, got {_kind(document)}"
        raise SchemaError(_ROOT, msg)
    _check_version(document)
    body = {k: v for k, v in document.items() if k != "schema"}
    try:
        return _CONVERTER.structure(body, Article)
    except Exception as exc:  # every failure becomes a SchemaError
        path, reason = _locate(exc)
        raise SchemaError(path, reason) from exc


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            msg = f"duplicate key {key!r} in a JSON object"
            raise SchemaError(_ROOT, msg)
        out[key] = value
    return out


def _reject_constant(name: str) -> None:
    msg = f"{name} is not valid JSON"
    raise SchemaError(_ROOT, msg)


def _parse(s: object, argument: str) -> object:
    if isinstance(s, (bytes, bytearray)):
        try:
            s = bytes(s).decode("utf-8")
        except UnicodeDecodeError as exc:
            msg = f"input is not UTF-8: {exc}"
            raise SchemaError(_ROOT, msg) from exc
    if not isinstance(s, str):
        raise InputTypeError(argument, expected="str or bytes", got=s)
    try:
        return json.loads(
            s,
            object_pairs_hook=_reject_duplicates,
            parse_constant=_reject_constant,
        )
    except json.JSONDecodeError as exc:
        msg = f"not JSON: {exc}"
        raise SchemaError(_ROOT, msg) from exc
    except RecursionError as exc:
        msg = "JSON nested too deeply"
        raise SchemaError(_ROOT, msg) from exc


# --- public API -------------------------------------------------------------


def to_dict(article: Article) -> dict[str, Any]:
    """
    Turn *article* into a ``communique/1`` dict of JSON-ready values.

    Every key is present, in a fixed order; tuples become lists, enums
    their string values and dates ISO 8601 strings.

    Raises:
        InputTypeError: *article* is not an :class:`~communique.Article`.

    Examples:
        >>> from communique import Article
        >>> to_dict(Article(text="Quiet day."))
        {'schema': 'communique/1', 'published': None, 'text': 'Quiet day.', 'actors': [], 'meetings': [], 'claims': [], 'relationships': []}
    """
    if not isinstance(article, Article):
        raise InputTypeError(
            argument="article", expected="an Article", got=article
        )
    body: dict[str, Any] = _CONVERTER.unstructure(article, Article)
    return {"schema": SCHEMA_VERSION, **body}


def from_dict(d: Mapping[str, Any]) -> Article:
    """
    Load an :class:`~communique.Article` from a ``communique/1`` dict.

    Raises:
        InputTypeError: *d* is not a mapping.
        SchemaError: *d* does not follow the format; ``path`` says where.

    Examples:
        >>> art = from_dict({"schema": "communique/1", "published": "2024-06-18",
        ...     "text": "Quiet day.", "actors": [], "meetings": [],
        ...     "claims": [], "relationships": []})
        >>> art.published
        datetime.date(2024, 6, 18)
    """
    if not isinstance(d, Mapping):
        raise InputTypeError(argument="d", expected="a mapping", got=d)
    return _load(d)


def to_json(article: Article, *, indent: int | None = None) -> str:
    """
    Serialize *article* as a ``communique/1`` JSON document.

    Args:
        article: What to serialize.
        indent: Pretty-print with this many spaces; ``None`` (the default)
            gives one compact line.

    Raises:
        InputTypeError: *article* is not an :class:`~communique.Article`.

    Examples:
        >>> from communique import Article
        >>> to_json(Article(text="Quiet day."))[:45]
        '{"schema": "communique/1", "published": null,'
    """
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


def from_json(s: str | bytes | bytearray) -> Article:
    """
    Load an :class:`~communique.Article` from ``communique/1`` JSON.

    Args:
        s: The document, as text or as UTF-8 bytes (or bytearray).

    Raises:
        InputTypeError: *s* is neither ``str`` nor bytes.
        SchemaError: *s* is not JSON, or does not follow the format;
            ``path`` says where.

    Examples:
        >>> from communique import Article
        >>> art = Article(text="Quiet day.")
        >>> from_json(to_json(art)) == art
        True
    """
    return _load(_parse(s, "s"))


def to_jsonl(articles: Iterable[Article]) -> Iterator[str]:
    """
    Serialize articles as JSON Lines: one compact document per line.

    The lines carry no trailing newline and hold no line break inside:
    even U+2028, U+2029 and U+0085 are escaped.

    Examples:
        >>> from communique import Article
        >>> lines = list(to_jsonl([Article(text="A."), Article(text="B.")]))
        >>> len(lines)
        2
    """
    for article in articles:
        line = to_json(article)
        for char, escaped in _LINE_BREAKS.items():
            line = line.replace(char, escaped)
        yield line


def from_jsonl(lines: Iterable[str | bytes]) -> Iterator[Article]:
    """
    Load articles from JSON Lines, skipping blank lines.

    Raises:
        SchemaError: A line is not a valid document; the message gives its
            1-based line number and ``path`` the location inside it.

    Examples:
        >>> from communique import Article
        >>> arts = [Article(text="A."), Article(text="B.")]
        >>> list(from_jsonl(to_jsonl(arts))) == arts
        True
    """
    for number, line in enumerate(lines, start=1):
        if not (line.strip() if isinstance(line, (str, bytes)) else True):
            continue
        try:
            yield from_json(line)
        except SchemaError as exc:
            reason = f"line {number}: {exc.reason}"
            raise SchemaError(exc.path, reason) from exc


def dump_jsonl(articles: Iterable[Article], fp: IO[str]) -> int:
    """
    Write articles to a text file as JSON Lines.

    Returns:
        How many articles were written.

    Examples:
        >>> import io
        >>> from communique import Article
        >>> buf = io.StringIO()
        >>> dump_jsonl([Article(text="A.")], buf)
        1
    """
    count = 0
    for line in to_jsonl(articles):
        fp.write(line + "\n")
        count += 1
    return count


def load_jsonl(fp: Iterable[str | bytes]) -> Iterator[Article]:
    """
    Read articles from a JSON Lines file opened in text or binary mode.

    Examples:
        >>> import io
        >>> from communique import Article
        >>> buf = io.StringIO()
        >>> _ = dump_jsonl([Article(text="A.")], buf)
        >>> _ = buf.seek(0)
        >>> [a.text for a in load_jsonl(buf)]
        ['A.']
    """
    return from_jsonl(fp)


def _schema_text() -> str:
    resource = importlib.resources.files("communique").joinpath("schema.json")
    return resource.read_text(encoding="utf-8")


def json_schema() -> dict[str, Any]:
    """
    The JSON Schema (draft 2020-12) of the ``communique/1`` format.

    Each call returns a fresh dict, safe to change.

    Examples:
        >>> json_schema()["$schema"]
        'https://json-schema.org/draft/2020-12/schema'
    """
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema
