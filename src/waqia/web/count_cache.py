"""Listing totals remembered per filter until the events table changes (counting is the costly part)."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable

# Distinct filters remembered; the least recently used is forgotten first.
MAX_ENTRIES = 512
# How often the data version is read again: a write by another process (an ingest) shows in the
# totals after at most this long; writes through this server forget the totals at once.
RECHECK_SECONDS = 2.0


class CountCache:
    """Counts keyed by filter, valid for one version of the data; a new version forgets them all.

    Counting 100,000 events with a province or actor filter reads every matching row (30-100 ms on
    SQLite); an analyst paging through one filter would pay it on every page. Reading the version
    (see `read_events_version`) costs about 2 ms, so it is read at most every RECHECK_SECONDS.
    """

    def __init__(
        self,
        *,
        read_version: Callable[[], object],
        max_entries: int = MAX_ENTRIES,
        recheck_seconds: float = RECHECK_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._read_version = read_version
        self._max_entries = max_entries
        self._recheck_seconds = recheck_seconds
        self._monotonic = monotonic
        self._counts: OrderedDict[Hashable, int] = OrderedDict()
        self._version: object = None
        self._checked_at: float | None = None
        self._lock = threading.Lock()

    def count(self, key: Hashable, *, compute: Callable[[], int]) -> int:
        """The cached count for `key`, or `compute()` remembered for the current data version."""
        self._refresh_version()
        with self._lock:
            if key in self._counts:
                self._counts.move_to_end(key)
                return self._counts[key]
            version = self._version
        value = compute()
        with self._lock:
            if version == self._version:
                self._counts[key] = value
                while len(self._counts) > self._max_entries:
                    self._counts.popitem(last=False)
        return value

    def forget(self) -> None:
        """Drop every count (after a write through this server) and read the version again next time."""
        with self._lock:
            self._counts.clear()
            self._checked_at = None

    def _refresh_version(self) -> None:
        now = self._monotonic()
        with self._lock:
            due = self._checked_at is None or now - self._checked_at >= self._recheck_seconds
        if not due:
            return
        version = self._read_version()
        with self._lock:
            self._checked_at = now
            if version != self._version:
                self._counts.clear()
                self._version = version
