"""Figures of a reference-set evaluation: rates, F1 scores and multi-label tallies, with their counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from waqia.evaluate.scoring import Detection


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """One measured figure on one subset of a reference set.

    Attributes:
        measure: what is measured ("relevance F1", "killed exact").
        value: the figure, or None when the subset holds nothing to measure.
        support: how many rows the figure is over.
        detail: a short account of it for tables ("538/616", "P 0.81 R 0.95").
        counts: the raw counts where `detail` does not give them ("tp 538, fp 129, fn 27").
        convention: empty for the strict figure; otherwise the dataset convention it follows, stated in
            words, so that no figure silently redefines a measure.
        target: the issue #3 target for this measure, if any.
    """

    measure: str
    value: float | None
    support: int
    detail: str = ""
    counts: str = ""
    convention: str = ""
    target: float | None = None


def make_rate(
    measure: str, correct: int, total: int, *, convention: str = "", target: float | None = None
) -> Figure:
    """A share of rows right: `correct` of `total`."""
    return Figure(
        measure=measure,
        value=correct / total if total else None,
        support=total,
        detail=f"{correct}/{total}",
        convention=convention,
        target=target,
    )


def make_f1(
    measure: str,
    detection: Detection,
    *,
    support: int,
    convention: str = "",
    target: float | None = None,
) -> Figure:
    """F1 of a detection, with precision, recall and the counts in the detail."""
    false_positives = detection.predicted - detection.true_positives
    false_negatives = detection.gold - detection.true_positives
    return Figure(
        measure=measure,
        value=detection.f1 if support else None,
        support=support,
        detail=f"P {detection.precision:.2f} R {detection.recall:.2f}",
        counts=f"tp {detection.true_positives}, fp {false_positives}, fn {false_negatives}",
        convention=convention,
        target=target,
    )


@dataclass(slots=True, kw_only=True)
class RateTally:
    """How many rows a check was right on, of how many it applied to."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += ok

    def figure(self, measure: str, *, convention: str = "", target: float | None = None) -> Figure:
        return make_rate(measure, self.correct, self.total, convention=convention, target=target)


@dataclass(slots=True, kw_only=True)
class BinaryTally:
    """Counts of a yes/no decision against gold (relevance)."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    true_negatives: int = 0

    def add(self, *, gold: bool, predicted: bool) -> None:
        if gold and predicted:
            self.true_positives += 1
        elif predicted:
            self.false_positives += 1
        elif gold:
            self.false_negatives += 1
        else:
            self.true_negatives += 1

    @property
    def rows(self) -> int:
        return self.true_positives + self.false_positives + self.false_negatives + self.true_negatives

    def detection(self) -> Detection:
        return Detection(
            true_positives=self.true_positives,
            predicted=self.true_positives + self.false_positives,
            gold=self.true_positives + self.false_negatives,
        )


@dataclass(slots=True, kw_only=True)
class LabelTally:
    """Per-label counts of multi-label (or single-label) predictions against gold label sets.

    A row contributes a true positive for each label in both sets, a false positive for each predicted
    label gold lacks, and a false negative for each gold label not predicted.
    """

    true_positives: dict[str, int] = field(default_factory=dict)
    predicted: dict[str, int] = field(default_factory=dict)
    gold: dict[str, int] = field(default_factory=dict)
    rows: int = 0

    def add(self, *, gold: Iterable[str], predicted: Iterable[str]) -> None:
        gold_set, predicted_set = set(gold), set(predicted)
        self.rows += 1
        for label in gold_set:
            self.gold[label] = self.gold.get(label, 0) + 1
        for label in predicted_set:
            self.predicted[label] = self.predicted.get(label, 0) + 1
        for label in gold_set & predicted_set:
            self.true_positives[label] = self.true_positives.get(label, 0) + 1

    def of(self, label: str) -> Detection:
        return Detection(
            true_positives=self.true_positives.get(label, 0),
            predicted=self.predicted.get(label, 0),
            gold=self.gold.get(label, 0),
        )

    def micro(self) -> Detection:
        return Detection(
            true_positives=sum(self.true_positives.values()),
            predicted=sum(self.predicted.values()),
            gold=sum(self.gold.values()),
        )

    def gold_labels(self) -> list[str]:
        """The labels gold uses in the rows added, in a fixed order."""
        return sorted(label for label, count in self.gold.items() if count)

    def macro_f1(self) -> float:
        """Mean F1 over the labels gold uses (a label only ever predicted does not get a column)."""
        labels = self.gold_labels()
        return sum(self.of(label).f1 for label in labels) / len(labels) if labels else 0.0

    def weighted_f1(self) -> float:
        """F1 per gold label, weighted by its gold support."""
        labels = self.gold_labels()
        total = sum(self.gold[label] for label in labels)
        return sum(self.of(label).f1 * self.gold[label] for label in labels) / total if total else 0.0


def make_label_figures(
    prefix: str,
    tally: LabelTally,
    *,
    labels: Iterable[str],
    targets: dict[str, float] | None = None,
    convention: str = "",
) -> tuple[Figure, ...]:
    """Micro-, macro- and weighted F1 of a tally, then F1 per label (in the order given).

    `targets` maps "micro F1", "macro F1", "weighted F1" to their targets.
    """
    goals = targets or {}
    micro = tally.micro()
    support = tally.rows
    n_labels = len(tally.gold_labels())
    figures = [
        make_f1(
            f"{prefix} micro F1", micro, support=support, convention=convention, target=goals.get("micro F1")
        ),
        Figure(
            measure=f"{prefix} macro F1",
            value=tally.macro_f1() if support else None,
            support=support,
            detail=f"{n_labels} labels",
            convention=convention,
            target=goals.get("macro F1"),
        ),
        Figure(
            measure=f"{prefix} weighted F1",
            value=tally.weighted_f1() if support else None,
            support=support,
            detail=f"{n_labels} labels, by support",
            convention=convention,
            target=goals.get("weighted F1"),
        ),
    ]
    figures.extend(
        make_f1(
            f"{prefix} F1: {label}", tally.of(label), support=tally.gold.get(label, 0), convention=convention
        )
        for label in labels
    )
    return tuple(figures)
