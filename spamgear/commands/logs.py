"""`spamgear logs <kind>`: spam-gear's mail-log checks, also installed under their old names.

Every check takes `-l/--log FILE` (repeatable), prints nothing and exits 0 when there is nothing to
report, exits 1 when it reports something and 2 on usage errors. `--opt=value` works (spam-gear rejected
it). The report checks print spam-gear's header and `COUNT ... -- <first line>` lines; the php checks
print bare script paths, one per line, for `spamgear scan --stdin` / `full-scan`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from spamgear.config import Config
from spamgear.errors import SpamgearError

#: kind -> (spam-gear command name, one-line help)
KINDS: dict[str, tuple[str, str]] = {
    "postfix": ("postfix-spam-check", "SASL users with many logins (mail.log); optional disabling"),
    "exim": ("exim-spam-check", "local users, SMTP-auth users and HELOs submitting many messages"),
    "roundcube": ("roundcube-spam-check", "Roundcube users sending many messages"),
    "imp": ("imp-spam-check", "Horde/IMP users sending many messages"),
    "php": ("php-spam-check", "PHP scripts over MAX_DAILY_MAILS in PHP's mail.log"),
    "php-legacy": ("php-legacy-spam-check", "PHP scripts seen by the phpsendmail wrapper"),
    "php-sendmail2relay": ("php-sendmail2relay-spam-check", "PHP scripts relaying via sendmail2relay"),
    "sendmail2relay": ("sendmail2relay-spam-check", "users relaying via sendmail2relay"),
}

Clock = Callable[[], datetime]


def _now() -> datetime:
    from spamgear.mail.stamps import local_now

    return local_now()


#: Tests replace this to pin "now"; the parsers themselves always receive it as an argument.
clock: Clock = _now


def _period(text: str) -> str:
    from spamgear.mail.period import parse_period

    try:
        parse_period(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from err
    return text


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text}: Is not a number")
    return int(text)


def _thresholds(text: str) -> tuple[int, int]:
    from spamgear.mail.abuse import parse_thresholds

    try:
        policy = parse_thresholds(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from err
    return policy.max_networks, policy.max_unknowns


def _ip_list(text: str) -> list[str]:
    import ipaddress

    ips = [p.strip() for p in text.split(",") if p.strip()]
    for ip in ips:
        try:
            ipaddress.ip_address(ip)
        except ValueError as err:
            raise argparse.ArgumentTypeError(f"{ip}: not an IP address") from err
    return ips


def _add_log(parser: argparse.ArgumentParser, extra: Sequence[str] = ()) -> None:
    parser.add_argument(
        "-l",
        "--log",
        *extra,
        dest="logs",
        metavar="FILE",
        action="append",
        default=[],
        help="log file to read instead of the default (repeatable); rotated .1/.N.gz files are read "
        "when the period reaches into them",
    )


def _add_window(parser: argparse.ArgumentParser, max_default: int) -> None:
    parser.add_argument(
        "-p",
        "--period",
        type=_period,
        default="1hour",
        help="how far back, as date(1) relative text: 1hour, 30minutes, '2 days' (default 1hour)",
    )
    parser.add_argument(
        "-m",
        "--max-connections",
        dest="max",
        type=_count,
        default=max_default,
        metavar="MAX",
        help=f"report keys with at least (exim, sendmail2relay: more than) MAX lines (default {max_default})",
    )


def _add_disable(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-d",
        "--dissable-acount",
        "--disable",
        "--dissable-account",
        dest="disable",
        type=_thresholds,
        metavar="NETS,UNKNOWNS",
        help="disable users seen from more than NETS networks (/24, /64) and more than UNKNOWNS "
        "unknown[...] clients (off by default)",
    )
    parser.add_argument(
        "-n",
        "--nis",
        "--niss",
        nargs="?",
        const="",
        default=None,
        metavar="NIS_MASTER",
        help="disable through NIS on this master over ssh (default accounts.nis_master)",
    )
    parser.add_argument("--backend", choices=("local", "nis", "command"), help="default accounts.backend")
    parser.add_argument(
        "--dry-run", action="store_true", help="print `would disable USER (backend)`, change nothing"
    )


def _add_overrides(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--overrides",
        metavar="FILE",
        help="`KEY THRESHOLD` lines: per-user (or per-HELO) thresholds instead of -m",
    )


def configure(parser: argparse.ArgumentParser, kind: str) -> argparse.ArgumentParser:
    """The options of one check; shared by `spamgear logs KIND` and the spam-gear command name."""
    parser.set_defaults(kind=kind)
    if kind == "postfix":
        _add_window(parser, 90)
        _add_disable(parser)
        parser.add_argument(
            "-w",
            "--webmail",
            type=_ip_list,
            default=[],
            metavar="IP,IP",
            help="webmail client IPs: counted as webmail, left out of nets/unknowns/IPs",
        )
        _add_overrides(parser)
        _add_log(parser)
    elif kind in ("roundcube", "imp"):
        _add_window(parser, 90)
        _add_disable(parser)
        parser.add_argument(
            "--resolve",
            action="store_true",
            help="count IPs without reverse DNS as unknown (DNS lookups, bounded); off: unknowns are 0",
        )
        _add_log(parser, ["--logs"])
    elif kind in ("exim", "sendmail2relay"):
        _add_window(parser, 90)
        _add_overrides(parser)
        _add_log(parser)
        if kind == "exim":
            parser.add_argument(
                "seconds", nargs="?", type=_count, metavar="SECONDS", help="period in seconds"
            )
            parser.add_argument("max_pos", nargs="?", type=_count, metavar="MAX_CONNECTIONS", help="as -m")
    elif kind == "php":
        parser.add_argument("max", nargs="?", type=_count, default=500, metavar="MAX_DAILY_MAILS")
        _add_log(parser)
    elif kind in ("php-legacy", "php-sendmail2relay"):
        parser.add_argument(
            "minutes", nargs="?", type=_count, default=10, metavar="MINUTES", help="window = MINUTES x 1.2"
        )
        parser.add_argument("max", nargs="?", type=_count, default=10, metavar="MAX_MAILS")
        _add_log(parser)
    else:  # pragma: no cover - KINDS and this function are kept in step
        raise ValueError(kind)
    return parser


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "logs", help="mail-log abuse checks (spam-gear's *-spam-check)", description=__doc__
    )
    kinds = parser.add_subparsers(dest="logs_kind", metavar="KIND", required=True)
    for kind, (legacy, text) in KINDS.items():
        configure(kinds.add_parser(kind, help=f"{text} (was {legacy})", description=text), kind)
    return parser


def legacy_main(kind: str, argv: Sequence[str] | None = None) -> int:
    """Entry point of a spam-gear command name (`postfix-spam-check`, ...)."""
    from spamgear import cli

    name, text = KINDS[kind]
    parser = configure(argparse.ArgumentParser(prog=name, description=text), kind)
    cli.add_common_options(parser, top=True)
    args = parser.parse_args(argv)
    return cli.run_command(sys.modules[__name__], args)


# ---------------------------------------------------------------------------------------------- running


@dataclass
class Report:
    """Lines to print; `hits` says whether anything was reported (exit 1)."""

    lines: list[str] = field(default_factory=list)
    hits: bool = False


def printable(text: str) -> str:
    """Log text with control characters (terminal escapes) made visible, so output stays one line each."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == "\t" else f"\\x{ord(ch):02x}" for ch in text)


