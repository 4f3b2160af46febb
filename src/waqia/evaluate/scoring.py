"""The evaluation spec's scorer: event pairing, detection, field accuracy and deduplication figures."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations, permutations

from waqia.evaluate.spec_events import SpecArticle, SpecEvent

# Exhaustive pairing is exact and cheap up to this many events on the smaller side of an article.
EXACT_PAIRING_LIMIT = 6

FIELDS = (
    "sub_event_type",
    "event_date",
    "admin1",
    "admin2",
    "location",
    "perpetrator",
    "claim_status",
    "target",
    "killed_min",
    "injured_min",
)

Normaliser = Callable[[str], str]


@dataclass(frozen=True, slots=True, kw_only=True)
class Detection:
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldScore:
    field: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationReport:
    articles: int
    detection_main: Detection
    detection_all: Detection
    fields: tuple[FieldScore, ...]
    dedup: Detection
    missing_predictions: tuple[str, ...]


def fold_text(value: str) -> str:
    """Case-, accent- and punctuation-insensitive form used to compare names."""
    decomposed = unicodedata.normalize("NFKD", value)
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    kept = "".join(ch if ch.isalnum() else " " for ch in letters.casefold())
    return " ".join(kept.split())


# Words that say what kind of unit a place is, which annotators and gazetteers add or drop ("Tirah Valley" and
# "Tirah", "Borno State" and "Borno", "Diyala Governorate" and "Diyala").
PLACE_KIND_WORDS = frozenset(
    {
        "district", "agency", "tehsil", "valley", "area", "town", "city", "village", "division", "bazaar",
        "state", "province", "governorate", "department", "region", "county", "oblast", "regency",
        "municipality", "prefecture",
    }
)  # fmt: skip


def place_key_of(name: str, *, place_key: Callable[[str], str]) -> str:
    """A place comparison key without kind words or apostrophes ("Ta'izz Governorate" = "Taizz")."""
    unquoted = name.replace("'", "").replace("\u2019", "")
    words = [word for word in fold_text(unquoted).split() if word not in PLACE_KIND_WORDS]
    return place_key(" ".join(words) or name)


def _parse_date(value: str | None) -> tuple[int, int | None, int | None] | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        numbers = [int(part) for part in parts[:3]]
    except ValueError:
        return None
    return (numbers[0], numbers[1] if len(numbers) > 1 else None, numbers[2] if len(numbers) > 2 else None)


def _as_day(parts: tuple[int, int | None, int | None]) -> date | None:
    year, month, day = parts
    if month is None or day is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def dates_agree(predicted: str | None, gold: str | None, *, gold_precision: str | None) -> bool:
    """Within one day at day precision, else the same month (or year when gold gives only a year)."""
    mine, theirs = _parse_date(predicted), _parse_date(gold)
    if mine is None or theirs is None:
        return False
    mine_day, their_day = _as_day(mine), _as_day(theirs)
    if gold_precision in (None, "day", "week") and their_day is not None:
        return mine_day is not None and abs((mine_day - their_day).days) <= 1
    if theirs[1] is None:
        return mine[0] == theirs[0]
    return mine[:2] == theirs[:2]


def date_at_gold_precision(predicted: str | None, gold: str | None, *, gold_precision: str | None) -> bool:
    """Field accuracy for event_date: equal once the prediction is cut to the gold's precision."""
    mine, theirs = _parse_date(predicted), _parse_date(gold)
    if mine is None or theirs is None:
        return False
    width = {"year": 1, "month": 2}.get(gold_precision or "", 3)
    width = min(width, sum(part is not None for part in theirs))
    return mine[:width] == theirs[:width]


def can_pair(predicted: SpecEvent, gold: SpecEvent) -> bool:
    """The spec's pairing condition: same event type, and same date (or same admin1 without a date)."""
    if (predicted.event_type or "") != (gold.event_type or ""):
        return False
    if predicted.event_date and gold.event_date:
        return dates_agree(predicted.event_date, gold.event_date, gold_precision=gold.date_precision)
    return bool(predicted.admin1 and gold.admin1 and fold_text(predicted.admin1) == fold_text(gold.admin1))


def _same(a: str | None, b: str | None, normalise: Normaliser) -> bool:
    return a is not None and b is not None and normalise(a) == normalise(b)


def field_matches(
    predicted: SpecEvent, gold: SpecEvent, *, place_names: Normaliser, actor_names: Normaliser
) -> dict[str, bool | None]:
    """Per field: True/False where gold has a value, None where it has none."""
    values: dict[str, bool | None] = {}
    values["sub_event_type"] = (
        None if gold.sub_event_type is None else predicted.sub_event_type == gold.sub_event_type
    )
    values["event_date"] = (
        None
        if gold.event_date is None
        else date_at_gold_precision(predicted.event_date, gold.event_date, gold_precision=gold.date_precision)
    )
    for name, normalise in (
        ("admin1", place_names),
        ("admin2", place_names),
        ("location", place_names),
        ("perpetrator", actor_names),
    ):
        gold_value = getattr(gold, name)
        values[name] = None if gold_value is None else _same(getattr(predicted, name), gold_value, normalise)
    for name in ("claim_status", "target", "killed_min", "injured_min"):
        gold_value = getattr(gold, name)
        values[name] = None if gold_value is None else getattr(predicted, name) == gold_value
    return values


