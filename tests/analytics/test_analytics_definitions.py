"""Counting definitions: the built-ins count what their descriptions say; bad files fail clearly."""

from __future__ import annotations

import pytest

from waqia.analytics.definitions import (
    BUILTIN_SOURCE,
    CountingDefinition,
    build_catalog,
    describe_definition,
    load_builtin_definitions,
    parse_definitions,
)
from waqia.errors import ConfigError
from waqia.model import Actor, ActorType, Event, SubEventType, Target

from .builders import ARMY, BLA, KABUL, TTP, build_event

SUB = SubEventType
MILITIA = Actor(name="Lashkar-e-Jhangvi", actor_type=ActorType.IDENTITY_MILITIA)
FOREIGN = Actor(name="Foreign drone operator", actor_type=ActorType.EXTERNAL_OTHER_FORCES)
UNTYPED = Actor(name="Unnamed gunmen")


@pytest.fixture(scope="module")
def builtin() -> dict[str, CountingDefinition]:
    return {definition.name: definition for definition in load_builtin_definitions()}


def test_builtins_have_the_names_the_issue_asks_for(builtin: dict[str, CountingDefinition]) -> None:
    assert {
        "terrorist-attacks",
        "all-political-violence",
        "demonstrations",
        "strategic-developments",
        "all",
    } <= set(builtin)
    for definition in builtin.values():
        assert definition.description.endswith(".")
        assert definition.source == BUILTIN_SOURCE


TERRORIST_ATTACK_CASES = [
    ("suicide bomb by a rebel group", build_event("2025-01-01", SUB.SUICIDE_BOMB, perpetrator=TTP), True),
    ("IED, perpetrator unknown", build_event("2025-01-01", SUB.REMOTE_EXPLOSIVE_LANDMINE_IED), True),
    ("grenade by an identity militia", build_event("2025-01-01", SUB.GRENADE, perpetrator=MILITIA), True),
    ("bomb by foreign forces", build_event("2025-01-01", SUB.SUICIDE_BOMB, perpetrator=FOREIGN), False),
    ("air/drone strike, attacker unknown", build_event("2025-01-01", SUB.AIR_DRONE_STRIKE), False),
    (
        "quadcopter strike by a rebel group",
        build_event("2025-01-01", SUB.AIR_DRONE_STRIKE, perpetrator=TTP),
        True,
    ),
    (
        "shelling by the army",
        build_event("2025-01-01", SUB.SHELLING_ARTILLERY_MISSILE_ATTACK, perpetrator=ARMY),
        False,
    ),
    (
        "security operation (clash by the army)",
        build_event("2025-01-01", SUB.ARMED_CLASH, perpetrator=ARMY),
        False,
    ),
    ("clash started by a rebel group", build_event("2025-01-01", SUB.ARMED_CLASH, perpetrator=TTP), True),
    (
        "unidentified gunmen attack the police",
        build_event("2025-01-01", SUB.ARMED_CLASH, target=Target.POLICE),
        True,
    ),
    (
        "untyped gunmen attack the military",
        build_event("2025-01-01", SUB.ARMED_CLASH, perpetrator=UNTYPED, target=Target.MILITARY),
        True,
    ),
    ("clash between unknown sides", build_event("2025-01-01", SUB.ARMED_CLASH), False),
    (
        "clash with militants, attacker unknown",
        build_event("2025-01-01", SUB.ARMED_CLASH, target=Target.MILITANTS),
        False,
    ),
    ("killing of a civilian, unknown", build_event("2025-01-01", SUB.ATTACK, target=Target.CIVILIANS), True),
    (
        "abduction by a rebel group",
        build_event("2025-01-01", SUB.ABDUCTION_FORCED_DISAPPEARANCE, perpetrator=BLA),
        True,
    ),
    ("killing by the army", build_event("2025-01-01", SUB.ATTACK, perpetrator=ARMY), False),
    ("sexual violence", build_event("2025-01-01", SUB.SEXUAL_VIOLENCE), False),
    ("peaceful protest", build_event("2025-01-01", SUB.PEACEFUL_PROTEST), False),
    ("ceasefire agreement", build_event("2025-01-01", SUB.AGREEMENT), False),
]


@pytest.mark.parametrize(
    ("event", "counted"),
    [case[1:] for case in TERRORIST_ATTACK_CASES],
    ids=[case[0] for case in TERRORIST_ATTACK_CASES],
)
def test_terrorist_attacks(builtin: dict[str, CountingDefinition], event: Event, counted: bool) -> None:
    assert builtin["terrorist-attacks"].counts(event) is counted


@pytest.mark.parametrize(
    ("name", "sub_event_type", "perpetrator", "counted"),
    [
        ("all-political-violence", SUB.ARMED_CLASH, ARMY, True),
        ("all-political-violence", SUB.AIR_DRONE_STRIKE, None, True),
        ("all-political-violence", SUB.ABDUCTION_FORCED_DISAPPEARANCE, TTP, True),
        ("all-political-violence", SUB.PEACEFUL_PROTEST, None, False),
        ("all-political-violence", SUB.ARRESTS, ARMY, False),
        ("demonstrations", SUB.PEACEFUL_PROTEST, None, True),
        ("demonstrations", SUB.MOB_VIOLENCE, None, True),
        ("demonstrations", SUB.ATTACK, None, False),
        ("strategic-developments", SUB.AGREEMENT, None, True),
        ("strategic-developments", SUB.ARRESTS, ARMY, True),
        ("strategic-developments", SUB.SUICIDE_BOMB, TTP, False),
        ("all", SUB.SUICIDE_BOMB, TTP, True),
        ("all", SUB.OTHER, None, True),
    ],
)
def test_other_builtins(
    builtin: dict[str, CountingDefinition],
    name: str,
    sub_event_type: SubEventType,
    perpetrator: Actor | None,
    counted: bool,
) -> None:
    event = build_event("2025-01-01", sub_event_type, perpetrator=perpetrator)
    assert builtin[name].counts(event) is counted


