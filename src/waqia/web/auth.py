"""Passwords (argon2id), API tokens and sessions (stored as digests), and the sign-in rate limit."""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from waqia.errors import ConfigError
from waqia.store.accounts import AccountStore, ApiToken, User, UserRole, WebSession, check_user_name
from waqia.web.settings import WebSettings

LOG = logging.getLogger(__name__)

SESSION_COOKIE = "waqia_session"
# The sign-in form's CSRF token before any session exists (double-submit: cookie and form field).
LOGIN_CSRF_COOKIE = "waqia_login_csrf"
TOKEN_PREFIX = "wq_"
# NIST SP 800-63B: at least 8 characters; long passphrases are allowed, up to a bound that keeps
# hashing cheap for the server.
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 1024


class AuthMethod(StrEnum):
    SESSION = "session"
    TOKEN = "token"
    ANONYMOUS = "anonymous"


@dataclass(frozen=True, slots=True, kw_only=True)
class Identity:
    """Who makes a request: a user signed in by cookie or token, or an anonymous reader."""

    user: User | None
    method: AuthMethod
    csrf_token: str | None = None
    session_hash: str | None = None

    @property
    def name(self) -> str:
        return self.user.name if self.user else "anonymous"

    def allows(self, role: UserRole) -> bool:
        return self.user is not None and self.user.role.allows(role)


@dataclass(frozen=True, slots=True, kw_only=True)
class SignIn:
    """A new session: the cookie value (shown to the browser only) and its record."""

    cookie_value: str
    session: WebSession


class LoginRefusedError(Exception):
    """Wrong user name or password."""


class LoginThrottledError(Exception):
    """Too many failed sign-ins; `retry_after` is in seconds."""

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def make_password_hasher() -> PasswordHasher:
    """argon2id with argon2-cffi's defaults (RFC 9106's low-memory profile)."""
    return PasswordHasher()


def check_password(password: str) -> str:
    if not MIN_PASSWORD_LENGTH <= len(password) <= MAX_PASSWORD_LENGTH:
        raise ConfigError(
            f"the password has {len(password)} characters",
            hint=f"use {MIN_PASSWORD_LENGTH} to {MAX_PASSWORD_LENGTH} characters; a passphrase is best",
        )
    return password


def hash_password(hasher: PasswordHasher, password: str) -> str:
    return hasher.hash(check_password(password))


def digest_secret(secret: str) -> str:
    """sha256 hex of a high-entropy secret (token or session); a slow hash buys nothing for those."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def same_secret(given: str | None, expected: str | None) -> bool:
    """Constant-time comparison that is False when either side is missing or empty."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def create_user(
    accounts: AccountStore,
    name: str,
    *,
    role: UserRole,
    password: str,
    hasher: PasswordHasher,
    now: datetime,
) -> User:
    check_user_name(name)
    return accounts.add_user(name, role=role, password_hash=hash_password(hasher, password), now=now)


def issue_api_token(
    accounts: AccountStore, user_name: str, *, label: str, now: datetime, lifetime: timedelta | None
) -> tuple[ApiToken, str]:
    """Create a token for a user; returns its record and the secret, which is never shown again."""
    token_id = secrets.token_hex(6)
    secret = f"{TOKEN_PREFIX}{token_id}_{secrets.token_urlsafe(32)}"
    token = accounts.add_token(
        user_name,
        token_id=token_id,
        token_hash=digest_secret(secret),
        label=label,
        now=now,
        expires_at=None if lifetime is None else now + lifetime,
    )
    return token, secret


def identify_bearer(accounts: AccountStore, authorization: str, *, now: datetime) -> User | None:
    """The user of an `Authorization: Bearer TOKEN` header, or None when the token is unknown."""
    scheme, _, secret = authorization.partition(" ")
    secret = secret.strip()
    if scheme.lower() != "bearer" or not secret.startswith(TOKEN_PREFIX):
        return None
    return accounts.user_for_token(digest_secret(secret), now=now)


def identify_session(accounts: AccountStore, cookie_value: str, *, now: datetime) -> Identity | None:
    session_hash = digest_secret(cookie_value)
    session = accounts.find_session(session_hash, now=now)
    if session is None:
        return None
    return Identity(
        user=session.user,
        method=AuthMethod.SESSION,
        csrf_token=session.csrf_token,
        session_hash=session_hash,
    )


class LoginGuard:
    """Checks passwords, limits failed attempts per user name and per client address, and opens sessions.

    Failed attempts are stored, so the limit holds across restarts and workers. A refused attempt is
    answered before the password is checked, so guessing stays impossible while the limit holds.
    """

    def __init__(self, accounts: AccountStore, *, settings: WebSettings, hasher: PasswordHasher) -> None:
        self._accounts = accounts
        self._settings = settings
        self._hasher = hasher
        # Verifying against a real hash for unknown names takes as long as for known ones, so timing
        # does not tell which user names exist.
        self._decoy_hash = hasher.hash(secrets.token_urlsafe(16))

    def sign_in(self, name: str, password: str, *, client_ip: str, now: datetime) -> SignIn:
        """Open a session for a correct name and password.

        Raises:
            LoginThrottledError: too many recent failures for this name or this address.
            LoginRefusedError: wrong name or password (the attempt is recorded).
        """
        name = name.strip().lower()[:64]
        self._check_limits(name, client_ip=client_ip, now=now)
        stored = self._accounts.password_hash(name)
        if not self._verify(stored, password):
            self._accounts.record_login_attempt(user_name=name, client_ip=client_ip, succeeded=False, at=now)
            LOG.warning("failed sign-in for %r from %s", name, client_ip)
            raise LoginRefusedError("wrong user name or password")
        if stored is not None and self._hasher.check_needs_rehash(stored):
            self._accounts.update_password_hash(name, self._hasher.hash(password))
        self._accounts.record_login_attempt(user_name=name, client_ip=client_ip, succeeded=True, at=now)
        cookie_value = secrets.token_urlsafe(32)
        csrf_token = new_csrf_token()
        expires_at = now + self._settings.session_lifetime
        self._accounts.add_session(
            digest_secret(cookie_value), user_name=name, csrf_token=csrf_token, now=now, expires_at=expires_at
        )
        session = self._accounts.find_session(digest_secret(cookie_value), now=now)
        if session is None:
            raise LoginRefusedError("the account was removed while signing in")
        LOG.info("%s signed in from %s", name, client_ip)
        return SignIn(cookie_value=cookie_value, session=session)

    def _verify(self, stored: str | None, password: str) -> bool:
        if len(password) > MAX_PASSWORD_LENGTH:
            return False
        try:
            return self._hasher.verify(stored or self._decoy_hash, password) and stored is not None
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def _check_limits(self, name: str, *, client_ip: str, now: datetime) -> None:
        window = self._settings.login_window
        since = now - window
        checks = (
            (
                self._accounts.failed_attempts(since=since, user_name=name),
                self._settings.login_failures_per_user,
                "this account",
            ),
            (
                self._accounts.failed_attempts(since=since, client_ip=client_ip),
                self._settings.login_failures_per_ip,
                "your address",
            ),
        )
        for failures, limit, whom in checks:
            if failures.count >= limit and failures.oldest is not None:
                wait = max(1, math.ceil((failures.oldest + window - now).total_seconds()))
                minutes = math.ceil(wait / 60)
                raise LoginThrottledError(
                    f"too many failed sign-in attempts for {whom}: try again in "
                    f"{minutes} minute{'s' if minutes != 1 else ''}",
                    retry_after=wait,
                )
