"""Dashboard accounts: users and roles, hashed API tokens, sessions and login attempts (SQLAlchemy Core)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    ForeignKey,
    Index,
    Integer,
    Row,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from waqia.errors import ConfigError, StorageError
from waqia.store.schema import LABEL, METADATA, UtcDateTime

# Lower-case letters, digits and . _ -: safe in URLs, logs and review records, and never ambiguous by case.
USER_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
# Hex sha256 digests (64 characters) key tokens and sessions: the database never holds a usable secret.
DIGEST = String(64)
USER = String(64)
# Login attempts older than this are deleted when a new attempt is recorded.
ATTEMPT_RETENTION = timedelta(days=7)


class UserRole(StrEnum):
    """What a dashboard user may do: read, also review events, also manage users."""

    VIEWER = "viewer"
    EDITOR = "editor"
    ADMIN = "admin"

    def allows(self, needed: UserRole) -> bool:
        """True when this role includes everything `needed` may do."""
        order = list(UserRole)
        return order.index(self) >= order.index(needed)


USERS = Table(
    "users",
    METADATA,
    Column("name", USER, primary_key=True),
    Column("role", LABEL, nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("password_changed_at", UtcDateTime, nullable=False),
)

API_TOKENS = Table(
    "api_tokens",
    METADATA,
    # A short public id names the token in listings and revocations; only its digest authenticates.
    Column("token_id", String(32), primary_key=True),
    Column("user_name", USER, ForeignKey("users.name", ondelete="CASCADE"), nullable=False),
    Column("token_hash", DIGEST, nullable=False, unique=True),
    Column("label", Text, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime),
    Index(None, "user_name"),
)

WEB_SESSIONS = Table(
    "web_sessions",
    METADATA,
    Column("session_hash", DIGEST, primary_key=True),
    Column("user_name", USER, ForeignKey("users.name", ondelete="CASCADE"), nullable=False),
    Column("csrf_token", String(128), nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Index(None, "user_name"),
    Index(None, "expires_at"),
)

# Every sign-in attempt, kept for rate limiting and audit; user_name is what was typed (no foreign key).
LOGIN_ATTEMPTS = Table(
    "login_attempts",
    METADATA,
    Column("attempt_id", Integer, primary_key=True, autoincrement=True),
    Column("user_name", USER, nullable=False),
    Column("client_ip", String(64), nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("succeeded", Boolean, nullable=False),
    Index(None, "user_name", "at"),
    Index(None, "client_ip", "at"),
)

ACCOUNT_TABLES = (USERS, API_TOKENS, WEB_SESSIONS, LOGIN_ATTEMPTS)


def create_account_tables(connection: Connection) -> None:
    """Create the account tables that are missing."""
    for table in ACCOUNT_TABLES:
        table.create(connection, checkfirst=True)


@dataclass(frozen=True, slots=True, kw_only=True)
class User:
    name: str
    role: UserRole
    created_at: datetime
    password_changed_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class ApiToken:
    """A token's public description; the secret itself is shown once and never stored."""

    token_id: str
    user_name: str
    label: str
    created_at: datetime
    expires_at: datetime | None


@dataclass(frozen=True, slots=True, kw_only=True)
class WebSession:
    """A signed-in browser: who it is and the CSRF token its forms must carry."""

    user: User
    csrf_token: str
    expires_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class FailedAttempts:
    """Failed sign-ins in a window: how many, and when the oldest of them happened."""

    count: int
    oldest: datetime | None


def check_user_name(name: str) -> str:
    """The name when it is a valid user name, else ConfigError."""
    if not USER_NAME.match(name):
        raise ConfigError(
            f"{name!r} is not a valid user name",
            hint="use 1-64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
        )
    return name


