"""`check_dnsbl`: the Nagios/Icinga plugin edge for `spamgear.dnsbl`.

Speaks the monitoring-plugins protocol: exit 0/1/2/3, one status line `DNSBL STATE - text | perfdata`,
then long output (one line per listing, policy hit and failed zone; clean zones with -v).

Why not `nagiosplugin.Check`: its `-t` is SIGALRM, which throws away every partial result (the flaw
that makes check_rbl say UNKNOWN when one list is dead), `@guarded` prints a traceback on stdout by
default, and the status line, perfdata order and sanitising of hostile TXT strings are ours to decide
anyway. We do use `nagiosplugin.Range` (the guidelines' `[@][start:][end]` syntax) and
`nagiosplugin.Performance` (perfdata formatting), and keep our own run deadline below `-t`.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import FrameType
from typing import NoReturn

import nagiosplugin

from spamgear import __version__
from spamgear.config import Config
from spamgear.dnsbl import (
    DnsTransport,
    Lookup,
    Options,
    Report,
    local_addresses,
    parse_addresses,
    parse_resolver,
    parse_zones,
    read_zones_file,
    run_check,
    system_resolver,
)
from spamgear.dnsbl_zones import zone_note
from spamgear.errors import SpamgearError, UsageError

OK, WARNING, CRITICAL, UNKNOWN = 0, 1, 2, 3
STATE_NAMES = {OK: "OK", WARNING: "WARNING", CRITICAL: "CRITICAL", UNKNOWN: "UNKNOWN"}
PREFIX = "DNSBL"
#: Status-line bounds: long lists go to the long output.
MAX_NAMES_IN_STATUS = 8
MAX_STATUS_CHARS = 1000

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Thresholds:
    """-w/-c apply to the listing count; --failed-warning to failed zones."""

    warning: nagiosplugin.Range
    critical: nagiosplugin.Range
    failed_warning: nagiosplugin.Range | None = None
    failed_critical: bool = False


def parse_range(text: str, option: str) -> nagiosplugin.Range:
    try:
        return nagiosplugin.Range(text)
    except ValueError as err:
        raise UsageError(f"bad {option} range {text[:40]!r}: {err}") from None


# ------------------------------------------------------------------------------------------- arguments


def add_arguments(parser: argparse.ArgumentParser, *, with_verbose: bool = True) -> None:
    """The plugin's options; shared with `spamgear dnsbl` (which brings its own -v/--config)."""
    parser.add_argument(
        "-H",
        "--host",
        action="append",
        default=[],
        metavar="IP[,IP...]",
        help="IPv4/IPv6 address(es) to check (repeatable); default: this host's own "
        "non-loopback, non-link-local addresses",
    )
    zones = parser.add_mutually_exclusive_group()
    zones.add_argument(
        "-z",
        "--zones",
        action="append",
        default=[],
        metavar="ZONE[,ZONE...]",
        help="DNSBL zones (repeatable); default: the curated list in the config",
    )
    zones.add_argument("--zones-file", metavar="FILE", help="file with one zone per line (# comments)")
    parser.add_argument(
        "-w",
        "--warning",
        default="0",
        metavar="RANGE",
        help="listing count outside RANGE is WARNING (default 0: one listing warns)",
    )
    parser.add_argument(
        "-c",
        "--critical",
        default="1",
        metavar="RANGE",
        help="listing count outside RANGE is CRITICAL (default 1: two listings)",
    )
    parser.add_argument(
        "--failed-warning",
        metavar="RANGE",
        help="failed-zone count outside RANGE is WARNING (default: no threshold)",
    )
    parser.add_argument(
        "--failed-critical", action="store_true", help="all zones failed is CRITICAL instead of UNKNOWN"
    )
    parser.add_argument(
        "-t",
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="plugin timeout; results are reported before it (default: config, 10)",
    )
    parser.add_argument(
        "--query-timeout",
        type=float,
        metavar="SECONDS",
        help="per-query timeout; a dead zone costs this once (default: config, 3)",
    )
    parser.add_argument(
        "--resolver",
        metavar="IP[:PORT]",
        help="recursive resolver to ask (default: config, else /etc/resolv.conf)",
    )
    parser.add_argument(
        "--concurrency", type=int, default=64, metavar="N", help="queries in flight at once (default 64)"
    )
    parser.add_argument(
        "--sanity",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="probe each zone with RFC 5782 test entries 127.0.0.2/127.0.0.1 and "
        "drop zones that fail (default: config, on)",
    )
    parser.add_argument(
        "--no-txt", dest="txt", action="store_false", help="do not fetch TXT reasons of listings"
    )
    if with_verbose:
        parser.add_argument(
            "-v", "--verbose", action="count", default=0, help="also list clean zones and run details"
        )


class PluginArgumentParser(argparse.ArgumentParser):
    """argparse that exits UNKNOWN (3) with a status line, as the plugin guidelines ask."""

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise SystemExit(UNKNOWN)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{PREFIX} UNKNOWN - {sanitize(message)}")
        raise SystemExit(UNKNOWN)


