"""The `merge`, `split` and `history` commands, and the change feed behind `export --changed-since`."""

from __future__ import annotations

import getpass
import json
from datetime import UTC, datetime
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from waqia.export.event_row import flatten_event
from waqia.model import ChangeKind, EventChange
from waqia.review import merge_events, review_history, split_event
from waqia.store import open_store
from waqia.store.base import EventStore

# The same default store and help text as the other commands (cli/main.py).
DEFAULT_DB = "waqia.db"
DB_HELP = "SQLite file path or SQLAlchemy URL (sqlite:///..., postgresql://user@host:port/db)."


def default_author() -> str:
    """The OS user name, the author recorded for reviews made from the command line."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


DbOption = Annotated[str, typer.Option("--db", envvar="WAQIA_DB", help=DB_HELP)]
AuthorOption = Annotated[
    str | None, typer.Option("--author", help="Who makes the change (default: the OS user name).")
]


def register(app: typer.Typer) -> None:
    """Add the manual-resolution commands to the `waqia` application."""
    app.command(name="merge")(merge)
    app.command(name="split")(split)
    app.command(name="history")(history)


def merge(
    event_ids: Annotated[list[str], typer.Argument(help="Two or more event ids; the oldest id survives.")],
    db: DbOption = DEFAULT_DB,
    author: AuthorOption = None,
) -> None:
    """Merge events that report the same real-world event (recorded, and kept by later resolution)."""
    store = open_store(db)
    try:
        event = merge_events(store, event_ids, author=author or default_author())
    finally:
        store.close()
    others = [event_id for event_id in dict.fromkeys(event_ids) if event_id != event.event_id]
    Console().print(
        f"merged {', '.join(others)} into {event.event_id}: {len(event.mention_ids)} mentions, "
        f"{len(event.sources)} sources.",
        highlight=False,
    )


def split(
    event_id: Annotated[str, typer.Argument(help="The event to split.")],
    mention: Annotated[
        list[str], typer.Option("--mention", "-m", help="A mention to move to the new event (repeatable).")
    ],
    db: DbOption = DEFAULT_DB,
    author: AuthorOption = None,
) -> None:
    """Move mentions out of an event into a new one (recorded; they never rejoin the old event)."""
    store = open_store(db)
    try:
        event = split_event(store, event_id, mention_ids=mention, author=author or default_author())
    finally:
        store.close()
    Console().print(
        f"split {len(event.mention_ids)} mention(s) from {event_id} into new event {event.event_id}.",
        highlight=False,
    )


def history(
    event_id: Annotated[str, typer.Argument(help="The event whose history to show.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show how an event was built (the merge trail) and every manual change to it (the review log)."""
    store = open_store(db)
    try:
        event = store.get_event(event_id)
        trail = store.merge_trail(event_id)
        reviews = review_history(store, event_id)
    finally:
        store.close()
    console = Console()
    if event is None:
        console.print(f"no event {escape(event_id)} in {escape(db)}", highlight=False)
        raise typer.Exit(code=1)
    status = event.status.value + (f" into {event.merged_into}" if event.merged_into else "")
    console.print(f"[bold]{escape(event.event_id)}[/bold] ({status}): {escape(event.notes)}", highlight=False)
    table = Table(title="Merge trail")
    for column in ("when", "mention", "action", "event", "from", "score", "evidence", "by"):
        table.add_column(column, overflow="fold")
    for entry in trail:
        table.add_row(
            entry.at.isoformat(timespec="seconds"),
            entry.mention_id,
            entry.action.value,
            entry.event_id,
            entry.from_event_id or "",
            "" if entry.score is None else f"{entry.score:.2f}",
            escape("; ".join(entry.reasons)),
            entry.author or "auto",
        )
    console.print(table)
    log = Table(title="Review log")
    for column in ("when", "action", "by", "reason"):
        log.add_column(column, overflow="fold")
    for record in reviews:
        log.add_row(
            record.at.isoformat(timespec="seconds"),
            record.action.value,
            escape(record.author),
            escape(record.reason),
        )
    console.print(log)


def change_record(change: EventChange) -> dict[str, object]:
    """One change as a JSON-ready object: the full event row for added and updated events, only the id,
    status and merge target for withdrawn ones."""
    if change.kind is ChangeKind.WITHDRAWN or change.event is None:
        return {
            "change": change.kind.value,
            "event_id": change.event_id,
            "status": change.status.value,
            "merged_into": change.merged_into,
            "changed_at": change.at.isoformat(),
        }
    return {
        "change": change.kind.value,
        "changed_at": change.at.isoformat(),
        "status": change.status.value,
        **flatten_event(change.event).json_fields(),
    }


def write_changes(store: EventStore, stream: TextIO, *, since: datetime) -> int:
    """`waqia export --changed-since T`: one JSON line per event added, updated or withdrawn since T.

    Returns:
        The number of lines written.
    """
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    written = 0
    for change in store.iter_changes(since):
        stream.write(json.dumps(change_record(change), ensure_ascii=False))
        stream.write("\n")
        written += 1
    return written
