"""`waqia serve` and `waqia user add|list|remove|set-role|set-password|token`: the dashboard's commands."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from waqia.errors import ConfigError
from waqia.store import open_store
from waqia.store.accounts import AccountStore, UserRole

if TYPE_CHECKING:
    from argon2 import PasswordHasher

DEFAULT_DB = "waqia.db"
DB_HELP = "SQLite file path or SQLAlchemy URL (sqlite:///..., postgresql://user@host:port/db)."
PASSWORD_ENV = "WAQIA_PASSWORD"
WEB_EXTRA_HINT = "install the web extra: pip install 'waqia[web]'"

DbOption = Annotated[str, typer.Option("--db", envvar="WAQIA_DB", help=DB_HELP)]
NameArgument = Annotated[str, typer.Argument(help="The user name (lower-case letters, digits, . _ -).")]

user_app = typer.Typer(help="Manage dashboard users, their roles and API tokens.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add `serve` and the `user` commands to the main `waqia` app."""
    app.command(name="serve")(serve)
    app.add_typer(user_app, name="user")


def _now() -> datetime:
    return datetime.now(UTC)


@contextmanager
def _accounts(db: str) -> Iterator[AccountStore]:
    store = open_store(db)
    try:
        yield AccountStore(store.engine)
    finally:
        store.close()


def _hasher() -> PasswordHasher:
    try:
        from waqia.web.auth import make_password_hasher
    except ImportError as error:
        raise ConfigError(f"the web dependencies are missing ({error.name})", hint=WEB_EXTRA_HINT) from error
    return make_password_hasher()


def _read_password(*, confirm: bool) -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    password: str = typer.prompt("Password", hide_input=True, confirmation_prompt=confirm)
    return password


