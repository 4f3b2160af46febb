"""Wikipedia "List of terrorist incidents" table rows: type, dead, injured, location, perpetrator, details."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from waqia.ingest.datasets.satp import MONTHS
from waqia.ingest.datasets.tables import fold_name, make_dataset_article, read_table, repair_text, utc_day
from waqia.model import Article


@dataclass(frozen=True, slots=True, kw_only=True)
class _Layout:
    """Which column holds what in one of the three tables (they were scraped separately)."""

    file: str
    date: str | None
    year: str | None
    type: str
    dead: str
    injured: str
    location: str | None
    country: str | None
    details: str
    perpetrator: str


LAYOUTS = (
    _Layout(
        file="wikipedia_terrorist_incidents_1970_2019.csv",
        date="date",
        year=None,
        type="type",
        dead="dead",
        injured="injured",
        location="location",
        country=None,
        details="details",
        perpetrator="perpetrator",
    ),
    _Layout(
        file="wikipedia_terrorist_incidents_2018_cnet.csv",
        date="Date",
        year=None,
        type="Type",
        dead="Dead",
        injured="Injured",
        location="Location",
        country=None,
        details="Details",
        perpetrator="Perpetrator",
    ),
    _Layout(
        file="wikipedia_major_incidents_2016_2022_capstone.csv",
        date=None,
        year="Year",
        type="Category",
        dead="Dead",
        injured="Injured",
        location=None,
        country="Country",
        details="Description",
        perpetrator="Perpetrator",
    ),
)
# "7", "0 (+1)", "4 (+3 terrorists)": victims, then perpetrators killed. "20+", "Unknown" are not exact.
_DEAD = re.compile(r"^\s*(\d+)\s*(?:\(\s*\+\s*(\d+)[^)]*\))?\s*$")
_FOOTNOTE = re.compile(r"\[(?:\d+|[a-z]|citation needed|note \d+)\]", re.IGNORECASE)
_SUSPECTED = re.compile(r"\s*\((?:suspected|alleged|claimed|presumed)\)\s*$", re.IGNORECASE)
_TYPE_SEPARATORS = re.compile(r"\s*(?:,|;|/|\band\b|&)\s*", re.IGNORECASE)
_NO_PERPETRATOR = frozenset({"", "unknown", "none", "n/a", "?", "unidentified"})


@dataclass(frozen=True, slots=True, kw_only=True)
class WikiIncident:
    """One incident row. Counts are None unless the cell is an exact number.

    Attributes:
        types: the row's type phrases, lower-cased ("shooting, arson" -> ("shooting", "arson")).
        victims_killed, perpetrators_killed: "3 (+1)" is 3 victims and 1 perpetrator.
        place, country: "Maguindanao, Philippines" -> "Maguindanao", "Philippines"; a one-part cell is
            the place, and the capstone table gives only the country.
        perpetrator: the group named, without "(suspected)"; `suspected` says whether it was there.
    """

    source_file: str
    row: int
    article: Article
    types: tuple[str, ...]
    victims_killed: int | None
    perpetrators_killed: int | None
    injured: int | None
    place: str | None
    country: str | None
    perpetrator: str | None
    suspected: bool

    @property
    def split_key(self) -> str:
        return self.article.text


def read_wiki_incidents(folder: Path) -> Iterator[WikiIncident]:
    """The three tables of wiki_terror_incidents, each incident once (the tables overlap: the first
    table's row wins over a later row with the same details text).

    Raises:
        IngestError: a table is unreadable or lacks a column.
    """
    seen: set[str] = set()
    for layout in LAYOUTS:
        path = folder / layout.file
        if not path.is_file():
            continue
        columns = [
            name
            for name in (layout.date, layout.year, layout.type, layout.dead, layout.injured, layout.location)
            if name
        ]
        columns += [name for name in (layout.country, layout.details, layout.perpetrator) if name]
        for line, cells in read_table(path, columns=columns):
            text = _FOOTNOTE.sub("", repair_text(cells[layout.details])).strip()
            key = fold_name(text)
            if not key or key in seen:
                continue
            seen.add(key)
            yield _incident(layout, path, line, cells, text)


def _incident(layout: _Layout, path: Path, line: int, cells: dict[str, str], text: str) -> WikiIncident:
    victims, perpetrators = _dead(cells[layout.dead])
    injured, _ = _dead(cells[layout.injured])
    place, country = _place(cells[layout.location] if layout.location else "")
    if layout.country:
        country = cells[layout.country].strip() or None
    perpetrator_cell = repair_text(cells[layout.perpetrator] or "").strip()
    suspected = _SUSPECTED.search(perpetrator_cell) is not None
    perpetrator = _SUSPECTED.sub("", perpetrator_cell).strip()
    published = _published(cells[layout.date]) if layout.date else None
    return WikiIncident(
        source_file=layout.file,
        row=line,
        article=make_dataset_article(
            dataset="wiki",
            row_id=f"{layout.file}:{line}",
            text=text,
            origin=f"{path}:{line}",
            published_at=published,
        ),
        types=tuple(
            phrase.lower() for phrase in _TYPE_SEPARATORS.split(cells[layout.type].strip()) if phrase.strip()
        ),
        victims_killed=victims,
        perpetrators_killed=perpetrators,
        injured=injured,
        place=place,
        country=country,
        perpetrator=None if perpetrator.lower() in _NO_PERPETRATOR else perpetrator,
        suspected=suspected,
    )


def _dead(cell: str) -> tuple[int | None, int | None]:
    match = _DEAD.match(cell or "")
    if match is None:
        return None, None
    return int(match.group(1)), int(match.group(2)) if match.group(2) else None


def _place(cell: str) -> tuple[str | None, str | None]:
    parts = [part.strip() for part in repair_text(cell).split(",") if part.strip()]
    if not parts:
        return None, None
    if len(parts) == 1:
        return parts[0], None
    return parts[0], parts[-1]


def _published(cell: str) -> datetime | None:
    """ "January 13 1970" or "1 January 2018"."""
    words = cell.replace(",", " ").split()
    if len(words) != 3:
        return None
    for month_word, day_word, year_word in ((words[0], words[1], words[2]), (words[1], words[0], words[2])):
        month = MONTHS.get(month_word.lower())
        if month and day_word.isdigit() and year_word.isdigit():
            return utc_day(int(year_word), month, int(day_word))
    return None
