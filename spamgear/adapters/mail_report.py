"""Send a short plain-text report to the admins through the `smtp.*` relay (cron mode of checks).

Kept small and separate from per-user notices: a report goes to `smtp.admin` only, and a failure to
send is a `NotifyError` the command turns into one stderr line (cron then mails that line).
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from spamgear.config import SmtpConfig
from spamgear.errors import NotifyError


def build_message(smtp: SmtpConfig, subject: str, body: str, to: Sequence[str]) -> EmailMessage:
    """A text/plain message; the subject is forced onto one line."""
    msg = EmailMessage()
    msg["From"] = smtp.sender
    msg["To"] = ", ".join(to)
    msg["Subject"] = " ".join(subject.split())[:200]
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=smtp.sender.rpartition("@")[2] or None)
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(body)
    return msg


def send_message(smtp: SmtpConfig, msg: EmailMessage) -> None:
    """Deliver via the configured relay (STARTTLS and AUTH when configured); raise NotifyError."""
    try:
        with smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout) as conn:
            if smtp.starttls:
                conn.starttls(context=ssl.create_default_context())
            if smtp.username:
                conn.login(smtp.username, smtp.password)
            conn.send_message(msg)
    except (OSError, smtplib.SMTPException) as err:
        raise NotifyError(f"cannot send mail via {smtp.host}:{smtp.port}: {err}") from err
