"""`spamgear accounts list|enable|disable|notify`: what spamgear disabled, and undoing it.

`enable` only re-enables accounts spamgear's own state file says it disabled, through the backend that
disabled them. `disable` is the manual form of what the log checks and the fail2ban action do.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from spamgear.accounts import BACKENDS, AccountManager, Action, make_backend
from spamgear.config import Config


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "accounts", help="list or re-enable accounts spamgear disabled", description=__doc__
    )
    actions = parser.add_subparsers(dest="accounts_action", metavar="ACTION", required=True)
    lst = actions.add_parser("list", help="accounts spamgear disabled (from accounts.state_file)")
    lst.add_argument("--json", action="store_true", help="one JSON document instead of a table")
    en = actions.add_parser("enable", help="re-enable an account spamgear disabled")
    en.add_argument("user", metavar="USER")
    en.add_argument("--dry-run", action="store_true", help="say what would be done, change nothing")
    dis = actions.add_parser("disable", help="disable an account (idempotent, recorded)")
    dis.add_argument("user", metavar="USER")
    dis.add_argument("--reason", default="disabled by hand", help="recorded in the state file")
    dis.add_argument("--backend", choices=BACKENDS, help="default: accounts.backend")
    dis.add_argument("-n", "--nis", metavar="MASTER", help="NIS master (implies --backend nis)")
    dis.add_argument("--dry-run", action="store_true", help="say what would be done, change nothing")
    actions.add_parser(
        "notify", help="mail the admin notices the fail2ban hook spooled and could not send yet"
    )
    return parser


def run(args: argparse.Namespace, cfg: Config) -> int:
    action = args.accounts_action
    if action == "list":
        manager = AccountManager(cfg.accounts)
        records = manager.list()
        if args.json:
            json.dump([asdict(r) for r in records], sys.stdout, indent=2)
            sys.stdout.write("\n")
        else:
            for r in records:
                sys.stdout.write(f"{r.user}\t{r.at}\t{r.backend}\t{r.source}\t{r.reason}\n")
        return 0
    if action == "notify":
        from spamgear.mail.notice import send_all_spooled

        results = send_all_spooled(cfg, AccountManager(cfg.accounts))
        for user, sent in results:
            sys.stdout.write(f"{'sent' if sent else 'not sent (kept)'} notice for {user}\n")
        return 0 if all(sent for _, sent in results) else 1
    if action == "enable":
        manager = AccountManager(cfg.accounts, dry_run=args.dry_run)
        outcome = manager.enable(args.user)
        sys.stdout.write(f"{outcome.line()}\n")
        return 0
    backend_name = "nis" if args.nis else args.backend
    backend = make_backend(cfg.accounts, backend_name, args.nis)
    manager = AccountManager(cfg.accounts, backend, dry_run=args.dry_run, nis_master=args.nis)
    outcome = manager.disable(args.user, args.reason, source="spamgear accounts disable")
    line = outcome.line()
    if line:
        sys.stdout.write(line + "\n")
    return 1 if outcome.action in (Action.REFUSED, Action.FAILED) else 0
