"""The `waqia` command through Typer's CliRunner: exit codes, messages, filters and export files."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from waqia.cli import main as cli
from waqia.pipeline import ingest_articles
from waqia.store import open_store

from ..pipeline.test_pipeline_ingest import NOW, LineExtractor, article

# ACLED's current column order (ACLED codebook).
ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "cli.db"
    store = open_store(str(path))
    ingest_articles(
        [
            article("Suicide bomb|2025-03-10|Peshawar|9", source="Outlet A"),
            article("Suicide bomb|2025-03-10|Peshawar|12", source="Outlet B"),
            article("Abduction/forced disappearance|2025-02-01|Quetta|0", source="Outlet C"),
            article("A cricket report with no event at all.", source="Outlet D"),
        ],
        extractor=LineExtractor(),
        store=store,
        clock=lambda: NOW,
    )
    store.close()
    return str(path)


def test_version() -> None:
    result = runner.invoke(cli.app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("waqia ")


def test_events_lists_and_filters(db: str) -> None:
    result = runner.invoke(cli.app, ["events", "--db", db])
    assert result.exit_code == 0, result.output
    assert "2 events" in result.stdout
    filtered = runner.invoke(
        cli.app, ["events", "--db", db, "--admin1", "Balochistan", "--since", "2025-01-01"]
    )
    assert "1 events" in filtered.stdout
    assert "Quetta" in filtered.stdout


def test_db_from_environment(db: str) -> None:
    result = runner.invoke(cli.app, ["events", "--min-killed", "5"], env={"WAQIA_DB": db})
    assert result.exit_code == 0, result.output
    assert "1 events" in result.stdout


def test_acled_csv_header_is_exact(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = runner.invoke(cli.app, ["export", "--db", db, "--format", "acled-csv", "--output", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert tuple(rows[0]) == tuple(ACLED_COLUMNS)
    assert len(rows) == 3


@pytest.mark.parametrize("fmt", ["geojson", "jsonl", "mentions"])
def test_text_exports_to_stdout(db: str, fmt: str) -> None:
    result = runner.invoke(cli.app, ["export", "--db", db, "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "geojson":
        collection = json.loads(result.stdout)
        assert collection["type"] == "FeatureCollection"
        lon, lat = collection["features"][0]["geometry"]["coordinates"]
        assert 60 < lon < 80
        assert 20 < lat < 40
    else:
        lines = [json.loads(line) for line in result.stdout.splitlines()]
        assert len(lines) == (2 if fmt == "jsonl" else 4)
        if fmt == "mentions":
            assert all(event["event_id"] for line in lines for event in line["events"])
            assert sorted(len(line["events"]) for line in lines) == [0, 1, 1, 1]


def test_parquet_export(db: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    result = runner.invoke(cli.app, ["export", "--db", db, "--format", "parquet", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert pq.read_table(out).num_rows == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "--db", "mysql+nosuchdriver://x/y"], "mysql"),
        (["events", "--db", "/no/such/folder/waqia.db"], "/no/such/folder"),
        (["events", "--limit", "0"], "--limit"),
        (["export", "--format", "jsonl", "--output", "/no/such/folder/out.jsonl"], "/no/such/folder"),
        (["evaluate", "--gold", "/no/such/gold.jsonl", "--predictions", "x"], "/no/such/gold.jsonl"),
    ],
)
def test_bad_arguments_get_one_clear_error(args: list[str], message: str, tmp_path: Path) -> None:
    result = runner.invoke(cli.app, args, env={"WAQIA_DB": str(tmp_path / "x.db")})
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def test_a_non_sqlite_file_as_db_is_refused_and_left_intact(tmp_path: Path) -> None:
    precious = tmp_path / "notes.txt"
    precious.write_text("my notes, not a database\n" * 50, encoding="utf-8")
    result = runner.invoke(cli.app, ["events", "--db", str(precious)])
    assert result.exit_code != 0
    assert str(precious) in result.output
    assert precious.read_text(encoding="utf-8") == "my notes, not a database\n" * 50


def test_ingest_reports_bad_inputs_and_exits_non_zero(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "build_default_extractor", LineExtractor)
    good = tmp_path / "good.txt"
    good.write_text("Suicide bomb|2025-03-10|Peshawar|9\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Quetta: caf\xe9 attack".encode("latin-1"))
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x", "text": "Suicide bomb|2025-03-10|Quetta|2"}\n{oops\n', encoding="utf-8")
    db = str(tmp_path / "i.db")
    args = [
        "ingest",
        "--db",
        db,
        str(good),
        str(empty),
        str(latin),
        str(broken),
        str(tmp_path / "missing.txt"),
    ]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 1
    for name in ("empty.txt", "latin.txt", "broken.jsonl:2", "missing.txt"):
        assert name in result.output
    assert "2 new" in result.output
    again = runner.invoke(cli.app, ["ingest", "--db", db, str(good)])
    assert again.exit_code == 0, again.output
    assert "0 new" in again.output
    assert "1 unchanged" in again.output
