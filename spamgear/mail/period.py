"""`-p PERIOD`: the subset of date(1) relative strings spam-gear's users write, parsed here (no `date`).

Accepted: one or more `[+-]N UNIT` terms, with or without a space (`1hour`, `30minutes`, `2 days`,
`90min`, `1 hour 30 minutes`), a bare unit meaning 1 (`hour`), an optional trailing `ago`, and
`yesterday`. Units: s/sec/second, min/minute, h/hour, d/day, w/week, fortnight, month (30 days) and
year (365 days), each also plural. A leading `-` is ignored (spam-gear passed `-PERIOD` to date), so
every period is a span back from now. Anything else is a ValueError.
"""

from __future__ import annotations

import re
from datetime import timedelta

UNITS: dict[str, float] = {
    "s": 1,
    "sec": 1,
    "secs": 1,
    "second": 1,
    "seconds": 1,
    "min": 60,
    "mins": 60,
    "minute": 60,
    "minutes": 60,
    "h": 3600,
    "hour": 3600,
    "hours": 3600,
    "d": 86400,
    "day": 86400,
    "days": 86400,
    "w": 7 * 86400,
    "week": 7 * 86400,
    "weeks": 7 * 86400,
    "fortnight": 14 * 86400,
    "fortnights": 14 * 86400,
    "month": 30 * 86400,
    "months": 30 * 86400,
    "year": 365 * 86400,
    "years": 365 * 86400,
}
_TERM = re.compile(r"\s*([+-]?)\s*(\d{1,9})?\s*([A-Za-z]+)")
MAX_SPAN = timedelta(days=3660)


def parse_period(text: str) -> timedelta:
    """The span `text` names; ValueError (`"X: Unsupported period"`) when it is not in the subset."""
    raw = text
    text = text.strip().lower()
    if text in ("yesterday", "1 day ago"):
        return timedelta(days=1)
    if text.endswith(" ago"):
        text = text[:-4]
    elif text.endswith("ago") and text[:-3].rstrip()[-1:].isalpha():
        text = text[:-3]
    if not text:
        raise ValueError(f"{raw}: Unsupported period")
    total = 0.0
    pos = 0
    while pos < len(text):
        m = _TERM.match(text, pos)
        if m is None or m.group(3) not in UNITS:
            raise ValueError(f"{raw}: Unsupported period")
        count = int(m.group(2)) if m.group(2) is not None else 1
        total += count * UNITS[m.group(3)]
        pos = m.end()
        while pos < len(text) and text[pos] in " ,":
            pos += 1
    span = timedelta(seconds=total)
    if span <= timedelta(0) or span > MAX_SPAN:
        raise ValueError(f"{raw}: Unsupported period (must be > 0 and at most 10 years)")
    return span


def describe(text: str) -> str:
    """spam-gear's header spelling: a space after the leading digits (`1hour` -> `1 hour`)."""
    return re.sub(r"^(\d+)(?=[A-Za-z])", r"\1 ", text.strip())
