"""The store under test, on SQLite and (with a server) PostgreSQL: shared by the storage contract tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from waqia.store import open_store
from waqia.store.sql_store import SqlEventStore


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    url: str = request.getfixturevalue("postgres_database_url")
    return url


@pytest.fixture
def store(store_target: str) -> Iterator[SqlEventStore]:
    opened = open_store(store_target)
    yield opened
    opened.close()
