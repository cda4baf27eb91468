"""Shared bits of the DNSBL tests: the strict Nagios output grammar and a rig fixture factory."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

# monitoring-plugins guidelines: 'label'=value[UOM];[warn];[crit];[min];[max], space separated
_NUM = r"-?[0-9]+(?:\.[0-9]+)?"
_RANGE = rf"@?(?:~|{_NUM})?(?::(?:{_NUM})?)?"
_LABEL = r"(?:'[^'=]+'|[^'= |]+)"
_UOM = r"(?:s|ms|us|%|B|KB|MB|TB|c)?"
_ITEM = rf"{_LABEL}={_NUM}{_UOM}(?:;(?:{_RANGE})?(?:;(?:{_RANGE})?(?:;(?:{_NUM})?(?:;(?:{_NUM})?)?)?)?)?"
PERFDATA_RE = re.compile(rf"^{_ITEM}(?: {_ITEM})*$")
STATUS_RE = re.compile(r"^DNSBL (OK|WARNING|CRITICAL|UNKNOWN) - ([^|\n]+?)(?: \| (.*))?$")
EXIT = {"OK": 0, "WARNING": 1, "CRITICAL": 2, "UNKNOWN": 3}

VENV_BIN = Path(sys.executable).parent


def parse_output(stdout: str) -> tuple[str, str, dict[str, list[str]], list[str]]:
    """(state, text, perfdata {label: [value, warn, crit, min, max]}, long lines); asserts the grammar."""
    lines = stdout.splitlines()
    assert lines, "no output"
    match = STATUS_RE.match(lines[0])
    assert match, f"bad status line: {lines[0]!r}"
    state, text, perf = match.groups()
    metrics: dict[str, list[str]] = {}
    if perf is not None:
        assert PERFDATA_RE.match(perf), f"bad perfdata: {perf!r}"
        for item in perf.split(" "):
            label, _, rest = item.partition("=")
            metrics[label] = rest.split(";")
    for line in lines[1:]:
        assert "|" not in line, f"'|' in long output: {line!r}"
        assert line.isprintable() and line.isascii(), repr(line)
    return state, text, metrics, lines[1:]


def run_plugin(*args: str, timeout: float = 60) -> tuple[int, str, dict[str, list[str]], list[str], str]:
    """Run the installed `check_dnsbl` console script; returns (rc, state text, perf, long, status line)."""
    proc = subprocess.run(
        [str(VENV_BIN / "check_dnsbl"), *args], capture_output=True, text=True, timeout=timeout, check=False
    )
    state, text, perf, long = parse_output(proc.stdout)
    assert proc.returncode == EXIT[state], (proc.returncode, proc.stdout, proc.stderr)
    return proc.returncode, text, perf, long, proc.stdout.splitlines()[0]
