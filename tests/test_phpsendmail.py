"""The phpsendmail wrapper: one safe syslog line per mail, then the real sendmail with checked argv."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import pytest

from spamgear.adapters.phpsendmail import check_args
from spamgear.mail import php

BIN = Path(sys.executable).parent


@pytest.fixture
def syslog_sock(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "log.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(5)
    yield path, sock
    sock.close()


def fake_sendmail(tmp_path: Path) -> tuple[Path, Path]:
    out = tmp_path / "sent"
    script = tmp_path / "sendmail"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {out}.argv\ncat > {out}.body\n')
    script.chmod(0o755)
    return script, out


def run_wrapper(
    tmp_path: Path, sock: Path, args: list[str], env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    script, _ = fake_sendmail(tmp_path)
    cfg = tmp_path / "cfg.yaml"
    cfg.write_text(f"logs:\n  sendmail_path: {script}\n  syslog_socket: {sock}\n")
    full_env = {"PATH": os.environ["PATH"], "SPAMGEAR_CONFIG": str(cfg), **env}
    return subprocess.run(
        [str(BIN / "spamgear-phpsendmail"), *args],
        input="To: x@example.net\nSubject: hi\n\nbody\n",
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
        check=False,
    )


def test_logs_and_execs(tmp_path: Path, syslog_sock) -> None:  # type: ignore[no-untyped-def]
    path, sock = syslog_sock
    hostile = "/home/alice/www/a, filename=/etc/passwd, uid=0\nJul  2 09:31:10 forged.php"
    res = run_wrapper(
        tmp_path,
        path,
        ["-t", "-i", "-f", "alice@example.org"],
        {
            "SCRIPT_FILENAME": hostile,
            "HTTP_HOST": "www.example.org",
            "REQUEST_URI": "/contact.php?a=1&b=2",
            "REMOTE_ADDR": "198.51.100.9",
        },
    )
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "sent.argv").read_text() == "-t\n-i\n-f\nalice@example.org\n"
    assert (tmp_path / "sent.body").read_text() == "To: x@example.net\nSubject: hi\n\nbody\n"
    datagram = sock.recv(65536).decode()
    assert datagram.startswith("<22>spamgear-phpsendmail[")  # facility mail, priority warning
    message = datagram.split(": ", 1)[1].rstrip("\x00")
    assert "\n" not in message
    assert message.startswith("sendmail-php url=www.example.org/contact.php?a=1&b=2, client=198.51.100.9, ")
    # What rsyslog would write; the check's parser gets exactly the original file name back.
    line = f"{datetime.now().strftime('%b %d %H:%M:%S')} web1 spamgear-phpsendmail[1]: {message}"
    ev = php.parse_wrapper_line(line, datetime.now().astimezone())
    assert ev is not None
    assert ev.path == hostile
    assert ev.user == subprocess.run(["id", "-un"], capture_output=True, text=True, check=True).stdout.strip()


def test_refuses_dangerous_options(tmp_path: Path, syslog_sock) -> None:  # type: ignore[no-untyped-def]
    path, sock = syslog_sock
    res = run_wrapper(
        tmp_path, path, ["-t", "-i", "-X/home/alice/www/shell.php"], {"SCRIPT_FILENAME": "/x.php"}
    )
    assert res.returncode == 64
    assert "refused" in res.stderr
    assert not (tmp_path / "sent.argv").exists()
    assert "refused=option" in sock.recv(65536).decode()


@pytest.mark.parametrize(
    ("args", "ok"),
    [
        (["-t", "-i"], True),
        (["-t", "-i", "-fbob@example.org"], True),
        (["-t", "-F", "Bob Example", "-r", "b@example.org"], True),
        (["-t", "-f", "-oQ/tmp"], False),
        (["-t", "-C/etc/evil.cf"], False),
        (["-t", "-f", "a b@example.org"], False),
        (["-t", "-f"], False),
        (["-be"], False),
        (["--", "x@example.org"], True),
        (["--", "-x@example.org"], False),
    ],
)
def test_check_args(args: list[str], ok: bool) -> None:
    if ok:
        assert check_args(args) == [
            a
            for arg in args
            for a in ([arg[:2], arg[2:]] if arg.startswith("-f") and len(arg) > 2 else [arg])
        ]
    else:
        with pytest.raises(ValueError):
            check_args(args)


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("runuser"), reason="needs root and runuser")
def test_runs_as_www_data(tmp_path_factory: pytest.TempPathFactory) -> None:
    """PHP runs the wrapper as the site user: it must work unprivileged and log that user."""
    try:
        pwd.getpwnam("www-data")
    except KeyError:
        pytest.skip("no www-data user")
    if not os.access(BIN / "spamgear-phpsendmail", os.X_OK):
        pytest.skip("venv not installed")
    probe = subprocess.run(
        ["runuser", "-u", "www-data", "--", str(BIN / "python"), "-c", "import spamgear"],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip(f"www-data cannot read the checkout/venv (./setup makes it a+rX): {probe.stderr[-200:]}")
    work = Path(tempfile.mkdtemp(prefix="sg-phpsendmail-"))
    try:
        work.chmod(0o777)
        sock_path = work / "log.sock"
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        sock.bind(str(sock_path))
        sock_path.chmod(0o666)
        sock.settimeout(5)
        script, out = fake_sendmail(work)
        script.chmod(0o755)
        cfg = work / "cfg.yaml"
        cfg.write_text(f"logs:\n  sendmail_path: {script}\n  syslog_socket: {sock_path}\n")
        cfg.chmod(0o644)
        res = subprocess.run(
            [
                "runuser",
                "-u",
                "www-data",
                "--",
                "env",
                f"SPAMGEAR_CONFIG={cfg}",
                "SCRIPT_FILENAME=/var/www/site/contact.php",
                str(BIN / "spamgear-phpsendmail"),
                "-t",
                "-i",
            ],
            input="Subject: x\n\nbody\n",
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert res.returncode == 0, res.stderr
        message = sock.recv(65536).decode()
        sock.close()
        assert "filename=/var/www/site/contact.php, uid=" in message and "user=www-data" in message
        assert Path(f"{out}.argv").read_text() == "-t\n-i\n"
    finally:
        shutil.rmtree(work, ignore_errors=True)
