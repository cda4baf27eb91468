"""`spamgear dnsbl`: the `check_dnsbl` Nagios check, plus a cron mode that mails the admins.

Without `--mail` it prints exactly what `check_dnsbl` prints and returns its exit code. With `--mail`
(for admins without Nagios) it prints nothing when the state is OK and otherwise sends the whole
report to `smtp.admin` (or `--mail-to`) through the `smtp.*` relay; the exit code is still the state.
"""

from __future__ import annotations

import argparse
import socket
import sys
from typing import Any

from spamgear.adapters import nagios
from spamgear.config import Config


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "dnsbl",
        help="check whether this server's IPs are on DNS blocklists (Nagios output, or mail from cron)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    nagios.add_arguments(parser, with_verbose=False)
    parser.add_argument(
        "--mail",
        action="store_true",
        help="cron mode: print nothing, mail the report when the state is not OK",
    )
    parser.add_argument(
        "--mail-to",
        action="append",
        default=[],
        metavar="ADDR",
        help="recipient instead of smtp.admin (repeatable)",
    )
    return parser


def run(args: argparse.Namespace, cfg: Config) -> int:
    state, lines = nagios.check_lines(args, cfg)
    if not args.mail:
        sys.stdout.write("\n".join(lines) + "\n")
        return state
    if state == nagios.OK:
        return state
    host = socket.gethostname()
    status = lines[0].split(" | ", 1)[0]
    body = (
        f"spamgear dnsbl on {host}:\n\n{status}\n\n"
        + "\n".join(lines[1:])
        + "\n\nListed means a receiver using that list may reject this server's mail. Policy lists "
        "(Spamhaus PBL) are not evidence of spam. Failed zones were not counted.\n"
    )
    from spamgear.mail.send import Relay, send

    recipients = args.mail_to or cfg.smtp.admin
    subject = f"[spamgear] {status} on {host}"
    send(Relay.from_config(cfg.smtp), cfg.smtp.sender, recipients, subject, body)  # NotifyError -> exit 2
    return state