def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port (0: any free port).")] = 8000,
    anonymous_read: Annotated[
        bool, typer.Option("--anonymous-read", help="Let visitors read without signing in (never write).")
    ] = False,
    secure_cookies: Annotated[
        bool | None,
        typer.Option(
            "--secure-cookies/--no-secure-cookies",
            help="Mark cookies Secure (default: when the request came over https).",
        ),
    ] = None,
    tile_url: Annotated[
        str | None,
        typer.Option("--tile-url", help="Map tile URL template ({z}/{x}/{y}); '' for no base map."),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Worker processes (one per core serves the most).")
    ] = 1,
    log_level: Annotated[str, typer.Option("--log-level", help="uvicorn log level.")] = "info",
) -> None:
    """Serve the dashboard and the REST API (docs at /docs) with uvicorn."""
    try:
        import uvicorn

        from waqia.web import WebSettings, create_app
        from waqia.web.app import DB_ENV, SETTINGS_ENV
        from waqia.web.settings import DEFAULT_TILE_URL, encode_settings
    except ImportError as error:
        raise ConfigError(f"the web dependencies are missing ({error.name})", hint=WEB_EXTRA_HINT) from error
    settings = WebSettings(
        anonymous_read=anonymous_read,
        secure_cookies=secure_cookies,
        tile_url=DEFAULT_TILE_URL if tile_url is None else tile_url,
    )
    console = Console(stderr=True)
    if not _is_loopback(host) and secure_cookies is not True:
        console.print(
            f"[yellow]warning[/yellow] listening on {host} without --secure-cookies: put waqia behind an "
            "https reverse proxy, or passwords and session cookies cross the network in clear text.",
            highlight=False,
        )
    store = open_store(db)
    try:
        if not AccountStore(store.engine).list_users() and not anonymous_read:
            console.print(
                "[yellow]warning[/yellow] no users yet: add one with `waqia user add NAME --role admin`, "
                "or serve with --anonymous-read.",
                highlight=False,
            )
        console.print(
            f"waqia serving {store.url} on http://{host}:{port}/ (API docs: /docs)", highlight=False
        )
        if workers == 1:
            app = create_app(store=store, settings=settings)
            uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=True)
            return
    finally:
        store.close()
    # Each worker process opens its own store from the environment (SQLite's WAL lets them all read).
    os.environ[DB_ENV] = db
    os.environ[SETTINGS_ENV] = encode_settings(settings)
    uvicorn.run(
        "waqia.web.app:create_app_from_environment",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level=log_level,
        proxy_headers=True,
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@user_app.command("add")
def add_user(
    name: NameArgument,
    role: Annotated[UserRole, typer.Option("--role", help="viewer, editor or admin.")] = UserRole.VIEWER,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Add a user; the password is read from a prompt, or from WAQIA_PASSWORD in scripts."""
    from waqia.web.auth import check_password, create_user

    hasher = _hasher()
    password = check_password(_read_password(confirm=True))
    with _accounts(db) as accounts:
        user = create_user(accounts, name, role=role, password=password, hasher=hasher, now=_now())
    Console(stderr=True).print(f"added {user.name} ({user.role.value})", highlight=False)


@user_app.command("list")
def list_users(db: DbOption = DEFAULT_DB) -> None:
    """List users with their roles and API tokens."""
    with _accounts(db) as accounts:
        users = accounts.list_users()
        tokens = accounts.list_tokens()
    table = Table(title=f"{len(users)} users")
    for column in ("name", "role", "created", "password changed", "API tokens"):
        table.add_column(column)
    for user in users:
        own = [token for token in tokens if token.user_name == user.name]
        table.add_row(
            user.name,
            user.role.value,
            user.created_at.strftime("%Y-%m-%d"),
            user.password_changed_at.strftime("%Y-%m-%d"),
            ", ".join(
                f"{token.token_id} ({token.label})" if token.label else token.token_id for token in own
            ),
        )
    Console().print(table)


@user_app.command("remove")
def remove_user(
    name: NameArgument,
    db: DbOption = DEFAULT_DB,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Remove a user with their sessions and tokens (their review records keep the name)."""
    if not yes:
        typer.confirm(f"Remove {name}?", abort=True)
    with _accounts(db) as accounts:
        accounts.remove_user(name)
    Console(stderr=True).print(f"removed {name}", highlight=False)


@user_app.command("set-role")
def set_role(
    name: NameArgument,
    role: Annotated[UserRole, typer.Argument(help="viewer, editor or admin.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Change a user's role."""
    with _accounts(db) as accounts:
        user = accounts.set_role(name, role)
    Console(stderr=True).print(f"{user.name} is now {user.role.value}", highlight=False)


@user_app.command("set-password")
def set_password(name: NameArgument, db: DbOption = DEFAULT_DB) -> None:
    """Set a new password (prompt or WAQIA_PASSWORD); the user's sessions are signed out."""
    from waqia.web.auth import hash_password

    hasher = _hasher()
    password = _read_password(confirm=True)
    with _accounts(db) as accounts:
        accounts.set_password_hash(name, hash_password(hasher, password), now=_now())
    Console(stderr=True).print(f"password of {name} changed", highlight=False)


@user_app.command("token")
def token(
    name: NameArgument,
    label: Annotated[str, typer.Option("--label", help="What the token is for.")] = "",
    expires_days: Annotated[
        int | None, typer.Option("--expires-days", min=1, help="Valid this many days (default: no expiry).")
    ] = None,
    revoke: Annotated[
        str | None, typer.Option("--revoke", help="Revoke the token with this id instead of creating one.")
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Create an API token for a user (printed once), or revoke one with --revoke ID."""
    from waqia.web.auth import issue_api_token

    with _accounts(db) as accounts:
        if revoke is not None:
            if not accounts.revoke_token(revoke):
                raise ConfigError(
                    f"no API token with id {revoke!r}", hint="see the ids with `waqia user list`"
                )
            Console(stderr=True).print(f"revoked token {revoke}", highlight=False)
            return
        lifetime = None if expires_days is None else timedelta(days=expires_days)
        record, secret = issue_api_token(accounts, name, label=label, now=_now(), lifetime=lifetime)
    Console(stderr=True).print(
        f"token {record.token_id} for {name}"
        + (f", expires {record.expires_at:%Y-%m-%d}" if record.expires_at else "")
        + ". It is shown only now; send it as 'Authorization: Bearer TOKEN'.",
        highlight=False,
    )
    typer.echo(secret)
