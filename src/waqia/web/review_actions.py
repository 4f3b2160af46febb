"""Review requests to waqia.review calls, and the review log as API records and readable changes."""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from waqia.model import DatePrecision, DateSpan, EventChanges, ReviewRecord
from waqia.store.base import EventStore
from waqia.web.presenters import present_review
from waqia.web.schemas import EventEditIn, ReviewRecordOut

# Values longer than this are shortened in the history table (the API keeps them whole).
VALUE_LIMIT = 120


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldChange:
    field: str
    before: str
    after: str


@dataclass(frozen=True, slots=True, kw_only=True)
class HistoryEntry:
    at: datetime
    author: str
    action: str
    reason: str
    changes: tuple[FieldChange, ...]


def parse_event_date(text: str) -> DateSpan:
    """'2024-02-09' (a day), '2024-02' (a month) or '2024' (a year) as a date span.

    Raises:
        ValueError: not a valid date in one of those forms.
    """
    parts = [int(part) for part in text.split("-")]
    if len(parts) == 3:
        day = date(parts[0], parts[1], parts[2])
        return DateSpan(earliest=day, latest=day, precision=DatePrecision.DAY)
    if len(parts) == 2:
        year, month = parts
        last = calendar.monthrange(year, month)[1]
        return DateSpan(
            earliest=date(year, month, 1), latest=date(year, month, last), precision=DatePrecision.MONTH
        )
    return DateSpan(
        earliest=date(parts[0], 1, 1), latest=date(parts[0], 12, 31), precision=DatePrecision.YEAR
    )


def changes_from_edit(body: EventEditIn) -> EventChanges:
    """The review module's edit from an API or form body (its date text becomes a span)."""
    values = body.model_dump(exclude_none=True, exclude={"event_date"})
    if body.event_date is not None:
        values["when"] = parse_event_date(body.event_date)
    return EventChanges(**values)


def load_history(store: EventStore, event_id: str) -> list[ReviewRecordOut]:
    """The manual changes of an event, oldest first, as API records."""
    return [present_review(record) for record in store.review_history(event_id)]


def _parse(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _shown(value: Any) -> str:
    if value is None or value in ("", []):
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= VALUE_LIMIT else text[: VALUE_LIMIT - 1] + "…"


def diff_snapshots(before: str, after: str) -> tuple[FieldChange, ...]:
    """The top-level fields that differ between two JSON snapshots of an event, in sorted order."""
    old, new = _parse(before), _parse(after)
    return tuple(
        FieldChange(field=key, before=_shown(old.get(key)), after=_shown(new.get(key)))
        for key in sorted(old.keys() | new.keys())
        if old.get(key) != new.get(key) and key not in ("updated_at",)
    )


def describe_history(records: list[ReviewRecord]) -> list[HistoryEntry]:
    """Review records as history rows, each with the fields it changed."""
    return [
        HistoryEntry(
            at=record.at,
            author=record.author,
            action=record.action.value,
            reason=record.reason,
            changes=diff_snapshots(record.before, record.after),
        )
        for record in records
    ]
