"""`spamgear emergency-mail [MAX_BYTES]` (spam-gear's `emergency-mail`): pass a report through, and mail it
through the configured OUTSIDE relay (`smtp.emergency_*`: STARTTLS plus auth), because local mail may be
what is broken. stdin is copied to stdout unchanged (cron still mails it locally); non-empty input is
mailed, truncated to MAX_BYTES. The report is message data only; it never becomes code (spam-gear pasted it
into inline Python).
"""

from __future__ import annotations

import argparse
import socket
import sys
from typing import Any

from spamgear.config import Config

DEFAULT_MAX_BYTES = 64 * 1024
MAX_INPUT = 64 * 1024 * 1024


def _bytes(text: str) -> int:
    if not text.isdigit() or int(text) == 0:
        raise argparse.ArgumentTypeError(f"{text}: Is not a positive number")
    return int(text)


def configure(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument(
        "max_bytes",
        nargs="?",
        type=_bytes,
        default=DEFAULT_MAX_BYTES,
        metavar="MAX_BYTES",
        help=f"mail at most this many bytes of the report (default {DEFAULT_MAX_BYTES})",
    )
    return parser


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "emergency-mail", help="copy stdin to stdout and mail it via the outside relay", description=__doc__
    )
    return configure(parser)


def main(argv: list[str] | None = None) -> int:
    """The `emergency-mail` console script."""
    from spamgear import cli

    parser = configure(argparse.ArgumentParser(prog="emergency-mail", description=__doc__))
    cli.add_common_options(parser, top=True)
    args = parser.parse_args(argv)
    return cli.run_command(sys.modules[__name__], args)


def run(args: argparse.Namespace, cfg: Config) -> int:
    from spamgear.mail.send import Relay, send

    data = bytearray()
    stdin = sys.stdin.buffer
    stdout = sys.stdout.buffer
    while True:
        chunk = stdin.read(65536)
        if not chunk:
            break
        stdout.write(chunk)
        if len(data) < MAX_INPUT:
            data += chunk[: MAX_INPUT - len(data)]
    stdout.flush()
    if not data.strip():
        return 0
    body = bytes(data[: args.max_bytes]).decode("utf-8", "replace")
    if len(data) > args.max_bytes:
        body += f"\n[... truncated to {args.max_bytes} bytes]\n"
    s = cfg.smtp
    server = s.emergency_server_name or socket.getfqdn()
    subject = f"EMERGENCY MAIL ABUSE REPORT - {server}"
    sender = s.emergency_sender or s.sender
    send(Relay.emergency_from_config(s), sender, s.emergency_recipients or s.admin, subject, body)
    return 0
