"""Fixtures of the web tests: a small store with hostile article text, users of each role, clients."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from waqia.model import (
    Actor,
    ActorType,
    Article,
    Casualties,
    Claim,
    ClaimStatus,
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
)
from waqia.pipeline import store_article
from waqia.store import open_store
from waqia.store.accounts import AccountStore, UserRole
from waqia.store.sql_store import SqlEventStore
from waqia.web import WebSettings, create_app
from waqia.web.auth import LOGIN_CSRF_COOKIE, create_user, issue_api_token

STORED_AT = datetime(2024, 2, 10, 8, 0, tzinfo=UTC)
PASSWORD = "correct horse battery"
# Markup an attacker could plant in a news page; none of it may reach a page unescaped.
SCRIPT_TITLE = '<script>alert("title")</script>Blast hits police van'
ONERROR_TEXT = "<img src=x onerror=alert('text')>"
HOSTILE_URL = "javascript:alert('url')"
MIXED_CASE_URL = " JaVaScRiPt:alert('url2')"

PESHAWAR = Place(
    name="Peshawar",
    country="Pakistan",
    country_code="PK",
    admin1="Khyber Pakhtunkhwa",
    admin2="Peshawar",
    latitude=34.008,
    longitude=71.578,
    geo_precision=GeoPrecision.TOWN,
    gazetteer_id="1168197",
    geocoder="gazetteer.v1",
)
TURBAT = Place(
    name="Turbat",
    country="Pakistan",
    country_code="PK",
    admin1="Balochistan",
    admin2="Kech",
    latitude=26.001,
    longitude=63.048,
    geo_precision=GeoPrecision.TOWN,
    gazetteer_id="1163054",
    geocoder="gazetteer.v1",
)
JALALABAD = Place(
    name="Jalalabad",
    country="Afghanistan",
    country_code="AF",
    admin1="Nangarhar",
    admin2="Jalalabad",
    latitude=34.430,
    longitude=70.448,
    geo_precision=GeoPrecision.TOWN,
    gazetteer_id="1138336",
    geocoder="gazetteer.v1",
)
TTP = Actor(name="Tehrik-i-Taliban Pakistan", actor_type=ActorType.REBEL_GROUP)


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """An article written for these tests and the one event it reports, with evidence by phrase."""

    article: Article
    sub_event_type: SubEventType
    day: date
    place: Place
    killed: int | None
    injured: int | None = None
    perpetrator: Actor | None = None
    claim: Claim = field(default_factory=Claim)
    target: Target | None = None
    phrases: tuple[tuple[EvidenceField, str], ...] = ()

    def mention(self) -> Mention:
        text = self.article.text
        evidence = []
        for evidence_field, phrase in self.phrases:
            start = text.index(phrase)
            evidence.append(
                Evidence(
                    field=evidence_field,
                    start=start,
                    end=start + len(phrase),
                    text=phrase,
                    producer="test.v1",
                )
            )
        return Mention(
            mention_id=f"m-{self.article.article_id}",
            article_id=self.article.article_id,
            role=Role.MAIN,
            event_type=self.sub_event_type.event_type,
            sub_event_type=self.sub_event_type,
            when=DateSpan(earliest=self.day, latest=self.day, precision=DatePrecision.DAY),
            place=self.place,
            perpetrator=self.perpetrator,
            claim=self.claim,
            target=self.target,
            casualties=Casualties(
                killed_min=self.killed,
                killed_max=self.killed,
                injured_min=self.injured,
                injured_max=self.injured,
            ),
            evidence=tuple(evidence),
            extractor="test.v1",
            confidence=0.9,
        )


def _article(article_id: str, *, title: str, text: str, url: str | None, source: str, day: int) -> Article:
    return Article(
        article_id=article_id,
        text=text,
        title=title,
        url=url,
        source=source,
        published_at=datetime(2024, 2, day, 6, 0, tzinfo=UTC),
    )


BLAST_TEXT = (
    "PESHAWAR: A roadside bomb struck a police van in Peshawar on Friday, killing four policemen and "
    "injuring ten others, officials said. Tehrik-i-Taliban Pakistan claimed responsibility in a "
    "statement sent to reporters."
)
BLAST_FOLLOW_UP_TEXT = (
    "Four police officers died when an improvised explosive device hit their vehicle in Peshawar on "
    f"Friday. {ONERROR_TEXT} Police said ten people were injured; the Pakistani Taliban said they did it."
)
TURBAT_TEXT = (
    "Gunmen shot dead two labourers at a construction site near Turbat on Tuesday night, the Levies "
    "said. No group claimed the killing."
)
JALALABAD_TEXT = (
    "Hundreds of shopkeepers protested in Jalalabad on Sunday against new market taxes; the rally "
    "ended peacefully."
)

REPORTS = (
    Report(
        article=_article(
            "a-blast-1", title=SCRIPT_TITLE, text=BLAST_TEXT, url=HOSTILE_URL, source="Frontier Daily", day=9
        ),
        sub_event_type=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        day=date(2024, 2, 9),
        place=PESHAWAR,
        killed=4,
        injured=10,
        perpetrator=TTP,
        claim=Claim(status=ClaimStatus.CLAIMED, claimed_by=(TTP.name,)),
        target=Target.POLICE,
        phrases=(
            (EvidenceField.EVENT, "A roadside bomb struck a police van in Peshawar on Friday"),
            (EvidenceField.EVENT_TYPE, "roadside bomb"),
            (EvidenceField.LOCATION, "Peshawar"),
            (EvidenceField.DATE, "on Friday"),
            (EvidenceField.KILLED, "killing four policemen"),
            (EvidenceField.INJURED, "injuring ten others"),
            (EvidenceField.TARGET, "police van"),
            (EvidenceField.PERPETRATOR, "Tehrik-i-Taliban Pakistan"),
            (EvidenceField.CLAIM, "claimed responsibility"),
        ),
    ),
    Report(
        article=_article(
            "a-blast-2",
            title="Four police killed in Peshawar IED attack",
            text=BLAST_FOLLOW_UP_TEXT,
            url="https://courier.example/peshawar-blast",
            source="Border Courier",
            day=10,
        ),
        sub_event_type=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        day=date(2024, 2, 9),
        place=PESHAWAR,
        killed=4,
        injured=10,
        perpetrator=TTP,
        claim=Claim(status=ClaimStatus.CLAIMED, claimed_by=(TTP.name,)),
        target=Target.POLICE,
        phrases=(
            (EvidenceField.EVENT_TYPE, "improvised explosive device"),
            (EvidenceField.KILLED, "Four police officers died"),
            (EvidenceField.LOCATION, "Peshawar"),
            (EvidenceField.INJURED, "ten people were injured"),
        ),
    ),
    Report(
        article=_article(
            "a-turbat",
            title="<img src=x onerror=alert(1)> Labourers shot in Turbat",
            text=TURBAT_TEXT,
            url=MIXED_CASE_URL,
            source="Makran Monitor",
            day=14,
        ),
        sub_event_type=SubEventType.ATTACK,
        day=date(2024, 2, 13),
        place=TURBAT,
        killed=2,
        claim=Claim(status=ClaimStatus.UNCLAIMED),
        target=Target.CIVILIANS,
        phrases=(
            (EvidenceField.EVENT, "Gunmen shot dead two labourers"),
            (EvidenceField.KILLED, "shot dead two labourers"),
            (EvidenceField.LOCATION, "Turbat"),
            (EvidenceField.CLAIM, "No group claimed the killing"),
        ),
    ),
    Report(
        article=_article(
            "a-jalalabad",
            title="Shopkeepers protest taxes in Jalalabad",
            text=JALALABAD_TEXT,
            url="https://kabul-ledger.example/jalalabad-protest",
            source="Kabul Ledger",
            day=5,
        ),
        sub_event_type=SubEventType.PEACEFUL_PROTEST,
        day=date(2024, 1, 14),
        place=JALALABAD,
        killed=None,
        phrases=((EvidenceField.EVENT, "Hundreds of shopkeepers protested"),),
    ),
)


def fill_store(store: SqlEventStore) -> None:
    """Store the test reports through the pipeline's own write path (resolution included)."""
    for report in REPORTS:
        with store.session() as session:
            store_article(
                session,
                report.article,
                [report.mention()],
                fingerprint=f"fp-{report.article.article_id}",
                now=STORED_AT,
            )


