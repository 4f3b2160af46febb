"""Non-event gold set, per half: the non-event stories that still give events, the look-alikes found.

Usage: .venv/bin/python benchmarks/nonevents_gold.py [--markdown FILE]

src/waqia/data/gold/nonevents*.jsonl holds fictional stories that use violent words but report no political
violence (sport, reviews, rhetoric, disasters, accidents...) and look-alikes that do report an event
(NONEVENTS.md). Of the first 44, the odd ids are the dev half, whose misses were read while writing
extract/nonevents.py, and the even ids are held out. The second batch (045-074) was written after those rules
and its misses were read in session 5; the third batch (075-104) was written after that, held out until
session 8, whose rule writer read its misses (now a dev batch); the fourth (105-134) was written in session 6
and its misses were read that session (a dev batch); the fifth (135-164) was written in session 8 by a
helper who had not read the rules, and is held out.
The spec scorer's figures for the whole set come from `waqia evaluate --gold
src/waqia/data/gold/nonevents.jsonl --articles src/waqia/data/gold/nonevents_articles.jsonl`; this script
adds, per half, the non-event stories that give a main event and the look-alikes whose event is found.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from waqia.extract.rules import build_extractor
from waqia.model import Article, Role, make_article_id

GOLD_DIR = Path(__file__).resolve().parents[1] / "src" / "waqia" / "data" / "gold"
# Articles 001-044 were written before the story rules and split in halves; later ones after the rules.
FIRST_BATCH = 44
# Articles 045-074 (session 4) were read while writing session 5's rules; 075-104 were written after them
# and read while writing session 8's.
SECOND_BATCH = 74
# Articles 105-134 (session 6) were written before session 6's rules, whose writer read their misses.
THIRD_BATCH = 104
# Articles 135-164 (session 8) were written by a helper who had not read the rules; no rule writer read them.
FOURTH_BATCH = 134
# Each later batch by the last id before it, newest first.
LATER_BATCHES = (
    (FOURTH_BATCH, "fifth"),
    (THIRD_BATCH, "fourth"),
    (SECOND_BATCH, "third"),
    (FIRST_BATCH, "second"),
)


@dataclass
class Half:
    """Counts over one half of the set."""

    name: str
    non_events: int = 0
    non_events_with_event: int = 0
    spurious_events: int = 0
    look_alikes: int = 0
    look_alikes_found: int = 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", type=Path, help="also write the figures as a Markdown section")
    options = parser.parse_args()
    gold = {
        line["article_id"]: line
        for line in map(json.loads, (GOLD_DIR / "nonevents.jsonl").read_text(encoding="utf-8").splitlines())
    }
    extractor = build_extractor()
    halves = {
        "dev": Half(name="dev (odd ids 001-043, studied)"),
        "held-out": Half(name="held-out (even ids 002-044)"),
        "second": Half(name="second batch (045-074, written after the first rules, studied in session 5)"),
        "third": Half(name="third batch (075-104, written in session 5, studied in session 8)"),
        "fourth": Half(name="fourth batch (105-134, written in session 6, studied in session 6)"),
        "fifth": Half(name="fifth batch (135-164, written in session 8, held out)"),
    }
    for line in (GOLD_DIR / "nonevents_articles.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        number = int(record["id"].rsplit("-", 1)[1])
        batch = next((name for last, name in LATER_BATCHES if number > last), None)
        half = halves[batch or ("dev" if number % 2 else "held-out")]
        article = Article(
            article_id=make_article_id(url=None, text=record["text"]),
            text=record["text"],
            published_at=datetime.fromisoformat(record["published_at"]),
        )
        main_events = [mention for mention in extractor.extract(article) if mention.role is Role.MAIN]
        if any(event["role"] == "main" for event in gold[record["id"]]["events"]):
            half.look_alikes += 1
            half.look_alikes_found += bool(main_events)
        else:
            half.non_events += 1
            half.non_events_with_event += bool(main_events)
            half.spurious_events += len(main_events)
    lines = [
        "### nonevents-gold, per half",
        "",
        "| half | non-event stories that give a main event | look-alikes whose event is found |",
        "| --- | --- | --- |",
        *(
            f"| {half.name} | {half.non_events_with_event} of {half.non_events} "
            f"({half.spurious_events} events) | {half.look_alikes_found} of {half.look_alikes} |"
            for half in halves.values()
        ),
        "",
    ]
    print("\n".join(lines))
    if options.markdown is not None:
        options.markdown.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
