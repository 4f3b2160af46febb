"""The analysis commands: `stats`, `chart`, `map`, `digest` and `definitions` (registered on the main app)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from waqia.analytics.charts import DEFAULT_TOP as CHART_TOP
from waqia.analytics.charts import ChartKind, ImageFormat, compute_chart_data, render_chart
from waqia.analytics.definitions import (
    DEFAULT_DEFINITION,
    CountingDefinition,
    DefinitionCatalog,
    build_catalog,
    describe_definition,
    load_builtin_definitions,
    parse_definitions,
)
from waqia.analytics.digest import DEFAULT_TOP as DIGEST_TOP
from waqia.analytics.digest import DigestFormat, build_digest, render_digest
from waqia.analytics.event_map import DEFAULT_TILE_URL, build_tile_layer, render_event_map
from waqia.analytics.periods import Granularity, period_containing, previous_period
from waqia.analytics.stats import GroupBy, Measure, StatsReport, compute_stats, stats_fetch_window
from waqia.analytics.stats_formats import (
    describe_range,
    describe_report_notes,
    format_change,
    format_stats_csv,
    format_stats_json,
)
from waqia.cli.common import (
    DEFAULT_DB,
    ActorOption,
    Admin1Option,
    CountryOption,
    DbOption,
    SinceOption,
    TypeOption,
    UntilOption,
    opened_store,
    stderr_console,
)
from waqia.errors import ConfigError
from waqia.model import Event, EventFilter

DEFINITIONS_ENV = "WAQIA_DEFINITIONS"
FILE_WIDTH = 160

DefinitionOption = Annotated[
    str,
    typer.Option(
        "--definition",
        "-d",
        envvar="WAQIA_DEFINITION",
        help="Counting definition to apply (see `waqia definitions`).",
    ),
]
DefinitionsFileOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--definitions",
        help=f"TOML file of extra counting definitions (repeatable; also {DEFINITIONS_ENV}, "
        "paths separated by the OS path separator).",
    ),
]


class DigestPeriod(StrEnum):
    DAY = "day"
    WEEK = "week"


class StatsFormat(StrEnum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"


def _read_definitions_file(path: Path) -> tuple[CountingDefinition, ...]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise ConfigError(f"{path}: no such definitions file", hint="give the path of a TOML file") from error
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 text", hint="save the definitions file as UTF-8") from error
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror}", hint="check the path") from error
    return parse_definitions(text, source=str(path))


def load_catalog(files: list[Path] | None) -> DefinitionCatalog:
    """The built-in definitions, then those of WAQIA_DEFINITIONS, then those of --definitions."""
    paths = [Path(item) for item in os.environ.get(DEFINITIONS_ENV, "").split(os.pathsep) if item.strip()]
    paths.extend(files or [])
    return build_catalog(load_builtin_definitions(), *(_read_definitions_file(path) for path in paths))


def describe_store(target: str) -> str:
    """A label for captions that never shows credentials: a file name, or scheme://host/database."""
    if "://" not in target:
        return Path(target).name
    parts = urlsplit(target)
    if parts.scheme.startswith("sqlite"):
        return Path(parts.path).name or "in-memory SQLite"
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme.split('+')[0]}://{host}{port}{parts.path}"


def _fetch_events(
    db: str,
    *,
    since: date | None,
    until: date | None,
    country: str | None = None,
    admin1: str | None = None,
    event_type: str | None = None,
    actor: str | None = None,
) -> list[Event]:
    event_filter = EventFilter(
        since=since, until=until, country=country, admin1=admin1, event_type=event_type, actor=actor
    )
    with opened_store(db) as store:
        return list(store.iter_events(event_filter))


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