def _similarity(
    predicted: SpecEvent, gold: SpecEvent, *, place_names: Normaliser, actor_names: Normaliser
) -> float:
    matches = field_matches(predicted, gold, place_names=place_names, actor_names=actor_names)
    role_bonus = 0.5 if predicted.role == gold.role else 0.0
    return 1.0 + sum(1 for ok in matches.values() if ok) + role_bonus


def pair_events(
    predicted: Sequence[SpecEvent],
    gold: Sequence[SpecEvent],
    *,
    place_names: Normaliser = fold_text,
    actor_names: Normaliser = fold_text,
) -> list[tuple[int, int]]:
    """One-to-one pairs (predicted index, gold index) of maximum total similarity."""
    weights = {
        (i, j): _similarity(p, g, place_names=place_names, actor_names=actor_names)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if can_pair(p, g)
    }
    if not weights:
        return []
    if min(len(predicted), len(gold)) <= EXACT_PAIRING_LIMIT and max(len(predicted), len(gold)) <= 9:
        return _exact_pairs(len(predicted), len(gold), weights)
    pairs: list[tuple[int, int]] = []
    used_p: set[int] = set()
    used_g: set[int] = set()
    for (i, j), _ in sorted(weights.items(), key=lambda item: -item[1]):
        if i not in used_p and j not in used_g:
            pairs.append((i, j))
            used_p.add(i)
            used_g.add(j)
    return sorted(pairs)


def _exact_pairs(n_pred: int, n_gold: int, weights: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    best: tuple[float, list[tuple[int, int]]] = (0.0, [])
    if n_pred <= n_gold:
        for chosen in permutations(range(n_gold), n_pred):
            pairs = [(i, j) for i, j in enumerate(chosen) if (i, j) in weights]
            total = sum(weights[pair] for pair in pairs)
            if total > best[0]:
                best = (total, pairs)
    else:
        for chosen in permutations(range(n_pred), n_gold):
            pairs = [(i, j) for j, i in enumerate(chosen) if (i, j) in weights]
            total = sum(weights[pair] for pair in pairs)
            if total > best[0]:
                best = (total, pairs)
    return sorted(best[1])


def score(
    predicted: Iterable[SpecArticle],
    gold: Iterable[SpecArticle],
    *,
    place_names: Normaliser = fold_text,
    actor_names: Normaliser = fold_text,
) -> EvaluationReport:
    """Score predictions against gold; a gold article with no prediction counts as predicting nothing."""
    predicted_by_id = {article.article_id: article for article in predicted}
    gold_articles = list(gold)
    tp_main = pred_main = gold_main = 0
    tp_all = pred_all = gold_all = 0
    correct = dict.fromkeys(FIELDS, 0)
    totals = dict.fromkeys(FIELDS, 0)
    paired_mentions: list[tuple[str, str | None, str | None]] = []
    missing: list[str] = []
    for gold_article in gold_articles:
        prediction = predicted_by_id.get(gold_article.article_id)
        if prediction is None:
            missing.append(gold_article.article_id)
        pred_events = prediction.events if prediction else ()
        gold_events = gold_article.events
        pairs = pair_events(pred_events, gold_events, place_names=place_names, actor_names=actor_names)
        pred_all += len(pred_events)
        gold_all += len(gold_events)
        tp_all += len(pairs)
        pred_main += sum(1 for e in pred_events if e.role == "main")
        gold_main += sum(1 for e in gold_events if e.role == "main")
        tp_main += sum(1 for i, j in pairs if pred_events[i].role == "main" and gold_events[j].role == "main")
        for i, j in pairs:
            matches = field_matches(
                pred_events[i], gold_events[j], place_names=place_names, actor_names=actor_names
            )
            for name, ok in matches.items():
                if ok is not None:
                    totals[name] += 1
                    correct[name] += int(ok)
            paired_mentions.append(
                (gold_article.article_id, pred_events[i].event_id, gold_events[j].event_key)
            )
    dedup = _dedup_pairs(paired_mentions)
    return EvaluationReport(
        articles=len(gold_articles),
        detection_main=Detection(true_positives=tp_main, predicted=pred_main, gold=gold_main),
        detection_all=Detection(true_positives=tp_all, predicted=pred_all, gold=gold_all),
        fields=tuple(FieldScore(field=name, correct=correct[name], total=totals[name]) for name in FIELDS),
        dedup=dedup,
        missing_predictions=tuple(missing),
    )


def _dedup_pairs(mentions: Sequence[tuple[str, str | None, str | None]]) -> Detection:
    """Pairwise "same event_id" against "same event_key" over paired mentions from different articles."""
    true_positives = predicted_same = gold_same = 0
    for (article_a, event_a, key_a), (article_b, event_b, key_b) in combinations(mentions, 2):
        if article_a == article_b:
            continue
        same_predicted = event_a is not None and event_a == event_b
        same_gold = key_a is not None and key_a == key_b
        predicted_same += same_predicted
        gold_same += same_gold
        true_positives += same_predicted and same_gold
    return Detection(true_positives=true_positives, predicted=predicted_same, gold=gold_same)
