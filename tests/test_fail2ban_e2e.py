"""End to end with a REAL fail2ban-server (unprivileged, own socket/pidfile/db, polling backend).

The server runs as `nobody` (when the tests run as root) from a throwaway run directory built by
`spamgear.fail2ban_rig`: our filters/jails/actions installed by `spamgear fail2ban install`'s code,
the firewall banaction replaced by a recording action, the account backend a recording command.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import tempfile
import time
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

import pytest

from spamgear import fail2ban
from spamgear.fail2ban_rig import Fail2banRig
from tests.f2b_rig import REPO, fail2ban_python

pytestmark = [pytest.mark.fail2ban, pytest.mark.slow]

PHP_JAIL = "spamgear-php-login"
SASL_JAIL = "spamgear-sasl-user"


class Sink:
    """aiosmtpd handler keeping every message."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.original_content or envelope.content))
        return "250 OK"


@pytest.fixture(scope="module")
def smtp() -> Iterator[tuple[Sink, int]]:
    controller_mod = pytest.importorskip("aiosmtpd.controller")
    sink = Sink()
    with socket.socket() as probe:  # aiosmtpd's Controller cannot bind port 0 itself
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = controller_mod.Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield sink, port
    finally:
        controller.stop()


@pytest.fixture(scope="module")
def rig(smtp: tuple[Sink, int]) -> Iterator[Fail2banRig]:
    fail2ban_python()  # skips when fail2ban is not installed
    run = Path(tempfile.mkdtemp(prefix="spamgear-f2b-e2e-", dir="/tmp"))
    rig = Fail2banRig(run, REPO / "hooks", smtp_port=smtp[1])
    try:
        rig.start()
        yield rig
    finally:
        rig.close()
        if not os.environ.get("SPAMGEAR_KEEP_RIG"):  # keep it to read fail2ban.log after a failure
            shutil.rmtree(run, ignore_errors=True)


def bans(rig: Fail2banRig, ip: str) -> list[tuple[str, ...]]:
    return [r.fields for r in rig.ip_actions() if r.fields[0] == "ban" and r.fields[2] == ip]


def calls(rig: Fail2banRig) -> list[tuple[str, str]]:
    return [(r.fields[0], r.fields[1]) for r in rig.account_calls()]


def sasl_lines(user: str, n: int, nets: int, unknown_every: int = 2) -> list[tuple[str, str, str]]:
    """n logins of `user` spread over `nets` IPv6 /64s; every `unknown_every`-th has no rDNS."""
    return [
        (user, "unknown" if k % unknown_every == 0 else f"pc{k}.example.net", f"2001:db8:{k % nets:x}::{k:x}")
        for k in range(1, n + 1)
    ]


def test_php_login_ip_ban_after_exactly_maxretry(rig: Fail2banRig) -> None:
    """7 POSTs: no ban; the 8th bans the address once, with the jail's bantime, port http,https."""
    rig.append_apache("203.0.113.1", "/wp-login.php", n=7)
    time.sleep(2.5)  # > 2 polling rounds
    assert bans(rig, "203.0.113.1") == []
    rig.append_apache("203.0.113.1", "/blog/wp-login.php?action=login")
    rig.wait(lambda: bool(bans(rig, "203.0.113.1")), 15, "IP ban")
    assert bans(rig, "203.0.113.1") == [("ban", PHP_JAIL, "203.0.113.1", "1200", "1", "http,https")]


def test_referer_and_agent_never_ban(rig: Fail2banRig) -> None:
    """The seed's false ban: login.php in the Referer or the User-Agent of other requests."""
    rig.append_raw_access(
        [
            '198.51.100.50 - - [{stamp}] "POST /wp-admin/admin-ajax.php HTTP/1.1" 200 47 '
            '"https://www.example.org/wp-login.php" "Mozilla/5.0"',
            '198.51.100.50 - - [{stamp}] "POST /index.php HTTP/1.1" 200 9 "-" "POST /wp-login.php HTTP/1.1"',
        ]
        * 10
    )
    rig.append_apache("2001:db8:99::1", "/xmlrpc.php", n=8)  # sentinel written after them
    rig.wait(lambda: bool(bans(rig, "2001:db8:99::1")), 15, "sentinel IPv6 ban")
    assert bans(rig, "198.51.100.50") == []


