"""`spamgear fail2ban install`: copy spamgear's filters, jails and actions into fail2ban's tree.

Writes `filter.d/spamgear-*.conf`, `jail.d/spamgear.conf` and `action.d/spamgear-*.conf` (the hook
path filled in); never a `.local`, which stays the admin's. Then: enable the jails in
`jail.d/spamgear.local` and run `fail2ban-client reload`.
"""

from __future__ import annotations

import argparse
import os
import sys
import sysconfig
from pathlib import Path
from typing import Any

from spamgear import fail2ban
from spamgear.config import ENV_CONFIG, Config
from spamgear.errors import UsageError


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
    inst.add_argument(
        "--install-hook",
        action="store_true",
        help="also write the fast-starting hook (python3 -I -S, config snapshot) into --hook-dir; "
        "the action then passes this run's --config as spamgear_config",
    )
    inst.add_argument("--dry-run", action="store_true", help="list what would be written")
    return parser


def run(args: argparse.Namespace, cfg: Config) -> int:
    if args.install_hook and not args.hook_dir:
        raise UsageError("--install-hook needs --hook-dir DIR (where to write the hook)")
    hook_dir = Path(args.hook_dir).resolve() if args.hook_dir else fail2ban.default_hook_dir()
    config_file = getattr(args, "config", None) or os.environ.get(ENV_CONFIG, "")
    config_file = str(Path(config_file).resolve()) if config_file and args.install_hook else ""
    items = fail2ban.plan(Path(args.dest), hook_dir, spamgear_config=config_file)
    if args.dry_run:
        if args.install_hook:
            sys.stdout.write(f"would write {hook_dir / fail2ban.HOOKS[0]} (fast form + config snapshot)\n")
        for item in items:
            sys.stdout.write(f"would write {item.target}\n")
        return 0
    if args.install_hook:
        site = list(dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]))
        python = str(Path(sys.base_prefix) / "bin" / "python3")
        hook = fail2ban.write_fast_hook(hook_dir, python, [str(fail2ban.DATA_DIR)], site, config_file)
        sys.stdout.write(f"wrote {hook} (python3 -IS, config snapshot)\n")
    for path in fail2ban.install(items):
        sys.stdout.write(f"wrote {path}\n")
    hook = hook_dir / fail2ban.HOOKS[0]
    if not fail2ban.is_fast_hook(hook):
        sys.stderr.write(
            f"note: {hook} is not the fast form: each ban then pays for the full config (PyYAML, "
            "dataclasses); `--install-hook --hook-dir DIR` or `spamgear install-hooks --dest DIR` writes it\n"
        )
    return 0
