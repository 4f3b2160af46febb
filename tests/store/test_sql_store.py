"""Contract tests of the event store, run against SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from waqia.errors import StorageError
from waqia.model import (
    Actor,
    ActorType,
    Article,
    Casualties,
    Claim,
    ClaimStatus,
    DatePrecision,
    DateSpan,
    Event,
    EventFilter,
    EventType,
    Evidence,
    EvidenceField,
    GeoPrecision,
    Mention,
    Place,
    Role,
    SubEventType,
    Target,
)
from waqia.store import open_store, sql_store
from waqia.store.base import MentionRecord, StoreCounts
from waqia.store.migrations import MIGRATIONS, latest_version, migrate
from waqia.store.schema import SCHEMA_MIGRATIONS
from waqia.store.sql_store import SqlEventStore

WRITTEN_AT = datetime(2024, 3, 2, 9, 30, tzinfo=UTC)


def make_article(article_id: str = "a1", **changes: Any) -> Article:
    article = Article(
        article_id=article_id,
        text="Gunmen attacked a police post in Bannu on Friday, killing three officers. " * 3,
        title="Police post attacked in Bannu",
        url=f"https://news.example/{article_id}",
        source="Example News",
        published_at=datetime(2024, 3, 2, 6, 0, tzinfo=UTC),
        language="en",
        fetched_at=datetime(2024, 3, 2, 7, 15, 30, 123456, tzinfo=UTC),
        external_id=f"ext-{article_id}",
        origin=f"feeds/{article_id}.json",
    )
    return dataclasses.replace(article, **changes)


BANNU = Place(
    name="Bannu",
    country="Pakistan",
    country_code="PK",
    admin1="Khyber Pakhtunkhwa",
    admin2="Bannu",
    admin3="Bannu Tehsil",
    latitude=32.98611,
    longitude=70.60417,
    geo_precision=GeoPrecision.TOWN,
    gazetteer_id="1183880",
    geocoder="gazetteer.v1",
)
TTP = Actor(
    name="Tehrik-i-Taliban Pakistan",
    actor_type=ActorType.REBEL_GROUP,
    parent="Taliban",
    country_code="PK",
)


def make_mention(mention_id: str = "m1", article_id: str = "a1", **changes: Any) -> Mention:
    mention = Mention(
        mention_id=mention_id,
        article_id=article_id,
        role=Role.MAIN,
        event_type=EventType.BATTLES,
        sub_event_type=SubEventType.ARMED_CLASH,
        when=DateSpan(earliest=date(2024, 3, 1), latest=date(2024, 3, 1), precision=DatePrecision.DAY),
        place=BANNU,
        perpetrator=TTP,
        claim=Claim(
            status=ClaimStatus.CLAIMED_THEN_DENIED,
            claimed_by=("Tehrik-i-Taliban Pakistan", "Jamaat-ul-Ahrar"),
            denied_by=("Hafiz Gul Bahadur Group",),
        ),
        target=Target.POLICE,
        casualties=Casualties(killed_min=3, killed_max=3, injured_min=2, injured_max=None),
        evidence=(
            Evidence(field=EvidenceField.EVENT, start=0, end=40, text="Gunmen attacked", producer="rules.v1"),
            Evidence(field=EvidenceField.LOCATION, start=34, end=39, text="Bannu", producer="gazetteer.v1"),
            Evidence(field=EvidenceField.KILLED, start=50, end=72, text="three", producer="rules.v1"),
        ),
        extractor="rules.v1",
        confidence=0.8125,
    )
    return dataclasses.replace(mention, **changes)


def make_event(event_id: str = "e1", mention_ids: tuple[str, ...] = ("m1",), **changes: Any) -> Event:
    event = Event(
        event_id=event_id,
        mention_ids=mention_ids,
        event_type=EventType.BATTLES,
        sub_event_type=SubEventType.ARMED_CLASH,
        when=DateSpan(earliest=date(2024, 3, 1), latest=date(2024, 3, 2), precision=DatePrecision.DAY),
        place=BANNU,
        perpetrator=TTP,
        claim=Claim(status=ClaimStatus.CLAIMED, claimed_by=("Jamaat-ul-Ahrar",)),
        target=Target.POLICE,
        casualties=Casualties(killed_min=3, killed_max=4, injured_min=2, injured_max=5),
        fatalities=3,
        sources=("Example News", "Other Daily"),
        source_urls=("https://news.example/a1", "https://other.example/x"),
        notes="Militants attacked a police post; three officers killed.",
        created_at=datetime(2024, 3, 2, 8, 0, tzinfo=UTC),
        updated_at=WRITTEN_AT,
    )
    return dataclasses.replace(event, **changes)


def write(
    store: SqlEventStore, article: Article, mentions: Sequence[Mention], events: Sequence[Event] = ()
) -> set[str]:
    with store.session() as session:
        session.put_article(article, fingerprint=f"fp-{article.article_id}")
        stale = session.replace_mentions(article.article_id, mentions)
        for event in events:
            session.put_event(event)
    return stale


def test_article_round_trip(store: SqlEventStore) -> None:
    article = make_article()
    write(store, article, [])
    assert store.get_article("a1") == article
    with store.session() as session:
        assert session.article_fingerprint("a1") == "fp-a1"
        assert session.article_fingerprint("nope") is None
    assert store.get_article("nope") is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            datetime(2024, 3, 2, 11, 0, tzinfo=timezone(timedelta(hours=5))),
            datetime(2024, 3, 2, 6, 0, tzinfo=UTC),
        ),
        (datetime(2024, 3, 2, 6, 0), datetime(2024, 3, 2, 6, 0, tzinfo=UTC)),
    ],
    ids=["offset-normalised-to-utc", "naive-taken-as-utc"],
)
def test_timestamps_read_back_in_utc(store: SqlEventStore, written: datetime, expected: datetime) -> None:
    write(store, make_article(published_at=written), [])
    article = store.get_article("a1")
    assert article is not None
    assert article.published_at == expected
    assert article.published_at.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "mention",
    [
        make_mention(),
        make_mention(
            role=Role.BACKGROUND,
            event_type=EventType.EXPLOSIONS_REMOTE_VIOLENCE,
            sub_event_type=SubEventType.SUICIDE_BOMB,
            when=DateSpan(earliest=date(2023, 1, 1), latest=date(2023, 12, 31), precision=DatePrecision.YEAR),
            place=Place(name="Khyber Pakhtunkhwa", country_code="PK", geo_precision=GeoPrecision.REGION),
            perpetrator=Actor(name="Unknown gunmen"),
            claim=Claim(),
            target=None,
            casualties=Casualties(),
            evidence=(),
            extractor="",
            confidence=0.0,
        ),
        make_mention(when=None, place=None, perpetrator=None, target=Target.HEALTH_AID_WORKERS),
    ],
    ids=["every-field", "sparse-fields", "no-date-no-place"],
)
def test_mention_round_trip(store: SqlEventStore, mention: Mention) -> None:
    article = make_article()
    write(store, article, [mention])
    assert list(store.iter_mentions()) == [MentionRecord(article=article, mention=mention, event_id=None)]


def test_event_round_trip(store: SqlEventStore) -> None:
    event = make_event(mention_ids=("m2", "m1"))
    write(store, make_article(), [make_mention("m1"), make_mention("m2")], [event])
    assert store.query_events(EventFilter()) == [event]
    assert list(store.iter_events()) == [event]
    with store.session() as session:
        assert session.candidate_events(
            earliest=date(2024, 3, 2), latest=date(2024, 3, 9), country_code="PK"
        ) == [event]


def test_event_without_date_place_or_actor_round_trips(store: SqlEventStore) -> None:
    event = make_event(
        when=None,
        place=None,
        perpetrator=None,
        claim=Claim(),
        target=None,
        casualties=Casualties(),
        fatalities=None,
        sources=(),
        source_urls=(),
        notes="",
        created_at=None,
        updated_at=None,
    )
    write(store, make_article(), [make_mention()], [event])
    assert list(store.iter_events()) == [event]


def test_put_article_twice_keeps_one_updated_row(store: SqlEventStore) -> None:
    write(store, make_article(), [])
    changed = make_article(title="Updated title", text="New text.")
    with store.session() as session:
        session.put_article(changed, fingerprint="fp-2")
    assert store.counts().articles == 1
    assert store.get_article("a1") == changed
    with store.session() as session:
        assert session.article_fingerprint("a1") == "fp-2"


def test_put_event_replaces_fields_and_links(store: SqlEventStore) -> None:
    mentions = [make_mention("m1"), make_mention("m2"), make_mention("m3")]
    write(store, make_article(), mentions, [make_event(mention_ids=("m1", "m2"))])
    replacement = make_event(mention_ids=("m3", "m2"), fatalities=9, notes="revised", place=None)
    with store.session() as session:
        session.put_event(replacement)
        session.put_event(replacement)
    assert store.query_events(EventFilter()) == [replacement]
    linked = {record.mention.mention_id: record.event_id for record in store.iter_mentions()}
    assert linked == {"m1": None, "m2": "e1", "m3": "e1"}


def test_put_event_moves_a_mention_from_another_event(store: SqlEventStore) -> None:
    mentions = [make_mention("m1"), make_mention("m2")]
    write(store, make_article(), mentions, [make_event("e1", ("m1", "m2"))])
    with store.session() as session:
        session.put_event(make_event("e2", ("m2",)))
        assert [m.mention_id for m in session.mentions_of("e1")] == ["m1"]
        assert [m.mention_id for m in session.mentions_of("e2")] == ["m2"]


def test_put_event_with_unstored_mention_is_refused(store: SqlEventStore) -> None:
    write(store, make_article(), [make_mention("m1")])
    with pytest.raises(StorageError, match="m404"), store.session() as session:
        session.put_event(make_event(mention_ids=("m1", "m404")))
    assert store.counts().events == 0


def test_replace_mentions_returns_events_of_old_mentions(store: SqlEventStore) -> None:
    first = [make_mention("m1"), make_mention("m2"), make_mention("m3")]
    write(store, make_article(), first, [make_event("e1", ("m1",)), make_event("e2", ("m2",))])
    write(store, make_article("a2"), [make_mention("m9", "a2")], [make_event("e3", ("m9",))])
    second = [make_mention("m4", evidence=(first[0].evidence[0],))]
    stale = write(store, make_article(), second)
    assert stale == {"e1", "e2"}
    records = list(store.iter_mentions())
    assert [r.mention for r in records if r.article.article_id == "a1"] == second
    assert store.counts().mentions == 2
    with store.session() as session:
        assert session.mentions_of("e1") == []
        assert [m.mention_id for m in session.mentions_of("e3")] == ["m9"]
        assert session.replace_mentions("a1", []) == set()


def test_replace_mentions_refuses_another_articles_mention(store: SqlEventStore) -> None:
    write(store, make_article(), [])
    with pytest.raises(StorageError, match="do not belong to article a1"), store.session() as session:
        session.replace_mentions("a1", [make_mention("m1", "a2")])


def test_exception_in_session_rolls_everything_back(store: SqlEventStore) -> None:
    def write_then_fail() -> None:
        with store.session() as session:
            session.put_article(make_article(), fingerprint="fp")
            session.replace_mentions("a1", [make_mention()])
            session.put_event(make_event())
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        write_then_fail()
    assert store.counts() == StoreCounts(articles=0, mentions=0, events=0)
    assert store.get_article("a1") is None


def test_database_error_rolls_back_and_raises_storage_error(store: SqlEventStore) -> None:
    write(store, make_article(), [make_mention("m1")])
    # m1 already belongs to a1, so inserting it for a2 violates the primary key.
    with pytest.raises(StorageError, match="rolled back"):
        write(store, make_article("a2"), [make_mention("m1", "a2")])
    assert store.get_article("a2") is None
    assert store.counts().mentions == 1


def test_delete_event_unlinks_its_mentions(store: SqlEventStore) -> None:
    write(store, make_article(), [make_mention("m1")], [make_event("e1", ("m1",))])
    with store.session() as session:
        session.delete_event("e1")
    assert store.counts().events == 0
    assert [r.event_id for r in store.iter_mentions()] == [None]


def test_reports_of_returns_mentions_with_articles_in_link_order(store: SqlEventStore) -> None:
    write(store, make_article("a1"), [make_mention("m1", "a1")])
    write(store, make_article("a2"), [make_mention("m2", "a2")])
    with store.session() as session:
        session.put_event(make_event("e1", ("m2", "m1")))
        reports = session.reports_of("e1")
    assert [(r.article.article_id, r.mention.mention_id, r.event_id) for r in reports] == [
        ("a2", "m2", "e1"),
        ("a1", "m1", "e1"),
    ]


def span(earliest: date, latest: date | None = None) -> DateSpan:
    return DateSpan(earliest=earliest, latest=latest or earliest, precision=DatePrecision.DAY)


QUETTA = Place(name="Quetta", country="Pakistan", country_code="PK", admin1="Balochistan")
KABUL = Place(name="Kabul", country="Afghanistan", country_code="AF", admin1="Kabul")
FILTER_EVENTS = (
    make_event("e-bannu", ("m1",), when=span(date(2024, 1, 10)), place=BANNU),
    make_event(
        "e-quetta",
        ("m2",),
        when=span(date(2024, 2, 5), date(2024, 2, 7)),
        place=QUETTA,
        event_type=EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        sub_event_type=SubEventType.SUICIDE_BOMB,
        perpetrator=Actor(name="Balochistan Liberation Army", actor_type=ActorType.REBEL_GROUP),
        claim=Claim(status=ClaimStatus.CLAIMED, claimed_by=("Balochistan Liberation Army",)),
        casualties=Casualties(killed_min=12, killed_max=15),
    ),
    make_event(
        "e-kabul",
        ("m3",),
        when=span(date(2024, 3, 1)),
        place=KABUL,
        event_type=EventType.VIOLENCE_AGAINST_CIVILIANS,
        sub_event_type=SubEventType.ATTACK,
        perpetrator=None,
        claim=Claim(status=ClaimStatus.CLAIMED, claimed_by=("Islamic State Khorasan Province",)),
        casualties=Casualties(killed_min=None),
    ),
    make_event(
        "e-undated",
        ("m4",),
        when=None,
        place=None,
        perpetrator=None,
        claim=Claim(),
        event_type=EventType.PROTESTS,
        sub_event_type=SubEventType.PEACEFUL_PROTEST,
        casualties=Casualties(),
    ),
)


@pytest.fixture
def filter_store(store: SqlEventStore) -> SqlEventStore:
    mentions = [make_mention(f"m{i}") for i in range(1, 5)]
    write(store, make_article(), mentions, list(FILTER_EVENTS))
    return store


@pytest.mark.parametrize(
    ("event_filter", "expected"),
    [
        (EventFilter(), ["e-kabul", "e-quetta", "e-bannu", "e-undated"]),
        (EventFilter(since=date(2024, 2, 5)), ["e-kabul", "e-quetta"]),
        (EventFilter(until=date(2024, 2, 5)), ["e-quetta", "e-bannu"]),
        (EventFilter(since=date(2024, 2, 6), until=date(2024, 2, 28)), []),
        (EventFilter(country="pakistan"), ["e-quetta", "e-bannu"]),
        (EventFilter(country="af"), ["e-kabul"]),
        (EventFilter(admin1="KHYBER PAKHTUNKHWA"), ["e-bannu"]),
        (EventFilter(event_type="battles"), ["e-bannu"]),
        (EventFilter(event_type="Suicide bomb"), ["e-quetta"]),
        (EventFilter(event_type="not a type"), []),
        (EventFilter(actor="taliban"), ["e-bannu"]),
        (EventFilter(actor="liberation"), ["e-quetta"]),
        (EventFilter(actor="KHORASAN"), ["e-kabul"]),
        (EventFilter(actor='", "'), []),
        (EventFilter(actor="%"), []),
        (EventFilter(min_killed=3), ["e-quetta", "e-bannu"]),
        (EventFilter(min_killed=13), []),
        (EventFilter(country="Pakistan", min_killed=10), ["e-quetta"]),
        (EventFilter(limit=2), ["e-kabul", "e-quetta"]),
    ],
    ids=lambda value: (
        ",".join(f"{k}={v}" for k, v in dataclasses.asdict(value).items() if v is not None) or "none"
        if isinstance(value, EventFilter)
        else "-"
    ),
)
def test_query_events_filters_newest_first(
    filter_store: SqlEventStore, event_filter: EventFilter, expected: list[str]
) -> None:
    assert [event.event_id for event in filter_store.query_events(event_filter)] == expected


@pytest.mark.parametrize(
    ("event_filter", "expected"),
    [
        (None, ["e-bannu", "e-quetta", "e-kabul", "e-undated"]),
        (EventFilter(country="PK"), ["e-bannu", "e-quetta"]),
        (EventFilter(limit=1), ["e-bannu"]),
    ],
)
def test_iter_events_oldest_first(
    filter_store: SqlEventStore, event_filter: EventFilter | None, expected: list[str]
) -> None:
    assert [event.event_id for event in filter_store.iter_events(event_filter)] == expected


def test_iter_events_streams_in_batches(filter_store: SqlEventStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sql_store, "BATCH_SIZE", 1)
    assert list(filter_store.iter_events()) == sorted(
        FILTER_EVENTS, key=lambda e: (e.when is None, e.when.earliest if e.when else date.min)
    )


@pytest.mark.parametrize(
    ("earliest", "latest", "country_code", "expected"),
    [
        (date(2024, 2, 7), date(2024, 2, 20), None, ["e-quetta"]),
        (date(2024, 1, 1), date(2024, 3, 1), "pk", ["e-bannu", "e-quetta"]),
        (date(2024, 1, 1), date(2024, 3, 1), "AF", ["e-kabul"]),
        (date(2024, 2, 8), date(2024, 2, 28), None, []),
    ],
)
def test_candidate_events_overlap_dates_and_country(
    filter_store: SqlEventStore, earliest: date, latest: date, country_code: str | None, expected: list[str]
) -> None:
    with filter_store.session() as session:
        found = session.candidate_events(earliest=earliest, latest=latest, country_code=country_code)
    assert [event.event_id for event in found] == expected


def at(start: int) -> tuple[Evidence, ...]:
    return (
        Evidence(field=EvidenceField.EVENT, start=start, end=start + 5, text="xxxxx", producer="rules.v1"),
    )


def test_iter_mentions_by_article_then_text_order(
    store: SqlEventStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sql_store, "BATCH_SIZE", 2)
    later = make_article("a-later", published_at=datetime(2024, 5, 1, tzinfo=UTC))
    earlier = make_article("a-earlier", published_at=datetime(2024, 4, 1, tzinfo=UTC))
    write(store, later, [make_mention("l1", "a-later", evidence=at(3))])
    write(
        store,
        earlier,
        [
            make_mention("e-none", "a-earlier", evidence=()),
            make_mention("e-90", "a-earlier", evidence=at(90)),
            make_mention("e-10", "a-earlier", evidence=at(10)),
        ],
        [make_event("ev", ("e-90",))],
    )
    records = list(store.iter_mentions())
    assert [(r.article.article_id, r.mention.mention_id, r.event_id) for r in records] == [
        ("a-earlier", "e-10", None),
        ("a-earlier", "e-90", "ev"),
        ("a-earlier", "e-none", None),
        ("a-later", "l1", None),
    ]
    assert records[0].article == earlier


def test_counts(store: SqlEventStore) -> None:
    write(
        store, make_article("a1"), [make_mention("m1"), make_mention("m2")], [make_event("e1", ("m1", "m2"))]
    )
    write(store, make_article("a2"), [make_mention("m3", "a2")])
    assert store.counts() == StoreCounts(articles=2, mentions=3, events=1)


def test_migration_is_recorded_and_idempotent(store: SqlEventStore, store_target: str) -> None:
    assert migrate(store.engine) == []
    open_store(store_target).close()
    with store.engine.connect() as connection:
        rows = connection.execute(select(SCHEMA_MIGRATIONS)).all()
    assert [(row.version, row.description) for row in rows] == [
        (migration.version, migration.description) for migration in MIGRATIONS
    ]
    assert rows[0].applied_at.tzinfo is not None


def test_newer_schema_is_refused(store: SqlEventStore, store_target: str) -> None:
    with store.engine.begin() as connection:
        connection.execute(
            insert(SCHEMA_MIGRATIONS).values(
                version=latest_version() + 1, description="from the future", applied_at=WRITTEN_AT
            )
        )
    with pytest.raises(StorageError, match="newer than this waqia"):
        open_store(store_target)


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_bad_targets_raise_storage_error(tmp_path: Path) -> None:
    not_sqlite = tmp_path / "notes.txt"
    not_sqlite.write_text("these are notes, not a database\n")
    cases = {
        "ftp://example.org/events": "unsupported database kind",
        "mysql://user@localhost/waqia": "unsupported database kind",
        "postgresql://user@localhost:notaport/waqia": "not a valid database URL",
        str(tmp_path / "missing" / "events.db"): "does not exist",
        f"sqlite:///{tmp_path}/missing/events.db": "does not exist",
        str(not_sqlite): "is not a SQLite database",
        str(tmp_path): "is a folder",
        f"postgresql://postgres:s3cret@127.0.0.1:{unused_port()}/waqia": "cannot open the database",
    }
    for target, message in cases.items():
        with pytest.raises(StorageError, match=message) as raised:
            open_store(target)
        assert "WAQIA_DB" in str(raised.value)
        assert "s3cret" not in str(raised.value)


def test_in_memory_store_works() -> None:
    store = open_store(":memory:")
    write(store, make_article(), [make_mention()], [make_event()])
    assert store.counts() == StoreCounts(articles=1, mentions=1, events=1)
    assert store.dialect == "sqlite"
