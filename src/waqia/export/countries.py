"""ISO 3166 codes and ACLED regions for the countries waqia covers, with pycountry as a fallback."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    """A country as ACLED names it: ISO alpha-2/alpha-3, ISO numeric, English name, ACLED region."""

    alpha2: str
    alpha3: str
    numeric: int
    name: str
    region: str


# ISO 3166-1 codes (checked against pycountry 26.2.16); regions as ACLED spells them.
COUNTRIES: tuple[Country, ...] = (
    Country(alpha2="AF", alpha3="AFG", numeric=4, name="Afghanistan", region="Southern Asia"),
    Country(alpha2="PK", alpha3="PAK", numeric=586, name="Pakistan", region="Southern Asia"),
    Country(alpha2="IN", alpha3="IND", numeric=356, name="India", region="Southern Asia"),
    Country(alpha2="BD", alpha3="BGD", numeric=50, name="Bangladesh", region="Southern Asia"),
    Country(alpha2="NP", alpha3="NPL", numeric=524, name="Nepal", region="Southern Asia"),
    Country(alpha2="LK", alpha3="LKA", numeric=144, name="Sri Lanka", region="Southern Asia"),
    Country(alpha2="BT", alpha3="BTN", numeric=64, name="Bhutan", region="Southern Asia"),
    Country(alpha2="MV", alpha3="MDV", numeric=462, name="Maldives", region="Southern Asia"),
    Country(alpha2="IR", alpha3="IRN", numeric=364, name="Iran", region="Middle East"),
    Country(alpha2="CN", alpha3="CHN", numeric=156, name="China", region="Eastern Asia"),
    Country(alpha2="MM", alpha3="MMR", numeric=104, name="Myanmar", region="South-Eastern Asia"),
    Country(alpha2="TJ", alpha3="TJK", numeric=762, name="Tajikistan", region="Caucasus and Central Asia"),
    Country(alpha2="UZ", alpha3="UZB", numeric=860, name="Uzbekistan", region="Caucasus and Central Asia"),
    Country(alpha2="TM", alpha3="TKM", numeric=795, name="Turkmenistan", region="Caucasus and Central Asia"),
    Country(alpha2="KG", alpha3="KGZ", numeric=417, name="Kyrgyzstan", region="Caucasus and Central Asia"),
    Country(alpha2="KZ", alpha3="KAZ", numeric=398, name="Kazakhstan", region="Caucasus and Central Asia"),
    Country(alpha2="AZ", alpha3="AZE", numeric=31, name="Azerbaijan", region="Caucasus and Central Asia"),
    Country(alpha2="AM", alpha3="ARM", numeric=51, name="Armenia", region="Caucasus and Central Asia"),
    Country(alpha2="GE", alpha3="GEO", numeric=268, name="Georgia", region="Caucasus and Central Asia"),
)


def find_country(*, code: str | None = None, name: str | None = None) -> Country | None:
    """The country with this ISO alpha-2/alpha-3 code, or else this English name; None when unknown.

    Countries outside the table are looked up in pycountry when it is installed (region left blank).
    """
    wanted_code = (code or "").strip().upper()
    wanted_name = (name or "").strip().casefold()
    for country in COUNTRIES:
        if wanted_code and wanted_code in (country.alpha2, country.alpha3):
            return country
    for country in COUNTRIES:
        if wanted_name and wanted_name == country.name.casefold():
            return country
    return _find_in_pycountry(code=wanted_code, name=wanted_name)


def _find_in_pycountry(*, code: str, name: str) -> Country | None:
    try:
        import pycountry  # optional: only needed outside the built-in table
    except ImportError:
        return None
    record: Any = None
    if len(code) == 2:
        record = pycountry.countries.get(alpha_2=code)
    elif len(code) == 3:
        record = pycountry.countries.get(alpha_3=code)
    if record is None and name:
        try:
            record = pycountry.countries.lookup(name)
        except LookupError:
            record = None
    if record is None:
        return None
    return Country(
        alpha2=str(record.alpha_2),
        alpha3=str(record.alpha_3),
        numeric=int(record.numeric),
        name=str(getattr(record, "common_name", None) or record.name),
        region="",
    )
