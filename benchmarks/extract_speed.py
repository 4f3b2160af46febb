"""Throughput and peak memory of the rules.v1 extractor on generated 600-word reports (issue #3).

Usage: .venv/bin/python benchmarks/extract_speed.py [--articles 600] [--violent-share 0.3] [--seed 7]
       [--workers N] [--markdown FILE]

Targets (issue #3): at least 50 articles/s on a 2-core machine, peak memory under 1.5 GB. The extractor
runs as `waqia` runs it: in `--workers` processes (default 0: one per CPU, at most 4; 1 is a single
process). Peak memory is the sum of every process's peak resident set (the parent that loaded spaCy and
the gazetteer, and each worker forked from it). Pages the workers still share with the parent are counted
once per process there, so the sum overstates the memory in use; the proportional set size (PSS) at the
end of the run, which splits shared pages between the processes, is reported beside it. `--markdown` also
writes the figures as a Markdown section (scripts/quality.sh collects it).

The articles are generated from templates written for this benchmark: a violent report opens with one of
several event ledes and continues with quotes, background and reaction paragraphs; a non-violent report is
politics, economy, sport, weather or culture copy (some of it with trigger words used harmlessly, such as a
bowling attack or a transport strike). Every article is padded to about 600 words.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

from waqia.extract.parallel import extractor_in_workers, worker_count
from waqia.extract.rules import build_extractor
from waqia.model import Article

WORDS_PER_ARTICLE = 600
TARGET_ARTICLES_PER_SECOND = 50.0
TARGET_PEAK_MB = 1536.0
PLACES = ("Peshawar", "Quetta", "Bannu", "Khuzdar", "Lakki Marwat", "Turbat", "Kabul", "Jalalabad", "Karachi")
DISTRICTS = ("Kurram", "Khyber", "North Waziristan", "Kech", "Bajaur", "Dera Ismail Khan", "Mastung")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBERS = ("two", "three", "four", "five", "six", "seven", "nine", "11", "14")
GROUPS = (
    "the Tehreek-e-Taliban Pakistan",
    "the Balochistan Liberation Army",
    "the Islamic State Khorasan Province",
)

VIOLENT_LEDES = (
    "A suicide bomber blew himself up near a police checkpost in {place} on {day}, killing {n} policemen "
    "and injuring {m} others, officials said.",
    "A roadside bomb struck a vehicle carrying security personnel in {district} district on {day}, "
    "killing {n} soldiers.",
    "Unidentified gunmen shot dead {n} labourers in the outskirts of {place} on {day} night, police said.",
    "Militants attacked a security post in {district} district on {day}; {n} soldiers and {m} attackers were "
    "killed in the exchange of fire that followed.",
    "Armed men abducted {n} engineers working on a road project near {place} on {day}.",
    "A grenade hurled at a shop in the main bazaar of {place} on {day} wounded {m} people.",
    "Security forces killed {n} militants during an intelligence-based operation in {district} district on "
    "{day}.",
)
VIOLENT_FOLLOW_UPS = (
    "{group} claimed responsibility for the attack in a statement sent to journalists.",
    "Rescue workers shifted the injured to the district headquarters hospital, where an emergency was "
    "declared.",
    "The area was cordoned off and a search operation was launched to trace the attackers.",
    "The provincial government announced compensation for the families of the victims.",
    "Witnesses said the blast was heard several kilometres away and shattered the windows of nearby shops.",
    "The police said a case had been registered and an investigation was under way.",
    "Last year, a similar attack in the same area killed {n} people.",
    "Traders in the market kept their shops closed the next day to mourn the dead.",
)
NEUTRAL_PARAGRAPHS = (
    "The provincial assembly met for a long session on the budget, with members of the treasury and "
    "opposition benches debating allocations for schools, hospitals and roads in the southern districts.",
    "Officials said the new water supply scheme would serve more than forty thousand households once the "
    "pipeline and two storage tanks are completed before the summer.",
    "The chief minister told reporters that the government would hold consultations with traders, farmers "
    "and transporters before finalising the new tax proposals for the next fiscal year.",
    "Prices of flour, sugar and cooking oil rose again this week, and shopkeepers blamed the increase on "
    "transport costs and the weaker rupee against the dollar.",
    "The national cricket team arrived in the city for the series, and the captain praised the bowling "
    "attack after a long practice session at the stadium.",
    "Transporters announced a one-day strike against the rise in fuel prices, and commuters waited for "
    "hours at bus stops across the city.",
    "Meteorologists forecast light rain in the northern valleys and dry, cold weather in the plains for the "
    "rest of the week, advising farmers to plan irrigation carefully.",
    "The university held its annual convocation, where more than two thousand graduates received degrees "
    "in medicine, engineering, commerce and the humanities.",
    "A literary festival opened at the arts council with readings by poets and novelists in Urdu, Pashto "
    "and English, drawing large crowds of students and families.",
    "Health officials launched a week-long campaign to vaccinate children against measles in schools and "
    "community centres across the division.",
)
NEUTRAL_LEDES = (
    "The federal cabinet on {day} approved a plan to upgrade the railway line between {place} and the coast.",
    "The election commission on {day} published the schedule for local government polls in {district}.",
    "Farmers in {district} district expect a record wheat harvest this year after timely rains, officials "
    "said.",
    "The high court in {place} on {day} adjourned hearing of a petition against the increase in electricity "
    "tariffs.",
)


def make_article(index: int, *, violent: bool, rng: random.Random) -> Article:
    """One generated report of about WORDS_PER_ARTICLE words."""
    slots = {
        "place": rng.choice(PLACES),
        "district": rng.choice(DISTRICTS),
        "day": rng.choice(DAYS),
        "n": rng.choice(NUMBERS),
        "m": rng.choice(NUMBERS),
        "group": rng.choice(GROUPS),
    }
    paragraphs = []
    if violent:
        paragraphs.append(rng.choice(VIOLENT_LEDES).format(**slots))
        paragraphs.extend(item.format(**slots) for item in rng.sample(VIOLENT_FOLLOW_UPS, 3))
    else:
        paragraphs.append(rng.choice(NEUTRAL_LEDES).format(**slots))
    while sum(len(paragraph.split()) for paragraph in paragraphs) < WORDS_PER_ARTICLE:
        paragraphs.append(rng.choice(NEUTRAL_PARAGRAPHS))
    text = "\n".join(paragraphs)
    return Article(
        article_id=f"bench-{index}",
        text=text,
        published_at=datetime(2024, 3, 13, 9, tzinfo=UTC),
    )


def make_articles(count: int, *, violent_share: float, seed: int) -> list[Article]:
    rng = random.Random(seed)
    return [make_article(index, violent=rng.random() < violent_share, rng=rng) for index in range(count)]


def _status_kb(pid: int, field: str, *, file: str) -> int:
    """A "Field:  N kB" line of a /proc file, in kB; 0 where /proc is absent (not Linux)."""
    try:
        for line in Path(f"/proc/{pid}/{file}").read_text(encoding="ascii").splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return 0
    return 0


def peak_rss_of(pid: int) -> int:
    return _status_kb(pid, "VmHWM", file="status")


def pss_of(pid: int) -> int:
    return _status_kb(pid, "Pss", file="smaps_rollup")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--violent-share", type=float, default=0.3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--workers", type=int, default=0, help="extraction processes (0: one per CPU, at most 4)"
    )
    parser.add_argument("--tracemalloc", action="store_true", help="also report Python-heap peak (slower)")
    parser.add_argument("--markdown", type=Path, help="also write the figures as a Markdown section")
    options = parser.parse_args()

    started = time.perf_counter()
    extractor = build_extractor()
    build_seconds = time.perf_counter() - started
    articles = make_articles(options.articles, violent_share=options.violent_share, seed=options.seed)
    words = sum(len(article.text.split()) for article in articles)
    workers = worker_count(options.workers)
    with extractor_in_workers(extractor, workers=workers) as running:
        # Warm-up: first-call allocations in spaCy and the geocoder, in every worker.
        list(running.extract_many(articles[: 20 * workers]))
        if options.tracemalloc:
            tracemalloc.start()
        started = time.perf_counter()
        mentions = sum(len(found) for _, found in running.extract_many(articles))
        seconds = time.perf_counter() - started
        heap_peak = tracemalloc.get_traced_memory()[1] if options.tracemalloc else None
        if options.tracemalloc:
            tracemalloc.stop()
        worker_pids = getattr(running, "worker_pids", ())
        pss_mb = sum(pss_of(pid) for pid in (os.getpid(), *worker_pids)) / 1024
        rss_peak_mb = (
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + sum(map(peak_rss_of, worker_pids))
        ) / 1024

    print(f"build: {build_seconds:.1f} s")
    print(
        f"articles: {len(articles)} ({words / len(articles):.0f} words each, violent share "
        f"{options.violent_share})"
    )
    print(f"mentions: {mentions}")
    print(
        f"time: {seconds:.2f} s -> {len(articles) / seconds:.1f} articles/s, {words / seconds:,.0f} words/s"
    )
    print(f"workers: {workers}")
    print(f"peak RSS (sum over {1 + len(worker_pids)} processes): {rss_peak_mb:.0f} MB")
    print(f"PSS at the end (sum): {pss_mb:.0f} MB")
    if heap_peak is not None:
        print(f"peak Python heap during extract_many (tracemalloc): {heap_peak / 2**20:.1f} MB")
    if options.markdown is not None:
        rate = len(articles) / seconds
        rows = [
            (
                "articles per second",
                f"{rate:.1f}",
                f"≥ {TARGET_ARTICLES_PER_SECOND:.0f}",
                rate >= TARGET_ARTICLES_PER_SECOND,
            ),
            ("words per second", f"{words / seconds:,.0f}", "", None),
            (
                f"peak memory (RSS summed over {1 + len(worker_pids)} processes, MB)",
                f"{rss_peak_mb:.0f}",
                f"< {TARGET_PEAK_MB:.0f}",
                rss_peak_mb < TARGET_PEAK_MB,
            ),
            ("PSS at the end of the run (MB, shared pages split)", f"{pss_mb:.0f}", "", None),
            ("extractor build (s)", f"{build_seconds:.1f}", "", None),
        ]
        lines = [
            "### speed",
            "",
            f"{len(articles)} generated articles of about {WORDS_PER_ARTICLE} words, violent share "
            f"{options.violent_share}, seed {options.seed}; {mentions} mentions; "
            f"{os.cpu_count()} CPUs, {workers} extraction process{'es' if workers > 1 else ''}.",
            "",
            "| measure | value | target | met |",
            "| --- | --- | --- | --- |",
            *(
                f"| {name} | {value} | {target} | {'' if met is None else 'yes' if met else 'no'} |"
                for name, value, target, met in rows
            ),
            "",
        ]
        options.markdown.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
