"""Schema upgrades: a store written by an older waqia opens, keeps its data and gains what was added."""

from __future__ import annotations

from sqlalchemy import delete, inspect, text
from test_sql_store import make_article, make_event, make_mention, write

from waqia.model import EventFilter
from waqia.store import open_store
from waqia.store.accounts import ACCOUNT_TABLES
from waqia.store.migrations import MIGRATIONS
from waqia.store.schema import SCHEMA_MIGRATIONS

FATALITIES_INDEX = "ix_events_fatalities_event_id"


def _index_names(target: str) -> set[str | None]:
    store = open_store(target)
    try:
        return {index["name"] for index in inspect(store.engine).get_indexes("events")}
    finally:
        store.close()


def test_a_new_store_has_the_fatalities_index(store_target: str) -> None:
    assert FATALITIES_INDEX in _index_names(store_target)


def test_a_version_2_store_opens_without_data_loss(store_target: str) -> None:
    store = open_store(store_target)
    write(store, make_article(), [make_mention()], [make_event(fatalities=7)])
    # Bring the store back to how version 2 left it: no account tables, no listing index.
    with store.engine.begin() as connection:
        for table in reversed(ACCOUNT_TABLES):
            connection.execute(text(f"DROP TABLE {table.name}"))
        connection.execute(text(f"DROP INDEX {FATALITIES_INDEX}"))
        connection.execute(delete(SCHEMA_MIGRATIONS).where(SCHEMA_MIGRATIONS.c.version > 2))
        old = inspect(connection)
        assert not {table.name for table in ACCOUNT_TABLES} & set(old.get_table_names())
        assert FATALITIES_INDEX not in {index["name"] for index in old.get_indexes("events")}
    store.close()

    upgraded = open_store(store_target)
    try:
        (event,) = upgraded.query_events(EventFilter())
        assert (event.event_id, event.fatalities, event.mention_ids) == ("e1", 7, ("m1",))
        assert upgraded.get_article("a1") == make_article()
        inspector = inspect(upgraded.engine)
        assert {table.name for table in ACCOUNT_TABLES} <= set(inspector.get_table_names())
        assert FATALITIES_INDEX in {index["name"] for index in inspector.get_indexes("events")}
        with upgraded.engine.connect() as connection:
            versions = sorted(row.version for row in connection.execute(SCHEMA_MIGRATIONS.select()))
        assert versions == [migration.version for migration in MIGRATIONS]
    finally:
        upgraded.close()
