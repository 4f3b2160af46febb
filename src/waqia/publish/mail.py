"""Outbound mail over SMTP: settings from the environment, a text + HTML message, one delivery."""

from __future__ import annotations

import logging
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, getaddresses, make_msgid
from enum import StrEnum

from waqia.errors import ConfigError, DeliveryError

logger = logging.getLogger(__name__)

ENV_HOST = "WAQIA_SMTP_HOST"
ENV_PORT = "WAQIA_SMTP_PORT"
ENV_TLS = "WAQIA_SMTP_TLS"
ENV_USER = "WAQIA_SMTP_USER"
ENV_PASSWORD = "WAQIA_SMTP_PASSWORD"
ENV_FROM = "WAQIA_SMTP_FROM"
ENV_TO = "WAQIA_SMTP_TO"
ENV_CA_FILE = "WAQIA_SMTP_CA_FILE"
DEFAULT_TIMEOUT = 30.0
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
MAIL_DOCS = "see docs/analysis.md, 'Sending the digest'"


class TlsMode(StrEnum):
    """How the connection is encrypted: STARTTLS upgrade (port 587), implicit TLS (465), or none."""

    STARTTLS = "starttls"
    SSL = "ssl"
    NONE = "none"


DEFAULT_PORTS = {TlsMode.STARTTLS: 587, TlsMode.SSL: 465, TlsMode.NONE: 25}


@dataclass(frozen=True, slots=True, kw_only=True)
class SmtpSettings:
    """Where and how to send mail; `password` is kept out of repr so it never reaches a log."""

    host: str
    port: int
    tls: TlsMode
    sender: str
    recipients: tuple[str, ...]
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    ca_file: str | None = None
    timeout: float = DEFAULT_TIMEOUT


def _required(environ: Mapping[str, str], name: str, what: str) -> str:
    value = environ.get(name, "").strip()
    if not value:
        raise ConfigError(f"{name} is not set: no {what} to send the digest", hint=f"set {name}; {MAIL_DOCS}")
    return value


def _addresses(value: str, *, name: str) -> tuple[str, ...]:
    addresses = tuple(address for _, address in getaddresses([value]) if address)
    if not addresses or any("@" not in address for address in addresses):
        raise ConfigError(
            f"{name}={value!r} is not a list of e-mail addresses",
            hint=f"set {name} to addresses separated by commas, e.g. desk@example.org",
        )
    return addresses


def read_smtp_settings(environ: Mapping[str, str]) -> SmtpSettings:
    """SMTP settings from WAQIA_SMTP_* variables (pass os.environ).

    Raises:
        ConfigError: a required variable is missing or a value is invalid; the message names the
            variable to set.
    """
    host = _required(environ, ENV_HOST, "SMTP server")
    sender = _addresses(_required(environ, ENV_FROM, "sender address"), name=ENV_FROM)
    if len(sender) != 1:
        raise ConfigError(f"{ENV_FROM} holds {len(sender)} addresses", hint=f"set {ENV_FROM} to one address")
    recipients = _addresses(_required(environ, ENV_TO, "recipient address"), name=ENV_TO)
    tls_value = environ.get(ENV_TLS, TlsMode.STARTTLS.value).strip().lower() or TlsMode.STARTTLS.value
    try:
        tls = TlsMode(tls_value)
    except ValueError as error:
        raise ConfigError(
            f"{ENV_TLS}={tls_value!r} is not a TLS mode", hint=f"set {ENV_TLS} to starttls, ssl or none"
        ) from error
    port_value = environ.get(ENV_PORT, "").strip()
    try:
        port = int(port_value) if port_value else DEFAULT_PORTS[tls]
    except ValueError as error:
        raise ConfigError(
            f"{ENV_PORT}={port_value!r} is not a port number", hint=f"set {ENV_PORT}"
        ) from error
    if not 0 < port < 65536:
        raise ConfigError(f"{ENV_PORT}={port} is out of range", hint=f"set {ENV_PORT} between 1 and 65535")
    user = environ.get(ENV_USER, "").strip() or None
    password = environ.get(ENV_PASSWORD) or None
    if (user is None) != (password is None):
        missing = ENV_PASSWORD if password is None else ENV_USER
        raise ConfigError(f"{missing} is not set", hint=f"set both {ENV_USER} and {ENV_PASSWORD}, or neither")
    if password is not None and tls is TlsMode.NONE and host.lower() not in LOOPBACK_HOSTS:
        raise ConfigError(
            f"{ENV_TLS}=none would send the password to {host} unencrypted",
            hint=f"set {ENV_TLS} to starttls or ssl",
        )
    return SmtpSettings(
        host=host,
        port=port,
        tls=tls,
        sender=sender[0],
        recipients=recipients,
        user=user,
        password=password,
        ca_file=environ.get(ENV_CA_FILE, "").strip() or None,
    )


