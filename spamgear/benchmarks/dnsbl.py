"""DNSBL rows: `check_dnsbl` wall time for 7 and 77 zones, with and without a dead zone, on the loopback rig.

Each wall time sits next to what it should cost: the slowest single answer (no dead zone) or the slowest
answer plus one per-query timeout (one dead zone). Debian's `check_rbl` (monitoring-plugins-contrib)
runs on the same rig through Net::DNS's `RES_NAMESERVERS`/`RES_OPTIONS=port:N` when it and its Perl
modules are installed. Both tools run as processes, so the figures include interpreter start-up.
Needs the dev extras (dnslib) for the rig.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from spamgear.bench import Row, ratio

CHECK_RBL = "/usr/lib/nagios/plugins/check_rbl"
LISTED = "203.0.113.5"
DEAD = "dead.rig.test"


def _zone(i: int) -> str:
    return f"bl{i:03d}.rig.test"


@contextmanager
def _rig(latency_ms: float, tmp: Path) -> Iterator[int]:
    """The rig as its own process (no GIL sharing with what is measured); yields its port."""
    zones: dict[str, dict[str, object]] = {}
    for i in range(1, 78):  # latencies spread over 0.5x..1.5x, so one zone is clearly the slowest
        zones[_zone(i)] = {"latency_ms": latency_ms * (0.5 + i / 77)}
    zones[_zone(1)]["listed"] = {LISTED: ["127.0.0.2"]}
    zones[DEAD] = {"mode": "timeout"}
    spec, port_file = tmp / "rig.json", tmp / "rig.port"
    spec.write_text(json.dumps({"zones": zones}), encoding="utf-8")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "spamgear.testing.dnsbl_rig",
            "--spec",
            str(spec),
            "--port-file",
            str(port_file),
            "--lifetime",
            "900",
        ],
    )
    try:
        for _ in range(200):
            if port_file.exists() and port_file.read_text().strip():
                break
            if proc.poll() is not None:
                raise RuntimeError("rig exited")
            time.sleep(0.05)
        yield int(port_file.read_text())
    finally:
        proc.terminate()
        proc.wait(10)


def _slowest_answer(port: int, zones: Sequence[str]) -> float:
    """Max over zones of one sequential A query (what a perfect concurrent checker has to wait for)."""
    import dns.message
    import dns.query

    worst = 0.0
    for zone in zones:
        query = dns.message.make_query(f"9.113.0.203.{zone}.", "A")
        t0 = time.perf_counter()
        dns.query.udp(query, "127.0.0.1", port=port, timeout=5)
        worst = max(worst, time.perf_counter() - t0)
    return worst


def _timed(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    t0 = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, check=False)
    wall = time.perf_counter() - t0
    first = (proc.stdout.splitlines() or [proc.stderr.strip()[:80]])[0]
    return wall, proc.returncode, first


def _perf_time(status: str) -> float:
    """The plugin's own `time=` perfdata (the run without interpreter start-up), 0.0 if absent."""
    for item in status.partition(" | ")[2].split():
        if item.startswith("time="):
            return float(item[5:].split(";")[0].rstrip("s"))
    return 0.0


def _short(status: str) -> str:
    return status.split(" | ")[0][:90]


def _check_rbl_usable() -> str:
    """'' when check_rbl can run here, else why not."""
    if not Path(CHECK_RBL).is_file():
        return f"{CHECK_RBL} not installed (monitoring-plugins-contrib)"
    probe = subprocess.run(["perl", "-c", CHECK_RBL], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        return "check_rbl's Perl modules missing: " + probe.stderr.split(" (")[0][:80]
    return ""


def rows(quick: bool) -> list[Row]:
    latency = 20.0 if quick else 50.0
    qt = 1.0 if quick else 2.0  # check_rbl takes whole seconds only
    check_dnsbl = shutil.which("check_dnsbl", path=str(Path(sys.executable).parent)) or "check_dnsbl"
    rbl_missing = _check_rbl_usable()
    out: list[Row] = []
    with (
        tempfile.TemporaryDirectory(prefix="spamgear-bench-dnsbl-") as tmpdir,
        _rig(latency, Path(tmpdir)) as port,
    ):
        live = [_zone(i) for i in range(1, 78)]
        slowest7 = _slowest_answer(port, live[:7])
        slowest77 = _slowest_answer(port, live)
        start_wall, _, _ = _timed([check_dnsbl, "--version"])
        out.append(
            Row(
                "slowest single answer, 7 zones", slowest7, "s", note=f"rig latency {latency:g} ms x 0.5..1.5"
            )
        )
        out.append(Row("slowest single answer, 77 zones", slowest77, "s"))
        out.append(
            Row("check_dnsbl start-up (--version)", start_wall, "s", note="included in every wall below")
        )
        cases = [("7 zones", live[:7], 1, slowest7), ("7 zones, 1 dead", [*live[:6], DEAD], 1, slowest7)]
        cases += [("77 zones", live, 1, slowest77), ("77 zones, 1 dead", [*live[:76], DEAD], 1, slowest77)]
        if not quick:
            cases += [
                ("8 IPs x 77 zones", live, 8, slowest77),
                ("8 IPs x 77 zones, 1 dead", [*live[:76], DEAD], 8, slowest77),
            ]
        for label, zones, n_ips, slowest in cases:
            hosts = ",".join([LISTED, *(f"198.51.100.{i}" for i in range(1, n_ips))])
            dead = DEAD in zones
            expected = slowest + (qt if dead else 0.0)
            argv = [
                check_dnsbl,
                "-H",
                hosts,
                "-z",
                ",".join(zones),
                "--resolver",
                f"127.0.0.1:{port}",
                "--query-timeout",
                f"{qt:g}",
                "-t",
                "30",
            ]
            wall, rc, status = _timed(argv)
            in_run = _perf_time(status)
            target = "slowest answer" + (f" + {qt:g}s query timeout" if dead else "")
            out.append(
                Row(
                    f"check_dnsbl {label}: time= perfdata",
                    in_run,
                    "s",
                    target,
                    expected,
                    ratio(in_run, expected),
                )
            )
            out.append(
                Row(f"check_dnsbl {label}: process wall", wall, "s", note=f"rc {rc}: {_short(status)}")
            )
            if rbl_missing or n_ips > 1:
                continue
            env = {**os.environ, "RES_NAMESERVERS": "127.0.0.1", "RES_OPTIONS": f"port:{port}"}
            rbl_argv = [CHECK_RBL, "-H", LISTED, *[a for z in zones for a in ("-s", z)]]
            runs = [(f"--query-timeout {qt:g}", ["-t", "30", "--query-timeout", f"{qt:g}"])]
            if dead and label.startswith("7") and not quick:
                runs.append(("defaults -t 15, --query-timeout 15", []))
            for what, extra in runs:
                rbl_wall, rbl_rc, rbl_status = _timed([*rbl_argv, *extra], env)
                out.append(
                    Row(
                        f"check_rbl {label} ({what}): process wall",
                        rbl_wall,
                        "s",
                        "check_dnsbl process wall",
                        wall,
                        ratio(rbl_wall, wall),
                        f"rc {rbl_rc}: {_short(rbl_status)}",
                    )
                )
    if rbl_missing:
        out.append(Row("check_rbl", 0.0, "", note=f"not run: {rbl_missing}"))
    return out
