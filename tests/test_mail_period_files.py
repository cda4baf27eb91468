"""`-p PERIOD` parsing and rotated-log selection/streaming (midnight, year boundary, .1 and .gz)."""

from __future__ import annotations

import gzip
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from spamgear.mail import logfiles, postfix
from spamgear.mail.period import describe, parse_period

TZ = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("1hour", timedelta(hours=1)),
        ("30minutes", timedelta(minutes=30)),
        ("2 days", timedelta(days=2)),
        ("90min", timedelta(minutes=90)),
        ("-1hour", timedelta(hours=1)),
        ("hour", timedelta(hours=1)),
        ("1 hour 30 minutes", timedelta(minutes=90)),
        ("2 weeks ago", timedelta(days=14)),
        ("yesterday", timedelta(days=1)),
        ("45 sec", timedelta(seconds=45)),
        ("1 Hour", timedelta(hours=1)),
    ],
)
def test_period_subset(text: str, span: timedelta) -> None:
    assert parse_period(text) == span


@pytest.mark.parametrize(
    "text", ["", "1", "1 parsec", "$(id)", "0hours", "next tuesday", "1hour;rm", "99999 years"]
)
def test_period_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="Unsupported period"):
        parse_period(text)


def test_describe_inserts_space() -> None:
    assert describe("1hour") == "1 hour"
    assert describe("30 minutes") == "30 minutes"


def sasl(stamp: str, user: str = "alice") -> str:
    return (
        f"{stamp} mail postfix/smtpd[1]: 4A5B6C7D8E: client=unknown[203.0.113.5], sasl_method=LOGIN, "
        f"sasl_username={user}"
    )


def set_mtime(path: Path, when: datetime) -> None:
    os.utime(path, (when.timestamp(), when.timestamp()))


def test_rotation_read_only_when_window_reaches(tmp_path: Path) -> None:
    now = datetime(2017, 1, 1, 0, 30, tzinfo=TZ)  # just after midnight on New Year's Day
    live = tmp_path / "mail.log"
    live.write_text(sasl("Jan  1 00:05:00", "new") + "\n")
    one = tmp_path / "mail.log.1"
    one.write_text(sasl("Dec 31 23:40:00", "late") + "\n" + sasl("Dec 31 20:00:00", "early") + "\n")
    set_mtime(one, datetime(2017, 1, 1, 0, 0, tzinfo=TZ))
    two = tmp_path / "mail.log.2.gz"
    with gzip.open(two, "wt") as fh:
        fh.write(sasl("Dec 30 10:00:00", "old") + "\n")
    set_mtime(two, datetime(2016, 12, 30, 10, 0, tzinfo=TZ))

    since = now - timedelta(hours=1)
    files = logfiles.files_for_window(live, since)
    assert files == [one, live]  # .2.gz ends before the window
    events = [e for e in postfix.parse(logfiles.read_lines(files), now) if e.time > since]
    assert [e.user for e in events] == ["late", "new"]
    assert events[0].time == datetime(2016, 12, 31, 23, 40, tzinfo=TZ)

    since = now - timedelta(days=3)
    files = logfiles.files_for_window(live, since)
    assert files == [two, one, live]
    users = [e.user for e in postfix.parse(logfiles.read_lines(files), now) if e.time > since]
    assert users == ["old", "late", "early", "new"]
    assert logfiles.files_for_window(live, None) == [live]


def test_dateext_rotations(tmp_path: Path) -> None:
    live = tmp_path / "mail.log"
    live.write_text("")
    for name in ("mail.log-20161230.gz", "mail.log-20161231", "mail.log-notadate", "mail.logfoo"):
        (tmp_path / name).write_text("")
    assert logfiles.rotations(live) == [tmp_path / "mail.log-20161231", tmp_path / "mail.log-20161230.gz"]


def test_long_lines_are_cut_and_needle_filters(tmp_path: Path) -> None:
    log = tmp_path / "mail.log"
    with log.open("wb") as fh:
        fh.write(b"x" * (logfiles.MAX_LINE * 3) + b" sasl_username=forged\n")
        fh.write(sasl("Apr 26 13:00:00").encode() + b"\n")
        fh.write(b"\xff\xfe not utf-8 sasl_username=\xff\n")
        fh.write(b"unrelated\n")
        fh.write(sasl("Apr 26 13:00:01", "tail").encode())  # no final newline
    lines = list(logfiles.read_lines([log], needle=b"sasl_username="))
    # The over-long line is cut at MAX_LINE and its tail (with the needle) is dropped, not read as a line.
    assert len(lines) == 3
    assert lines[0].endswith("alice") and lines[2].endswith("tail")
    assert "\ufffd" in lines[1]
    cut = list(logfiles.read_lines([log]))
    assert len(cut[0]) == logfiles.MAX_LINE and set(cut[0]) == {"x"}
    assert len(cut) == 5
    now = datetime(2016, 4, 26, 14, 0, tzinfo=TZ)
    assert [e.user for e in postfix.parse(lines, now)] == ["alice", "tail"]
