"""Logging set-up for the edges (cli, adapters). Library modules only call `logging.getLogger(__name__)`."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

SYSLOG_IDENT = "spamgear"


def setup(verbosity: int = 0, syslog: bool = False) -> None:
    """stderr logging at WARNING (-v INFO, -vv DEBUG); optionally also syslog with ident `spamgear`.

    Never logs to stdout: stdout belongs to the host protocol (ModSecurity, Nagios, --json).
    """
    level = logging.WARNING - 10 * min(verbosity, 2)
    root = logging.getLogger("spamgear")
    root.setLevel(min(level, logging.INFO) if syslog else level)
    root.handlers.clear()
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setLevel(level)
    stderr.setFormatter(logging.Formatter("spamgear: %(message)s"))
    root.addHandler(stderr)
    if syslog:
        root.addHandler(syslog_handler())
    root.propagate = False


def syslog_handler() -> logging.Handler:
    """A handler to the local syslog socket with ident `spamgear`; falls back to a null handler."""
    for address in ("/dev/log", "/var/run/syslog"):
        if not Path(address).exists():  # Python 3.11 defers the failure to every emit()
            continue
        try:
            handler: logging.Handler = logging.handlers.SysLogHandler(
                address=address, facility=logging.handlers.SysLogHandler.LOG_DAEMON
            )
        except OSError:
            continue
        handler.setFormatter(logging.Formatter(SYSLOG_IDENT + ": %(message)s"))
        handler.setLevel(logging.INFO)
        return handler
    return logging.NullHandler()
