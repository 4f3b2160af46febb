"""Ordered schema migrations, each applied in its own transaction and recorded in schema_migrations."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, DefaultClause, Engine, Table, func, insert, inspect, select, update
from sqlalchemy.exc import SQLAlchemyError

from waqia.errors import StorageError
from waqia.store.accounts import create_account_tables
from waqia.store.schema import (
    EVENTS,
    MENTIONS,
    MERGE_TRAIL,
    METADATA,
    PLACES,
    RESOLUTION_DECISIONS,
    REVIEW_LOG,
    SCHEMA_MIGRATIONS,
)

LOG = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _create_schema(connection: Connection) -> None:
    # Version 1 builds the tables of schema.py as they are now, so a new database gets the current shape
    # at once. Every later migration brings an older database up to that shape and must therefore add
    # only what is missing (a new database runs it too, and finds nothing to do).
    METADATA.create_all(connection, checkfirst=True)


def _add_missing_columns(connection: Connection, table: Table) -> None:
    present = {column["name"] for column in inspect(connection).get_columns(table.name)}
    preparer = connection.dialect.identifier_preparer
    for column in table.columns:
        if column.name in present:
            continue
        # ADD COLUMN with the column's type, default and nullability, as both SQLite and PostgreSQL take it.
        clause = f"ALTER TABLE {preparer.quote(table.name)} ADD COLUMN {preparer.quote(column.name)} "
        clause += column.type.compile(dialect=connection.dialect)
        default = column.server_default
        if isinstance(default, DefaultClause) and isinstance(default.arg, str):
            clause += " DEFAULT '" + default.arg.replace("'", "''") + "'"
        if not column.nullable:
            clause += " NOT NULL"
        connection.exec_driver_sql(clause)


def _add_resolution_tables(connection: Connection) -> None:
    """Migration 2 (issue #4): event status and tombstones, per-source figures, reviewer overrides, the
    resolver's profiles, the merge trail, the review log and reviewers' decisions."""
    _add_missing_columns(connection, EVENTS)
    for key, column in (("country_code_key", EVENTS.c.block_country), ("admin1_key", EVENTS.c.block_admin1)):
        found = select(PLACES.c[key]).where(PLACES.c.place_id == EVENTS.c.place_id).scalar_subquery()
        connection.execute(
            update(EVENTS).where(EVENTS.c.place_id.is_not(None)).values({column: func.coalesce(found, "")})
        )
    _create_missing_indexes(connection, EVENTS, MENTIONS)
    for table in (MERGE_TRAIL, REVIEW_LOG, RESOLUTION_DECISIONS):
        table.create(connection, checkfirst=True)


def _add_account_tables(connection: Connection) -> None:
    """Migration 3: the dashboard's account tables and the events index its listings sort by."""
    create_account_tables(connection)
    _create_missing_indexes(connection, EVENTS)


def _create_missing_indexes(connection: Connection, *tables: Table) -> None:
    for table in tables:
        for index in table.indexes:
            index.create(connection, checkfirst=True)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(version=1, description="create the schema", apply=_create_schema),
    Migration(
        version=2,
        description="event status, per-source figures, merge trail, review log, decisions",
        apply=_add_resolution_tables,
    ),
    Migration(
        version=3,
        description="dashboard users, API tokens, sessions, login attempts",
        apply=_add_account_tables,
    ),
)


def latest_version() -> int:
    """The schema version this code writes."""
    return MIGRATIONS[-1].version


def applied_versions(engine: Engine) -> set[int]:
    """Versions recorded in schema_migrations (empty for a new database)."""
    with engine.connect() as connection:
        if not engine.dialect.has_table(connection, SCHEMA_MIGRATIONS.name):
            return set()
        return set(connection.scalars(select(SCHEMA_MIGRATIONS.c.version)))


def migrate(engine: Engine) -> list[int]:
    """Apply every migration the database lacks, in order; running it again changes nothing.

    Returns:
        The versions applied by this call.

    Raises:
        StorageError: the database is newer than this code, or a migration failed (it is rolled back).
    """
    target = engine.url.render_as_string(hide_password=True)
    try:
        with engine.begin() as connection:
            SCHEMA_MIGRATIONS.create(connection, checkfirst=True)
        done = applied_versions(engine)
    except SQLAlchemyError as error:
        raise StorageError(
            f"{target}: could not read the schema version: {error}",
            hint="check that the database is reachable and writable (--db or WAQIA_DB)",
        ) from error
    newer = {version for version in done if version > latest_version()}
    if newer:
        raise StorageError(
            f"{target}: schema version {max(newer)} is newer than this waqia understands "
            f"(up to {latest_version()})",
            hint="upgrade waqia, or point --db / WAQIA_DB at another database",
        )
    applied: list[int] = []
    for migration in MIGRATIONS:
        if migration.version in done:
            continue
        try:
            with engine.begin() as connection:
                migration.apply(connection)
                connection.execute(
                    insert(SCHEMA_MIGRATIONS).values(
                        version=migration.version,
                        description=migration.description,
                        applied_at=datetime.now(UTC),
                    )
                )
        except SQLAlchemyError as error:
            raise StorageError(
                f"{target}: migration {migration.version} ({migration.description}) failed and was "
                f"rolled back: {error}",
                hint="check that the database user may create tables, then run the command again",
            ) from error
        LOG.info("applied migration %d (%s) to %s", migration.version, migration.description, target)
        applied.append(migration.version)
    return applied
