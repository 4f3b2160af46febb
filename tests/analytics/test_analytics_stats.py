"""`waqia stats` figures: counts per period and group, zeros for empty periods, changes, formats."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from waqia.analytics.definitions import CountingDefinition, build_catalog, load_builtin_definitions
from waqia.analytics.periods import Granularity
from waqia.analytics.stats import (
    UNKNOWN_GROUP,
    GroupBy,
    Measure,
    compute_stats,
    measure_change,
    stats_fetch_window,
)
from waqia.analytics.stats_formats import (
    describe_report_notes,
    format_change,
    format_stats_csv,
    format_stats_json,
)
from waqia.model import DatePrecision, Event, SubEventType, Target

from .builders import ARMY, BLA, KABUL, QUETTA, TTP, build_event

CATALOG = build_catalog(load_builtin_definitions())
ALL = CATALOG.get("all")
TERROR = CATALOG.get("terrorist-attacks")

EVENTS = [
    build_event("2024-03-05", killed=4, injured=10, perpetrator=TTP),
    build_event("2025-01-10", killed=9, injured=20, perpetrator=TTP),
    build_event("2025-01-20", SubEventType.ATTACK, killed=2, place=QUETTA, perpetrator=BLA),
    build_event("2025-03-01", SubEventType.ARMED_CLASH, killed=8, perpetrator=ARMY, target=Target.MILITANTS),
    build_event("2025-03-15", SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, killed=3, injured=5, place=KABUL),
    build_event("2025-03-20", SubEventType.PEACEFUL_PROTEST),
    build_event(None, killed=1),
]


def test_monthly_counts_with_empty_months_as_zeros() -> None:
    report = compute_stats(EVENTS, definition=TERROR, granularity=Granularity.MONTH, since=date(2025, 1, 1))
    by_label = {row.period.label: row.counts for row in report.rows}
    assert list(by_label) == ["2025-01", "2025-02", "2025-03"]
    assert (by_label["2025-01"].events, by_label["2025-01"].killed, by_label["2025-01"].injured) == (
        2,
        11,
        20,
    )
    assert (by_label["2025-02"].events, by_label["2025-02"].killed) == (0, 0)
    assert (by_label["2025-03"].events, by_label["2025-03"].killed, by_label["2025-03"].injured) == (1, 3, 5)
    assert (report.total.events, report.total.killed) == (3, 14)
    assert (report.first, report.last) == (date(2025, 1, 1), date(2025, 3, 31))
    assert report.undated == 1


def test_changes_use_events_before_the_range_as_bases() -> None:
    report = compute_stats(
        EVENTS,
        definition=TERROR,
        granularity=Granularity.QUARTER,
        since=date(2025, 1, 1),
        until=date(2025, 3, 31),
    )
    (row,) = report.rows
    assert row.period.label == "2025-Q1"
    assert row.previous.events == 0
    assert row.year_before.events == 1
    assert row.change_from_year_before(Measure.EVENTS) == measure_change(3, 1)
    assert row.change_from_year_before(Measure.KILLED).percent == 250.0
    assert row.change_from_previous(Measure.EVENTS).percent is None


@pytest.mark.parametrize(
    ("current", "base", "absolute", "percent", "text"),
    [
        (127, 100, 27, 27.0, "+27 (+27.0%)"),
        (1, 2, -1, -50.0, "-1 (-50.0%)"),
        (4, 0, 4, None, "+4 (n/a)"),
        (0, 0, 0, None, "0 (n/a)"),
        (3, 3, 0, 0.0, "0 (+0.0%)"),
        (2, 3, -1, -33.3, "-1 (-33.3%)"),
    ],
)
def test_measure_change(current: int, base: int, absolute: int, percent: float | None, text: str) -> None:
    change = measure_change(current, base)
    assert (change.base, change.absolute, change.percent) == (base, absolute, percent)
    assert format_change(change) == text


@pytest.mark.parametrize(
    ("group_by", "expected"),
    [
        (GroupBy.COUNTRY, {"Pakistan": 5, "Afghanistan": 1}),
        (GroupBy.ADMIN1, {"Khyber Pakhtunkhwa": 4, "Balochistan": 1, "Kabul": 1}),
        (
            GroupBy.ACTOR,
            {
                "Tehreek-e-Taliban Pakistan": 2,
                UNKNOWN_GROUP: 2,
                "Baloch Liberation Army": 1,
                "Pakistan Army": 1,
            },
        ),
        (
            GroupBy.TYPE,
            {"Explosions/Remote violence": 3, "Violence against civilians": 1, "Battles": 1, "Protests": 1},
        ),
        (GroupBy.TARGET, {UNKNOWN_GROUP: 5, "militants": 1}),
    ],
)
def test_groups_are_counted_and_ordered_largest_first(group_by: GroupBy, expected: dict[str, int]) -> None:
    report = compute_stats(EVENTS, definition=ALL, granularity=Granularity.YEAR, group_by=group_by)
    totals: dict[str, int] = {}
    for row in report.rows:
        assert row.group is not None
        totals[row.group] = totals.get(row.group, 0) + row.counts.events
    assert totals == expected
    events_per_group = [totals[group] for group in report.groups()]
    assert events_per_group == sorted(events_per_group, reverse=True)
    assert len(report.rows) == len(report.groups()) * 2  # every group in 2024 and 2025, zeros included


def test_a_range_without_events_still_lists_its_periods() -> None:
    report = compute_stats(
        EVENTS, definition=ALL, granularity=Granularity.WEEK, since=date(2025, 6, 2), until=date(2025, 6, 22)
    )
    assert [row.period.label for row in report.rows] == ["2025-W23", "2025-W24", "2025-W25"]
    assert all(row.counts.events == 0 for row in report.rows)
    assert compute_stats([], definition=ALL, granularity=Granularity.MONTH).rows == ()


def test_imprecise_dates_are_counted_at_their_first_day_and_noted() -> None:
    monthly = build_event("2025-05-01", killed=5, precision=DatePrecision.MONTH)
    report = compute_stats([monthly], definition=ALL, granularity=Granularity.DAY)
    assert report.rows[0].period.start == date(2025, 5, 1)
    assert report.imprecise == 1
    assert "less precisely than a day" in describe_report_notes(report)[0]
    assert compute_stats([monthly], definition=ALL, granularity=Granularity.MONTH).imprecise == 0


@pytest.mark.parametrize(
    ("since", "until", "granularity", "window"),
    [
        (date(2025, 3, 10), date(2025, 3, 20), Granularity.MONTH, (date(2024, 3, 1), date(2025, 3, 31))),
        (date(2025, 3, 12), date(2025, 3, 12), Granularity.WEEK, (date(2024, 3, 11), date(2025, 3, 16))),
        (None, None, Granularity.DAY, (None, None)),
    ],
)
def test_fetch_window_reaches_back_a_year_for_the_bases(
    since: date | None, until: date | None, granularity: Granularity, window: tuple[date | None, date | None]
) -> None:
    assert stats_fetch_window(since, until, granularity) == window


def test_csv_carries_the_definition_on_every_row_and_na_for_zero_bases() -> None:
    report = compute_stats(EVENTS, definition=TERROR, granularity=Granularity.MONTH, group_by=GroupBy.ADMIN1)
    rows = list(csv.DictReader(io.StringIO(format_stats_csv(report))))
    assert len(rows) == len(report.rows)
    assert {row["definition"] for row in rows} == {"terrorist-attacks"}
    assert {row["definition_description"] for row in rows} == {TERROR.description}
    first = rows[0]
    assert (first["period"], first["admin1"], first["events"]) == ("2024-03", "Khyber Pakhtunkhwa", "1")
    assert first["events_change_pct"] == "n/a"
    assert sum(int(row["killed"]) for row in rows) == report.total.killed


def test_json_carries_the_definition_totals_and_null_for_na() -> None:
    report = compute_stats(EVENTS, definition=TERROR, granularity=Granularity.YEAR)
    document = json.loads(format_stats_json(report))
    assert document["definition"]["name"] == "terrorist-attacks"
    assert document["definition"]["description"] == TERROR.description
    assert document["total"] == {"events": 4, "killed": 18, "injured": 35}
    assert document["undated_events"] == 1
    year_2025 = document["rows"][1]
    assert (year_2025["period"], year_2025["events"], year_2025["events_year_earlier"]) == ("2025", 3, 1)
    assert year_2025["events_change_yoy_pct"] == 200.0
    assert document["rows"][0]["events_change_pct"] is None


SUB_TYPES = list(SubEventType)


@st.composite
def random_events(draw: st.DrawFn) -> list[Event]:
    count = draw(st.integers(min_value=0, max_value=30))
    events = []
    for index in range(count):
        day = draw(st.dates(min_value=date(2023, 1, 1), max_value=date(2025, 12, 31)))
        events.append(
            build_event(
                day.isoformat(),
                draw(st.sampled_from(SUB_TYPES)),
                killed=draw(st.none() | st.integers(0, 50)),
                injured=draw(st.none() | st.integers(0, 50)),
                perpetrator=draw(st.sampled_from([None, TTP, BLA, ARMY])),
                event_id=f"e{index}",
            )
        )
    return events


@settings(max_examples=60, deadline=None)
@given(
    events=random_events(),
    granularity=st.sampled_from(list(Granularity)),
    definition=st.sampled_from(list(CATALOG.definitions)),
    group_by=st.none() | st.sampled_from(list(GroupBy)),
)
def test_rows_add_up_to_the_events_the_definition_selects(
    events: list[Event], granularity: Granularity, definition: CountingDefinition, group_by: GroupBy | None
) -> None:
    report = compute_stats(events, definition=definition, granularity=granularity, group_by=group_by)
    selected = definition.select(events)
    assert report.total.events == len(selected)
    assert report.total.killed == sum(event.fatalities or 0 for event in selected)
    assert report.total.injured == sum(event.casualties.injured_min or 0 for event in selected)
    labels = [row.period.label for row in report.rows]
    assert len(set(labels)) == len(labels) // max(1, len(report.groups()) if group_by else 1)
