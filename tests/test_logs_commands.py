"""The log checks end to end: spam-gear command names, exit codes, disabling once, real SMTP sink."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from spamgear.cli import main as cli_main
from spamgear.commands import logs as logs_cmd

from . import mailsink

BIN = Path(sys.executable).parent
STAMP = "%b %d %H:%M:%S"


def sasl(when: datetime, user: str, ip: str, name: str = "unknown", qid: int = 0) -> str:
    return (
        f"{when.strftime(STAMP)} mail postfix/smtpd[{1000 + qid % 500}]: {0x4A5B6C7D8E + qid:X}: "
        f"client={name}[{ip}], sasl_method=LOGIN, sasl_username={user}"
    )


def failed(when: datetime, user: str, ip: str) -> str:
    return (
        f"{when.strftime(STAMP)} mail postfix/smtpd[77]: warning: unknown[{ip}]: SASL LOGIN authentication "
        f"failed: UGFzc3dvcmQ6, sasl_username={user}"
    )


def botnet_log(path: Path, now: datetime) -> None:
    """One stolen account used from 40 /24s (mostly unknown clients) next to legit heavy users."""
    start = now - timedelta(minutes=55)
    lines: list[str] = []
    for i in range(240):
        when = start + timedelta(seconds=i * 12)
        net = i % 40
        name = "unknown" if net % 4 else f"dyn-{net}.isp.example"
        lines.append(sasl(when, "stolen@example.org", f"198.51.{net}.{1 + i % 7}", name, qid=i))
        # a heavy but legit user: office NAT plus home, both with reverse DNS
        office = i % 3 != 0
        ip = "192.0.2.10" if office else "203.0.113.20"
        lines.append(sasl(when, "newsletter", ip, "office.example.com" if office else "home.example.net", i))
        # webmail user: all from the webmail server (whitelisted), plus a few phone logins
        lines.append(sasl(when, "webmailer", "192.0.2.200", "webmail.example.org", qid=i))
        if i % 40 == 0:
            lines.append(sasl(when, "webmailer", f"203.0.113.{100 + i // 40}", "unknown", qid=i))
        # an attacker failing logins as "victim" from everywhere: must never disable victim
        lines.append(failed(when, "victim", f"198.51.{net}.200"))
        if i % 3 == 0:
            lines.append(sasl(when, "victim", "192.0.2.50", "laptop.example.com", qid=i))
        lines.append(f"{when.strftime(STAMP)} mail postfix/qmgr[12]: {i:X}: from=<a@example.org>, size=1")
    old = now - timedelta(hours=3)
    lines.insert(0, sasl(old, "stolen@example.org", "203.0.113.250", qid=9999))  # outside the window
    path.write_text("\n".join(lines) + "\n")


@pytest.fixture
def sink() -> Iterator[mailsink.Sink]:
    s, controller = mailsink.start()
    yield s
    controller.stop()


def recorder(tmp_path: Path) -> tuple[Path, Path]:
    log = tmp_path / "disable-argv.log"
    script = tmp_path / "disable-user"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$*" >> {log}\n')
    script.chmod(0o755)
    return script, log


def write_cfg(tmp_path: Path, sink: mailsink.Sink | None, script: Path, extra: str = "") -> Path:
    smtp = (
        f"smtp:\n  host: {sink.host}\n  port: {sink.port}\n"
        if sink
        else "smtp:\n  host: 127.0.0.1\n  port: 9\n"
    )
    smtp += "  sender: spamgear@mail.example.org\n  admin: [postmaster@example.org, abuse@example.org]\n"
    text = (
        smtp
        + "accounts:\n  backend: local\n"
        + f"  state_file: {tmp_path / 'state' / 'accounts.json'}\n"
        + f"  disable_command: [{json.dumps(str(script))}, '--lock', '{{user}}']\n"
        + "  protected: [root, postmaster]\n"
        + extra
    )
    path = tmp_path / "spamgear.yaml"
    path.write_text(text)
    return path


def run(name: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SPAMGEAR_CONFIG"}
    return subprocess.run(
        [str(BIN / name), *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.mark.smtp
def test_postfix_botnet_disabled_once_and_mailed_once(tmp_path: Path, sink: mailsink.Sink) -> None:
    now = datetime.now()
    log = tmp_path / "mail.log"
    botnet_log(log, now)
    script, argv_log = recorder(tmp_path)
    cfg = write_cfg(tmp_path, sink, script)
    args = ["-p", "1hour", "-m", "90", "-d", "5,5", "--backend", "command", "-w", "192.0.2.200"]
    first = run("postfix-spam-check", *args, "-l", str(log), "--config", str(cfg))
    assert first.returncode == 1, first.stderr
    out = first.stdout.splitlines()
    assert out[0] == "During the last 1 hour the following senders have made at least 90 SMTP connections."
    assert out[1] == ""
    stolen = [ln for ln in out if "sasl_username=stolen@example.org" in ln]
    assert len(stolen) == 1
    assert stolen[0].startswith("240 (40 nets/180 unknowns/240 IPs/0 webmail) -- ")
    assert stolen[0].endswith(" [DISABLED]")
    assert "disabled stolen@example.org (command)" in out
    assert [ln for ln in out if ln.startswith(("disabled", "would", "refused", "failed"))] == [
        "disabled stolen@example.org (command)"
    ]
    webmail = next(ln for ln in out if "sasl_username=webmailer" in ln)
    assert webmail.startswith("246 (1 nets/6 unknowns/6 IPs/240 webmail) -- ")
    assert not any("sasl_username=victim" in ln for ln in out)  # 80 successes < 90; failures ignored
    assert argv_log.read_text() == "--lock stolen@example.org\n"
    assert len(sink.messages) == 1
    msg = sink.messages[0]
    assert msg.recipients == ["postmaster@example.org", "abuse@example.org"]
    assert msg.sender == "spamgear@mail.example.org"
    assert msg.message["Subject"].startswith("SPAMMER DETECTED AT ")
    assert msg.message["Subject"].endswith(" [USER stolen@example.org DISABLED]")
    body = msg.message.get_payload(decode=True).decode().replace("\r\n", "\n")
    assert (
        "240 (40 nets/180 unknowns/240 IPs/0 webmail) -- " in body
        and "sasl_username=stolen@example.org" in body
    )

    second = run("postfix-spam-check", *args, "-l", str(log), "--config", str(cfg))
    assert second.returncode == 1
    assert not any(ln.startswith("disabled") for ln in second.stdout.splitlines())
    assert any(ln.endswith("[DISABLED]") for ln in second.stdout.splitlines())
    assert argv_log.read_text() == "--lock stolen@example.org\n"  # no second disable
    assert len(sink.messages) == 1  # no second mail

    listed = run("spamgear", "accounts", "list", "--json", "--config", str(cfg))
    records = json.loads(listed.stdout)
    assert [(r["user"], r["backend"], r["source"], r["notified"]) for r in records] == [
        ("stolen@example.org", "command", "postfix-spam-check", True)
    ]


def test_postfix_dry_run_refusals_and_quiet(tmp_path: Path) -> None:
    now = datetime.now()
    log = tmp_path / "mail.log"
    lines = []
    for i in range(30):
        when = now - timedelta(minutes=30) + timedelta(seconds=i)
        lines.append(sasl(when, "$(id)", f"198.51.{i}.9", qid=i))
        lines.append(sasl(when, "postmaster", f"198.51.{i}.10", qid=i))
        lines.append(sasl(when, "carol", f"198.51.{i}.11", qid=i))
    log.write_text("\n".join(lines) + "\n")
    script, argv_log = recorder(tmp_path)
    cfg = write_cfg(tmp_path, None, script)
    res = run(
        "postfix-spam-check",
        "-m",
        "10",
        "-d",
        "5,5",
        "--backend=command",
        "--dry-run",
        "-l",
        str(log),
        "--config",
        str(cfg),
    )
    assert res.returncode == 1, res.stderr
    actions = [ln for ln in res.stdout.splitlines() if ln.startswith(("would", "refused", "disabled"))]
    assert sorted(actions) == [
        "refused to disable $(id): user name has characters outside [A-Za-z0-9._@+-]",
        "refused to disable postmaster: protected account (accounts.protected)",
        "would disable carol (command)",
    ]
    assert not argv_log.exists()
    assert not (tmp_path / "state" / "accounts.json").exists()
    # Nothing above the threshold: no output at all, exit 0 (cron sends no mail).
    quiet = run("postfix-spam-check", "-m", "1000", "-l", str(log), "--config", str(cfg))
    assert (quiet.returncode, quiet.stdout) == (0, "")


@pytest.mark.parametrize(
    "args",
    [["-p", "1parsec"], ["-m", "ten"], ["-d", "5"], ["-w", "not-an-ip"], ["--bogus"], ["-l"]],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    res = run("postfix-spam-check", *args)
    assert res.returncode == 2
    assert res.stdout == ""


def test_missing_log_is_an_error(tmp_path: Path) -> None:
    res = run("postfix-spam-check", "-l", str(tmp_path / "nope.log"))
    assert res.returncode == 2
    assert "nope.log: cannot read" in res.stderr


@pytest.fixture
def pinned(monkeypatch: pytest.MonkeyPatch) -> datetime:
    now = datetime(2017, 1, 1, 0, 5, tzinfo=timezone(timedelta(hours=1)))
    monkeypatch.setattr(logs_cmd, "clock", lambda: now)
    return now


def test_php_legacy_across_year_boundary_and_rotation(
    tmp_path: Path, pinned: datetime, capsys: pytest.CaptureFixture[str]
) -> None:
    def wrap(stamp: str, path: str) -> str:
        return (
            f"{stamp} web1 spamgear-phpsendmail[9]: sendmail-php url=www.example.org/x, client=198.51.100.9, "
            f"filename={path}, uid=1000, user=alice, args=-t%20-i"
        )

    live = tmp_path / "mail.log"
    rotated = tmp_path / "mail.log.1"
    live.write_text("".join(wrap(f"Jan  1 00:0{i % 5}:00", "/home/alice/www/a.php") + "\n" for i in range(6)))
    rotated.write_text(
        "".join(wrap(f"Dec 31 23:5{4 + i % 6}:00", "/home/bob/www/b%20c.php") + "\n" for i in range(12))
        + wrap("Dec 31 22:00:00", "/home/old/www/o.php") * 1
        + "\n"
    )
    os.utime(rotated, (pinned.timestamp() - 60, pinned.timestamp() - 60))
    assert cli_main(["logs", "php-legacy", "10", "10", "-l", str(live)]) == 1
    # window 12 minutes (23:53..00:05): bob has 12 lines in .1, alice 6 < 10 in the live file
    assert capsys.readouterr().out == "/home/bob/www/b c.php\n"
    assert cli_main(["logs", "php-legacy", "10", "20", "-l", str(live)]) == 0
    assert capsys.readouterr().out == ""


def test_php_maillog_paths(tmp_path: Path, pinned: datetime, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "phpmail.log"
    lines = ["mail() on [/home/a/www/contact.php:88]: To: x@example.net -- Headers: From: y@example.com"] * 5
    lines += ["[01-Jan-2017 00:01:00 UTC] mail() on [/home/b/www/up/x.php(3) : eval()'d code:1]: To: z"] * 6
    lines += ["garbage", "mail() on [/home/c/ok.php:1]: To: q"]
    log.write_text("\n".join(lines) + "\n")
    assert cli_main(["logs", "php", "5", "-l", str(log)]) == 1
    assert capsys.readouterr().out == "/home/b/www/up/x.php\n/home/a/www/contact.php\n"
    res = run("php-spam-check", "-l", str(log))  # default 500
    assert (res.returncode, res.stdout) == (0, "")


def test_php_sendmail2relay_expands_dirs(
    tmp_path: Path, pinned: datetime, capsys: pytest.CaptureFixture[str]
) -> None:
    d = tmp_path / "site"
    d.mkdir()
    for name in ("a.php", "B.PHP", "c.txt"):
        (d / name).write_text("<?php\n")
    log = tmp_path / "mail.log"
    rel = 'Jan  1 00:0{m}:00 web1 root: sendmail2relay user="alice" path="{p}"'
    lines = [rel.format(m=i % 5, p=f"{d}/") for i in range(10)] + [
        rel.format(m=1, p="/home/x/one.php") for _ in range(3)
    ]
    log.write_text("\n".join(lines) + "\n")
    assert cli_main(["logs", "php-sendmail2relay", "10", "10", "-l", str(log)]) == 1
    assert capsys.readouterr().out == f"{d}/B.PHP\n{d}/a.php\n"
    assert cli_main(["logs", "sendmail2relay", "-m", "12", "-l", str(log)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[2].startswith('13 -- Jan  1 00:00:00 web1 root: sendmail2relay user="alice"')


def test_exim_counts_users_auth_and_helo(
    tmp_path: Path, pinned: datetime, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "mainlog"
    lines = []
    for i in range(12):
        lines.append(
            f"2017-01-01 00:0{i % 5}:0{i % 10} 1aupQH-0001x{i:X}-Ab <= www-data@web1.example.org "
            "U=www-data P=local S=1"
        )
        lines.append(
            f"2016-12-31 23:59:{10 + i} 1aupQJ-0001y{i:X}-Cd <= a@example.com H=(WIN-7F3K2) [203.0.113.{i}] "
            "P=esmtpa A=dovecot_login:bob S=2"
        )
    lines.append("2016-12-31 20:00:00 1aupQJ-0001zz-Cd <= a@example.com U=old P=local S=2")
    log.write_text("\n".join(lines) + "\n")
    assert cli_main(["logs", "exim", "600", "11", "-l", str(log)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("During the last 600 seconds")
    counts = sorted(ln.split(" -- ")[0] for ln in out[2:])
    assert counts == ["12", "12", "12"]  # www-data (local), bob (auth), WIN-7F3K2 (helo): > 11
    assert cli_main(["logs", "exim", "600", "12", "-l", str(log)]) == 0  # strict >
    overrides = tmp_path / "exim.overrides"
    overrides.write_text("www-data 100\n\nbob 100\n")
    assert (
        cli_main(["logs", "exim", "-p", "10min", "-m", "5", "--overrides", str(overrides), "-l", str(log)])
        == 1
    )
    out = capsys.readouterr().out.splitlines()
    assert [ln.split(" -- ")[0] for ln in out[2:]] == ["12"] and "WIN-7F3K2" in out[2]


def test_webmail_checks(tmp_path: Path, pinned: datetime, capsys: pytest.CaptureFixture[str]) -> None:
    rc = tmp_path / "sendmail"
    rc.write_text(
        "".join(
            f"[01-Jan-2017 00:0{i % 5}:00 +0100]: <s{i:04x}> User alice [198.51.{i}.5]; "
            "Message for b@example.net\n"
            for i in range(20)
        )
    )
    assert cli_main(["logs", "roundcube", "-m", "20", "--logs", str(rc)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[2].startswith(
        "20 (20 nets/0 unknown/20 IPs) -- [01-Jan-2017 00:00:00 +0100]: <s0000> User alice"
    )
    hz = tmp_path / "horde.log.gz"
    with gzip.open(hz, "wt") as fh:
        for i in range(5):
            fh.write(
                f"Jan  1 00:01:0{i} HORDE [notice] [imp] Message sent to x@example.net from carol "
                f"[2001:db8::{i}]\n"
            )
    assert cli_main(["logs", "imp", "-m", "5", "-l", str(hz)]) == 1
    assert capsys.readouterr().out.splitlines()[2].startswith("5 (1 nets/0 unknown/5 IPs) -- ")
    assert cli_main(["logs", "imp", "-m", "6", "-l", str(hz)]) == 0


@pytest.mark.smtp
def test_emergency_mail_starttls_auth(tmp_path: Path) -> None:
    sink, controller = mailsink.start(tls_dir=tmp_path, credentials=("relay-user", "s3cret"))
    try:
        cfg = tmp_path / "em.yaml"
        cfg.write_text(
            "smtp:\n"
            f"  emergency_host: 127.0.0.1\n  emergency_port: {sink.port}\n"
            "  emergency_username: relay-user\n  emergency_password: s3cret\n"
            f"  emergency_ca_file: {tmp_path / 'cert.pem'}\n"
            "  emergency_sender: alarm@mail.example.org\n"
            "  emergency_recipients: [admin@example.net]\n"
            "  emergency_server_name: mail.example.org\n"
        )
        report = 'header\n\n240 (40 nets/30 unknowns) -- """; import os; os.system("id") #\\\n' + "x" * 500
        res = run("emergency-mail", "100", "--config", str(cfg), stdin=report)
        assert res.returncode == 0, res.stderr
        assert res.stdout == report  # passed through unchanged
        assert len(sink.messages) == 1
        got = sink.messages[0]
        assert got.tls and got.authenticated_as == "relay-user"
        assert got.recipients == ["admin@example.net"] and got.sender == "alarm@mail.example.org"
        assert got.message["Subject"] == "EMERGENCY MAIL ABUSE REPORT - mail.example.org"
        body = got.message.get_payload(decode=True).decode().replace("\r\n", "\n")
        assert body.startswith(report[:100])
        assert "[... truncated to 100 bytes]" in body and "x" * 450 not in body
        # empty input: nothing mailed, exit 0
        res = run("emergency-mail", "--config", str(cfg), stdin="")
        assert (res.returncode, res.stdout) == (0, "")
        assert len(sink.messages) == 1
        # wrong password: the relay refuses, the report is still passed through, exit 2
        cfg.write_text(cfg.read_text().replace("s3cret", "wrong"))
        res = run("emergency-mail", "--config", str(cfg), stdin="report\n")
        assert res.returncode == 2 and res.stdout == "report\n"
        assert "failed" in res.stderr
    finally:
        controller.stop()


