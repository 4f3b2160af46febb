"""Extraction in worker processes: one extractor forked into each core, results kept in input order.

The rules extractor is pure Python and spaCy on one core; a 2-core laptop reads twice as many articles
when a second process works beside the first. Workers are forked from the process that built the
extractor, so the spaCy pipeline and the gazetteer are shared copy-on-write instead of built again
(seconds) or pickled (hundreds of MB). Where the platform cannot fork, extraction stays in-process.

Each worker has a pipe of its own, and nobody else holds its ends: a worker that dies closes its end, so
the parent reads end-of-file instead of waiting for the rest of a message that will never come, and a
parent that dies closes the other end, so its workers stop instead of waiting or writing for ever (on
Linux the kernel also kills them with it).
"""

from __future__ import annotations

import ctypes
import logging
import math
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import count, islice
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkContext, ForkProcess
from types import TracebackType

from waqia.errors import ConfigError, ExtractionError
from waqia.extract.base import Extractor
from waqia.model import Article, Mention

logger = logging.getLogger(__name__)

# Articles sent to a worker at a time: enough to amortise pickling and a spaCy batch, few enough that a
# slow chunk at the end of a batch keeps the other workers waiting only briefly.
CHUNK_SIZE = 16
# Chunks waiting per worker: one to work on and one queued, so a worker never waits for the parent
# (which may be busy storing what came back) between two chunks.
CHUNKS_AHEAD_PER_WORKER = 2
# Chunks handed out beyond the one the caller waits for, per worker: results that come back early are
# held until their turn, so a slow chunk stalls the other workers only once they are this far ahead.
CHUNKS_HELD_PER_WORKER = 4
# Each worker holds its own copy of what Python touches (about 350 MB): a 16-core server should not hold 16
# unasked. A larger worker count may still be asked for explicitly.
MAX_DEFAULT_WORKERS = 4
# Pipeline batches through workers: a batch is a barrier (the caller stores it, the workers then wait for
# the next), so batches many chunks long keep the workers busy. A failed batch is read again one article
# at a time in the parent, which is why it is not the whole input.
BATCH_CHUNKS_PER_WORKER = 8
# How often a worker looks whether its parent died without closing the pipe (its end leaked into another
# process, on a platform without PR_SET_PDEATHSIG); also how long a dead worker's exit code is awaited.
_POLL_SECONDS = 1.0
# A worker asked to stop ends at once, from the thread that reads its pipe; that thread needs the GIL,
# which a long regular-expression match or spaCy call may hold for a while. One still running after this
# long is terminated (workers write nothing outside their pipe, so nothing is left half-done).
_STOP_SECONDS = 5.0
# A terminated worker that has not gone after this long is killed.
_KILL_SECONDS = 1.0
# From <sys/prctl.h>: ask the kernel to signal this process when the thread that forked it ends.
_PR_SET_PDEATHSIG = 1
# A harmless news sentence read once in the parent before forking: spaCy and the extractor build some
# tables lazily on first use, and built in the parent they are shared by every worker, not built in each.
_WARM_UP_ARTICLE = Article(
    article_id="waqia-warm-up",
    text="PESHAWAR: Gunmen shot two policemen at a checkpost in Peshawar on Monday, police said.",
    published_at=datetime(2025, 3, 12, tzinfo=UTC),
)


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


@dataclass(kw_only=True, slots=True)
class _Worker:
    """A running worker as the parent sees it (mutable: `pending` counts as chunks go out and come back)."""

    process: ForkProcess
    connection: Connection
    # Chunks sent and not yet answered, of any call: an abandoned call's chunks still take their turn.
    pending: int = 0


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask where the platform has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    """Whether this platform starts processes by forking (Linux, macOS; not Windows)."""
    return "fork" in multiprocessing.get_all_start_methods()


