"""`spamgear daemon [--foreground]`: the resident upload scanner behind `runav-client` and the Lua hook."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from spamgear.config import Config, load_config


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "daemon",
        help="serve upload scans on a unix socket (fd passing); rules loaded once",
        description=__doc__,
    )
    parser.add_argument(
        "--foreground", action="store_true", help="stay in the foreground (what systemd runs)"
    )
    parser.add_argument("--socket", metavar="PATH", help="override daemon.socket / $SPAMGEAR_SOCKET")
    parser.add_argument("--pidfile", metavar="FILE", help="write the daemon's pid here")
    return parser


def _detach() -> None:
    """Classic double fork: no controlling terminal, stdio on /dev/null."""
    if os.fork() > 0:
        os._exit(0)
    os.setsid()
    if os.fork() > 0:
        os._exit(0)
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)


def run(args: argparse.Namespace, cfg: Config) -> int:
    from spamgear import log
    from spamgear.daemon import ScanDaemon, run_daemon
    from spamgear.errors import ConfigError
    from spamgear.hooksettings import policy_problem

    problem = policy_problem(cfg.hook.fail_policy, cfg.hook.deadline, cfg.hook.slow_scan)
    if problem:
        raise ConfigError(problem)
    explicit = getattr(args, "config", None)
    daemon = ScanDaemon(cfg, config_loader=lambda: load_config(explicit), path=args.socket)
    daemon.bind()  # fail here, on the terminal, when the socket cannot be made
    if not args.foreground:
        _detach()
    log.setup(getattr(args, "verbose", 0) or 0, syslog=not args.foreground)
    if args.pidfile:
        with open(args.pidfile, "w", encoding="ascii") as fh:
            fh.write(f"{os.getpid()}\n")
    sys.stdout.flush()
    return run_daemon(daemon)
