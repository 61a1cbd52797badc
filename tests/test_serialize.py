# SPDX-License-Identifier: MIT
"""Tests for communique.serialize: the communique/1 JSON contract."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from tests.strategies import articles, examples

import communique

from communique import serialize
from communique.model import (
    Actor,
    ActorKind,
    Article,
    Claim,
    DatePrecision,
    Location,
    Meeting,
    MeetingDate,
    MeetingKind,
    MeetingStatus,
    Polarity,
    QuoteKind,
    Relationship,
    Role,
    Span,
    Trend,
)
from communique.serialize import (
    SCHEMA_VERSION,
    dump_jsonl,
    from_dict,
    from_json,
    from_jsonl,
    json_schema,
    load_jsonl,
    to_dict,
    to_json,
    to_jsonl,
)


ROOT = Path(__file__).parents[1]
PACKAGE_SCHEMA = ROOT / "src" / "communique" / "schema.json"
DOCS_SCHEMA = ROOT / "docs" / "schema.json"
DOCS_PAGE = ROOT / "docs" / "json.md"

TEXT = (
    "OSLO, March 3 - Finland's Foreign Minister Aino Virtanen held talks "
    "with her Norwegian counterpart in Oslo on Monday. "
    '"Our cooperation has never been closer," Virtanen said.'
)


def _span(fragment: str) -> Span:
    start = TEXT.index(fragment)
    return Span.of(TEXT, start, start + len(fragment))


def _sample() -> Article:
    """A small article that uses every field, hand-written for these tests."""
    return Article(
        text=TEXT,
        published=dt.date(2025, 3, 3),
        actors=[
            Actor(
                id="person:aino-virtanen",
                kind=ActorKind.PERSON,
                name="Aino Virtanen",
                country="FIN",
                roles=[Role(title="Foreign Minister", country="FIN")],
                mentions=[_span("Aino Virtanen"), _span("Virtanen said")],
            ),
            Actor(
                id="state:NOR",
                kind=ActorKind.STATE,
                name="Norway",
                country="NOR",
                mentions=[_span("Norwegian")],
            ),
        ],
        meetings=[
            Meeting(
                id="meeting:1",
                kind=MeetingKind.TALKS,
                participants=["person:aino-virtanen", "state:NOR"],
                host="state:NOR",
                location=Location(name="Oslo", country="NOR"),
                date=MeetingDate(
                    text="on Monday",
                    value="2025-03-03",
                    precision=DatePrecision.DAY,
                ),
                status=MeetingStatus.HELD,
                topics=["cooperation"],
                evidence=[_span("held talks")],
                cameo="040",
                plover="CONSULT",
            )
        ],
        claims=[
            Claim(
                id="claim:1",
                speaker="person:aino-virtanen",
                cue=_span("said"),
                content=_span("Our cooperation has never been closer"),
                quote=QuoteKind.DIRECT,
                evidence=[_span("Virtanen said")],
                cameo="010",
                plover="STATEMENT",
            )
        ],
        relationships=[
            Relationship(
                id="relationship:1",
                source="person:aino-virtanen",
                target="state:NOR",
                polarity=Polarity.COOPERATIVE,
                kind="relations",
                trend=Trend.IMPROVING,
                evidence=[_span("Our cooperation has never been closer")],
            )
        ],
    )


@pytest.fixture(name="doc")
def _doc() -> dict[str, Any]:
    return to_dict(_sample())


def _schema_validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json_schema())


class TestRoundTrip:
    """Dumping then loading gives back an equal Article."""

    @settings(max_examples=examples(60))
    @given(articles())
    def test_json(self, article: Article) -> None:
        """from_json(to_json(a)) == a for every valid article."""
        assert from_json(to_json(article)) == article

    @settings(max_examples=examples(25))
    @given(articles(), st.sampled_from([None, 0, 2]))
    def test_json_indented_and_bytes(
        self, article: Article, indent: int | None
    ) -> None:
        """Indentation and UTF-8 bytes input do not change the result."""
        s = to_json(article, indent=indent)
        assert from_json(s.encode("utf-8")) == article

    @settings(max_examples=examples(40))
    @given(articles())
    def test_dict(self, article: Article) -> None:
        """from_dict(to_dict(a)) == a, and the dict survives json.dumps."""
        d = to_dict(article)
        assert from_dict(d) == article
        assert from_dict(json.loads(json.dumps(d))) == article

    @settings(max_examples=examples(15))
    @given(st.lists(articles(), max_size=4))
    def test_jsonl(self, batch: list[Article]) -> None:
        """JSON Lines give one line per article and load back in order."""
        lines = list(to_jsonl(batch))
        assert len(lines) == len(batch)
        assert all(len(line.splitlines()) == 1 for line in lines)
        assert list(from_jsonl(lines)) == batch

    def test_sample(self) -> None:
        """The hand-written sample, which sets every field, survives."""
        art = _sample()
        assert from_json(to_json(art, indent=2)) == art


class TestShape:
    """The emitted JSON has exactly the contract's keys, in order."""

    # keys of each object, in emitted order
    @pytest.mark.parametrize(
        ("where", "keys"),
        [
            (
                lambda d: d,
                ["schema", "published", "text", "actors", "meetings",
                 "claims", "relationships"],
            ),
            (
                lambda d: d["actors"][0],
                ["id", "kind", "name", "country", "roles", "mentions"],
            ),
            (lambda d: d["actors"][0]["roles"][0], ["title", "country", "current"]),
            (lambda d: d["actors"][0]["mentions"][0], ["start", "end", "text"]),
            (
                lambda d: d["meetings"][0],
                ["id", "kind", "participants", "host", "location", "date",
                 "status", "topics", "evidence", "cameo", "plover"],
            ),
            (lambda d: d["meetings"][0]["location"], ["name", "country"]),
            (lambda d: d["meetings"][0]["date"], ["text", "value", "precision"]),
            (
                lambda d: d["claims"][0],
                ["id", "speaker", "via", "cue", "content", "quote", "hedged",
                 "evidence", "cameo", "plover"],
            ),
            (
                lambda d: d["relationships"][0],
                ["id", "source", "target", "polarity", "kind", "trend",
                 "hedged", "evidence", "cameo", "plover"],
            ),
        ],
    )
    def test_key_order(
        self, doc: dict[str, Any], where: Callable[[Any], Any], keys: list[str]
    ) -> None:
        """Each object carries every contract key, in the fixed order."""
        assert list(where(doc)) == keys

    def test_values(self, doc: dict[str, Any]) -> None:
        """Enums become strings, dates ISO strings, tuples lists."""
        assert doc["schema"] == SCHEMA_VERSION == "communique/1"
        assert doc["published"] == "2025-03-03"
        assert doc["actors"][0]["kind"] == "person"
        assert doc["meetings"][0]["participants"] == [
            "person:aino-virtanen",
            "state:NOR",
        ]
        assert doc["meetings"][0]["date"]["precision"] == "day"
        assert doc["claims"][0]["quote"] == "direct"
        assert doc["claims"][0]["via"] is None
        assert doc["relationships"][0]["trend"] == "improving"
        assert type(doc["actors"][0]["mentions"]) is list

    def test_empty_article_emits_every_key(self) -> None:
        """Nothing is omitted, not even nulls and empty lists."""
        assert to_dict(Article(text="")) == {
            "schema": "communique/1",
            "published": None,
            "text": "",
            "actors": [],
            "meetings": [],
            "claims": [],
            "relationships": [],
        }

    def test_to_json_is_deterministic_and_indentable(self) -> None:
        """Same article, same string; indent pretty-prints it."""
        art = _sample()
        assert to_json(art) == to_json(_sample())
        assert "\n" not in to_json(art)
        assert to_json(art, indent=2).startswith('{\n  "schema": "communique/1"')
        assert json.loads(to_json(art, indent=2)) == json.loads(to_json(art))

    def test_non_ascii_kept(self) -> None:
        """Non-ASCII text is written as is, not escaped."""
        assert "Tromsø" in to_json(Article(text="Tromsø"))

    def test_jsonl_escapes_unicode_line_breaks(self) -> None:
        """U+2028, U+2029 and U+0085 in a text never split a JSON Lines line."""
        art = Article(text="a\u2028b\u2029c\x85d\ne")
        (line,) = to_jsonl([art])
        assert len(line.splitlines()) == 1
        assert from_json(line) == art


