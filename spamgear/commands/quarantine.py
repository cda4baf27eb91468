"""`spamgear quarantine list|restore|purge`: inspect and undo what `--quarantine` moved away."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from spamgear.config import Config
from spamgear.errors import UsageError
from spamgear.quarantine import QuarantineStore


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "quarantine", help="list, restore or purge quarantined files", description=__doc__
    )
    parser.add_argument("--dir", metavar="DIR", help="quarantine store (default: config quarantine.dir)")
    actions = parser.add_subparsers(dest="quarantine_action", metavar="ACTION", required=True)
    ls = actions.add_parser("list", help="one line (or JSON object with --json) per entry, oldest first")
    ls.add_argument("--json", action="store_true", help="one JSON object per line")
    restore = actions.add_parser("restore", help="put an entry back with its owner, mode and mtime")
    restore.add_argument("id", metavar="ID")
    restore.add_argument("--force", action="store_true", help="replace a file that exists at the path now")
    purge = actions.add_parser("purge", help="delete entries older than DAYS")
    purge.add_argument("--older-than", metavar="DAYS", type=float, required=True)
    purge.add_argument("--json", action="store_true", help="print the removed entries as JSON lines")
    return parser


def run(args: argparse.Namespace, cfg: Config) -> int:
    store = QuarantineStore(args.dir or cfg.quarantine.dir)
    action = args.quarantine_action
    if action == "list":
        for entry in store.entries():
            if args.json:
                sys.stdout.write(json.dumps(entry.as_json(), sort_keys=True) + "\n")
            else:
                when = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(entry.time))
                rules = ",".join(entry.rules) or "-"
                sys.stdout.write(f"{entry.id}  {when}  {entry.kind}  {rules}  {_printable(entry.path)}\n")
        return 0
    if action == "restore":
        entry = store.restore(args.id, force=args.force)
        sys.stdout.write(f"restored {entry.id} to {_printable(entry.path)}\n")
        return 0
    if action == "purge":
        if args.older_than < 0:
            raise UsageError("--older-than must be >= 0 days")
        for entry in store.purge(args.older_than):
            if args.json:
                sys.stdout.write(json.dumps(entry.as_json(), sort_keys=True) + "\n")
            else:
                sys.stdout.write(f"purged {entry.id}  {_printable(entry.path)}\n")
        return 0
    raise UsageError(f"unknown quarantine action {action!r}")


def _printable(path: str) -> str:
    """Paths may hold newlines or undecodable bytes: show them escaped, on one line."""
    return path.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace").replace("\n", "\\n")
