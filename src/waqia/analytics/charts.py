"""Charts of the `waqia stats` figures (monthly trend, by province, by perpetrator) as PNG or SVG bytes."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from waqia.analytics.definitions import CountingDefinition
from waqia.analytics.periods import Granularity
from waqia.analytics.stats import GroupBy, StatsReport, Tally, compute_stats
from waqia.errors import ConfigError
from waqia.model import Event

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

DEFAULT_TOP = 15
# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
EVENTS_COLOUR = "#0072B2"
KILLED_COLOUR = "#D55E00"
FIGURE_SIZE = (11.0, 7.5)
PNG_DPI = 150
CAPTION_WIDTH = 150
LABELLED_BARS_MAX = 36
KILLED_NOTE = "Killed: each event's published fatality figure (the most conservative credible report)."


class ChartKind(StrEnum):
    MONTHLY = "monthly"
    PROVINCE = "province"
    ACTOR = "actor"


class ImageFormat(StrEnum):
    PNG = "png"
    SVG = "svg"


_GROUPING = {ChartKind.PROVINCE: GroupBy.ADMIN1, ChartKind.ACTOR: GroupBy.ACTOR}
_TITLES = {
    ChartKind.MONTHLY: "Events and people killed per month",
    ChartKind.PROVINCE: "Events and people killed by province",
    ChartKind.ACTOR: "Events and people killed by perpetrator",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class ChartData:
    """The bars of one chart: a label and its events and killed, all taken from `waqia stats` rows."""

    kind: ChartKind
    definition: CountingDefinition
    labels: tuple[str, ...]
    events: tuple[int, ...]
    killed: tuple[int, ...]
    first: date | None
    last: date | None
    total: Tally
    folded_groups: int
    undated: int
    source_label: str

    @property
    def title(self) -> str:
        return f"{_TITLES[self.kind]}: {self.definition.name}"

    @property
    def caption(self) -> str:
        """Definition, data source, date range and what 'killed' means, for under the chart."""
        span = "no dates"
        if self.first and self.last:
            span = f"{self.first.isoformat()} to {self.last.isoformat()}"
        source = self.source_label or "waqia event database"
        lines = [
            f"Counting definition “{self.definition.name}”: {self.definition.description}",
            f"Data: {source}, {span} (whole months); {self.total.events} events, {self.total.killed} killed. "
            + KILLED_NOTE,
        ]
        if self.folded_groups:
            lines.append(f"“Other” adds up the {self.folded_groups} smaller groups.")
        if self.undated:
            lines.append(f"{self.undated} event(s) without a date are not shown.")
        return "\n".join(textwrap.fill(line, CAPTION_WIDTH) for line in lines)


def compute_chart_data(
    events: Iterable[Event],
    *,
    kind: ChartKind,
    definition: CountingDefinition,
    since: date | None = None,
    until: date | None = None,
    top: int = DEFAULT_TOP,
    source_label: str = "",
) -> ChartData:
    """The chart's figures, from `compute_stats` by month (summed over the months for the bar charts).

    Raises:
        ConfigError: `top` is below 1.
    """
    if top < 1:
        raise ConfigError(f"--top {top} is not a positive number", hint="give --top 1 or more")
    report = compute_stats(
        events,
        definition=definition,
        granularity=Granularity.MONTH,
        group_by=_GROUPING.get(kind),
        since=since,
        until=until,
    )
    if kind is ChartKind.MONTHLY:
        labels = tuple(row.period.label for row in report.rows)
        counts = [row.counts for row in report.rows]
        folded = 0
    else:
        labels, counts, folded = _group_totals(report, top=top)
    return ChartData(
        kind=kind,
        definition=definition,
        labels=labels,
        events=tuple(tally.events for tally in counts),
        killed=tuple(tally.killed for tally in counts),
        first=report.first,
        last=report.last,
        total=report.total,
        folded_groups=folded,
        undated=report.undated,
        source_label=source_label,
    )


def _group_totals(report: StatsReport, *, top: int) -> tuple[tuple[str, ...], list[Tally], int]:
    totals: dict[str, Tally] = {}
    for row in report.rows:
        group = row.group or ""
        totals[group] = totals.get(group, Tally()).plus(row.counts)
    ordered = list(totals.items())  # compute_stats orders groups by events, then killed
    if len(ordered) <= top:
        return tuple(label for label, _ in ordered), [tally for _, tally in ordered], 0
    kept, rest = ordered[: top - 1], ordered[top - 1 :]
    other = Tally()
    for _, tally in rest:
        other = other.plus(tally)
    labels = (*(label for label, _ in kept), f"Other ({len(rest)})")
    return labels, [tally for _, tally in kept] + [other], len(rest)


def render_chart(data: ChartData, *, image_format: ImageFormat) -> bytes:
    """The chart as PNG or SVG bytes (matplotlib's Agg renderer; no display, no global pyplot state)."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    with rc_context(
        {
            "font.size": 11,
            "axes.titlesize": 12,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "svg.hashsalt": "waqia",
            "svg.fonttype": "none",
        }
    ):
        figure = Figure(figsize=FIGURE_SIZE, layout="constrained")
        figure.suptitle(data.title, fontsize=15, fontweight="bold")
        if not data.labels:
            axes = figure.add_subplot()
            axes.set_axis_off()
            axes.text(0.5, 0.5, "No events match this definition and range.", ha="center", fontsize=14)
        elif data.kind is ChartKind.MONTHLY:
            _draw_trend(figure, data)
        else:
            _draw_bars(figure, data)
        figure.supxlabel(data.caption, fontsize=9, ha="left", x=0.01, color="#333333", linespacing=1.4)
        buffer = io.BytesIO()
        metadata = {"Date": None} if image_format is ImageFormat.SVG else {"Software": "waqia"}
        figure.savefig(buffer, format=image_format.value, dpi=PNG_DPI, metadata=metadata)
    return buffer.getvalue()