class AccountStore:
    """Users, tokens, sessions and login attempts in the event store's database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._url = engine.url.render_as_string(hide_password=True)

    @contextmanager
    def _connect(self, *, write: bool) -> Iterator[Connection]:
        try:
            with self._engine.connect() as connection:
                if write:
                    # The store's SQLite engine takes the write lock at BEGIN for this option.
                    connection.execution_options(waqia_write=True)
                with connection.begin():
                    yield connection
        except IntegrityError:
            raise
        except SQLAlchemyError as error:
            raise StorageError(
                f"{self._url}: account data could not be read or written: {error}",
                hint="check that the database is reachable and migrated (any waqia command migrates it)",
            ) from error

    def add_user(self, name: str, *, role: UserRole, password_hash: str, now: datetime) -> User:
        """Create a user; ConfigError when the name is invalid or taken."""
        check_user_name(name)
        try:
            with self._connect(write=True) as connection:
                connection.execute(
                    insert(USERS).values(
                        name=name,
                        role=role.value,
                        password_hash=password_hash,
                        created_at=now,
                        password_changed_at=now,
                    )
                )
        except IntegrityError as error:
            raise ConfigError(
                f"user {name!r} already exists",
                hint="choose another name, or change this user with `waqia user set-role`",
            ) from error
        return User(name=name, role=role, created_at=now, password_changed_at=now)

    def get_user(self, name: str) -> User | None:
        with self._connect(write=False) as connection:
            row = connection.execute(select(USERS).where(USERS.c.name == name)).one_or_none()
        return None if row is None else _user(row)

    def list_users(self) -> list[User]:
        with self._connect(write=False) as connection:
            rows = connection.execute(select(USERS).order_by(USERS.c.name)).all()
        return [_user(row) for row in rows]

    def password_hash(self, name: str) -> str | None:
        """The stored password hash of a user, or None when there is no such user."""
        with self._connect(write=False) as connection:
            found: str | None = connection.execute(
                select(USERS.c.password_hash).where(USERS.c.name == name)
            ).scalar_one_or_none()
        return found

    def set_password_hash(self, name: str, password_hash: str, *, now: datetime) -> None:
        """Replace a user's password hash and sign out every session of that user."""
        with self._connect(write=True) as connection:
            self._require_user(connection, name)
            connection.execute(
                update(USERS)
                .where(USERS.c.name == name)
                .values(password_hash=password_hash, password_changed_at=now)
            )
            connection.execute(delete(WEB_SESSIONS).where(WEB_SESSIONS.c.user_name == name))

    def update_password_hash(self, name: str, password_hash: str) -> None:
        """Store a re-hash of the same password (stronger parameters); sessions stay signed in."""
        with self._connect(write=True) as connection:
            connection.execute(update(USERS).where(USERS.c.name == name).values(password_hash=password_hash))

    def set_role(self, name: str, role: UserRole) -> User:
        with self._connect(write=True) as connection:
            self._require_user(connection, name)
            connection.execute(update(USERS).where(USERS.c.name == name).values(role=role.value))
            row = connection.execute(select(USERS).where(USERS.c.name == name)).one()
        return _user(row)

    def remove_user(self, name: str) -> None:
        """Delete a user with its tokens and sessions; their review records keep the name."""
        with self._connect(write=True) as connection:
            self._require_user(connection, name)
            # Deleted explicitly: PostgreSQL cascades, but a SQLite connection may have foreign keys off.
            connection.execute(delete(API_TOKENS).where(API_TOKENS.c.user_name == name))
            connection.execute(delete(WEB_SESSIONS).where(WEB_SESSIONS.c.user_name == name))
            connection.execute(delete(USERS).where(USERS.c.name == name))

    def _require_user(self, connection: Connection, name: str) -> None:
        found = connection.execute(select(USERS.c.name).where(USERS.c.name == name)).scalar_one_or_none()
        if found is None:
            raise ConfigError(f"no user named {name!r}", hint="list the users with `waqia user list`")

    def add_token(
        self,
        user_name: str,
        *,
        token_id: str,
        token_hash: str,
        label: str,
        now: datetime,
        expires_at: datetime | None,
    ) -> ApiToken:
        with self._connect(write=True) as connection:
            self._require_user(connection, user_name)
            connection.execute(
                insert(API_TOKENS).values(
                    token_id=token_id,
                    user_name=user_name,
                    token_hash=token_hash,
                    label=label,
                    created_at=now,
                    expires_at=expires_at,
                )
            )
        return ApiToken(
            token_id=token_id, user_name=user_name, label=label, created_at=now, expires_at=expires_at
        )

    def list_tokens(self, user_name: str | None = None) -> list[ApiToken]:
        statement = select(API_TOKENS).order_by(API_TOKENS.c.user_name, API_TOKENS.c.created_at)
        if user_name is not None:
            statement = statement.where(API_TOKENS.c.user_name == user_name)
        with self._connect(write=False) as connection:
            rows = connection.execute(statement).all()
        return [
            ApiToken(
                token_id=row.token_id,
                user_name=row.user_name,
                label=row.label,
                created_at=row.created_at,
                expires_at=row.expires_at,
            )
            for row in rows
        ]

    def revoke_token(self, token_id: str) -> bool:
        """Delete a token; False when no token has this id."""
        with self._connect(write=True) as connection:
            result = connection.execute(delete(API_TOKENS).where(API_TOKENS.c.token_id == token_id))
        return bool(result.rowcount)

    def user_for_token(self, token_hash: str, *, now: datetime) -> User | None:
        """The user an unexpired token belongs to."""
        statement = (
            select(USERS)
            .join(API_TOKENS, API_TOKENS.c.user_name == USERS.c.name)
            .where(API_TOKENS.c.token_hash == token_hash)
            .where((API_TOKENS.c.expires_at.is_(None)) | (API_TOKENS.c.expires_at > now))
        )
        with self._connect(write=False) as connection:
            row = connection.execute(statement).one_or_none()
        return None if row is None else _user(row)

    def add_session(
        self, session_hash: str, *, user_name: str, csrf_token: str, now: datetime, expires_at: datetime
    ) -> None:
        with self._connect(write=True) as connection:
            connection.execute(delete(WEB_SESSIONS).where(WEB_SESSIONS.c.expires_at <= now))
            connection.execute(
                insert(WEB_SESSIONS).values(
                    session_hash=session_hash,
                    user_name=user_name,
                    csrf_token=csrf_token,
                    created_at=now,
                    expires_at=expires_at,
                )
            )

    def find_session(self, session_hash: str, *, now: datetime) -> WebSession | None:
        """The unexpired session with this digest, with its user."""
        statement = (
            select(USERS, WEB_SESSIONS.c.csrf_token, WEB_SESSIONS.c.expires_at)
            .join(WEB_SESSIONS, WEB_SESSIONS.c.user_name == USERS.c.name)
            .where(WEB_SESSIONS.c.session_hash == session_hash, WEB_SESSIONS.c.expires_at > now)
        )
        with self._connect(write=False) as connection:
            row = connection.execute(statement).one_or_none()
        if row is None:
            return None
        return WebSession(user=_user(row), csrf_token=row.csrf_token, expires_at=row.expires_at)

    def delete_session(self, session_hash: str) -> None:
        with self._connect(write=True) as connection:
            connection.execute(delete(WEB_SESSIONS).where(WEB_SESSIONS.c.session_hash == session_hash))

    def record_login_attempt(self, *, user_name: str, client_ip: str, succeeded: bool, at: datetime) -> None:
        with self._connect(write=True) as connection:
            connection.execute(
                delete(LOGIN_ATTEMPTS).where(
                    LOGIN_ATTEMPTS.c.at < at - ATTEMPT_RETENTION,
                )
            )
            connection.execute(
                insert(LOGIN_ATTEMPTS).values(
                    user_name=user_name[:64], client_ip=client_ip[:64], at=at, succeeded=succeeded
                )
            )

    def failed_attempts(
        self, *, since: datetime, user_name: str | None = None, client_ip: str | None = None
    ) -> FailedAttempts:
        """Failed attempts since a time (for a user: only those after the user's last success)."""
        conditions: list[Any] = [LOGIN_ATTEMPTS.c.at >= since, LOGIN_ATTEMPTS.c.succeeded.is_(False)]
        with self._connect(write=False) as connection:
            if user_name is not None:
                conditions.append(LOGIN_ATTEMPTS.c.user_name == user_name)
                last_success = connection.execute(
                    select(func.max(LOGIN_ATTEMPTS.c.at)).where(
                        LOGIN_ATTEMPTS.c.user_name == user_name, LOGIN_ATTEMPTS.c.succeeded.is_(True)
                    )
                ).scalar_one_or_none()
                if last_success is not None:
                    conditions.append(LOGIN_ATTEMPTS.c.at > last_success)
            if client_ip is not None:
                conditions.append(LOGIN_ATTEMPTS.c.client_ip == client_ip)
            row = connection.execute(
                select(func.count(), func.min(LOGIN_ATTEMPTS.c.at)).where(*conditions)
            ).one()
        # min() keeps the column's type, so `oldest` comes back as an aware UTC datetime.
        count, oldest = row
        return FailedAttempts(count=count, oldest=oldest)


def _user(row: Row[Any]) -> User:
    return User(
        name=row.name,
        role=UserRole(row.role),
        created_at=row.created_at,
        password_changed_at=row.password_changed_at,
    )
