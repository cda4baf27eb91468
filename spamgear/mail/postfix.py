"""Postfix smtpd SASL lines -> `AuthEvent`. Pure: the reference time for syslog's missing year is passed in.

Successful logins are the queue-file lines smtpd writes after AUTH:
`Apr 26 13:42:37 mail postfix/smtpd[1234]: 4A5B6C7D8E: client=unknown[203.0.113.5], sasl_method=LOGIN,
sasl_username=alice`. Failed logins (`warning: unknown[ip]: SASL LOGIN authentication failed: ...,
sasl_username=alice`) are returned with `success=False`; spam-gear counted every `sasl_username=` line, so
anybody could get an account locked by failing logins in its name. The policy (`abuse.py`) skips them.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Iterable, Iterator
from datetime import datetime

from spamgear.mail.records import AuthEvent
from spamgear.mail.stamps import SYSLOG_RE, leading_time, syslog_time

#: Lines longer than this are cut before matching: bounds regex work on hostile input.
MAX_LINE = 8192
MAX_USER = 256

_PROGRAM = r" \S{1,255} postfix[\w.-]{0,64}(?:/[\w.-]{1,64}){0,3}/smtpd\[\d{1,10}\]: "
SUCCESS_RE = re.compile(
    _PROGRAM + r"(?:[0-9A-Za-z]{5,20}|NOQUEUE): client=(?P<name>[^\[\]\s]{0,255})\[(?P<ip>[^\]\s]{1,64})\]"
    r"(?::\d{1,5})?, sasl_method=(?P<method>[\w.-]{1,32}), sasl_username=(?P<rest>.*)$"
)
FAILURE_RE = re.compile(
    _PROGRAM + r"warning: (?P<name>[^\[\]\s]{0,255})\[(?P<ip>[^\]\s]{1,64})\](?::\d{1,5})?: "
    r"SASL (?P<method>[\w.-]{1,32}) authentication failed: .*?, sasl_username=(?P<rest>.*)$"
)

#: The common case in one match: a syslog stamp followed by a successful login.
FAST_RE = re.compile(SYSLOG_RE.pattern + SUCCESS_RE.pattern)


def _user(rest: str) -> str | None:
    """The user name: everything up to `, sasl_sender=` (Postfix adds it) or the end of the line."""
    user = rest.rstrip("\r\n").partition(", sasl_sender=")[0].rstrip()
    if not user or len(user) > MAX_USER:
        return None
    return user


_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
#: Canonical dotted quads need no `ipaddress` round trip (it is most of the parse time otherwise).
IPV4_RE = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")


def _ip(text: str) -> str | None:
    if IPV4_RE.fullmatch(text):
        return text
    return _ip_slow(text)


@functools.lru_cache(maxsize=4096)
def _ip_slow(text: str) -> str | None:
    if text.lower().startswith("ipv6:"):
        text = text[5:]
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return None


def parse_line(line: str, now: datetime) -> AuthEvent | None:
    """An `AuthEvent` for a SASL success or failure line, None for anything else (never raises)."""
    line = line[:MAX_LINE].rstrip("\r\n")
    m = FAST_RE.match(line)
    if m is not None:
        fast_when = syslog_time(m["mon"], m["day"], m["h"], m["m"], m["s"], now)
        if fast_when is None:
            return None
        return _event(m, fast_when, True, line)
    stamped = leading_time(line, now)
    if stamped is None:
        return None
    when, pos = stamped
    success = True
    m = SUCCESS_RE.match(line, pos)
    if m is None:
        if "authentication failed" not in line:
            return None
        m = FAILURE_RE.match(line, pos)
        if m is None:
            return None
        success = False
    return _event(m, when, success, line)


def _event(m: re.Match[str], when: datetime, success: bool, line: str) -> AuthEvent | None:
    user = _user(m["rest"])
    ip = _ip(m["ip"])
    if user is None or ip is None:
        return None
    name = m["name"]
    return AuthEvent(
        time=when,
        user=user,
        ip=ip,
        client_name=name,
        unknown=name == "unknown",
        success=success,
        raw=line,
    )


def parse(lines: Iterable[str], now: datetime) -> Iterator[AuthEvent]:
    """Every SASL event in `lines`, in order; streams."""
    for line in lines:
        if "sasl_username=" not in line:
            continue
        event = parse_line(line, now)
        if event is not None:
            yield event
