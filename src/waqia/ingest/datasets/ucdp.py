"""UCDP GED events in Pakistan (ucdp_ged_pakistan): where the coders placed each event, in their words."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from waqia.errors import IngestError
from waqia.ingest.datasets.tables import read_table

COLUMNS = ("where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude")
# UCDP's adm_1 names as today's provinces: the tribal areas merged into Khyber Pakhtunkhwa in 2018.
PROVINCES = {
    "Federally Administered Tribal Areas": "Khyber Pakhtunkhwa",
    "Khyber Pakhtunkwa province": "Khyber Pakhtunkhwa",
    "Balochistan province": "Balochistan",
    "Sindh province": "Sindh",
    "Punjab province": "Punjab",
    "Azad Jammu & Kashmir": "Azad Kashmir",
    "Gilgit-Baltistan": "Gilgit-Baltistan",
    "Islamabad Capital territory": "Islamabad Capital Territory",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class UcdpPlace:
    """Where one UCDP event took place.

    `name` is the place UCDP's point stands for ("Kel village"), `description` the place as the sources
    wrote it ("Kel sector of the control line"); `precision` is UCDP's where_prec (1 the point itself, 2
    within 25 km, 3 the district, 4 and up a province or more); `province` is today's province (None for a
    blank or unknown adm_1) and `district` UCDP's adm_2 as written ("Bajaur agency", "" when none).
    """

    name: str
    description: str
    precision: int
    province: str | None
    district: str
    latitude: float
    longitude: float


def read_ucdp_places(path: Path) -> Iterator[UcdpPlace]:
    """The places of the events in a UCDP GED CSV (its second line, an HXL tag row, is skipped).

    Raises:
        IngestError: the file lacks a column or a row's coordinates or precision are not numbers.
    """
    for line, row in read_table(path, columns=COLUMNS):
        if row["latitude"].startswith("#"):
            continue
        try:
            precision = int(row["where_prec"])
            latitude, longitude = float(row["latitude"]), float(row["longitude"])
        except ValueError as error:
            raise IngestError(
                f"{path} line {line}: where_prec, latitude or longitude is not a number",
                hint="is this the UCDP GED file? see shared/data/README.md",
            ) from error
        yield UcdpPlace(
            name=row["where_coordinates"].strip(),
            description=row["where_description"].strip(),
            precision=precision,
            province=PROVINCES.get(row["adm_1"].strip()),
            district=row["adm_2"].strip(),
            latitude=latitude,
            longitude=longitude,
        )
