"""Perpetrator agreement of read_attribution with the hand-annotated SATP paragraphs (issue #3).

Usage: .venv/bin/python benchmarks/perpetrator_satp.py [--data PATH] [--verbose]

Reads satp_annotated_master.csv (Osorio lab; research use, never copied into the repo), keeps the
Pakistan paragraphs whose gold source actor names a group or force that the actor dictionary
resolves, and reports how often the predicted perpetrator is that actor. Paragraph ids are split
in two halves by a hash of the id: "dev" is the half used while writing the rules, "held-out" the
other. The first version of the rules was written after reading all of these paragraphs, so the
held-out half is not blind. Ids annotated twice are scored once, against the union of both
annotations.
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from waqia.extract.actors import ActorDictionary, load_actor_dictionary
from waqia.extract.claims import MentionRole, read_attribution, read_mention_role, split_sentences
from waqia.model import Actor, ActorType

DEFAULT_DATA = Path("/work/shared/data/satp_annotated_osorio_lab/satp_annotated_master.csv")
COUNTRY = "pakistan"
# Source labels that name nobody; they are the annotators' words for unnamed attackers.
UNNAMED = frozenset({"attackers", "unknown source", "unknown", "notspecified", "nan", ""})
AFFILIATION = re.compile(
    r"\b(?:affiliated|linked|belong\w*|members?)\s+(?:to|with|of)\s+(?:the\s+)?(?:\w+\s+)?$"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    paragraph_id: str
    text: str
    gold: frozenset[Actor]
    gold_labels: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    case: Case
    predicted: Actor | None
    status: str
    exact: bool
    family: bool
    operation: bool


def repair_mojibake(value: str) -> str:
    """Undo UTF-8 read as cp1252 ("Jamaâ€™at" -> "Jama’at"), which some annotations carry."""
    try:
        return value.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def parse_labels(cell: str) -> list[str]:
    """The annotators' list cell ("['TTP', 'militants']") as strings."""
    if not cell or not cell.startswith("["):
        return [cell] if cell else []
    try:
        values = ast.literal_eval(cell.replace("nan", "None"))
    except (ValueError, SyntaxError):
        return []
    return [repair_mojibake(str(value)) for value in values if value]


def resolve_gold(label: str, actors: ActorDictionary) -> Actor | None:
    """A gold source label as a dictionary actor: by name, else the first actor the label names."""
    if label.strip().lower() in UNNAMED:
        return None
    found = actors.resolve_name(label)
    if found is not None:
        return found
    matches = actors.find_actors(label)
    return matches[0].actor if matches else None


def is_held_out(paragraph_id: str) -> bool:
    return int(hashlib.sha256(paragraph_id.encode("utf-8")).hexdigest(), 16) % 2 == 1


def load_cases(path: Path, actors: ActorDictionary) -> tuple[list[Case], Counter[str]]:
    """Pakistan paragraphs whose gold names a resolvable actor; and the named labels left unresolved."""
    texts: dict[str, str] = {}
    golds: dict[str, set[Actor]] = {}
    labels: dict[str, list[str]] = {}
    unresolved: Counter[str] = Counter()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["country"].strip().lower() != COUNTRY:
                continue
            paragraph_id = row["id"].strip()
            text = row["news"]
            # Of two annotated copies, keep the one with punctuation: rules read sentences.
            if paragraph_id not in texts or text.count(".") > texts[paragraph_id].count("."):
                texts[paragraph_id] = text
            for label in parse_labels(row["source"]):
                actor = resolve_gold(label, actors)
                if actor is not None:
                    golds.setdefault(paragraph_id, set()).add(actor)
                    labels.setdefault(paragraph_id, []).append(label)
            for group in parse_labels(row["source_group"]):
                if group.strip().lower() not in UNNAMED and paragraph_id not in golds:
                    unresolved[group] += 1
    cases = [
        Case(
            paragraph_id=paragraph_id,
            text=texts[paragraph_id],
            gold=frozenset(gold),
            gold_labels=tuple(dict.fromkeys(labels[paragraph_id])),
        )
        for paragraph_id, gold in sorted(golds.items())
    ]
    return cases, unresolved