def header(period: str, max_count: int) -> str:
    from spamgear.mail.period import describe

    return (
        f"During the last {describe(period)} the following senders have made at least {max_count} "
        "SMTP connections."
    )


def read_overrides(path: str | None) -> dict[str, int]:
    """spam-gear's override files: `KEY THRESHOLD` per line; blank lines and `#` comments skipped."""
    if not path:
        return {}
    out: dict[str, int] = {}
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as err:
        raise SpamgearError(f"{path}: cannot read: {err.strerror}") from err
    for n, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        if len(parts) != 2 or not parts[1].isdigit():
            raise SpamgearError(f"{path}:{n}: expected `KEY THRESHOLD`")
        out[parts[0]] = int(parts[1])
    return out


def stream(paths: Iterable[str], since: datetime | None, needle: bytes | None) -> Iterator[str]:
    from spamgear.mail import logfiles

    for name in paths:
        path = Path(name)
        try:
            yield from logfiles.read_lines(logfiles.files_for_window(path, since), needle)
        except OSError as err:
            raise SpamgearError(f"{path}: cannot read: {err.strerror or err}") from err


def window(args: argparse.Namespace, now: datetime) -> datetime:
    from spamgear.mail.period import parse_period

    return now - parse_period(args.period)


def run(args: argparse.Namespace, cfg: Config) -> int:
    now = clock()
    runner = RUNNERS[args.kind]
    report = runner(args, cfg, now)
    out = sys.stdout
    for line in report.lines:
        out.write(line + "\n")
    out.flush()
    return 1 if report.hits else 0


