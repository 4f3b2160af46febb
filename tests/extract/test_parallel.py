"""Extraction in forked worker processes: same mentions, same order, failures raised in the parent."""

from __future__ import annotations

import multiprocessing
import multiprocessing.queues
import os
import signal
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

import pytest

from waqia.errors import ConfigError, ExtractionError
from waqia.extract.parallel import (
    MAX_DEFAULT_WORKERS,
    ParallelExtractor,
    can_fork,
    extractor_in_workers,
    usable_cpus,
    worker_count,
)
from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Casualties, EventType, Mention, Role, SubEventType
from waqia.pipeline import ingest_articles
from waqia.store import open_store

pytestmark = pytest.mark.skipif(not can_fork(), reason="this platform cannot fork worker processes")

PUBLISHED = datetime(2025, 3, 12, 8, tzinfo=UTC)


class CountingExtractor:
    """One Attack mention per line that reads "killed N"; "crash" raises, "die" ends the process."""

    name = "counting.v1"

    def extract(self, article: Article) -> tuple[Mention, ...]:
        if "crash" in article.text:
            raise ValueError(f"unreadable article {article.article_id}")
        if "die" in article.text.split():
            os._exit(3)
        mentions = []
        for ordinal, line in enumerate(article.text.splitlines()):
            words = line.split()
            if words[:1] == ["killed"]:
                killed = int(words[1])
                mentions.append(
                    Mention(
                        mention_id=f"{article.article_id}-{ordinal}",
                        article_id=article.article_id,
                        role=Role.MAIN,
                        event_type=EventType.VIOLENCE_AGAINST_CIVILIANS,
                        sub_event_type=SubEventType.ATTACK,
                        casualties=Casualties(killed_min=killed, killed_max=killed),
                        extractor=self.name,
                    )
                )
        return tuple(mentions)

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, tuple[Mention, ...]]]:
        for article in articles:
            yield article, self.extract(article)


def counted(count: int, *, special: dict[int, str] | None = None) -> list[Article]:
    texts = {index: f"killed {index}\nkilled {index * 2}" for index in range(count)}
    texts.update(special or {})
    return [
        Article(article_id=f"a{index:03d}", text=text, published_at=PUBLISHED)
        for index, text in texts.items()
    ]


def test_workers_give_the_mentions_of_one_process_in_input_order() -> None:
    articles = counted(75)
    alone = list(CountingExtractor().extract_many(articles))
    with ParallelExtractor(CountingExtractor(), workers=2, chunk_size=4) as parallel:
        together = list(parallel.extract_many(articles))
        assert len(parallel.worker_pids) == 2
        assert os.getpid() not in parallel.worker_pids
    assert [article for article, _ in together] == articles
    assert [article is original for (article, _), original in zip(together, articles, strict=True)] == [
        True
    ] * len(articles)
    assert [mentions for _, mentions in together] == [mentions for _, mentions in alone]
    assert parallel.worker_pids == ()


def test_the_real_extractor_gives_the_same_mentions_in_workers(extractor: RulesExtractor) -> None:
    texts = [
        "PESHAWAR: A suicide bomber killed 11 policemen at a checkpost in Peshawar on Tuesday.",
        "Farmers in Mardan expect a good wheat harvest this year, officials said.",
        "Gunmen shot dead two labourers in Turbat on Monday night; the BLA claimed the attack.",
        "Security forces killed six militants in an operation in North Waziristan on Sunday.",
        "The cricket team's bowling attack was praised after the match in Lahore.",
    ]
    articles = [
        Article(article_id=f"r{index}", text=text, published_at=PUBLISHED)
        for index, text in enumerate(texts * 3)
    ]
    alone = list(extractor.extract_many(articles))
    with ParallelExtractor(extractor, workers=2, chunk_size=2) as parallel:
        together = list(parallel.extract_many(articles))
    assert together == alone
    assert sum(len(mentions) for _, mentions in together) >= 9