def worker_count(requested: int | None) -> int:
    """The number of extraction processes to run when `requested` are asked for.

    None or 0 means one per usable CPU, at most `MAX_DEFAULT_WORKERS`. More than the usable CPUs is capped
    to them, with a warning: workers beyond the CPUs only take turns on them and each holds its own memory,
    and a count set for a larger machine (say in an environment variable) should still run here.
    """
    cpus = usable_cpus()
    if requested is None or requested == 0:
        return min(cpus, MAX_DEFAULT_WORKERS)
    if requested < 0:
        raise ConfigError(
            f"a worker count of {requested} is negative",
            hint="give 1 to extract in this process, or 0 for one worker per CPU",
        )
    if requested > cpus:
        logger.warning(
            "%d extraction processes asked for, but only %d CPU(s) usable: running %d",
            requested,
            cpus,
            cpus,
        )
        return cpus
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
    process forked beside running threads may inherit a held lock) and stop on leaving: each is sent the
    stop message and exits on reading it, mid-chunk too (nobody would read what it sends); leaving on an
    exception (Ctrl-C included) terminates them without asking.
    `extract` of one article runs in this process; `extract_many` yields in input order, like the
    extractor it wraps. A chunk the extractor fails on raises `ExtractionError` here and the workers go
    on serving the next call. A worker that dies raises `ExtractionError` too, and then every worker is
    stopped and later calls extract in this process: forking again could happen beside threads started
    since, and what killed one worker (most often memory) would likely kill the next.
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
                "this platform cannot fork worker processes",
                hint="use the extractor itself, in this process",
            )
        self.extractor = extractor
        self.name = extractor.name
        self.workers = workers
        self.chunk_size = chunk_size
        self._context: ForkContext = multiprocessing.get_context("fork")
        self._pool: list[_Worker] = []
        self._calls = count()
        self._warm = False
        # Why the workers were given up (a worker died); while set, calls extract in this process.
        self._given_up = ""
        # The newest call: an older one still being read has had its results drained by it.
        self._current_call = -1

    def __enter__(self) -> ParallelExtractor:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close(promptly=error is not None)

    @property
    def worker_pids(self) -> tuple[int, ...]:
        """The process ids of the running workers (for measuring their memory)."""
        return tuple(worker.process.pid for worker in self._pool if worker.process.pid is not None)

    @property
    def batch_size(self) -> int:
        """How many articles a caller that works in batches should hand `extract_many` at a time."""
        return self.workers * BATCH_CHUNKS_PER_WORKER * self.chunk_size

    def start(self) -> None:
        """Fork the workers (again, after a worker died); a no-op while they run."""
        if self._pool:
            return
        if not self._warm:
            self.extractor.extract(_WARM_UP_ARTICLE)
            self._warm = True
        # The kernel's parent-death signal fires when the forking *thread* ends: only the main thread
        # lives as long as the process.
        die_with_parent = threading.current_thread() is threading.main_thread()
        pool: list[_Worker] = []
        # Ctrl-C is held back while forking: raised inside `process.start` it would leave a forked worker
        # outside `pool` (never stopped), or be swallowed by the interpreter's after-fork hooks. Only the
        # main thread receives it, so only there does it need holding.
        held_back = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if die_with_parent else None
        try:
            self._fork_into(pool, die_with_parent=die_with_parent, held_back=held_back)
        except BaseException:
            _stop(pool, promptly=True)
            raise
        self._pool = pool
        self._given_up = ""

    def _fork_into(
        self, pool: list[_Worker], *, die_with_parent: bool, held_back: set[int | signal.Signals] | None
    ) -> None:
        """Fork the workers into `pool`, then raise a Ctrl-C held back meanwhile (every worker is in it)."""
        try:
            for number in range(1, self.workers + 1):
                ours, theirs = self._context.Pipe(duplex=True)
                process = self._context.Process(
                    target=_serve,
                    kwargs={
                        "extractor": self.extractor,
                        "connection": theirs,
                        # The parent's ends of the pipes forked so far: the worker closes its copies, so
                        # that only the parent holds them and its death reads as end-of-file.
                        "foreign": (ours, *(worker.connection for worker in pool)),
                        "parent": os.getpid(),
                        "die_with_parent": die_with_parent,
                    },
                    name=f"waqia-extract-{number}",
                    daemon=True,
                )
                try:
                    process.start()
                finally:
                    # Only the worker may hold its end: once it dies the parent reads end-of-file.
                    theirs.close()
                pool.append(_Worker(process=process, connection=ours))
        finally:
            if held_back is not None:
                signal.pthread_sigmask(signal.SIG_SETMASK, held_back)

    def close(self, *, promptly: bool = False) -> None:
        """Stop the workers: send each the stop message (it exits on reading it, whatever it was doing),
        or terminate them at once when `promptly` (on an error). A later call forks them again."""
        pool, self._pool = self._pool, []
        _stop(pool, promptly=promptly)

    def extract(self, article: Article) -> tuple[Mention, ...]:
        """The mentions of one article, read in this process (forking is not worth one article)."""
        return self.extractor.extract(article)

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, tuple[Mention, ...]]]:
        """The mentions of each article, in input order, read by the workers chunk by chunk.

        Leaving the generator early is harmless: the chunks still in the workers are read and dropped
        by the next call.
        """
        if self._given_up:
            yield from self.extractor.extract_many(articles)
            return
        self.start()
        call = next(self._calls)
        self._current_call = call
        chunks = self._chunks(articles)
        sent: dict[int, tuple[Article, ...]] = {}
        owners: dict[int, _Worker] = {}
        finished: dict[int, tuple[tuple[Mention, ...], ...]] = {}
        next_index = 0
        sent_count = 0
        exhausted = False
        held = self.workers * CHUNKS_HELD_PER_WORKER
        while True:
            if self._current_call != call:
                # A later call read and dropped this one's results: waiting for them would wait for ever.
                raise ExtractionError(
                    "a later call was started before this one was read to the end",
                    hint="read each call's results to the end before starting the next",
                )
            if not self._pool:
                # Closed while this generator was suspended: there is nothing left to wait for.
                raise ExtractionError(
                    "the extraction workers were stopped before this call was read to the end",
                    hint="read the results before closing the extractor",
                )
            while not exhausted and sent_count - next_index < held:
                worker = min(self._pool, key=lambda each: each.pending)
                if worker.pending >= CHUNKS_AHEAD_PER_WORKER:
                    break
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                sent[sent_count], owners[sent_count] = chunk, worker
                self._send(worker, _Task(call=call, index=sent_count, articles=chunk), sent=sent)
                sent_count += 1
            if next_index in finished:
                yield from zip(sent.pop(next_index), finished.pop(next_index), strict=True)
                owners.pop(next_index)
                next_index += 1
            elif exhausted and next_index == sent_count:
                return
            else:
                result = self._receive(call=call, sent=sent, owners=owners, waiting=next_index)
                if result is not None:
                    finished[result.index] = result.mentions

    def _chunks(self, articles: Iterable[Article]) -> Iterator[tuple[Article, ...]]:
        """Chunks of at most `chunk_size`; a short window of articles (the end of the input) is cut into
        smaller chunks so that every worker has its share."""
        iterator = iter(articles)
        window_size = self.workers * CHUNKS_AHEAD_PER_WORKER * self.chunk_size
        while window := tuple(islice(iterator, window_size)):
            size = max(1, math.ceil(len(window) / (self.workers * CHUNKS_AHEAD_PER_WORKER)))
            for start in range(0, len(window), size):
                yield window[start : start + size]

    def _send(self, worker: _Worker, task: _Task, *, sent: dict[int, tuple[Article, ...]]) -> None:
        try:
            worker.connection.send(task)
        except OSError:
            # The worker is gone (broken pipe): the same failure as one that dies mid-chunk.
            raise self._give_up(worker, first=sent[task.index][0]) from None
        except BaseException:
            # Cut short mid-message (Ctrl-C): the pipe is no longer readable message by message.
            self._stop_for_good("a transfer to a worker was interrupted")
            raise
        worker.pending += 1

    def _receive(
        self,
        *,
        call: int,
        sent: dict[int, tuple[Article, ...]],
        owners: dict[int, _Worker],
        waiting: int,
    ) -> _Result | None:
        """One result of this call, or None after a stale result of an earlier call was dropped.

        Raises:
            ExtractionError: the extractor failed on a chunk of this call, or a worker died.
        """
        by_handle: dict[object, _Worker] = {worker.connection: worker for worker in self._pool}
        by_handle.update({worker.process.sentinel: worker for worker in self._pool})
        handles: list[Connection | int] = [
            *(worker.connection for worker in self._pool),
            *(worker.process.sentinel for worker in self._pool),
        ]
        # A worker that dies, even without a word, wakes this wait: its sentinel and its pipe's end are ready.
        for handle in wait(handles):
            worker = by_handle[handle]
            try:
                if not worker.connection.poll():
                    # Its sentinel fired and nothing is left to read: the worker exited.
                    raise EOFError
                result: _Result = worker.connection.recv()
            except (EOFError, OSError):
                first = self._oldest_article(worker, sent=sent, owners=owners, waiting=waiting)
                raise self._give_up(worker, first=first) from None
            except BaseException:
                # Cut short mid-message (Ctrl-C): the rest of the message would be read as the next one.
                self._stop_for_good("a transfer from a worker was interrupted")
                raise
            worker.pending -= 1
            if result.call != call:
                return None
            if result.failure:
                raise ExtractionError(
                    f"an extraction worker failed on the chunk starting at article "
                    f"{sent[result.index][0].public_id}: {result.failure}",
                    hint="extract in one process to see where in the extractor it fails",
                )
            return result
        return None

    @staticmethod
    def _oldest_article(
        worker: _Worker,
        *,
        sent: dict[int, tuple[Article, ...]],
        owners: dict[int, _Worker],
        waiting: int,
    ) -> Article | None:
        """The first article of the oldest chunk of this call `worker` holds, else of the awaited chunk
        (None while only an earlier call's chunks were out)."""
        mine = [index for index, owner in owners.items() if owner is worker]
        index = min(mine) if mine else waiting
        return sent[index][0] if index in sent else None

    def _give_up(self, worker: _Worker, *, first: Article | None) -> ExtractionError:
        """Stop every worker after `worker` died; later calls extract in this process."""
        worker.process.join(_POLL_SECONDS)
        code = worker.process.exitcode
        how = f"was killed by signal {-code}" if code is not None and code < 0 else f"exited with code {code}"
        when = (
            f"before the chunk starting at article {first.public_id} came back"
            if first is not None
            else "while finishing an earlier call's chunks"
        )
        message = f"extraction worker {worker.process.name} {how} {when}"
        self._stop_for_good(message)
        logger.warning("%s; the rest is extracted in this process", message)
        return ExtractionError(
            message,
            hint="out of memory, or a result that could not be sent? run fewer worker processes, or "
            "extract in one process to see the error",
        )

    def _stop_for_good(self, reason: str) -> None:
        """Stop the workers at once; later calls extract in this process instead of forking again beside
        whatever threads were started since (an explicit `start` still forks)."""
        self._given_up = reason
        self.close(promptly=True)


