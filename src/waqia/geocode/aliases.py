"""The place tables shipped in waqia/data: alias table, GeoNames admin1 names, countries, stop-list."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from waqia.errors import GeocodingError
from waqia.geocode.names import PlaceKind, make_name_key
from waqia.model import GeoPrecision

DATA_PACKAGE = "waqia"
DATA_FOLDER = "data"
ALIAS_FILE = "place_aliases.csv"
VILLAGE_FILE = "place_villages.csv"
ADMIN1_FILE = "admin_geonames_admin1.tsv"
COUNTRY_FILE = "place_countries.tsv"
STOPLIST_FILE = "place_name_stoplist.txt"
EXONYM_FILE = "place_exonyms.tsv"

ALIAS_COLUMNS = (
    "key",
    "name",
    "kind",
    "aliases",
    "former_name",
    "country_code",
    "admin1",
    "admin2",
    "parent",
    "latitude",
    "longitude",
    "geo_precision",
    "geonames_id",
    "geonames_code",
    "source",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class AliasRow:
    """One place of the alias table.

    Attributes:
        key: unique slug; the place's gazetteer id is "alias:<key>" when GeoNames has no id for it.
        name: canonical English name, ASCII.
        kind: what the place is.
        aliases: other spellings and abbreviations that name it.
        former_names: names it had before (Bajaur Agency, NWFP, Bolan); they resolve to it too.
        country_code, admin1, admin2: where it is (admin2 is the district itself for a district row).
        parent: for a neighbourhood, the city it belongs to.
        latitude, longitude: the point used for it (a district's or province's seat).
        geo_precision: ACLED precision when it differs from the kind's default (Tirah: 2).
        geonames_id: the GeoNames feature whose coordinates are used (the town, or the seat).
        geonames_code: the GeoNames admin code of a province or district ("PK.02.1175527").
        source: where the facts come from.
    """

    key: str
    name: str
    kind: PlaceKind
    aliases: tuple[str, ...]
    former_names: tuple[str, ...]
    country_code: str
    admin1: str | None
    admin2: str | None
    parent: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: GeoPrecision | None
    geonames_id: int | None
    geonames_code: str | None
    source: str

    @property
    def all_names(self) -> tuple[str, ...]:
        """The canonical name, the aliases and the former names."""
        return (self.name, *self.aliases, *self.former_names)


@dataclass(frozen=True, slots=True, kw_only=True)
class CountryRow:
    """A country as GeoNames countryInfo names it, with its capital."""

    country_code: str
    name: str
    capital: str | None
    geonames_id: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ExonymRow:
    """Another name of a large town abroad ("Bangalore"), and the town GeoNames names it for (Bengaluru)."""

    geonames_id: int
    country_code: str
    name: str


def read_data_text(filename: str) -> str:
    """The text of a data file shipped in waqia/data."""
    try:
        return resources.files(DATA_PACKAGE).joinpath(DATA_FOLDER, filename).read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError) as e:
        raise GeocodingError(
            f"cannot read the gazetteer data file {filename}: {e}",
            hint="reinstall waqia; the file ships in src/waqia/data",
        ) from e


def _split_names(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _optional_float(cell: str, *, column: str, line: int, filename: str) -> float | None:
    if not cell.strip():
        return None
    try:
        return float(cell)
    except ValueError as e:
        raise GeocodingError(
            f"{filename} line {line}: {column} {cell!r} is not a number",
            hint=f"fix the row in src/waqia/data/{filename}",
        ) from e


def _optional_int(cell: str, *, column: str, line: int, filename: str) -> int | None:
    value = _optional_float(cell, column=column, line=line, filename=filename)
    return None if value is None else int(value)


def parse_alias_rows(text: str, *, filename: str = ALIAS_FILE) -> list[AliasRow]:
    """Alias rows from the CSV text of `filename`; raises GeocodingError naming a malformed row's line."""
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != ALIAS_COLUMNS:
        raise GeocodingError(
            f"{filename} has columns {reader.fieldnames}, expected {list(ALIAS_COLUMNS)}",
            hint=f"keep the header of src/waqia/data/{filename} as documented in waqia.geocode.aliases",
        )
    rows: list[AliasRow] = []
    seen: set[str] = set()
    for line, raw in enumerate(reader, start=2):
        cells = {column: (raw.get(column) or "").strip() for column in ALIAS_COLUMNS}
        try:
            kind = PlaceKind(cells["kind"])
        except ValueError as e:
            raise GeocodingError(
                f"{filename} line {line}: unknown kind {cells['kind']!r}",
                hint=f"use one of {[k.value for k in PlaceKind]}",
            ) from e
        if not cells["key"] or cells["key"] in seen or not cells["name"] or not cells["source"]:
            raise GeocodingError(
                f"{filename} line {line}: key missing or repeated, or name or source missing",
                hint="every row needs a unique key, a name and a source",
            )
        seen.add(cells["key"])
        if not make_name_key(cells["name"]):
            raise GeocodingError(
                f"{filename} line {line}: name {cells['name']!r} has no Latin letters",
                hint="the canonical name must be ASCII English",
            )
        precision = _optional_int(
            cells["geo_precision"], column="geo_precision", line=line, filename=filename
        )
        rows.append(
            AliasRow(
                key=cells["key"],
                name=cells["name"],
                kind=kind,
                aliases=_split_names(cells["aliases"]),
                former_names=_split_names(cells["former_name"]),
                country_code=cells["country_code"].upper(),
                admin1=cells["admin1"] or None,
                admin2=cells["admin2"] or None,
                parent=cells["parent"] or None,
                latitude=_optional_float(cells["latitude"], column="latitude", line=line, filename=filename),
                longitude=_optional_float(
                    cells["longitude"], column="longitude", line=line, filename=filename
                ),
                geo_precision=None if precision is None else GeoPrecision(precision),
                geonames_id=_optional_int(
                    cells["geonames_id"], column="geonames_id", line=line, filename=filename
                ),
                geonames_code=cells["geonames_code"] or None,
                source=cells["source"],
            )
        )
    return rows


