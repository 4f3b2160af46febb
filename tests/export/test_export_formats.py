"""The export format names the CLI accepts."""

from __future__ import annotations

import pytest

from waqia.export import ExportFormat


def test_format_names() -> None:
    assert [fmt.value for fmt in ExportFormat] == ["acled-csv", "geojson", "jsonl", "mentions", "parquet"]


@pytest.mark.parametrize(
    ("fmt", "binary", "suffix"),
    [
        (ExportFormat.ACLED_CSV, False, ".csv"),
        (ExportFormat.GEOJSON, False, ".geojson"),
        (ExportFormat.JSONL, False, ".jsonl"),
        (ExportFormat.MENTIONS, False, ".jsonl"),
        (ExportFormat.PARQUET, True, ".parquet"),
    ],
)
def test_format_stream_kind_and_suffix(fmt: ExportFormat, binary: bool, suffix: str) -> None:
    assert (fmt.is_binary, fmt.suffix) == (binary, suffix)
