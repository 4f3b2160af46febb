"""Latency of filtered event listings (GET /api/v1/events) on a store of generated events (issue #6).

Usage: .venv/bin/python benchmarks/web_listing.py [--events 100000] [--requests 2000] [--clients 4]
       [--db PATH] [--seed 7] [--write-results]

Builds a SQLite store of generated events through the store API (put_event in batches), starts uvicorn
on 127.0.0.1 in a child process (as `waqia serve --workers N` does), sends a bounded load of filtered
listings from a few concurrent keep-alive clients (the CLI's filters, both sorts, offsets within the
first pages, API-token auth), and reports latency percentiles. Target: p95 under 100 ms. With
--write-results the figures replace the "web listing" section of benchmarks/RESULTS.md. A --db that
already holds events is reused as is.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import platform
import random
import re
import socket
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode

from waqia.model import (
    Actor,
    ActorType,
    Casualties,
    Claim,
    ClaimStatus,
    DatePrecision,
    DateSpan,
    Event,
    GeoPrecision,
    Place,
    SubEventType,
    Target,
)
from waqia.store import open_store
from waqia.store.accounts import AccountStore, UserRole

RESULTS = Path(__file__).with_name("RESULTS.md")
SECTION = "## web listing"
TARGET_P95_MS = 100.0
WARM_UP = 100
BATCH = 2000
PROVINCES = {
    ("PK", "Pakistan"): {
        "Khyber Pakhtunkhwa": ("Peshawar", "Bannu", "Swat", "Dera Ismail Khan", "Bajaur", "Lakki Marwat"),
        "Balochistan": ("Quetta", "Turbat", "Gwadar", "Mastung", "Khuzdar"),
        "Punjab": ("Lahore", "Multan", "Rawalpindi"),
        "Sindh": ("Karachi", "Hyderabad"),
    },
    ("AF", "Afghanistan"): {
        "Kabul": ("Kabul",),
        "Nangarhar": ("Jalalabad",),
        "Kandahar": ("Kandahar", "Spin Boldak"),
    },
}
ACTORS = (
    Actor(name="Tehrik-i-Taliban Pakistan", actor_type=ActorType.REBEL_GROUP),
    Actor(name="Baloch Liberation Army", actor_type=ActorType.REBEL_GROUP),
    Actor(name="Islamic State Khorasan Province", actor_type=ActorType.REBEL_GROUP),
    Actor(name="Military Forces of Pakistan", actor_type=ActorType.STATE_FORCES),
    Actor(name="Police Forces of Pakistan", actor_type=ActorType.STATE_FORCES),
)
# Listings an analyst's dashboard and scripts send: every CLI filter, alone and combined, both sorts.
QUERIES: tuple[tuple[str, dict[str, object]], ...] = (
    ("newest", {}),
    ("country", {"country": "Pakistan"}),
    ("admin1", {"admin1": "Balochistan"}),
    ("type", {"type": "Battles"}),
    ("sub-type", {"type": "Suicide bomb"}),
    ("year", {"since": "2021-01-01", "until": "2021-12-31"}),
    ("min-killed", {"min_killed": 5}),
    ("actor", {"actor": "taliban"}),
    ("deadliest-country", {"country": "PK", "min_killed": 3, "sort": "-fatalities"}),
    ("deadliest", {"sort": "-fatalities"}),
    ("oldest-admin1-range", {"admin1": "Khyber Pakhtunkhwa", "since": "2019-06-01", "sort": "date"}),
    ("type-country-year", {"type": "Explosions/Remote violence", "country": "AF", "since": "2022-01-01"}),
)


def _places(rng: random.Random) -> list[Place]:
    places = []
    for (code, country), provinces in PROVINCES.items():
        for admin1, towns in provinces.items():
            for town in towns:
                places.append(
                    Place(
                        name=town,
                        country=country,
                        country_code=code,
                        admin1=admin1,
                        admin2=town,
                        latitude=round(25 + rng.random() * 10, 4),
                        longitude=round(61 + rng.random() * 12, 4),
                        geo_precision=GeoPrecision.TOWN,
                        geocoder="gazetteer.v1",
                    )
                )
    return places


def generate_event(index: int, rng: random.Random, places: list[Place], now: datetime) -> Event:
    """One plausible event: a day in 2015-2024, a town, a sub-type, a toll skewed towards small numbers."""
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3652))
    sub_type = rng.choice(list(SubEventType))
    killed = rng.choice((None, 0, 0, 0, 1, 1, 2, 3, 4, 6, 9, 15, 40))
    actor = rng.choice((*ACTORS, None, None))
    claimed = actor is not None and actor.actor_type is ActorType.REBEL_GROUP and rng.random() < 0.4
    return Event(
        event_id=f"bench{index:011d}",
        mention_ids=(),
        event_type=sub_type.event_type,
        sub_event_type=sub_type,
        when=DateSpan(earliest=day, latest=day, precision=DatePrecision.DAY),
        place=rng.choice(places),
        perpetrator=actor,
        claim=Claim(status=ClaimStatus.CLAIMED, claimed_by=(actor.name,)) if claimed and actor else Claim(),
        target=rng.choice((None, *Target)),
        casualties=Casualties(killed_min=killed, killed_max=killed, injured_min=rng.choice((None, 0, 2, 10))),
        fatalities=killed,
        sources=("Generated Daily",),
        created_at=now,
        updated_at=now,
    )


def build_store(db: str, *, events: int, seed: int) -> tuple[str, float]:
    """Fill the store (unless it has events already) and return a viewer's API token and the build time."""
    store = open_store(db)
    started = time.perf_counter()
    try:
        if store.counts().events == 0:
            rng = random.Random(seed)
            places = _places(rng)
            now = datetime.now(UTC)
            for start in range(0, events, BATCH):
                with store.session() as session:
                    for index in range(start, min(events, start + BATCH)):
                        session.put_event(generate_event(index, rng, places, now))
                print(f"  {min(events, start + BATCH)} events stored", file=sys.stderr, end="\r")
            print(file=sys.stderr)
        built = time.perf_counter() - started
        from waqia.web.auth import issue_api_token

        accounts = AccountStore(store.engine)
        if accounts.get_user("bench") is None:
            accounts.add_user("bench", role=UserRole.VIEWER, password_hash="unused", now=datetime.now(UTC))
        _, token = issue_api_token(accounts, "bench", label="benchmark", now=datetime.now(UTC), lifetime=None)
        return token, built
    finally:
        store.close()


