"""Streams an export over HTTP: the writer runs in a thread and hands chunks through a bounded queue."""

from __future__ import annotations

import io
import logging
import queue
import threading
from collections.abc import Iterator
from typing import IO, Any, BinaryIO, cast

from waqia.export import ExportFormat
from waqia.export.formats import write_export
from waqia.model import EventFilter
from waqia.store.base import EventStore

LOG = logging.getLogger(__name__)

# Bytes gathered before a chunk is handed to the client, and chunks buffered ahead of a slow client:
# memory stays under about 1 MB whatever the export's size.
CHUNK_SIZE = 64 * 1024
QUEUE_CHUNKS = 16
# Seconds the writer waits for a stalled client before checking whether it went away.
PUT_TIMEOUT = 1.0

MEDIA_TYPES = {
    ExportFormat.ACLED_CSV: "text/csv; charset=utf-8",
    ExportFormat.GEOJSON: "application/geo+json",
    ExportFormat.JSONL: "application/x-ndjson",
    ExportFormat.MENTIONS: "application/x-ndjson",
    ExportFormat.PARQUET: "application/vnd.apache.parquet",
}


class ClientGoneError(Exception):
    """The HTTP client stopped reading; the writer thread gives up."""


class _QueueWriter(io.RawIOBase):
    """A binary stream whose writes are gathered into chunks and put on a queue."""

    def __init__(self, chunks: queue.Queue[bytes | BaseException | None], cancelled: threading.Event) -> None:
        super().__init__()
        self._chunks = chunks
        self._cancelled = cancelled
        self._buffer = bytearray()
        self._position = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        self._buffer.extend(view)
        self._position += len(view)
        if len(self._buffer) >= CHUNK_SIZE:
            self._hand_over()
        return len(view)

    def tell(self) -> int:
        return self._position

    def flush_all(self) -> None:
        if self._buffer:
            self._hand_over()

    def _hand_over(self) -> None:
        chunk, self._buffer = bytes(self._buffer), bytearray()
        while True:
            if self._cancelled.is_set():
                raise ClientGoneError
            try:
                self._chunks.put(chunk, timeout=PUT_TIMEOUT)
                return
            except queue.Full:
                continue


def _run_writer(
    store: EventStore, export_format: ExportFormat, event_filter: EventFilter, sink: _QueueWriter
) -> int:
    if export_format.is_binary:
        # pyarrow writes to any object with write(); it never seeks when the sink is not seekable.
        return write_export(store, export_format, cast(BinaryIO, sink), event_filter=event_filter)
    text = io.TextIOWrapper(cast(IO[bytes], sink), encoding="utf-8", newline="", write_through=True)
    count = write_export(store, export_format, text, event_filter=event_filter)
    text.flush()
    text.detach()
    return count


def stream_export(
    store: EventStore, export_format: ExportFormat, event_filter: EventFilter
) -> Iterator[bytes]:
    """The export as a sequence of byte chunks, produced while they are sent.

    The writer fails mid-stream only on a storage error; the client then receives a truncated body
    (the status line has already gone out), and the error is logged.
    """
    chunks: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=QUEUE_CHUNKS)
    cancelled = threading.Event()
    sink = _QueueWriter(chunks, cancelled)

    def produce() -> None:
        try:
            count = _run_writer(store, export_format, event_filter, sink)
            sink.flush_all()
            LOG.info("export %s: %d records streamed", export_format.value, count)
            end: bytes | BaseException | None = None
        except ClientGoneError:
            LOG.info("export %s: the client went away", export_format.value)
            return
        except Exception as error:  # reported to the consumer, which re-raises it in the server
            LOG.exception("export %s failed", export_format.value)
            end = error
        while not cancelled.is_set():
            try:
                chunks.put(end, timeout=PUT_TIMEOUT)
                return
            except queue.Full:
                continue

    worker = threading.Thread(target=produce, name=f"export-{export_format.value}", daemon=True)
    worker.start()
    try:
        while True:
            item = chunks.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        cancelled.set()
