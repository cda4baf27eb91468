"""`spamgear fail2ban install`: copy spamgear's filters, jails and actions into fail2ban's tree.

Writes `filter.d/spamgear-*.conf`, `jail.d/spamgear.conf` and `action.d/spamgear-*.conf` (the hook
path filled in); never a `.local`, which stays the admin's. Then: enable the jails in
`jail.d/spamgear.local` and run `fail2ban-client reload`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from spamgear import fail2ban
from spamgear.config import Config


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "fail2ban", help="install spamgear's fail2ban filters, jails and actions", description=__doc__
    )
    actions = parser.add_subparsers(dest="fail2ban_action", metavar="ACTION", required=True)
    inst = actions.add_parser("install", help="copy the .conf files into fail2ban's config tree")
    inst.add_argument("--dest", default="/etc/fail2ban", help="fail2ban config dir (default: %(default)s)")
    inst.add_argument(
        "--hook-dir",
        default="",
        help="directory holding spamgear-f2b-account (default: this install's bin/)",
    )
    inst.add_argument("--dry-run", action="store_true", help="list what would be written")
    return parser


def run(args: argparse.Namespace, cfg: Config) -> int:
    hook_dir = Path(args.hook_dir).resolve() if args.hook_dir else fail2ban.default_hook_dir()
    items = fail2ban.plan(Path(args.dest), hook_dir)
    if args.dry_run:
        for item in items:
            sys.stdout.write(f"would write {item.target}\n")
        return 0
    for path in fail2ban.install(items):
        sys.stdout.write(f"wrote {path}\n")
    return 0
