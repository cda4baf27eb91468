"""Records the mail-log parsers produce. Frozen and behaviour-free so policies can share them."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class AuthEvent:
    """One SASL authentication seen by the MTA.

    `unknown` is true when the client had no (forward-confirmed) reverse name, i.e. `client=unknown[ip]`.
    `success` is false for `SASL ... authentication failed` lines: those name a user an attacker chose,
    so policies must never count them against that user.
    """

    time: datetime
    user: str
    ip: str
    client_name: str
    unknown: bool
    success: bool
    raw: str


@dataclass(frozen=True)
class SendEvent:
    """One message submitted through the MTA or a webmail (exim `<=`, roundcube, Horde/IMP).

    `user` is the local (`U=`) or authenticated (`A=`, webmail login) sender, `auth` tells which;
    `helo` is the SMTP client's HELO name (exim only), `ip` the client address when logged.
    """

    time: datetime
    user: str
    ip: str
    raw: str
    helo: str = ""
    auth: bool = False


@dataclass(frozen=True)
class ScriptMail:
    """One mail sent by a PHP script (PHP `mail.log`, phpsendmail wrapper, sendmail2relay wrapper).

    `time` is None for PHP `mail.log` lines without a date (older PHP); those are read whole-file.
    """

    time: datetime | None
    path: str
    user: str
    raw: str


def canonical_ip(text: str | None) -> str:
    """The address in canonical form, or "" when `text` is not an IP (log fields are attacker text)."""
    if not text:
        return ""
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return ""