def _check_range(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise ConfigError(
            f"--since {since} is after --until {until}", hint="give a --since on or before --until"
        )


def _output_path(output: str) -> Path:
    path = Path(output)
    if not path.parent.exists():
        raise ConfigError(
            f"cannot write {output}: folder {path.parent} does not exist", hint="create it first"
        )
    return path


def _write_text(output: str, text: str) -> None:
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    _output_path(output).write_text(text, encoding="utf-8")


@contextmanager
def _text_console(output: str) -> Iterator[Console]:
    """A console on standard output or a file; wide when not a terminal, so tables do not fold."""
    if output == "-":
        yield Console(width=None if sys.stdout.isatty() else FILE_WIDTH)
        return
    with _output_path(output).open("w", encoding="utf-8") as stream:
        yield Console(file=stream, width=FILE_WIDTH)


def _stats_table(report: StatsReport) -> Table:
    grouped = report.group_by is not None
    table = Table(
        title=f"{report.definition.name} by {report.granularity.value}, {describe_range(report)}",
        caption="Δ prev: change from the previous period; Δ year: from the same period a year earlier.",
    )
    table.add_column(report.granularity.value)
    if grouped and report.group_by is not None:
        table.add_column(report.group_by.value, overflow="fold")
    for measure in Measure:
        table.add_column(measure.value, justify="right")
        table.add_column("Δ prev", justify="right")
        table.add_column("Δ year", justify="right")
    for row in report.rows:
        cells = [row.period.label] + ([row.group or ""] if grouped else [])
        for measure in Measure:
            cells += [
                str(row.counts.value(measure)),
                format_change(row.change_from_previous(measure)),
                format_change(row.change_from_year_before(measure)),
            ]
        table.add_row(*cells)
    table.add_section()
    total = ["total"] + ([""] if grouped else [])
    for measure in Measure:
        total += [str(report.total.value(measure)), "", ""]
    table.add_row(*total, style="bold")
    return table


def _print_definition(console: Console, definition: CountingDefinition) -> None:
    console.print(
        f"[bold]Counting definition {escape(definition.name)}[/bold]: {escape(definition.description)}",
        highlight=False,
        soft_wrap=True,
    )


def stats(
    by: Annotated[Granularity, typer.Option("--by", help="Period length.")] = Granularity.MONTH,
    group: Annotated[GroupBy | None, typer.Option("--group", help="Break each period down by this.")] = None,
    definition: DefinitionOption = DEFAULT_DEFINITION,
    definitions: DefinitionsFileOption = None,
    output_format: Annotated[StatsFormat, typer.Option("--format", "-f", help="Output format.")] = (
        StatsFormat.TABLE
    ),
    output: Annotated[
        str, typer.Option("--output", "-o", help="File to write, or - for standard output.")
    ] = "-",
    db: DbOption = DEFAULT_DB,
    since: SinceOption = None,
    until: UntilOption = None,
    country: CountryOption = None,
    admin1: Admin1Option = None,
    event_type: TypeOption = None,
    actor: ActorOption = None,
) -> None:
    """Events, killed and injured per period (and group), with period-over-period and yearly change."""
    chosen = load_catalog(definitions).get(definition)
    first, last = _day(since), _day(until)
    _check_range(first, last)
    fetch_since, fetch_until = stats_fetch_window(first, last, by)
    events = _fetch_events(
        db,
        since=fetch_since,
        until=fetch_until,
        country=country,
        admin1=admin1,
        event_type=event_type,
        actor=actor,
    )
    report = compute_stats(events, definition=chosen, granularity=by, group_by=group, since=first, until=last)
    if output_format is StatsFormat.CSV:
        _write_text(output, format_stats_csv(report))
    elif output_format is StatsFormat.JSON:
        _write_text(output, format_stats_json(report))
    else:
        with _text_console(output) as console:
            _print_definition(console, chosen)
            console.print(_stats_table(report))
            for note in describe_report_notes(report):
                console.print(f"Note: {escape(note)}", highlight=False, soft_wrap=True)
    if not report.rows:
        stderr_console().print("No dated events match this definition and these filters.", highlight=False)


def chart(
    kind: Annotated[ChartKind, typer.Argument(help="monthly, province or actor.")],
    output: Annotated[str, typer.Option("--output", "-o", help="Image file to write: .png or .svg.")],
    image_format: Annotated[
        ImageFormat | None, typer.Option("--format", "-f", help="png or svg (default: from the file name).")
    ] = None,
    definition: DefinitionOption = DEFAULT_DEFINITION,
    definitions: DefinitionsFileOption = None,
    top: Annotated[int, typer.Option("--top", help="Bars on a province or actor chart.")] = CHART_TOP,
    db: DbOption = DEFAULT_DB,
    since: SinceOption = None,
    until: UntilOption = None,
    country: CountryOption = None,
    admin1: Admin1Option = None,
    event_type: TypeOption = None,
    actor: ActorOption = None,
) -> None:
    """Draw a chart of the `waqia stats` figures: monthly trend, by province or by perpetrator."""
    suffix = Path(output).suffix.lower().lstrip(".")
    if image_format is None:
        if suffix not in {member.value for member in ImageFormat}:
            raise ConfigError(
                f"cannot tell the image format of {output}", hint="name it .png or .svg, or give --format"
            )
        image_format = ImageFormat(suffix)
    chosen = load_catalog(definitions).get(definition)
    first, last = _day(since), _day(until)
    _check_range(first, last)
    fetch_since, fetch_until = stats_fetch_window(first, last, Granularity.MONTH)
    events = _fetch_events(
        db,
        since=fetch_since,
        until=fetch_until,
        country=country,
        admin1=admin1,
        event_type=event_type,
        actor=actor,
    )
    data = compute_chart_data(
        events,
        kind=kind,
        definition=chosen,
        since=first,
        until=last,
        top=top,
        source_label=describe_store(db),
    )
    path = _output_path(output)
    path.write_bytes(render_chart(data, image_format=image_format))
    stderr_console().print(
        f"{kind.value} chart of {data.total.events} events ({chosen.name}) written to {output}",
        highlight=False,
    )


def event_map(
    output: Annotated[str, typer.Option("--output", "-o", help="HTML file to write.")] = "map.html",
    tiles: Annotated[
        str, typer.Option("--tiles", help="Tile URL template with {z}, {x} and {y} (and optionally {s}).")
    ] = DEFAULT_TILE_URL,
    tiles_attribution: Annotated[
        str | None,
        typer.Option("--tiles-attribution", help="Attribution the tile server's licence requires."),
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="Heading of the page.")] = None,
    definition: DefinitionOption = DEFAULT_DEFINITION,
    definitions: DefinitionsFileOption = None,
    db: DbOption = DEFAULT_DB,
    since: SinceOption = None,
    until: UntilOption = None,
    country: CountryOption = None,
    admin1: Admin1Option = None,
    event_type: TypeOption = None,
    actor: ActorOption = None,
) -> None:
    """Write one self-contained HTML map: markers sized by killed, coloured by type, clustered."""
    tile_layer = build_tile_layer(tiles, attribution=tiles_attribution)
    chosen = load_catalog(definitions).get(definition)
    first, last = _day(since), _day(until)
    _check_range(first, last)
    events = _fetch_events(
        db, since=first, until=last, country=country, admin1=admin1, event_type=event_type, actor=actor
    )
    page = render_event_map(
        events, definition=chosen, tiles=tile_layer, title=title, source_label=describe_store(db)
    )
    _write_text(output, page)
    if output != "-":
        stderr_console().print(f"map of the {chosen.name} events written to {output}", highlight=False)


