"""Horde/IMP `Message sent to` lines -> `SendEvent`. Pure.

Horde 3 / IMP 4: `Apr 26 13:42:37 HORDE [info] [imp] 203.0.113.5 Message sent to bob@example.net from
alice [pid 4242 on line 1410 of "/usr/share/horde3/imp/compose.php"]`; later versions drop the leading
IP and append it after the user as `[ip]` or `(ip)`. spam-gear took the 7th token as the IP (the user
name in the first shape); here the regex the spec suggests is used, plus the trailing forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime

from spamgear.mail.records import SendEvent, canonical_ip
from spamgear.mail.stamps import leading_time

MAX_LINE = 8192
#: After the stamp: `HORDE [info]` (Horde's file log) or `web1 HORDE[12]:` (syslog), then `[imp]`.
BODY_RE = re.compile(
    r"(?: \S{1,64}){1,3}? \[imp\] (?:(?P<ip>[0-9A-Fa-f:.]{2,45}) )?Message sent to (?P<rcpts>.{1,4000}) "
    r"from (?P<user>[^\s\[\]]{1,256})(?: [\[(](?P<ip2>[0-9A-Fa-f:.]{2,45})[\])])?(?: \[pid |\s*$)"
)


def parse_line(line: str, now: datetime) -> SendEvent | None:
    line = line[:MAX_LINE].rstrip("\r\n")
    stamped = leading_time(line, now)
    if stamped is None:
        return None
    when, pos = stamped
    m = BODY_RE.match(line, pos)
    if m is None:
        return None
    ip = canonical_ip(m["ip2"]) or canonical_ip(m["ip"])
    return SendEvent(time=when, user=m["user"], ip=ip, raw=line, auth=True)


def parse(lines: Iterable[str], now: datetime) -> Iterator[SendEvent]:
    for line in lines:
        if "Message sent to" not in line:
            continue
        event = parse_line(line, now)
        if event is not None:
            yield event
