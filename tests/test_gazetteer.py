# SPDX-License-Identifier: MIT
"""Tests for the gazetteer loader and the shipped lexicon data."""

from __future__ import annotations

import collections
import datetime
import json
import unicodedata

from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import communique

from communique import LexiconError, _gazetteer
from communique._gazetteer import Gazetteer, GazetteerEntry
from communique.model import ActorKind


# The 193 UN member states, kept here as an independent check on
# states.json.
_UN_TEXT = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD
CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN
FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ
IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX
MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA PRK MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT
KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV
UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
"""
UN_MEMBERS = tuple(_UN_TEXT.split())

HISTORICAL = {"SUN", "YUG", "SCG", "CSK", "ZAR", "DDR", "YMD"}

CATEGORIES = {
    "international", "bloc", "news", "government", "military", "armed",
    "party",
    "company", "ngo",
}


def _key(s: str) -> str:
    """Case- and accent-insensitive comparison key for surface forms."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def _lexicon(name: str) -> Any:
    text = (
        resources.files("communique")
        .joinpath(f"lexicons/{name}")
        .read_text(encoding="utf-8")
    )
    return json.loads(text)


@pytest.fixture(name="gaz")
def _gaz() -> Gazetteer:
    return Gazetteer.default()


def _lookup(gaz: Gazetteer, form: str) -> set[str]:
    return {e.id for e in gaz.entries for s, _ in e.forms() if s == form}


