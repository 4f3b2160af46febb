"""The account store (users, tokens, sessions, login attempts) and the sign-in guard's rate limits."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import inspect

from waqia.errors import ConfigError
from waqia.store import open_store
from waqia.store.accounts import AccountStore, UserRole
from waqia.store.migrations import latest_version
from waqia.store.sql_store import SqlEventStore
from waqia.web.auth import (
    LoginGuard,
    LoginRefusedError,
    LoginThrottledError,
    create_user,
    digest_secret,
    identify_bearer,
    issue_api_token,
)
from waqia.web.settings import WebSettings

NOW = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
PASSWORD = "a long enough passphrase"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqlEventStore]:
    opened = open_store(str(tmp_path / "accounts.db"))
    yield opened
    opened.close()


@pytest.fixture
def accounts(store: SqlEventStore) -> AccountStore:
    return AccountStore(store.engine)


def test_migration_creates_the_account_tables(store: SqlEventStore) -> None:
    tables = set(inspect(store.engine).get_table_names())
    assert {"users", "api_tokens", "web_sessions", "login_attempts"} <= tables
    assert latest_version() >= 3
    indexes = {index["name"] for index in inspect(store.engine).get_indexes("events")}
    assert "ix_events_fatalities_event_id" in indexes


@pytest.mark.parametrize(
    ("viewer", "needed", "allowed"),
    [
        (UserRole.VIEWER, UserRole.VIEWER, True),
        (UserRole.VIEWER, UserRole.EDITOR, False),
        (UserRole.EDITOR, UserRole.EDITOR, True),
        (UserRole.EDITOR, UserRole.ADMIN, False),
        (UserRole.ADMIN, UserRole.EDITOR, True),
    ],
)
def test_roles_include_the_ones_below(viewer: UserRole, needed: UserRole, allowed: bool) -> None:
    assert viewer.allows(needed) is allowed


def test_users_are_added_listed_changed_and_removed(accounts: AccountStore) -> None:
    accounts.add_user("zoe", role=UserRole.VIEWER, password_hash="h1", now=NOW)
    accounts.add_user("adam", role=UserRole.ADMIN, password_hash="h2", now=NOW)
    assert [user.name for user in accounts.list_users()] == ["adam", "zoe"]
    assert accounts.set_role("zoe", UserRole.EDITOR).role is UserRole.EDITOR
    found = accounts.get_user("zoe")
    assert found is not None
    assert found.role is UserRole.EDITOR
    assert found.created_at == NOW
    accounts.remove_user("zoe")
    assert accounts.get_user("zoe") is None
    assert accounts.password_hash("zoe") is None


@pytest.mark.parametrize("name", ["", "Alice", "has space", "-dash-first", "a" * 65, "robert'); drop"])
def test_invalid_user_names_are_refused(accounts: AccountStore, name: str) -> None:
    with pytest.raises(ConfigError, match="not a valid user name"):
        accounts.add_user(name, role=UserRole.VIEWER, password_hash="h", now=NOW)


def test_a_taken_name_is_refused_with_a_hint(accounts: AccountStore) -> None:
    accounts.add_user("sam", role=UserRole.VIEWER, password_hash="h", now=NOW)
    with pytest.raises(ConfigError, match="already exists") as raised:
        accounts.add_user("sam", role=UserRole.ADMIN, password_hash="h", now=NOW)
    assert "set-role" in raised.value.hint


@pytest.mark.parametrize(
    "change",
    [
        lambda accounts: accounts.set_role("ghost", UserRole.ADMIN),
        lambda accounts: accounts.remove_user("ghost"),
        lambda accounts: accounts.set_password_hash("ghost", "h", now=NOW),
    ],
    ids=["set-role", "remove", "set-password"],
)
def test_changing_an_unknown_user_says_so(
    accounts: AccountStore, change: Callable[[AccountStore], object]
) -> None:
    with pytest.raises(ConfigError, match="no user named 'ghost'"):
        change(accounts)


def test_tokens_are_stored_as_digests_and_expire(accounts: AccountStore) -> None:
    accounts.add_user("bot", role=UserRole.EDITOR, password_hash="h", now=NOW)
    record, secret = issue_api_token(accounts, "bot", label="nightly", now=NOW, lifetime=timedelta(days=1))
    assert secret.startswith("wq_")
    assert record.expires_at == NOW + timedelta(days=1)
    header = f"Bearer {secret}"
    found = identify_bearer(accounts, header, now=NOW + timedelta(hours=23))
    assert found is not None
    assert found.name == "bot"
    assert identify_bearer(accounts, header, now=NOW + timedelta(days=2)) is None
    assert identify_bearer(accounts, f"Basic {secret}", now=NOW) is None
    assert accounts.user_for_token(secret, now=NOW) is None, "the raw secret must not be what is stored"
    assert accounts.user_for_token(digest_secret(secret), now=NOW) is not None
    assert accounts.revoke_token(record.token_id)
    assert identify_bearer(accounts, header, now=NOW) is None
    assert not accounts.revoke_token(record.token_id)


def test_removing_a_user_removes_their_tokens_and_sessions(accounts: AccountStore) -> None:
    accounts.add_user("gone", role=UserRole.EDITOR, password_hash="h", now=NOW)
    _, secret = issue_api_token(accounts, "gone", label="", now=NOW, lifetime=None)
    accounts.add_session(
        "s" * 64, user_name="gone", csrf_token="c", now=NOW, expires_at=NOW + timedelta(hours=1)
    )
    accounts.remove_user("gone")
    assert identify_bearer(accounts, f"Bearer {secret}", now=NOW) is None
    assert accounts.find_session("s" * 64, now=NOW) is None
    assert accounts.list_tokens() == []


def test_sessions_expire_and_a_new_password_signs_out(accounts: AccountStore) -> None:
    accounts.add_user("kim", role=UserRole.VIEWER, password_hash="h", now=NOW)
    accounts.add_session(
        "k" * 64, user_name="kim", csrf_token="tok", now=NOW, expires_at=NOW + timedelta(hours=2)
    )
    session = accounts.find_session("k" * 64, now=NOW + timedelta(hours=1))
    assert session is not None
    assert session.csrf_token == "tok"
    assert accounts.find_session("k" * 64, now=NOW + timedelta(hours=3)) is None
    accounts.set_password_hash("kim", "new", now=NOW)
    assert accounts.find_session("k" * 64, now=NOW) is None


@pytest.fixture
def guard(accounts: AccountStore, fast_hasher: PasswordHasher) -> LoginGuard:
    create_user(accounts, "lee", role=UserRole.EDITOR, password=PASSWORD, hasher=fast_hasher, now=NOW)
    settings = WebSettings(
        login_failures_per_user=3, login_failures_per_ip=5, login_window=timedelta(minutes=10)
    )
    return LoginGuard(accounts, settings=settings, hasher=fast_hasher)


def test_a_correct_password_opens_a_session(guard: LoginGuard, accounts: AccountStore) -> None:
    signed_in = guard.sign_in("  LEE ", PASSWORD, client_ip="10.0.0.1", now=NOW)
    assert signed_in.session.user.name == "lee"
    assert accounts.find_session(digest_secret(signed_in.cookie_value), now=NOW) is not None


@pytest.mark.parametrize(("name", "password"), [("lee", "wrong password"), ("nobody", PASSWORD), ("lee", "")])
def test_wrong_credentials_are_refused_alike(guard: LoginGuard, name: str, password: str) -> None:
    with pytest.raises(LoginRefusedError, match="wrong user name or password"):
        guard.sign_in(name, password, client_ip="10.0.0.1", now=NOW)


def test_failures_for_one_user_are_limited_then_forgotten(guard: LoginGuard) -> None:
    for minute in range(3):
        with pytest.raises(LoginRefusedError):
            guard.sign_in("lee", "guess", client_ip=f"10.0.1.{minute}", now=NOW + timedelta(minutes=minute))
    with pytest.raises(LoginThrottledError, match="this account") as throttled:
        guard.sign_in("lee", PASSWORD, client_ip="10.0.2.1", now=NOW + timedelta(minutes=3))
    # The oldest failure was at minute 0 and the window is 10 minutes: 7 more minutes to wait.
    assert 6 * 60 < throttled.value.retry_after <= 7 * 60 + 1
    assert "7 minutes" in str(throttled.value)
    signed_in = guard.sign_in("lee", PASSWORD, client_ip="10.0.2.1", now=NOW + timedelta(minutes=11))
    assert signed_in.session.user.name == "lee"


def test_a_success_clears_the_users_failure_count(guard: LoginGuard) -> None:
    for minute in range(2):
        with pytest.raises(LoginRefusedError):
            guard.sign_in("lee", "guess", client_ip="10.0.3.1", now=NOW + timedelta(minutes=minute))
    guard.sign_in("lee", PASSWORD, client_ip="10.0.3.1", now=NOW + timedelta(minutes=2))
    for minute in range(3, 5):
        with pytest.raises(LoginRefusedError):
            guard.sign_in("lee", "guess", client_ip="10.0.3.1", now=NOW + timedelta(minutes=minute))


def test_failures_from_one_address_are_limited_across_user_names(guard: LoginGuard) -> None:
    for index in range(5):
        with pytest.raises(LoginRefusedError):
            guard.sign_in(f"user{index}", "guess", client_ip="192.0.2.7", now=NOW)
    with pytest.raises(LoginThrottledError, match="your address"):
        guard.sign_in("lee", PASSWORD, client_ip="192.0.2.7", now=NOW)
    assert guard.sign_in("lee", PASSWORD, client_ip="192.0.2.8", now=NOW).session.user.name == "lee"


@pytest.mark.parametrize("password", ["short", "x" * 1025])
def test_passwords_outside_the_allowed_length_are_refused(
    accounts: AccountStore, fast_hasher: PasswordHasher, password: str
) -> None:
    with pytest.raises(ConfigError, match="characters"):
        create_user(accounts, "pat", role=UserRole.VIEWER, password=password, hasher=fast_hasher, now=NOW)
