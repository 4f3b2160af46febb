"""Province and place agreement with the hand-annotated SATP Pakistan paragraphs: geocoder alone and whole
extractor.

Usage: .venv/bin/python benchmarks/geocode_satp.py [--data PATH] [--no-extractor] [--verbose]

Reads the relevant Pakistan paragraphs of satp_annotated_master.csv (research use, never copied into the
repo; loading, de-duplication and the sha256-of-text dev/held-out split are perpetrator_satp.py's). Each
paragraph's gold lists place strings without order ("['Malir', 'Karachi', 'Sindh']").

- province: the gold province is the one the gold list names (FATA counts as Khyber Pakhtunkhwa, into
  which it merged in 2018); paragraphs whose gold names none are left out, so the gold never depends on
  the geocoder.
- place: correct when the predicted place or its district is one of the gold strings other than the
  province and the country (case- and accent-insensitive, kind words such as "tehsil" left out, either
  part of "Kech (Turbat)", or the same gazetteer entry once the gold string is geocoded in Pakistan:
  "D.I. Khan" = "Dera Ismail Khan"); a gold list naming only a province asks for a place in it.

The geocoder alone resolves the gold strings themselves (the first that resolves gives the province).
The whole extractor (`build_extractor().extract` on the paragraph) is scored on its first main mention.
--verbose prints the dev paragraphs it gets wrong (held-out errors are not for study).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from perpetrator_satp import DEFAULT_DATA, Paragraph, choose_mention, extract_mentions, load_paragraphs, rate

from waqia.geocode.base import Geocoder, GeoContext
from waqia.geocode.gazetteer import build_geocoder
from waqia.geocode.names import make_name_key, parse_toponym
from waqia.model import Place

# Gold province spellings in the annotations, written out here so the gold does not depend on the geocoder.
GOLD_PROVINCES = {
    "sindh": "Sindh",
    "balochistan": "Balochistan",
    "baluchistan": "Balochistan",
    "khyber pakhtunkhwa": "Khyber Pakhtunkhwa",
    "kp": "Khyber Pakhtunkhwa",
    "kpk": "Khyber Pakhtunkhwa",
    "fata": "Khyber Pakhtunkhwa",
    "federally administered tribal areas": "Khyber Pakhtunkhwa",
    "punjab": "Punjab",
    "gilgit baltistan": "Gilgit-Baltistan",
    "azad kashmir": "Azad Kashmir",
    "islamabad capital territory": "Islamabad Capital Territory",
}
NOT_PLACES = frozenset({"notspecified", "pakistan", "afghanistan"})
PAKISTAN = GeoContext(country_code="PK")


@dataclass(frozen=True, slots=True, kw_only=True)
class Gold:
    province: str | None
    places: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    paragraph: Paragraph
    gold: Gold
    predicted: Place | None
    province_ok: bool
    place_ok: bool


def read_gold(paragraph: Paragraph) -> Gold:
    keys = [make_name_key(name) for name in paragraph.places]
    province = next((GOLD_PROVINCES[key] for key in keys if key in GOLD_PROVINCES), None)
    places = tuple(
        name
        for name, key in zip(paragraph.places, keys, strict=True)
        if key and key not in GOLD_PROVINCES and key not in NOT_PLACES
    )
    if not places and province is not None:
        places = (province,)
    return Gold(province=province, places=places)


def is_same_place(predicted: Place, gold_name: str, geocoder: Geocoder) -> bool:
    """Whether the predicted place is the gold string: by name (a kind word such as "tehsil" left out,
    either part of "Kech (Turbat)"), or as the same gazetteer entry. A gold province asks for any place
    in it: the gold names nothing more specific to compare with."""
    if make_name_key(gold_name) in GOLD_PROVINCES:
        return predicted.admin1 == GOLD_PROVINCES[make_name_key(gold_name)]
    names = {parse_toponym(name).key for name in (predicted.name, predicted.admin2 or "") if name}
    parts = [gold_name, *re.split(r"\s*[()]\s*", gold_name)]
    if any(parse_toponym(part).key in names for part in parts if part.strip()):
        return True
    resolved = geocoder.geocode(gold_name, context=PAKISTAN)
    return resolved is not None and resolved.gazetteer_id == predicted.gazetteer_id


def score(paragraph: Paragraph, predicted: Place | None, geocoder: Geocoder) -> Outcome:
    gold = read_gold(paragraph)
    return Outcome(
        paragraph=paragraph,
        gold=gold,
        predicted=predicted,
        province_ok=predicted is not None and predicted.admin1 == gold.province,
        place_ok=predicted is not None
        and any(is_same_place(predicted, name, geocoder) for name in gold.places),
    )


def report(name: str, outcomes: Sequence[Outcome]) -> str:
    with_province = [outcome for outcome in outcomes if outcome.gold.province is not None]
    with_place = [outcome for outcome in outcomes if outcome.gold.places]
    return (
        f"  {name:<9} province {rate(sum(o.province_ok for o in with_province), len(with_province))}, "
        f"place {rate(sum(o.place_ok for o in with_place), len(with_place))}, "
        f"no place {sum(o.predicted is None for o in with_place)}"
    )


def print_figures(title: str, outcomes: Sequence[Outcome], *, verbose: bool, places: bool) -> None:
    print(title)
    for name, part in (
        ("dev", [o for o in outcomes if not o.paragraph.held_out]),
        ("held-out", [o for o in outcomes if o.paragraph.held_out]),
        ("all", list(outcomes)),
    ):
        line = report(name, part)
        print(line if places else line.split(", place")[0])
    if not verbose:
        return
    for outcome in outcomes:
        wrong = (outcome.gold.province is not None and not outcome.province_ok) or (
            places and outcome.gold.places and not outcome.place_ok
        )
        if outcome.paragraph.held_out or not wrong:
            continue
        predicted = outcome.predicted
        shown = f"{predicted.name} ({predicted.admin2}, {predicted.admin1})" if predicted else None
        print(
            f"    {outcome.paragraph.paragraph_id}: predicted {shown}; gold {list(outcome.paragraph.places)}"
        )


def resolve_gold_strings(paragraph: Paragraph, geocoder: Geocoder) -> Place | None:
    """The geocoder alone: the first gold place string that resolves in Pakistan."""
    for name in read_gold(paragraph).places:
        if make_name_key(name) in GOLD_PROVINCES:
            continue
        place = geocoder.geocode(name, context=PAKISTAN)
        if place is not None:
            return place
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-extractor", action="store_true", help="score the geocoder alone")
    parser.add_argument("--verbose", action="store_true", help="print the dev paragraphs that disagree")
    options = parser.parse_args(argv)
    if not options.data.exists():
        print(f"skipped: {options.data} is absent (the SATP annotations live in ../shared/data)")
        return 0
    paragraphs = [p for p in load_paragraphs(options.data) if read_gold(p).places]
    geocoder = build_geocoder()
    alone = [
        score(paragraph, resolve_gold_strings(paragraph, geocoder), geocoder)
        for paragraph in paragraphs
        if [name for name in read_gold(paragraph).places if make_name_key(name) not in GOLD_PROVINCES]
    ]
    print_figures(
        f"geocoder alone on the gold place strings ({len(alone)} paragraphs with a place under a province):",
        alone,
        verbose=options.verbose,
        places=False,
    )
    if options.no_extractor:
        return 0
    extracted = extract_mentions(paragraphs)
    whole = []
    for paragraph in paragraphs:
        mention = choose_mention(extracted.get(paragraph.paragraph_id, ()))
        whole.append(score(paragraph, mention.place if mention else None, geocoder))
    print_figures(
        f"whole extractor, first main mention ({len(whole)} paragraphs with a gold place):",
        whole,
        verbose=options.verbose,
        places=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