# --- postfix ------------------------------------------------------------------------------------------


def run_postfix(args: argparse.Namespace, cfg: Config, now: datetime) -> Report:
    from spamgear.mail import postfix
    from spamgear.mail.abuse import DisablePolicy, Tally

    since = window(args, now)
    overrides = read_overrides(args.overrides or cfg.logs.postfix_overrides)
    tally = Tally(args.webmail)
    for event in postfix.parse(stream(args.logs or [cfg.logs.postfix_log], since, b"sasl_username="), now):
        if event.time > since:
            tally.add(event)
    hits = [ev for ev in tally.all_evidence() if ev.count >= overrides.get(ev.user, args.max)]
    hits.sort(key=lambda ev: -ev.count)
    report = Report(hits=bool(hits))
    if not hits:
        return report
    report.lines += [header(args.period, args.max), ""]
    policy = DisablePolicy(*args.disable) if args.disable else None
    actions = _Actions(args, cfg, "postfix-spam-check") if policy else None
    for ev in hits:
        line = printable(ev.report_line())
        if policy is None or actions is None or not policy.should_disable(ev):
            report.lines.append(line)
            continue
        outcome_line, disabled = actions.disable(ev.user, policy.reason(ev), line)
        report.lines.append(line + (" [DISABLED]" if disabled else ""))
        if outcome_line:
            report.lines.append(outcome_line)
    if actions is not None:
        actions.send_notices()
    return report


class _Actions:
    """Disabling plus the once-only admin notice, shared by the postfix and webmail checks."""

    def __init__(self, args: argparse.Namespace, cfg: Config, source: str) -> None:
        from spamgear.accounts import AccountManager, make_backend

        self.cfg = cfg
        self.source = source
        nis = args.nis is not None
        master = (args.nis or None) if nis else None
        backend = make_backend(cfg.accounts, "nis" if nis else args.backend, master)
        self.manager = AccountManager(cfg.accounts, backend, dry_run=args.dry_run, nis_master=master)
        self.pending: list[tuple[str, str]] = []

    def disable(self, user: str, reason: str, report_line: str) -> tuple[str | None, bool]:
        from spamgear.accounts import Action

        outcome = self.manager.disable(user, reason, source=self.source)
        disabled = outcome.action in (Action.DISABLED, Action.ALREADY)
        if disabled and not self.manager.dry_run and self.manager.needs_notice(user):
            self.pending.append((user, report_line))
        return outcome.line(), disabled

    def send_notices(self) -> None:
        """One mail per disabled user, once (see `spamgear.mail.notice`)."""
        from spamgear.mail.notice import notify_disabled

        for user, line in self.pending:
            notify_disabled(self.cfg, self.manager, user, line, self.source)


# --- webmail (roundcube, imp) -------------------------------------------------------------------------

MAX_LOOKUPS = 64
LOOKUP_TIMEOUT = 2.0


