"""A dictionary-backed fake geocoder and toponym builders for the place tests (no spaCy, no gazetteer)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from waqia.extract.places import Toponym
from waqia.geocode.base import GeoContext
from waqia.model import GeoPrecision, Place


@dataclass(frozen=True, slots=True, kw_only=True)
class FakeEntry:
    """One place the fake geocoder knows."""

    kind: str
    country_code: str
    admin1: str | None
    gazetteer_id: str


def _entry(kind: str, country_code: str, admin1: str | None, gazetteer_id: str) -> FakeEntry:
    return FakeEntry(kind=kind, country_code=country_code, admin1=admin1, gazetteer_id=gazetteer_id)


# A few real places of Pakistan, Afghanistan and India, with their kind, country and province.
GAZETTEER: Mapping[str, FakeEntry] = {
    "Pakistan": _entry("country", "PK", None, "pk"),
    "Afghanistan": _entry("country", "AF", None, "af"),
    "India": _entry("country", "IN", None, "in"),
    "Balochistan": _entry("province", "PK", "Balochistan", "ba"),
    "Khyber Pakhtunkhwa": _entry("province", "PK", "Khyber Pakhtunkhwa", "kp"),
    "Punjab": _entry("province", "PK", "Punjab", "pb"),
    "Sindh": _entry("province", "PK", "Sindh", "sd"),
    "Kurram": _entry("district", "PK", "Khyber Pakhtunkhwa", "kurram"),
    "Khyber": _entry("district", "PK", "Khyber Pakhtunkhwa", "khyber"),
    "Kohat": _entry("district", "PK", "Khyber Pakhtunkhwa", "kohat"),
    "Quetta": _entry("town", "PK", "Balochistan", "quetta"),
    "Turbat": _entry("town", "PK", "Balochistan", "turbat"),
    "Peshawar": _entry("town", "PK", "Khyber Pakhtunkhwa", "peshawar"),
    "Parachinar": _entry("town", "PK", "Khyber Pakhtunkhwa", "parachinar"),
    "Karachi": _entry("town", "PK", "Sindh", "karachi"),
    "Lahore": _entry("town", "PK", "Punjab", "lahore"),
    "Kabul": _entry("town", "AF", "Kabul", "kabul"),
    "Jalalabad": _entry("town", "AF", "Nangarhar", "jalalabad"),
    "Delhi": _entry("town", "IN", "Delhi", "delhi"),
    "Gulshan e Iqbal": _entry("neighbourhood", "PK", "Sindh", "gulshan"),
}


@dataclass
class FakeGeocoder:
    """Resolves the names of `gazetteer` (capitals read as a name) and records the context of every call.

    As gazetteer.v1 does, an unknown name inside a known place keeps its own name, in the outer place's
    country, province and district, at geo_precision 2.
    """

    gazetteer: Mapping[str, FakeEntry] = field(default_factory=lambda: GAZETTEER)
    name: str = "fake.v1"
    calls: list[tuple[str, GeoContext]] = field(default_factory=list)

    def geocode(self, toponym: str, *, context: GeoContext) -> Place | None:
        self.calls.append((toponym, context))
        name = _as_name(toponym)
        if name in self.gazetteer:
            return self._place(name, near=context.near)
        if context.parent is not None and context.parent in self.gazetteer:
            outer = self._place(context.parent, near=False)
            return Place(
                name=name,
                country_code=outer.country_code,
                admin1=outer.admin1,
                admin2=context.parent,
                geo_precision=GeoPrecision.NEAR_TOWN,
                gazetteer_id=outer.gazetteer_id,
                geocoder=self.name,
            )
        return None

    def _place(self, name: str, *, near: bool) -> Place:
        entry = self.gazetteer[name]
        precision = GeoPrecision.REGION if entry.kind in ("country", "province") else GeoPrecision.TOWN
        return Place(
            name=name,
            country_code=entry.country_code,
            admin1=entry.admin1,
            geo_precision=GeoPrecision.NEAR_TOWN if near else precision,
            gazetteer_id=entry.gazetteer_id,
            geocoder=self.name,
        )

    def known_names(self) -> Iterable[str]:
        return self.gazetteer

    def lookup_kind(self, name: str) -> str | None:
        entry = self.gazetteer.get(_as_name(name))
        return entry.kind if entry else None


def _as_name(toponym: str) -> str:
    """ "QUETTA" as "Quetta": datelines write the town in capitals."""
    return toponym.title() if toponym.isupper() else toponym


def toponyms_of(text: str, *names: str) -> list[Toponym]:
    """Toponyms at the first occurrence of each name in text."""
    found = []
    for name in names:
        start = text.index(name)
        found.append(Toponym(text=name, start=start, end=start + len(name)))
    return found