class TestShippedData:
    """The shipped states.json and organizations.json are complete and consistent."""

    def test_loads(self, gaz: Gazetteer) -> None:
        """The default gazetteer loads and holds several hundred entries."""
        assert len(gaz) > 500
        assert Gazetteer.default() == gaz

    def test_ids_unique(self, gaz: Gazetteer) -> None:
        """No id appears twice."""
        ids = [e.id for e in gaz.entries]
        assert len(ids) == len(set(ids))

    def test_state_codes_valid(self, gaz: Gazetteer) -> None:
        """Every state code is three capital letters and is the country."""
        states = [e for e in gaz.entries if e.kind is ActorKind.STATE]
        assert len(states) > 200
        for e in states:
            assert len(e.id) == 9
            assert e.id[6:].isalpha()
            assert e.id[6:].isupper()
            assert e.country == e.id[6:]

    def test_un_list_is_193(self) -> None:
        """The independent UN list in this test has 193 distinct codes."""
        assert len(set(UN_MEMBERS)) == 193

    def test_every_un_member_present(self, gaz: Gazetteer) -> None:
        """Every UN member state has a current (non-historical) entry."""
        missing = [c for c in UN_MEMBERS if gaz.state(c) is None]
        assert missing == []
        assert not [c for c in UN_MEMBERS if gaz.state(c).historical]  # type: ignore[union-attr]

    def test_observers_and_territories_present(self, gaz: Gazetteer) -> None:
        """Observers and commonly reported territories are states."""
        for code in ("VAT", "PSE", "TWN", "HKG", "MAC", "PRI", "GRL", "ESH"):
            entry = gaz.state(code)
            assert entry is not None
            assert not entry.historical

    def test_historical_flagged(self, gaz: Gazetteer) -> None:
        """Exactly the states that no longer exist are flagged historical."""
        flagged = {e.country for e in gaz.entries if e.historical}
        assert flagged == HISTORICAL
        for code in HISTORICAL:
            entry = gaz.state(code)
            assert entry is not None
            assert entry.until is not None

    def test_successors_exist(self, gaz: Gazetteer) -> None:
        """Successor codes name current states in the gazetteer."""
        for e in gaz.entries:
            for code in e.successors:
                succ = gaz.state(code)
                assert succ is not None
                assert not succ.historical

    def test_no_form_claimed_twice(self, gaz: Gazetteer) -> None:
        """A surface form belongs to one entry unless every claimant marks it ambiguous."""
        claims: dict[str, set[str]] = collections.defaultdict(set)
        ambiguous = {e.id: {_key(a) for a in e.ambiguous} for e in gaz.entries}
        for e in gaz.entries:
            for s, _ in e.forms():
                claims[_key(s)].add(e.id)
        clashes = {
            k: sorted(ids)
            for k, ids in claims.items()
            if len(ids) > 1 and not all(k in ambiguous[i] for i in ids)
        }
        assert clashes == {}

    def test_no_form_repeated_in_entry(self, gaz: Gazetteer) -> None:
        """No entry lists the same surface form twice."""
        repeated = {}
        for e in gaz.entries:
            counts = collections.Counter(s for s, _ in e.forms())
            dups = [s for s, n in counts.items() if n > 1]
            if dups:
                repeated[e.id] = dups
        assert repeated == {}

    def test_organization_fields(self, gaz: Gazetteer) -> None:
        """Organizations have a known category and a seat that is a state."""
        orgs = [e for e in gaz.entries if e.kind is ActorKind.ORGANIZATION]
        assert len(orgs) > 300
        for e in orgs:
            assert e.category in CATEGORIES, e.id
            assert e.country is None or gaz.state(e.country) is not None, e.id

    def test_regions_are_not_states(self, gaz: Gazetteer) -> None:
        """The regions list claims no gazetteer form."""
        regions = _lexicon("actor_cues.json")["regions"]
        assert "Latin America" in regions
        forms = {_key(s) for e in gaz.entries for s, _ in e.forms()}
        assert [r for r in regions if _key(r) in forms] == []
        assert len(regions) == len(set(regions))

    @pytest.mark.parametrize(
        ("form", "expected"),
        [
            # seats of government
            ("Kremlin", "state:RUS"),
            ("White House", "state:USA"),
            ("Downing Street", "state:GBR"),
            ("Zhongnanhai", "state:CHN"),
            ("Élysée", "state:FRA"),
            ("Blue House", "state:KOR"),
            ("Kantei", "state:JPN"),
            # formal names and abbreviations
            ("DPRK", "state:PRK"),
            ("Democratic People's Republic of Korea", "state:PRK"),
            ("ROK", "state:KOR"),
            ("PRC", "state:CHN"),
            ("U.S.", "state:USA"),
            ("UK", "state:GBR"),
            ("UAE", "state:ARE"),
            ("Russian Federation", "state:RUS"),
            ("West Germany", "state:DEU"),
            ("Bonn", "state:DEU"),
            ("GDR", "state:DDR"),
            ("USSR", "state:SUN"),
            ("Holland", "state:NLD"),
            ("Holy See", "state:VAT"),
            # old and new spellings
            ("Peking", "state:CHN"),
            ("Kiev", "state:UKR"),
            ("Kyiv", "state:UKR"),
            ("Burma", "state:MMR"),
            ("Türkiye", "state:TUR"),
            ("Côte d'Ivoire", "state:CIV"),
            ("Ivory Coast", "state:CIV"),
            ("Czechia", "state:CZE"),
            ("Swaziland", "state:SWZ"),
            ("Macedonia", "state:MKD"),
            ("Zaire", "state:ZAR"),
            # demonyms
            ("North Korean", "state:PRK"),
            ("South Koreans", "state:KOR"),
            ("Britons", "state:GBR"),
            ("Sino", "state:CHN"),
            ("Soviets", "state:SUN"),
            # organizations
            ("SCMP", "org:scmp"),
            ("ITAR-Tass", "org:tass"),
            ("UNWTO", "org:unwto"),
            ("Jiji", "org:jiji"),
            ("PAP", "org:pap"),
            ("Tehran Radio", "org:tehran-radio"),
            ("FOCAC", "org:focac"),
            ("Daesh", "org:islamic-state"),
            ("Defense Department", "org:pentagon"),
            ("U.N. Security Council", "org:un-security-council"),
        ],
    )
    def test_spot_checks(self, gaz: Gazetteer, form: str, expected: str) -> None:
        """A well-known surface form belongs to exactly the expected entry."""
        assert _lookup(gaz, form) == {expected}

    @pytest.mark.parametrize(
        ("form", "ids"),
        [
            # shared by two entries
            ("Congo", {"state:COD", "state:COG"}),
            ("Congolese", {"state:COD", "state:COG"}),
            ("Dominican", {"state:DMA", "state:DOM"}),
            ("ABC", {"org:abc-news", "org:abc-australia"}),
            # other readings
            ("Georgia", {"state:GEO"}),
            ("Washington", {"state:USA"}),
            ("Security Council", {"org:un-security-council"}),
        ],
    )
    def test_ambiguous_forms(
        self, gaz: Gazetteer, form: str, ids: set[str]
    ) -> None:
        """Forms with other readings are marked ambiguous in every claimant."""
        assert _lookup(gaz, form) == ids
        for i in ids:
            entry = gaz.get(i)
            assert entry is not None
            assert form in entry.ambiguous

    @pytest.mark.parametrize("form", ["Korean", "Crimea", "Gaza", "Europe"])
    def test_not_claimed(self, gaz: Gazetteer, form: str) -> None:
        """Regions and forms split between two states are not entries' forms."""
        assert _lookup(gaz, form) == set()

    def test_historical_dates(self, gaz: Gazetteer) -> None:
        """The Soviet Union ended in 1991 and Russia succeeded it."""
        sun = gaz.state("SUN")
        assert sun is not None
        assert sun.until == datetime.date(1991, 12, 26)
        assert sun.successors == ("RUS",)
        zar = gaz.state("ZAR")
        assert zar is not None
        assert zar.since == datetime.date(1971, 10, 27)


