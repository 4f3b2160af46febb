"""A real SMTP server on 127.0.0.1 (aiosmtpd) for the mail tests, with optional TLS and login."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SmtpServer  # noqa: N811 - aiosmtpd names its server class SMTP
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

HOST = "127.0.0.1"


@dataclass(frozen=True, slots=True, kw_only=True)
class Received:
    mail_from: str
    recipients: tuple[str, ...]
    message: EmailMessage


@dataclass
class Inbox:
    """The aiosmtpd handler: keeps every message it accepts."""

    received: list[Received] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    async def handle_DATA(self, server: SmtpServer, session: Session, envelope: Envelope) -> str:  # noqa: N802
        content = envelope.original_content or b""
        parsed = message_from_bytes(content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.received.append(
            Received(mail_from=envelope.mail_from or "", recipients=tuple(envelope.rcpt_tos), message=parsed)
        )
        return "250 Message accepted for delivery"


@dataclass(frozen=True, slots=True, kw_only=True)
class Certificate:
    """A self-signed certificate for 127.0.0.1: the server's key pair and the PEM clients trust."""

    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context


def make_certificate(folder: Path) -> Certificate:
    """A throwaway certificate made with the openssl command; the test skips when it is missing."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is needed to make a test certificate for the TLS mail tests")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", str(key), "-out", str(cert), "-subj", f"/CN={HOST}",
            "-addext", f"subjectAltName=IP:{HOST}",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )  # fmt: skip
    return Certificate(cert_file=cert, key_file=key)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def running_smtp_server(
    *,
    certificate: Certificate | None = None,
    implicit_tls: bool = False,
    credentials: tuple[str, str] | None = None,
) -> Iterator[tuple[Inbox, int]]:
    """An SMTP server on 127.0.0.1: STARTTLS when given a certificate (or TLS from the first byte
    with `implicit_tls`), and a login check when given credentials."""
    inbox = Inbox()
    options: dict[str, Any] = {}
    if credentials is not None:

        def authenticate(
            server: SmtpServer, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
        ) -> AuthResult:
            assert isinstance(auth_data, LoginPassword)
            user, password = auth_data.login.decode(), auth_data.password.decode()
            inbox.logins.append(user)
            # handled=False: aiosmtpd then answers 535 itself instead of leaving the client waiting.
            return AuthResult(success=(user, password) == credentials, handled=False)

        # aiosmtpd only knows a connection is encrypted after STARTTLS, not with implicit TLS.
        options.update(
            authenticator=authenticate, auth_require_tls=certificate is not None and not implicit_tls
        )
    if certificate is not None:
        context = certificate.server_context()
        options.update(ssl_context=context) if implicit_tls else options.update(tls_context=context)
    controller = Controller(inbox, hostname=HOST, port=_free_port(), **options)
    controller.start()
    try:
        yield inbox, controller.port
    finally:
        controller.stop()
