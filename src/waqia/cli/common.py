"""What every `waqia` command shares: the store and filter options, consoles, opening stores and outputs."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from waqia.errors import ConfigError
from waqia.extract.base import Extractor
from waqia.extract.parallel import extractor_in_workers, worker_count
from waqia.model import EventFilter, Skipped
from waqia.store import open_store
from waqia.store.base import EventStore

DEFAULT_DB = "waqia.db"
DB_HELP = "SQLite file path or SQLAlchemy URL (sqlite:///..., postgresql://user@host:port/db)."


DbOption = Annotated[str, typer.Option("--db", envvar="WAQIA_DB", help=DB_HELP)]
WorkersOption = Annotated[
    int,
    typer.Option(
        "--workers",
        envvar="WAQIA_WORKERS",
        min=0,
        help="Extraction processes: 0 for one per CPU (at most 4), 1 to extract in this process; "
        "more than the usable CPUs runs one per CPU.",
    ),
]


def stderr_console() -> Console:
    return Console(stderr=True)


def now_utc() -> datetime:
    return datetime.now(UTC)


def build_default_extractor() -> Extractor:
    # Imported here: building the spaCy pipeline and gazetteer takes seconds; `events`/`export` need neither.
    from waqia.extract.rules import build_extractor

    return build_extractor()


@contextmanager
def extracting_in(extractor: Extractor, *, workers: int) -> Iterator[Extractor]:
    """`extractor`, run in `--workers` processes while the block lasts (they stop on leaving it, at once
    on an error or Ctrl-C)."""
    with extractor_in_workers(extractor, workers=worker_count(workers)) as running:
        yield running


@contextmanager
def opened_store(target: str) -> Iterator[EventStore]:
    store = open_store(target)
    try:
        yield store
    finally:
        store.close()


def print_skipped(skipped: tuple[Skipped, ...], console: Console) -> None:
    for item in skipped:
        console.print(
            f"[red]error[/red] {escape(f'[{item.reason.value}]')} {escape(item.detail)}",
            highlight=False,
            soft_wrap=True,
        )


def event_filter_from_options(
    *,
    since: datetime | None,
    until: datetime | None,
    country: str | None,
    admin1: str | None,
    event_type: str | None,
    actor: str | None,
    min_killed: int | None,
    limit: int | None,
) -> EventFilter:
    if limit is not None and limit < 1:
        raise ConfigError(f"--limit {limit} is not a positive number", hint="give --limit 1 or more")
    return EventFilter(
        since=since.date() if since else None,
        until=until.date() if until else None,
        country=country,
        admin1=admin1,
        event_type=event_type,
        actor=actor,
        min_killed=min_killed,
        limit=limit,
    )


SinceOption = Annotated[
    datetime | None, typer.Option("--since", formats=["%Y-%m-%d"], help="Events on or after this date.")
]
UntilOption = Annotated[
    datetime | None, typer.Option("--until", formats=["%Y-%m-%d"], help="Events on or before this date.")
]
CountryOption = Annotated[str | None, typer.Option("--country", help="Country name or ISO code.")]
Admin1Option = Annotated[str | None, typer.Option("--admin1", help="Province or state.")]
TypeOption = Annotated[str | None, typer.Option("--type", help="ACLED event type or sub-event type.")]
ActorOption = Annotated[
    str | None, typer.Option("--actor", help="Part of a perpetrator's or claimant's name.")
]
MinKilledOption = Annotated[
    int | None, typer.Option("--min-killed", min=0, help="At least this many killed.")
]


@contextmanager
def open_output(target: str, *, binary: bool) -> Iterator[IO[Any]]:
    if target == "-":
        yield sys.stdout.buffer if binary else sys.stdout
        return
    path = Path(target)
    if not path.parent.exists():
        raise ConfigError(
            f"cannot write {target}: folder {path.parent} does not exist", hint="create it first"
        )
    mode = "wb" if binary else "w"
    encoding = None if binary else "utf-8"
    with path.open(mode, encoding=encoding, newline=None if binary else "") as stream:
        yield stream
