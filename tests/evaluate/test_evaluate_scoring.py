"""The spec scorer on hand-built gold and predictions."""

from __future__ import annotations

import json

import pytest

from waqia.errors import EvaluationError
from waqia.evaluate.scoring import can_pair, dates_agree, fold_text, pair_events, place_key_of, score
from waqia.evaluate.spec_events import SpecArticle, SpecEvent, parse_spec_lines

BOMB = "Explosions/Remote violence"


def ev(**fields: object) -> SpecEvent:
    base: dict[str, object] = {"role": "main", "event_type": BOMB, "sub_event_type": "Suicide bomb"}
    base.update(fields)
    return SpecEvent(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("predicted", "gold", "precision", "expected"),
    [
        ("2025-03-10", "2025-03-11", "day", True),
        ("2025-03-10", "2025-03-12", "day", False),
        ("2025-03", "2025-03-12", "day", False),
        ("2025-03-30", "2025-03", "month", True),
        ("2025-04-01", "2025-03", "month", False),
        ("2024-06-01", "2024", "year", True),
        (None, "2024", "year", False),
    ],
)
def test_dates_agree(predicted: str | None, gold: str, precision: str, expected: bool) -> None:
    assert dates_agree(predicted, gold, gold_precision=precision) is expected


def test_pairing_needs_the_same_type_and_date_or_province() -> None:
    assert can_pair(ev(event_date="2025-03-10"), ev(event_date="2025-03-10"))
    assert not can_pair(ev(event_date="2025-03-10", event_type="Battles"), ev(event_date="2025-03-10"))
    assert can_pair(ev(admin1="Balochistan"), ev(admin1="balochistan", event_date="2025-03-10"))
    assert not can_pair(ev(admin1="Sindh"), ev(admin1="Balochistan"))


def test_pairing_maximises_total_similarity() -> None:
    gold = [ev(event_date="2025-03-10", admin1="Sindh"), ev(event_date="2025-03-10", admin1="Punjab")]
    predicted = [ev(event_date="2025-03-10", admin1="Punjab"), ev(event_date="2025-03-10", admin1="Sindh")]
    assert pair_events(predicted, gold) == [(0, 1), (1, 0)]


def test_score_counts_detection_fields_and_dedup() -> None:
    gold = [
        SpecArticle(
            article_id="a",
            events=(ev(event_date="2025-03-10", killed_min=9, admin1="Sindh", event_key="k1"),),
        ),
        SpecArticle(
            article_id="b",
            events=(ev(event_date="2025-03-11", killed_min=12, admin1="Sindh", event_key="k1"),),
        ),
        SpecArticle(article_id="c", events=()),
    ]
    predicted = [
        SpecArticle(
            article_id="a", events=(ev(event_date="2025-03-10", killed_min=9, admin1="Sindh", event_id="e1"),)
        ),
        SpecArticle(
            article_id="b",
            events=(ev(event_date="2025-03-11", killed_min=10, admin1="Sindh", event_id="e1"),),
        ),
        SpecArticle(article_id="c", events=(ev(event_date="2025-03-01", role="background"),)),
    ]
    report = score(predicted, gold)
    assert report.detection_all.true_positives == 2
    assert report.detection_all.predicted == 3
    assert report.detection_main.precision == 1.0
    killed = next(f for f in report.fields if f.field == "killed_min")
    assert (killed.correct, killed.total) == (1, 2)
    assert (report.dedup.true_positives, report.dedup.predicted, report.dedup.gold) == (1, 1, 1)


def test_missing_prediction_counts_as_nothing_found() -> None:
    gold = [SpecArticle(article_id="a", events=(ev(event_date="2025-03-10"),))]
    report = score([], gold)
    assert report.detection_all.recall == 0.0
    assert report.missing_predictions == ("a",)


def test_parse_spec_lines_reads_fields_and_names_bad_lines() -> None:
    line = json.dumps(
        {
            "article_id": "x",
            "events": [{"role": "main", "killed_min": "3", "evidence": [{"start": 0, "end": 4}]}],
        }
    )
    (article,) = parse_spec_lines([line, ""], name="gold.jsonl")
    assert article.events[0].killed_min == 3
    assert article.events[0].evidence == ((0, 4),)
    with pytest.raises(EvaluationError, match=r"gold\.jsonl:2"):
        list(parse_spec_lines([line, "{not json"], name="gold.jsonl"))


def test_fold_text_ignores_case_accents_and_punctuation() -> None:
    assert fold_text("Khuzdār") == fold_text("KHUZDAR")
    assert fold_text("D.I. Khan") == "d i khan"


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Borno State", "Borno", True),
        ("Diyala Governorate", "Diyala", True),
        ("Ta'izz", "Taizz", True),
        ("Tirah Valley", "Tirah", True),
        ("Kuwait City", "Kuwait", True),
        ("Borno", "Yobe", False),
        ("District", "District", True),
    ],
)
def test_place_keys_ignore_kind_words_and_apostrophes(one: str, other: str, same: bool) -> None:
    assert (place_key_of(one, place_key=fold_text) == place_key_of(other, place_key=fold_text)) is same
