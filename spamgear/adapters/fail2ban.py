"""fail2ban action hook `spamgear-f2b-account`: ban/unban an ACCOUNT for the `spamgear-account` action.

Contract (fail2ban 1.0.x, `action.d/spamgear-account.conf`): the command runs under `/bin/sh -c` with
every dynamic tag double-quoted, so each value reaches us as one argv element, attacker-shaped or not;
values are given as `--key=value` so a value starting with `-` can never pass for an option. Exit 0 is
success (including "already disabled", "evidence too weak, report only" and "not ours"); 1 means the
account backend failed; 2 means the input or the configuration is unusable. One line goes to stderr
(fail2ban logs it) on failure; the normal case logs to syslog (ident `spamgear`) only. fail2ban kills
the command after the action's `timeout` (120 s in our action); the normal case is one short process
(interpreter, config, evidence over <= maxmatches lines, one backend command; `spamgear-bench`).
"""

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INVALID = 2

LOGGER = "spamgear.fail2ban"


def build_parser() -> "argparse.ArgumentParser":
    import argparse

    parser = argparse.ArgumentParser(
        prog="spamgear-f2b-account",
        description="fail2ban action hook: disable/re-enable a mail account (action.d/spamgear-account.conf)",
    )
    parser.add_argument("--config", default="", help="extra spamgear YAML config (empty: the default layers)")
    ops = parser.add_subparsers(dest="op", metavar="OP", required=True)
    ban = ops.add_parser("ban", help="re-check the evidence and disable the account once")
    ban.add_argument("--jail", required=True)
    ban.add_argument("--fid", required=True, help="fail2ban <fid>: the user name")
    ban.add_argument("--ip", default="", help="client address of the first matched line (logged only)")
    ban.add_argument("--failures", type=int, default=0)
    ban.add_argument("--matches", default="", help="fail2ban <matches>: newline-separated lines")
    ban.add_argument("--max-nets", type=int, default=5, help="disable only above this many /24 (/64) nets")
    ban.add_argument("--max-unknowns", type=int, default=5, help="... and above this many unknown clients")
    unban = ops.add_parser("unban", help="re-enable the account if a spamgear fail2ban jail disabled it")
    unban.add_argument("--jail", required=True)
    unban.add_argument("--fid", required=True)
    unban.add_argument("--time", type=float, default=0.0, help="fail2ban <time>: when the ban started")
    unban.add_argument("--bantime", type=float, default=-1.0, help="fail2ban <bantime> in seconds")
    notify = ops.add_parser("notify", help="mail the admin notice spooled by a ban (started by the hook)")
    notify.add_argument("--jail", required=True)
    notify.add_argument("--fid", required=True)
    for name in ("start", "stop", "flush"):
        sub = ops.add_parser(name, help=f"fail2ban action{name}: never changes accounts")
        sub.add_argument("--jail", required=True)
    return parser


def main(argv: "Sequence[str] | None" = None) -> int:
    """The hook. Run as a program (argv None), a plain ban takes the fast path first
    (`spamgear.adapters.fail2ban_fast`, builtins only); everything else, and a ban the fast path
    hands back, goes through argparse, the full config and `spamgear.accountban`."""
    if argv is None:
        from spamgear.adapters import fail2ban_fast

        status = fail2ban_fast.run(sys.argv[1:], sys.argv[0])
        if status is not None:
            return status
    from spamgear import log
    from spamgear.errors import SpamgearError

    args = build_parser().parse_args(argv)
    log.setup(0, syslog=True)
    try:
        return _run(args)
    except SpamgearError as err:
        print(f"spamgear-f2b-account: {args.op}: {err}", file=sys.stderr)
        return EXIT_INVALID


def _run(args: "argparse.Namespace") -> int:
    import logging
    import time
    from datetime import datetime

    from spamgear import accountban
    from spamgear.accounts import AccountManager, display
    from spamgear.config import load_config
    from spamgear.mail.abuse import DisablePolicy

    logger = logging.getLogger(LOGGER)
    cfg = load_config(args.config or None)
    jail = accountban.check_jail(args.jail)
    manager = AccountManager(cfg.accounts)
    if args.op == "notify":
        from spamgear.accounts import validate_username
        from spamgear.mail.notice import send_spooled

        return EXIT_OK if send_spooled(cfg, manager, validate_username(args.fid)) else EXIT_FAILED
    if args.op == "ban":
        lines = accountban.split_matches(args.matches)
        policy = DisablePolicy(args.max_nets, args.max_unknowns)
        outcome = accountban.ban(manager, jail, args.fid, lines, policy, datetime.now().astimezone())
        logger.info("%s (failures=%s)", outcome.line(jail), args.failures)
        if outcome.result is accountban.BanResult.FAILED:
            logger.warning("%s", outcome.line(jail))
            return EXIT_FAILED
        if outcome.result is accountban.BanResult.DISABLED and cfg.smtp.admin:  # empty list: no mail
            from spamgear.mail.notice import notify_disabled  # smtplib/email only when a mail is due

            text = accountban.notice_text(outcome, jail, lines)
            notify_disabled(cfg, manager, outcome.user, text, f"fail2ban jail {jail}")
        return EXIT_OK
    if args.op == "unban":
        result = accountban.unban(manager, jail, args.fid, args.time, args.bantime, time.time())
        logger.info("fail2ban %s: unban %s: %s", jail, display(args.fid), result.value)
        return EXIT_OK
    # start / stop / flush: stopping or reloading fail2ban never re-enables anything (actionflush is
    # defined, so fail2ban does not call actionunban per ticket either).
    kept = sum(1 for r in manager.list() if r.source == accountban.SOURCE_PREFIX + jail)
    logger.info("fail2ban %s: %s: %d account(s) stay disabled", jail, args.op, kept)
    return EXIT_OK
