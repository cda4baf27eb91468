"""The abuse policy: /24 and /64 networks, unknown clients, webmail, failed logins never count."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from spamgear.mail import abuse, postfix

NOW = datetime(2016, 4, 26, 14, 0, 0, tzinfo=timezone(timedelta(hours=2)))


def ok(user: str, ip: str, name: str = "unknown", sec: int = 0) -> str:
    return (
        f"Apr 26 13:{sec // 60:02d}:{sec % 60:02d} mail postfix/smtpd[1]: 4A5B6C7D8E: client={name}[{ip}], "
        f"sasl_method=LOGIN, sasl_username={user}"
    )


def failed(user: str, ip: str) -> str:
    return (
        f"Apr 26 13:50:00 mail postfix/smtpd[2]: warning: unknown[{ip}]: SASL LOGIN authentication failed: "
        f"UGFzc3dvcmQ6, sasl_username={user}"
    )


@pytest.mark.parametrize(
    ("ip", "net"),
    [
        ("203.0.113.77", "203.0.113.0/24"),
        ("198.51.100.1", "198.51.100.0/24"),
        ("2001:db8:1:2:3::4", "2001:db8:1:2::/64"),
        ("::ffff:192.0.2.9", "192.0.2.0/24"),
        ("nonsense", "nonsense"),
    ],
)
def test_network_of(ip: str, net: str) -> None:
    assert abuse.network_of(ip) == net


def test_evidence_counts_nets_unknowns_ips_webmail() -> None:
    lines = [
        ok("alice", "203.0.113.1"),
        ok("alice", "203.0.113.2"),  # same /24
        ok("alice", "198.51.100.3", name="host3.isp.example"),
        ok("alice", "2001:db8::1"),
        ok("alice", "2001:db8::2"),  # same /64
        ok("alice", "192.0.2.10", name="webmail.example.org"),  # whitelisted
        ok("alice", "192.0.2.10", name="webmail.example.org"),
    ]
    ev = abuse.evidence_from_lines(lines, webmail_ips=["192.0.2.10"], now=NOW)["alice"]
    assert (ev.count, ev.nets, ev.unknowns, ev.ips, ev.webmail) == (7, 3, 4, 5, 2)
    assert ev.first_line == lines[0]
    assert ev.report_line() == f"7 (3 nets/4 unknowns/5 IPs/2 webmail) -- {lines[0]}"


def test_failed_logins_never_count() -> None:
    """An attacker failing logins as `victim` from 50 networks must not make `victim` look abusive."""
    lines = [failed("victim", f"198.51.{i}.7") for i in range(50)]
    evidence = abuse.evidence_from_lines(lines, now=NOW)
    assert evidence == {}
    tally = abuse.Tally().add_all(postfix.parse([*lines, ok("victim", "203.0.113.9")], NOW))
    ev = tally.evidence("victim")
    assert (ev.count, ev.nets, ev.unknowns) == (1, 1, 1)
    assert not abuse.DisablePolicy(5, 5).should_disable(ev)


def test_thresholds_are_strict() -> None:
    policy = abuse.parse_thresholds("5,5")
    lines = [ok("bot", f"198.51.{i}.7") for i in range(6)]
    ev6 = abuse.evidence_from_lines(lines, now=NOW)["bot"]
    ev5 = abuse.evidence_from_lines(lines[:5], now=NOW)["bot"]
    assert (ev6.nets, ev6.unknowns) == (6, 6)
    assert policy.should_disable(ev6)
    assert not policy.should_disable(ev5)  # 5 nets is not > 5
    # many networks but no unknown clients: both conditions are needed
    named = [ok("bot", f"198.51.{i}.7", name=f"h{i}.isp.example") for i in range(40)]
    assert not policy.should_disable(abuse.evidence_from_lines(named, now=NOW)["bot"])


def test_tracking_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(abuse, "MAX_TRACKED", 10)
    lines = [ok("bot", f"198.51.{i}.7") for i in range(30)]
    ev = abuse.evidence_from_lines(lines, now=NOW)["bot"]
    assert (ev.count, ev.ips, ev.nets, ev.unknowns) == (30, 10, 10, 10)


@pytest.mark.parametrize("bad", ["5", "5,", "a,b", "1,2,3", ""])
def test_parse_thresholds_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        abuse.parse_thresholds(bad)