def serve(db: str, port: int, workers: int) -> None:
    """The server process, as `waqia serve --workers N` runs it: uvicorn with the app factory."""
    import uvicorn

    from waqia.web import WebSettings
    from waqia.web.app import DB_ENV, SETTINGS_ENV
    from waqia.web.settings import encode_settings

    os.environ[DB_ENV] = db
    os.environ[SETTINGS_ENV] = encode_settings(WebSettings(tile_url=""))
    uvicorn.run(
        "waqia.web.app:create_app_from_environment",
        factory=True,
        workers=workers,
        host="127.0.0.1",
        port=port,
        log_level="error",
        access_log=False,
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def run_load(
    port: int, token: str, *, requests: int, clients: int, seed: int
) -> tuple[list[float], dict[str, list[float]], float]:
    """Send the listings from `clients` threads; returns all latencies (s), latencies per query, wall time."""
    rng = random.Random(seed)
    plan = []
    for _ in range(requests + WARM_UP):
        name, params = rng.choice(QUERIES)
        page = rng.choice((0, 0, 0, 1, 2, 5, 20))
        plan.append((name, "/api/v1/events?" + urlencode({**params, "limit": 50, "offset": page * 50})))
    warm, measured = plan[:WARM_UP], plan[WARM_UP:]
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    lock = threading.Lock()
    latencies: list[float] = []
    by_query: dict[str, list[float]] = defaultdict(list)
    failures: list[str] = []

    def work(items: list[tuple[str, str]], *, record: bool) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            for name, path in items:
                started = time.perf_counter()
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                body = response.read()
                elapsed = time.perf_counter() - started
                if response.status != 200 or not json.loads(body)["ok"]:
                    failures.append(f"{path}: HTTP {response.status}")
                if record:
                    with lock:
                        latencies.append(elapsed)
                        by_query[name].append(elapsed)
        finally:
            connection.close()

    def spread(items: list[tuple[str, str]], *, record: bool) -> float:
        shares = [items[index::clients] for index in range(clients)]
        threads = [
            threading.Thread(target=work, args=(share,), kwargs={"record": record}) for share in shares
        ]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return time.perf_counter() - started

    spread(warm, record=False)
    wall = spread(measured, record=True)
    if failures:
        raise SystemExit(f"{len(failures)} requests failed, e.g. {failures[0]}")
    return latencies, by_query, wall


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(
    latencies: list[float],
    by_query: dict[str, list[float]],
    *,
    wall: float,
    events: int,
    clients: int,
    workers: int,
    built: float,
    command: str,
    load: str,
    cpu_ms: float,
) -> str:
    ms = [value * 1000 for value in latencies]
    p50, p95, p99 = (percentile(ms, share) for share in (0.50, 0.95, 0.99))
    verdict = "meets" if p95 < TARGET_P95_MS else "MISSES"
    lines = [
        SECTION,
        "",
        f"Command: `{command}`",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d} on {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}; uvicorn with {workers} "
        f"worker(s) on 127.0.0.1 and {clients} keep-alive clients in another process; {events:,} generated "
        f"events (store built in {built:.0f} s); 50 events a page with the total count; API-token auth. "
        f"Load average during the run: {load} (other work on the machine inflates the latencies). "
        f"Server CPU per request: {cpu_ms:.1f} ms.",
        "",
        "| requests | p50 | p95 | p99 | max | mean | throughput |",
        "|---|---|---|---|---|---|---|",
        f"| {len(ms)} | {p50:.1f} ms | **{p95:.1f} ms** | {p99:.1f} ms | {max(ms):.1f} ms | "
        f"{statistics.fmean(ms):.1f} ms | {len(ms) / wall:.0f} req/s |",
        "",
        f"p95 {p95:.1f} ms {verdict} the 100 ms target. At {cpu_ms:.1f} ms of CPU a request one worker "
        f"serves at most about {1000 / cpu_ms:.0f} requests/s, so with {clients} clients always waiting "
        "most of the latency is queueing for the CPU. Per query (p50 / p95 ms):",
        "",
        "| query | requests | p50 | p95 |",
        "|---|---|---|---|",
    ]
    for name, _ in QUERIES:
        values = [value * 1000 for value in by_query.get(name, [])]
        if values:
            lines.append(
                f"| {name} | {len(values)} | {percentile(values, 0.5):.1f} | {percentile(values, 0.95):.1f} |"
            )
    return "\n".join(lines) + "\n"


