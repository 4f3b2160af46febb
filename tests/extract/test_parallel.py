"""Extraction in forked worker processes: same mentions, same order, failures raised in the parent."""

from __future__ import annotations

import gc
import logging
import multiprocessing
import multiprocessing.queues
import os
import signal
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from types import FrameType

import pytest

from waqia.errors import ConfigError, ExtractionError
from waqia.extract import parallel as parallel_module
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
from waqia.pipeline import extract_articles, ingest_articles
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


def test_a_failing_chunk_is_raised_with_its_first_article_and_the_same_workers_go_on() -> None:
    articles = counted(20, special={13: "crash"})
    with ParallelExtractor(CountingExtractor(), workers=2, chunk_size=5) as parallel:
        workers = parallel.worker_pids
        with pytest.raises(ExtractionError, match=r"chunk starting at article a010: ValueError") as raised:
            list(parallel.extract_many(articles))
        assert "--" not in str(raised.value)
        healthy = counted(12)
        assert [mentions for _, mentions in parallel.extract_many(healthy)] == [
            mentions for _, mentions in CountingExtractor().extract_many(healthy)
        ]
        # Not forked again: a restart would fork beside whatever threads the caller has started since.
        assert parallel.worker_pids == workers


def test_a_worker_that_dies_is_reported_and_the_rest_is_extracted_in_this_process() -> None:
    articles = counted(8, special={5: "the worker will die here"})
    with ParallelExtractor(CountingExtractor(), workers=2, chunk_size=2) as parallel:
        with pytest.raises(
            ExtractionError, match=r"exited with code 3 before the chunk starting at article a004"
        ):
            list(parallel.extract_many(articles))
        assert parallel.worker_pids == ()
        assert [mentions for _, mentions in parallel.extract_many(counted(6))] == [
            mentions for _, mentions in CountingExtractor().extract_many(counted(6))
        ]
        assert parallel.worker_pids == ()


class PayloadExtractor:
    """One mention per article whose id is `size` characters long: results larger than a pipe holds;
    articles from number `slow_after` on take a minute."""

    name = "payload.v1"

    def __init__(self, size: int, *, delay: float = 0.0, slow_after: int | None = None) -> None:
        self.size = size
        self.delay = delay
        self.slow_after = slow_after

    def extract(self, article: Article) -> tuple[Mention, ...]:
        number = int(article.article_id[1:]) if article.article_id.startswith("a") else -1
        if self.slow_after is not None and number >= self.slow_after:
            time.sleep(60)
        time.sleep(self.delay)
        return (
            Mention(
                mention_id=f"{article.article_id}-" + "x" * self.size,
                article_id=article.article_id,
                role=Role.MAIN,
                event_type=EventType.VIOLENCE_AGAINST_CIVILIANS,
                sub_event_type=SubEventType.ATTACK,
                extractor=self.name,
            ),
        )

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, tuple[Mention, ...]]]:
        for article in articles:
            yield article, self.extract(article)


class _Deadline:
    """Raise TimeoutError in this (main) thread after `seconds`: a hang fails the test instead of the run."""

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds

    def __enter__(self) -> None:
        def expire(number: int, frame: FrameType | None) -> None:
            raise TimeoutError(f"still blocked after {self.seconds} s")

        self.previous = signal.signal(signal.SIGALRM, expire)
        signal.alarm(self.seconds)

    def __exit__(self, *_: object) -> None:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, self.previous)


def _sending(pid: int) -> bool:
    """Whether the main thread of `pid` is blocked writing to a socket or pipe."""
    try:
        channel = Path(f"/proc/{pid}/wchan").read_text(encoding="ascii")
    except OSError:
        return False
    return "send" in channel or "pipe_write" in channel


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc to see the workers")
def test_a_worker_killed_halfway_through_sending_a_result_is_reported_not_waited_for() -> None:
    articles = counted(6)
    parallel = ParallelExtractor(PayloadExtractor(4_000_000), workers=2, chunk_size=1)
    try:
        with _Deadline(60):
            parallel.start()
            results = parallel.extract_many(articles)
            next(results)
            # The caller works on the first article; the workers fill their pipes and block writing.
            time.sleep(2)
            victim = parallel.worker_pids[1]
            assert _sending(victim)
            os.kill(victim, signal.SIGKILL)
            with pytest.raises(ExtractionError, match=r"killed by signal 9"):
                list(results)
        assert parallel.worker_pids == ()
        assert [article for article, _ in parallel.extract_many(articles[:2])] == articles[:2]
    finally:
        parallel.close(promptly=True)


