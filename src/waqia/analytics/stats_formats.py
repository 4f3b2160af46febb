"""`waqia stats` results as text cells, CSV and JSON, each carrying the counting definition."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from waqia.analytics.stats import Change, Measure, StatsReport, StatsRow

NOT_AVAILABLE = "n/a"


def format_percent(percent: float | None) -> str:
    """'+27.3%', '-50.0%', or 'n/a' when there is no base."""
    return NOT_AVAILABLE if percent is None else f"{percent:+.1f}%"


def format_change(change: Change) -> str:
    """'+3 (+27.3%)', '-2 (-50.0%)', '+4 (n/a)', '0 (+0.0%)'."""
    absolute = f"{change.absolute:+d}" if change.absolute else "0"
    return f"{absolute} ({format_percent(change.percent)})"


def describe_range(report: StatsReport) -> str:
    if report.first is None or report.last is None:
        return "no dated events"
    return f"{report.first.isoformat()} to {report.last.isoformat()}"


def describe_report_notes(report: StatsReport) -> tuple[str, ...]:
    """Caveats printed under the figures: undated and imprecisely dated events."""
    notes = []
    if report.imprecise:
        notes.append(
            f"{report.imprecise} event(s) are dated less precisely than a {report.granularity.value}; "
            "each is counted in the period of the first day it could have happened."
        )
    if report.undated:
        notes.append(f"{report.undated} event(s) without a date are not counted in any period.")
    return tuple(notes)


def _row_fields(report: StatsReport, row: StatsRow) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "definition": report.definition.name,
        "definition_description": report.definition.description,
        "granularity": report.granularity.value,
        "period": row.period.label,
        "period_start": row.period.start.isoformat(),
        "period_end": row.period.end.isoformat(),
    }
    if report.group_by is not None:
        fields[report.group_by.value] = row.group
    for measure in Measure:
        fields[measure.value] = row.counts.value(measure)
    for measure in Measure:
        previous = row.change_from_previous(measure)
        year = row.change_from_year_before(measure)
        fields[f"{measure.value}_previous_period"] = previous.base
        fields[f"{measure.value}_change"] = previous.absolute
        fields[f"{measure.value}_change_pct"] = previous.percent
        fields[f"{measure.value}_year_earlier"] = year.base
        fields[f"{measure.value}_change_yoy"] = year.absolute
        fields[f"{measure.value}_change_yoy_pct"] = year.percent
    return fields


def stats_columns(report: StatsReport) -> list[str]:
    """The CSV header: the definition columns first, then the period, group, figures and changes."""
    columns = ["definition", "definition_description", "granularity", "period", "period_start", "period_end"]
    if report.group_by is not None:
        columns.append(report.group_by.value)
    columns.extend(measure.value for measure in Measure)
    for measure in Measure:
        columns.extend(
            f"{measure.value}_{suffix}"
            for suffix in (
                "previous_period",
                "change",
                "change_pct",
                "year_earlier",
                "change_yoy",
                "change_yoy_pct",
            )
        )
    return columns


def format_stats_csv(report: StatsReport) -> str:
    """One CSV row per period (and group); percentages are 'n/a' when the base is 0."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=stats_columns(report), lineterminator="\n")
    writer.writeheader()
    for row in report.rows:
        fields = _row_fields(report, row)
        writer.writerow({key: NOT_AVAILABLE if value is None else value for key, value in fields.items()})
    return buffer.getvalue()


def _json_row(report: StatsReport, row: StatsRow) -> dict[str, Any]:
    fields = _row_fields(report, row)
    return {key: value for key, value in fields.items() if not key.startswith("definition")}


def format_stats_json(report: StatsReport) -> str:
    """A JSON document: the definition, the range, totals, notes and rows (percent null when n/a)."""
    document = {
        "definition": {
            "name": report.definition.name,
            "description": report.definition.description,
            "source": report.definition.source,
        },
        "granularity": report.granularity.value,
        "group_by": report.group_by.value if report.group_by else None,
        "first_day": report.first.isoformat() if report.first else None,
        "last_day": report.last.isoformat() if report.last else None,
        "total": {measure.value: report.total.value(measure) for measure in Measure},
        "undated_events": report.undated,
        "imprecisely_dated_events": report.imprecise,
        "notes": list(describe_report_notes(report)),
        "rows": [_json_row(report, row) for row in report.rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