def _label_bars(axes: Axes, values: tuple[int, ...], *, horizontal: bool) -> None:
    if len(values) > LABELLED_BARS_MAX:
        return
    container = axes.containers[-1]
    # Empty months stay blank on a trend; a zero bar in a ranking is a figure worth reading.
    labels = [str(value) if value or horizontal else "" for value in values]
    axes.bar_label(container, labels=labels, padding=3, fontsize=9)  # type: ignore[arg-type]
    if horizontal:
        axes.set_xlim(0, max(max(values, default=0) * 1.15, 1))
    else:
        axes.set_ylim(0, max(max(values, default=0) * 1.18, 1))


def _draw_trend(figure: Figure, data: ChartData) -> None:
    top, bottom = figure.subplots(2, 1, sharex=True)
    positions = list(range(len(data.labels)))
    top.bar(positions, data.events, color=EVENTS_COLOUR, width=0.8)
    _label_bars(top, data.events, horizontal=False)
    top.set_ylabel("Events")
    top.set_title("Events per month", loc="left")
    bottom.bar(positions, data.killed, color=KILLED_COLOUR, width=0.8)
    _label_bars(bottom, data.killed, horizontal=False)
    bottom.set_ylabel("People killed")
    bottom.set_title("People killed per month", loc="left")
    bottom.set_xlabel("Month")
    step = max(1, len(positions) // 18)
    bottom.set_xticks(positions[::step], data.labels[::step])
    if len(positions) > 8:
        bottom.tick_params(axis="x", labelrotation=45)
        for label in bottom.get_xticklabels():
            label.set_horizontalalignment("right")
            label.set_rotation_mode("anchor")
    for axes in (top, bottom):
        axes.yaxis.get_major_locator().set_params(integer=True)
        axes.grid(axis="y", color="#dddddd")
        axes.set_axisbelow(True)


def _draw_bars(figure: Figure, data: ChartData) -> None:
    left, right = figure.subplots(1, 2, sharey=True)
    positions = list(range(len(data.labels)))
    group = "Province" if data.kind is ChartKind.PROVINCE else "Perpetrator"
    left.barh(positions, data.events, color=EVENTS_COLOUR, height=0.7)
    _label_bars(left, data.events, horizontal=True)
    left.set_title("Events", loc="left")
    left.set_xlabel("Events")
    left.set_ylabel(group)
    left.set_yticks(positions, [textwrap.shorten(label, 40) for label in data.labels])
    left.invert_yaxis()
    right.barh(positions, data.killed, color=KILLED_COLOUR, height=0.7)
    _label_bars(right, data.killed, horizontal=True)
    right.set_title("People killed", loc="left")
    right.set_xlabel("People killed")
    for axes in (left, right):
        axes.xaxis.get_major_locator().set_params(integer=True)
        axes.grid(axis="x", color="#dddddd")
        axes.set_axisbelow(True)
