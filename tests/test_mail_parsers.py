"""exim, roundcube, Horde/IMP and PHP log parsers on real-format lines (written for the tests)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spamgear.mail import exim, horde, php, roundcube

TZ = timezone(timedelta(hours=2))
NOW = datetime(2016, 4, 26, 14, 0, 0, tzinfo=TZ)
HOSTILE = [";rm", "$(id)", "-o", "`id`", "a'b"]

EXIM_LOCAL = "2016-04-26 13:42:37 1aupQH-0001xY-Ab <= www-data@web1.example.org U=www-data P=local S=1834"
EXIM_SMTP = (
    "2016-04-26 13:42:39 1aupQJ-0001xZ-Cd <= info@example.com H=(WIN-7F3K2) [203.0.113.7] P=esmtpa "
    "A=dovecot_login:bob S=2345"
)
RC_OLD = (
    "[26-Apr-2016 13:42:37 +0200]: User alice [203.0.113.5]; Message for bob@example.net, "
    "carol@example.org; 250: 2.0.0 Ok: queued as 3F1A2B"
)
RC_NEW = (
    "[26-Apr-2016 13:42:38 +0000]: <ab12cd34> User alice@example.org [2001:db8::5]; Message "
    "<1f2e@webmail.example.org> for bob@example.net; 250: 2.0.0 Ok: queued as 4A1B2C"
)
HORDE3 = (
    "Apr 26 13:42:37 HORDE [info] [imp] 203.0.113.5 Message sent to bob@example.net from alice "
    '[pid 4242 on line 1410 of "/usr/share/horde3/imp/compose.php"]'
)
HORDE5_BRACKET = (
    "Apr 26 13:42:37 HORDE [notice] [imp] Message sent to bob@example.net from alice [203.0.113.6]"
)
HORDE5_PAREN = (
    "2016-04-26T13:42:37+02:00 web1 HORDE[311]: [imp] Message sent to a@example.net, b@example.net "
    'from carol@example.org (2001:db8::7) [pid 9 on line 1 of "/usr/share/horde/imp/lib/Compose.php"]'
)
PHP_OLD = (
    "mail() on [/home/alice/public_html/contact.php:88]: To: bob@example.net -- Headers: From: x@example.com"
)
PHP_NEW = (
    "[26-Apr-2016 11:42:37 UTC] mail() on [/home/bob/www/wp-content/up loads/x.php(12) : eval()'d code:1]: "
    "To: v@example.net -- Headers: X-PHP-Originating-Script: 33:x.php(12) : eval()'d code"
)
WRAPPER = (
    "Jul  2 09:31:10 web1 root: sendmail-php url=www.example.org/contact.php, client=198.51.100.9, "
    "filename=/home/alice/www/contact.php, uid=1473, user=alice, args="
)
RELAY = 'Jul  2 10:23:39 web1 root: sendmail2relay user="alice" path="/home/alice/www/sub/tmail.php"'


def test_exim_local_and_smtp() -> None:
    ev = exim.parse_line(EXIM_LOCAL, NOW)
    assert ev is not None
    assert (ev.user, ev.auth, ev.helo, ev.ip) == ("www-data", False, "", "")
    assert ev.time == datetime(2016, 4, 26, 13, 42, 37, tzinfo=TZ)
    ev = exim.parse_line(EXIM_SMTP, NOW)
    assert ev is not None
    assert (ev.user, ev.auth, ev.helo, ev.ip) == ("bob", True, "WIN-7F3K2", "203.0.113.7")


def test_exim_variants() -> None:
    line = (
        "2016-04-26 13:42:39 +0000 [4242] 1aupQJ-0001xZ-Cd <= a@example.com H=mx.example.net "
        "(helo with space) [2001:db8::9]:4321 P=esmtps S=1"
    )
    ev = exim.parse_line(line, NOW)
    assert ev is not None
    assert (ev.helo, ev.ip, ev.user) == ("helo with space", "2001:db8::9", "")
    assert ev.time == datetime(2016, 4, 26, 13, 42, 39, tzinfo=UTC)
    ev = exim.parse_line(EXIM_SMTP.replace("(WIN-7F3K2) ", "mail.example.net "), NOW)
    assert ev is not None and ev.helo == "mail.example.net"


@pytest.mark.parametrize(
    "line",
    [
        "",
        "2016-04-26 13:42:39 1aupQJ-0001xZ-Cd => bob@example.net R=dnslookup T=remote_smtp",
        "2016-04-26 13:42:39 1aupQJ-0001xZ-Cd Completed",
        EXIM_LOCAL[:40],
        EXIM_LOCAL.replace("2016-04-26", "2016-13-26"),
        "2016-04-26 13:42:39 1aupQJ-0001xZ-Cd <= <> R=1aupQH-0001xY-Ab S=100",
    ],
)
def test_exim_not_events(line: str) -> None:
    assert exim.parse_line(line, NOW) is None


def test_roundcube_shapes() -> None:
    ev = roundcube.parse_line(RC_OLD, NOW)
    assert ev is not None
    assert (ev.user, ev.ip) == ("alice", "203.0.113.5")
    assert ev.time == datetime(2016, 4, 26, 13, 42, 37, tzinfo=TZ)
    ev = roundcube.parse_line(RC_NEW, NOW)
    assert ev is not None
    assert (ev.user, ev.ip) == ("alice@example.org", "2001:db8::5")  # spam-gear counted this under "User"
    assert ev.time == datetime(2016, 4, 26, 13, 42, 38, tzinfo=UTC)
    for bad in ["", RC_OLD[:30], RC_OLD.replace("Apr", "Foo"), "[26-Apr-2016 13:42:37 +0200]: garbage"]:
        assert roundcube.parse_line(bad, NOW) is None


def test_horde_shapes() -> None:
    ev = horde.parse_line(HORDE3, NOW)
    assert ev is not None and (ev.user, ev.ip) == ("alice", "203.0.113.5")
    ev = horde.parse_line(HORDE5_BRACKET, NOW)
    assert ev is not None and (ev.user, ev.ip) == ("alice", "203.0.113.6")
    ev = horde.parse_line(HORDE5_PAREN, NOW)
    assert ev is not None and (ev.user, ev.ip) == ("carol@example.org", "2001:db8::7")
    for bad in ["", HORDE3[:50], HORDE3.replace("[imp]", "[kronolith]"), "Apr 26 13:42:37 garbage"]:
        assert horde.parse_line(bad, NOW) is None


@pytest.mark.parametrize("user", HOSTILE)
def test_webmail_hostile_users_verbatim(user: str) -> None:
    ev = roundcube.parse_line(RC_OLD.replace("User alice", f"User {user}"), NOW)
    assert ev is not None and ev.user == user
    ev2 = horde.parse_line(HORDE5_BRACKET.replace("from alice", f"from {user}"), NOW)
    assert ev2 is not None and ev2.user == user


def test_php_maillog() -> None:
    ev = php.parse_maillog_line(PHP_OLD, NOW)
    assert ev is not None and ev.path == "/home/alice/public_html/contact.php" and ev.time is None
    ev = php.parse_maillog_line(PHP_NEW, NOW)
    assert ev is not None
    assert ev.path == "/home/bob/www/wp-content/up loads/x.php"  # eval suffix gone, space kept
    assert ev.time == datetime(2016, 4, 26, 11, 42, 37, tzinfo=UTC)
    assert php.parse_maillog_line("mail() on [/a/b.php]: To: x", NOW) is None
    assert php.parse_maillog_line("garbage", NOW) is None
    assert php.parse_maillog_line(PHP_OLD[:25], NOW) is None


def test_php_wrapper_and_relay() -> None:
    ev = php.parse_wrapper_line(WRAPPER, NOW)
    assert ev is not None and (ev.path, ev.user) == ("/home/alice/www/contact.php", "alice")
    assert ev.time == datetime(2016, 7, 2, 9, 31, 10, tzinfo=TZ) - timedelta(days=366)  # year from NOW
    quoted = WRAPPER.replace("/home/alice/www/contact.php", "/home/alice/my%20site%2C%20x.php")
    ev = php.parse_wrapper_line(quoted, NOW)
    assert ev is not None and ev.path == "/home/alice/my site, x.php"
    ev = php.parse_relay_line(RELAY, NOW)
    assert ev is not None and (ev.user, ev.path) == ("alice", "/home/alice/www/sub/tmail.php")
    for bad in ["", WRAPPER[:50], RELAY[:30], "Jul  2 10:23:39 web1 root: sendmail2relay nothing"]:
        assert php.parse_wrapper_line(bad, NOW) is None
        assert php.parse_relay_line(bad, NOW) is None


PARSERS = [
    exim.parse_line,
    roundcube.parse_line,
    horde.parse_line,
    php.parse_maillog_line,
    php.parse_wrapper_line,
    php.parse_relay_line,
]
SAMPLES = [EXIM_SMTP, RC_NEW, HORDE3, PHP_NEW, WRAPPER, RELAY]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=0, max_value=200))
def test_parsers_never_raise(text: str, cut: int) -> None:
    for parse_line, sample in zip(PARSERS, SAMPLES, strict=True):
        parse_line(text, NOW)
        parse_line(sample[:cut] + text, NOW)
        parse_line(sample[: len(sample) - cut] + text + sample[-cut:], NOW)