def test_hooks_match_console_scripts() -> None:
    import tomllib

    repo = Path(__file__).resolve().parent.parent
    scripts: dict[str, Any] = tomllib.loads((repo / "pyproject.toml").read_text())["project"]["scripts"]
    mine = [
        "postfix-spam-check",
        "exim-spam-check",
        "roundcube-spam-check",
        "imp-spam-check",
        "php-spam-check",
        "php-legacy-spam-check",
        "php-sendmail2relay-spam-check",
        "sendmail2relay-spam-check",
        "emergency-mail",
        "spamgear-phpsendmail",
    ]
    for name in mine:
        hook = (repo / "hooks" / name).read_text().splitlines()
        module, func = scripts[name].split(":")
        assert hook == ["#!/usr/bin/env python3", f"from {module} import {func}", "raise SystemExit(main())"]
        assert os.access(repo / "hooks" / name, os.X_OK)
        assert (BIN / name).exists()


@pytest.mark.dns
def test_webmail_resolve_counts_unknowns_and_disables(
    tmp_path: Path, pinned: datetime, capsys: pytest.CaptureFixture[str], write_config
) -> None:  # type: ignore[no-untyped-def]
    """`--resolve`: IPs without PTR (NXDOMAIN from a real DNS server on loopback) are unknown clients."""
    dnslib = pytest.importorskip("dnslib")
    from dnslib.server import DNSLogger, DNSServer

    class Ptr:
        def resolve(self, request: Any, handler: Any) -> Any:
            reply = request.reply()
            qname = str(request.q.qname)
            third = int(qname.split(".")[1])  # 5.<i>.51.198.in-addr.arpa.
            if third % 2 == 0:
                reply.add_answer(
                    dnslib.RR(qname, dnslib.QTYPE.PTR, rdata=dnslib.PTR(f"h{third}.isp.example"), ttl=60)
                )
            else:
                reply.header.rcode = dnslib.RCODE.NXDOMAIN
            return reply

    port = mailsink.free_port()
    quiet = DNSLogger(log="-recv,-send,-request,-reply,-truncated,-error,-data")
    server = DNSServer(Ptr(), port=port, address="127.0.0.1", logger=quiet)
    server.start_thread()
    try:
        rc = tmp_path / "sendmail"
        msg = "Message for b@example.net"
        rc.write_text(
            "".join(
                f"[01-Jan-2017 00:0{i % 5}:00 +0100]: User mallory [198.51.{i}.5]; {msg}\n" for i in range(10)
            )
        )
        script, argv_log = recorder(tmp_path)
        conf = write_cfg(tmp_path, None, script, extra=f"logs:\n  resolver: '127.0.0.1:{port}'\n")
        argv = ["logs", "roundcube", "-m", "10", "-l", str(rc), "--config", str(conf)]
        assert cli_main([*argv, "--resolve", "-d", "5,4", "--backend", "command"]) == 1
        out = capsys.readouterr().out.splitlines()
        assert out[2].startswith("10 (10 nets/5 unknown/10 IPs) -- ") and out[2].endswith(" [DISABLED]")
        assert out[3] == "disabled mallory (command)"
        assert argv_log.read_text() == "--lock mallory\n"
        assert cli_main([*argv, "-d", "5,4", "--backend", "command", "--dry-run"]) == 1  # no --resolve
        assert capsys.readouterr().out.splitlines()[2].startswith("10 (10 nets/0 unknown/10 IPs) -- ")
    finally:
        server.stop()
        server.server.server_close()


