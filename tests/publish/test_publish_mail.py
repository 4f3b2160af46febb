"""SMTP settings from the environment and delivery to a real SMTP server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

from waqia.errors import ConfigError
from waqia.publish.mail import (
    DeliveryError,
    SmtpSettings,
    TlsMode,
    build_message,
    read_smtp_settings,
    send_message,
)

from .smtp_server import HOST, Certificate, make_certificate, running_smtp_server

BASE_ENV = {
    "WAQIA_SMTP_HOST": "smtp.example.org",
    "WAQIA_SMTP_FROM": "waqia <digest@example.org>",
    "WAQIA_SMTP_TO": "desk@example.org, Editor <editor@example.org>",
}


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    return make_certificate(tmp_path_factory.mktemp("tls"))


def test_settings_from_the_environment() -> None:
    settings = read_smtp_settings({**BASE_ENV, "WAQIA_SMTP_USER": "bot", "WAQIA_SMTP_PASSWORD": "s3cret"})
    assert (settings.host, settings.port, settings.tls) == ("smtp.example.org", 587, TlsMode.STARTTLS)
    assert settings.sender == "digest@example.org"
    assert settings.recipients == ("desk@example.org", "editor@example.org")
    assert (settings.user, settings.password) == ("bot", "s3cret")
    assert "s3cret" not in repr(settings)


@pytest.mark.parametrize(("tls", "port"), [("ssl", 465), ("none", 25), ("STARTTLS", 587)])
def test_the_default_port_follows_the_tls_mode(tls: str, port: int) -> None:
    settings = read_smtp_settings({**BASE_ENV, "WAQIA_SMTP_TLS": tls})
    assert settings.port == port


@pytest.mark.parametrize(
    ("changes", "variable"),
    [
        ({"WAQIA_SMTP_HOST": ""}, "WAQIA_SMTP_HOST"),
        ({"WAQIA_SMTP_FROM": " "}, "WAQIA_SMTP_FROM"),
        ({"WAQIA_SMTP_TO": ""}, "WAQIA_SMTP_TO"),
        ({"WAQIA_SMTP_TO": "not an address"}, "WAQIA_SMTP_TO"),
        ({"WAQIA_SMTP_FROM": "a@example.org, b@example.org"}, "WAQIA_SMTP_FROM"),
        ({"WAQIA_SMTP_TLS": "tls1.3"}, "WAQIA_SMTP_TLS"),
        ({"WAQIA_SMTP_PORT": "smtp"}, "WAQIA_SMTP_PORT"),
        ({"WAQIA_SMTP_PORT": "70000"}, "WAQIA_SMTP_PORT"),
        ({"WAQIA_SMTP_USER": "bot"}, "WAQIA_SMTP_PASSWORD"),
        ({"WAQIA_SMTP_PASSWORD": "pw"}, "WAQIA_SMTP_USER"),
        ({"WAQIA_SMTP_TLS": "none", "WAQIA_SMTP_USER": "bot", "WAQIA_SMTP_PASSWORD": "pw"}, "WAQIA_SMTP_TLS"),
    ],
)
def test_a_missing_or_bad_setting_names_the_variable_to_set(changes: dict[str, str], variable: str) -> None:
    environ = {key: value for key, value in {**BASE_ENV, **changes}.items() if value is not None}
    with pytest.raises(ConfigError) as raised:
        read_smtp_settings(environ)
    assert variable in str(raised.value)


def test_a_password_in_clear_text_is_allowed_to_the_local_machine() -> None:
    environ = {**BASE_ENV, "WAQIA_SMTP_HOST": "localhost", "WAQIA_SMTP_TLS": "none"}
    settings = read_smtp_settings({**environ, "WAQIA_SMTP_USER": "bot", "WAQIA_SMTP_PASSWORD": "pw"})
    assert settings.tls is TlsMode.NONE


def _message(settings: SmtpSettings) -> object:
    return build_message(
        subject="waqia digest, 2025-09-16: 3 events, 72 killed (terrorist-attacks)",
        text="Totals\n  Events: 3\n",
        html="<html><body><p>Events: <b>3</b></p></body></html>",
        sender=settings.sender,
        recipients=settings.recipients,
    )


def _settings(port: int, tls: TlsMode, **changes: object) -> SmtpSettings:
    values: dict[str, object] = {
        "host": HOST,
        "port": port,
        "tls": tls,
        "sender": "digest@example.org",
        "recipients": ("desk@example.org", "editor@example.org"),
        "timeout": 10.0,
        **changes,
    }
    return SmtpSettings(**values)  # type: ignore[arg-type]


def test_delivery_without_tls_carries_text_and_html_parts() -> None:
    with running_smtp_server() as (inbox, port):
        settings = _settings(port, TlsMode.NONE)
        message = _message(settings)
        send_message(message, settings)  # type: ignore[arg-type]
    (received,) = inbox.received
    assert received.mail_from == "digest@example.org"
    assert received.recipients == ("desk@example.org", "editor@example.org")
    assert received.message["Subject"].startswith("waqia digest, 2025-09-16")
    assert received.message.get_content_type() == "multipart/alternative"
    text = received.message.get_body(preferencelist=("plain",))
    page = received.message.get_body(preferencelist=("html",))
    assert text is not None
    assert page is not None
    assert "Events: 3" in text.get_content()
    assert "<b>3</b>" in page.get_content()
    assert received.message["Message-ID"].endswith("@example.org>")


@pytest.mark.parametrize("tls", [TlsMode.STARTTLS, TlsMode.SSL])
def test_delivery_over_tls_with_a_login(certificate: Certificate, tls: TlsMode) -> None:
    with running_smtp_server(
        certificate=certificate, implicit_tls=tls is TlsMode.SSL, credentials=("bot", "pw")
    ) as (inbox, port):
        settings = _settings(port, tls, user="bot", password="pw", ca_file=str(certificate.cert_file))
        send_message(_message(settings), settings)  # type: ignore[arg-type]
    assert inbox.logins == ["bot"]
    assert len(inbox.received) == 1


def test_a_wrong_password_is_a_delivery_error(certificate: Certificate) -> None:
    with running_smtp_server(certificate=certificate, credentials=("bot", "pw")) as (inbox, port):
        settings = _settings(
            port, TlsMode.STARTTLS, user="bot", password="wrong", ca_file=str(certificate.cert_file)
        )
        with pytest.raises(DeliveryError) as raised:
            send_message(_message(settings), settings)  # type: ignore[arg-type]
    assert "refused the login of bot" in raised.value.message
    assert "WAQIA_SMTP_PASSWORD" in raised.value.hint
    assert inbox.received == []


def test_an_untrusted_certificate_is_refused(certificate: Certificate) -> None:
    with running_smtp_server(certificate=certificate) as (inbox, port):
        settings = _settings(port, TlsMode.STARTTLS)
        with pytest.raises(DeliveryError) as raised:
            send_message(_message(settings), settings)  # type: ignore[arg-type]
    assert "TLS with" in raised.value.message
    assert "WAQIA_SMTP_CA_FILE" in raised.value.hint
    assert inbox.received == []


def test_starttls_to_a_server_without_it_is_a_delivery_error() -> None:
    with running_smtp_server() as (_, port):
        settings = _settings(port, TlsMode.STARTTLS)
        with pytest.raises(DeliveryError, match="does not offer"):
            send_message(_message(settings), settings)  # type: ignore[arg-type]


def test_no_server_is_a_delivery_error_naming_the_address() -> None:
    with running_smtp_server() as (_, port):
        pass
    settings = _settings(port, TlsMode.NONE, timeout=2.0)
    with pytest.raises(DeliveryError) as raised:
        send_message(_message(settings), settings)  # type: ignore[arg-type]
    assert f"{HOST}:{port}" in raised.value.message


def test_a_bad_ca_file_is_a_config_error(tmp_path: Path) -> None:
    settings = _settings(25, TlsMode.SSL, ca_file=str(tmp_path / "missing.pem"))
    with pytest.raises(ConfigError, match="WAQIA_SMTP_CA_FILE"):
        send_message(_message(settings), settings)  # type: ignore[arg-type]
