"""PHP mail logs -> `ScriptMail`. Pure. Three sources, one per function:

- PHP's own `mail.log` (`mail.log = /var/log/phpmail.log`): `mail() on [/home/a/x.php:88]: To: ... --
  Headers: ...`, newer PHP with a `[26-Apr-2016 13:42:37 UTC] ` prefix (spam-gear ignored those).
  Eval'd code is logged as `/home/a/x.php(88) : eval()'d code:1`: the real file is `/home/a/x.php`
  whatever the number (spam-gear stripped only `(88)`).
- The phpsendmail wrapper's syslog line: `... sendmail-php url=www.example.org/contact.php,
  client=198.51.100.9, filename=/home/alice/www/contact.php, uid=1473[, user=alice, args=]`. spamgear's
  own wrapper (`hooks/spamgear-phpsendmail`) percent-encodes `%`, `,`, spaces and control characters in
  values, so `filename=` is unquoted here.
- sendmail2relay wrapper lines: `... sendmail2relay user="alice" path="/home/alice/www/sub/tmail.php"`.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from urllib.parse import unquote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from spamgear.mail.records import ScriptMail
from spamgear.mail.stamps import MONTHS, leading_time, reference_tz

MAX_LINE = 8192
MAILLOG_RE = re.compile(
    r"(?:\[(?P<d>\d{1,2})-(?P<mon>[A-Z][a-z]{2})-(?P<y>\d{4}) (?P<h>\d\d):(?P<mi>\d\d):(?P<s>\d\d)"
    r"(?: (?P<tz>[\w/+-]{1,64}))?\] )?mail\(\) on \[(?P<where>.{1,4096}?):(?P<lineno>\d{1,9})\]:"
)
EVAL_SUFFIX_RE = re.compile(
    r"\(\d{1,9}\) : (?:eval\(\)'d code|runtime-created function|assert code|regexp code)$"
)
WRAPPER_RE = re.compile(
    r" sendmail-php url=(?P<url>[^,]{0,2048}), client=(?P<client>[^,]{0,64}), "
    r"filename=(?P<file>[^,]{0,4096}), uid=(?P<uid>-?\d{0,10})(?:, user=(?P<user>[^,]{0,256}))?"
)
RELAY_USER_RE = re.compile(r' user="(?P<user>[^"]{0,256})"')
RELAY_PATH_RE = re.compile(r' path="(?P<path>[^"]{1,4096})"')


def _maillog_time(m: re.Match[str], now: datetime) -> datetime | None:
    if m["y"] is None:
        return None
    month = MONTHS.get(m["mon"])
    if month is None:
        return None
    tz = reference_tz(now)
    if m["tz"]:
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError, OSError):
            tz = ZoneInfo(m["tz"])
    try:
        return datetime(int(m["y"]), month, int(m["d"]), int(m["h"]), int(m["mi"]), int(m["s"]), tzinfo=tz)
    except ValueError:
        return None


def parse_maillog_line(line: str, now: datetime) -> ScriptMail | None:
    """A PHP `mail.log` line; `time` is None for the undated (older PHP) shape."""
    line = line[:MAX_LINE].rstrip("\r\n")
    m = MAILLOG_RE.match(line)
    if m is None:
        return None
    path = EVAL_SUFFIX_RE.sub("", m["where"])
    if not path:
        return None
    return ScriptMail(time=_maillog_time(m, now), path=path, user="", raw=line)


def parse_maillog(lines: Iterable[str], now: datetime) -> Iterator[ScriptMail]:
    for line in lines:
        if "mail() on [" not in line:
            continue
        event = parse_maillog_line(line, now)
        if event is not None:
            yield event


def parse_wrapper_line(line: str, now: datetime) -> ScriptMail | None:
    """A `sendmail-php url=…, client=…, filename=…, uid=…` syslog line."""
    line = line[:MAX_LINE].rstrip("\r\n")
    stamped = leading_time(line, now)
    if stamped is None:
        return None
    m = WRAPPER_RE.search(line, stamped[1])
    if m is None:
        return None
    path = unquote(m["file"].strip())
    if not path:
        return None
    return ScriptMail(time=stamped[0], path=path, user=unquote(m["user"] or ""), raw=line)


def parse_wrapper(lines: Iterable[str], now: datetime) -> Iterator[ScriptMail]:
    for line in lines:
        if "sendmail-php " not in line:
            continue
        event = parse_wrapper_line(line, now)
        if event is not None:
            yield event


def parse_relay_line(line: str, now: datetime) -> ScriptMail | None:
    """A `sendmail2relay user="…" path="…"` syslog line (the path may be missing: user-only counts)."""
    line = line[:MAX_LINE].rstrip("\r\n")
    stamped = leading_time(line, now)
    if stamped is None:
        return None
    rest = line[stamped[1] :]
    pos = rest.find(" sendmail2relay ")
    if pos < 0:
        return None
    rest = rest[pos + len(" sendmail2relay") :]
    user = RELAY_USER_RE.search(rest)
    path = RELAY_PATH_RE.search(rest)
    if user is None and path is None:
        return None
    return ScriptMail(
        time=stamped[0],
        path=path["path"] if path else "",
        user=user["user"] if user else "",
        raw=line,
    )


def parse_relay(lines: Iterable[str], now: datetime) -> Iterator[ScriptMail]:
    for line in lines:
        if "sendmail2relay" not in line:
            continue
        event = parse_relay_line(line, now)
        if event is not None:
            yield event