def load_alias_rows() -> list[AliasRow]:
    """The alias table shipped in waqia/data/place_aliases.csv."""
    return parse_alias_rows(read_data_text(ALIAS_FILE))


def load_village_rows() -> list[AliasRow]:
    """Villages and localities of Pakistan from UCDP GED, in the alias table's format
    (waqia/data/place_villages.csv, built by scripts/build_place_villages.py)."""
    return parse_alias_rows(read_data_text(VILLAGE_FILE), filename=VILLAGE_FILE)


def _iter_tsv(text: str) -> Iterator[list[str]]:
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def load_admin1_names() -> dict[str, str]:
    """GeoNames admin1 code ("IQ.15") to its ASCII name ("Nineveh"), from GeoNames admin1CodesASCII."""
    return {cells[0]: cells[1] for cells in _iter_tsv(read_data_text(ADMIN1_FILE)) if len(cells) >= 2}


def load_country_rows() -> dict[str, CountryRow]:
    """ISO alpha-2 code to the country's English name and capital, from GeoNames countryInfo."""
    countries: dict[str, CountryRow] = {}
    for cells in _iter_tsv(read_data_text(COUNTRY_FILE)):
        code, name, capital, geonames_id = [*cells, "", "", "", ""][:4]
        countries[code] = CountryRow(
            country_code=code,
            name=name,
            capital=capital or None,
            geonames_id=int(geonames_id) if geonames_id.isdigit() else None,
        )
    return countries


def load_stoplist() -> frozenset[str]:
    """Name keys never resolved from GeoNames alone nor offered for tagging (common words, name tokens)."""
    words = (line.strip() for line in read_data_text(STOPLIST_FILE).splitlines())
    return frozenset(make_name_key(word) for word in words if word and not word.startswith("#"))


def load_exonyms() -> dict[str, ExonymRow]:
    """Name key to the town it names, from GeoNames' alternate names of large towns abroad
    (waqia/data/place_exonyms.tsv, built by scripts/build_place_exonyms.py)."""
    exonyms: dict[str, ExonymRow] = {}
    for cells in _iter_tsv(read_data_text(EXONYM_FILE)):
        if len(cells) != 4 or not cells[1].isdigit():
            raise GeocodingError(
                f"malformed row in {EXONYM_FILE}: {cells!r}",
                hint="rebuild it with scripts/build_place_exonyms.py",
            )
        exonyms[make_name_key(cells[0])] = ExonymRow(
            geonames_id=int(cells[1]), country_code=cells[2], name=cells[3]
        )
    return exonyms
