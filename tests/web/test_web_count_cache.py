"""The listing-total cache: one count per filter and data version, bounded, rechecked, never stale."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from waqia.web.count_cache import CountCache

from .conftest import Users, event_id_of


class Counter:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> int:
        self.calls += 1
        return 40 + self.calls


class Data:
    """A data version and a clock the test moves by hand."""

    def __init__(self) -> None:
        self.version = 1
        self.reads = 0
        self.now = 0.0

    def read_version(self) -> int:
        self.reads += 1
        return self.version

    def monotonic(self) -> float:
        return self.now


def _cache(data: Data, **options: int) -> CountCache:
    return CountCache(
        read_version=data.read_version, monotonic=data.monotonic, recheck_seconds=2.0, **options
    )


def test_a_count_is_computed_once_per_version_and_the_version_read_sparingly() -> None:
    data, compute = Data(), Counter()
    cache = _cache(data)
    assert cache.count("a", compute=compute) == 41
    data.now = 1.0
    assert cache.count("a", compute=compute) == 41
    assert (compute.calls, data.reads) == (1, 1)
    data.version = 2
    data.now = 1.5
    assert cache.count("a", compute=compute) == 41, "the version is not read again within 2 s"
    data.now = 2.5
    assert cache.count("a", compute=compute) == 42
    assert (compute.calls, data.reads) == (2, 2)


def test_forgetting_drops_the_counts_at_once() -> None:
    data, compute = Data(), Counter()
    cache = _cache(data)
    cache.count("a", compute=compute)
    cache.forget()
    assert cache.count("a", compute=compute) == 42
    assert data.reads == 2


@pytest.mark.parametrize("size", [1, 3])
def test_the_least_recently_used_filter_is_forgotten_first(size: int) -> None:
    data, compute = Data(), Counter()
    cache = _cache(data, max_entries=size)
    keys = [f"k{index}" for index in range(size + 1)]
    for key in keys:
        cache.count(key, compute=compute)
    cache.count(keys[-1], compute=compute)
    assert compute.calls == size + 1
    cache.count(keys[0], compute=compute)
    assert compute.calls == size + 2


def test_listing_totals_follow_review_changes_at_once(client: TestClient, users: Users) -> None:
    headers = users.bearer("viewer")
    assert client.get("/api/v1/events", params={"country": "PK"}, headers=headers).json()["total"] == 2
    event_id = event_id_of(client, headers, "Turbat")
    rejected = client.post(
        f"/api/v1/events/{event_id}/reject", json={"reason": "not political"}, headers=users.bearer("editor")
    )
    assert rejected.status_code == 200
    assert client.get("/api/v1/events", params={"country": "PK"}, headers=headers).json()["total"] == 1
