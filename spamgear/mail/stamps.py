"""Timestamps of mail logs: syslog (`Apr 26 13:42:37`, no year), RFC 3339, exim and roundcube shapes.

Pure: the reference time `now` is passed in. Syslog stamps have no year, so the year of `now` is used and a
stamp that would lie more than a day in the future belongs to the year before (a December line read in
January). Naive stamps get `now`'s timezone (a ZoneInfo from `local_now()` keeps DST right); stamps
with an offset keep theirs, so comparisons stay correct.
"""

from __future__ import annotations

import functools
import os
import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo

_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}

#: `Apr 26 13:42:37` or `Apr  6 13:42:37` (syslog pads the day with a space).
SYSLOG_RE = re.compile(r"(?P<mon>[A-Z][a-z]{2}) {1,2}(?P<day>\d{1,2}) (?P<h>\d\d):(?P<m>\d\d):(?P<s>\d\d)")
#: `2026-04-26T13:42:37.123456+02:00` (rsyslog RFC 3339 / journald short-iso-precise).
RFC3339_RE = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)T(?P<h>\d\d):(?P<m>\d\d):(?P<s>\d\d)(?:\.\d{1,9})?"
    r"(?P<tz>Z|[+-]\d\d:?\d\d)?"
)
FUTURE_SLACK = timedelta(days=1)


def local_now() -> datetime:
    """Now, in the host's zone with its DST rules (`$TZ` or /etc/localtime), so naive syslog stamps on
    either side of a DST change get the right offset; a fixed offset when no zone data can be read."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = os.environ.get("TZ", "").lstrip(":")
    try:
        if name:
            return datetime.now(ZoneInfo(name))
        with open("/etc/localtime", "rb") as fh:
            return datetime.now(ZoneInfo.from_file(fh, key="localtime"))
    except (OSError, ValueError, ZoneInfoNotFoundError):
        return datetime.now().astimezone()


def reference_tz(now: datetime) -> tzinfo:
    """The zone naive stamps are taken to be in: `now`'s, or UTC when `now` is naive."""
    return now.tzinfo or UTC


def aware(now: datetime) -> datetime:
    """`now` with a timezone (naive values are taken as UTC) so all comparisons are between aware times."""
    return now if now.tzinfo else now.replace(tzinfo=UTC)


@functools.lru_cache(maxsize=1024)
def syslog_time(mon: str, day: str, h: str, m: str, s: str, now: datetime) -> datetime | None:
    """Build a syslog stamp's datetime, guessing the year from `now` (see module doc)."""
    month = MONTHS.get(mon)
    if month is None:
        return None
    now = aware(now)
    try:
        when = datetime(now.year, month, int(day), int(h), int(m), int(s), tzinfo=reference_tz(now))
    except ValueError:
        # Feb 29 of a year that is not leap: it must be from the previous leap year.
        try:
            when = datetime(now.year - 1, month, int(day), int(h), int(m), int(s), tzinfo=reference_tz(now))
        except ValueError:
            return None
        return when
    if when > now + FUTURE_SLACK:
        try:
            when = when.replace(year=now.year - 1)
        except ValueError:
            return None
    return when


def offset_tz(text: str | None, now: datetime) -> tzinfo:
    """`Z`, `+0200` or `+02:00` as a tzinfo; None means `now`'s zone."""
    if not text:
        return reference_tz(aware(now))
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4])
    if hours > 23 or minutes > 59:
        raise ValueError(text)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def leading_time(line: str, now: datetime) -> tuple[datetime, int] | None:
    """The syslog or RFC 3339 stamp at the start of `line` and where the rest begins, or None."""
    m = SYSLOG_RE.match(line)
    if m:
        when = syslog_time(m["mon"], m["day"], m["h"], m["m"], m["s"], now)
        return None if when is None else (when, m.end())
    m = RFC3339_RE.match(line)
    if m:
        try:
            tz = offset_tz(m["tz"], now)
            when = datetime(
                int(m["y"]), int(m["mo"]), int(m["d"]), int(m["h"]), int(m["m"]), int(m["s"]), tzinfo=tz
            )
        except ValueError:
            return None
        return when, m.end()
    return None