def test_postfix_overrides_from_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], write_config
) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now()
    log = tmp_path / "mail.log"
    log.write_text(
        "".join(
            sasl(now - timedelta(minutes=5), user, f"192.0.2.{i}", "ok.example.com", qid=i) + "\n"
            for i in range(20)
            for user in ("carol", "dave")
        )
    )
    overrides = tmp_path / "postfix-spam-scan.overrides"
    overrides.write_text("carol 1000\n\ndave 5\n")
    conf = write_config(f"logs:\n  postfix_overrides: {overrides}\n")
    assert cli_main(["logs", "postfix", "-m", "10", "-l", str(log), "--config", str(conf)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert (
        len(out) == 3 and "sasl_username=dave" in out[2] and out[2].startswith("20 (1 nets/0 unknowns/20 IPs")
    )


def test_php_check_feeds_spamgear_scan(tmp_path: Path) -> None:
    """The log -> scan loop (spam-gear's tip 9): `php-spam-check N | spamgear scan --stdin`."""
    from tests.sigtools import BUILTIN, eicar

    site = tmp_path / "site"
    site.mkdir()
    (site / "contact.php").write_bytes(eicar())  # stands in for a mass mailer the rules know
    (site / "ok.php").write_bytes(b"<?php echo 'hello';\n")
    log = tmp_path / "phpmail.log"
    log.write_text(
        "".join(
            f"mail() on [{site / name}:3]: To: x@example.net -- Headers: From: a@example.org\n"
            for _ in range(5)
            for name in ("contact.php", "ok.php")
        )
    )
    cfg = tmp_path / "scan.yaml"
    cfg.write_text(
        f"signatures:\n  dirs: [{json.dumps(str(BUILTIN))}]\n  cache_dir: {json.dumps(str(tmp_path / 'c'))}\n"
        f"scan:\n  state_dir: {json.dumps(str(tmp_path / 's'))}\n"
    )
    check = run("php-spam-check", "5", "-l", str(log))
    assert check.returncode == 1
    assert sorted(check.stdout.splitlines()) == [str(site / "contact.php"), str(site / "ok.php")]
    scan = run("spamgear", "scan", "--stdin", "--config", str(cfg), stdin=check.stdout)
    assert scan.returncode == 1, scan.stderr
    assert f"{site / 'contact.php'}: FOUND" in scan.stdout
    assert "ok.php: FOUND" not in scan.stdout