def test_leaving_on_an_error_stops_busy_workers_at_once() -> None:
    articles = counted(8)
    started = time.monotonic()
    slow = PayloadExtractor(10, slow_after=1)
    with pytest.raises(KeyboardInterrupt), ParallelExtractor(slow, workers=2, chunk_size=1) as parallel:  # noqa: PT012
        workers = parallel.worker_pids
        assert next(parallel.extract_many(articles))[0] is articles[0]
        raise KeyboardInterrupt
    assert time.monotonic() - started < 4
    assert not any(_alive(pid) for pid in workers)


def test_a_normal_close_lets_idle_workers_end_on_their_own() -> None:
    parallel = ParallelExtractor(CountingExtractor(), workers=2)
    parallel.start()
    processes = [worker.process for worker in parallel._pool]
    list(parallel.extract_many(counted(4)))
    parallel.close()
    assert [process.exitcode for process in processes] == [0, 0]


def test_a_call_left_half_read_leaves_nothing_behind_for_the_next() -> None:
    first = counted(40)
    second = counted(40, special={index: f"killed {100 + index}" for index in range(40)})
    with ParallelExtractor(CountingExtractor(), workers=2, chunk_size=3) as parallel:
        assert len(list(islice(parallel.extract_many(first), 4))) == 4
        assert [mentions for _, mentions in parallel.extract_many(second)] == [
            mentions for _, mentions in CountingExtractor().extract_many(second)
        ]


def test_an_abandoned_call_finalised_during_the_next_one_leaves_the_workers_serving_it() -> None:
    first = counted(50)
    second = counted(50, special={index: f"killed {100 + index}" for index in range(50)})
    with ParallelExtractor(CountingExtractor(), workers=2, chunk_size=2) as parallel:
        workers = parallel.worker_pids
        abandoned = parallel.extract_many(first)
        next(abandoned)
        current = parallel.extract_many(second)
        got = [next(current) for _ in range(5)]
        # A caller that broke out of its loop: the generator is finalised (GeneratorExit) only now.
        del abandoned
        gc.collect()
        got += list(current)
        assert got == list(CountingExtractor().extract_many(second))
        assert parallel.worker_pids == workers


def test_a_call_still_reading_when_the_workers_are_closed_raises_instead_of_waiting() -> None:
    parallel = ParallelExtractor(CountingExtractor(), workers=2, chunk_size=2)
    parallel.start()
    results = parallel.extract_many(counted(20))
    next(results)
    parallel.close()
    with _Deadline(20), pytest.raises(ExtractionError, match="stopped before this call was read"):
        list(results)


def test_the_extractor_is_warmed_up_before_the_workers_are_forked() -> None:
    class Lazy(CountingExtractor):
        """Fails in any process that did not read an article before: what forked workers would pay."""

        warm = False

        def extract(self, article: Article) -> tuple[Mention, ...]:
            if article.article_id != "waqia-warm-up" and not self.warm:
                raise RuntimeError("cold")
            self.warm = True
            return super().extract(article)

    with ParallelExtractor(Lazy(), workers=2, chunk_size=2) as parallel:
        assert len(list(parallel.extract_many(counted(8)))) == 8


def test_pipeline_batches_through_workers_are_many_chunks_long() -> None:
    calls: list[int] = []

    class Spy(ParallelExtractor):
        def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, tuple[Mention, ...]]]:
            articles = list(articles)
            calls.append(len(articles))
            return super().extract_many(articles)

    articles = counted(300)
    with Spy(CountingExtractor(), workers=2) as parallel:
        results = list(extract_articles(articles, extractor=parallel))
    assert results == list(CountingExtractor().extract_many(articles))
    assert calls == [256, 44] == [parallel.batch_size, 300 - parallel.batch_size]


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


