"""Charts: their figures are the `waqia stats` figures, and the images carry title, labels and caption."""

from __future__ import annotations

from collections import Counter
from datetime import date
from xml.etree import ElementTree

import pytest

from waqia.analytics.charts import ChartData, ChartKind, ImageFormat, compute_chart_data, render_chart
from waqia.analytics.definitions import CountingDefinition, build_catalog, load_builtin_definitions
from waqia.analytics.periods import Granularity
from waqia.analytics.stats import GroupBy, Tally, compute_stats
from waqia.errors import ConfigError
from waqia.model import Actor, ActorType, Event, SubEventType, Target

from .builders import ARMY, BLA, KABUL, QUETTA, TTP, build_event

CATALOG = build_catalog(load_builtin_definitions())
SVG_NS = "{http://www.w3.org/2000/svg}"

EVENTS: list[Event] = [
    build_event("2024-11-03", killed=4, injured=1, perpetrator=TTP),
    build_event("2025-01-10", killed=9, injured=20, perpetrator=TTP),
    build_event("2025-01-20", SubEventType.ATTACK, killed=2, place=QUETTA, perpetrator=BLA),
    build_event("2025-02-11", SubEventType.ARMED_CLASH, killed=8, perpetrator=ARMY, target=Target.MILITANTS),
    build_event("2025-03-15", SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, killed=3, place=KABUL),
    build_event(
        "2025-03-16",
        SubEventType.GRENADE,
        killed=1,
        place=KABUL,
        perpetrator=Actor(name="ISKP", actor_type=ActorType.REBEL_GROUP),
    ),
    build_event("2025-03-20", SubEventType.PEACEFUL_PROTEST),
    build_event(None, killed=1),
]
DEFINITIONS = [CATALOG.get(name) for name in ("terrorist-attacks", "all-political-violence", "all")]
RANGES = [(None, None), (date(2025, 1, 5), date(2025, 3, 1))]


@pytest.mark.parametrize("definition", DEFINITIONS, ids=lambda d: d.name)
@pytest.mark.parametrize(("since", "until"), RANGES)
def test_monthly_chart_figures_are_the_monthly_stats(
    definition: CountingDefinition, since: date | None, until: date | None
) -> None:
    data = compute_chart_data(EVENTS, kind=ChartKind.MONTHLY, definition=definition, since=since, until=until)
    report = compute_stats(
        EVENTS, definition=definition, granularity=Granularity.MONTH, since=since, until=until
    )
    assert data.labels == tuple(row.period.label for row in report.rows)
    assert data.events == tuple(row.counts.events for row in report.rows)
    assert data.killed == tuple(row.counts.killed for row in report.rows)
    assert (data.first, data.last, data.total) == (report.first, report.last, report.total)


@pytest.mark.parametrize("definition", DEFINITIONS, ids=lambda d: d.name)
@pytest.mark.parametrize(
    ("kind", "group_by"), [(ChartKind.PROVINCE, GroupBy.ADMIN1), (ChartKind.ACTOR, GroupBy.ACTOR)]
)
@pytest.mark.parametrize("top", [1, 2, 15])
def test_bar_chart_figures_add_up_the_grouped_monthly_stats(
    definition: CountingDefinition, kind: ChartKind, group_by: GroupBy, top: int
) -> None:
    data = compute_chart_data(EVENTS, kind=kind, definition=definition, top=top)
    report = compute_stats(EVENTS, definition=definition, granularity=Granularity.MONTH, group_by=group_by)
    per_group: dict[str, Tally] = {}
    for row in report.rows:
        assert row.group is not None
        per_group[row.group] = per_group.get(row.group, Tally()).plus(row.counts)
    groups = list(report.groups())
    kept = groups if len(groups) <= top else groups[: top - 1]
    assert data.labels[: len(kept)] == tuple(kept)
    assert data.events[: len(kept)] == tuple(per_group[group].events for group in kept)
    assert data.killed[: len(kept)] == tuple(per_group[group].killed for group in kept)
    assert sum(data.events) == report.total.events
    assert sum(data.killed) == report.total.killed
    assert data.folded_groups == (len(groups) - len(kept) if len(groups) > top else 0)


def _svg_texts(svg: bytes) -> list[str]:
    root = ElementTree.fromstring(svg)
    return ["".join(node.itertext()).strip() for node in root.iter(f"{SVG_NS}text")]


@pytest.mark.parametrize("kind", list(ChartKind))
def test_svg_shows_title_caption_axis_labels_and_the_figures(kind: ChartKind) -> None:
    definition = CATALOG.get("all-political-violence")
    data = compute_chart_data(EVENTS, kind=kind, definition=definition, source_label="test.db")
    texts = _svg_texts(render_chart(data, image_format=ImageFormat.SVG))
    joined = "\n".join(texts)
    assert data.title in texts
    assert "Counting definition “all-political-violence”" in joined
    assert "Data: test.db, 2024-11-01 to 2025-03-31" in joined
    assert "People killed" in texts
    assert "1 event(s) without a date are not shown." in joined
    drawn = Counter(text for text in texts if text.isdigit())
    figures = Counter(
        str(value) for value in (*data.events, *data.killed) if value or kind is not ChartKind.MONTHLY
    )
    assert not figures - drawn, "every bar's figure is written on the chart"


def test_png_is_a_png_and_the_same_data_renders_the_same_svg() -> None:
    data = compute_chart_data(EVENTS, kind=ChartKind.MONTHLY, definition=CATALOG.get("all"))
    assert render_chart(data, image_format=ImageFormat.PNG).startswith(b"\x89PNG\r\n\x1a\n")
    assert render_chart(data, image_format=ImageFormat.SVG) == render_chart(
        data, image_format=ImageFormat.SVG
    )


def test_an_empty_chart_says_so() -> None:
    data = compute_chart_data([], kind=ChartKind.ACTOR, definition=CATALOG.get("all"))
    assert isinstance(data, ChartData)
    assert data.labels == ()
    assert "No events match this definition and range." in _svg_texts(
        render_chart(data, image_format=ImageFormat.SVG)
    )


def test_top_must_be_positive() -> None:
    with pytest.raises(ConfigError, match="--top 0"):
        compute_chart_data(EVENTS, kind=ChartKind.ACTOR, definition=CATALOG.get("all"), top=0)
