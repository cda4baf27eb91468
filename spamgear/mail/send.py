"""Sending one plain-text mail through an SMTP relay (smtplib), with optional STARTTLS and auth.

Message text is data handed to `email.message.EmailMessage`, never pasted into code (spam-gear's
emergency-mail pasted the report into inline Python). Header values are stripped of line breaks.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import TYPE_CHECKING

from spamgear.errors import NotifyError

if TYPE_CHECKING:
    from spamgear.config import SmtpConfig


@dataclass(frozen=True)
class Relay:
    """Where and how to submit."""

    host: str
    port: int = 25
    starttls: bool = False
    username: str = ""
    password: str = ""
    timeout: float = 30.0
    ca_file: str = ""

    @classmethod
    def from_config(cls, smtp: SmtpConfig) -> Relay:
        """The ordinary `smtp.*` relay (notices, reports)."""
        return cls(
            smtp.host, smtp.port, smtp.starttls, smtp.username, smtp.password, smtp.timeout, smtp.ca_file
        )

    @classmethod
    def emergency_from_config(cls, smtp: SmtpConfig) -> Relay:
        """The outside relay for `emergency-mail` (`smtp.emergency_*`): local mail may be what is broken."""
        return cls(
            smtp.emergency_host,
            smtp.emergency_port,
            smtp.emergency_starttls,
            smtp.emergency_username,
            smtp.emergency_password,
            smtp.timeout,
            smtp.emergency_ca_file,
        )


def one_line(text: str, limit: int = 900) -> str:
    """A header-safe value: no CR/LF or other control characters, bounded length."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in text)
    return cleaned[:limit]


def build_message(sender: str, recipients: Sequence[str], subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = one_line(sender)
    msg["To"] = ", ".join(one_line(r) for r in recipients)
    msg["Subject"] = one_line(subject)
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=one_line(socket.getfqdn()) or None)
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(body)
    return msg


@contextmanager
def session(relay: Relay) -> Iterator[smtplib.SMTP]:
    """An SMTP session after EHLO, STARTTLS and AUTH as configured; NotifyError when it cannot be had.

    Errors raised while the caller sends inside the session are mapped the same way.
    """
    if not relay.host:
        raise NotifyError("no SMTP relay configured")
    try:
        with smtplib.SMTP(relay.host, relay.port, timeout=relay.timeout) as smtp:
            smtp.ehlo()
            if relay.starttls:
                context = ssl.create_default_context(cafile=relay.ca_file or None)
                smtp.starttls(context=context)
                smtp.ehlo()
            if relay.username:
                smtp.login(relay.username, relay.password)
            yield smtp
    except (smtplib.SMTPException, OSError, ssl.SSLError) as err:
        raise NotifyError(f"mail via {relay.host}:{relay.port} failed: {err}") from err


def send(relay: Relay, sender: str, recipients: Sequence[str], subject: str, body: str) -> None:
    """Submit one message; NotifyError (one line) when the relay cannot be used."""
    if not recipients:
        raise NotifyError("no recipients configured")
    msg = build_message(sender, recipients, subject, body)
    with session(relay) as smtp:
        refused = smtp.send_message(msg, from_addr=sender, to_addrs=list(recipients))
    if refused:
        raise NotifyError(f"mail via {relay.host}:{relay.port}: refused for {', '.join(sorted(refused))}")