def test_bantime_increment_for_repeat_offender(rig: Fail2banRig) -> None:
    """bantime.increment: after a ban EXPIRED, the next ban of that address is prolonged.
    (An admin's unbanip deletes the address from fail2ban's database: no increment after that.)"""
    rig.client("set", PHP_JAIL, "bantime", "2")
    try:
        rig.append_apache("198.51.100.9", "/wp-login.php", n=8)
        rig.wait(
            lambda: any(r.fields[0] == "unban" and r.fields[2] == "198.51.100.9" for r in rig.ip_actions()),
            20,
            "ban expiry",
        )
        rig.append_apache("198.51.100.9", "/wp-login.php", n=8)
        rig.wait(lambda: len(bans(rig, "198.51.100.9")) == 2, 15, "second ban")
        rig.wait(lambda: "Increase Ban 198.51.100.9 (2 # " in rig.server_log(), 15, "increased ban")
        listed = rig.client("get", PHP_JAIL, "banip", "--with-time").stdout
        (entry,) = [ln for ln in listed.splitlines() if ln.startswith("198.51.100.9 ")]
        assert int(entry.split(" + ")[1].split(" = ")[0]) > 2
    finally:
        rig.client("set", PHP_JAIL, "bantime", "1200")


def test_account_ban_fires_at_maxretry_with_evidence(rig: Fail2banRig, smtp: tuple[Sink, int]) -> None:
    """89 logins: nothing; the 90th: one disable of alice, evidence recorded, one admin mail."""
    sink, _port = smtp
    assert fail2ban.is_fast_hook(rig.run / "bin" / fail2ban.HOOKS[0])  # what production runs
    lines = sasl_lines("alice", 90, nets=12)
    rig.append_sasl(lines[:89])
    rig.append_sasl(sasl_lines("carol", 89, nets=12))  # stays under maxretry
    time.sleep(2.5)
    assert calls(rig) == []
    rig.append_sasl(lines[89:])
    rig.wait(lambda: bool(calls(rig)), 15, "account disable")
    time.sleep(1.0)  # nothing else may follow
    assert calls(rig) == [("disable", "alice")]
    state = json.loads(rig.state_file.read_text())["disabled"]
    assert list(state) == ["alice"]
    assert state["alice"]["source"] == f"fail2ban:{SASL_JAIL}"
    # 90 logins over 12 /64s, every 2nd from an unknown client: 45 distinct unknown IPs
    assert state["alice"]["reason"] == (
        f"fail2ban jail {SASL_JAIL}: 90 SASL logins from 12 networks (> 5) and 45 unknown clients (> 5)"
    )
    # the hook records the disable and hands the notice to a detached sender (it sets the flag)
    rig.wait(lambda: bool(sink.messages), 5, "admin mail")
    rig.wait(
        lambda: json.loads(rig.state_file.read_text())["disabled"]["alice"]["notified"] is True, 5, "notified"
    )
    (mail,) = sink.messages
    assert mail["Subject"].startswith("SPAMMER DETECTED AT ") and mail["Subject"].endswith(
        " [USER alice DISABLED]"
    )
    assert mail["To"] == "postmaster@example.org"
    body = mail.get_payload(decode=True).decode()
    assert "90 (12 nets/45 unknowns/90 IPs/0 webmail)" in body
    assert f"fail2ban-client set {SASL_JAIL} unbanip alice" in body


def test_weak_evidence_and_hostile_names_do_not_disable(rig: Fail2banRig) -> None:
    """bob: 90 logins from one address (an honest busy user) -> banned by fail2ban, not disabled.
    Hostile names in log lines never become tickets; banned by hand they reach the hook verbatim,
    as one argument, and are refused (exit 2, logged by fail2ban)."""
    before = calls(rig)
    rig.append_sasl(sasl_lines("x$(touch${IFS}/tmp/pwned)`id`", 90, nets=12))
    rig.append_sasl(sasl_lines("-rf", 90, nets=12))
    rig.append_sasl(sasl_lines("a/24", 90, nets=12))
    rig.append_sasl([("bob", "mail.example.net", "192.0.2.77")] * 90)
    rig.wait(lambda: "Ban bob" in rig.server_log(), 15, "ban of bob")
    status = rig.client("status", SASL_JAIL).stdout
    assert "-rf" not in status and "pwned" not in status and "a/24" not in status
    hostile = "x$(id)`id`;id"
    rig.client("set", SASL_JAIL, "banip", hostile, "-rf")
    rig.wait(lambda: "user name starts with '-'" in rig.server_log(), 15, "hook refusal of -rf")
    rig.wait(lambda: "characters outside [A-Za-z0-9._@+-]" in rig.server_log(), 15, "hook refusal")
    assert f"[{SASL_JAIL}] Ban {hostile}" in rig.server_log()  # verbatim to fail2ban ...
    assert "returned 2" in rig.server_log()  # ... and refused by the hook
    time.sleep(0.5)
    assert calls(rig) == before
    assert not Path("/tmp/pwned").exists()


