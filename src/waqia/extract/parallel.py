"""Extraction in worker processes: one extractor forked into each core, results kept in input order.

The rules extractor is pure Python and spaCy on one core; a 2-core laptop reads twice as many articles
when a second process works beside the first. Workers are forked from the process that built the
extractor, so the spaCy pipeline and the gazetteer are shared copy-on-write instead of built again
(seconds) or pickled (hundreds of MB). Where the platform cannot fork, extraction stays in-process.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
import queue
import signal
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import count, islice
from multiprocessing.context import ForkContext, ForkProcess
from multiprocessing.queues import Queue
from types import TracebackType

from waqia.errors import ConfigError, ExtractionError
from waqia.extract.base import Extractor
from waqia.model import Article, Mention

logger = logging.getLogger(__name__)

# Articles sent to a worker at a time: enough to amortise pickling and a spaCy batch, few enough that two
# workers share a pipeline batch of 32.
CHUNK_SIZE = 16
# Chunks waiting per worker: keeps both cores busy without queueing a whole corpus in the pipes.
CHUNKS_AHEAD_PER_WORKER = 2
# Each worker holds its own copy of what Python touches (about 350 MB): a 16-core server should not hold 16
# unasked. `--workers N` gives more.
MAX_DEFAULT_WORKERS = 4
# How often a waiting parent looks whether a worker died (a worker killed by the OOM killer sends nothing).
_POLL_SECONDS = 1.0
_STOP_SECONDS = 5.0


@dataclass(frozen=True, kw_only=True, slots=True)
class _Task:
    call: int
    index: int
    articles: tuple[Article, ...]


@dataclass(frozen=True, kw_only=True, slots=True)
class _Result:
    call: int
    index: int
    mentions: tuple[tuple[Mention, ...], ...] = ()
    failure: str = ""


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask where the platform has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def worker_count(requested: int | None) -> int:
    """The number of extraction processes for `--workers`: None or 0 means one per usable CPU, at most 4."""
    if requested is None or requested == 0:
        return min(usable_cpus(), MAX_DEFAULT_WORKERS)
    if requested < 0:
        raise ConfigError(
            f"--workers {requested} is negative",
            hint="give 1 to extract in this process, or 0 for one per CPU",
        )
    return requested


@contextmanager
def extractor_in_workers(extractor: Extractor, *, workers: int) -> Iterator[Extractor]:
    """`extractor` itself for one worker, else a started `ParallelExtractor` over it, stopped on leaving.

    Where the platform cannot fork, the extractor runs in this process and a warning says so.
    """
    if workers < 2:
        yield extractor
        return
    if not can_fork():
        logger.warning("this platform cannot fork worker processes; extracting in one process")
        yield extractor
        return
    with ParallelExtractor(extractor, workers=workers) as parallel:
        yield parallel


class ParallelExtractor:
    """An `Extractor` that hands chunks of articles to forked copies of another extractor.

    Use it as a context manager: the workers start on entering (before any progress-bar thread, since a
    process forked beside running threads may inherit a held lock) and stop on leaving. `extract` of one
    article runs in this process; `extract_many` yields in input order, like the extractor it wraps.
    A worker that fails on a chunk, or dies, raises `ExtractionError` here; the pool is then restarted on
    the next call, so a caller may retry the articles one at a time.
    """

    def __init__(self, extractor: Extractor, *, workers: int, chunk_size: int = CHUNK_SIZE) -> None:
        if workers < 2:
            raise ConfigError(
                f"a parallel extractor needs at least 2 workers, not {workers}",
                hint="use the extractor itself for one process",
            )
        if chunk_size < 1:
            raise ConfigError(
                f"chunk size {chunk_size} is not positive", hint="give a chunk size of 1 or more"
            )
        if not can_fork():
            raise ExtractionError(
                "this platform cannot fork worker processes", hint="extract with --workers 1"
            )
        self.extractor = extractor
        self.name = extractor.name
        self.workers = workers
        self.chunk_size = chunk_size
        self._context: ForkContext = multiprocessing.get_context("fork")
        self._processes: list[ForkProcess] = []
        self._tasks: Queue[_Task | None] | None = None
        self._results: Queue[_Result] | None = None
        self._calls = count()

    def __enter__(self) -> ParallelExtractor:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def worker_pids(self) -> tuple[int, ...]:
        """The process ids of the running workers (for measuring their memory)."""
        return tuple(process.pid for process in self._processes if process.pid is not None)

    def start(self) -> None:
        """Fork the workers; a no-op while they run."""
        if self._processes:
            return
        tasks: Queue[_Task | None] = self._context.Queue()
        results: Queue[_Result] = self._context.Queue()
        processes = [
            self._context.Process(
                target=_serve,
                kwargs={
                    "extractor": self.extractor,
                    "tasks": tasks,
                    "results": results,
                    "parent": os.getpid(),
                },
                name=f"waqia-extract-{number}",
                daemon=True,
            )
            for number in range(1, self.workers + 1)
        ]
        for process in processes:
            process.start()
        self._tasks, self._results, self._processes = tasks, results, processes

    def close(self) -> None:
        """Stop the workers: each finishes its chunk, a worker that does not stop in time is terminated."""
        processes, tasks, results = self._processes, self._tasks, self._results
        self._processes, self._tasks, self._results = [], None, None
        if tasks is not None:
            for process in processes:
                if process.is_alive():
                    tasks.put(None)
        for process in processes:
            process.join(_STOP_SECONDS)
            if process.is_alive():
                process.terminate()
                process.join()
        for channel in (tasks, results):
            if channel is not None:
                channel.close()
                channel.cancel_join_thread()

    def extract(self, article: Article) -> tuple[Mention, ...]:
        """The mentions of one article, read in this process (forking is not worth one article)."""
        return self.extractor.extract(article)

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, tuple[Mention, ...]]]:
        """The mentions of each article, in input order, read by the workers chunk by chunk."""
        self.start()
        call = next(self._calls)
        chunks = self._chunks(articles)
        sent: dict[int, tuple[Article, ...]] = {}
        finished: dict[int, tuple[tuple[Mention, ...], ...]] = {}
        next_index = 0
        sent_count = 0
        exhausted = False
        try:
            while True:
                while not exhausted and sent_count - next_index < self.workers * CHUNKS_AHEAD_PER_WORKER:
                    chunk = next(chunks, None)
                    if chunk is None:
                        exhausted = True
                        break
                    sent[sent_count] = chunk
                    self._send(_Task(call=call, index=sent_count, articles=chunk))
                    sent_count += 1
                if next_index == sent_count:
                    return
                while next_index not in finished:
                    result = self._receive(call=call, sent=sent, waiting=next_index)
                    finished[result.index] = result.mentions
                yield from zip(sent.pop(next_index), finished.pop(next_index), strict=True)
                next_index += 1
        except BaseException:
            # Chunks still in the workers belong to this call only: a new pool leaves no stale results.
            self.close()
            raise

    def _chunks(self, articles: Iterable[Article]) -> Iterator[tuple[Article, ...]]:
        """Chunks of at most `chunk_size`, a window of articles split evenly so that every worker has one."""
        iterator = iter(articles)
        window_size = self.workers * CHUNKS_AHEAD_PER_WORKER * self.chunk_size
        while window := tuple(islice(iterator, window_size)):
            size = max(1, min(self.chunk_size, math.ceil(len(window) / self.workers)))
            for start in range(0, len(window), size):
                yield window[start : start + size]

    def _send(self, task: _Task) -> None:
        if self._tasks is None:
            raise ExtractionError("the extraction workers are stopped", hint="start the extractor again")
        self._tasks.put(task)

    def _receive(self, *, call: int, sent: dict[int, tuple[Article, ...]], waiting: int) -> _Result:
        results = self._results
        if results is None:
            raise ExtractionError("the extraction workers are stopped", hint="start the extractor again")
        while True:
            try:
                result = results.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                dead = [process for process in self._processes if not process.is_alive()]
                if dead:
                    raise ExtractionError(
                        f"extraction worker {dead[0].name} exited with code {dead[0].exitcode} "
                        f"before the chunk starting at article {sent[waiting][0].public_id} came back",
                        hint="out of memory? re-run with fewer --workers, or --workers 1",
                    ) from None
                continue
            if result.call != call:
                continue
            if result.failure:
                first = sent[result.index][0].public_id
                raise ExtractionError(
                    f"an extraction worker failed on the chunk starting at article {first}: {result.failure}",
                    hint="re-run with --workers 1 to see where in the extractor it fails",
                )
            return result


def _serve(*, extractor: Extractor, tasks: Queue[_Task | None], results: Queue[_Result], parent: int) -> None:
    """A worker's loop: read chunks until the stop sentinel, send each chunk's mentions back."""
    # Ctrl-C reaches the whole process group; the parent decides, and stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while (task := _next_task(tasks, parent=parent)) is not None:
        try:
            mentions = tuple(found for _, found in extractor.extract_many(task.articles))
        except Exception as error:
            # Any failure goes back to the parent, which raises it there.
            results.put(_Result(call=task.call, index=task.index, failure=f"{type(error).__name__}: {error}"))
            continue
        results.put(_Result(call=task.call, index=task.index, mentions=mentions))


def _next_task(tasks: Queue[_Task | None], *, parent: int) -> _Task | None:
    """The next chunk, or None to stop: on the sentinel, or once the parent is gone (killed before it
    could send the sentinel, its workers would otherwise wait for ever)."""
    while True:
        try:
            return tasks.get(timeout=_POLL_SECONDS)
        except queue.Empty:
            if os.getppid() != parent:
                return None