def _stop(pool: list[_Worker], *, promptly: bool) -> None:
    """Stop the workers of `pool`: ask them to, then terminate whoever has not stopped in time."""
    for worker in pool:
        if not promptly:
            with suppress(OSError):
                worker.connection.send(None)
        # Closing our end also stops a worker blocked writing a result nobody will read (broken pipe).
        worker.connection.close()
    deadline = time.monotonic() + (0.0 if promptly else _STOP_SECONDS)
    for worker in pool:
        worker.process.join(max(0.0, deadline - time.monotonic()))
    for worker in pool:
        if worker.process.is_alive():
            worker.process.terminate()
    for worker in pool:
        worker.process.join(_KILL_SECONDS)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()


def _serve(
    *,
    extractor: Extractor,
    connection: Connection,
    foreign: tuple[Connection, ...],
    parent: int,
    die_with_parent: bool,
) -> None:
    """A worker's loop: read chunks, send each chunk's mentions back (a thread ends the process)."""
    # Ctrl-C reaches the whole process group; the parent decides, and stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The parent forked with Ctrl-C held back (see `ParallelExtractor.start`); ignored now, it may arrive.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    for other in foreign:
        other.close()
    if die_with_parent:
        _die_with_parent()
    if os.getppid() != parent:
        return
    inbox: queue.SimpleQueue[_Task] = queue.SimpleQueue()
    # A thread reads chunks as they come, so the parent never blocks sending one while this worker blocks
    # sending a result the parent has not read yet; it also ends the worker when told, or orphaned.
    threading.Thread(
        target=_read_tasks, args=(connection, inbox), kwargs={"parent": parent}, daemon=True
    ).start()
    while True:
        task = inbox.get()
        try:
            mentions = tuple(found for _, found in extractor.extract_many(task.articles))
        except Exception as error:
            # Any failure goes back to the parent, which raises it there.
            result = _Result(call=task.call, index=task.index, failure=f"{type(error).__name__}: {error}")
        else:
            result = _Result(call=task.call, index=task.index, mentions=mentions)
        try:
            connection.send(result)
        except OSError:
            # The parent closed its end (it stopped the pool, or died): nobody reads results any more.
            os._exit(0)


def _read_tasks(connection: Connection, inbox: queue.SimpleQueue[_Task], *, parent: int) -> None:
    """Move chunks from the pipe to `inbox`; end the worker on the stop sentinel, on end-of-file (the
    parent closed its end, or died) or once the parent's pid is gone (its end may have leaked into
    another process), whatever the worker is doing: nobody will read what it would send."""
    try:
        while True:
            if connection.poll(_POLL_SECONDS):
                task = connection.recv()
                if task is None:
                    break
                inbox.put(task)
            elif os.getppid() != parent:
                break
    except (EOFError, OSError):
        pass
    os._exit(0)


def _die_with_parent() -> None:
    """Have the kernel kill this worker when its parent dies, in every state (Linux only)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        # No prctl to call: the pipe's end-of-file and the parent-pid check still stop this worker.
        logger.debug("PR_SET_PDEATHSIG unavailable", exc_info=True)