class TestTitles:
    """titles.json loads and has no duplicates."""

    def test_sections(self) -> None:
        """The file has titles, honorifics and ministries lists of strings."""
        data = _lexicon("titles.json")
        assert set(data) == {"titles", "honorifics", "ministries"}
        for items in data.values():
            assert isinstance(items, list)
            assert all(isinstance(s, str) and s == s.strip() and s for s in items)

    @pytest.mark.parametrize("section", ["titles", "honorifics", "ministries"])
    def test_no_duplicates(self, section: str) -> None:
        """No string is listed twice in a section."""
        items = _lexicon("titles.json")[section]
        assert len(items) == len(set(items))

    @pytest.mark.parametrize(
        ("section", "item"),
        [
            ("titles", "Prime Minister"),
            ("titles", "Secretary of State"),
            ("titles", "Minister for Europe"),
            ("titles", "Secretary of the Security Council"),
            ("titles", "chief executive-designate"),
            ("titles", "national security advisor"),
            ("titles", "Trade Representative"),
            ("titles", "spokesman"),
            ("titles", "Lt. Gen."),
            ("honorifics", "Mr."),
            ("honorifics", "Dame"),
            ("ministries", "Foreign Ministry"),
            ("ministries", "Ministry of Foreign Affairs"),
        ],
    )
    def test_contains(self, section: str, item: str) -> None:
        """Common titles, honorifics and ministries are listed."""
        assert item in _lexicon("titles.json")[section]


def _entry(**kw: Any) -> GazetteerEntry:
    base: dict[str, Any] = {
        "id": "org:acme", "kind": ActorKind.ORGANIZATION, "name": "Acme",
    }
    base.update(kw)
    return GazetteerEntry(**base)


class TestEntry:
    """GazetteerEntry holds forms and converts its fields."""

    def test_forms_in_order(self) -> None:
        """forms() yields the name, names, capitals, seats and demonyms."""
        e = GazetteerEntry(
            id="state:FRA", kind=ActorKind.STATE, name="France", country="FRA",
            names=["French Republic"], capitals=["Paris"], seats=["Elysee"],
            demonyms=["French"],
        )
        assert list(e.forms()) == [
            ("France", "name"), ("French Republic", "name"),
            ("Paris", "capital"), ("Elysee", "seat"), ("French", "demonym"),
        ]

    def test_lists_become_tuples(self) -> None:
        """List fields are stored as tuples."""
        assert _entry(names=["A", "B"]).names == ("A", "B")

    def test_string_is_not_a_list(self) -> None:
        """A bare string for a list field is rejected, not split into letters."""
        with pytest.raises(TypeError, match="list of strings"):
            _entry(names="Acme Corp")

    def test_non_string_item(self) -> None:
        """A list item that is not a string is rejected."""
        with pytest.raises(TypeError, match="list of strings"):
            _entry(names=["A", 3])

    def test_dates_parsed(self) -> None:
        """ISO date strings become dates; dates and None pass through."""
        d = datetime.date(1990, 1, 1)
        e = _entry(historical=True, since="1980-05-04", until=d)
        assert e.since == datetime.date(1980, 5, 4)
        assert e.until is d
        assert _entry().since is None

    def test_date_wrong_type(self) -> None:
        """A date that is neither a string nor a date is rejected."""
        with pytest.raises(TypeError, match="ISO date"):
            _entry(until=1990)


