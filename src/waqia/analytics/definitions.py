"""Named counting definitions: which events a figure counts, read from TOML (built-in and user files)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from typing import Any, TypeVar

from waqia.errors import ConfigError
from waqia.model import ActorType, Event, EventType, SubEventType, Target

BUILTIN_SOURCE = "built-in definitions (waqia/data/definitions.toml)"
DEFAULT_DEFINITION = "all"
NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DOCS_HINT = "see docs/analysis.md for the definition file format"

_EnumT = TypeVar("_EnumT", bound=StrEnum)


@dataclass(frozen=True, slots=True, kw_only=True)
class Criteria:
    """Conditions an event must all meet; an empty tuple means "any value".

    An event without a perpetrator passes the perpetrator conditions only when `unknown_perpetrator`
    is true; so does a named perpetrator without an actor type when the conditions constrain types.
    """

    event_types: tuple[EventType, ...] = ()
    sub_event_types: tuple[SubEventType, ...] = ()
    exclude_sub_event_types: tuple[SubEventType, ...] = ()
    perpetrator_types: tuple[ActorType, ...] = ()
    exclude_perpetrator_types: tuple[ActorType, ...] = ()
    perpetrators: tuple[str, ...] = ()
    exclude_perpetrators: tuple[str, ...] = ()
    unknown_perpetrator: bool = True
    targets: tuple[Target, ...] = ()
    exclude_targets: tuple[Target, ...] = ()
    countries: tuple[str, ...] = ()

    def matches(self, event: Event) -> bool:
        """True when the event meets every condition."""
        return (
            self._type_matches(event)
            and self._perpetrator_matches(event)
            and self._target_matches(event)
            and self._country_matches(event)
        )

    def _type_matches(self, event: Event) -> bool:
        if self.event_types and event.event_type not in self.event_types:
            return False
        if self.sub_event_types and event.sub_event_type not in self.sub_event_types:
            return False
        return event.sub_event_type not in self.exclude_sub_event_types

    def _perpetrator_matches(self, event: Event) -> bool:
        actor = event.perpetrator
        if actor is None:
            return self.unknown_perpetrator
        name = actor.name.casefold()
        if name in self.exclude_perpetrators:
            return False
        if self.perpetrators and name not in self.perpetrators:
            return False
        if actor.actor_type is None:
            typed = bool(self.perpetrator_types or self.exclude_perpetrator_types)
            return self.unknown_perpetrator or not typed
        if actor.actor_type in self.exclude_perpetrator_types:
            return False
        return not self.perpetrator_types or actor.actor_type in self.perpetrator_types

    def _target_matches(self, event: Event) -> bool:
        if self.targets and event.target not in self.targets:
            return False
        return event.target is None or event.target not in self.exclude_targets

    def _country_matches(self, event: Event) -> bool:
        if not self.countries:
            return True
        place = event.place
        if place is None:
            return False
        keys = {value.casefold() for value in (place.country, place.country_code) if value}
        return bool(keys & set(self.countries))


@dataclass(frozen=True, slots=True, kw_only=True)
class CountingDefinition:
    """What a figure counts: a name, a one-sentence description printed with it, and criteria."""

    name: str
    description: str
    criteria: Criteria
    rules: tuple[Criteria, ...] = ()
    source: str = BUILTIN_SOURCE

    def counts(self, event: Event) -> bool:
        """True when the event is counted: it meets the criteria and, when there are rules, one rule."""
        if not self.criteria.matches(event):
            return False
        return not self.rules or any(rule.matches(event) for rule in self.rules)

    def select(self, events: Iterable[Event]) -> list[Event]:
        """The events this definition counts, in their order."""
        return [event for event in events if self.counts(event)]


@dataclass(frozen=True, slots=True, kw_only=True)
class DefinitionCatalog:
    """The definitions a command may use, by name; a later file overrides an earlier one's name."""

    definitions: tuple[CountingDefinition, ...]

    def names(self) -> tuple[str, ...]:
        return tuple(definition.name for definition in self.definitions)

    def get(self, name: str) -> CountingDefinition:
        """The definition called `name`.

        Raises:
            ConfigError: no definition has that name.
        """
        for definition in self.definitions:
            if definition.name == name:
                return definition
        raise ConfigError(
            f"no counting definition named {name!r}",
            hint=f"use one of: {', '.join(self.names())}, or add it to a --definitions file",
        )