def build_message(
    *, subject: str, text: str, html: str, sender: str, recipients: tuple[str, ...]
) -> EmailMessage:
    """A multipart/alternative message: the plain-text part first, the HTML part preferred."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = formatdate(usegmt=True)
    # The sender's domain, not the machine's name: make_msgid would otherwise resolve the host name.
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "localhost")
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    return message


def _tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    try:
        return ssl.create_default_context(cafile=settings.ca_file)
    except (OSError, ssl.SSLError) as error:
        raise ConfigError(
            f"{ENV_CA_FILE}={settings.ca_file}: cannot load certificates: {error}",
            hint="give a PEM file of CA certificates, or unset it to use the system's",
        ) from error


def send_message(message: EmailMessage, settings: SmtpSettings) -> None:
    """Deliver the message to every recipient through the configured server.

    Raises:
        DeliveryError: the server cannot be reached, TLS fails, the login or a recipient is refused.
    """
    where = f"{settings.host}:{settings.port}"
    context = _tls_context(settings) if settings.tls is not TlsMode.NONE else None
    try:
        client = (
            smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout, context=context)
            if settings.tls is TlsMode.SSL
            else smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        )
        with client:
            client.ehlo()
            if settings.tls is TlsMode.STARTTLS:
                client.starttls(context=context)
                client.ehlo()
            if settings.user is not None and settings.password is not None:
                client.login(settings.user, settings.password)
            refused = client.send_message(
                message, from_addr=settings.sender, to_addrs=list(settings.recipients)
            )
    except smtplib.SMTPAuthenticationError as error:
        raise DeliveryError(
            f"{where} refused the login of {settings.user}", hint=f"check {ENV_USER} and {ENV_PASSWORD}"
        ) from error
    except smtplib.SMTPNotSupportedError as error:
        raise DeliveryError(
            f"{where} does not offer what the settings need: {error}",
            hint=f"check {ENV_TLS} (starttls, ssl or none) and whether the server wants a login "
            f"({ENV_USER}, {ENV_PASSWORD})",
        ) from error
    except smtplib.SMTPRecipientsRefused as error:
        raise DeliveryError(
            f"{where} refused every recipient: {', '.join(error.recipients)}", hint=f"check {ENV_TO}"
        ) from error
    except ssl.SSLError as error:
        raise DeliveryError(
            f"TLS with {where} failed: {error}",
            hint=f"check {ENV_TLS} and the port; for a private CA set {ENV_CA_FILE}",
        ) from error
    except (smtplib.SMTPException, OSError) as error:
        raise DeliveryError(
            f"cannot send mail through {where}: {error}",
            hint=f"check {ENV_HOST}, {ENV_PORT} and {ENV_TLS}, and that the server is reachable",
        ) from error
    if refused:
        raise DeliveryError(f"{where} refused {', '.join(sorted(refused))}", hint=f"check {ENV_TO}")
    logger.info("mail sent through %s to %d recipient(s)", where, len(settings.recipients))