class TestGazetteerApi:
    """Gazetteer lookups and the ways to build and extend one."""

    def test_get_and_state(self, gaz: Gazetteer) -> None:
        """get() and state() find entries and return None when absent."""
        assert gaz.get("state:FRA") is gaz.state("FRA")
        assert gaz.get("org:european-union") is not None
        assert gaz.get("org:nope") is None
        assert gaz.state("QQQ") is None

    def test_with_entries_adds(self, gaz: Gazetteer) -> None:
        """with_entries adds a new entry and leaves the original alone."""
        new = gaz.with_entries(_entry())
        assert len(new) == len(gaz) + 1
        assert new.get("org:acme") is not None
        assert gaz.get("org:acme") is None

    def test_with_entries_replaces(self, gaz: Gazetteer) -> None:
        """with_entries replaces an entry with the same id."""
        fr = GazetteerEntry(
            id="state:FRA", kind=ActorKind.STATE, name="Gaul", country="FRA"
        )
        new = gaz.with_entries(fr)
        assert len(new) == len(gaz)
        assert new.state("FRA").name == "Gaul"  # type: ignore[union-attr]

    def test_without(self, gaz: Gazetteer) -> None:
        """without drops the named ids and ignores unknown ones."""
        new = gaz.without("state:FRA", "org:nope")
        assert len(new) == len(gaz) - 1
        assert new.state("FRA") is None

    def test_from_dict(self) -> None:
        """from_dict reads states and organizations lists."""
        g = Gazetteer.from_dict({
            "states": [{
                "code": "SUN", "name": "Soviet Union", "historical": True,
                "until": "1991-12-26", "successors": ["RUS"],
            }],
            "organizations": [{
                "id": "acme", "name": "Acme", "country": "USA",
                "category": "company", "names": ["Acme Corp"],
                "ambiguous": ["Acme"],
            }],
        })
        sun = g.state("SUN")
        assert sun is not None
        assert sun.historical
        assert sun.successors == ("RUS",)
        acme = g.get("org:acme")
        assert acme is not None
        assert acme.kind is ActorKind.ORGANIZATION
        assert acme.category == "company"
        assert acme.country == "USA"
        assert g.source == "<dict>"

    def test_from_dict_empty(self) -> None:
        """A mapping without lists gives an empty gazetteer."""
        assert len(Gazetteer.from_dict({})) == 0

    def test_from_file(self, tmp_path: Path) -> None:
        """from_file loads a JSON file and records its path as source."""
        p = tmp_path / "extra.json"
        p.write_text(
            json.dumps({"states": [{"code": "FRA", "name": "France"}]}),
            encoding="utf-8",
        )
        g = Gazetteer.from_file(p)
        assert g.state("FRA") is not None
        assert g.source == str(p)

    def test_entries_keep_order(self) -> None:
        """Entries keep their given order."""
        g = Gazetteer([_entry(id="org:b"), _entry(id="org:a")])
        assert [e.id for e in g.entries] == ["org:b", "org:a"]


# Bad data: (data, entry named in the error, words in the reason)
BAD_DATA = [
    # missing and mistyped fields
    ({"states": [{"code": "FRA"}]}, "FRA", "missing or bad field"),
    ({"organizations": [{"name": "Acme"}]}, "Acme", "missing or bad field"),
    ({"states": [{"code": "FRA", "name": 5}]}, "FRA", "'name' must be a string"),
    ({"states": [{"code": 7, "name": "France"}]}, "7", "'code' must be a string"),
    ({"organizations": [{"id": "a", "name": "A", "country": 1}]}, "a", "'country'"),
    ({"states": [{"code": "FRA", "name": "France", "historical": "yes"}]}, "FRA", "true or false"),
    ({"states": [{"code": "FRA", "name": "France", "names": "Gaul"}]}, "FRA", "list of strings"),
    ({"states": [{"code": "SUN", "name": "USSR", "historical": True, "until": "1991-13-45"}]}, "SUN", "missing or bad field"),
    # codes and ids
    ({"states": [{"code": "fra", "name": "France"}]}, "state:fra", "state ids"),
    ({"states": [{"code": "FRAN", "name": "France"}]}, "state:FRAN", "state ids"),
    ({"organizations": [{"id": "Acme Inc", "name": "Acme"}]}, "org:Acme Inc", "lower-case-slug"),
    ({"organizations": [{"id": "acme", "name": "Acme", "country": "us"}]}, "org:acme", "bad country code"),
    ({"states": [{"code": "FRA", "name": "France"}, {"code": "FRA", "name": "Gaul"}]}, "state:FRA", "duplicate id"),
    # names and forms
    ({"states": [{"code": "FRA", "name": "  "}]}, "state:FRA", "empty name"),
    ({"states": [{"code": "FRA", "name": "France", "names": ["Gaul "]}]}, "state:FRA", "bad surface form"),
    ({"states": [{"code": "FRA", "name": "France", "ambiguous": ["Gaul"]}]}, "state:FRA", "not one of its forms"),
    # historical states
    ({"states": [{"code": "SUN", "name": "USSR", "historical": True, "successors": ["rus"]}]}, "state:SUN", "bad successor code"),
    ({"states": [{"code": "SUN", "name": "USSR", "until": "1991-12-26"}]}, "state:SUN", "need historical"),
    ({"states": [{"code": "SUN", "name": "USSR", "historical": True, "since": "1991-12-26", "until": "1922-12-30"}]}, "state:SUN", "since must be before until"),
]


