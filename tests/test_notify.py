"""Per-user notification: grouping, templates, and real SMTP delivery to an aiosmtpd sink on loopback."""

from __future__ import annotations

import email
import email.policy
import os
import shutil
import socket
import ssl
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from spamgear.config import NotifyConfig, SmtpConfig
from spamgear.errors import NotifyError
from spamgear.notify import (
    AddressBook,
    Finding,
    MailTemplate,
    Notice,
    bre_to_re,
    compile_pattern,
    group_findings,
    notify_users,
    user_from_path,
)

SPAMGEAR_EMAIL = """To: ${EMAIL}
Subject: Malicious files found in your hosting account

Hello ${USERNAME}, we found and disabled:
${SHELLS}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Sink:
    host: str
    port: int
    mails: list[dict[str, Any]] = field(default_factory=list)


class Handler:
    def __init__(self, sink: Sink) -> None:
        self.sink = sink

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.sink.mails.append(
            {
                "from": envelope.mail_from,
                "rcpt": list(envelope.rcpt_tos),
                "msg": email.message_from_bytes(
                    envelope.content.replace(b"\r\n", b"\n"), policy=email.policy.default
                ),
                "auth": getattr(session, "authenticated", None),
                "tls": session.ssl is not None,
            }
        )
        return "250 OK"


@pytest.fixture
def sink() -> Iterator[Sink]:
    pytest.importorskip("aiosmtpd", reason="aiosmtpd not installed")
    from aiosmtpd.controller import Controller

    s = Sink("127.0.0.1", free_port())
    controller = Controller(Handler(s), hostname=s.host, port=s.port)
    controller.start()
    try:
        yield s
    finally:
        controller.stop()


# -- pure parts ------------------------------------------------------------------------------------


def test_bre_pattern_and_user() -> None:
    assert bre_to_re(r"^/home/\([^/.]*\)/.*") == r"^/home/([^/.]*)/.*"
    rx = compile_pattern(r"^/home/\([^/.]*\)/.*")
    assert user_from_path("/home/alice/public_html/x.php", rx) == "alice"
    assert user_from_path("/var/www/x.php", rx) is None
    assert user_from_path("/home/a\nBcc: evil@example.net/x.php", rx) is None  # no header injection
    with pytest.raises(NotifyError):
        compile_pattern("^/home/[^/]*/")  # no group
    assert compile_pattern(r"^/srv/(\w+)/").match("/srv/bob/x")


def test_address_book_map_command_template(tmp_path: Path) -> None:
    mp = tmp_path / "map"
    mp.write_text("# comment\nalice alice.owner@example.org\n")
    book = AddressBook(domain="example.com", map_file=str(mp))
    assert book.lookup("alice") == "alice.owner@example.org"
    assert book.lookup("bob") == "bob@example.com"
    cmd = AddressBook(
        command=[sys.executable, "-c", "import sys; print(sys.argv[1] + '@cmd.example')", "{user}"]
    )
    assert cmd.lookup("carol") == "carol@cmd.example"
    bad = AddressBook(command=[sys.executable, "-c", "print('not an address')"])
    assert bad.lookup("carol") is None


def test_template_never_evaluates() -> None:
    tpl = MailTemplate.parse("Subject: hi ${USERNAME} $(id)\n\n`id` $(touch /tmp/x) ${SHELLS} ${NOPE}\n")
    notice = Notice("alice", "alice@example.com", (Finding("/home/alice/a.php"),))
    msg = tpl.render(notice, "root@example.com", "host.example")
    assert msg["Subject"] == "hi alice $(id)"
    assert msg.get_content() == "`id` $(touch /tmp/x) \n/home/alice/a.php ${NOPE}\n"


def test_brace_template() -> None:
    tpl = MailTemplate.parse(
        "Subject: {count} files for {user}\n\nDear {user} ({email}):{files}\n{user.__class__}\n"
    )
    notice = Notice("bob", "bob@example.com", (Finding("/home/bob/1.php"), Finding("/home/bob/2.php")))
    msg = tpl.render(notice, "root@example.com", "h")
    assert msg["Subject"] == "2 files for bob"
    assert (
        msg.get_content()
        == "Dear bob (bob@example.com):\n/home/bob/1.php\n/home/bob/2.php\n{user.__class__}\n"
    )


# -- real SMTP -------------------------------------------------------------------------------------


@pytest.mark.smtp
def test_one_mail_per_user_exact(sink: Sink, tmp_path: Path) -> None:
    tpl = tmp_path / "alert.email"
    tpl.write_text(SPAMGEAR_EMAIL)
    findings = [
        Finding("/home/alice/public_html/a.php", ("R1",), "quarantined"),
        Finding("/home/bob/www/b.php", ("R2",), "found"),
        Finding("/home/alice/public_html/wp/c.php", ("R3",), "cleaned"),
        Finding("/var/www/orphan.php", ("R4",), "found"),
        Finding("/home/odd\nname/x.php", ("R5",), "found"),
    ]
    smtp = SmtpConfig(
        host=sink.host, port=sink.port, sender="scanner@example.com", admin=["admin@example.com"]
    )
    notify = NotifyConfig(domain="example.com")
    sent, errors = notify_users(findings, notify=notify, smtp=smtp, template_file=str(tpl), hostname="web1")
    assert errors == []
    assert len(sent) == 3 and len(sink.mails) == 3
    by_to = {m["msg"]["To"]: m for m in sink.mails}
    assert set(by_to) == {"alice@example.com", "bob@example.com", "admin@example.com"}
    alice = by_to["alice@example.com"]
    assert alice["from"] == "scanner@example.com"
    assert alice["rcpt"] == ["alice@example.com", "admin@example.com"]
    assert alice["msg"]["Subject"] == "Malicious files found in your hosting account"
    assert alice["msg"].get_content() == (
        "Hello alice, we found and disabled:\n\n"
        "/home/alice/public_html/a.php\n/home/alice/public_html/wp/c.php\n"
    )
    bob = by_to["bob@example.com"]
    assert bob["rcpt"] == ["bob@example.com", "admin@example.com"]
    assert bob["msg"].get_content() == "Hello bob, we found and disabled:\n\n/home/bob/www/b.php\n"
    admin = by_to["admin@example.com"]
    assert admin["rcpt"] == ["admin@example.com"]
    assert admin["msg"]["Subject"] == "spamgear: 2 malicious files without a known owner"
    body = admin["msg"].get_content()
    assert "/var/www/orphan.php: found (R4)" in body and "/home/odd\\nname/x.php: found (R5)" in body


@pytest.mark.smtp
def test_no_admin_copy_and_map(sink: Sink, tmp_path: Path) -> None:
    mp = tmp_path / "map"
    mp.write_text("alice owner@example.org\n")
    smtp = SmtpConfig(host=sink.host, port=sink.port, sender="s@example.com", admin=["admin@example.com"])
    notify = NotifyConfig(domain="example.com", address_map=str(mp), send_admin_copy=False)
    notify_users([Finding("/home/alice/x.php", ("R",))], notify=notify, smtp=smtp)
    assert [(m["rcpt"], m["msg"]["To"]) for m in sink.mails] == [(["owner@example.org"], "owner@example.org")]
    assert "Hello alice," in sink.mails[0]["msg"].get_content()


@pytest.mark.smtp
def test_unreachable_relay_raises() -> None:
    smtp = SmtpConfig(host="127.0.0.1", port=free_port(), timeout=3)
    with pytest.raises(NotifyError, match=r"mail via 127\.0\.0\.1:\d+ failed"):
        notify_users([Finding("/home/a/x.php")], notify=NotifyConfig(domain="e.com"), smtp=smtp)


@pytest.mark.smtp
def test_starttls_and_auth(tmp_path: Path) -> None:
    pytest.importorskip("aiosmtpd", reason="aiosmtpd not installed")
    if shutil.which("openssl") is None:
        pytest.skip("openssl CLI not installed (needed to make a test certificate)")
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    key, crt = tmp_path / "k.pem", tmp_path / "c.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(crt),
         "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(str(crt), str(key))

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"relayuser", b"s3cret")
        return AuthResult(success=ok)

    sink = Sink("127.0.0.1", free_port())
    controller = Controller(
        Handler(sink),
        hostname=sink.host,
        port=sink.port,
        tls_context=server_ctx,
        require_starttls=True,
        authenticator=authenticator,
        auth_require_tls=True,
    )
    controller.start()
    try:
        smtp = SmtpConfig(
            host=sink.host,
            port=sink.port,
            starttls=True,
            username="relayuser",
            password="s3cret",
            ca_file=str(crt),
            sender="s@example.com",
            admin=[],
        )
        notify_users(
            [Finding("/home/dave/x.php", ("R",))], notify=NotifyConfig(domain="example.com"), smtp=smtp
        )
        bad = SmtpConfig(
            **{**smtp.__dict__, "password": "wrong", "timeout": 2.0}
        )  # aiosmtpd stalls on bad auth
        with pytest.raises(NotifyError):
            notify_users([Finding("/home/dave/x.php")], notify=NotifyConfig(domain="example.com"), smtp=bad)
    finally:
        controller.stop()
    assert len(sink.mails) == 1
    assert sink.mails[0]["rcpt"] == ["dave@example.com"] and sink.mails[0]["tls"]


def test_group_by_owner_uid_when_pattern_misses() -> None:
    if os.geteuid() != 0:
        pytest.skip("needs a known system user")
    import pwd

    uid = pwd.getpwnam("www-data").pw_uid
    g = group_findings(
        [Finding("/var/www/x.php", owner_uid=uid), Finding("/srv/root.php", owner_uid=0)],
        compile_pattern(r"^/home/([^/.]*)/.*"),
        AddressBook(domain="example.com"),
    )
    assert list(g.notices) == ["www-data@example.com"]
    assert [f.path for f in g.unassigned] == ["/srv/root.php"]