def test_exim_and_dovecot_logins_count_per_user(rig: Fail2banRig) -> None:
    """exim esmtpa lines (own log file) ban and disable frank; Dovecot submission logins ban gina,
    but carry no client name, so there are no unknown clients and no disable."""
    before = calls(rig)
    rig.append_exim(
        [
            ("frank", "" if k % 2 else f"pc{k}.example.net", f"2001:db8:{k % 12:x}::{k:x}")
            for k in range(1, 91)
        ]
    )
    rig.append_dovecot([("gina", f"2001:db8:{k % 12:x}::{k:x}") for k in range(1, 91)])
    rig.wait(lambda: ("disable", "frank") in calls(rig), 15, "disable frank (exim)")
    rig.wait(lambda: f"[{SASL_JAIL}] Ban gina" in rig.server_log(), 15, "ban gina (dovecot)")
    time.sleep(1.0)
    assert calls(rig) == [*before, ("disable", "frank")]
    reason = json.loads(rig.state_file.read_text())["disabled"]["frank"]["reason"]
    assert reason.endswith("90 SASL logins from 12 networks (> 5) and 45 unknown clients (> 5)")


def test_unban_by_name_reenables(rig: Fail2banRig) -> None:
    """An admin's unbanip USER in the same fail2ban session re-enables the account."""
    rig.client("set", SASL_JAIL, "unbanip", "alice")
    rig.wait(lambda: ("enable", "alice") in calls(rig), 10, "enable alice")
    assert "alice" not in json.loads(rig.state_file.read_text())["disabled"]


def test_ban_expiry_keeps_the_account_disabled(rig: Fail2banRig) -> None:
    """fail2ban calls actionunban when a ban EXPIRES too; that must not re-enable the account."""
    rig.client("set", SASL_JAIL, "bantime", "2")
    try:
        rig.append_sasl(sasl_lines("erin", 90, nets=12))
        rig.wait(lambda: ("disable", "erin") in calls(rig), 15, "disable erin")
        rig.wait(lambda: f"[{SASL_JAIL}] Unban erin" in rig.server_log(), 20, "ban expiry")
        time.sleep(1.0)  # the hook's unban has run
    finally:
        rig.client("set", SASL_JAIL, "bantime", "3600")
    assert ("enable", "erin") not in calls(rig)
    assert "erin" in json.loads(rig.state_file.read_text())["disabled"]


def test_stop_and_restart_neither_reenable_nor_redisable(rig: Fail2banRig) -> None:
    """dave disabled; stop -> no enable (actionflush); start -> restored, no second disable."""
    rig.append_sasl(sasl_lines("dave", 90, nets=12))
    rig.wait(lambda: ("disable", "dave") in calls(rig), 15, "disable dave")
    before = calls(rig)
    rig.stop()
    assert calls(rig) == before  # no mass re-enable
    assert f"[{SASL_JAIL}] Flush ticket(s) with spamgear-account" in rig.server_log()
    rig.start()
    rig.wait(lambda: "dave" in rig.client("status", SASL_JAIL).stdout, 15, "restored ban of dave")
    time.sleep(1.5)
    assert calls(rig) == before  # norestored: no second disable
    assert [c for c in calls(rig) if c == ("disable", "dave")] == [("disable", "dave")]


def test_restored_ban_unban_needs_spamgear_accounts_enable(rig: Fail2banRig) -> None:
    """fail2ban 1.0.2 cannot run actionunban for a restored user ban ('familyStr');
    `spamgear accounts list|enable` re-enables from spamgear's own record."""
    before = calls(rig)
    rig.client("set", SASL_JAIL, "unbanip", "dave")
    rig.wait(lambda: "familyStr" in rig.server_log(), 10, "fail2ban 1.0.2 familyStr error")
    time.sleep(0.5)
    assert calls(rig) == before  # the hook did not run
    listed = rig.spamgear("accounts", "list")
    assert listed.returncode == 0, listed.stderr
    assert [ln.split("\t")[0] for ln in listed.stdout.splitlines()] == ["frank", "erin", "dave"]
    enabled = rig.spamgear("accounts", "enable", "dave")
    assert enabled.returncode == 0, enabled.stderr
    assert enabled.stdout == "enabled dave (command)\n"
    assert calls(rig)[-1] == ("enable", "dave")
    assert [ln.split("\t")[0] for ln in rig.spamgear("accounts", "list").stdout.splitlines()] == [
        "frank",
        "erin",
    ]
