"""A real SMTP server (aiosmtpd) on loopback for tests, optionally with STARTTLS and AUTH."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from pathlib import Path
from typing import Any

import pytest

aiosmtpd_controller = pytest.importorskip("aiosmtpd.controller", reason="aiosmtpd not installed")
from aiosmtpd.smtp import AuthResult, LoginPassword  # noqa: E402


@dataclass
class Received:
    sender: str
    recipients: list[str]
    message: Message
    authenticated_as: str | None = None
    tls: bool = False


@dataclass
class Sink:
    host: str
    port: int
    messages: list[Received] = field(default_factory=list)


class _Handler:
    def __init__(self, sink: Sink) -> None:
        self.sink = sink

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.sink.messages.append(
            Received(
                sender=envelope.mail_from,
                recipients=list(envelope.rcpt_tos),
                message=message_from_bytes(envelope.original_content or envelope.content),
                authenticated_as=session.auth_data.login.decode() if session.auth_data else None,
                tls=session.ssl is not None,
            )
        )
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_cert(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made with the openssl CLI."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl CLI not installed")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def start(tls_dir: Path | None = None, credentials: tuple[str, str] | None = None) -> tuple[Sink, Any]:
    """Start a sink; with `tls_dir` it offers STARTTLS and requires it plus AUTH with `credentials`."""
    sink = Sink("127.0.0.1", free_port())
    kwargs: dict[str, Any] = {}
    if tls_dir is not None:
        cert, key = make_cert(tls_dir)
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(cert, key)
        user, password = credentials or ("relay-user", "relay-pass")

        def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
            ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
                user.encode(),
                password.encode(),
            )
            return AuthResult(success=ok, handled=False, auth_data=data if ok else None)

        kwargs.update(
            tls_context=ctx,
            require_starttls=True,
            auth_required=True,
            auth_require_tls=True,
            authenticator=authenticator,
        )
    controller = aiosmtpd_controller.Controller(_Handler(sink), hostname=sink.host, port=sink.port, **kwargs)
    controller.start()
    return sink, controller
