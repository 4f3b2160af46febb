"""Exports of stored events and mentions: ACLED CSV, GeoJSON, JSON Lines, spec mentions and Parquet."""

from enum import StrEnum


class ExportFormat(StrEnum):
    """The formats `waqia export --format` writes."""

    ACLED_CSV = "acled-csv"
    GEOJSON = "geojson"
    JSONL = "jsonl"
    MENTIONS = "mentions"
    PARQUET = "parquet"

    @property
    def is_binary(self) -> bool:
        """True when the format is written to a binary stream (Parquet), else to a text stream."""
        return self is ExportFormat.PARQUET

    @property
    def suffix(self) -> str:
        """The usual file name suffix."""
        return EXPORT_SUFFIXES[self]


EXPORT_SUFFIXES = {
    ExportFormat.ACLED_CSV: ".csv",
    ExportFormat.GEOJSON: ".geojson",
    ExportFormat.JSONL: ".jsonl",
    ExportFormat.MENTIONS: ".jsonl",
    ExportFormat.PARQUET: ".parquet",
}
