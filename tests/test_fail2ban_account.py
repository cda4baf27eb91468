"""The account ban logic behind action.d/spamgear-account.conf, and its hook adapter."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spamgear import accountban
from spamgear.accountban import BanResult, UnbanResult
from spamgear.accounts import AccountManager
from spamgear.adapters import fail2ban as adapter
from spamgear.config import AccountsConfig
from spamgear.errors import AccountError
from spamgear.mail.abuse import DisablePolicy

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
POLICY = DisablePolicy(5, 5)


def postfix(user: str, ip: str, name: str = "unknown") -> str:
    return (
        f"Nov 25 11:00:00 mail postfix/smtpd[1]: 3F2A11C0123: client={name}[{ip}], sasl_method=LOGIN, "
        f"sasl_username={user}"
    )


def botnet(user: str, n: int = 90) -> list[str]:
    """n logins from n different /24s, every 2nd without reverse DNS."""
    return [
        postfix(user, f"10.{k // 250}.{k % 250}.1", "unknown" if k % 2 else f"h{k}.example.net")
        for k in range(n)
    ]


@pytest.fixture
def recorder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[AccountsConfig, Path]:
    log = tmp_path / "calls.log"
    script = tmp_path / "record"
    script.write_text('#!/bin/sh\nprintf "%s %s\\n" "$1" "$2" >> "$CALLS_LOG"\n[ "$2" != broken ]\n')
    script.chmod(0o755)
    monkeypatch.setenv("CALLS_LOG", str(log))
    cfg = AccountsConfig(
        backend="command",
        disable_command=[str(script), "disable", "{user}"],
        enable_command=[str(script), "enable", "{user}"],
        state_file=str(tmp_path / "state" / "accounts.json"),
    )
    return cfg, log


def calls(log: Path) -> list[str]:
    return log.read_text().splitlines() if log.exists() else []


@pytest.mark.parametrize(
    ("line", "user", "ip", "unknown"),
    [
        (postfix("alice", "203.0.113.5"), "alice", "203.0.113.5", True),
        (
            postfix("bob@example.org", "2001:db8::5", "pc.example.net") + ", sasl_sender=b@x",
            "bob@example.org",
            "2001:db8::5",
            False,
        ),
        (
            "Nov 25 11:00:01 mail dovecot: submission-login: Login: user=<carol>, method=PLAIN, "
            "rip=198.51.100.7, lip=192.0.2.1, mpid=1, TLS",
            "carol",
            "198.51.100.7",
            False,
        ),
        (
            "Nov 25 11:00:02 submission-login: Info: Login: user=<dave@example.org>, method=LOGIN, "
            "rip=2001:db8:1::9, lip=::1",
            "dave@example.org",
            "2001:db8:1::9",
            False,
        ),
        (
            "2026-11-25 11:00:03 1aupQJ-0001xZ-Cd <= e@example.org H=(helo) [203.0.113.7]:5432 P=esmtpa "
            "A=dovecot_login:erin S=12",
            "erin",
            "203.0.113.7",
            True,
        ),
        (
            "2026-11-25 11:00:04 1aupQK-0001xZ-Ef <= f@example.org H=pc1.example.net (laptop) "
            "[198.51.100.30]:41 I=[192.0.2.1]:587 P=esmtpsa X=TLS1.3:A:256 CV=no A=plain:frank S=9",
            "frank",
            "198.51.100.30",
            False,
        ),
    ],
)
def test_parse_auth_line(line: str, user: str, ip: str, unknown: bool) -> None:
    """Each source yields the user, the client address and whether it lacked reverse DNS."""
    event = accountban.parse_auth_line(line, NOW)
    assert event is not None
    assert (event.user, event.ip, event.unknown, event.success) == (user, ip, unknown, True)


@pytest.mark.parametrize(
    "line",
    [
        "Nov 25 11:00:00 mail postfix/smtpd[1]: warning: unknown[203.0.113.9]: SASL LOGIN authentication "
        "failed: UGFzc3dvcmQ6, sasl_username=alice",
        "Nov 25 11:00:00 mail postfix/smtpd[1]: connect from unknown[203.0.113.5]",
        "2026-11-25 11:00:03 1aupQL-0001xZ-Gh <= www-data@web1.example.org U=www-data P=local S=1834",
        "",
        "x" * 100_000 + " sasl_username=alice",
    ],
)
def test_parse_auth_line_ignores_other_lines(line: str) -> None:
    assert accountban.parse_auth_line(line, NOW) is None


def test_evidence_counts_only_the_banned_users_lines() -> None:
    """Lines of other users (e.g. injected into <matches>) and junk do not count for the fid."""
    lines = botnet("alice", 20) + botnet("mallory", 50) + ["garbage"]
    ev = accountban.user_evidence("alice", lines, NOW)
    assert (ev.count, ev.nets, ev.unknowns, ev.ips) == (20, 20, 10, 20)


def test_ban_disables_once_with_evidence(recorder: tuple[AccountsConfig, Path]) -> None:
    cfg, log = recorder
    manager = AccountManager(cfg)
    out = accountban.ban(manager, "spamgear-sasl-user", "alice", botnet("alice"), POLICY, NOW)
    assert out.result is BanResult.DISABLED
    assert out.reason == (
        "fail2ban jail spamgear-sasl-user: 90 SASL logins from 90 networks (> 5) and 45 unknown clients (> 5)"
    )
    again = accountban.ban(manager, "spamgear-sasl-user", "alice", botnet("alice"), POLICY, NOW)
    assert again.result is BanResult.ALREADY
    assert calls(log) == ["disable alice"]
    rec = manager.state.records()["alice"]
    assert rec.source == "fail2ban:spamgear-sasl-user"


def test_ban_with_weak_evidence_only_reports(recorder: tuple[AccountsConfig, Path]) -> None:
    """90 logins from one address: fail2ban bans, spamgear does not disable (spam-gear -d N,M)."""
    cfg, log = recorder
    lines = [postfix("bob", "192.0.2.77", "mail.example.net")] * 90
    out = accountban.ban(AccountManager(cfg), "spamgear-sasl-user", "bob", lines, POLICY, NOW)
    assert out.result is BanResult.BELOW
    assert (out.evidence.count, out.evidence.nets, out.evidence.unknowns) == (90, 1, 0)
    assert calls(log) == []


def test_ban_protected_and_failing_backend(recorder: tuple[AccountsConfig, Path]) -> None:
    cfg, log = recorder
    manager = AccountManager(cfg)
    assert accountban.ban(manager, "j", "root", botnet("root"), POLICY, NOW).result is BanResult.PROTECTED
    out = accountban.ban(manager, "j", "broken", botnet("broken"), POLICY, NOW)
    assert out.result is BanResult.FAILED
    assert calls(log) == ["disable broken"]
    assert manager.state.records() == {}


@pytest.mark.parametrize("user", ["-rf", "a/24", "x$(id)", "a b", "", "../etc", "a\nb"])
def test_ban_refuses_hostile_names(recorder: tuple[AccountsConfig, Path], user: str) -> None:
    cfg, log = recorder
    with pytest.raises(AccountError):
        accountban.ban(AccountManager(cfg), "spamgear-sasl-user", user, botnet(user), POLICY, NOW)
    assert calls(log) == []


@pytest.mark.parametrize("jail", ["", "-x", "a b", "a;b", "j" * 65])
def test_ban_refuses_odd_jail_names(recorder: tuple[AccountsConfig, Path], jail: str) -> None:
    with pytest.raises(AccountError):
        accountban.ban(AccountManager(recorder[0]), jail, "alice", [], POLICY, NOW)


def test_unban_reenables_only_what_a_fail2ban_jail_disabled(recorder: tuple[AccountsConfig, Path]) -> None:
    cfg, log = recorder
    manager = AccountManager(cfg)
    manager.disable("carol", "by hand", source="spamgear accounts disable")
    accountban.ban(manager, "spamgear-sasl-user", "alice", botnet("alice"), POLICY, NOW)
    now = time.time()
    assert (
        accountban.unban(manager, "spamgear-sasl-user", "carol", now - 10, 3600, now) is UnbanResult.NOT_OURS
    )
    assert (
        accountban.unban(manager, "spamgear-sasl-user", "nobody-x", now - 10, 3600, now)
        is UnbanResult.NOT_OURS
    )
    # the ban expired: the account stays disabled
    assert (
        accountban.unban(manager, "spamgear-sasl-user", "alice", now - 3600, 3600, now) is UnbanResult.EXPIRED
    )
    assert manager.is_disabled("alice")
    # an admin's unbanip before expiry (or of a permanent ban) re-enables
    assert accountban.unban(manager, "spamgear-sasl-user", "alice", now - 10, -1, now) is UnbanResult.ENABLED
    assert not manager.is_disabled("alice")
    assert calls(log) == ["disable carol", "disable alice", "enable alice"]


def test_notice_text() -> None:
    lines = botnet("alice", 30)
    outcome = accountban.BanOutcome(
        "alice", BanResult.DISABLED, accountban.user_evidence("alice", lines, NOW), "why"
    )
    body = accountban.notice_text(outcome, "spamgear-sasl-user", lines)
    assert body.startswith("30 (30 nets/15 unknowns/30 IPs/0 webmail) -- ")
    assert "... 10 more lines" in body
    assert "fail2ban-client set spamgear-sasl-user unbanip alice" in body
    assert "spamgear accounts enable alice" in body


# ---- the hook adapter (argv as fail2ban's action builds it)


@pytest.fixture
def hook_config(recorder: tuple[AccountsConfig, Path], tmp_path: Path) -> tuple[Path, Path, Path]:
    cfg, log = recorder
    path = tmp_path / "spamgear.yaml"
    path.write_text(
        json.dumps(
            {
                "accounts": {
                    "backend": "command",
                    "disable_command": cfg.disable_command,
                    "enable_command": cfg.enable_command,
                    "state_file": cfg.state_file,
                },
                "smtp": {"host": "127.0.0.1", "port": 9, "timeout": 1},
            }
        )
    )
    return path, log, Path(cfg.state_file)


def run_hook(config: Path, *args: str) -> int:
    return adapter.main([f"--config={config}", *args])


def test_hook_ban_unban_flush(
    hook_config: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """ban -> disabled (the mail to a closed port is a warning, not a failure); flush/stop change
    nothing; unban by the admin -> enabled. stdout stays empty."""
    config, log, state = hook_config
    matches = "\n".join(botnet("alice"))
    ban = ["ban", "--jail=spamgear-sasl-user", "--fid=alice", "--ip=10.0.0.1", "--failures=90"]
    assert run_hook(config, *ban, f"--matches={matches}") == adapter.EXIT_OK
    assert "notice for alice not sent" in capsys.readouterr().err
    assert json.loads(state.read_text())["disabled"]["alice"]["notified"] is False
    for op in ("flush", "stop", "start"):
        assert run_hook(config, op, "--jail=spamgear-sasl-user") == adapter.EXIT_OK
    assert calls(log) == ["disable alice"]
    assert (
        run_hook(
            config,
            "unban",
            "--jail=spamgear-sasl-user",
            "--fid=alice",
            f"--time={time.time()}",
            "--bantime=3600",
        )
        == adapter.EXIT_OK
    )
    assert calls(log) == ["disable alice", "enable alice"]
    assert capsys.readouterr().out == ""


def test_hook_refuses_leading_dash_as_value(
    hook_config: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """`--fid="<fid>"` keeps "-rf" a value; the hook refuses it with exit 2 and one stderr line."""
    config, log, _state = hook_config
    rc = run_hook(
        config, "ban", "--jail=spamgear-sasl-user", "--fid=-rf", f"--matches={postfix('-rf', '10.0.0.1')}"
    )
    assert rc == adapter.EXIT_INVALID
    assert capsys.readouterr().err == "spamgear-f2b-account: ban: user name starts with '-'\n"
    assert calls(log) == []


def test_hook_backend_failure_exits_1(hook_config: tuple[Path, Path, Path]) -> None:
    config, log, _state = hook_config
    matches = "\n".join(botnet("broken"))
    assert run_hook(config, "ban", "--jail=j", "--fid=broken", f"--matches={matches}") == adapter.EXIT_FAILED
    assert calls(log) == ["disable broken"]


# ---- hostile input: the parsers never raise, whatever fail2ban hands over

_PREFIXES = st.sampled_from(
    [
        "Nov 25 11:00:00 mail postfix/smtpd[1]: 3F2A11C0123: client=",
        "Nov 25 11:00:01 mail dovecot: submission-login: Login: user=<",
        "2026-11-25 11:00:03 1aupQJ-0001xZ-Cd <= e@example.org H=",
        "",
    ]
)


@settings(max_examples=300, deadline=None)
@given(prefix=_PREFIXES, tail=st.text(max_size=400))
def test_parse_auth_line_never_raises(prefix: str, tail: str) -> None:
    event = accountban.parse_auth_line(prefix + tail, NOW)
    assert event is None or (event.user and event.success)


@settings(max_examples=100, deadline=None)
@given(user=st.text(max_size=40), lines=st.lists(st.text(max_size=200), max_size=30))
def test_user_evidence_never_raises(user: str, lines: list[str]) -> None:
    ev = accountban.user_evidence(user, lines, NOW)
    assert 0 <= ev.unknowns <= ev.ips <= ev.count <= len(lines)


def test_dovecot_only_needs_max_unknowns_minus_one(hook_config: tuple[Path, Path, Path]) -> None:
    """Dovecot lines have no client names: 0 unknowns, so only `--max-unknowns=-1` lets them disable."""
    config, log, _state = hook_config
    matches = "\n".join(
        f"Nov 25 11:00:01 mail dovecot: submission-login: Login: user=<gina>, method=PLAIN, "
        f"rip=2001:db8:{k:x}::1, lip=::1"
        for k in range(90)
    )
    base = ["ban", "--jail=j", "--fid=gina", f"--matches={matches}"]
    assert run_hook(config, *base) == adapter.EXIT_OK
    assert calls(log) == []
    assert run_hook(config, *base, "--max-unknowns=-1") == adapter.EXIT_OK
    assert calls(log) == ["disable gina"]
