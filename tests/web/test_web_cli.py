"""`waqia user ...` and `waqia serve` through Typer's CliRunner (on an app that registers them)."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from waqia.cli.main import WaqiaGroup
from waqia.cli.web import register
from waqia.store import open_store
from waqia.store.accounts import AccountStore, UserRole
from waqia.web import WebSettings, create_app

runner = CliRunner()
PASSWORD = "a passphrase for tests"


@pytest.fixture
def app() -> typer.Typer:
    built = typer.Typer(cls=WaqiaGroup, no_args_is_help=True)

    @built.callback()
    def _root() -> None:
        """waqia (test app)."""

    register(built)
    return built


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def _roles(db: str) -> dict[str, UserRole]:
    store = open_store(db)
    try:
        return {user.name: user.role for user in AccountStore(store.engine).list_users()}
    finally:
        store.close()


def test_user_commands_add_list_change_and_remove(app: typer.Typer, db: str) -> None:
    added = runner.invoke(
        app, ["user", "add", "ali", "--role", "editor", "--db", db], env={"WAQIA_PASSWORD": PASSWORD}
    )
    assert added.exit_code == 0, added.output
    assert _roles(db) == {"ali": UserRole.EDITOR}
    listed = runner.invoke(app, ["user", "list", "--db", db])
    assert "ali" in listed.output
    assert "editor" in listed.output
    changed = runner.invoke(app, ["user", "set-role", "ali", "admin", "--db", db])
    assert changed.exit_code == 0
    assert _roles(db) == {"ali": UserRole.ADMIN}
    removed = runner.invoke(app, ["user", "remove", "ali", "--yes", "--db", db])
    assert removed.exit_code == 0
    assert _roles(db) == {}


def test_the_password_can_come_from_a_prompt(app: typer.Typer, db: str) -> None:
    result = runner.invoke(app, ["user", "add", "rae", "--db", db], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert _roles(db) == {"rae": UserRole.VIEWER}


@pytest.mark.parametrize(
    ("args", "password", "message"),
    [
        (["user", "add", "Bad Name"], PASSWORD, "not a valid user name"),
        (["user", "add", "shorty"], "short", "characters"),
        (["user", "set-role", "ghost", "admin"], PASSWORD, "no user named 'ghost'"),
        (["user", "remove", "ghost", "--yes"], PASSWORD, "no user named 'ghost'"),
        (["user", "token", "ghost"], PASSWORD, "no user named 'ghost'"),
        (["user", "token", "x", "--revoke", "nope"], PASSWORD, "no API token with id 'nope'"),
    ],
)
def test_user_command_errors_are_one_line_with_exit_code_2(
    app: typer.Typer, db: str, args: list[str], password: str, message: str
) -> None:
    result = runner.invoke(app, [*args, "--db", db], env={"WAQIA_PASSWORD": password})
    assert result.exit_code == 2
    assert message in result.output


def test_an_unknown_role_is_a_usage_error(app: typer.Typer, db: str) -> None:
    result = runner.invoke(
        app, ["user", "add", "kai", "--role", "root", "--db", db], env={"WAQIA_PASSWORD": PASSWORD}
    )
    assert result.exit_code == 2
    assert _roles(db) == {}


def test_a_token_from_the_cli_authenticates_api_calls_until_revoked(app: typer.Typer, db: str) -> None:
    runner.invoke(
        app, ["user", "add", "bot", "--role", "viewer", "--db", db], env={"WAQIA_PASSWORD": PASSWORD}
    )
    created = runner.invoke(app, ["user", "token", "bot", "--label", "nightly export", "--db", db])
    assert created.exit_code == 0, created.output
    secret = created.stdout.strip().splitlines()[-1]
    assert secret.startswith("wq_")
    token_id = secret.split("_")[1]
    store = open_store(db)
    try:
        client = TestClient(create_app(store=store, settings=WebSettings(tile_url="")))
        headers = {"Authorization": f"Bearer {secret}"}
        assert client.get("/api/v1/me", headers=headers).json()["user"]["name"] == "bot"
        listed = runner.invoke(app, ["user", "list", "--db", db])
        assert token_id in listed.output
        revoked = runner.invoke(app, ["user", "token", "bot", "--revoke", token_id, "--db", db])
        assert revoked.exit_code == 0
        assert client.get("/api/v1/me", headers=headers).status_code == 401
    finally:
        store.close()


def test_serve_is_registered_with_its_options(app: typer.Typer) -> None:
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--anonymous-read", "--host", "--port", "--secure-cookies", "--tile-url"):
        assert option in result.output


def test_worker_processes_rebuild_the_app_from_the_environment(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import timedelta

    from waqia.web.app import DB_ENV, SETTINGS_ENV, create_app_from_environment
    from waqia.web.settings import decode_settings, encode_settings

    settings = WebSettings(anonymous_read=True, tile_url="", login_window=timedelta(minutes=3))
    assert decode_settings(encode_settings(settings)) == settings
    monkeypatch.setenv(DB_ENV, db)
    monkeypatch.setenv(SETTINGS_ENV, encode_settings(settings))
    app = create_app_from_environment()
    try:
        client = TestClient(app)
        assert client.get("/api/v1/events").json()["total"] == 0, "anonymous reading was handed over"
    finally:
        app.state.context.store.close()
