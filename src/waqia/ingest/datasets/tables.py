"""Reading the reference tables: checked columns, list cells, repaired encodings, dataset articles."""

from __future__ import annotations

import ast
import contextlib
import csv
import re
import unicodedata
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from waqia.errors import IngestError
from waqia.ingest.articles import make_article
from waqia.model import Article

# UTF-8 bytes of typographic punctuation or accented letters, decoded as cp1252: "â€™", "Ã©", "Â ".
_MOJIBAKE = re.compile("\u00e2\u20ac|\u00c3[\u0080-\u00bf\u0152-\u2122]|\u00c2[\u00a0-\u00bf]")
_C1_CONTROL = re.compile("[\u0080-\u009f]")
_LEADING_INTEGER = re.compile(r"^\s*(\d+)(?:\.0+)?\s*$")


def read_table(
    path: Path,
    *,
    columns: Sequence[str],
    delimiter: str = ",",
    header: bool = True,
    quoted: bool = True,
) -> Iterator[tuple[int, dict[str, str]]]:
    """The rows of a CSV/TSV file as (line number, cells by column), after checking the columns exist.

    Without a header, `columns` names the cells in order; `quoted=False` reads quote marks as text.
    Column names are compared without surrounding spaces ("news " is "news"); a short row's missing
    cells are "".

    Raises:
        IngestError: the file cannot be read as UTF-8, or lacks a column.
    """
    try:
        with path.open(encoding="utf-8", newline="") as stream:
            reader = csv.reader(
                stream, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL if quoted else csv.QUOTE_NONE
            )
            names = list(columns)
            if header:
                found = [name.strip() for name in next(reader, [])]
                missing = [name for name in columns if name not in found]
                if missing:
                    raise IngestError(
                        f"{path}: missing column(s) {', '.join(missing)}",
                        hint="is this the reference file the adapter expects? see shared/data/README.md",
                    )
                names = found
            for cells in reader:
                if not any(cell.strip() for cell in cells):
                    continue
                row = dict.fromkeys(names, "")
                row.update(zip(names, cells, strict=False))
                yield reader.line_num, row
    except UnicodeDecodeError as error:
        raise IngestError(f"{path}: not UTF-8 text ({error.reason})", hint="re-encode it as UTF-8") from error
    except csv.Error as error:
        raise IngestError(f"{path}: not a readable table ({error})", hint="check the file") from error


def parse_list_cell(cell: str) -> tuple[str, ...]:
    """An annotators' list cell ("['TTP', 'militants']") as its strings; a plain cell as one string."""
    stripped = cell.strip()
    if not stripped:
        return ()
    if not stripped.startswith("["):
        return (repair_text(stripped),)
    try:
        values = ast.literal_eval(stripped.replace("nan", "None"))
    except (ValueError, SyntaxError):
        return ()
    if not isinstance(values, list | tuple):
        return ()
    return tuple(repair_text(str(value)).strip() for value in values if value)


def repair_text(text: str) -> str:
    """Undo the two encoding accidents in these tables: UTF-8 read as cp1252 ("â€™"), and cp1252
    punctuation stored as C1 control characters ("Shi\\x92i")."""
    if _MOJIBAKE.search(text):
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            text = text.encode("cp1252").decode("utf-8")
    if _C1_CONTROL.search(text):
        text = _C1_CONTROL.sub(_from_cp1252, text)
    return text


def _from_cp1252(match: re.Match[str]) -> str:
    try:
        return bytes([ord(match.group(0))]).decode("cp1252")
    except UnicodeDecodeError:
        return " "


def parse_count(cell: str) -> int | None:
    """A whole-number cell ("7", "7.0"); None for blank or anything else."""
    match = _LEADING_INTEGER.match(cell or "")
    return int(match.group(1)) if match else None


def make_dataset_article(
    *, dataset: str, row_id: str, text: str, origin: str, published_at: datetime | None = None
) -> Article:
    """An article for one row; its public id is "<dataset>:<row id>"."""
    return make_article(
        text=text,
        origin=origin,
        source=dataset,
        published_at=published_at,
        external_id=f"{dataset}:{row_id}",
    )


def utc_day(year: int, month: int, day: int) -> datetime | None:
    """Midnight UTC of a calendar day; None when the numbers make no date (GTD writes day 0)."""
    try:
        return datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return None


def fold_name(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name or text, for matching and deduplication."""
    decomposed = unicodedata.normalize("NFKD", text)
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in letters).split())