def build_parser() -> PluginArgumentParser:
    parser = PluginArgumentParser(
        prog="check_dnsbl",
        description="Nagios plugin: is this server's IP listed in DNS blocklists? Concurrent, "
        "strict about error answers (RFC 5782).",
    )
    parser.add_argument("-V", "--version", action="version", version=f"check_dnsbl (spamgear) {__version__}")
    parser.add_argument("--config", metavar="FILE", help="extra YAML config layered last")
    add_arguments(parser)
    return parser


# ---------------------------------------------------------------------------------------------- running


def internal_deadline(timeout: float) -> float:
    """Stop querying a little before -t, so the plugin reports instead of being killed."""
    return max(0.2, timeout - max(0.5, 0.1 * timeout))


def run_from_args(args: argparse.Namespace, cfg: Config) -> tuple[Report, Thresholds]:
    """Options + config -> a finished check. Raises `SpamgearError` on bad input."""
    thresholds = Thresholds(
        parse_range(args.warning, "-w"),
        parse_range(args.critical, "-c"),
        parse_range(args.failed_warning, "--failed-warning") if args.failed_warning else None,
        bool(args.failed_critical),
    )
    if args.zones_file:
        zones = read_zones_file(args.zones_file)
    else:
        zones = parse_zones(args.zones or cfg.dnsbl.zones)
    if not zones:
        raise UsageError("no DNSBL zones to check")
    addresses = parse_addresses(args.host) if args.host else local_addresses()
    if not addresses:
        raise UsageError("no non-loopback address found on this host; give -H")
    timeout = args.timeout if args.timeout is not None else cfg.dnsbl.timeout
    query_timeout = args.query_timeout if args.query_timeout is not None else cfg.dnsbl.query_timeout
    if timeout <= 0 or query_timeout <= 0:
        raise UsageError("-t and --query-timeout must be positive")
    resolver_text = args.resolver or cfg.dnsbl.resolver
    server, port = parse_resolver(resolver_text) if resolver_text else system_resolver()
    opts = Options(
        query_timeout=query_timeout,
        deadline=internal_deadline(timeout),
        concurrency=max(1, args.concurrency),
        sanity=cfg.dnsbl.sanity if args.sanity is None else bool(args.sanity),
        txt=bool(args.txt),
    )
    log.debug("checking %d addresses in %d zones via %s:%d", len(addresses), len(zones), server, port)
    return run_check(addresses, zones, DnsTransport(server, port), opts), thresholds


def evaluate(report: Report, th: Thresholds) -> int:
    """The Nagios state: listings against -w/-c, failed zones against --failed-warning, all failed."""
    if report.all_failed():
        return CRITICAL if th.failed_critical else UNKNOWN
    listed = len(report.listings)
    if not th.critical.match(listed):
        return CRITICAL
    if not th.warning.match(listed):
        return WARNING
    if th.failed_warning is not None and not th.failed_warning.match(len(report.failed_zones())):
        return WARNING
    return OK


# ---------------------------------------------------------------------------------------------- speaking


def sanitize(text: str) -> str:
    """Printable ASCII only; `|` (the perfdata separator) and control characters become escapes."""
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch == "|" or code < 32 or code == 127:
            out.append(f"\\x{code:02x}")
        elif code > 127:
            out.append(
                f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}" if code < 65536 else f"\\U{code:08x}"
            )
        else:
            out.append(ch)
    return "".join(out)


def _names(items: Sequence[str]) -> str:
    shown = list(items[:MAX_NAMES_IN_STATUS])
    if len(items) > MAX_NAMES_IN_STATUS:
        shown.append(f"and {len(items) - MAX_NAMES_IN_STATUS} more")
    return ", ".join(shown)


def _short(why: str) -> str:
    """'timeout (no answer in 3s)' -> 'timeout': the status line keeps the kind, the long output the why."""
    return why.split(" (", 1)[0]


def _zones(n: int) -> str:
    return "1 zone" if n == 1 else f"{n} zones"


def _by_address(lookups: Sequence[Lookup]) -> dict[str, list[Lookup]]:
    grouped: dict[str, list[Lookup]] = {}
    for lk in lookups:
        grouped.setdefault(lk.address, []).append(lk)
    return grouped


