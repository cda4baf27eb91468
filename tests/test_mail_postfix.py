"""Postfix SASL parser on real-format lines (written for the tests; RFC 5737 IPs, RFC 2606 names)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spamgear.mail import postfix

TZ = timezone(timedelta(hours=2))
NOW = datetime(2016, 4, 26, 14, 0, 0, tzinfo=TZ)

OK_UNKNOWN = (
    "Apr 26 13:42:37 mail postfix/smtpd[1234]: 4A5B6C7D8E: client=unknown[203.0.113.5], "
    "sasl_method=LOGIN, sasl_username=alice"
)
OK_NAMED = (
    "Apr 26 13:42:40 mail postfix/smtpd[1240]: 5B6C7D8E9F: "
    "client=host-1-2-3-4.dyn.isp.example[198.51.100.4], "
    "sasl_method=PLAIN, sasl_username=alice@example.org"
)
FAILED = (
    "Apr 26 13:43:01 mail postfix/smtpd[1250]: warning: unknown[192.0.2.77]: SASL LOGIN authentication "
    "failed: UGFzc3dvcmQ6, sasl_username=victim"
)


def test_success_unknown_client() -> None:
    ev = postfix.parse_line(OK_UNKNOWN, NOW)
    assert ev is not None
    assert (ev.user, ev.ip, ev.client_name, ev.unknown, ev.success) == (
        "alice",
        "203.0.113.5",
        "unknown",
        True,
        True,
    )
    assert ev.time == datetime(2016, 4, 26, 13, 42, 37, tzinfo=TZ)
    assert ev.raw == OK_UNKNOWN


def test_success_named_client_and_sender_suffix() -> None:
    ev = postfix.parse_line(OK_NAMED + ", sasl_sender=bob@example.org", NOW)
    assert ev is not None
    assert ev.user == "alice@example.org"  # spam-gear glued ", sasl_sender=..." onto the name
    assert ev.client_name == "host-1-2-3-4.dyn.isp.example"
    assert not ev.unknown


def test_failed_login_is_marked_failed() -> None:
    ev = postfix.parse_line(FAILED, NOW)
    assert ev is not None
    assert ev.user == "victim"
    assert ev.success is False


def test_submission_service_and_ipv6_and_rfc3339() -> None:
    line = (
        "2016-04-26T13:42:37.123456+02:00 mail postfix/submission/smtpd[99]: 3F1A2B3C4D: "
        "client=unknown[2001:db8::a:1], sasl_method=PLAIN, sasl_username=carol"
    )
    ev = postfix.parse_line(line, NOW)
    assert ev is not None
    assert ev.ip == "2001:db8::a:1"
    assert ev.user == "carol"
    assert ev.time == datetime(2016, 4, 26, 11, 42, 37, tzinfo=UTC)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "garbage",
        "Apr 26 13:42:37 mail postfix/smtpd[1234]: connect from unknown[203.0.113.5]",
        "Apr 26 13:42:37 mail postfix/qmgr[12]: 4A5B6C7D8E: from=<a@example.org>, size=1, nrcpt=1",
        OK_UNKNOWN[:60],  # truncated mid-line
        OK_UNKNOWN.replace("sasl_username=alice", "sasl_username="),
        OK_UNKNOWN.replace("[203.0.113.5]", "[not-an-ip]"),
        OK_UNKNOWN.replace("Apr 26", "Foo 26"),
        OK_UNKNOWN.replace("Apr 26", "Apr 31"),
        "Apr 26 13:42:37 mail sshd[1]: client=unknown[203.0.113.5], sasl_method=LOGIN, sasl_username=x",
    ],
)
def test_not_events(line: str) -> None:
    assert postfix.parse_line(line, NOW) is None


@pytest.mark.parametrize("user", [";rm -rf /", "$(id)", "-o", "`reboot`", "a'b\"c", "x" * 200])
def test_hostile_usernames_parse_verbatim(user: str) -> None:
    """The parser keeps what was logged; the accounts layer decides (and refuses)."""
    ev = postfix.parse_line(OK_UNKNOWN.replace("alice", user), NOW)
    assert ev is not None
    assert ev.user == user


def test_newline_in_username_cannot_span_lines() -> None:
    text = OK_UNKNOWN.replace("alice", "evil\nApr 26 13:42:38 forged")
    events = list(postfix.parse(text.splitlines(), NOW))
    assert [e.user for e in events] == ["evil"]


def test_year_boundary() -> None:
    """A December line read in January belongs to the previous year."""
    jan = datetime(2017, 1, 1, 0, 30, tzinfo=TZ)
    ev = postfix.parse_line(OK_UNKNOWN.replace("Apr 26 13:42:37", "Dec 31 23:59:59"), jan)
    assert ev is not None
    assert ev.time == datetime(2016, 12, 31, 23, 59, 59, tzinfo=TZ)
    ev2 = postfix.parse_line(OK_UNKNOWN.replace("Apr 26 13:42:37", "Jan  1 00:10:00"), jan)
    assert ev2 is not None
    assert ev2.time.year == 2017


def test_dst_aware_zone() -> None:
    """With the host's zone rules (not a fixed offset), a winter line read in summer gets winter time."""
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    summer = datetime(2016, 4, 26, 14, 0, tzinfo=berlin)
    ev = postfix.parse_line(OK_UNKNOWN.replace("Apr 26 13:42:37", "Mar 27 01:30:00"), summer)
    assert ev is not None and ev.time.utcoffset() == timedelta(hours=1)
    ev = postfix.parse_line(OK_UNKNOWN.replace("Apr 26 13:42:37", "Mar 27 03:30:00"), summer)
    assert ev is not None and ev.time.utcoffset() == timedelta(hours=2)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    postfix.parse_line(text, NOW)
    postfix.parse_line(OK_UNKNOWN[:40] + text, NOW)
    list(postfix.parse([text, "Apr 26 13:00:00 " + text + " sasl_username=" + text], NOW))
