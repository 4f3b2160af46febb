"""A reference-set evaluation by split, and its Markdown and JSON forms (figures with counts and targets)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import TypeVar

from waqia.evaluate.datasets import Case
from waqia.evaluate.figures import Figure
from waqia.evaluate.scoring import Detection, EvaluationReport
from waqia.evaluate.splits import Split, split_of
from waqia.model import Mention

C = TypeVar("C", bound=Case)
ALL = "all"
# Held-out rows whose paragraph is no dev row of another reference set: what no rule could be fitted to.
UNSEEN = "unseen"
SPLIT_TITLES = {
    Split.DEV.value: "dev",
    Split.HELD_OUT.value: "held-out",
    UNSEEN: "held-out, dev in no other set",
    ALL: "all",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class SplitFigures:
    """The figures on one split ("dev", "heldout"), on the held-out rows no other set has as dev rows
    ("unseen"), or on every row ("all")."""

    split: str
    rows: int
    figures: tuple[Figure, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class DatasetReport:
    """Every figure of one reference set.

    Attributes:
        dataset: the adapter name ("gtd").
        source: the file or folder read, relative to the reference-data folder.
        rows: rows evaluated; `available` rows were read (more when --limit sampled them).
        splits: figures per split, in the order dev, heldout, unseen, all (those requested).
        notes: what the adapter measures and its conventions.
    """

    dataset: str
    source: str
    rows: int
    available: int
    splits: tuple[SplitFigures, ...]
    notes: tuple[str, ...]
    extractor: str
    seconds: float


def measure_by_split(
    results: Sequence[tuple[C, tuple[Mention, ...]]],
    *,
    measure: Callable[[Sequence[tuple[C, tuple[Mention, ...]]]], tuple[Figure, ...]],
    splits: Sequence[str],
    seen_elsewhere: Callable[[C], bool] = lambda case: False,
) -> tuple[SplitFigures, ...]:
    """Run `measure` on each split named ("dev", "heldout", "unseen", "all") of the results.

    `seen_elsewhere` tells the rows that are dev rows of another reference set; "unseen" leaves them out
    of the held-out half.
    """
    measured = []
    for name in splits:
        if name == ALL:
            part = list(results)
        elif name == UNSEEN:
            part = [
                item
                for item in results
                if split_of(item[0].split_key) is Split.HELD_OUT and not seen_elsewhere(item[0])
            ]
        else:
            part = [item for item in results if split_of(item[0].split_key).value == name]
        measured.append(SplitFigures(split=name, rows=len(part), figures=measure(part)))
    return tuple(measured)


def _cell(figure: Figure | None) -> str:
    if figure is None or figure.value is None:
        return "–"
    return f"{figure.value:.3f} ({figure.detail})" if figure.detail else f"{figure.value:.3f}"


def _label(figure: Figure) -> str:
    return f"{figure.measure} [{figure.convention}]" if figure.convention else figure.measure


def report_rows(report: DatasetReport) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """The report as a table: a header (measure, each split, target) and one row per figure."""
    header = (
        "measure",
        *(f"{SPLIT_TITLES.get(s.split, s.split)} (n={s.rows})" for s in report.splits),
        "target",
    )
    first = report.splits[0].figures if report.splits else ()
    rows = []
    for index, figure in enumerate(first):
        cells = [
            _cell(split.figures[index] if index < len(split.figures) else None) for split in report.splits
        ]
        target = f"≥ {figure.target:.2f}" if figure.target is not None else ""
        rows.append((_label(figure), *cells, target))
    return header, rows


def format_markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A GitHub Markdown table; pipes inside cells are escaped."""

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    return "\n".join([line(header), line(["---"] * len(header)), *(line(row) for row in rows)])


def format_dataset_markdown(report: DatasetReport) -> str:
    """A Markdown section: heading, what was read, the figures table, and the adapter's notes."""
    sampled = (
        f", a fixed sample of {report.rows} of {report.available}" if report.rows < report.available else ""
    )
    header, rows = report_rows(report)
    lines = [
        f"### {report.dataset}",
        "",
        f"`{report.source}`: {report.rows} rows{sampled}; {report.extractor}, {report.seconds:.0f} s.",
        "",
        format_markdown_table(header, rows),
        "",
        *(f"- {note}" for note in report.notes),
        "",
    ]
    return "\n".join(lines)


def format_dataset_json(report: DatasetReport) -> str:
    return json.dumps(asdict(report), indent=2, ensure_ascii=False)


def spec_rows(report: EvaluationReport) -> list[tuple[str, str, str]]:
    """The spec scorer's figures as (measure, value, counts) rows."""
    rows: list[tuple[str, str, str]] = []

    def add_detection(label: str, detection: Detection) -> None:
        counts = f"{detection.true_positives}/{detection.predicted} pred, {detection.gold} gold"
        rows.append((f"{label} precision", f"{detection.precision:.3f}", counts))
        rows.append((f"{label} recall", f"{detection.recall:.3f}", ""))
        rows.append((f"{label} F1", f"{detection.f1:.3f}", ""))

    add_detection("main events", report.detection_main)
    add_detection("all events", report.detection_all)
    add_detection("dedup pairs", report.dedup)
    for field_score in report.fields:
        rows.append(
            (field_score.field, f"{field_score.accuracy:.3f}", f"{field_score.correct}/{field_score.total}")
        )
    return rows


def format_spec_markdown(report: EvaluationReport, *, title: str, notes: Sequence[str] = ()) -> str:
    """A Markdown section with the spec scorer's figures on a gold file."""
    lines = [
        f"### {title}",
        "",
        f"{report.articles} gold articles.",
        "",
        format_markdown_table(("measure", "value", "counts"), spec_rows(report)),
        "",
        *(f"- {note}" for note in notes),
        "",
    ]
    return "\n".join(lines)


def format_spec_json(report: EvaluationReport, *, title: str) -> str:
    payload = {"title": title, **asdict(report)}
    for name in ("detection_main", "detection_all", "dedup"):
        detection: Detection = getattr(report, name)
        payload[name] |= {"precision": detection.precision, "recall": detection.recall, "f1": detection.f1}
    return json.dumps(payload, indent=2, ensure_ascii=False)
