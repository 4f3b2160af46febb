"""Typed reading of the evaluation spec's "events out" lines (gold labels and predictions)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from waqia.errors import EvaluationError


@dataclass(frozen=True, slots=True, kw_only=True)
class SpecEvent:
    """One EVENT object of the spec; every field optional, as in the spec."""

    role: str | None = None
    event_date: str | None = None
    date_precision: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    perpetrator: str | None = None
    claim_status: str | None = None
    claimed_by: tuple[str, ...] = ()
    denied_by: tuple[str, ...] = ()
    target: str | None = None
    killed_min: int | None = None
    killed_max: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None
    evidence: tuple[tuple[int, int], ...] = ()
    event_key: str | None = None
    event_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SpecArticle:
    """One line of a spec events file: an article id and its events."""

    article_id: str
    events: tuple[SpecEvent, ...]


def _text(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _integer(value: Any, *, name: str, where: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise EvaluationError(f"{where}: {name} must be an integer, got {value!r}", hint="fix the file")
    try:
        return int(value)
    except ValueError as error:
        raise EvaluationError(
            f"{where}: {name} must be an integer, got {value!r}", hint="fix the file"
        ) from error


def _number(value: Any, *, name: str, where: str) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as error:
        raise EvaluationError(
            f"{where}: {name} must be a number, got {value!r}", hint="fix the file"
        ) from error


def _names(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value else ()
    return tuple(str(item) for item in value if item)


def _evidence(value: Any, *, where: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    for item in value or ():
        if not isinstance(item, dict) or "start" not in item or "end" not in item:
            raise EvaluationError(f"{where}: evidence items need start and end", hint="fix the file")
        spans.append((int(item["start"]), int(item["end"])))
    return tuple(spans)


def parse_spec_event(raw: dict[str, Any], *, where: str) -> SpecEvent:
    """One EVENT object; `where` names the file and line for error messages."""
    if not isinstance(raw, dict):
        raise EvaluationError(f"{where}: an event must be a JSON object", hint="fix the file")

    def text(name: str) -> str | None:
        return _text(raw.get(name))

    def integer(name: str) -> int | None:
        return _integer(raw.get(name), name=name, where=where)

    return SpecEvent(
        role=text("role"),
        event_date=text("event_date"),
        date_precision=text("date_precision"),
        event_type=text("event_type"),
        sub_event_type=text("sub_event_type"),
        country=text("country"),
        admin1=text("admin1"),
        admin2=text("admin2"),
        location=text("location"),
        perpetrator=text("perpetrator"),
        claim_status=text("claim_status"),
        target=text("target"),
        event_key=text("event_key"),
        event_id=text("event_id"),
        geo_precision=integer("geo_precision"),
        killed_min=integer("killed_min"),
        killed_max=integer("killed_max"),
        injured_min=integer("injured_min"),
        injured_max=integer("injured_max"),
        latitude=_number(raw.get("latitude"), name="latitude", where=where),
        longitude=_number(raw.get("longitude"), name="longitude", where=where),
        claimed_by=_names(raw.get("claimed_by")),
        denied_by=_names(raw.get("denied_by")),
        evidence=_evidence(raw.get("evidence"), where=where),
    )


def parse_spec_lines(lines: Iterable[str], *, name: str) -> Iterator[SpecArticle]:
    """Parse spec lines (`{"article_id": ..., "events": [...]}`); blank lines are ignored.

    Raises:
        EvaluationError: a line is not valid JSON or not of the spec's shape (names file and line).
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as error:
            raise EvaluationError(
                f"{where}: not valid JSON ({error.msg})", hint="fix or remove the line"
            ) from error
        if (
            not isinstance(raw, dict)
            or "article_id" not in raw
            or not isinstance(raw.get("events", []), list)
        ):
            raise EvaluationError(
                f"{where}: expected an object with article_id and an events list",
                hint="see the evaluation spec",
            )
        events = tuple(parse_spec_event(item, where=where) for item in raw.get("events", []))
        yield SpecArticle(article_id=str(raw["article_id"]), events=events)