def write_section(text: str) -> None:
    """Replace (or append) the web listing section of RESULTS.md, leaving other sections alone."""
    existing = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    if pattern.search(existing):
        updated = pattern.sub(lambda _: text + "\n", existing)
    else:
        updated = existing.rstrip("\n") + "\n\n" + text
    RESULTS.write_text(updated.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", help="SQLite file to build (or reuse); default: a temporary file")
    parser.add_argument("--write-results", action="store_true", help="update benchmarks/RESULTS.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="waqia-bench-") as scratch:
        db = args.db or str(Path(scratch) / "listing.db")
        print(f"building {args.events:,} events in {db}", file=sys.stderr)
        token, built = build_store(db, events=args.events, seed=args.seed)
        port = _free_port()
        server = multiprocessing.get_context("fork").Process(
            target=serve, args=(db, port, args.workers), daemon=False
        )
        server.start()
        try:
            _wait_until_up(port)
            print(
                f"uvicorn ({args.workers} workers) on 127.0.0.1:{port}; "
                f"{args.requests} requests, {args.clients} clients",
                file=sys.stderr,
            )
            load_before = _load_average()
            cpu_before = _server_cpu_seconds(server.pid or 0)
            latencies, by_query, wall = run_load(
                port, token, requests=args.requests, clients=args.clients, seed=args.seed
            )
            # Includes the warm-up requests, which run_load also sends.
            cpu_ms = (_server_cpu_seconds(server.pid or 0) - cpu_before) * 1000 / (args.requests + WARM_UP)
            load = f"{load_before} before, {_load_average()} after (1-minute)"
        finally:
            server.terminate()
            server.join(timeout=30)
    command = "python " + " ".join(["benchmarks/web_listing.py", *sys.argv[1:]])
    text = report(
        latencies,
        by_query,
        wall=wall,
        events=args.events,
        clients=args.clients,
        workers=args.workers,
        built=built,
        command=command,
        load=load,
        cpu_ms=cpu_ms,
    )
    print(text)
    if args.write_results:
        write_section(text)


def _server_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of the server process and its direct children (uvicorn's workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # Fields after the parenthesised command: state, ppid, ..., utime (14th), stime (15th).
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(entry.name) == pid or int(fields[1]) == pid:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _load_average() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def _wait_until_up(port: int, *, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/api/v1/health")
            if connection.getresponse().status == 200:
                connection.close()
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"the server on port {port} did not answer within {timeout:.0f} s")


if __name__ == "__main__":
    main()
