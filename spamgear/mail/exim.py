"""Exim mainlog `<=` (message arrival) lines -> `SendEvent`. Pure.

`2016-04-26 13:42:37 1aupQH-0001xY-Ab <= www-data@web1.example.org U=www-data P=local S=1834` (local
submission, `U=`) and `... <= info@example.com H=(WIN-7F3K2) [203.0.113.7] P=esmtpa A=dovecot_login:bob
S=2345` (SMTP, HELO in parentheses or the host name, `A=` authenticator:id). Exim writes the year and,
with `log_timezone`, an offset; an optional `[pid]` (log_selector +pid) is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta, timezone

from spamgear.mail.records import SendEvent, canonical_ip
from spamgear.mail.stamps import reference_tz

MAX_LINE = 8192
LINE_RE = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d) (?P<h>\d\d):(?P<mi>\d\d):(?P<s>\d\d)(?:\.\d{1,6})?"
    r"(?: (?P<tz>[+-]\d{4}))?(?: \[\d{1,10}\])? (?P<id>[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) "
    r"<= (?P<rest>.*)$"
)
U_RE = re.compile(r" U=(\S{1,256})")
A_RE = re.compile(r" A=[\w-]{1,64}:(\S{1,256})")
# H=name (helo) [ip]  |  H=(helo) [ip]  |  H=name [ip]; the HELO text may hold spaces in parentheses.
H_RE = re.compile(
    r" H=(?P<name>[^\s(\[]{0,255}) ?(?:\((?P<helo>[^)]{0,255})\) ?)?\[(?P<ip>[0-9A-Fa-f:.]{2,45})\]"
)


def _time(m: re.Match[str], now: datetime) -> datetime | None:
    try:
        if m["tz"]:
            sign = -1 if m["tz"][0] == "-" else 1
            tz: timezone | object = timezone(
                sign * timedelta(hours=int(m["tz"][1:3]), minutes=int(m["tz"][3:5]))
            )
        else:
            tz = reference_tz(now)
        return datetime(
            int(m["y"]),
            int(m["mo"]),
            int(m["d"]),
            int(m["h"]),
            int(m["mi"]),
            int(m["s"]),
            tzinfo=tz,  # type: ignore[arg-type]
        )
    except ValueError:
        return None


def parse_line(line: str, now: datetime) -> SendEvent | None:
    """One `SendEvent` for a `<=` line (None for anything else); never raises."""
    line = line[:MAX_LINE].rstrip("\r\n")
    m = LINE_RE.match(line)
    if m is None:
        return None
    when = _time(m, now)
    if when is None:
        return None
    rest = " " + m["rest"]
    user, auth = "", False
    a = A_RE.search(rest)
    if a:
        user, auth = a.group(1), True
    else:
        u = U_RE.search(rest)
        if u:
            user = u.group(1)
    helo, ip = "", ""
    h = H_RE.search(rest)
    if h:
        helo = h["helo"] if h["helo"] is not None else h["name"]
        ip = canonical_ip(h["ip"])
    if not user and not helo and not ip:
        return None
    return SendEvent(time=when, user=user, ip=ip, raw=line, helo=helo, auth=auth)


def parse(lines: Iterable[str], now: datetime) -> Iterator[SendEvent]:
    for line in lines:
        if " <= " not in line:
            continue
        event = parse_line(line, now)
        if event is not None:
            yield event
