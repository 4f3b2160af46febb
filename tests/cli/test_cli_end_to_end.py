"""From raw files to every export with the real extractor, gazetteer and SQLite store."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from waqia.cli import main as cli

DATA = Path(__file__).parent.parent / "data" / "e2e"
runner = CliRunner()

pytestmark = pytest.mark.model


def test_extract_reads_every_input_given_in_order(tmp_path: Path) -> None:
    second = tmp_path / "more.jsonl"
    second.write_text(
        json.dumps(
            {
                "id": "extra-1",
                "published_at": "2025-05-02",
                "text": "QUETTA: Gunmen shot dead two policemen at a checkpoint in Quetta on Thursday.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "mentions.jsonl"
    result = runner.invoke(
        cli.app,
        ["extract", "-i", str(second), "-i", str(DATA / "single_event_reports.jsonl"), "-o", str(out)],
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["article_id"] for line in lines] == ["extra-1", "single-1", "single-2", "single-3"]
    assert lines[0]["events"][0]["admin2"] == "Quetta"


def test_extract_gives_the_spec_record_of_a_single_event_report(tmp_path: Path) -> None:
    out = tmp_path / "mentions.jsonl"
    result = runner.invoke(
        cli.app, ["extract", "--input", str(DATA / "single_event_reports.jsonl"), "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["article_id"] for line in lines] == ["single-1", "single-2", "single-3"]
    (blast,) = lines[0]["events"]
    expected = {
        "role": "main",
        "event_date": "2025-03-10",  # "on Monday" in a Wednesday 12 March 2025 report
        "date_precision": "day",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED",
        "country": "Pakistan",
        "admin1": "Balochistan",
        "admin2": "Khuzdar",
        "location": "Khuzdar",
        "geo_precision": 1,
        "perpetrator": "Baloch Liberation Army",
        "claim_status": "claimed",
        "claimed_by": ["Baloch Liberation Army"],
        "killed_min": 7,
        "killed_max": None,  # "at least seven"
        "injured_min": 15,
        "injured_max": 15,
    }
    assert {key: blast[key] for key in expected} == expected
    assert blast["latitude"] == pytest.approx(27.81, abs=0.05)
    assert blast["longitude"] == pytest.approx(66.61, abs=0.05)
    text = json.loads((DATA / "single_event_reports.jsonl").read_text(encoding="utf-8").splitlines()[0])[
        "text"
    ]
    quoted = [text[span["start"] : span["end"]] for span in blast["evidence"]]
    assert any("remote-controlled bomb" in piece for piece in quoted)
    assert any("Baloch Liberation Army" in piece for piece in quoted)
    (abduction,) = lines[1]["events"]
    assert abduction["sub_event_type"] == "Abduction/forced disappearance"
    assert abduction["event_date"] == "2025-06-03"  # "on Tuesday"; the dateline's June 4 is the filing date
    assert abduction["admin2"] == "Khyber"
    assert abduction["claim_status"] == "unclaimed"
    assert abduction["target"] == "health/aid workers"
    assert lines[2]["events"] == []  # cricket is not an event


def test_ingest_folder_then_every_export(tmp_path: Path) -> None:
    db = str(tmp_path / "e2e.db")
    result = runner.invoke(cli.app, ["ingest", "--db", db, str(DATA)])
    assert result.exit_code == 0, result.output
    assert "5 new" in result.output
    again = runner.invoke(cli.app, ["ingest", "--db", db, str(DATA)])
    assert "5 unchanged" in again.output

    listing = runner.invoke(
        cli.app, ["events", "--db", db, "--admin1", "Balochistan"], env={"COLUMNS": "200"}
    )
    assert listing.exit_code == 0, listing.output
    assert "Khuzdar" in listing.stdout

    outputs = {}
    for fmt, name in [
        ("acled-csv", "events.csv"),
        ("geojson", "events.geojson"),
        ("jsonl", "events.jsonl"),
        ("mentions", "mentions.jsonl"),
        ("parquet", "events.parquet"),
    ]:
        outputs[fmt] = tmp_path / name
        exported = runner.invoke(
            cli.app, ["export", "--db", db, "--format", fmt, "--output", str(outputs[fmt])]
        )
        assert exported.exit_code == 0, exported.output

    with outputs["acled-csv"].open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    khuzdar = [row for row in rows if row["admin2"] == "Khuzdar"]
    assert len(khuzdar) == 1, "the follow-up report must merge into the first report's event"
    assert khuzdar[0]["event_id_cnty"].startswith("PAK")
    assert khuzdar[0]["sub_event_type"] == "Remote explosive/landmine/IED"
    assert khuzdar[0]["actor1"] == "Baloch Liberation Army"
    assert "Frontier Ledger" in khuzdar[0]["source"]
    assert "Highland Courier" in khuzdar[0]["source"]

    features = json.loads(outputs["geojson"].read_text(encoding="utf-8"))["features"]
    assert len(features) == len(rows)
    mentions = [json.loads(line) for line in outputs["mentions"].read_text(encoding="utf-8").splitlines()]
    assert len(mentions) == 5
    assert sum(len(line["events"]) for line in mentions) == 3
    assert pq.read_table(outputs["parquet"]).num_rows == len(rows)


def test_extract_in_two_worker_processes_writes_what_one_process_writes(tmp_path: Path) -> None:
    outputs = {}
    for workers in ("1", "2"):
        out = tmp_path / f"workers-{workers}.jsonl"
        result = runner.invoke(
            cli.app,
            ["extract", "-i", str(DATA), "-o", str(out), "--workers", workers],
        )
        assert result.exit_code == 0, result.output
        outputs[workers] = out.read_text(encoding="utf-8")
    assert outputs["2"] == outputs["1"]
    assert outputs["1"].count("\n") == 5  # three spec articles, a web page and a text file


def test_a_negative_worker_count_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    out = tmp_path / "never.jsonl"
    result = runner.invoke(
        cli.app,
        ["extract", "-i", str(DATA / "single_event_reports.jsonl"), "-o", str(out), "--workers", "-1"],
    )
    assert result.exit_code == 2
    assert "--workers" in result.output
    assert not out.exists()
