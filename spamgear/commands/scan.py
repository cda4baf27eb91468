"""`spamgear scan`: scan files and trees; exit 0 clean, 1 something found, 2 errors only (like clamscan).

`--json` prints exactly one JSON object per file per line (the stable interface, `Verdict.as_json()`).
Otherwise findings and errors are printed as `PATH: FOUND rule,...` / `PATH: ERROR reason`. On a TTY a
progress line with files/s and a summary go to stderr; without a TTY a clean run prints nothing (cron
sends no mail).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from spamgear.config import Config
from spamgear.errors import UsageError
from spamgear.models import Verdict, VerdictKind

EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR = 0, 1, 2
_PATH_MAX = 4096


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "scan", help="scan files and directories with the signature set", description=__doc__
    )
    add_scan_options(parser)
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or directories (or use --stdin)")
    return parser


def add_scan_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON object per file per line")
    parser.add_argument(
        "--stdin", action="store_true", help="read paths from stdin (newline or NUL separated)"
    )
    parser.add_argument("-0", "--null", action="store_true", help="stdin paths are NUL separated")
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print findings only (no errors, no summary)"
    )
    parser.add_argument(
        "--jobs", type=int, default=None, metavar="N", help="worker processes (default: cores)"
    )
    parser.add_argument(
        "--rules",
        action="append",
        default=None,
        metavar="DIR",
        help="signature dir instead of the configured",
    )
    parser.add_argument("--no-cache", action="store_true", help="ignore the incremental scan cache")


def read_stdin_paths(stream: BinaryIO, null: bool, chunk_size: int = 65536) -> Iterator[bytes]:
    """Paths from stdin as they arrive (a `find` feeding us is scanned while it still runs).

    NUL separated with -0, or when a NUL shows up before PATH_MAX bytes (`find -print0`: every path is
    shorter, so its first NUL comes that early); else one per line.
    """
    sep = b"\0" if null else b""
    rest = b""
    while True:
        chunk = stream.read1(chunk_size) if hasattr(stream, "read1") else stream.read(chunk_size)
        data = rest + chunk
        if not sep:
            if b"\0" in data:
                sep = b"\0"
            elif len(data) > _PATH_MAX or not chunk:
                sep = b"\n"
            else:
                rest = data
                continue
        if chunk:
            *parts, rest = data.split(sep)
        else:
            parts, rest = data.split(sep), b""
        for raw in parts:
            path = raw[:-1] if sep == b"\n" and raw.endswith(b"\r") else raw
            if path:
                yield path
        if not chunk:
            return


def exit_code(found: int, errors: int) -> int:
    """1 if anything was found (even with errors: a finding must not hide), 2 on errors only, else 0."""
    if found:
        return EXIT_FOUND
    return EXIT_ERROR if errors else EXIT_CLEAN


class Progress:
    """A one-line progress display on a TTY stderr, refreshed at most 5 times a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.last = 0.0
        self.shown = False

    def update(self, files: int, found: int, started: float) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < 0.2:
            return
        self.last = now
        rate = files / max(now - started, 1e-6)
        sys.stderr.write(f"\r\x1b[K{files} files  {rate:,.0f} files/s  {found} found")
        sys.stderr.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def verdict_line(verdict: Verdict) -> bytes:
    """Human output: the path as its original bytes, then what happened."""
    path = os.fsencode(verdict.path)
    if verdict.kind is VerdictKind.MALICIOUS:
        return path + b": FOUND " + ",".join(verdict.rules).encode() + b"\n"
    if verdict.kind is VerdictKind.ERROR:
        return path + b": ERROR " + verdict.reason.encode("utf-8", "replace") + b"\n"
    return path + b": OK\n"


def json_line(verdict: Verdict) -> bytes:
    """One JSON object; non-UTF-8 names survive as \\udcXX escapes (os.fsdecode), still valid JSON."""
    return json.dumps(verdict.as_json(), ensure_ascii=True).encode("ascii") + b"\n"


def make_engine(cfg: Config, rules: list[str] | None) -> Any:
    from pathlib import Path

    from spamgear.engine import Engine

    for directory in rules or []:
        if not Path(directory).is_dir():
            raise UsageError(f"--rules {directory}: not a directory")

    return Engine.from_config(cfg, compile_if_missing=True, rules_dirs=rules)


def scan_paths(cfg: Config, args: argparse.Namespace, roots: Iterable[bytes | str]) -> Iterator[Verdict]:
    """The verdicts for `roots` with the options in `args` (shared with full-scan)."""
    from spamgear.batch import BatchStats, scan_items
    from spamgear.scancache import ScanCache
    from spamgear.walk import walk

    started = time.monotonic()  # scan.deadline counts from here, ruleset loading included
    engine = make_engine(cfg, args.rules)
    jobs = args.jobs if args.jobs is not None else (cfg.scan.jobs or os.cpu_count() or 1)
    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    cache = None
    if cfg.scan.incremental and not args.no_cache:
        cache = ScanCache(cfg.scan.state_dir, engine.digest)
    stats = BatchStats(started=started)
    progress = Progress(sys.stderr.isatty())
    try:
        for verdict in scan_items(
            engine, walk(roots), jobs=jobs, cache=cache, deadline=cfg.scan.deadline, stats=stats
        ):
            progress.update(stats.files, stats.malicious, stats.started)
            yield verdict
    finally:
        progress.done()
        if cache is not None:
            cache.close()
        engine.close()


def roots_from(args: argparse.Namespace) -> Iterator[bytes | str]:
    """Named paths, then stdin paths (streamed); a usage error when there are none at all."""
    roots: Iterator[bytes | str] = iter(args.paths)
    if args.stdin:
        roots = itertools.chain(roots, read_stdin_paths(sys.stdin.buffer, args.null))
    first = next(roots, None)
    if first is None:
        raise UsageError("scan: no paths given (name them, or pipe them with --stdin)")
    return itertools.chain([first], roots)


def run(args: argparse.Namespace, cfg: Config) -> int:
    out = sys.stdout.buffer
    found = errors = files = 0
    started = time.monotonic()
    for verdict in scan_paths(cfg, args, roots_from(args)):
        files += 1
        if verdict.kind is VerdictKind.MALICIOUS:
            found += 1
        elif verdict.kind is VerdictKind.ERROR:
            errors += 1
        if args.json:
            out.write(json_line(verdict))
        elif verdict.kind is VerdictKind.MALICIOUS or (verdict.kind is VerdictKind.ERROR and not args.quiet):
            out.write(verdict_line(verdict))
    out.flush()
    if not args.quiet and not args.json and sys.stderr.isatty():  # cron: silence when clean
        elapsed = time.monotonic() - started
        sys.stderr.write(f"scanned {files} files in {elapsed:.1f}s: {found} found, {errors} errors\n")
    return exit_code(found, errors)
