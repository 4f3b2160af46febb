"""Ordered schema migrations, each applied in its own transaction and recorded in schema_migrations."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import SQLAlchemyError

from waqia.errors import StorageError
from waqia.store.schema import METADATA, SCHEMA_MIGRATIONS

LOG = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _create_schema(connection: Connection) -> None:
    # Version 1 builds the tables of schema.py. When schema.py changes, the change comes with a new
    # migration that alters existing databases, and this one must keep building the version-1 shape.
    METADATA.create_all(connection, checkfirst=True)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(version=1, description="create the schema", apply=_create_schema),
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
