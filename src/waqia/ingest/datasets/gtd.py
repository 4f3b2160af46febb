"""Global Terrorism Database summaries with attack type and casualty counts (gtd_eval_1000)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from waqia.ingest.datasets.tables import (
    make_dataset_article,
    parse_count,
    read_table,
    repair_text,
    utc_day,
)
from waqia.model import Article

COLUMNS = ("summary", "attacktype1_txt", "weaptype1_txt", "targtype1_txt", "nkill", "nwound")
# Every summary opens with the incident date, "MM/DD/YYYY: ".
LEADING_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*:\s*")


@dataclass(frozen=True, slots=True, kw_only=True)
class GtdSummary:
    """One GTD incident summary.

    The article text is the summary without its leading date, which becomes the publication date (the
    base for "on Monday"); a day-0 date leaves it unknown. `killed` (nkill) counts every death,
    perpetrators included; GTD writes 0 when a summary reports none. None is a blank cell. `summary` is
    the cell as written, the split key (as in benchmarks/extract_attack_type_gtd.py).
    """

    row: int
    article: Article
    attack_type: str
    weapon_type: str
    target_type: str
    killed: int | None
    wounded: int | None
    summary: str

    @property
    def split_key(self) -> str:
        return self.summary


def read_gtd_summaries(path: Path) -> Iterator[GtdSummary]:
    """gtd_eval_1000/gtd_eval_1000.csv, in file order.

    Raises:
        IngestError: the file is unreadable or lacks a column.
    """
    for line, cells in read_table(path, columns=COLUMNS):
        summary = repair_text(cells["summary"].strip())
        match = LEADING_DATE.match(summary)
        published = None
        text = summary
        if match is not None:
            month, day, year = (int(part) for part in match.groups())
            published = utc_day(year, month, day)
            text = summary[match.end() :]
        if not text:
            continue
        yield GtdSummary(
            row=line,
            article=make_dataset_article(
                dataset="gtd", row_id=str(line), text=text, origin=f"{path}:{line}", published_at=published
            ),
            attack_type=cells["attacktype1_txt"].strip(),
            weapon_type=cells["weaptype1_txt"].strip(),
            target_type=cells["targtype1_txt"].strip(),
            killed=parse_count(cells["nkill"]),
            wounded=parse_count(cells["nwound"]),
            summary=cells["summary"],
        )
