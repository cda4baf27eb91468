"""`full-scan`: spam-gear's scanner front end. Paths on stdin, findings as `PATH [KIND] [NAME]` on stdout.

    find /home -mtime -2 -name '*php' | full-scan [-q [DIR]] [-n [PATTERN]] [-c FILE]

`-q/--quarantine [DIR]` (default /root/shells) moves findings away - in spam-gear `-q` means quarantine,
not quiet. `-n/--notify-user [PATTERN]` mails each owner (sed BRE with one group, default
`^/home/\\([^/.]*\\)/.*`), `-c/--custom-email FILE` is the mail template. Exit 1 if anything was found,
2 on usage errors or when only errors occurred, 0 otherwise. With findings, stderr ends with
`TOTAL TIME: ...` as in spam-gear.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from spamgear.errors import SpamgearError, UsageError
from spamgear.models import VerdictKind

EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    from spamgear.fullscan import DEFAULT_NOTIFY_PATTERN, DEFAULT_QUARANTINE

    parser = argparse.ArgumentParser(
        prog="full-scan", description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument(
        "-q", "--quarantine", nargs="?", const=DEFAULT_QUARANTINE, default=None, metavar="DIR"
    )
    parser.add_argument(
        "-n", "--notify-user", nargs="?", const=DEFAULT_NOTIFY_PATTERN, default=None, metavar="PATTERN"
    )
    parser.add_argument("-c", "--custom-email", default=None, metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print `spamgear scan --json` lines instead")
    parser.add_argument(
        "--jobs", type=int, default=None, metavar="N", help="worker processes (default: cores)"
    )
    parser.add_argument(
        "--config", metavar="FILE", help="extra YAML config layered last (also $SPAMGEAR_CONFIG)"
    )
    parser.add_argument("-v", "--verbose", action="count", default=0)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 on usage errors, 0 for -h
        return int(exc.code or 0)
    from spamgear import log

    log.setup(args.verbose)
    try:
        return _run(args)
    except SpamgearError as err:
        print(f"full-scan: {err}" if not str(err).startswith("full-scan") else str(err), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_FOUND  # spam-gear: INT/TERM exit 1


def _run(args: argparse.Namespace) -> int:
    from spamgear.commands.scan import json_line, scan_paths
    from spamgear.config import load_config
    from spamgear.fullscan import FullScan, FullScanOptions, finding_line, read_paths, total_time

    if args.custom_email is not None and not Path(args.custom_email).is_file():
        print(f"{args.custom_email}: Does not exists", file=sys.stderr)
        return EXIT_ERROR
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    cfg = load_config(args.config)
    options = FullScanOptions(args.quarantine, args.notify_user, args.custom_email)
    pipeline = FullScan(cfg, options)  # fails here, before scanning, if a requested stage is missing
    started = time.monotonic()
    paths = list(read_paths(sys.stdin.buffer))
    scan_args = argparse.Namespace(rules=None, jobs=args.jobs, no_cache=False)
    out = sys.stdout.buffer
    found = errors = 0
    for verdict in pipeline.run(scan_paths(cfg, scan_args, paths) if paths else iter(())):
        if verdict.kind is VerdictKind.MALICIOUS:
            found += 1
            out.write(json_line(verdict) if args.json else finding_line(verdict))
        elif verdict.kind is VerdictKind.ERROR:
            errors += 1
            if args.json:
                out.write(json_line(verdict))
            else:
                sys.stderr.write(f"{verdict.path}: {verdict.reason}\n")
        elif args.json:
            out.write(json_line(verdict))
    out.flush()
    if found:
        sys.stderr.write(f"\nTOTAL TIME: {total_time(time.monotonic() - started)}\n")
        return EXIT_FOUND
    return EXIT_ERROR if errors else EXIT_CLEAN
