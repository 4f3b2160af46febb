"""Every adapter on the real reference data in ../shared/data; skipped, saying why, where it is absent."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from waqia.cli import main as cli
from waqia.cli.evaluate import DATASETS
from waqia.errors import ConfigError
from waqia.ingest.datasets import find_dataset, find_shared_data

runner = CliRunner()


@pytest.fixture(scope="module")
def shared_data() -> Path:
    try:
        return find_shared_data(None, environ=os.environ, cwd=Path.cwd())
    except ConfigError as error:
        pytest.skip(f"reference data absent, nothing to measure: {error}")


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_every_adapter_reads_its_reference_rows(name: str, shared_data: Path) -> None:
    adapter = DATASETS[name]
    try:
        path = find_dataset(shared_data, adapter.source)
    except ConfigError as error:
        pytest.skip(str(error))
    cases = list(adapter.read(path))
    assert len(cases) > 100
    assert all(case.article.text.strip() for case in cases)
    assert len({case.split_key for case in cases}) > 0.9 * len(cases)


@pytest.mark.model
@pytest.mark.parametrize("name", ["gtd", "satp-annotated"])
def test_adapter_measures_the_real_extractor(name: str, shared_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    args = ["evaluate", "--dataset", name, "--data", str(shared_data), "--limit", "40", "--json", str(out)]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["rows"] == 40
    assert report["extractor"] == "rules.v1"
    every = report["splits"][-1]
    assert every["rows"] == 40
    measured = [figure for figure in every["figures"] if figure["value"] is not None]
    assert measured
    assert all(0.0 <= figure["value"] <= 1.0 for figure in measured)
