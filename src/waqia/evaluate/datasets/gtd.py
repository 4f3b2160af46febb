"""GTD summaries adapter: attack type (macro-F1), killed and injured exact."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from waqia.evaluate.attack_types import AttackType, choose_attack_mention, classify_attack_type
from waqia.evaluate.datasets import CaseResults
from waqia.evaluate.figures import Figure, LabelTally, RateTally, make_label_figures
from waqia.model import Article, EventType, Mention, SubEventType

ATTACK_TYPE_TARGET = 0.85
KILLED_TARGET = 0.90
INJURED_TARGET = 0.85
NONE = "(none)"
UNKNOWN = "Unknown"
NO_FIGURE_IS_ZERO = "GTD convention: no figure given = 0"
ATTEMPTS_COUNT = "GTD convention: a foiled attack counts (disrupted weapons use = bombing)"
PERPETRATORS_COUNT = "GTD convention: nkill counts perpetrators killed; no figure given = 0"
# Where waqia's killed figure already counts every death of the event, attackers included (ACLED's rule for
# battles and strikes on militants, waqia/extract/rules.py): nothing is added for GTD's convention.
COUNTS_EVERY_DEATH_TYPES = frozenset({EventType.BATTLES})
COUNTS_EVERY_DEATH_SUB_TYPES = frozenset({SubEventType.AIR_DRONE_STRIKE})
# Reads the attackers killed that a mention's casualty sentences report, from the article text.
AttackersReader = Callable[[Mention, str], int | None]
NOTES = (
    "The summary's leading MM/DD/YYYY is the publication date; the text is the rest of the summary.",
    "Attack type: each main mention's sub-type and event sentences are read as a GTD attack type "
    "(waqia/evaluate/attack_types.py, also used by benchmarks/extract_attack_type_gtd.py); the highest in "
    "GTD's hierarchy wins (an assassination by bomb is an Assassination); none predicts '(none)'.",
    "Casualties: those of the primary mention (the first main mention with a GTD attack type).",
    "Attack type: macro-F1 over the GTD types gold uses; rows whose gold type is Unknown are left out.",
    "Killed is GTD's nkill, which counts perpetrators too (GTD codebook; nkillter is their part); waqia's "
    "killed_min counts attackers only in clashes and strikes on militants (a suicide bomber is not a "
    "victim). The row 'nkill counts perpetrators' adds the attackers killed that the primary mention's "
    "casualty sentences report (a suicide bomber, 'three assailants were killed'). Strict: a missing figure "
    "is wrong when GTD says 0.",
)


class GtdCase(Protocol):
    @property
    def article(self) -> Article: ...

    @property
    def split_key(self) -> str: ...

    @property
    def attack_type(self) -> str: ...

    @property
    def killed(self) -> int | None: ...

    @property
    def wounded(self) -> int | None: ...


def measure_gtd(
    results: CaseResults[GtdCase], *, read_attackers: AttackersReader | None = None
) -> tuple[Figure, ...]:
    """Attack type strict and under GTD's convention, then killed and injured exact, strict and by GTD.

    With `read_attackers`, killed is also scored as GTD counts it, perpetrators included.
    """
    strict, attempts = LabelTally(), LabelTally()
    killed, killed_zero, injured, injured_zero = RateTally(), RateTally(), RateTally(), RateTally()
    killed_all = RateTally()
    for case, mentions in results:
        text = case.article.text
        primary = choose_attack_mention(mentions, text)
        if case.attack_type and case.attack_type != UNKNOWN:
            strict.add(gold={case.attack_type}, predicted={_label(mentions, text, attempted=False)})
            attempts.add(gold={case.attack_type}, predicted={_label(mentions, text, attempted=True)})
        casualties = primary.casualties if primary else None
        if case.killed is not None:
            predicted = casualties.killed_min if casualties else None
            killed.add(predicted == case.killed)
            killed_zero.add((predicted or 0) == case.killed)
            if read_attackers is not None:
                attackers = _uncounted_attackers(primary, text, read_attackers) if primary else 0
                killed_all.add((predicted or 0) + attackers == case.killed)
        if case.wounded is not None:
            predicted = casualties.injured_min if casualties else None
            injured.add(predicted == case.wounded)
            injured_zero.add((predicted or 0) == case.wounded)
    labels = [attack.value for attack in AttackType]
    goals = {"macro F1": ATTACK_TYPE_TARGET}
    strict_figures = make_label_figures("attack type", strict, labels=labels, targets=goals)
    attempt_figures = make_label_figures(
        "attack type", attempts, labels=(), targets=goals, convention=ATTEMPTS_COUNT
    )
    return (
        *strict_figures[:2],
        *attempt_figures[:2],
        killed.figure("killed exact", target=KILLED_TARGET),
        killed_zero.figure("killed exact", convention=NO_FIGURE_IS_ZERO, target=KILLED_TARGET),
        *(
            (killed_all.figure("killed exact", convention=PERPETRATORS_COUNT, target=KILLED_TARGET),)
            if read_attackers is not None
            else ()
        ),
        injured.figure("injured exact", target=INJURED_TARGET),
        injured_zero.figure("injured exact", convention=NO_FIGURE_IS_ZERO, target=INJURED_TARGET),
        *strict_figures[3:],
    )


def _label(mentions: Sequence[Mention], text: str, *, attempted: bool) -> str:
    attack = classify_attack_type(mentions, text, attempted_attacks=attempted)
    return attack.value if attack else NONE


def _uncounted_attackers(mention: Mention, text: str, read_attackers: AttackersReader) -> int:
    if (
        mention.event_type in COUNTS_EVERY_DEATH_TYPES
        or mention.sub_event_type in COUNTS_EVERY_DEATH_SUB_TYPES
    ):
        return 0
    return read_attackers(mention, text) or 0
