"""The `waqia` command line: a thin shell over the library; the only place that prints."""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any, TextIO, cast

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from typer.core import TyperGroup

from waqia import __version__
from waqia.analytics.summary import summarise_events
from waqia.cli.common import (
    DEFAULT_DB,
    ActorOption,
    Admin1Option,
    CountryOption,
    DbOption,
    MinKilledOption,
    SinceOption,
    TypeOption,
    UntilOption,
    WorkersOption,
    build_default_extractor,
    event_filter_from_options,
    extracting_in,
    now_utc,
    open_output,
    opened_store,
    print_skipped,
    stderr_console,
)
from waqia.cli.resolution import write_changes
from waqia.errors import ConfigError, WaqiaError
from waqia.export import ExportFormat
from waqia.export.formats import write_export
from waqia.export.spec_json import format_spec_line
from waqia.extract.base import Extractor
from waqia.ingest import find_demo_sources, load_sources
from waqia.model import Article, Event, EventFilter, RunReport, Skipped
from waqia.pipeline import Progress as PipelineProgress
from waqia.pipeline import extract_articles, ingest_articles
from waqia.store.base import EventStore


class WaqiaGroup(TyperGroup):
    """Translates library errors into one-line CLI errors, in one place."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except WaqiaError as error:
            stderr_console().print(f"[red]Error:[/red] {escape(str(error))}", highlight=False, soft_wrap=True)
            raise typer.Exit(code=2) from error


app = typer.Typer(
    cls=WaqiaGroup,
    help="waqia: news reports of political violence in; a geocoded, deduplicated event database out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"waqia {__version__}")
        raise typer.Exit


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version_callback, is_eager=True, help="Show the version.")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what the library does.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s"
    )
    if not verbose:
        # trafilatura warns about every page part it discards; the skip lines already say what failed.
        logging.getLogger("trafilatura").setLevel(logging.ERROR)


def _print_report(report: RunReport, console: Console) -> None:
    console.print(
        f"{report.new} new, {report.updated} updated, {report.unchanged} unchanged, "
        f"{len(report.skipped)} skipped; {report.mentions} event mentions, {report.events} events touched.",
        highlight=False,
    )


def _run_ingest(
    sources: list[str], *, store: EventStore, extractor: Extractor, console: Console
) -> RunReport:
    items: list[Article | Skipped] = list(load_sources(sources, stdin=sys.stdin if "-" in sources else None))
    if not console.is_terminal:
        return ingest_articles(items, extractor=extractor, store=store, clock=now_utc)
    with Progress(
        TextColumn("[bold]ingest[/bold]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=len(items))

        def advance(step: PipelineProgress) -> None:
            progress.update(task, advance=1, description=step.origin[-50:])

        return ingest_articles(items, extractor=extractor, store=store, clock=now_utc, on_progress=advance)


@app.command()
def ingest(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Files, directories, feeds (file or http(s) URL), web pages, or - for standard input."
        ),
    ],
    db: DbOption = DEFAULT_DB,
    workers: WorkersOption = 0,
) -> None:
    """Read articles, extract their events and store them (re-running changes nothing)."""
    console = stderr_console()
    with (
        opened_store(db) as store,
        extracting_in(build_default_extractor(), workers=workers) as extractor,
    ):
        report = _run_ingest(sources, store=store, extractor=extractor, console=console)
    print_skipped(report.skipped, console)
    _print_report(report, console)
    if report.failed:
        raise typer.Exit(code=1)


@app.command()
def extract(
    inputs: Annotated[
        list[str],
        typer.Option(
            "--input",
            "-i",
            help="Articles as JSON Lines in the evaluation spec format, or -; also HTML pages, text files, "
            "feeds and folders of them (repeatable; read in the order given).",
        ),
    ],
    output: Annotated[
        str, typer.Option("--output", "-o", help="Where to write the events (JSON Lines), or -.")
    ],
    workers: WorkersOption = 0,
) -> None:
    """Extract events from spec-format articles to spec-format JSON Lines, without a database."""
    console = stderr_console()
    items = load_sources(inputs, stdin=sys.stdin if "-" in inputs else None)
    failures: list[Skipped] = []
    written = 0
    with (
        extracting_in(build_default_extractor(), workers=workers) as extractor,
        open_output(output, binary=False) as stream,
    ):
        for result in extract_articles(items, extractor=extractor):
            if isinstance(result, Skipped):
                failures.append(result)
                continue
            article, mentions = result
            stream.write(
                format_spec_line(article_id=article.public_id, mentions=mentions, event_ids=None) + "\n"
            )
            written += 1
    print_skipped(tuple(failures), console)
    console.print(f"{written} articles written to {output}; {len(failures)} skipped.", highlight=False)
    if failures:
        raise typer.Exit(code=1)


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    since: SinceOption = None,
    until: UntilOption = None,
    country: CountryOption = None,
    admin1: Admin1Option = None,
    event_type: TypeOption = None,
    actor: ActorOption = None,
    min_killed: MinKilledOption = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many events.")] = 50,
) -> None:
    """List stored events, newest first."""
    event_filter = event_filter_from_options(
        since=since,
        until=until,
        country=country,
        admin1=admin1,
        event_type=event_type,
        actor=actor,
        min_killed=min_killed,
        limit=limit,
    )
    with opened_store(db) as store:
        found = store.query_events(event_filter)
    Console().print(_events_table(found, title=f"{len(found)} events"))


def _events_table(found: list[Event], *, title: str) -> Table:
    table = Table(title=title, show_lines=False)
    for column in (
        "date",
        "type",
        "place",
        "province",
        "perpetrator",
        "claim",
        "killed",
        "injured",
        "sources",
    ):
        table.add_column(column, overflow="fold")
    for event in found:
        place = event.place
        table.add_row(
            event.when.iso() if event.when else "?",
            event.sub_event_type.value,
            place.name if place else "?",
            (place.admin1 or "") if place else "",
            event.perpetrator.name if event.perpetrator else "",
            event.claim.status.value,
            _range(event.casualties.killed_min, event.casualties.killed_max),
            _range(event.casualties.injured_min, event.casualties.injured_max),
            str(len(event.sources) or len(event.mention_ids)),
        )
    return table


def _range(low: int | None, high: int | None) -> str:
    if low is None:
        return ""
    if high is None:
        return f"{low}+"
    return str(low) if low == high else f"{low}-{high}"


EXPORT_SUFFIX = {
    ExportFormat.ACLED_CSV: "csv",
    ExportFormat.GEOJSON: "geojson",
    ExportFormat.JSONL: "jsonl",
    ExportFormat.MENTIONS: "mentions.jsonl",
    ExportFormat.PARQUET: "parquet",
}


@app.command()
def export(
    export_format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")],
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
    min_killed: MinKilledOption = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many events.")] = None,
    changed_since: Annotated[
        datetime | None,
        typer.Option(
            "--changed-since",
            formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z"],
            help="Only events added, updated or withdrawn since this time (UTC unless given), as JSON Lines.",
        ),
    ] = None,
) -> None:
    """Export stored events as ACLED-style CSV, GeoJSON, JSON Lines, spec mentions or Parquet."""
    if changed_since is not None:
        if export_format is not ExportFormat.JSONL:
            raise ConfigError(
                "--changed-since lists changes as JSON Lines", hint="use it with --format jsonl"
            )
        moment = changed_since if changed_since.tzinfo else changed_since.replace(tzinfo=UTC)
        with opened_store(db) as store, open_output(output, binary=False) as stream:
            count = write_changes(store, cast(TextIO, stream), since=moment)
        stderr_console().print(f"{count} changed events since {moment.isoformat()}", highlight=False)
        return
    event_filter = event_filter_from_options(
        since=since,
        until=until,
        country=country,
        admin1=admin1,
        event_type=event_type,
        actor=actor,
        min_killed=min_killed,
        limit=limit,
    )
    if export_format is ExportFormat.PARQUET and output == "-" and sys.stdout.isatty():
        raise ConfigError(
            "Parquet is binary and standard output is a terminal", hint="give --output FILE.parquet"
        )
    with (
        opened_store(db) as store,
        open_output(output, binary=export_format is ExportFormat.PARQUET) as stream,
    ):
        count = write_export(store, export_format, stream, event_filter=event_filter)
    if output != "-":
        stderr_console().print(f"{count} records written to {output}", highlight=False)


@app.command()
def demo(
    out: Annotated[Path, typer.Option("--out", help="Folder for the demo store and exports.")] = Path("demo"),
    workers: WorkersOption = 0,
) -> None:
    """Ingest the bundled sample into a fresh SQLite store, print a summary and write every export."""
    console = Console()
    out.mkdir(parents=True, exist_ok=True)
    db_path = out / "waqia-demo.db"
    for stale in (db_path, out / "waqia-demo.db-wal", out / "waqia-demo.db-shm"):
        stale.unlink(missing_ok=True)
    started = datetime.now(UTC)
    sources = find_demo_sources()
    if not sources:
        raise ConfigError(
            "the bundled demo sample is missing from the installed package", hint="reinstall waqia"
        )
    with (
        opened_store(str(db_path)) as store,
        extracting_in(build_default_extractor(), workers=workers) as extractor,
    ):
        report = _run_ingest(sources, store=store, extractor=extractor, console=stderr_console())
        all_events = list(store.iter_events(EventFilter()))
        written = []
        for export_format, suffix in EXPORT_SUFFIX.items():
            path = out / f"events.{suffix}" if export_format is not ExportFormat.MENTIONS else out / suffix
            with open_output(str(path), binary=export_format is ExportFormat.PARQUET) as stream:
                count = write_export(store, export_format, stream)
            written.append((export_format.value, path, count))
    print_skipped(report.skipped, stderr_console())
    _print_report(report, console)
    summary = summarise_events(all_events)
    console.print(
        f"[bold]{summary.events} events[/bold] ({summary.multi_source_events} reported by several outlets), "
        f"{summary.killed} killed, {summary.injured} injured.",
        highlight=False,
    )
    breakdown = Table(title="Events by type and province")
    breakdown.add_column("sub-event type")
    breakdown.add_column("events", justify="right")
    breakdown.add_column("province")
    breakdown.add_column("events", justify="right")
    rows = max(len(summary.by_type), len(summary.by_admin1))
    for index in range(rows):
        kind = summary.by_type[index] if index < len(summary.by_type) else ("", "")
        region = summary.by_admin1[index] if index < len(summary.by_admin1) else ("", "")
        breakdown.add_row(kind[0], str(kind[1]), region[0], str(region[1]))
    console.print(breakdown)
    deadliest = sorted(all_events, key=lambda e: (e.fatalities or 0, len(e.sources)), reverse=True)[:10]
    console.print(_events_table(deadliest, title="The ten deadliest events"))
    for name, path, count in written:
        console.print(f"{name:>10}: {count} records -> {path}", highlight=False)
    seconds = (datetime.now(UTC) - started).total_seconds()
    console.print(f"Demo finished in {seconds:.1f} s. Store: {db_path}", highlight=False)
    if report.failed:
        raise typer.Exit(code=1)


def _register_commands() -> None:
    # Command groups live in their own modules; each adds its commands to `app`.
    from waqia.cli import analytics, evaluate, resolution, web

    evaluate.register(app)
    analytics.register(app)
    resolution.register(app)
    web.register(app)


_register_commands()


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