class TestJsonSchema:
    """The shipped JSON Schema describes exactly what to_json writes."""

    @settings(max_examples=examples(40))
    @given(articles())
    def test_output_validates(self, article: Article) -> None:
        """Every serialized article is valid under json_schema()."""
        _schema_validator().validate(json.loads(to_json(article)))

    def test_sample_validates(self, doc: dict[str, Any]) -> None:
        """The sample document is valid under json_schema()."""
        _schema_validator().validate(doc)

    def test_is_draft_2020_12(self) -> None:
        """The schema is itself a valid draft 2020-12 schema."""
        schema = json_schema()
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(schema)

    def test_docs_copy_identical(self) -> None:
        """docs/schema.json is a byte-for-byte copy of the packaged schema."""
        assert DOCS_SCHEMA.read_bytes() == PACKAGE_SCHEMA.read_bytes()

    def test_fresh_copy(self) -> None:
        """Changing the returned dict does not change the next one."""
        json_schema()["title"] = "changed"
        assert json_schema()["title"] == "communique/1"

    def test_every_field_described(self) -> None:
        """Every object and property in the schema has a description."""
        schema = json_schema()
        objects = [schema, *schema["$defs"].values()]
        for obj in objects:
            assert obj["description"]
            for name, prop in obj["properties"].items():
                assert prop.get("description"), name

    # schema property order matches emitted key order
    @pytest.mark.parametrize(
        ("definition", "where"),
        [
            (None, lambda d: d),
            ("actor", lambda d: d["actors"][0]),
            ("role", lambda d: d["actors"][0]["roles"][0]),
            ("span", lambda d: d["actors"][0]["mentions"][0]),
            ("meeting", lambda d: d["meetings"][0]),
            ("location", lambda d: d["meetings"][0]["location"]),
            ("meetingDate", lambda d: d["meetings"][0]["date"]),
            ("claim", lambda d: d["claims"][0]),
            ("relationship", lambda d: d["relationships"][0]),
        ],
    )
    def test_properties_match_keys(
        self,
        doc: dict[str, Any],
        definition: str | None,
        where: Callable[[Any], Any],
    ) -> None:
        """Each schema object lists, and requires, exactly the emitted keys."""
        schema = json_schema()
        obj = schema if definition is None else schema["$defs"][definition]
        assert list(obj["properties"]) == list(where(doc))
        assert obj["required"] == list(where(doc))
        assert obj["additionalProperties"] is False

    # documents the schema rejects too
    @pytest.mark.parametrize(
        "mutate",
        [
            lambda d: d.update(schema="communique/2"),
            lambda d: d["meetings"][0]["date"].update(precision="month"),
            lambda d: d["actors"][0].update(country="Fin"),
            lambda d: d["claims"][0].pop("via"),
        ],
    )
    def test_schema_rejects(
        self, doc: dict[str, Any], mutate: Callable[[dict[str, Any]], None]
    ) -> None:
        """The schema, like from_dict, rejects broken documents."""
        mutate(doc)
        with pytest.raises(jsonschema.ValidationError):
            _schema_validator().validate(doc)
        with pytest.raises(communique.SchemaError):
            from_dict(doc)

    def test_gen_schema_script(self) -> None:
        """scripts/gen_schema.py --check passes on the repository."""
        import runpy

        mod = runpy.run_path(str(ROOT / "scripts" / "gen_schema.py"))
        assert mod["main"](["--check"]) == 0