def test_an_input_shorter_than_a_chunk_still_comes_back_whole() -> None:
    with ParallelExtractor(CountingExtractor(), workers=2) as parallel:
        assert list(parallel.extract_many([])) == []
        one = counted(1)
        assert [mentions for _, mentions in parallel.extract_many(one)] == [
            CountingExtractor().extract(one[0])
        ]
        assert parallel.extract(one[0]) == CountingExtractor().extract(one[0])


def test_a_failing_chunk_is_raised_with_its_first_article_and_the_pool_restarts() -> None:
    articles = counted(20, special={13: "crash"})
    with ParallelExtractor(CountingExtractor(), workers=2, chunk_size=5) as parallel:
        with pytest.raises(ExtractionError, match=r"chunk starting at article a010: ValueError"):
            list(parallel.extract_many(articles))
        healthy = counted(12)
        assert [mentions for _, mentions in parallel.extract_many(healthy)] == [
            mentions for _, mentions in CountingExtractor().extract_many(healthy)
        ]


def test_a_worker_that_dies_is_reported_instead_of_waited_for() -> None:
    articles = counted(8, special={5: "the worker will die here"})
    with ParallelExtractor(CountingExtractor(), workers=2, chunk_size=2) as parallel:
        with pytest.raises(ExtractionError, match=r"exited with code 3"):
            list(parallel.extract_many(articles))
        assert [mentions for _, mentions in parallel.extract_many(counted(6))] == [
            mentions for _, mentions in CountingExtractor().extract_many(counted(6))
        ]


def test_a_call_left_half_read_leaves_nothing_behind_for_the_next() -> None:
    first = counted(40)
    second = counted(40, special={index: f"killed {100 + index}" for index in range(40)})
    with ParallelExtractor(CountingExtractor(), workers=2, chunk_size=3) as parallel:
        assert len(list(islice(parallel.extract_many(first), 4))) == 4
        assert [mentions for _, mentions in parallel.extract_many(second)] == [
            mentions for _, mentions in CountingExtractor().extract_many(second)
        ]


def test_ingest_through_workers_skips_only_the_failing_article(tmp_path: Path) -> None:
    articles = counted(10, special={4: "crash"})
    store = open_store(str(tmp_path / "w.db"))
    try:
        with extractor_in_workers(CountingExtractor(), workers=2) as running:
            report = ingest_articles(articles, extractor=running, store=store, clock=lambda: PUBLISHED)
        assert [item.detail for item in report.skipped] == [
            "a004: extraction failed: unreadable article a004"
        ]
        assert report.mentions == 18
    finally:
        store.close()


def test_one_worker_is_the_extractor_itself() -> None:
    extractor = CountingExtractor()
    with extractor_in_workers(extractor, workers=1) as running:
        assert running is extractor


def test_worker_counts() -> None:
    assert worker_count(3) == 3
    assert worker_count(1) == 1
    assert worker_count(0) == worker_count(None) == min(usable_cpus(), MAX_DEFAULT_WORKERS)
    with pytest.raises(ConfigError, match="--workers -2"):
        worker_count(-2)
    with pytest.raises(ConfigError, match="at least 2 workers"):
        ParallelExtractor(CountingExtractor(), workers=1)
    with pytest.raises(ConfigError, match="chunk size 0"):
        ParallelExtractor(CountingExtractor(), workers=2, chunk_size=0)


def _hold_workers(pids: multiprocessing.queues.Queue[tuple[int, ...]]) -> None:
    with ParallelExtractor(CountingExtractor(), workers=2) as parallel:
        pids.put(parallel.worker_pids)
        time.sleep(60)


def _alive(pid: int) -> bool:
    """Running (not gone, and not a zombie that nobody has reaped yet)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc to see the workers")
def test_workers_stop_when_their_parent_is_killed() -> None:
    context = multiprocessing.get_context("fork")
    pids: multiprocessing.queues.Queue[tuple[int, ...]] = context.Queue()
    holder = context.Process(target=_hold_workers, args=(pids,))
    holder.start()
    workers = pids.get(timeout=30)
    assert len(workers) == 2
    assert all(_alive(pid) for pid in workers)
    assert holder.pid is not None
    os.kill(holder.pid, signal.SIGKILL)
    holder.join()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers)