def test_worker_counts(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    assert worker_count(1) == 1
    assert worker_count(0) == worker_count(None) == min(usable_cpus(), MAX_DEFAULT_WORKERS)
    monkeypatch.setattr(parallel_module, "usable_cpus", lambda: 6)
    assert worker_count(3) == 3
    assert worker_count(6) == 6
    assert worker_count(0) == MAX_DEFAULT_WORKERS
    assert not caplog.records
    with caplog.at_level(logging.WARNING, logger="waqia.extract.parallel"):
        assert worker_count(64) == 6
    assert [record.getMessage() for record in caplog.records] == [
        "64 extraction processes asked for, but only 6 CPU(s) usable: running 6"
    ]
    with pytest.raises(ConfigError, match="a worker count of -2 is negative") as raised:
        worker_count(-2)
    assert "--" not in str(raised.value)
    with pytest.raises(ConfigError, match="at least 2 workers"):
        ParallelExtractor(CountingExtractor(), workers=1)
    with pytest.raises(ConfigError, match="chunk size 0"):
        ParallelExtractor(CountingExtractor(), workers=2, chunk_size=0)


def _hold_workers(pids: multiprocessing.queues.Queue[tuple[int, ...]], state: str) -> None:
    """Start two workers and leave them idle, busy on a chunk, or blocked writing results nobody reads."""
    extractor = {
        "idle": PayloadExtractor(10),
        "busy": PayloadExtractor(10, slow_after=0),
        "writing": PayloadExtractor(4_000_000),
    }[state]
    with ParallelExtractor(extractor, workers=2, chunk_size=1) as parallel:
        pids.put(parallel.worker_pids)
        if state != "idle":
            # Blocks while the workers are busy; returns with their results piling up in the pipes.
            next(parallel.extract_many(counted(8)))
        time.sleep(60)


def _alive(pid: int) -> bool:
    """Running (not gone, and not a zombie that nobody has reaped yet)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc to see the workers")
@pytest.mark.parametrize("state", ["idle", "busy", "writing"])
@pytest.mark.parametrize("death_signal", [True, False], ids=["death-signal", "pipes-only"])
def test_workers_stop_when_their_parent_is_killed(
    state: str, death_signal: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not death_signal:
        # As on a platform without PR_SET_PDEATHSIG: the pipe and the parent's pid must do.
        monkeypatch.setattr(parallel_module, "_die_with_parent", lambda: None)
    context = multiprocessing.get_context("fork")
    pids: multiprocessing.queues.Queue[tuple[int, ...]] = context.Queue()
    holder = context.Process(target=_hold_workers, args=(pids, state))
    holder.start()
    workers: tuple[int, ...] = ()
    try:
        workers = pids.get(timeout=30)
        assert len(workers) == 2
        time.sleep(1)
        assert all(_alive(pid) for pid in workers)
        assert holder.pid is not None
        os.kill(holder.pid, signal.SIGKILL)
        holder.join()
        deadline = time.monotonic() + 4
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(pid) for pid in workers)
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        if holder.is_alive():
            holder.kill()
            holder.join()


def test_a_call_overtaken_by_a_later_one_raises_instead_of_waiting_for_ever() -> None:
    with ParallelExtractor(CountingExtractor(), workers=2, chunk_size=1) as parallel:
        first = parallel.extract_many(counted(20))
        next(first)
        second = list(parallel.extract_many(counted(30)))
        assert second == list(CountingExtractor().extract_many(counted(30)))
        with _Deadline(20), pytest.raises(ExtractionError, match="a later call was started"):
            list(first)


def test_a_failed_large_batch_is_retried_in_small_batches_before_one_article_at_a_time() -> None:
    singles: list[str] = []

    class Counting(CountingExtractor):
        def extract(self, article: Article) -> tuple[Mention, ...]:
            singles.append(article.article_id)
            return super().extract(article)

    articles = counted(300, special={250: "crash"})
    with ParallelExtractor(Counting(), workers=2) as parallel:
        results = list(extract_articles(articles, extractor=parallel))
    assert len(results) == 300
    # Only the small batch holding the bad article was read one article at a time (in this process).
    retried = [article_id for article_id in singles if article_id.startswith("a")]
    assert 1 <= len(retried) <= 32
    assert "a250" in retried


def test_ctrl_c_is_held_back_while_the_workers_are_forked() -> None:
    masks: list[set[int]] = []

    class Watching(ParallelExtractor):
        def _fork_into(self, pool: list, **options: object) -> None:  # type: ignore[override]
            masks.append({int(s) for s in signal.pthread_sigmask(signal.SIG_BLOCK, set())})
            super()._fork_into(pool, **options)  # type: ignore[arg-type]

    with Watching(CountingExtractor(), workers=2) as parallel:
        assert len(parallel.worker_pids) == 2
    assert int(signal.SIGINT) in masks[0]
    assert int(signal.SIGINT) not in {int(s) for s in signal.pthread_sigmask(signal.SIG_BLOCK, set())}