def build_catalog(*definition_sets: Sequence[CountingDefinition]) -> DefinitionCatalog:
    """One catalogue from several sets; a name defined again replaces the earlier definition in place."""
    merged: dict[str, CountingDefinition] = {}
    for definitions in definition_sets:
        for definition in definitions:
            merged[definition.name] = definition
    return DefinitionCatalog(definitions=tuple(merged.values()))


def load_builtin_definitions() -> tuple[CountingDefinition, ...]:
    """The definitions shipped in waqia/data/definitions.toml."""
    text = resources.files("waqia").joinpath("data", "definitions.toml").read_text(encoding="utf-8")
    return parse_definitions(text, source=BUILTIN_SOURCE)


CRITERIA_KEYS = (
    "event_types",
    "sub_event_types",
    "exclude_sub_event_types",
    "perpetrator_types",
    "exclude_perpetrator_types",
    "perpetrators",
    "exclude_perpetrators",
    "unknown_perpetrator",
    "targets",
    "exclude_targets",
    "countries",
)
DEFINITION_KEYS = ("description", "rules", *CRITERIA_KEYS)


def parse_definitions(text: str, *, source: str) -> tuple[CountingDefinition, ...]:
    """Parse a definitions file's text (`source` names it in errors).

    Raises:
        ConfigError: the text is not TOML, or a key or value is wrong; the message names the file
            and the key.
    """
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{source}: not valid TOML: {error}", hint=DOCS_HINT) from error
    unknown = sorted(set(document) - {"definitions"})
    if unknown:
        raise ConfigError(
            f"{source}: unknown top-level key {unknown[0]!r}",
            hint="put each definition in a [definitions.NAME] table",
        )
    tables = document.get("definitions")
    if not isinstance(tables, dict) or not tables:
        raise ConfigError(
            f"{source}: no [definitions.NAME] table",
            hint=f"define at least one counting definition; {DOCS_HINT}",
        )
    return tuple(_parse_definition(name, table, source=source) for name, table in tables.items())


def _parse_definition(name: str, table: Any, *, source: str) -> CountingDefinition:
    where = f"{source}: definitions.{name}"
    if not NAME_PATTERN.match(name):
        raise ConfigError(
            f"{where}: {name!r} is not a valid definition name",
            hint="use lower-case letters, digits and hyphens, e.g. terrorist-attacks",
        )
    if not isinstance(table, dict):
        raise ConfigError(f"{where} is not a table", hint="write it as [definitions.NAME] with keys under it")
    _reject_unknown_keys(table, allowed=DEFINITION_KEYS, where=where)
    description = table.get("description")
    if not isinstance(description, str) or not description.strip():
        raise ConfigError(
            f"{where}.description is missing or empty",
            hint='add description = "one sentence saying what the definition counts"',
        )
    rules_value = table.get("rules", [])
    if not isinstance(rules_value, list) or not all(isinstance(rule, dict) for rule in rules_value):
        raise ConfigError(
            f"{where}.rules is not an array of tables",
            hint=f"write each rule as [[definitions.{name}.rules]]",
        )
    rules = []
    for index, rule in enumerate(rules_value):
        rule_where = f"{where}.rules[{index}]"
        _reject_unknown_keys(rule, allowed=CRITERIA_KEYS, where=rule_where)
        rules.append(_parse_criteria(rule, where=rule_where))
    return CountingDefinition(
        name=name,
        description=" ".join(description.split()),
        criteria=_parse_criteria(table, where=where),
        rules=tuple(rules),
        source=source,
    )


def _reject_unknown_keys(table: dict[str, Any], *, allowed: Sequence[str], where: str) -> None:
    for key in table:
        if key not in allowed:
            raise ConfigError(f"{where}: unknown key {key!r}", hint=f"allowed keys are {', '.join(allowed)}")


