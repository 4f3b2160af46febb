"""SATP paragraphs with 4-way action labels: the ConfliBERT split and the Osorio-lab action sample."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from waqia.errors import IngestError
from waqia.ingest.datasets.tables import make_dataset_article, read_table
from waqia.model import Article

# The ConfliBERT files have no header. The order was checked by reading rows with a single label:
# shootings and encounters in column 1, explosions in 2, abductions in 3, arson and the like in 4.
ACTION_LABELS = ("ArmedAssault", "Bombing", "Kidnapping", "Other")
CONFLIBERT_FILES = ("satp_train.tsv", "satp_dev.tsv", "satp_test.tsv")
SATP_ACTIONS_TEXT = "news"


@dataclass(frozen=True, slots=True, kw_only=True)
class LabelledParagraph:
    """A paragraph and the action labels (a subset of ACTION_LABELS) its annotators gave it.

    `published_split` is the file it came from in a published split ("train", "dev", "test"), or "".
    """

    article: Article
    labels: frozenset[str]
    published_split: str = ""

    @property
    def split_key(self) -> str:
        return self.article.text


def read_conflibert_satp(folder: Path) -> Iterator[LabelledParagraph]:
    """conflibert_satp/satp_{train,dev,test}.tsv: text, then one 0/1 column per ACTION_LABELS.

    Raises:
        IngestError: none of the files is there, or one is unreadable.
    """
    present = [folder / name for name in CONFLIBERT_FILES if (folder / name).is_file()]
    if not present:
        raise IngestError(
            f"{folder}: none of {', '.join(CONFLIBERT_FILES)}",
            hint="point --data at the reference data folder",
        )
    for path in present:
        name = path.name
        split = name.removeprefix("satp_").removesuffix(".tsv")
        columns = ("text", *ACTION_LABELS)
        for line, cells in read_table(path, columns=columns, delimiter="\t", header=False):
            text = cells.get("text", "").strip()
            if not text:
                continue
            yield LabelledParagraph(
                article=make_dataset_article(
                    dataset=f"conflibert-{split}", row_id=str(line), text=text, origin=f"{path}:{line}"
                ),
                labels=frozenset(label for label in ACTION_LABELS if cells.get(label, "").strip() == "1"),
                published_split=split,
            )


def read_satp_actions(path: Path) -> Iterator[LabelledParagraph]:
    """satp_osorio/satp_actions.csv: the four labels as TRUE/FALSE columns and the paragraph.

    Raises:
        IngestError: the file is unreadable or lacks a column.
    """
    for line, cells in read_table(path, columns=(*ACTION_LABELS, SATP_ACTIONS_TEXT)):
        text = cells[SATP_ACTIONS_TEXT].strip()
        if not text:
            continue
        yield LabelledParagraph(
            article=make_dataset_article(
                dataset="satp-actions", row_id=str(line), text=text, origin=f"{path}:{line}"
            ),
            labels=frozenset(label for label in ACTION_LABELS if cells[label].strip().upper() == "TRUE"),
        )
