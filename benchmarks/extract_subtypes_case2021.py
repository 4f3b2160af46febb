"""Sub-type agreement of rules.v1 with CASE 2021 task 2 snippets (a sanity figure, issue #3).

Usage: .venv/bin/python benchmarks/extract_subtypes_case2021.py [--data DIR|TSV] [--show N]
       [--half dev|held-out|both] [--per-type] [--confusion]

Each snippet carries one fine-grained label (event_types_note.txt): 25 ACLED sub-types plus types outside
ACLED (natural and man-made disasters, organised crime, diplomacy, attribution). The prediction for a
snippet is the sub-type of its first main mention (else its first mention, else "none"). Reported per half
(sha256 of the snippet id: even dev, odd held-out): accuracy and support-weighted F1 over the ACLED-labelled
snippets, and how often a snippet labelled outside ACLED yields no event, and no main event (a snippet
whose news is a verdict or a funeral may recall an event, which is then background). The snippets are
mostly not about South Asia and carry no publication date, so only the sub-type is compared.

--relevance adds, per half, relevance as the SATP sets measure it: a row is relevant when its label is a
sub-type of political violence (battles, explosions/remote violence, violence against civilians, property
destruction) and predicted relevant when the extractor finds a main mention of one; every other row
(other sub-types, labels outside ACLED, NO_EVENT in the SATP-style sets) is a negative.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from waqia.evaluate.mentions import VIOLENT_EVENT_TYPES, reports_violence
from waqia.extract.rules import build_extractor
from waqia.model import Article, Mention, Role, SubEventType

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FILE = "case2021_task2/test_set_final_release_with_labels.tsv"
NONE = "none"
S = SubEventType
LABELS = {
    "ABDUCT_DISSAP": S.ABDUCTION_FORCED_DISAPPEARANCE,
    "AGREEMENT": S.AGREEMENT,
    "AIR_STRIKE": S.AIR_DRONE_STRIKE,
    "ARMED_CLASH": S.ARMED_CLASH,
    "ARREST": S.ARRESTS,
    "ART_MISS_ATTACK": S.SHELLING_ARTILLERY_MISSILE_ATTACK,
    "ATTACK": S.ATTACK,
    "CHANGE_TO_GROUP_ACT": S.CHANGE_TO_GROUP_ACTIVITY,
    "CHEM_WEAP": S.CHEMICAL_WEAPON,
    "DISR_WEAP": S.DISRUPTED_WEAPONS_USE,
    "FORCE_AGAINST_PROTEST": S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
    "GOV_REGAINS_TERIT": S.GOVERNMENT_REGAINS_TERRITORY,
    "GRENADE": S.GRENADE,
    "HQ_ESTABLISHED": S.HEADQUARTERS_OR_BASE_ESTABLISHED,
    "MOB_VIOL": S.MOB_VIOLENCE,
    "NON_STATE_ACTOR_OVERTAKES_TER": S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    "NON_VIOL_TERRIT_TRANSFER": S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
    "OTHER": S.OTHER,
    "PEACE_PROTEST": S.PEACEFUL_PROTEST,
    "PROPERTY_DISTRUCT": S.LOOTING_PROPERTY_DESTRUCTION,
    "PROTEST_WITH_INTER": S.PROTEST_WITH_INTERVENTION,
    "REM_EXPLOS": S.REMOTE_EXPLOSIVE_LANDMINE_IED,
    "SEX_VIOL": S.SEXUAL_VIOLENCE,
    "SUIC_BOMB": S.SUICIDE_BOMB,
    "VIOL_DEMONSTR": S.VIOLENT_DEMONSTRATION,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Snippet:
    snippet_id: str
    text: str
    label: str
    half: str


def read_snippets(path: Path) -> list[Snippet]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Snippet(
                snippet_id=record["id"],
                text=record["EventSnippet"],
                label=record["SubType"],
                half="dev"
                if int(hashlib.sha256(record["id"].encode()).hexdigest(), 16) % 2 == 0
                else "held-out",
            )
            for record in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def predict(mentions: tuple[Mention, ...]) -> str:
    main = [mention for mention in mentions if mention.role is Role.MAIN]
    chosen = main or list(mentions)
    return chosen[0].sub_event_type.value if chosen else NONE


@dataclass(frozen=True, slots=True, kw_only=True)
class LabelScore:
    label: str
    support: int
    precision: float
    recall: float
    f1: float


def score_labels(pairs: list[tuple[str, str]]) -> list[LabelScore]:
    """Precision, recall and F1 of every gold label, most frequent first."""
    scores = []
    for label, count in Counter(gold for gold, _ in pairs).most_common():
        tp = sum(1 for gold, predicted in pairs if gold == label and predicted == label)
        fp = sum(1 for gold, predicted in pairs if gold != label and predicted == label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / count
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(LabelScore(label=label, support=count, precision=precision, recall=recall, f1=f1))
    return scores


def is_violent_label(sub_type: SubEventType | None) -> bool:
    return sub_type is not None and (
        sub_type.event_type in VIOLENT_EVENT_TYPES or sub_type is S.LOOTING_PROPERTY_DESTRUCTION
    )


def relevance_line(counts: Counter[tuple[bool, bool]]) -> str:
    """F1, precision and recall of (gold relevant, predicted relevant) counts, with the counts."""
    tp, fp, fn = counts[(True, True)], counts[(False, True)], counts[(True, False)]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    tn = counts[(False, False)]
    return f"F1={f1:.3f} (P {precision:.2f} R {recall:.2f}; tp {tp}, fp {fp}, fn {fn}, tn {tn})"


def confusions(pairs: list[tuple[str, str]]) -> list[tuple[tuple[str, str], int]]:
    """The gold -> predicted disagreements with their counts, most frequent first."""
    return Counter((gold, predicted) for gold, predicted in pairs if gold != predicted).most_common()


def weighted_f1(pairs: list[tuple[str, str]]) -> float:
    scores = score_labels(pairs)
    support = sum(score.support for score in scores)
    return sum(score.f1 * score.support for score in scores) / support if support else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="data directory or a CASE-format TSV")
    parser.add_argument("--show", type=int, default=0, help="print this many dev disagreements")
    # While rules are written only the dev half is looked at; the held-out half is scored once at the end.
    parser.add_argument("--half", choices=("dev", "held-out", "both"), default="both", help="halves to score")
    parser.add_argument("--per-type", action="store_true", help="also print F1 per ACLED sub-type")
    # Counts only, never text: the held-out half's confusions can be read without reading its snippets.
    parser.add_argument(
        "--confusion", action="store_true", help="also print gold -> predicted counts of the disagreements"
    )
    parser.add_argument(
        "--relevance",
        action="store_true",
        help="also print relevance F1 (a main event of political violence)",
    )
    options = parser.parse_args()
    # --data names the shared data directory, or directly a snippet file in the CASE TSV format.
    path = options.data if options.data.is_file() else options.data / FILE
    if not path.exists():
        print(f"skipped: {path} is absent (the CASE 2021 reference data lives in ../shared/data)")
        return 0
    snippets = [snippet for snippet in read_snippets(path) if options.half in ("both", snippet.half)]
    extractor = build_extractor()
    articles = [Article(article_id=f"case-{snippet.snippet_id}", text=snippet.text) for snippet in snippets]
    results: dict[str, list[tuple[str, str]]] = {"dev": [], "held-out": []}
    outside: dict[str, Counter[bool]] = {"dev": Counter(), "held-out": Counter()}
    # A snippet outside ACLED may recall an earlier event (a verdict, a funeral): a background mention is
    # right there, so the rows with no main mention are counted too.
    outside_main: dict[str, Counter[bool]] = {"dev": Counter(), "held-out": Counter()}
    relevance: dict[str, Counter[tuple[bool, bool]]] = {"dev": Counter(), "held-out": Counter()}
    shown = 0
    for snippet, (_, mentions) in zip(snippets, extractor.extract_many(articles), strict=True):
        predicted = predict(mentions)
        gold = LABELS.get(snippet.label)
        relevance[snippet.half][(is_violent_label(gold), reports_violence(mentions))] += 1
        if gold is None:
            outside[snippet.half][predicted == NONE] += 1
            outside_main[snippet.half][not any(m.role is Role.MAIN for m in mentions)] += 1
            continue
        results[snippet.half].append((gold.value, predicted))
        if snippet.half == "dev" and predicted != gold.value and shown < options.show:
            shown += 1
            print(f"{gold.value} -> {predicted}\n    {snippet.text[:260]}")
    print(f"CASE 2021 task 2 format: {path.name} ({len(snippets)} snippets)")
    for half, pairs in results.items():
        if options.half not in ("both", half):
            continue
        accuracy = sum(gold == predicted for gold, predicted in pairs) / len(pairs) if pairs else 0.0
        no_event = outside[half][True]
        others = sum(outside[half].values())
        print(
            f"  {half:9s} ACLED-labelled n={len(pairs)} accuracy={accuracy:.3f} weighted "
            f"F1={weighted_f1(pairs):.3f}; "
            f"non-ACLED n={others} with no event {no_event}/{others}, "
            f"with no main event {outside_main[half][True]}/{others}"
        )
        if options.relevance:
            print(f"    relevance {relevance_line(relevance[half])}")
        if options.confusion:
            for (label, predicted_label), count in confusions(pairs):
                print(f"    {label} -> {predicted_label}: {count}")
        if options.per_type:
            for score in score_labels(pairs):
                print(
                    f"    {score.label:40s} n={score.support:3d} F1={score.f1:.2f} "
                    f"(P {score.precision:.2f} R {score.recall:.2f})"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