def _parse_criteria(table: dict[str, Any], *, where: str) -> Criteria:
    unknown_perpetrator = table.get("unknown_perpetrator", True)
    if not isinstance(unknown_perpetrator, bool):
        raise ConfigError(
            f"{where}.unknown_perpetrator is not true or false",
            hint="write unknown_perpetrator = true or false",
        )
    return Criteria(
        event_types=_enum_values(table, "event_types", EventType, where=where),
        sub_event_types=_enum_values(table, "sub_event_types", SubEventType, where=where),
        exclude_sub_event_types=_enum_values(table, "exclude_sub_event_types", SubEventType, where=where),
        perpetrator_types=_enum_values(table, "perpetrator_types", ActorType, where=where),
        exclude_perpetrator_types=_enum_values(table, "exclude_perpetrator_types", ActorType, where=where),
        perpetrators=_names(table, "perpetrators", where=where),
        exclude_perpetrators=_names(table, "exclude_perpetrators", where=where),
        unknown_perpetrator=unknown_perpetrator,
        targets=_enum_values(table, "targets", Target, where=where),
        exclude_targets=_enum_values(table, "exclude_targets", Target, where=where),
        countries=_names(table, "countries", where=where),
    )


def _strings(table: dict[str, Any], key: str, *, where: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}.{key} is not a list of strings", hint=f'write {key} = ["...", "..."]')
    return value


def _names(table: dict[str, Any], key: str, *, where: str) -> tuple[str, ...]:
    return tuple(item.strip().casefold() for item in _strings(table, key, where=where))


def _enum_values(table: dict[str, Any], key: str, enum: type[_EnumT], *, where: str) -> tuple[_EnumT, ...]:
    by_folded: dict[str, _EnumT] = {member.value.casefold(): member for member in enum}
    values = []
    for item in _strings(table, key, where=where):
        member = by_folded.get(item.strip().casefold())
        if member is None:
            choices = ", ".join(f'"{m.value}"' for m in enum)
            raise ConfigError(f"{where}.{key}: unknown value {item!r}", hint=f"use one of {choices}")
        values.append(member)
    return tuple(values)


def describe_criteria(criteria: Criteria) -> str:
    """The criteria in words, e.g. 'event type is Battles; perpetrator type is Rebel group or unknown'."""
    parts: list[str] = []

    def add(label: str, values: Sequence[str], *, negate: bool = False) -> None:
        if values:
            verb = "is not" if negate else "is"
            parts.append(f"{label} {verb} {' or '.join(values)}")

    add("event type", [v.value for v in criteria.event_types])
    add("sub-event type", [v.value for v in criteria.sub_event_types])
    add("sub-event type", [v.value for v in criteria.exclude_sub_event_types], negate=True)
    unknown = " (or unknown)" if criteria.unknown_perpetrator else ""
    if criteria.perpetrators:
        parts.append(f"perpetrator is {' or '.join(criteria.perpetrators)}{unknown}")
    if criteria.perpetrator_types:
        types = " or ".join(v.value for v in criteria.perpetrator_types)
        parts.append(f"perpetrator type is {types}{unknown}")
    elif not criteria.unknown_perpetrator and not criteria.perpetrators:
        parts.append("perpetrator is known")
    add("perpetrator type", [v.value for v in criteria.exclude_perpetrator_types], negate=True)
    add("perpetrator", list(criteria.exclude_perpetrators), negate=True)
    add("target", [v.value for v in criteria.targets])
    add("target", [v.value for v in criteria.exclude_targets], negate=True)
    add("country", list(criteria.countries))
    return "; ".join(parts) or "any event"


def describe_definition(definition: CountingDefinition) -> tuple[str, ...]:
    """One line for the definition's own criteria and one per rule, for `waqia definitions`."""
    lines = [f"every event: {describe_criteria(definition.criteria)}"]
    lines.extend(f"and one of: {describe_criteria(rule)}" for rule in definition.rules[:1])
    lines.extend(f"        or: {describe_criteria(rule)}" for rule in definition.rules[1:])
    return tuple(lines)