def score(case: Case, actors: ActorDictionary) -> Outcome:
    attribution = read_attribution(case.text, actors=actors)
    predicted = attribution.perpetrator
    exact = predicted in case.gold
    family = False
    if predicted is not None:
        predicted_line = set(actors.lineage_of(predicted))
        family = any(predicted_line & set(actors.lineage_of(gold)) for gold in case.gold)
    operation = (
        predicted is not None
        and predicted.actor_type is ActorType.STATE_FORCES
        and not exact
        and bool(case.gold & on_receiving_end(case.text, actors))
    )
    return Outcome(
        case=case,
        predicted=predicted,
        status=attribution.claim.status.value,
        exact=exact,
        family=family,
        operation=operation,
    )


def on_receiving_end(text: str, actors: ActorDictionary) -> set[Actor]:
    """Groups the text names as attacked, killed or arrested, or as the other side of a clash.

    SATP annotators name the militant group as the source of a security operation against it, where
    waqia names the acting force; those paragraphs are reported apart. "The terrorists killed were
    affiliated to X" counts too: it names who was on the receiving end.
    """
    found = set()
    for start, end in split_sentences(text):
        sentence = text[start:end]
        for match in actors.find_actors(sentence):
            role = read_mention_role(sentence, match.start, match.end)
            affiliated = AFFILIATION.search(sentence[max(0, match.start - 40) : match.start])
            if role in (MentionRole.VICTIM, MentionRole.COUNTERPART) or affiliated:
                found.add(match.actor)
    return found


def report(name: str, outcomes: list[Outcome]) -> str:
    total = len(outcomes)
    if not total:
        return f"{name}: no paragraphs"
    exact = sum(outcome.exact for outcome in outcomes)
    family = sum(outcome.family for outcome in outcomes)
    empty = sum(outcome.predicted is None for outcome in outcomes)
    attacks = [outcome for outcome in outcomes if not outcome.operation]
    attacks_exact = sum(outcome.exact for outcome in attacks)
    attacks_family = sum(outcome.family for outcome in attacks)
    return (
        f"{name}: {total} paragraphs; perpetrator = gold {exact}/{total} ({exact / total:.2f}), "
        f"same family {family}/{total} ({family / total:.2f}), none predicted {empty}. "
        f"Leaving out {total - len(attacks)} security operations against the gold group: "
        f"= gold {attacks_exact}/{len(attacks)} ({attacks_exact / max(1, len(attacks)):.2f}), "
        f"same family {attacks_family}/{len(attacks)} ({attacks_family / max(1, len(attacks)):.2f})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--verbose", action="store_true", help="print every paragraph's gold and prediction")
    options = parser.parse_args(argv)
    if not options.data.exists():
        print(f"skipped: {options.data} is absent (the SATP annotations live in ../shared/data)")
        return 0
    actors = load_actor_dictionary()
    cases, unresolved = load_cases(options.data, actors)
    outcomes = [score(case, actors) for case in cases]
    development = [outcome for outcome in outcomes if not is_held_out(outcome.case.paragraph_id)]
    held_out = [outcome for outcome in outcomes if is_held_out(outcome.case.paragraph_id)]
    if options.verbose:
        for outcome in outcomes:
            half = "held-out" if is_held_out(outcome.case.paragraph_id) else "dev"
            mark = "ok" if outcome.exact else ("family" if outcome.family else "MISS")
            mark += " (security operation)" if outcome.operation else ""
            predicted = outcome.predicted.name if outcome.predicted else None
            gold = sorted(actor.name for actor in outcome.case.gold)
            line = f"{outcome.case.paragraph_id} [{half}] {mark}: gold {gold} predicted {predicted}"
            print(f"{line} ({outcome.status})")
    print(report("dev", development))
    print(report("held-out", held_out))
    print(report("all", outcomes))
    if unresolved:
        print("gold groups the dictionary does not resolve:", dict(unresolved))
    return 0


if __name__ == "__main__":
    sys.exit(main())