def _set(*path: Any, value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        target = d
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _pop(*path: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        target = d
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


class TestBadDocuments:
    """Every broken document raises SchemaError naming where it breaks."""

    @pytest.mark.parametrize(
        ("mutate", "path"),
        [
            # schema version
            (_set("schema", value="communique/2"), "schema"),
            (_set("schema", value=1), "schema"),
            (_pop("schema"), "schema"),
            # missing keys
            (_pop("text"), "text"),
            (_pop("published"), "published"),
            (_pop("actors", 0, "name"), "actors[0].name"),
            (_pop("meetings", 0, "date", "precision"), "meetings[0].date.precision"),
            (_pop("claims", 0, "cameo"), "claims[0].cameo"),
            # extra keys
            (_set("x-extra", value=1), "x-extra"),
            (_set("meetings", 0, "notes", value=""), "meetings[0].notes"),
            (_set("claims", 0, "cue", "label", value=""), "claims[0].cue.label"),
            # wrong types
            (_set("text", value=None), "text"),
            (_set("actors", value={}), "actors"),
            (_set("actors", 1, value="state:NOR"), "actors[1]"),
            (_set("meetings", 0, "participants", 1, value=7), "meetings[0].participants[1]"),
            (_set("meetings", 0, "topics", value="cooperation"), "meetings[0].topics"),
            (_set("actors", 0, "mentions", 1, "start", value="46"), "actors[0].mentions[1].start"),
            (_set("actors", 0, "mentions", 0, "end", value=True), "actors[0].mentions[0].end"),
            (_set("actors", 0, "mentions", 0, "end", value=55.0), "actors[0].mentions[0].end"),
            (_set("claims", 0, "hedged", value=0), "claims[0].hedged"),
            (_set("actors", 0, "roles", 0, "current", value="yes"), "actors[0].roles[0].current"),
            (_set("meetings", 0, "location", value="Oslo"), "meetings[0].location"),
            (_set("published", value="3 March 2025"), "published"),
            (_set("published", value=20250303), "published"),
            # bad enum values
            (_set("actors", 1, "kind", value="country"), "actors[1].kind"),
            (_set("meetings", 0, "status", value="HELD"), "meetings[0].status"),
            (_set("claims", 0, "quote", value=None), "claims[0].quote"),
            (_set("relationships", 0, "polarity", value="friendly"), "relationships[0].polarity"),
            (_set("relationships", 0, "trend", value="up"), "relationships[0].trend"),
            # field validators and object checks
            (_set("actors", 0, "country", value="FI"), "actors[0].country"),
            (_set("actors", 0, "roles", 0, "country", value="fin"), "actors[0].roles[0].country"),
            (_set("meetings", 0, "location", "country", value="NO"), "meetings[0].location.country"),
            (_set("actors", 1, "mentions", 0, "start", value=-1), "actors[1].mentions[0].start"),
            (_set("meetings", 0, "date", "value", value="2025-03"), "meetings[0].date"),
            # spans against the text
            (_set("actors", 1, "mentions", 0, "text", value="Swedish"), "actors[1].mentions[0]"),
            (_set("claims", 0, "content", "end", value=10_000), "claims[0].content"),
            (_set("relationships", 0, "evidence", 0, "text", value="x" * 37), "relationships[0].evidence[0]"),
            # actor ids
            (_set("meetings", 0, "participants", 0, value="person:nobody"), "meetings[0].participants[0]"),
            (_set("meetings", 0, "host", value="state:SWE"), "meetings[0].host"),
            (_set("claims", 0, "via", value="org:paper"), "claims[0].via"),
            (_set("relationships", 0, "target", value="state:SWE"), "relationships[0].target"),
            (_set("actors", 1, "id", value="person:aino-virtanen"), "actors[1].id"),
            (_set("claims", 0, "id", value="meeting:1"), "claims[0].id"),
        ],
    )
    def test_path(
        self,
        doc: dict[str, Any],
        mutate: Callable[[dict[str, Any]], None],
        path: str,
    ) -> None:
        """from_json and from_dict raise SchemaError with the exact path."""
        mutate(doc)
        for load in (from_dict, lambda d: from_json(json.dumps(d))):
            with pytest.raises(communique.SchemaError) as info:
                load(doc)
            assert info.value.path == path
            assert f"at {path}:" in str(info.value)

    def test_wrong_version_message(self, doc: dict[str, Any]) -> None:
        """The message names the version that was found."""
        doc["schema"] = "communique/9"
        with pytest.raises(communique.SchemaError, match="'communique/9'"):
            from_dict(doc)

    def test_missing_key_first_in_order(self, doc: dict[str, Any]) -> None:
        """With several keys missing, the path names the first in key order."""
        del doc["actors"][0]["roles"], doc["actors"][0]["kind"]
        with pytest.raises(communique.SchemaError) as info:
            from_dict(doc)
        assert info.value.path == "actors[0].kind"
        assert "'roles'" in info.value.reason

    # raw input that is not a document
    @pytest.mark.parametrize(
        ("raw", "match"),
        [
            ("", "not JSON"),
            ("not json at all", "not JSON"),
            ('{"schema": "communique/1",', "not JSON"),
            (b"\xff\xfe{}", "not UTF-8"),
            (b'{"text": "caf\xe9"}', "not UTF-8"),
            ("[]", "expected a JSON object, got an array"),
            ("null", "expected a JSON object, got null"),
            ('"communique/1"', "expected a JSON object"),
            ('{"schema": NaN}', "NaN is not valid JSON"),
            ('{"schema": "communique/1", "schema": "communique/1"}', "duplicate key 'schema'"),
            ("[" * 100_000, "not JSON|nested too deeply"),
        ],
    )
    def test_not_a_document(self, raw: str | bytes, match: str) -> None:
        """Malformed input raises SchemaError at the document root."""
        with pytest.raises(communique.SchemaError, match=match) as info:
            from_json(raw)
        assert info.value.path == ""

    def test_is_value_error(self) -> None:
        """SchemaError is a CommuniqueError and a ValueError."""
        with pytest.raises(ValueError, match="not JSON"):
            from_json("{")
        with pytest.raises(communique.CommuniqueError):
            from_json("{")

    def test_no_builtin_errors_leak(self, doc: dict[str, Any]) -> None:
        """Replacing any single value by junk raises only SchemaError."""
        junk: list[Any] = [None, 1, -1, 2.5, True, "", "?", [], {}, [None], {"a": 1}]
        rejected = 0
        for path in _leaf_paths(doc):
            for value in junk:
                broken = copy.deepcopy(doc)
                _set(*path, value=value)(broken)
                try:
                    from_dict(broken)
                except communique.SchemaError:
                    rejected += 1
        assert rejected > 1000


def _leaf_paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        items: Any = node.items()
    elif isinstance(node, list):
        items = enumerate(node)
    else:
        return
    for key, value in items:
        yield (*prefix, key)
        yield from _leaf_paths(value, (*prefix, key))


class TestInputTypes:
    """Arguments of the wrong type raise InputTypeError."""

    @pytest.mark.parametrize("value", [None, 5, {"schema": "communique/1"}, ["{}"]])
    def test_from_json(self, value: Any) -> None:
        """from_json takes only str or bytes."""
        with pytest.raises(communique.InputTypeError):
            from_json(value)

    @pytest.mark.parametrize("value", [None, "{}", [], 3])
    def test_from_dict(self, value: Any) -> None:
        """from_dict takes only a mapping."""
        with pytest.raises(communique.InputTypeError):
            from_dict(value)

    @pytest.mark.parametrize("dump", [to_json, to_dict])
    def test_dump(self, dump: Callable[[Any], Any]) -> None:
        """to_json and to_dict take only an Article."""
        with pytest.raises(communique.InputTypeError):
            dump(to_dict(_sample()))

    def test_bytearray(self) -> None:
        """A bytearray is read like bytes."""
        art = _sample()
        assert from_json(bytearray(to_json(art).encode())) == art


class TestJsonLines:
    """JSON Lines files hold one document per line."""

    def test_text_file(self) -> None:
        """dump_jsonl then load_jsonl on a text file gives the articles back."""
        arts = [_sample(), Article(text="Second."), Article(text="")]
        buf = io.StringIO()
        assert dump_jsonl(arts, buf) == 3
        assert buf.getvalue().count("\n") == 3
        buf.seek(0)
        assert list(load_jsonl(buf)) == arts

    def test_binary_file(self, tmp_path: Path) -> None:
        """load_jsonl also reads a file opened in binary mode."""
        arts = [_sample(), Article(text="Ålesund")]
        path = tmp_path / "a.jsonl"
        with path.open("w", encoding="utf-8") as fp:
            dump_jsonl(arts, fp)
        with path.open("rb") as fp:
            assert list(load_jsonl(fp)) == arts

    def test_blank_lines_skipped(self) -> None:
        """Empty and whitespace-only lines are ignored."""
        line = to_json(_sample())
        assert list(from_jsonl(["", line + "\n", "  \n", line])) == [_sample()] * 2

    def test_error_names_line(self, doc: dict[str, Any]) -> None:
        """A bad line raises SchemaError with its line number and path."""
        doc["meetings"][0]["host"] = "state:SWE"
        lines = [to_json(_sample()), "", json.dumps(doc)]
        with pytest.raises(communique.SchemaError, match="line 3") as info:
            list(from_jsonl(lines))
        assert info.value.path == "meetings[0].host"

    def test_lazy(self) -> None:
        """from_jsonl yields good articles before reaching a bad line."""
        it = from_jsonl([to_json(_sample()), "oops"])
        assert next(it) == _sample()
        with pytest.raises(communique.SchemaError, match="line 2"):
            next(it)


# Each mutant converter "drops" one field on the way out (writes its
# default instead); a sound round-trip test must notice every one.
class _Mutant:
    def __init__(self, section: str | None, key: str, value: Any) -> None:
        self.real = serialize._make_converter()
        self.section, self.key, self.value = section, key, value

    def unstructure(self, obj: Any, cl: Any = None) -> Any:
        d = self.real.unstructure(obj, cl)
        for item in [d] if self.section is None else d[self.section]:
            item[self.key] = copy.deepcopy(self.value)
        return d

    def structure(self, obj: Any, cl: Any) -> Any:
        return self.real.structure(obj, cl)


class TestMutation:
    """The round-trip property fails when the converter loses information."""

    @pytest.mark.parametrize(
        "mutant",
        [
            _Mutant(None, "published", None),
            _Mutant("actors", "roles", []),
            _Mutant("meetings", "topics", []),
            _Mutant("claims", "hedged", False),
            _Mutant("claims", "cue", None),
            _Mutant("relationships", "trend", None),
            _Mutant("actors", "mentions", [{"start": 0, "end": 0, "text": ""}]),
        ],
    )
    def test_round_trip_catches_mutant(
        self, monkeypatch: pytest.MonkeyPatch, mutant: _Mutant
    ) -> None:
        """TestRoundTrip.test_json, run against a mutant, fails."""
        monkeypatch.setattr(serialize, "_CONVERTER", mutant)
        with pytest.raises(AssertionError):
            _round_trip_property(max_examples=500)()

    def test_unmutated_passes(self) -> None:
        """The same harness passes against the real converter."""
        _round_trip_property(max_examples=20)()


def _round_trip_property(max_examples: int) -> Callable[[], None]:
    """TestRoundTrip.test_json's body, re-wrapped with other settings.

    No shrinking: the first failing example is proof enough, and shrinking
    articles is slow.
    """
    body = TestRoundTrip.test_json.hypothesis.inner_test  # type: ignore[attr-defined]

    @settings(
        max_examples=max_examples,
        database=None,
        deadline=None,
        report_multiple_bugs=False,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate],
    )
    @given(articles())
    def prop(article: Article) -> None:
        body(TestRoundTrip(), article)

    return prop


class TestDocsExample:
    """The example document in docs/json.md is valid and canonical."""

    def _example(self) -> str:
        page = DOCS_PAGE.read_text(encoding="utf-8")
        start = page.index("```json\n") + len("```json\n")
        return page[start : page.index("```", start)]

    def test_loads_and_is_canonical(self) -> None:
        """It loads, and to_json(indent=2) writes it back unchanged."""
        example = self._example()
        art = from_json(example)
        assert to_json(art, indent=2) + "\n" == example
        _schema_validator().validate(json.loads(example))
