"""Resolution speed: the pure core on 100,000 synthetic mentions, and one article added to a SQLite store
holding 100,000 events (issue #4 targets: under 60 s, and under 50 ms per article).

Run: .venv/bin/python benchmarks/resolve_bench.py [--mentions 100000] [--events 100000] [--articles 200]

The synthetic world: events spread over three years across Pakistan's and Afghanistan's provinces and
districts, each reported by one to six outlets whose reports differ as real ones do (a day's difference
in date, a rising toll, a missing perpetrator, the district instead of the town, their own wording of
the details). Pairwise precision and recall against the synthetic truth are printed too.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from waqia.model import (
    Actor,
    Article,
    Casualties,
    Claim,
    DatePrecision,
    DateSpan,
    Evidence,
    EvidenceField,
    GeoPrecision,
    Mention,
    Place,
    Role,
    SubEventType,
    Target,
    hash_id,
)
from waqia.pipeline import ingest_articles, write_event
from waqia.resolve.cluster import Resolver
from waqia.resolve.features import describe_mention
from waqia.store import open_store
from waqia.store.base import ReportRecord

START = date(2023, 1, 1)
DAYS = 3 * 365
# (province, district, town, latitude, longitude): a spread of real places; the districts' towns are
# jittered so that events in one district are a few kilometres apart, as they are.
DISTRICTS = [
    ("Khyber Pakhtunkhwa", "Peshawar", "Peshawar", 34.01, 71.58),
    ("Khyber Pakhtunkhwa", "Bannu", "Bannu", 32.99, 70.60),
    ("Khyber Pakhtunkhwa", "Dera Ismail Khan", "Dera Ismail Khan", 31.83, 70.90),
    ("Khyber Pakhtunkhwa", "North Waziristan", "Mir Ali", 32.98, 70.27),
    ("Khyber Pakhtunkhwa", "Bajaur", "Khar", 34.74, 71.53),
    ("Khyber Pakhtunkhwa", "Khyber", "Bara", 33.91, 71.47),
    ("Khyber Pakhtunkhwa", "Lakki Marwat", "Lakki Marwat", 32.61, 70.91),
    ("Khyber Pakhtunkhwa", "Kurram", "Parachinar", 33.90, 70.10),
    ("Khyber Pakhtunkhwa", "Swat", "Mingora", 34.78, 72.36),
    ("Balochistan", "Quetta", "Quetta", 30.18, 67.00),
    ("Balochistan", "Kech", "Turbat", 26.00, 63.05),
    ("Balochistan", "Khuzdar", "Khuzdar", 27.81, 66.61),
    ("Balochistan", "Mastung", "Mastung", 29.80, 66.85),
    ("Balochistan", "Gwadar", "Gwadar", 25.12, 62.33),
    ("Sindh", "Karachi", "Karachi", 24.86, 67.01),
    ("Punjab", "Lahore", "Lahore", 31.56, 74.34),
    ("Kabul", "Kabul", "Kabul", 34.53, 69.17),
    ("Nangarhar", "Jalalabad", "Jalalabad", 34.43, 70.45),
]
SUB_TYPES = [
    SubEventType.ARMED_CLASH,
    SubEventType.SUICIDE_BOMB,
    SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
    SubEventType.ATTACK,
    SubEventType.GRENADE,
    SubEventType.ABDUCTION_FORCED_DISAPPEARANCE,
    SubEventType.PEACEFUL_PROTEST,
    SubEventType.ARRESTS,
]
ACTORS = [
    None,
    Actor(name="Tehreek-e-Taliban Pakistan"),
    Actor(name="Baloch Liberation Army"),
    Actor(name="Islamic State Khorasan Province"),
]
SPOTS = [
    "Ring Road",
    "Sariab Road",
    "Meezan Chowk",
    "Saddar Bazaar",
    "Kohat Road",
    "Airport Road",
    "Mall Road",
    "Hayatabad",
]
SETTINGS = ["mosque", "market", "checkpost", "convoy", "school", "bus", "police station", "camp"]


@dataclass(frozen=True, slots=True, kw_only=True)
class SyntheticEvent:
    key: str
    day: date
    place: Place
    sub: SubEventType
    actor: Actor | None
    target: Target
    killed: int
    spot: str
    setting: str


def _events(count: int, rng: random.Random) -> list[SyntheticEvent]:
    found = []
    for index in range(count):
        admin1, admin2, name, lat, lon = rng.choice(DISTRICTS)
        found.append(
            SyntheticEvent(
                key=f"ev{index}",
                day=START + timedelta(days=rng.randrange(DAYS)),
                place=Place(
                    name=name,
                    country="Afghanistan" if admin1 in ("Kabul", "Nangarhar") else "Pakistan",
                    country_code="AF" if admin1 in ("Kabul", "Nangarhar") else "PK",
                    admin1=admin1,
                    admin2=admin2,
                    latitude=round(lat + rng.uniform(-0.03, 0.03), 3),
                    longitude=round(lon + rng.uniform(-0.03, 0.03), 3),
                    geo_precision=GeoPrecision.TOWN,
                    geocoder="synthetic",
                ),
                sub=rng.choice(SUB_TYPES),
                actor=rng.choice(ACTORS),
                target=rng.choice(list(Target)),
                killed=rng.choice([0, 1, 2, 3, 4, 5, 7, 9, 12, 20]),
                spot=rng.choice(SPOTS),
                setting=rng.choice(SETTINGS),
            )
        )
    return found


def _report(event: SyntheticEvent, ordinal: int, rng: random.Random) -> tuple[Mention, datetime]:
    article_id = hash_id(event.key, str(ordinal), prefix="a")
    shift = rng.choice([0, 0, 0, 0, 1]) if ordinal else 0
    day = event.day + timedelta(days=shift)
    place = event.place
    if rng.random() < 0.15:
        place = Place(
            name=f"{place.admin2} District",
            country=place.country,
            country_code=place.country_code,
            admin1=place.admin1,
            admin2=place.admin2,
            geo_precision=GeoPrecision.REGION,
            geocoder="synthetic",
        )
    killed = event.killed + (rng.choice([0, 0, 1, 2]) if ordinal else 0)
    text = f"The attack near {event.spot} hit a {event.setting}, officials said."
    mention = Mention(
        mention_id=hash_id(article_id, "0", prefix="m"),
        article_id=article_id,
        role=Role.MAIN,
        event_type=event.sub.event_type,
        sub_event_type=event.sub,
        when=DateSpan(earliest=day, latest=day, precision=DatePrecision.DAY),
        place=place,
        perpetrator=event.actor if rng.random() < 0.7 else None,
        claim=Claim(),
        target=event.target if rng.random() < 0.8 else None,
        casualties=Casualties(killed_min=killed, killed_max=killed),
        evidence=(
            Evidence(field=EvidenceField.EVENT, start=0, end=len(text), text=text, producer="synthetic"),
        ),
        extractor="synthetic",
    )
    published = datetime.combine(event.day, datetime.min.time(), tzinfo=UTC) + timedelta(
        hours=6 + 20 * ordinal
    )
    return mention, published


def synthetic_reports(mentions: int, *, seed: int = 7) -> list[tuple[Mention, datetime, str]]:
    """About `mentions` reports (mention, publication time, event key), in publication order."""
    rng = random.Random(seed)
    found: list[tuple[Mention, datetime, str]] = []
    for event in _events(mentions // 3, rng):
        for ordinal in range(rng.choice([1, 2, 3, 3, 4, 5, 6])):
            mention, published = _report(event, ordinal, rng)
            found.append((mention, published, event.key))
    found.sort(key=lambda item: item[1])
    return found[:mentions]


def _pairs(groups: Iterable[Iterable[str]]) -> int:
    return sum(n * (n - 1) // 2 for n in (len(list(group)) for group in groups))


def bench_core(mentions: int) -> None:
    reports = synthetic_reports(mentions)
    features = [describe_mention(mention, published_at=published) for mention, published, _ in reports]
    started, cpu_started = time.perf_counter(), time.process_time()
    resolver = Resolver()
    resolver.add_all(features)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    truth = {mention.mention_id: key for mention, _, key in reports}
    partition = resolver.partition()
    overlap = Counter((truth[m], index) for index, group in enumerate(partition) for m in group)
    true_positives = _pairs([["x"] * n for n in overlap.values()])
    predicted = _pairs(partition)
    expected = _pairs([["x"] * n for n in Counter(truth.values()).values()])
    print(
        f"pure core: {len(features):,} mentions -> {len(partition):,} events in {seconds:.1f} s wall, "
        f"{cpu:.1f} s CPU ({len(features) / cpu:,.0f} mentions per CPU second); pairwise precision "
        f"{true_positives / predicted:.3f}, recall {true_positives / expected:.3f}"
    )


class _OneMentionExtractor:
    """Returns the prepared mention of each benchmark article (the extractor is not what is measured)."""

    name = "bench.v1"

    def __init__(self, mentions: dict[str, Mention]) -> None:
        self._mentions = mentions

    def extract(self, article: Article) -> tuple[Mention, ...]:
        return (self._mentions[article.article_id],)

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, tuple[Mention, ...]]]:
        for article in articles:
            yield article, self.extract(article)


def _article(mention: Mention, published: datetime) -> Article:
    return Article(
        article_id=mention.article_id,
        text=f"report {mention.article_id}",
        source="Synthetic Wire",
        url=f"https://synthetic.example/{mention.article_id}",
        published_at=published,
        origin=f"bench/{mention.article_id}",
    )


def bench_store(events: int, articles: int) -> None:
    reports = synthetic_reports(events + articles, seed=11)
    rng = random.Random(3)
    probes = rng.sample(range(len(reports)), articles)
    probe_set = set(probes)
    with tempfile.TemporaryDirectory(prefix="waqia-bench-") as folder:
        store = open_store(str(Path(folder) / "bench.db"))
        started = time.perf_counter()
        now = datetime(2026, 1, 1, tzinfo=UTC)
        written = 0
        batch = 2000
        base = [item for index, item in enumerate(reports) if index not in probe_set][:events]
        # Every stored event gets its own report: the store is filled through its ordinary write path.
        for start in range(0, len(base), batch):
            with store.session() as session:
                for mention, published, _ in base[start : start + batch]:
                    article = _article(mention, published)
                    session.put_article(article, fingerprint=f"bench-{mention.article_id}")
                    session.replace_mentions(article.article_id, [mention])
                    record = ReportRecord(
                        mention=mention,
                        source=article.source,
                        url=article.url,
                        published_at=published,
                        event_id=None,
                    )
                    write_event(
                        session,
                        event_id=hash_id("event", mention.mention_id, prefix="e"),
                        records=[record],
                        now=now,
                    )
                    written += 1
        fill = time.perf_counter() - started
        print(f"store filled with {store.counts().events:,} events in {fill:.0f} s")
        mentions = {reports[index][0].article_id: reports[index][0] for index in probes}
        extractor = _OneMentionExtractor(mentions)
        timings = []
        cpu_timings = []
        joined = 0
        for index in probes:
            mention, published, _ = reports[index]
            before = store.counts().events
            article = _article(mention, published)
            started, cpu_started = time.perf_counter(), time.process_time()
            ingest_articles([article], extractor=extractor, store=store, clock=lambda: now)
            timings.append((time.perf_counter() - started) * 1000)
            cpu_timings.append((time.process_time() - cpu_started) * 1000)
            joined += store.counts().events == before
        store.close()
    timings.sort()
    cpu_timings.sort()
    print(
        f"one article into {events:,} events: median {statistics.median(timings):.1f} ms, "
        f"p95 {timings[int(0.95 * len(timings)) - 1]:.1f} ms, max {timings[-1]:.1f} ms "
        f"over {len(timings)} articles "
        f"({joined} joined an existing event); CPU median "
        f"{statistics.median(cpu_timings):.1f} ms, p95 {cpu_timings[int(0.95 * len(cpu_timings)) - 1]:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--skip-store", action="store_true")
    options = parser.parse_args()
    bench_core(options.mentions)
    if not options.skip_store:
        bench_store(options.events, options.articles)


if __name__ == "__main__":
    main()
