"""South Asia Terrorism Portal paragraphs: the Osorio-lab annotations and the relevance sample."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from waqia.ingest.datasets.tables import make_dataset_article, parse_list_cell, read_table, utc_day
from waqia.model import Article

ANNOTATED_COLUMNS = (
    "id",
    "is_relevant",
    "source",
    "action_type",
    "location",
    "date",
    "country",
    "year",
    "news",
)
RELEVANCE_COLUMNS = ("is_relevant", "news")
MONTHS = {
    name: number
    for number, name in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
}


@dataclass(frozen=True, slots=True, kw_only=True)
class SatpParagraph:
    """One annotated SATP paragraph; an id annotated twice is one paragraph with both annotations.

    Attributes:
        relevant_votes: each annotation's is_relevant, in file order.
        places, sources, action_types: the union of the annotations' lists, in first-seen order
            (places are unordered surface strings: town, district, province, country).
        published_at: the annotated date with the `year` column, when both parse (SATP writes the
            month and day only).
    """

    paragraph_id: str
    article: Article
    country: str
    relevant_votes: tuple[bool, ...]
    places: tuple[str, ...]
    sources: tuple[str, ...]
    action_types: tuple[str, ...]

    @property
    def relevant(self) -> bool:
        """Relevant when any annotator said so."""
        return any(self.relevant_votes)

    @property
    def split_key(self) -> str:
        # By id: the two annotated copies of a paragraph differ in punctuation and must share a split.
        return self.paragraph_id


@dataclass(frozen=True, slots=True, kw_only=True)
class RelevanceParagraph:
    """One paragraph of the balanced SATP relevance sample; its split key is the cell as written (the
    key benchmarks/extract_relevance_satp.py splits by)."""

    row: int
    article: Article
    relevant: bool
    split_key: str


@dataclass(slots=True, kw_only=True)
class _Draft:
    line: int
    text: str
    country: str
    published_at: datetime | None
    votes: list[bool]
    places: list[str]
    sources: list[str]
    action_types: list[str]


def read_satp_annotated(path: Path) -> Iterator[SatpParagraph]:
    """satp_annotated_osorio_lab/satp_annotated_master.csv, one record per paragraph id, in file order.

    Of two annotated copies the text with more sentence stops is kept (one copy lost its punctuation).

    Raises:
        IngestError: the file is unreadable or lacks a column.
    """
    drafts: dict[str, _Draft] = {}
    for line, cells in read_table(path, columns=ANNOTATED_COLUMNS):
        paragraph_id = cells["id"].strip()
        text = cells["news"].strip()
        if not paragraph_id or not text:
            continue
        draft = drafts.get(paragraph_id)
        if draft is None:
            draft = _Draft(
                line=line,
                text=text,
                country=cells["country"].strip().lower(),
                published_at=_annotated_date(parse_list_cell(cells["date"]), cells["year"]),
                votes=[],
                places=[],
                sources=[],
                action_types=[],
            )
            drafts[paragraph_id] = draft
        elif text.count(".") > draft.text.count("."):
            draft.text = text
        draft.votes.append(cells["is_relevant"].strip().lower() == "true")
        _extend_unique(draft.places, parse_list_cell(cells["location"]))
        _extend_unique(draft.sources, parse_list_cell(cells["source"]))
        _extend_unique(draft.action_types, parse_list_cell(cells["action_type"]))
    for paragraph_id, draft in drafts.items():
        yield SatpParagraph(
            paragraph_id=paragraph_id,
            article=make_dataset_article(
                dataset="satp",
                row_id=paragraph_id,
                text=draft.text,
                origin=f"{path}:{draft.line}",
                published_at=draft.published_at,
            ),
            country=draft.country,
            relevant_votes=tuple(draft.votes),
            places=tuple(draft.places),
            sources=tuple(draft.sources),
            action_types=tuple(draft.action_types),
        )


def read_satp_relevance(path: Path) -> Iterator[RelevanceParagraph]:
    """satp_osorio/satp_terrorism.csv: paragraphs with is_relevant TRUE/FALSE.

    Raises:
        IngestError: the file is unreadable or lacks a column.
    """
    for line, cells in read_table(path, columns=RELEVANCE_COLUMNS):
        text = cells["news"].strip()
        if not text:
            continue
        yield RelevanceParagraph(
            split_key=cells["news"],
            row=line,
            article=make_dataset_article(
                dataset="satp-relevance", row_id=str(line), text=text, origin=f"{path}:{line}"
            ),
            relevant=cells["is_relevant"].strip().lower() == "true",
        )


def _annotated_date(dates: tuple[str, ...], year_cell: str) -> datetime | None:
    year = year_cell.strip()
    if not dates or not year.isdigit():
        return None
    parts = dates[0].lower().replace(",", " ").split()
    if len(parts) != 2 or parts[0] not in MONTHS or not parts[1].isdigit():
        return None
    return utc_day(int(year), MONTHS[parts[0]], int(parts[1]))


def _extend_unique(target: list[str], values: tuple[str, ...]) -> None:
    for value in values:
        if value and value not in target:
            target.append(value)
