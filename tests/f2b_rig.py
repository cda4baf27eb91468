"""Helpers shared by the fail2ban tests: where the installed fail2ban lives and how to reach it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FILTERS = REPO / "filters"
JAILS = REPO / "jails"
ACTIONS = REPO / "actions"
SAMPLES = REPO / "tests" / "samples" / "logs"
RUNNER = REPO / "tests" / "f2b_samples.py"
COMMON_CONF = Path("/etc/fail2ban/filter.d/common.conf")


def fail2ban_python() -> str:
    """The interpreter of the installed fail2ban (from fail2ban-server's shebang); skip if absent."""
    server = shutil.which("fail2ban-server")
    if server is None or not COMMON_CONF.exists():
        pytest.skip("Debian package fail2ban is not installed (no fail2ban-server / common.conf)")
    first = Path(server).read_text(encoding="utf-8", errors="replace").splitlines()[0]
    interp = first[2:].strip().split()[0] if first.startswith("#!") else "/usr/bin/python3"
    if interp.endswith("/env"):
        interp = first[2:].strip().split()[1]
    return interp
