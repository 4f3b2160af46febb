"""Pakistani place names and their provinces from the reference GeoNames tables (gazetteer_geonames)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from waqia.errors import IngestError
from waqia.ingest.datasets.tables import fold_name

ADMIN1_FILE = "admin1CodesASCII.txt"
ADMIN2_FILE = "admin2Codes.txt"
CITIES_FILE = "cities15000_PK_AF.tsv"
COUNTRY = "PK"
# GeoNames names districts "Kech District", "Khyber Agency"; news names them "Kech", "Khyber".
_UNIT_WORDS = re.compile(r"\s+(?:district|agency|tehsil|division)$")
# cities15000 columns (GeoNames readme): 1 name, 2 asciiname, 3 alternatenames, 8 country, 10 admin1.
_NAME, _ASCII, _ALTERNATES, _COUNTRY, _ADMIN1 = 1, 2, 3, 8, 10


@dataclass(frozen=True, slots=True, kw_only=True)
class ProvinceGazetteer:
    """Which provinces a Pakistani town or district name can be in, by GeoNames."""

    provinces_by_key: Mapping[str, frozenset[str]]

    def provinces_of(self, name: str) -> frozenset[str]:
        """The provinces (GeoNames admin1 names) of every town or district called `name`; empty if none."""
        return self.provinces_by_key.get(fold_name(name), frozenset())


def read_pakistan_provinces(folder: Path) -> ProvinceGazetteer:
    """Town names (cities15000, with alternate names) and district names (admin2) of Pakistan.

    Raises:
        IngestError: a table is missing or unreadable.
    """
    admin1 = dict(_rows(folder / ADMIN1_FILE, width=2))
    index: dict[str, set[str]] = {}

    def add(name: str, admin1_code: str) -> None:
        province = admin1.get(admin1_code)
        key = fold_name(name)
        if province and key:
            index.setdefault(key, set()).add(province)

    for code, name in _rows(folder / ADMIN2_FILE, width=2):
        parts = code.split(".")
        if parts[0] == COUNTRY and len(parts) == 3:
            add(_UNIT_WORDS.sub("", fold_name(name)), f"{parts[0]}.{parts[1]}")
    for cells in _cells(folder / CITIES_FILE):
        if len(cells) <= _ADMIN1 or cells[_COUNTRY] != COUNTRY:
            continue
        code = f"{COUNTRY}.{cells[_ADMIN1]}"
        for name in (cells[_NAME], cells[_ASCII], *cells[_ALTERNATES].split(",")):
            add(name, code)
    return ProvinceGazetteer(provinces_by_key={key: frozenset(provinces) for key, provinces in index.items()})


def _rows(path: Path, *, width: int) -> Iterator[tuple[str, str]]:
    for cells in _cells(path):
        if len(cells) >= width and cells[0].startswith(f"{COUNTRY}."):
            yield cells[0], cells[1]


def _cells(path: Path) -> Iterator[list[str]]:
    if not path.is_file():
        raise IngestError(
            f"{path} not found", hint="the GeoNames reference tables live in gazetteer_geonames"
        )
    try:
        with path.open(encoding="utf-8") as stream:
            for line in stream:
                if line.strip() and not line.startswith("#"):
                    yield line.rstrip("\n").split("\t")
    except UnicodeDecodeError as error:
        raise IngestError(f"{path}: not UTF-8 text", hint="re-encode it as UTF-8") from error