USER_FILE = """
[definitions.afghan-bombings]
description = "Bombings in Afghanistan, except those Baloch Liberation Army claims."
countries = ["AF"]
event_types = ["explosions/remote violence"]
exclude_perpetrators = ["Baloch Liberation Army"]

[definitions.named-groups]
description = "Anything two named groups did, not against militants."
perpetrators = ["Tehreek-e-Taliban Pakistan", "Baloch Liberation Army"]
unknown_perpetrator = false
exclude_targets = ["militants"]

[definitions.all]
description = "My own everything."
"""


@pytest.mark.parametrize(
    ("name", "event", "counted"),
    [
        ("afghan-bombings", build_event("2025-01-01", SUB.SUICIDE_BOMB, place=KABUL), True),
        ("afghan-bombings", build_event("2025-01-01", SUB.SUICIDE_BOMB), False),
        ("afghan-bombings", build_event("2025-01-01", SUB.SUICIDE_BOMB, place=None), False),
        ("afghan-bombings", build_event("2025-01-01", SUB.SUICIDE_BOMB, place=KABUL, perpetrator=BLA), False),
        ("afghan-bombings", build_event("2025-01-01", SUB.ATTACK, place=KABUL), False),
        ("named-groups", build_event("2025-01-01", SUB.ATTACK, perpetrator=TTP), True),
        ("named-groups", build_event("2025-01-01", SUB.ATTACK, perpetrator=ARMY), False),
        ("named-groups", build_event("2025-01-01", SUB.ATTACK), False),
        (
            "named-groups",
            build_event("2025-01-01", SUB.ARMED_CLASH, perpetrator=BLA, target=Target.MILITANTS),
            False,
        ),
    ],
)
def test_user_definitions(name: str, event: Event, counted: bool) -> None:
    definitions = {item.name: item for item in parse_definitions(USER_FILE, source="mine.toml")}
    assert definitions[name].counts(event) is counted
    assert definitions[name].source == "mine.toml"


def test_a_user_file_overrides_a_builtin_name_and_adds_new_ones() -> None:
    catalog = build_catalog(load_builtin_definitions(), parse_definitions(USER_FILE, source="mine.toml"))
    assert catalog.get("all").description == "My own everything."
    assert catalog.get("terrorist-attacks").source == BUILTIN_SOURCE
    assert "afghan-bombings" in catalog.names()
    assert catalog.names().count("all") == 1


def test_an_unknown_name_lists_the_known_ones() -> None:
    catalog = build_catalog(load_builtin_definitions())
    with pytest.raises(ConfigError) as raised:
        catalog.get("terrorism")
    assert "terrorism" in raised.value.message
    assert "terrorist-attacks" in raised.value.hint


@pytest.mark.parametrize(
    ("text", "in_message", "in_hint"),
    [
        ("[definitions.x\ndescription = 1", "not valid TOML", "docs/analysis.md"),
        ("", "no [definitions.NAME] table", "at least one"),
        (
            'title = "x"\n[definitions.x]\ndescription = "X."',
            "unknown top-level key 'title'",
            "[definitions.NAME]",
        ),
        ('[definitions."Bad Name"]\ndescription = "X."', "not a valid definition name", "lower-case"),
        ("[definitions.x]\nevent_types = []", "definitions.x.description is missing", "description ="),
        (
            '[definitions.x]\ndescription = "X."\ncolour = "red"',
            "definitions.x: unknown key 'colour'",
            "event_types",
        ),
        (
            '[definitions.x]\ndescription = "X."\nevent_types = ["Bombings"]',
            "definitions.x.event_types: unknown value 'Bombings'",
            '"Explosions/Remote violence"',
        ),
        (
            '[definitions.x]\ndescription = "X."\ntargets = "police"',
            "definitions.x.targets is not a list",
            "targets = [",
        ),
        (
            '[definitions.x]\ndescription = "X."\nunknown_perpetrator = "yes"',
            "definitions.x.unknown_perpetrator is not true or false",
            "true or false",
        ),
        (
            '[definitions.x]\ndescription = "X."\nrules = ["a"]',
            "definitions.x.rules is not an array",
            "[[definitions.x.rules]]",
        ),
        (
            '[definitions.x]\ndescription = "X."\n'
            '[[definitions.x.rules]]\nperpetrator_types = ["Terrorists"]',
            "definitions.x.rules[0].perpetrator_types: unknown value 'Terrorists'",
            '"Rebel group"',
        ),
        (
            '[definitions.x]\ndescription = "X."\n[[definitions.x.rules]]\ndescription = "no"',
            "definitions.x.rules[0]: unknown key 'description'",
            "allowed keys",
        ),
    ],
)
def test_a_bad_file_names_the_file_the_key_and_what_to_do(text: str, in_message: str, in_hint: str) -> None:
    with pytest.raises(ConfigError) as raised:
        parse_definitions(text, source="defs/mine.toml")
    assert raised.value.message.startswith("defs/mine.toml")
    assert in_message in raised.value.message
    assert in_hint in raised.value.hint


def test_descriptions_of_criteria_read_as_sentences(builtin: dict[str, CountingDefinition]) -> None:
    lines = describe_definition(builtin["terrorist-attacks"])
    assert lines[0] == (
        "every event: perpetrator type is Rebel group or Political militia or Identity militia (or unknown)"
    )
    assert any("sub-event type is Armed clash; target is police or military" in line for line in lines)
    assert describe_definition(builtin["all"]) == ("every event: any event",)
