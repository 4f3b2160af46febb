"""Reference-set adapters on hand-built cases and mentions: mappings, conventions, splits and figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from waqia.evaluate.attack_types import AttackType, attack_type_of_phrase
from waqia.evaluate.datasets.actions import measure_action_labels
from waqia.evaluate.datasets.case2021 import measure_case2021
from waqia.evaluate.datasets.gtd import NO_FIGURE_IS_ZERO, PERPETRATORS_COUNT, measure_gtd
from waqia.evaluate.datasets.satp import (
    SATP_CONVENTION,
    NameTools,
    _city_of_district,
    annotated_province,
    gold_places,
    looked_up_province,
    measure_annotated,
    measure_relevance,
)
from waqia.evaluate.datasets.wiki import measure_wiki
from waqia.evaluate.figures import Figure, LabelTally
from waqia.evaluate.mentions import choose_primary, reports_violence
from waqia.evaluate.report import DatasetReport, format_dataset_markdown, measure_by_split, report_rows
from waqia.evaluate.splits import Split, choose_sample, split_of, text_key
from waqia.model import (
    Actor,
    ActorType,
    Article,
    Casualties,
    DatePrecision,
    DateSpan,
    Evidence,
    EvidenceField,
    Mention,
    Place,
    Role,
    SubEventType,
    Target,
)

S = SubEventType
TTP = Actor(name="Tehrik-i-Taliban Pakistan", actor_type=ActorType.REBEL_GROUP)
ARMY = Actor(name="Pakistan Army", actor_type=ActorType.STATE_FORCES)
JUA = Actor(name="Jamaat-ul-Ahrar", actor_type=ActorType.REBEL_GROUP, parent=TTP.name)
ACTORS = {
    "ttp": TTP,
    "tehreek e taliban pakistan": TTP,
    "pakistan army": ARMY,
    "tehrik-i-taliban pakistan": TTP,
}


def mention(
    sub_type: SubEventType,
    *,
    role: Role = Role.MAIN,
    trigger: str = "",
    place: Place | None = None,
    perpetrator: Actor | None = None,
    target: Target | None = None,
    killed: int | None = None,
    injured: int | None = None,
) -> Mention:
    evidence = (
        Evidence(field=EvidenceField.EVENT_TYPE, start=0, end=len(trigger), text=trigger, producer="t"),
    )
    return Mention(
        mention_id=f"m-{sub_type.name}-{trigger}",
        article_id="a",
        role=role,
        event_type=sub_type.event_type,
        sub_event_type=sub_type,
        when=DateSpan(earliest=date(2024, 3, 1), latest=date(2024, 3, 1), precision=DatePrecision.DAY),
        place=place,
        perpetrator=perpetrator,
        target=target,
        casualties=Casualties(killed_min=killed, injured_min=injured),
        evidence=evidence if trigger else (),
    )


def town(name: str, admin1: str, admin2: str | None = None, country: str = "Pakistan") -> Place:
    return Place(name=name, admin1=admin1, admin2=admin2, country=country)


def article(text: str) -> Article:
    return Article(article_id=f"a-{text}", text=text)


@dataclass(frozen=True)
class Row:
    """A reference row: its text is its article and its split key."""

    text: str

    @property
    def article(self) -> Article:
        return article(self.text)

    @property
    def split_key(self) -> str:
        return self.text


@dataclass(frozen=True)
class RelevanceRow(Row):
    relevant: bool = False


@dataclass(frozen=True)
class SatpRow(Row):
    places: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    action_types: tuple[str, ...] = ()
    country: str = "pakistan"
    relevant_votes: tuple[bool, ...] = (True,)

    @property
    def relevant(self) -> bool:
        return any(self.relevant_votes)


def figure(figures: tuple[Figure, ...], measure: str, *, convention: str = "") -> Figure:
    return next(f for f in figures if f.measure == measure and f.convention == convention)


def resolve(name: str) -> Actor | None:
    return ACTORS.get(name.lower())


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("suicide car bombing", AttackType.BOMBING),
        ("shooting", AttackType.ARMED_ASSAULT),
        ("stabbing", AttackType.ARMED_ASSAULT),
        ("arson", AttackType.FACILITY),
        ("hostage-taking", AttackType.BARRICADE),
        ("hostage crisis", AttackType.BARRICADE),
        ("kidnapping", AttackType.KIDNAPPING),
        ("kidnapping and murder", AttackType.KIDNAPPING),
        ("assassination", AttackType.ASSASSINATION),
        ("vehicular attack", AttackType.UNARMED_ASSAULT),
        ("unknown", None),
    ],
)
def test_attack_type_of_a_phrase(phrase: str, expected: AttackType | None) -> None:
    assert attack_type_of_phrase(phrase) == expected


def test_primary_mention_prefers_main_violence_over_background_and_arrests() -> None:
    background = mention(S.SUICIDE_BOMB, role=Role.BACKGROUND)
    arrest = mention(S.ARRESTS)
    attack = mention(S.ATTACK)
    assert choose_primary((background, arrest, attack)) is attack
    assert choose_primary((background, arrest)) is arrest
    assert choose_primary((background,)) is background
    assert choose_primary(()) is None
    assert not reports_violence((background, arrest))
    assert reports_violence((arrest, mention(S.LOOTING_PROPERTY_DESTRUCTION)))


def test_relevance_counts_main_violence_only() -> None:
    results = [
        (RelevanceRow("a", True), (mention(S.ATTACK),)),
        (RelevanceRow("b", True), (mention(S.ATTACK, role=Role.BACKGROUND),)),
        (RelevanceRow("c", False), (mention(S.GRENADE),)),
        (RelevanceRow("d", False), (mention(S.PEACEFUL_PROTEST),)),
    ]
    (f1,) = measure_relevance(results)
    assert f1.value == pytest.approx(0.5)
    assert f1.counts == "tp 1, fp 1, fn 1"
    assert f1.target == 0.90


def test_satp_places_and_provinces_from_an_annotation() -> None:
    places = ("Karachi", "Sindh", "NotSpecified", "Korangi")
    assert annotated_province(places) == "Sindh"
    assert annotated_province(("FATA", "Khyber Pakhtunkhwa")) == "Khyber Pakhtunkhwa"
    assert annotated_province(("Sindh", "Punjab")) is None
    assert gold_places(places) == ["Karachi", "Korangi"]
    # "X of Y" names X and, as its district, Y; a province after "of" is still no place below province.
    assert gold_places(("Khyber Agency of Federally Administered Tribal Areas", "Tirah")) == [
        "Khyber Agency of Federally Administered Tribal Areas",
        "Khyber Agency",
        "Tirah",
    ]
    assert gold_places(("Tirah valley of Khyber",)) == ["Tirah valley of Khyber", "Tirah valley", "Khyber"]
    lookup = {"quetta": frozenset({"Balochistan"}), "khar": frozenset({"Khyber Pakhtunkhwa", "Punjab"})}

    def provinces_of(name: str) -> frozenset[str]:
        return lookup.get(name.lower(), frozenset())

    assert looked_up_province(("Quetta",), provinces_of=provinces_of) == "Balochistan"
    assert looked_up_province(("Khar",), provinces_of=provinces_of) is None


def test_satp_annotated_fields_and_the_security_operation_convention() -> None:
    names = NameTools(
        resolve_actor=resolve,
        provinces_of=lambda name: frozenset({"Balochistan"}),
        lineage_of=lambda actor: (actor.name, actor.parent) if actor.parent else (actor.name,),
    )
    quetta = town("Quetta", "Balochistan", "Quetta")
    results = [
        # Right province, place and group.
        (
            SatpRow(
                "one",
                places=("Quetta", "Balochistan"),
                sources=("militants", "TTP"),
                action_types=("Armed Assault",),
            ),
            (mention(S.ATTACK, place=quetta, perpetrator=TTP),),
        ),
        # The army acted against the group SATP names as the source.
        (
            SatpRow(
                "two", places=("Tirah Valley", "Khyber Pakhtunkhwa"), sources=("Tehreek e Taliban Pakistan",)
            ),
            (mention(S.ARMED_CLASH, place=town("Tirah", "Khyber Pakhtunkhwa", "Khyber"), perpetrator=ARMY),),
        ),
        # A faction of the group SATP names: right under SATP's convention only.
        (SatpRow("five", sources=("TTP",)), (mention(S.SUICIDE_BOMB, perpetrator=JUA),)),
        # No province annotated; the gazetteer gives it. Nothing extracted.
        (SatpRow("three", places=("Quetta",), action_types=("Bombing/Explosion",)), ()),
        # Not relevant, outside Pakistan: relevance only.
        (SatpRow("four", country="india", relevant_votes=(False, False)), ()),
    ]
    figures = measure_annotated(results, names=names)
    assert figure(figures, "PK province (annotated)").detail == "2/2"
    looked_up = figure(figures, "PK province (annotated, else the annotated place's province in GeoNames)")
    assert looked_up.detail == "2/3"
    assert figure(figures, "PK place: location is an annotated place").detail == "2/3"
    strict = figure(figures, "PK perpetrator (gold names a group)")
    assert strict.detail == "1/3"
    assert figure(figures, "PK perpetrator (gold names a group)", convention=SATP_CONVENTION).detail == "2/2"
    assert figure(figures, "PK action type: primary mention's GTD type is a gold type").detail == "1/2"
    agreement = figure(figures, "relevance F1, annotator 1 vs 2 (agreement ceiling, not waqia)")
    assert agreement.support == 1


@dataclass(frozen=True)
class GtdRow(Row):
    attack_type: str = ""
    killed: int | None = None
    wounded: int | None = None


def test_gtd_strict_and_convention_figures() -> None:
    results = [
        (
            GtdRow("a", "Bombing/Explosion", 2, 5),
            (mention(S.REMOTE_EXPLOSIVE_LANDMINE_IED, killed=2, injured=5),),
        ),
        (GtdRow("b", "Armed Assault", 0, 0), (mention(S.ATTACK),)),
        (
            GtdRow("Police defused a bomb left at the gate.", "Bombing/Explosion", 0, None),
            (mention(S.DISRUPTED_WEAPONS_USE),),
        ),
        (GtdRow("d", "Unknown", 1, 1), ()),
    ]
    figures = measure_gtd(results)
    assert figure(figures, "attack type micro F1").detail == "P 0.67 R 0.67"
    # Bombing: P 1, R 1/2 -> F1 2/3; Armed Assault F1 1; the Unknown row is left out.
    assert figure(figures, "attack type macro F1").value == pytest.approx((2 / 3 + 1) / 2)
    assert figure(figures, "killed exact").detail == "1/4"
    assert figure(figures, "killed exact", convention=NO_FIGURE_IS_ZERO).detail == "3/4"
    assert figure(figures, "injured exact").detail == "1/3"
    convention = next(f for f in figures if f.measure == "attack type micro F1" and f.convention)
    assert convention.value == pytest.approx(1.0)


def test_gtd_perpetrators_row_adds_attackers_outside_battles() -> None:
    def one_attacker(mention: Mention, text: str) -> int | None:
        return 1

    results = [
        # A suicide bomber died with two victims: GTD's nkill is 3.
        (GtdRow("a", "Bombing/Explosion", 3, None), (mention(S.SUICIDE_BOMB, killed=2),)),
        # A clash's killed already counts every death: nothing is added.
        (GtdRow("b", "Armed Assault", 4, None), (mention(S.ARMED_CLASH, killed=4),)),
        # Only victims reported, and GTD agrees: adding the attacker makes it wrong.
        (GtdRow("c", "Armed Assault", 1, None), (mention(S.ATTACK, killed=1),)),
    ]
    assert all(f.convention != PERPETRATORS_COUNT for f in measure_gtd(results))
    figures = measure_gtd(results, read_attackers=one_attacker)
    assert figure(figures, "killed exact", convention=PERPETRATORS_COUNT).detail == "2/3"
    assert figure(figures, "killed exact", convention=NO_FIGURE_IS_ZERO).detail == "2/3"


@dataclass(frozen=True)
class WikiRow(Row):
    types: tuple[str, ...] = ()
    victims_killed: int | None = None
    injured: int | None = None
    place: str | None = None
    country: str | None = None
    perpetrator: str | None = None


def test_wiki_figures() -> None:
    results = [
        (
            WikiRow(
                "a",
                types=("shooting", "arson"),
                victims_killed=3,
                place="Peshawar",
                country="Pakistan",
                perpetrator="TTP",
            ),
            (mention(S.ATTACK, killed=3, place=town("Peshawar", "Khyber Pakhtunkhwa"), perpetrator=TTP),),
        ),
        (
            WikiRow(
                "b", types=("bombing",), victims_killed=0, injured=2, place="Kabul", country="Afghanistan"
            ),
            (mention(S.SUICIDE_BOMB, injured=2, place=town("Kabul", "Kabul", country="Afghanistan")),),
        ),
        # The table names a group the text does not: a miss, left out of the second perpetrator row.
        (WikiRow("c", types=("unknown",), perpetrator="TTP"), ()),
        (WikiRow("d", perpetrator="Nobody Known"), ()),
    ]
    figures = measure_wiki(
        results,
        resolve_actor=resolve,
        groups_named=lambda text: frozenset({TTP.name}) if text == "a" else frozenset(),
    )
    assert figure(figures, "type: primary mention's GTD type is a row type").detail == "2/2"
    assert figure(figures, "dead (victims) exact").detail == "1/2"
    assert figure(figures, "injured exact").detail == "1/1"
    assert figure(figures, "perpetrator (gold resolves to a known group)").detail == "1/2"
    assert figure(figures, "perpetrator (gold resolves to a known group the text names)").detail == "1/1"
    assert figure(figures, "country").detail == "2/2"
    assert figure(figures, "place (location, admin1 or admin2)").detail == "2/2"


@dataclass(frozen=True)
class LabelRow(Row):
    labels: frozenset[str] = field(default_factory=frozenset)


def test_action_labels_read_through_attack_types() -> None:
    results = [
        (LabelRow("a", frozenset({"Bombing"})), (mention(S.GRENADE),)),
        (LabelRow("b", frozenset({"Kidnapping", "Other"})), (mention(S.ABDUCTION_FORCED_DISAPPEARANCE),)),
        (LabelRow("c", frozenset({"ArmedAssault"})), (mention(S.ATTACK, role=Role.BACKGROUND),)),
    ]
    figures = measure_action_labels(results)
    assert figure(figures, "action label micro F1").counts == "tp 2, fp 0, fn 2"
    assert figure(figures, "action label F1: Other").value == 0.0
    assert figure(figures, "action label F1: Bombing").value == 1.0


@dataclass(frozen=True)
class Snippet(Row):
    label: str = ""


def test_case2021_weighted_f1_and_silence_on_other_labels() -> None:
    results = [
        (Snippet("a", "SUIC_BOMB"), (mention(S.SUICIDE_BOMB),)),
        (Snippet("b", "SUIC_BOMB"), (mention(S.REMOTE_EXPLOSIVE_LANDMINE_IED),)),
        (Snippet("c", "PEACE_PROTEST"), (mention(S.PEACEFUL_PROTEST),)),
        (Snippet("d", "NATURAL_DISASTER"), ()),
        (Snippet("e", "DIPLO"), (mention(S.AGREEMENT),)),
    ]
    figures = measure_case2021(results)
    weighted = figure(figures, "ACLED sub-type weighted F1")
    # Suicide bomb: P 1, R 0.5 -> F1 2/3 on support 2; peaceful protest F1 1 on support 1.
    assert weighted.value == pytest.approx((2 / 3 * 2 + 1) / 3)
    assert weighted.target == 0.85
    assert figure(figures, "non-ACLED snippets with no event").detail == "1/2"


def test_label_tally_macro_counts_only_gold_labels() -> None:
    tally = LabelTally()
    tally.add(gold={"x"}, predicted={"x"})
    tally.add(gold={"y"}, predicted={"z"})
    assert tally.gold_labels() == ["x", "y"]
    assert tally.macro_f1() == pytest.approx(0.5)
    assert tally.micro().f1 == pytest.approx(0.5)


def test_splits_are_deterministic_halves_and_samples_keep_both() -> None:
    keys = [f"row {index}" for index in range(400)]
    halves = [split_of(key) for key in keys]
    assert halves == [split_of(key) for key in keys]
    assert 150 < halves.count(Split.DEV) < 250
    sample = choose_sample(keys, key=lambda key: key, limit=100)
    assert sample == choose_sample(list(reversed(keys)), key=lambda key: key, limit=100)[::-1]
    assert len(sample) == 100
    assert [key for key in keys if key in sample] == sample
    assert 30 < sum(split_of(key) is Split.DEV for key in sample) < 70
    assert choose_sample(keys, key=lambda key: key, limit=None) == keys


def test_report_by_split_and_its_markdown() -> None:
    results = [(RelevanceRow(f"text {index}", index % 3 == 0), (mention(S.ATTACK),)) for index in range(20)]
    splits = measure_by_split(results, measure=measure_relevance, splits=["dev", "heldout", "all"])
    assert [s.rows for s in splits][2] == 20
    assert splits[0].rows + splits[1].rows == 20
    report = DatasetReport(
        dataset="satp-relevance",
        source="satp_osorio/satp_terrorism.csv",
        rows=20,
        available=40,
        splits=splits,
        notes=("a note",),
        extractor="fake.v1",
        seconds=1.0,
    )
    header, rows = report_rows(report)
    assert header[0] == "measure"
    assert header[-1] == "target"
    assert rows[0][0] == "relevance F1"
    assert rows[0][-1] == "≥ 0.90"
    text = format_dataset_markdown(report)
    assert "a fixed sample of 20 of 40" in text
    assert "| relevance F1 |" in text
    assert "- a note" in text


def test_unseen_is_the_held_out_rows_no_other_set_has_as_dev_rows() -> None:
    results = [(RelevanceRow(f"text {index}", True), (mention(S.ATTACK),)) for index in range(40)]
    seen = {row.article.text for row, _ in results[::3]}
    splits = measure_by_split(
        results,
        measure=measure_relevance,
        splits=["heldout", "unseen"],
        seen_elsewhere=lambda row: row.article.text in seen,
    )
    held_out = [row for row, _ in results if split_of(row.split_key) is Split.HELD_OUT]
    assert splits[0].rows == len(held_out)
    assert splits[1].rows == len([row for row in held_out if row.article.text not in seen])
    assert 0 < splits[1].rows < splits[0].rows


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Students' Union-Revolutionary (ANNISUR-R) vandalised",
            "Students Union Revolutionary ANNISUR R vandalised",
        ),
        ("on February 11, reports Nagaland Post.", "on February 11 reports  Nagaland Post"),
        ("In Quetta", "IN QUETTA"),
    ],
)
def test_one_paragraph_copied_with_other_punctuation_has_one_text_key(first: str, second: str) -> None:
    assert text_key(first) == text_key(second)


def test_other_words_or_numbers_give_another_text_key() -> None:
    assert text_key("seven killed in Quetta") != text_key("seven killed in Quetta district")
    assert text_key("on February 11") != text_key("on February 12")


@pytest.mark.parametrize(
    ("district", "city"),
    [
        ("Karachi East", "Karachi"),
        ("Karachi Central", "Karachi"),
        ("Korangi", None),
        ("North Waziristan", None),
    ],
)
def test_a_district_named_after_its_part_of_a_city_lies_in_the_city(district: str, city: str | None) -> None:
    assert _city_of_district(district) == city


def test_wiki_country_reads_a_constituent_country_as_its_state() -> None:
    def row(key: str, country: str, predicted: str) -> tuple[WikiRow, tuple[Mention, ...]]:
        place = town("Town", "Province", country=predicted)
        return WikiRow(key, types=("bombing",), country=country), (mention(S.SUICIDE_BOMB, place=place),)

    results = [
        row("a", "Northern Ireland", "United Kingdom"),
        row("b", "West Bank", "Palestinian Territory"),
        row("c", "Burma", "Myanmar"),
        # A state that is gone is not its successor, and a neighbour is not the country.
        row("d", "West Germany", "Germany"),
        row("e", "Israel", "Palestinian Territory"),
    ]
    figures = measure_wiki(results, resolve_actor=resolve)
    assert figure(figures, "country").detail == "3/5"