class TestBadData:
    """Malformed data raises LexiconError naming the source and the entry."""

    @pytest.mark.parametrize(("data", "entry", "reason"), BAD_DATA)
    def test_from_dict(self, data: dict[str, Any], entry: str, reason: str) -> None:
        """Each malformed entry is rejected with a precise error."""
        with pytest.raises(LexiconError) as info:
            Gazetteer.from_dict(data, source="bad.json")
        assert info.value.source == "bad.json"
        assert info.value.entry == entry
        assert reason in info.value.reason
        assert str(info.value).startswith("bad.json entry ")

    @pytest.mark.parametrize(
        ("data", "reason"),
        [
            (["states"], "top level must be an object"),
            ({"states": {"code": "FRA"}}, "'states' must be a list"),
            ({"organizations": "acme"}, "'organizations' must be a list"),
            ({"states": ["FRA"]}, "is not an object"),
        ],
    )
    def test_structure(self, data: Any, reason: str) -> None:
        """A malformed top level is rejected without an entry name."""
        with pytest.raises(LexiconError) as info:
            Gazetteer.from_dict(data, source="bad.json")
        assert info.value.entry is None
        assert reason in info.value.reason

    def test_kind_not_allowed(self) -> None:
        """Only states and organizations can be gazetteer entries."""
        e = GazetteerEntry(id="person:x", kind=ActorKind.PERSON, name="X")
        with pytest.raises(LexiconError, match="states or organizations"):
            Gazetteer([e])

    def test_state_country_mismatch(self) -> None:
        """A state's country must be its own code."""
        e = GazetteerEntry(
            id="state:FRA", kind=ActorKind.STATE, name="France", country="DEU"
        )
        with pytest.raises(LexiconError, match="country is its code"):
            Gazetteer([e])

    def test_with_entries_checks(self, gaz: Gazetteer) -> None:
        """with_entries validates the entries it adds."""
        with pytest.raises(LexiconError, match="empty name"):
            gaz.with_entries(_entry(name=""))

    def test_from_file_missing(self, tmp_path: Path) -> None:
        """A missing file raises LexiconError naming the path."""
        p = tmp_path / "nope.json"
        with pytest.raises(LexiconError) as info:
            Gazetteer.from_file(p)
        assert info.value.source == str(p)

    def test_from_file_invalid_json(self, tmp_path: Path) -> None:
        """A file that is not JSON raises LexiconError naming the path."""
        p = tmp_path / "bad.json"
        p.write_text("{not json", encoding="utf-8")
        with pytest.raises(LexiconError) as info:
            Gazetteer.from_file(p)
        assert info.value.source == str(p)
        assert info.value.entry is None

    def test_from_file_bad_entry(self, tmp_path: Path) -> None:
        """An entry error in a file names the file."""
        p = tmp_path / "bad.json"
        p.write_text(json.dumps({"states": [{"code": "X", "name": "X"}]}), encoding="utf-8")
        with pytest.raises(LexiconError) as info:
            Gazetteer.from_file(p)
        assert info.value.source == str(p)
        assert info.value.entry == "state:X"

    def test_shipped_lexicon_invalid_json(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A broken shipped lexicon raises LexiconError naming the file."""

        class _Fake:
            def joinpath(self, *parts: str) -> _Fake:
                return self

            def read_text(self, encoding: str) -> str:
                return "{broken"

        monkeypatch.setattr(
            "communique._lexicons.resources.files", lambda _pkg: _Fake()
        )
        with pytest.raises(LexiconError) as info:
            _gazetteer.Gazetteer.default()
        assert info.value.source == "states.json"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Foreign Office said Britain was consulting allies.", "Foreign Office", "GBR"),
        (
            "The German Foreign Office said Berlin was consulting allies.",
            "German Foreign Office",
            "DEU",
        ),
        ("The Sejm approved the bill on Friday, officials said.", "Sejm", "POL"),
    ],
)
def test_national_bodies_known_by_name(text: str, name: str, country: str) -> None:
    """A body named without its state ("the Foreign Office") has its seat."""
    art = communique.parse(text)
    orgs = {a.name: a.country for a in art.actors if a.kind is ActorKind.ORGANIZATION}
    assert orgs.get(name) == country, orgs
