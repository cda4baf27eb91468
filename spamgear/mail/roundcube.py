"""Roundcube `logs/sendmail` lines -> `SendEvent`. Pure.

`[26-Apr-2016 13:42:37 +0200]: User alice [203.0.113.5]; Message for bob@example.net; 250: 2.0.0 Ok`
and, newer Roundcube, `[26-Apr-2016 13:42:37 +0200]: <abcd1234> User alice [203.0.113.5]; Message
<id@host> for ...`. spam-gear took the 5th word as the user, so the session tag moved it and every line
counted under `User`; here the tag is optional and skipped. The zone is honoured when present.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Iterator
from datetime import datetime

from spamgear.mail.records import SendEvent
from spamgear.mail.stamps import MONTHS, offset_tz

MAX_LINE = 8192
LINE_RE = re.compile(
    r"\[(?P<d>\d{1,2})-(?P<mon>[A-Z][a-z]{2})-(?P<y>\d{4}) (?P<h>\d\d):(?P<mi>\d\d):(?P<s>\d\d)"
    r"(?: (?P<tz>[+-]\d\d:?\d\d|Z|UTC))?\]: (?:<[\w.-]{1,64}> )?User (?P<user>[^\s\[\]]{1,256}) "
    r"\[(?P<ip>[0-9A-Fa-f:.]{2,45})\]; Message "
)


def parse_line(line: str, now: datetime) -> SendEvent | None:
    line = line[:MAX_LINE].rstrip("\r\n")
    m = LINE_RE.match(line)
    if m is None:
        return None
    month = MONTHS.get(m["mon"])
    if month is None:
        return None
    try:
        tz = offset_tz("Z" if m["tz"] == "UTC" else m["tz"], now)
        when = datetime(int(m["y"]), month, int(m["d"]), int(m["h"]), int(m["mi"]), int(m["s"]), tzinfo=tz)
        ip = str(ipaddress.ip_address(m["ip"]))
    except ValueError:
        return None
    return SendEvent(time=when, user=m["user"], ip=ip, raw=line, auth=True)


def parse(lines: Iterable[str], now: datetime) -> Iterator[SendEvent]:
    for line in lines:
        if "User " not in line:
            continue
        event = parse_line(line, now)
        if event is not None:
            yield event