def summary(report: Report) -> str:
    """The human part of the status line."""
    n = len(report.zones)
    failed = report.failed_zones()
    who = report.addresses[0] if len(report.addresses) == 1 else f"{len(report.addresses)} addresses"
    if report.all_failed():
        return f"all {_zones(n)} failed for {who} ({_names([f'{z} {_short(w)}' for z, w in failed.items()])})"
    parts: list[str] = []
    listed = _by_address(report.listings)
    for address, lks in listed.items():
        parts.append(f"{len(lks)} of {n} zones list {address} ({_names([lk.zone for lk in lks])})")
    if not listed:
        answered = n - len(failed)
        parts.append(
            f"{who} not listed in {answered} of {_zones(n)}" if failed else f"{who} not listed in {_zones(n)}"
        )
    elif len(report.addresses) > len(listed):
        parts.append(f"{len(report.addresses) - len(listed)} other addresses not listed")
    if report.policy:
        multi = len(report.addresses) > 1
        parts.append(
            "policy: "
            + _names(
                [
                    f"{lk.zone} {'/'.join(lk.codes)}" + (f" [{lk.address}]" if multi else "")
                    for lk in report.policy
                ]
            )
        )
    if failed:
        parts.append(f"{len(failed)} failed: " + _names([f"{z} ({_short(w)})" for z, w in failed.items()]))
    text = "; ".join(parts)
    return text if len(text) <= MAX_STATUS_CHARS else text[: MAX_STATUS_CHARS - 3] + "..."


def perfdata(report: Report, th: Thresholds) -> str:
    pairs = len(report.addresses) * len(report.zones)
    metrics = [
        nagiosplugin.Performance("listed", len(report.listings), "", th.warning, th.critical, 0, pairs),
        nagiosplugin.Performance("policy", len(report.policy), "", None, None, 0, pairs),
        nagiosplugin.Performance(
            "failed", len(report.failed_zones()), "", th.failed_warning, None, 0, len(report.zones)
        ),
        nagiosplugin.Performance("time", round(report.elapsed, 3), "s", None, None, 0, None),
    ]
    return " ".join(str(m) for m in metrics)


def long_output(report: Report, verbose: int, resolver: str = "") -> list[str]:
    """One line per listing, policy hit and failed zone; clean zones and run details with -v."""
    lines: list[str] = []
    for lk in report.listings + report.policy:
        reason = f" - {lk.reason}" if lk.reason else ""
        lines.append(f"{lk.outcome}: {lk.address} in {lk.zone} ({'/'.join(lk.codes)}){reason}")
    for zone, why in report.failed_zones().items():
        lines.append(f"failed: {zone}: {why}")
    for zone in report.zones:
        note = zone_note(zone)
        if note:
            lines.append(f"note: {note}")
    if verbose:
        for lk in report.counted():
            if lk.outcome.value == "clean":
                lines.append(f"clean: {lk.address} in {lk.zone}")
        lines.append(
            f"checked {len(report.addresses)} address(es) x {_zones(len(report.zones))}, "
            f"{report.queries} queries"
            + (f" via {resolver}" if resolver else "")
            + f" in {report.elapsed:.3f}s"
            + ("; run deadline reached" if report.deadline_hit else "")
        )
    return [sanitize(line) for line in lines]


def render(report: Report, th: Thresholds, verbose: int = 0, resolver: str = "") -> tuple[int, list[str]]:
    """(exit code, stdout lines): the one place that builds the plugin's output."""
    state = evaluate(report, th)
    status = f"{PREFIX} {STATE_NAMES[state]} - {sanitize(summary(report))} | {perfdata(report, th)}"
    return state, [status, *long_output(report, verbose, resolver)]


def unknown(message: str) -> tuple[int, list[str]]:
    return UNKNOWN, [f"{PREFIX} UNKNOWN - {sanitize(message)}"]


def check_lines(args: argparse.Namespace, cfg: Config) -> tuple[int, list[str]]:
    """Run and render; every failure becomes an UNKNOWN status line (never a traceback on stdout)."""
    try:
        report, th = run_from_args(args, cfg)
    except SpamgearError as err:
        return unknown(str(err))
    except Exception as err:  # a bug must still give Nagios a parseable line
        log.debug("check_dnsbl failed", exc_info=True)
        return unknown(f"internal error: {type(err).__name__}: {err}")
    return render(report, th, getattr(args, "verbose", 0) or 0, args.resolver or cfg.dnsbl.resolver)


@contextlib.contextmanager
def backstop(timeout: float) -> Iterator[None]:
    """Last resort if the run overshoots -t (it should not: the run deadline is below it)."""

    def fire(_signum: int, _frame: FrameType | None) -> None:
        sys.stdout.write(f"{PREFIX} UNKNOWN - plugin timed out after {timeout:g}s\n")
        sys.stdout.flush()
        os._exit(UNKNOWN)

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry of `hooks/check_dnsbl` and the `check_dnsbl` console script."""
    from spamgear import log as spamgear_log
    from spamgear.config import load_config

    args = build_parser().parse_args(argv)
    spamgear_log.setup(max(0, args.verbose - 1))
    try:
        cfg = load_config(args.config)
    except SpamgearError as err:
        state, lines = unknown(str(err))
    else:
        timeout = args.timeout if args.timeout is not None else cfg.dnsbl.timeout
        with backstop(max(timeout, 0.5)):
            state, lines = check_lines(args, cfg)
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()
    return state
