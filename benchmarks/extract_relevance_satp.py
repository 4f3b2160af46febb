"""Relevance precision/recall/F1 of rules.v1 on SATP paragraphs: a dev half and a held-out half (issue #3).

Usage: .venv/bin/python benchmarks/extract_relevance_satp.py [--data DIR] [--set terrorism|annotated]
       [--show N] [--strip-punctuation]

A paragraph is predicted relevant when the extractor finds a main event of political violence in it:
ACLED types Battles, Explosions/Remote violence or Violence against civilians, or property destruction by an
armed group (SATP counts arson by militants as a terrorist incident). The halves are fixed by the sha256 of
the paragraph text (even: dev, odd: held-out); rules were studied on dev rows only.

Sets (read from ../shared/data, never copied into the project):
- terrorism: satp_osorio/satp_terrorism.csv (is_relevant TRUE/FALSE, balanced sample), the primary figure;
- annotated: satp_annotated_osorio_lab/satp_annotated_master.csv (is_relevant True/False). Its labels mark
  paragraphs chosen for actor/target annotation, and many paragraphs reporting violence are False there, so
  its precision is a lower bound.

Known artefact of the terrorism set: every paragraph labelled FALSE has lost its punctuation, while most
paragraphs labelled TRUE kept theirs (docs/extraction.md). The rules never look at punctuation to decide
relevance, but punctuation changes the sentence split; `--strip-punctuation` removes it from every paragraph
so that both classes look alike, and is reported next to the primary figure.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from waqia.extract.events import VIOLENT_EVENT_TYPES
from waqia.extract.rules import build_extractor
from waqia.model import Article, Mention, Role, SubEventType, make_article_id

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = {
    "terrorism": ("satp_osorio/satp_terrorism.csv", "TRUE"),
    "annotated": ("satp_annotated_osorio_lab/satp_annotated_master.csv", "True"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    text: str
    relevant: bool
    half: str


@dataclass(slots=True, kw_only=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, *, gold: bool, predicted: bool) -> None:
        if gold and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    def report(self) -> str:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows = self.tp + self.fp + self.fn + self.tn
        return (
            f"n={rows} P={precision:.3f} R={recall:.3f} F1={f1:.3f} "
            f"(tp={self.tp} fp={self.fp} fn={self.fn} tn={self.tn})"
        )


def read_rows(path: Path, *, true_value: str) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Row(
                text=record["news"],
                relevant=record["is_relevant"] == true_value,
                half=half_of(record["news"]),
            )
            for record in csv.DictReader(handle)
            if record.get("news")
        ]


def strip_punctuation(text: str) -> str:
    """The text as the FALSE rows of the set come: punctuation replaced by spaces, spaces collapsed."""
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def half_of(text: str) -> str:
    return "dev" if int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "held-out"


def is_relevant(mentions: Iterable[Mention]) -> bool:
    return any(
        mention.role is Role.MAIN
        and (
            mention.event_type in VIOLENT_EVENT_TYPES
            or mention.sub_event_type is SubEventType.LOOTING_PROPERTY_DESTRUCTION
        )
        for mention in mentions
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--set", choices=sorted(SETS), default="terrorism")
    parser.add_argument("--show", type=int, default=0, help="print this many dev errors")
    parser.add_argument(
        "--strip-punctuation", action="store_true", help="remove punctuation from every paragraph first"
    )
    options = parser.parse_args()
    relative, true_value = SETS[options.set]
    path = options.data / relative
    if not path.exists():
        print(f"skipped: {path} is absent (the SATP reference data lives in ../shared/data)")
        return 0
    rows = read_rows(path, true_value=true_value)
    extractor = build_extractor()
    texts = [strip_punctuation(row.text) if options.strip_punctuation else row.text for row in rows]
    articles = [Article(article_id=make_article_id(url=None, text=text), text=text) for text in texts]
    counts = {"dev": Counts(), "held-out": Counts()}
    shown = 0
    started = time.perf_counter()
    for row, (_, mentions) in zip(rows, extractor.extract_many(articles), strict=True):
        predicted = is_relevant(mentions)
        counts[row.half].add(gold=row.relevant, predicted=predicted)
        if row.half == "dev" and predicted != row.relevant and shown < options.show:
            shown += 1
            kinds = [(m.role.value, m.sub_event_type.value) for m in mentions]
            print(f"{'FP' if predicted else 'FN'} {kinds}\n    {row.text[:300]}")
    seconds = time.perf_counter() - started
    stripped = ", punctuation stripped" if options.strip_punctuation else ""
    print(f"SATP {options.set} ({path.name}{stripped}), {len(rows)} paragraphs in {seconds:.1f} s")
    for half, count in counts.items():
        print(f"  {half:9s} {count.report()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
