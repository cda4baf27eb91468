"""Sending one plain-text mail through an SMTP relay (smtplib), with optional STARTTLS and auth.

Message text is data handed to `email.message.EmailMessage`, never pasted into code (spam-gear's
emergency-mail pasted the report into inline Python). Header values are stripped of line breaks.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from spamgear.errors import NotifyError


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


def send(relay: Relay, sender: str, recipients: Sequence[str], subject: str, body: str) -> None:
    """Submit one message; NotifyError (one line) when the relay cannot be used."""
    if not relay.host:
        raise NotifyError("no SMTP relay configured")
    if not recipients:
        raise NotifyError("no recipients configured")
    msg = build_message(sender, recipients, subject, body)
    try:
        with smtplib.SMTP(relay.host, relay.port, timeout=relay.timeout) as smtp:
            smtp.ehlo()
            if relay.starttls:
                context = ssl.create_default_context(cafile=relay.ca_file or None)
                smtp.starttls(context=context)
                smtp.ehlo()
            if relay.username:
                smtp.login(relay.username, relay.password)
            refused = smtp.send_message(msg, from_addr=sender, to_addrs=list(recipients))
    except (smtplib.SMTPException, OSError, ssl.SSLError) as err:
        raise NotifyError(f"mail via {relay.host}:{relay.port} failed: {err}") from err
    if refused:
        raise NotifyError(f"mail via {relay.host}:{relay.port}: refused for {', '.join(sorted(refused))}")