def ptr_checker(nameserver: str = "") -> Callable[[str], bool]:
    """`has_ptr(ip)`: reverse DNS with a bounded lifetime, through `nameserver` (`IP[:PORT]`) or the system's.

    NXDOMAIN / no answer -> False (an "unknown" client); any other failure -> True (cannot tell, so it is
    not counted against the user).
    """
    import dns.exception
    import dns.resolver
    import dns.reversename

    resolver = dns.resolver.Resolver(configure=not nameserver)
    if nameserver:
        host, _, port = nameserver.rpartition(":") if nameserver.count(":") == 1 else (nameserver, "", "")
        resolver.nameservers = [host]
        if port:
            resolver.port = int(port)

    def has_ptr(ip: str) -> bool:
        try:
            resolver.resolve(dns.reversename.from_address(ip), "PTR", lifetime=LOOKUP_TIMEOUT)
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return False
        except (dns.exception.DNSException, ValueError):
            return True
        return True

    return has_ptr


def run_webmail(args: argparse.Namespace, cfg: Config, now: datetime) -> Report:
    from spamgear.mail import horde, roundcube
    from spamgear.mail.abuse import DisablePolicy, network_of

    since = window(args, now)
    if args.kind == "roundcube":
        events = roundcube.parse(stream(args.logs or [cfg.logs.roundcube_log], since, b"User "), now)
    else:
        events = horde.parse(stream(args.logs or [cfg.logs.horde_log], since, b"Message sent to"), now)
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    ips: dict[str, set[str]] = {}
    for ev in events:
        if ev.time <= since:
            continue
        counts[ev.user] = counts.get(ev.user, 0) + 1
        first.setdefault(ev.user, ev.raw)
        if ev.ip:
            ips.setdefault(ev.user, set()).add(ev.ip)
    hits = sorted((u for u, c in counts.items() if c >= args.max), key=lambda u: -counts[u])
    report = Report(hits=bool(hits))
    if not hits:
        return report
    report.lines += [header(args.period, args.max), ""]
    policy = DisablePolicy(*args.disable) if args.disable else None
    actions = _Actions(args, cfg, KINDS[args.kind][0]) if policy else None
    has_ptr = ptr_checker(cfg.logs.resolver) if args.resolve else None
    for user in hits:
        user_ips = sorted(ips.get(user, set()))
        nets = len({network_of(ip) for ip in user_ips})
        unknowns = 0
        if has_ptr is not None:
            unknowns = sum(1 for ip in user_ips[:MAX_LOOKUPS] if not has_ptr(ip))
        line = printable(
            f"{counts[user]} ({nets} nets/{unknowns} unknown/{len(user_ips)} IPs) -- {first[user]}"
        )
        if (
            policy is None
            or actions is None
            or not (nets > policy.max_networks and unknowns > policy.max_unknowns)
        ):
            report.lines.append(line)
            continue
        reason = f"{counts[user]} webmail messages from {nets} networks and {unknowns} unknown clients"
        outcome_line, disabled = actions.disable(user, reason, line)
        report.lines.append(line + (" [DISABLED]" if disabled else ""))
        if outcome_line:
            report.lines.append(outcome_line)
    if actions is not None:
        actions.send_notices()
    return report


# --- exim and sendmail2relay: counts > max ------------------------------------------------------------


def _counted_report(
    keyed: Iterable[tuple[str, str]], max_count: int, overrides: dict[str, int], period: str
) -> Report:
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    for key, raw in keyed:
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, raw)
    hits = sorted(
        (k for k, c in counts.items() if c > overrides.get(k.partition(":")[2], max_count)),
        key=lambda k: -counts[k],
    )
    report = Report(hits=bool(hits))
    if hits:
        report.lines += [header(period, max_count), ""]
        report.lines += [printable(f"{counts[k]} -- {first[k]}") for k in hits]
    return report