def _default_digest_day(granularity: Granularity, today: date) -> date:
    """The last complete period: yesterday, or the week before the current one."""
    if granularity is Granularity.DAY:
        return today - timedelta(days=1)
    return previous_period(period_containing(today, Granularity.WEEK)).start


def digest(
    period: Annotated[
        DigestPeriod, typer.Option("--period", help="A day or an ISO week.")
    ] = DigestPeriod.DAY,
    day: Annotated[
        datetime | None,
        typer.Option(
            "--date",
            formats=["%Y-%m-%d"],
            help="A day in the period (default: yesterday, or last week for --period week).",
        ),
    ] = None,
    digest_format: Annotated[DigestFormat, typer.Option("--format", "-f", help="md, html or text.")] = (
        DigestFormat.MD
    ),
    definition: DefinitionOption = DEFAULT_DEFINITION,
    definitions: DefinitionsFileOption = None,
    top: Annotated[
        int, typer.Option("--top", help="How many of the most serious events to list.")
    ] = DIGEST_TOP,
    send: Annotated[
        bool, typer.Option("--send", help="Mail the digest (text and HTML) using the WAQIA_SMTP_* variables.")
    ] = False,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="File to write, or - (default: standard output unless --send)."),
    ] = None,
    db: DbOption = DEFAULT_DB,
    country: CountryOption = None,
    admin1: Admin1Option = None,
) -> None:
    """The daily or weekly digest: totals and change, the most serious events, claims, talks; with sources."""
    granularity = Granularity(period.value)
    settings = None
    if send:
        from waqia.publish.mail import read_smtp_settings

        settings = read_smtp_settings(os.environ)
    chosen = load_catalog(definitions).get(definition)
    target = day.date() if day else _default_digest_day(granularity, date.today())
    fetch_since, fetch_until = stats_fetch_window(target, target, granularity)
    events = _fetch_events(db, since=fetch_since, until=fetch_until, country=country, admin1=admin1)
    result = build_digest(
        events,
        definition=chosen,
        granularity=granularity,
        day=target,
        top=top,
        source_label=describe_store(db),
    )
    if output is not None or not send:
        _write_text(output or "-", render_digest(result, digest_format))
    if settings is not None:
        from waqia.publish.mail import build_message, send_message

        message = build_message(
            subject=result.subject,
            text=render_digest(result, DigestFormat.TEXT),
            html=render_digest(result, DigestFormat.HTML),
            sender=settings.sender,
            recipients=settings.recipients,
        )
        send_message(message, settings)
        stderr_console().print(
            f"digest sent to {', '.join(settings.recipients)} through {settings.host}:{settings.port}",
            highlight=False,
        )


def definitions_command(definitions: DefinitionsFileOption = None) -> None:
    """List the counting definitions, what each counts and where it is defined."""
    catalog = load_catalog(definitions)
    table = Table(title="Counting definitions", show_lines=True)
    table.add_column("name", no_wrap=True)
    table.add_column("description and criteria", overflow="fold")
    table.add_column("defined in", overflow="fold")
    for item in catalog.definitions:
        criteria = "\n".join(describe_definition(item))
        table.add_row(
            item.name, f"{escape(item.description)}\n[dim]{escape(criteria)}[/dim]", escape(item.source)
        )
    Console().print(table)


def register(app: typer.Typer) -> None:
    """Add the analysis commands to the `waqia` app."""
    app.command(name="stats")(stats)
    app.command(name="chart")(chart)
    app.command(name="map")(event_map)
    app.command(name="digest")(digest)
    app.command(name="definitions")(definitions_command)
