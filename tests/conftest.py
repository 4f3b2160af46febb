"""Shared fixtures: the PostgreSQL server for the storage contract tests, and a sample event."""

from __future__ import annotations

import dataclasses
import os
import re
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from waqia.model import (
    Actor,
    ActorType,
    Casualties,
    Claim,
    ClaimStatus,
    DatePrecision,
    DateSpan,
    Event,
    EventType,
    GeoPrecision,
    Place,
    SubEventType,
    Target,
)

POSTGRES_URL_ENV = "WAQIA_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_OPTION = "--require-postgres"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        REQUIRE_POSTGRES_OPTION,
        action="store_true",
        default=False,
        help=f"fail, not skip, PostgreSQL tests when {POSTGRES_URL_ENV} is unset (implied by CI=true)",
    )


def _postgres_required(config: pytest.Config) -> bool:
    return bool(config.getoption(REQUIRE_POSTGRES_OPTION)) or os.environ.get("CI", "").lower() == "true"


def _admin_url(raw: str) -> URL:
    url = make_url(raw)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


@pytest.fixture(scope="session")
def postgres_server_url(pytestconfig: pytest.Config) -> str:
    """The URL of a PostgreSQL server the tests may create databases on (WAQIA_TEST_POSTGRES_URL)."""
    raw = os.environ.get(POSTGRES_URL_ENV)
    if not raw:
        message = (
            f"{POSTGRES_URL_ENV} is not set; start a server with "
            f"`URL=$(bash scripts/pg-cluster.sh start /tmp/waqia-pg | tail -1)` and export it"
        )
        if _postgres_required(pytestconfig):
            pytest.fail(f"PostgreSQL tests are required ({REQUIRE_POSTGRES_OPTION} or CI=true): {message}")
        pytest.skip(message)
    return raw


@pytest.fixture
def postgres_database_url(postgres_server_url: str) -> Iterator[str]:
    """A URL whose tables live in a new, empty schema of the test server, dropped after the test.

    A schema (via the connection's search_path) is as isolated as a database for these tests and
    costs milliseconds where CREATE DATABASE costs a template copy.
    """
    admin = _admin_url(postgres_server_url)
    schema = f"waqia_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except SQLAlchemyError as error:
        engine.dispose()
        pytest.fail(f"cannot create a test schema on {POSTGRES_URL_ENV}={postgres_server_url}: {error}")
    url = make_url(postgres_server_url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with engine.connect() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        engine.dispose()


EventFactory = Callable[..., Event]

PESHAWAR = Place(
    name="Peshawar",
    country="Pakistan",
    country_code="PK",
    admin1="Khyber Pakhtunkhwa",
    admin2="Peshawar",
    latitude=34.008,
    longitude=71.578,
    geo_precision=GeoPrecision.TOWN,
    gazetteer_id="1168197",
    geocoder="gazetteer.v1",
)


@pytest.fixture
def make_sample_event() -> EventFactory:
    """An event in Peshawar with every field set, for export tests; keyword arguments replace fields."""

    def build(**changes: Any) -> Event:
        event = Event(
            event_id="e0123456789abcdef",
            mention_ids=("m1", "m2"),
            event_type=EventType.EXPLOSIONS_REMOTE_VIOLENCE,
            sub_event_type=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
            when=DateSpan(earliest=date(2024, 2, 9), latest=date(2024, 2, 9), precision=DatePrecision.DAY),
            place=PESHAWAR,
            perpetrator=Actor(name="Tehrik-i-Taliban Pakistan", actor_type=ActorType.REBEL_GROUP),
            claim=Claim(status=ClaimStatus.CLAIMED, claimed_by=("Tehrik-i-Taliban Pakistan",)),
            target=Target.POLICE,
            casualties=Casualties(killed_min=4, killed_max=5, injured_min=10, injured_max=None),
            fatalities=4,
            sources=("Dawn", "The Express Tribune"),
            source_urls=("https://dawn.example/1", "https://tribune.example/2"),
            notes="A roadside bomb hit a police van in Peshawar.",
            created_at=datetime(2024, 2, 9, 12, 0, tzinfo=UTC),
            updated_at=datetime(2024, 2, 10, 8, 30, tzinfo=UTC),
        )
        return dataclasses.replace(event, **changes)

    return build


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """Say how many tests ran against PostgreSQL, so a CI log shows they ran rather than skipped."""

    def on_postgres(report: Any) -> bool:
        return bool(re.search(r"[\[-]postgres[\]-]", report.nodeid))

    passed = [report for report in terminalreporter.stats.get("passed", []) if on_postgres(report)]
    skipped = [report for report in terminalreporter.stats.get("skipped", []) if on_postgres(report)]
    server = os.environ.get(POSTGRES_URL_ENV, "no server")
    if not passed and not skipped:
        return
    terminalreporter.write_line(
        f"PostgreSQL storage tests: {len(passed)} passed, {len(skipped)} skipped (server: {server})"
    )