def run_exim(args: argparse.Namespace, cfg: Config, now: datetime) -> Report:
    from spamgear.mail import exim

    if args.seconds is not None:
        args.period = f"{args.seconds}seconds"
    max_count = args.max_pos if args.max_pos is not None else args.max
    since = window(args, now)

    def keyed() -> Iterator[tuple[str, str]]:
        for ev in exim.parse(stream(args.logs or [cfg.logs.exim_log], since, b" <= "), now):
            if ev.time <= since:
                continue
            if ev.user:
                yield (f"{'auth' if ev.auth else 'local'}:{ev.user}", ev.raw)
            if ev.helo:
                yield (f"helo:{ev.helo}", ev.raw)

    overrides = read_overrides(args.overrides or cfg.logs.exim_overrides)
    return _counted_report(keyed(), max_count, overrides, args.period)


def run_relay_users(args: argparse.Namespace, cfg: Config, now: datetime) -> Report:
    from spamgear.mail import php

    since = window(args, now)
    events = php.parse_relay(stream(args.logs or [cfg.logs.postfix_log], since, b"sendmail2relay"), now)
    keyed = ((f"user:{ev.user}", ev.raw) for ev in events if ev.user and ev.time and ev.time > since)
    overrides = read_overrides(args.overrides or cfg.logs.sendmail2relay_overrides)
    return _counted_report(keyed, args.max, overrides, args.period)


# --- php: bare script paths ---------------------------------------------------------------------------


def _paths_over(paths: Iterable[str], max_count: int) -> list[str]:
    counts: dict[str, int] = {}
    for path in paths:
        counts[path] = counts.get(path, 0) + 1
    return sorted((p for p, c in counts.items() if c >= max_count), key=lambda p: (-counts[p], p))


def run_php(args: argparse.Namespace, cfg: Config, now: datetime) -> Report:
    """PHP's mail.log, the whole file (it is rotated daily), as spam-gear did."""
    from spamgear.mail import php

    events = php.parse_maillog(stream(args.logs or [cfg.logs.phpmail_log], None, b"mail() on ["), now)
    hits = _paths_over((ev.path for ev in events), args.max)
    return Report([printable(p) for p in hits], bool(hits))


def _legacy_since(args: argparse.Namespace, now: datetime) -> datetime:
    """spam-gear's window: MINUTES x 1.2, truncated to whole minutes, so cron runs overlap."""
    return now - timedelta(minutes=args.minutes * 12 // 10)


def run_php_legacy(args: argparse.Namespace, cfg: Config, now: datetime) -> Report:
    from spamgear.mail import php

    since = _legacy_since(args, now)
    events = php.parse_wrapper(stream(args.logs or [cfg.logs.postfix_log], since, b"sendmail-php "), now)
    hits = _paths_over((ev.path for ev in events if ev.time and ev.time > since), args.max)
    return Report([printable(p) for p in hits], bool(hits))


MAX_DIR_FILES = 1000


def expand_dir(path: str) -> list[str]:
    """A relay path ending in `/`: the `*.php` files (any case) directly in it, else the path itself."""
    if not path.endswith("/"):
        return [path]
    try:
        entries = sorted(Path(path).iterdir())
    except OSError:
        return [path]
    found = [str(p) for p in entries if p.suffix.lower() == ".php" and p.is_file() and not p.is_symlink()]
    return found[:MAX_DIR_FILES]


def run_php_relay(args: argparse.Namespace, cfg: Config, now: datetime) -> Report:
    from spamgear.mail import php

    since = _legacy_since(args, now)
    events = php.parse_relay(stream(args.logs or [cfg.logs.postfix_log], since, b"sendmail2relay"), now)
    hits = _paths_over((ev.path for ev in events if ev.path and ev.time and ev.time > since), args.max)
    out: list[str] = []
    for path in hits:
        out += [printable(p) for p in expand_dir(path)]
    return Report(out, bool(hits))


RUNNERS: dict[str, Callable[[argparse.Namespace, Config, datetime], Report]] = {
    "postfix": run_postfix,
    "exim": run_exim,
    "roundcube": run_webmail,
    "imp": run_webmail,
    "php": run_php,
    "php-legacy": run_php_legacy,
    "php-sendmail2relay": run_php_relay,
    "sendmail2relay": run_relay_users,
}
