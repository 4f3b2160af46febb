"""The geocoder interface: a place name in its context in, a resolved `Place` out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from waqia.geocode.names import PlaceKind
from waqia.model import Place

# Gazetteer ids of the villages table (waqia/data/place_villages.csv): places known by name and point only,
# which give way to the towns, districts and areas the gazetteer knows otherwise.
VILLAGE_ID_PREFIX = "village:"


@dataclass(frozen=True, slots=True, kw_only=True)
class GeoContext:
    """What the article says around a toponym, used to choose between same-named places.

    Attributes:
        country_code: ISO alpha-2 country the article is about, when known.
        admin1: the province/state the article names, when known.
        admin2: the district the article names, when known.
        near: the text says "near X" / "outskirts of X" (ACLED geo_precision 2).
        is_district: the text says "X district" / "X agency" (resolve to the district itself).
        parent: the larger place in "the Y area of X" / "X's Y" (X here), when given.
        places: the towns and districts the article names elsewhere (its dateline city among them): a
            neighbourhood is taken only inside a city the article names ("Saddar" in a Rawalpindi story).
    """

    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    near: bool = False
    is_district: bool = False
    parent: str | None = None
    places: tuple[str, ...] = ()


class Geocoder(Protocol):
    """Resolves toponyms. `name` is versioned (e.g. "gazetteer.v1") and stored with every place."""

    name: str

    def geocode(self, toponym: str, *, context: GeoContext) -> Place | None:
        """The best place for `toponym` in `context`, or None when nothing fits."""
        ...

    def known_names(self) -> Iterable[str]:
        """Every place name and alias the geocoder resolves; the extractor feeds them to its EntityRuler."""
        ...

    def lookup_kind(self, name: str) -> PlaceKind | None:
        """What kind of place a name is (country, province, district, town, ...), without geocoding it."""
        ...
