"""CASE 2021 task 2 snippets, each with one fine-grained event label (ACLED-style sub-types and others)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from waqia.ingest.datasets.tables import make_dataset_article, read_table
from waqia.model import Article

COLUMNS = ("id", "EventSnippet", "SubType")


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseSnippet:
    """One snippet and its label as written in the file (e.g. "REM_EXPLOS", "NATURAL_DISASTER").

    The split key is the snippet id, as in benchmarks/extract_subtypes_case2021.py, so that "dev" means
    the rows the rules were studied on.
    """

    snippet_id: str
    article: Article
    label: str

    @property
    def split_key(self) -> str:
        return self.snippet_id


def read_case2021_snippets(path: Path) -> Iterator[CaseSnippet]:
    """case2021_task2/test_set_final_release_with_labels.tsv (tab-separated, no quoting).

    Raises:
        IngestError: the file is unreadable or lacks a column.
    """
    for line, cells in read_table(path, columns=COLUMNS, delimiter="\t", quoted=False):
        text = cells["EventSnippet"].strip()
        if not text:
            continue
        snippet_id = cells["id"].strip()
        yield CaseSnippet(
            snippet_id=snippet_id,
            article=make_dataset_article(
                dataset="case2021", row_id=snippet_id or str(line), text=text, origin=f"{path}:{line}"
            ),
            label=cells["SubType"].strip(),
        )
