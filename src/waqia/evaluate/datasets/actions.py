"""SATP 4-way action labels (ArmedAssault, Bombing, Kidnapping, Other) of ConfliBERT and Osorio-lab rows."""

from __future__ import annotations

from typing import Protocol

from waqia.evaluate.attack_types import AttackType, attack_type_of
from waqia.evaluate.datasets import CaseResults
from waqia.evaluate.figures import Figure, LabelTally, make_label_figures
from waqia.evaluate.mentions import main_mentions
from waqia.model import Article

ACTION_LABELS = ("ArmedAssault", "Bombing", "Kidnapping", "Other")
# waqia's mentions are read as GTD attack types first (see attack_types.py), then as SATP's four labels.
ATTACK_LABELS = {
    AttackType.ARMED_ASSAULT: "ArmedAssault",
    AttackType.ASSASSINATION: "ArmedAssault",
    AttackType.BOMBING: "Bombing",
    AttackType.KIDNAPPING: "Kidnapping",
    AttackType.HIJACKING: "Kidnapping",
    AttackType.BARRICADE: "Kidnapping",
    AttackType.FACILITY: "Other",
    AttackType.UNARMED_ASSAULT: "Other",
}
NOTES = (
    "Predicted labels: every main mention's GTD attack type read as a SATP label (Armed Assault and "
    "Assassination -> ArmedAssault; Bombing/Explosion -> Bombing; Kidnapping, Hijacking -> Kidnapping; "
    "Facility/Infrastructure Attack, Unarmed Assault -> Other). A paragraph with no violent main "
    "mention predicts no label.",
    "Every row is a paragraph about an incident (no negatives): the figures are about the action type.",
)


class LabelledCase(Protocol):
    @property
    def article(self) -> Article: ...

    @property
    def split_key(self) -> str: ...

    @property
    def labels(self) -> frozenset[str]: ...


def measure_action_labels(results: CaseResults[LabelledCase]) -> tuple[Figure, ...]:
    """Per-label, micro- and macro-F1 of the four labels."""
    tally = LabelTally()
    for case, mentions in results:
        predicted = {
            ATTACK_LABELS[attack]
            for mention in main_mentions(mentions)
            if (attack := attack_type_of(mention, case.article.text)) is not None
        }
        tally.add(gold=case.labels, predicted=predicted)
    return make_label_figures("action label", tally, labels=ACTION_LABELS)
