"""GTD attack types, and how a sub-type with its trigger, or a free-text type phrase, maps onto one."""

from __future__ import annotations

import re
from enum import StrEnum

from waqia.evaluate.mentions import type_trigger
from waqia.model import Mention, SubEventType, Target


class AttackType(StrEnum):
    """GTD's attack types, spelled as GTD spells them."""

    ASSASSINATION = "Assassination"
    ARMED_ASSAULT = "Armed Assault"
    BOMBING = "Bombing/Explosion"
    HIJACKING = "Hijacking"
    BARRICADE = "Hostage Taking (Barricade Incident)"
    KIDNAPPING = "Hostage Taking (Kidnapping)"
    FACILITY = "Facility/Infrastructure Attack"
    UNARMED_ASSAULT = "Unarmed Assault"


# How waqia's output is read as a GTD attack type (GTD codebook, START 2021, section 2.3.1):
# - Assassination: a violent sub-type whose trigger says "assassinat...", or an armed assault on an official,
#   politician, cleric or journalist killing at most two (GTD: an attack aimed at a prominent person);
# - Hijacking: a trigger saying "hijack...";
# - Hostage Taking (Kidnapping): Abduction/forced disappearance;
# - Bombing/Explosion: Suicide bomb, Remote explosive/landmine/IED, Grenade, Shelling/artillery/missile
#   attack, Air/drone strike;
# - Facility/Infrastructure Attack: Looting/property destruction, an arson trigger ("set fire", "torched"),
#   also in a riot, or an armed assault on infrastructure;
# - Unarmed Assault: Chemical weapon (GTD codes chemical attacks so), Sexual violence, or a trigger of
#   beating, lynching or poisoning;
# - Armed Assault: Attack, Armed clash, Government regains territory, Non-state actor overtakes territory.
# Hostage Taking (Barricade Incident) has no counterpart: waqia reads a hostage-taking as an abduction.
# Disrupted weapons use (a defused bomb) is no attack in waqia; GTD records attempted and foiled attacks, so
# under GTD's convention (`attempted_attacks=True`) it counts as a Bombing/Explosion.
S = SubEventType
SUB_TYPE_ATTACKS: dict[SubEventType, AttackType] = {
    S.SUICIDE_BOMB: AttackType.BOMBING,
    S.REMOTE_EXPLOSIVE_LANDMINE_IED: AttackType.BOMBING,
    S.GRENADE: AttackType.BOMBING,
    S.SHELLING_ARTILLERY_MISSILE_ATTACK: AttackType.BOMBING,
    S.AIR_DRONE_STRIKE: AttackType.BOMBING,
    S.ATTACK: AttackType.ARMED_ASSAULT,
    S.ARMED_CLASH: AttackType.ARMED_ASSAULT,
    S.GOVERNMENT_REGAINS_TERRITORY: AttackType.ARMED_ASSAULT,
    S.NON_STATE_ACTOR_OVERTAKES_TERRITORY: AttackType.ARMED_ASSAULT,
    S.ABDUCTION_FORCED_DISAPPEARANCE: AttackType.KIDNAPPING,
    S.LOOTING_PROPERTY_DESTRUCTION: AttackType.FACILITY,
    S.CHEMICAL_WEAPON: AttackType.UNARMED_ASSAULT,
    S.SEXUAL_VIOLENCE: AttackType.UNARMED_ASSAULT,
}
# Trigger words that make the attack type more specific than the sub-type, checked in this order.
TRIGGER_ATTACKS: tuple[tuple[re.Pattern[str], AttackType], ...] = (
    (re.compile(r"assassinat"), AttackType.ASSASSINATION),
    (re.compile(r"hijack"), AttackType.HIJACKING),
    (
        re.compile(
            r"\barson|set (?:on )?fire|set ablaze|torch|ablaze|burn(?:ed|t|ing)? down|incendiar|firebomb"
        ),
        AttackType.FACILITY,
    ),
    (re.compile(r"\bbeat(?:en|ing)?\b|lynch|poison"), AttackType.UNARMED_ASSAULT),
)
RIOT_SUB_TYPES = frozenset({S.MOB_VIOLENCE, S.VIOLENT_DEMONSTRATION})
# GTD's assassination is an attack aimed at a prominent person: an armed assault on an official, a
# politician, a cleric or a journalist that kills at most this many people reads as one.
PROMINENT_TARGETS = frozenset({Target.GOVERNMENT, Target.POLITICAL, Target.RELIGIOUS, Target.JOURNALISTS})
ASSASSINATION_MAX_KILLED = 2
# Free-text type phrases (Wikipedia's "Type" column) by their words, checked in this order: "suicide car
# bombing" is a bombing, "attempted bombing" too (Wikipedia lists foiled attacks).
PHRASE_ATTACKS: tuple[tuple[re.Pattern[str], AttackType], ...] = (
    (re.compile(r"assassinat"), AttackType.ASSASSINATION),
    (re.compile(r"hijack|skyjack"), AttackType.HIJACKING),
    (re.compile(r"kidnap|abduct|hostage"), AttackType.KIDNAPPING),
    (re.compile(r"siege|barricade"), AttackType.BARRICADE),
    (
        re.compile(
            r"bomb|explos|\bied|grenade|rocket|mortar|shell|missile|mine\b|artillery|air ?strike|drone"
        ),
        AttackType.BOMBING,
    ),
    (re.compile(r"arson|fire|burn|loot|vandal|sabotage|destruction"), AttackType.FACILITY),
    (re.compile(r"vehic|ramming|chemical|poison|beating|lynch"), AttackType.UNARMED_ASSAULT),
    (
        re.compile(
            r"shoot|gun|ambush|massacre|execut|stab|melee|raid|assault|attack|clash|behead|murder|"
            r"fighting|offensive|knife|machete|axe|killing"
        ),
        AttackType.ARMED_ASSAULT,
    ),
)


def attack_type_of(mention: Mention, *, attempted_attacks: bool = False) -> AttackType | None:
    """The GTD attack type of a mention; None for what GTD does not record (protests, arrests, ...).

    With `attempted_attacks`, a disrupted weapons use (a bomb defused, a suicide vest found) counts as
    the bombing it would have been, as GTD records unsuccessful attacks.
    """
    base = SUB_TYPE_ATTACKS.get(mention.sub_event_type)
    if base is None and attempted_attacks and mention.sub_event_type is S.DISRUPTED_WEAPONS_USE:
        base = AttackType.BOMBING
    if base is None and mention.sub_event_type in RIOT_SUB_TYPES:
        base = AttackType.UNARMED_ASSAULT
    if base is None:
        return None
    trigger = type_trigger(mention)
    for pattern, refined in TRIGGER_ATTACKS:
        if pattern.search(trigger):
            return refined
    if mention.sub_event_type in RIOT_SUB_TYPES:
        # A riot is an attack only when it burns something; GTD records no other mob violence.
        return None
    if base is AttackType.ARMED_ASSAULT and mention.target is Target.INFRASTRUCTURE:
        return AttackType.FACILITY
    if (
        base is AttackType.ARMED_ASSAULT
        and mention.target in PROMINENT_TARGETS
        and (mention.casualties.killed_min or 0) <= ASSASSINATION_MAX_KILLED
    ):
        return AttackType.ASSASSINATION
    return base


def attack_type_of_phrase(phrase: str) -> AttackType | None:
    """The GTD attack type a free-text type phrase names ("car bombing", "shooting"); None if unknown."""
    lowered = phrase.lower()
    for pattern, attack in PHRASE_ATTACKS:
        if pattern.search(lowered):
            return attack
    return None
