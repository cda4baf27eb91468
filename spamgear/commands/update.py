"""`spamgear update`: fetch the signature files named in `update.urls` over HTTPS and swap them in."""

from __future__ import annotations

import argparse
from typing import Any

from spamgear.config import Config


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "update", help="fetch, verify and install signature updates", description=__doc__
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    return parser


def run(args: argparse.Namespace, cfg: Config) -> int:
    from spamgear.update import update_signatures

    result = update_signatures(cfg)
    if not args.quiet:
        what = "installed" if result.changed else "already current"
        print(f"{result.set_dir}: {what}: {', '.join(result.files)} ({result.rule_count} rules)")
    return 0