@pytest.fixture(scope="session")
def fast_hasher() -> PasswordHasher:
    """argon2id with the smallest parameters: the tests check behaviour, not hash strength."""
    return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture
def web_store(tmp_path: Path) -> Iterator[SqlEventStore]:
    store = open_store(str(tmp_path / "web.db"))
    fill_store(store)
    yield store
    store.close()


@dataclass(frozen=True, slots=True, kw_only=True)
class Users:
    """The test users' API tokens, by role name."""

    tokens: dict[str, str]

    def bearer(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}


@pytest.fixture
def users(web_store: SqlEventStore, fast_hasher: PasswordHasher) -> Users:
    """One user per role (named after it) with the same password and an API token each."""
    accounts = AccountStore(web_store.engine)
    tokens = {}
    for role in UserRole:
        create_user(accounts, role.value, role=role, password=PASSWORD, hasher=fast_hasher, now=STORED_AT)
        _, secret = issue_api_token(accounts, role.value, label="tests", now=STORED_AT, lifetime=None)
        tokens[role.value] = secret
    return Users(tokens=tokens)


class Clock:
    """A settable clock for rate limits and expiry."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2024, 3, 1, 12, 0, tzinfo=UTC))


ClientFactory = Callable[..., TestClient]


@pytest.fixture
def make_client(
    web_store: SqlEventStore, users: Users, fast_hasher: PasswordHasher, clock: Clock
) -> Iterator[ClientFactory]:
    """A TestClient over the test store; keyword arguments become WebSettings fields."""
    clients: list[TestClient] = []

    def build(base_url: str = "http://testserver", **settings: object) -> TestClient:
        app = create_app(
            store=web_store,
            settings=WebSettings(tile_url="", **settings),  # type: ignore[arg-type]
            hasher=fast_hasher,
            clock=clock,
        )
        client = TestClient(app, base_url=base_url, follow_redirects=False)
        clients.append(client)
        return client

    yield build
    for client in clients:
        client.close()


@pytest.fixture
def client(make_client: ClientFactory) -> TestClient:
    return make_client()


HIDDEN_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def sign_in(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Sign in through the login form like a browser; returns the session's CSRF token."""
    page = client.get("/login")
    token = HIDDEN_CSRF.search(page.text)
    assert token is not None, "the login form has no CSRF field"
    assert client.cookies.get(LOGIN_CSRF_COOKIE)
    response = client.post(
        "/login", data={"username": name, "password": password, "csrf_token": token.group(1), "next": "/"}
    )
    assert response.status_code == 303, response.text
    me = client.get("/api/v1/me").json()
    csrf: str = me["csrf_token"]
    return csrf


def event_id_of(client: TestClient, headers: dict[str, str], place: str) -> str:
    """The id of the (only) live event at a place."""
    events = client.get("/api/v1/events", params={"limit": 100}, headers=headers).json()["events"]
    found = [event["event_id"] for event in events if event["location"] == place]
    assert len(found) == 1, f"expected one event in {place}, found {found}"
    return found[0]


def pytest_configure(config: pytest.Config) -> None:
    # Also listed in pyproject.toml's markers; registered here so --strict-markers passes either way.
    config.addinivalue_line(
        "markers", "browser: drives a real headless Chromium (scripts/install-browser.sh)"
    )
