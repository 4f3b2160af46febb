"""SATP adapters: relevance of paragraphs, and province, place, perpetrator and action type in Pakistan."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from waqia.evaluate.attack_types import AttackType, attack_type_of
from waqia.evaluate.datasets import CaseResults
from waqia.evaluate.figures import BinaryTally, Figure, LabelTally, make_f1, make_label_figures, make_rate
from waqia.evaluate.mentions import choose_primary, is_political_violence, main_mentions, reports_violence
from waqia.evaluate.scoring import fold_text, place_key_of
from waqia.model import Actor, ActorType, Article, Mention

# Issue #3 targets (dev rows).
RELEVANCE_TARGET = 0.90
PROVINCE_TARGET = 0.95
PLACE_TARGET = 0.85
PERPETRATOR_TARGET = 0.85

RELEVANCE_NOTES = (
    "Relevant = the extractor finds a main event of political violence: Battles, Explosions/Remote "
    "violence, Violence against civilians, or Looting/property destruction.",
)
ANNOTATED_NOTES = (
    *RELEVANCE_NOTES,
    "An id annotated twice (or three times) is one paragraph: relevant if any annotator said so; places, "
    "sources and action types are the union of the annotations; the text is the copy with punctuation.",
    "The annotated is_relevant marks paragraphs chosen for actor/target annotation: many paragraphs that "
    "report violence are False, so relevance precision here is a lower bound.",
    "Pakistan fields are read from the primary mention (the first main mention of political violence) "
    "and scored over every Pakistan paragraph with a relevant label, found or not.",
    "Province: FATA counts as Khyber Pakhtunkhwa, into which it merged in 2018 (waqia uses current units).",
    "Perpetrator gold: the annotated source strings that waqia's actor dictionary resolves; generic words "
    "(militants, assailants) name nobody.",
)
# Annotation strings that name a province, and the canonical province they name.
PROVINCE_STRINGS = {
    "sindh": "Sindh",
    "sind": "Sindh",
    "balochistan": "Balochistan",
    "baluchistan": "Balochistan",
    "khyber pakhtunkhwa": "Khyber Pakhtunkhwa",
    "khyber pakhtoonkhwa": "Khyber Pakhtunkhwa",
    "kp": "Khyber Pakhtunkhwa",
    "kpk": "Khyber Pakhtunkhwa",
    "nwfp": "Khyber Pakhtunkhwa",
    "north west frontier province": "Khyber Pakhtunkhwa",
    "fata": "Khyber Pakhtunkhwa",
    "federally administered tribal areas": "Khyber Pakhtunkhwa",
    "punjab": "Punjab",
    "gilgit baltistan": "Gilgit-Baltistan",
    "northern areas": "Gilgit-Baltistan",
    "azad kashmir": "Azad Kashmir",
    "azad jammu and kashmir": "Azad Kashmir",
    "ajk": "Azad Kashmir",
    "pakistan occupied kashmir": "Azad Kashmir",
    "pok": "Azad Kashmir",
    "islamabad capital territory": "Islamabad",
    "federal capital territory": "Islamabad",
}
# Admin1 names as the geocoder or GeoNames spell them, beyond PROVINCE_STRINGS; "Islamabad" here is the
# capital territory, while in an annotation list it is the city.
ADMIN1_NAMES = {**PROVINCE_STRINGS, "islamabad": "Islamabad"}
NOT_PLACES = frozenset({"notspecified", "not specified", "pakistan", "afghanistan", "india", "nan", ""})
# Source labels that name nobody: the annotators' words for unnamed attackers.
UNNAMED_SOURCES = frozenset(
    {"attackers", "unknown source", "unknown", "notspecified", "not specified", "nan", ""}
)
# Action-type labels of the annotation, as GTD attack types; Unknown and NotSpecified give none.
ACTION_TYPES = {
    "armed assault": AttackType.ARMED_ASSAULT,
    "bombing explosion": AttackType.BOMBING,
    "assassination": AttackType.ASSASSINATION,
    "kidnapping": AttackType.KIDNAPPING,
    "hostage taking kidnapping": AttackType.KIDNAPPING,
    "barricade incident": AttackType.BARRICADE,
    "hijacking": AttackType.HIJACKING,
    "facility infrastructure attack": AttackType.FACILITY,
    "unarmed assault": AttackType.UNARMED_ASSAULT,
}
# Generic words for the kind of place, which annotators keep or drop freely ("Tirah Valley", "Kech District").
SATP_CONVENTION = (
    "SATP convention: security operations against the gold group left out; a faction or affiliate "
    "counts for its parent group and the reverse"
)


class RelevanceCase(Protocol):
    @property
    def article(self) -> Article: ...

    @property
    def split_key(self) -> str: ...

    @property
    def relevant(self) -> bool: ...


class AnnotatedCase(RelevanceCase, Protocol):
    @property
    def country(self) -> str: ...

    @property
    def relevant_votes(self) -> tuple[bool, ...]: ...

    @property
    def places(self) -> tuple[str, ...]: ...

    @property
    def sources(self) -> tuple[str, ...]: ...

    @property
    def action_types(self) -> tuple[str, ...]: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class NameTools:
    """What the SATP adapter needs from the rest of waqia, passed in (the evaluation depends on no stage).

    Attributes:
        resolve_actor: a free-text group name to the actor dictionary's actor, or None.
        place_key: a place name to a comparison key in which known aliases coincide.
        provinces_of: the provinces (admin1 names) a Pakistani town or district name can be in, by an
            independent gazetteer; used to give a province to paragraphs annotated with a place only.
        lineage_of: the canonical names of an actor and of the groups it is a faction or affiliate of.
    """

    resolve_actor: Callable[[str], Actor | None]
    place_key: Callable[[str], str] = fold_text
    provinces_of: Callable[[str], frozenset[str]] = lambda name: frozenset()
    lineage_of: Callable[[Actor], tuple[str, ...]] = lambda actor: (actor.name,)


def measure_relevance(results: CaseResults[RelevanceCase]) -> tuple[Figure, ...]:
    """Relevance precision, recall and F1 (satp_osorio/satp_terrorism.csv)."""
    tally = BinaryTally()
    for case, mentions in results:
        tally.add(gold=case.relevant, predicted=reports_violence(mentions))
    return (make_f1("relevance F1", tally.detection(), support=tally.rows, target=RELEVANCE_TARGET),)


def measure_annotated(results: CaseResults[AnnotatedCase], *, names: NameTools) -> tuple[Figure, ...]:
    """Relevance on every paragraph, then province, place, perpetrator and action type in Pakistan."""
    relevance, relevance_pk, agreement = BinaryTally(), BinaryTally(), BinaryTally()
    pakistan = [
        (case, mentions) for case, mentions in results if case.country == "pakistan" and case.relevant
    ]
    for case, mentions in results:
        predicted = reports_violence(mentions)
        relevance.add(gold=case.relevant, predicted=predicted)
        if case.country == "pakistan":
            relevance_pk.add(gold=case.relevant, predicted=predicted)
        if len(case.relevant_votes) > 1:
            agreement.add(gold=case.relevant_votes[0], predicted=case.relevant_votes[1])
    return (
        make_f1("relevance F1", relevance.detection(), support=relevance.rows),
        make_f1("relevance F1, Pakistan paragraphs", relevance_pk.detection(), support=relevance_pk.rows),
        make_f1(
            "relevance F1, annotator 1 vs 2 (agreement ceiling, not waqia)",
            agreement.detection(),
            support=agreement.rows,
        ),
        *_measure_provinces(pakistan, names=names),
        *_measure_places(pakistan, names=names),
        *_measure_perpetrators(pakistan, names=names),
        *_measure_action_types(pakistan),
    )


def province_of(name: str | None) -> str | None:
    """The canonical province an admin1 name or annotation string names, or None."""
    return ADMIN1_NAMES.get(fold_text(name)) if name else None


def annotated_province(places: Sequence[str]) -> str | None:
    """The province an annotation names, when it names exactly one."""
    found = {PROVINCE_STRINGS[key] for place in places if (key := fold_text(place)) in PROVINCE_STRINGS}
    return found.pop() if len(found) == 1 else None


def gold_places(places: Sequence[str]) -> list[str]:
    """The annotated places below province level; an annotation "X of Y" ("Khyber Agency of Federally
    Administered Tribal Areas", "Tirah valley of Khyber") names X and, as its district, Y."""
    parts = [part for place in places for part in (place, *_OF_PLACE.split(place)) if part.strip()]
    return list(
        dict.fromkeys(
            part.strip()
            for part in parts
            if (key := fold_text(part)) not in PROVINCE_STRINGS and key not in NOT_PLACES
        )
    )


_OF_PLACE = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?", re.IGNORECASE)


def looked_up_province(places: Sequence[str], *, provinces_of: Callable[[str], frozenset[str]]) -> str | None:
    """The one province every unambiguous annotated place lies in, by the gazetteer; else None."""
    found: set[str] = set()
    for place in gold_places(places):
        candidates = {province for name in provinces_of(place) if (province := province_of(name))}
        if len(candidates) == 1:
            found |= candidates
    return found.pop() if len(found) == 1 else None


def _primary(mentions: tuple[Mention, ...]) -> Mention | None:
    return choose_primary(mentions, prefer=is_political_violence)


def _measure_provinces(pakistan: CaseResults[AnnotatedCase], *, names: NameTools) -> tuple[Figure, ...]:
    annotated_right = annotated_total = looked_right = looked_total = 0
    for case, mentions in pakistan:
        primary = _primary(mentions)
        predicted = province_of(primary.place.admin1) if primary and primary.place else None
        gold = annotated_province(case.places)
        if gold is not None:
            annotated_total += 1
            annotated_right += predicted == gold
        gold = gold or looked_up_province(case.places, provinces_of=names.provinces_of)
        if gold is not None:
            looked_total += 1
            looked_right += predicted == gold
    return (
        make_rate("PK province (annotated)", annotated_right, annotated_total, target=PROVINCE_TARGET),
        make_rate(
            "PK province (annotated, else the annotated place's province in GeoNames)",
            looked_right,
            looked_total,
            target=PROVINCE_TARGET,
        ),
    )


# A city's districts named by their part of it ("Karachi East"): the annotators name the city.
_CITY_DISTRICT = re.compile(r"^(?P<city>.+?)\s+(?:East|West|North|South|Central)$")


def _city_of_district(district: str | None) -> str | None:
    """The city a district named after its part of the city lies in: "Karachi" for "Karachi East"."""
    match = _CITY_DISTRICT.match(district or "")
    return match.group("city") if match else None


def _measure_places(pakistan: CaseResults[AnnotatedCase], *, names: NameTools) -> tuple[Figure, ...]:
    name_right = district_right = total = 0
    for case, mentions in pakistan:
        gold = {place_key_of(place, place_key=names.place_key) for place in gold_places(case.places)}
        if not gold:
            continue
        total += 1
        primary = _primary(mentions)
        place = primary.place if primary else None
        if place is None:
            continue
        name_ok = place_key_of(place.name, place_key=names.place_key) in gold
        district_ok = name_ok or any(
            place_key_of(unit, place_key=names.place_key) in gold
            for unit in (place.admin2, place.admin3, _city_of_district(place.admin2))
            if unit
        )
        name_right += name_ok
        district_right += district_ok
    return (
        make_rate("PK place: location is an annotated place", name_right, total, target=PLACE_TARGET),
        make_rate(
            "PK place: location or its district is an annotated place",
            district_right,
            total,
            target=PLACE_TARGET,
        ),
    )


def _measure_perpetrators(pakistan: CaseResults[AnnotatedCase], *, names: NameTools) -> tuple[Figure, ...]:
    right = total = convention_right = convention_total = 0
    for case, mentions in pakistan:
        gold = {
            actor
            for source in case.sources
            if fold_text(source) not in UNNAMED_SOURCES and (actor := names.resolve_actor(source)) is not None
        }
        if not gold:
            continue
        primary = _primary(mentions)
        acted = primary.perpetrator if primary else None
        predicted = (names.resolve_actor(acted.name) or acted) if acted else None
        ok = predicted is not None and predicted.name in {actor.name for actor in gold}
        total += 1
        right += ok
        # SATP names the militant group as the source even when security forces acted against it.
        operation_against_gold = (
            not ok
            and predicted is not None
            and predicted.actor_type is ActorType.STATE_FORCES
            and all(actor.actor_type is not ActorType.STATE_FORCES for actor in gold)
        )
        if not operation_against_gold:
            convention_total += 1
            convention_right += ok or (
                predicted is not None and any(_same_family(predicted, actor, names) for actor in gold)
            )
    return (
        make_rate("PK perpetrator (gold names a group)", right, total, target=PERPETRATOR_TARGET),
        make_rate(
            "PK perpetrator (gold names a group)",
            convention_right,
            convention_total,
            convention=SATP_CONVENTION,
            target=PERPETRATOR_TARGET,
        ),
    )


def _same_family(one: Actor, other: Actor, names: NameTools) -> bool:
    """One actor is the other, or a faction or affiliate of it (JuA of the TTP, ISKP of the Islamic State)."""
    return one.name in names.lineage_of(other) or other.name in names.lineage_of(one)


def _measure_action_types(pakistan: CaseResults[AnnotatedCase]) -> tuple[Figure, ...]:
    tally = LabelTally()
    primary_right = 0
    for case, mentions in pakistan:
        gold = {attack for label in case.action_types if (attack := ACTION_TYPES.get(fold_text(label)))}
        if not gold:
            continue
        predicted = {
            attack
            for mention in main_mentions(mentions)
            if (attack := attack_type_of(mention, case.article.text)) is not None
        }
        tally.add(gold=gold, predicted=predicted)
        primary = _primary(mentions)
        primary_right += primary is not None and attack_type_of(primary, case.article.text) in gold
    return (
        make_rate("PK action type: primary mention's GTD type is a gold type", primary_right, tally.rows),
        *make_label_figures("PK action type (GTD types, multi-label)", tally, labels=())[:2],
    )
