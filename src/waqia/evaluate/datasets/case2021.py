"""CASE 2021 task 2 adapter: ACLED sub-type of each snippet, support-weighted F1."""

from __future__ import annotations

from typing import Protocol

from waqia.evaluate.datasets import CaseResults
from waqia.evaluate.figures import Figure, LabelTally, RateTally, make_label_figures
from waqia.evaluate.mentions import choose_primary
from waqia.model import Article, Mention, SubEventType

WEIGHTED_F1_TARGET = 0.85
NONE = "(none)"
S = SubEventType
# The task's fine-grained labels (event_types_note.txt) that are ACLED sub-types.
ACLED_LABELS = {
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
NOTES = (
    "Prediction: the sub-type of the first main mention, else of the first mention, else '(none)'. "
    "The snippets carry no publication date and are mostly outside South Asia; only the sub-type is "
    "compared.",
    "Weighted F1 is over the snippets labelled with an ACLED sub-type (F1 per sub-type weighted by its "
    "gold support); snippets labelled outside ACLED (disasters, crime, diplomacy, attribution) are scored "
    "apart: the share of them that yields no event.",
)


class CaseSnippetCase(Protocol):
    @property
    def article(self) -> Article: ...

    @property
    def split_key(self) -> str: ...

    @property
    def label(self) -> str: ...


def _any(mention: Mention) -> bool:
    return True


def measure_case2021(results: CaseResults[CaseSnippetCase]) -> tuple[Figure, ...]:
    """Weighted F1 (the CASE 2021 measure) and accuracy of sub-types; silence on non-ACLED snippets."""
    tally, accuracy, silent = LabelTally(), RateTally(), RateTally()
    for case, mentions in results:
        primary = choose_primary(mentions, prefer=_any)
        predicted = primary.sub_event_type.value if primary else NONE
        gold = ACLED_LABELS.get(case.label)
        if gold is None:
            silent.add(primary is None)
            continue
        tally.add(gold={gold.value}, predicted={predicted})
        accuracy.add(predicted == gold.value)
    figures = make_label_figures(
        "ACLED sub-type",
        tally,
        labels=[s.value for s in ACLED_LABELS.values()],
        targets={"weighted F1": WEIGHTED_F1_TARGET},
    )
    return (
        figures[2],
        accuracy.figure("ACLED sub-type accuracy"),
        figures[1],
        silent.figure("non-ACLED snippets with no event"),
        *figures[3:],
    )
