"""fail2ban rows: log write -> action delay in a real fail2ban-server, hook run time, filter lines/s.

- delay: the rig of `spamgear.fail2ban_rig` (unprivileged server, polling backend); per trial a new
  address writes 8 `POST /wp-login.php` lines (maxretry 8), or a new user 90 `sasl_username=` lines
  (maxretry 90); the delay runs from the write of the last line to the action's record (IP) or the
  account backend's record (user, i.e. after our hook re-checked the evidence). Median of 10 (quick: 3).
- hook: wall time of one `spamgear-f2b-account ban` process (90 matched lines, command backend,
  no mail), next to a bare `python3 -c pass` start; median of 10 (quick: 3).
- filters: lines/s of `fail2ban-regex` with our filters next to fail2ban's stock `apache-auth` and
  `postfix[mode=auth]` (the stock postfix-sasl jail's filter) on the same generated log.
"""

from __future__ import annotations

import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from spamgear import fail2ban
from spamgear.bench import Row, ratio
from spamgear.fail2ban_rig import Fail2banRig

STOCK_FILTERS = Path("/etc/fail2ban/filter.d")


def rows(quick: bool) -> list[Row]:
    if shutil.which("fail2ban-server") is None or not (STOCK_FILTERS / "common.conf").exists():
        raise RuntimeError("fail2ban is not installed (Debian package fail2ban)")
    trials = 3 if quick else 10
    out = _delays(trials)
    out.extend(_hook_times(trials))
    out.extend(_filter_rates(20_000 if quick else 200_000))
    return out


def _delays(trials: int) -> list[Row]:
    run = Path(tempfile.mkdtemp(prefix="spamgear-bench-f2b-", dir="/tmp"))
    rig = Fail2banRig(run, fail2ban.DATA_DIR / "hooks")
    ip_delays: list[float] = []
    user_delays: list[float] = []
    try:
        rig.start()
        for i in range(trials):
            ip = f"203.0.113.{i + 1}"
            t0 = rig.append_apache(ip, "/wp-login.php", n=8)
            rig.wait(partial(_ip_ban, rig, ip), 15, f"ban of {ip}")
            ip_delays.append(_ip_ban(rig, ip)[0] - t0)
        for i in range(trials):
            user = f"user{i}"
            lines = [
                (user, "unknown" if k % 2 else f"pc{k}.example.net", f"2001:db8:{k % 12:x}::{k + 1:x}")
                for k in range(90)
            ]
            t0 = rig.append_sasl(lines)
            rig.wait(partial(_disabled, rig, user), 15, f"disable of {user}")
            user_delays.append(_disabled(rig, user)[0] - t0)
    finally:
        rig.close()
        shutil.rmtree(run, ignore_errors=True)
    return [
        Row(
            "write -> IP ban action (8th POST)",
            statistics.median(ip_delays) * 1000,
            "ms",
            note=_spread(ip_delays) + ", polling backend",
        ),
        Row(
            "write -> account disabled (90th login)",
            statistics.median(user_delays) * 1000,
            "ms",
            note=_spread(user_delays) + ", incl. the hook's evidence check",
        ),
    ]


def _spread(values: list[float]) -> str:
    return f"median of {len(values)}, min {min(values) * 1000:.0f} max {max(values) * 1000:.0f} ms"


def _ip_ban(rig: Fail2banRig, ip: str) -> list[float]:
    return [r.at for r in rig.ip_actions() if r.fields[:1] == ("ban",) and r.fields[2] == ip]


def _disabled(rig: Fail2banRig, user: str) -> list[float]:
    return [r.at for r in rig.account_calls() if r.fields == ("disable", user)]


def _hook_times(trials: int) -> list[Row]:
    hook = Path(sys.executable).parent / fail2ban.HOOKS[0]
    if not hook.exists():
        raise RuntimeError(f"{hook}: console script missing (pip install -e .)")
    with tempfile.TemporaryDirectory(prefix="spamgear-bench-hook-") as tmp:
        work = Path(tmp)
        config = work / "spamgear.yaml"
        config.write_text(
            json.dumps(
                {
                    "accounts": {
                        "backend": "command",
                        "disable_command": ["/bin/true", "{user}"],
                        "enable_command": ["/bin/true", "{user}"],
                        "state_file": str(work / "accounts.json"),
                    },
                    "smtp": {"admin": []},
                }
            )
        )
        matches = "\n".join(
            f"Nov 25 11:00:00 mail postfix/smtpd[1]: 3F2A11C0{k:03d}: client=unknown[10.{k}.0.1], "
            f"sasl_method=LOGIN, sasl_username=USER"
            for k in range(90)
        )
        args = [f"--config={config}", "ban", "--jail=bench", "--failures=90"]
        disable, weak, inproc, python = [], [], [], []
        disable_cpu: list[float] = []
        python_cpu: list[float] = []
        weak_lines = "\n".join([matches.splitlines()[0].replace("USER", "w")] * 90)
        for i in range(trials):
            user = f"u{i}"
            disable.append(
                _run(
                    [str(hook), *args, f"--fid={user}", f"--matches={matches.replace('USER', user)}"],
                    disable_cpu,
                )
            )
            weak.append(_run([str(hook), *args, "--fid=w", f"--matches={weak_lines}"]))
            timed = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    _IN_PROCESS,
                    *args,
                    f"--fid=v{i}",
                    f"--matches={matches.replace('USER', f'v{i}')}",
                ],
                check=True,
                timeout=60,
                capture_output=True,
                text=True,
            )
            inproc.append(float(timed.stdout.split()[-1]))
            python.append(_run([sys.executable, "-c", "pass"], python_cpu))
    py = statistics.median(python)
    note = f"median of {trials}; 90 lines, command backend (/bin/true), no mail"
    return [
        Row(
            "hook process: evidence ok -> disable",
            statistics.median(disable) * 1000,
            "ms",
            "python3 -c pass",
            py * 1000,
            ratio(statistics.median(disable), py),
            note,
        ),
        Row(
            "hook process: evidence too weak",
            statistics.median(weak) * 1000,
            "ms",
            "python3 -c pass",
            py * 1000,
            ratio(statistics.median(weak), py),
            f"median of {trials}; report only",
        ),
        Row(
            "hook process CPU: evidence ok -> disable",
            statistics.median(disable_cpu) * 1000,
            "ms",
            "python3 -c pass CPU",
            statistics.median(python_cpu) * 1000,
            ratio(statistics.median(disable_cpu), statistics.median(python_cpu)),
            f"median of {trials}; user+sys CPU of the process (less load-dependent than wall time)",
        ),
        Row(
            "hook in-process: imports + disable",
            statistics.median(inproc) * 1000,
            "ms",
            note=note + "; interpreter start-up excluded",
        ),
    ]


#: Times the adapter inside one interpreter: imports + main(), printed on stdout (the hook never uses it).
_IN_PROCESS = (
    "import sys, time\n"
    "t = time.perf_counter()\n"
    "from spamgear.adapters.fail2ban import main\n"
    "rc = main(sys.argv[1:])\n"
    "print(time.perf_counter() - t)\n"
    "sys.exit(rc)\n"
)


def _run(argv: list[str], cpu: list[float] | None = None) -> float:
    """Wall time of one process; its CPU time (user + sys, less load-dependent) goes to `cpu`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, check=True, timeout=60, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def _filter_rates(n: int) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="spamgear-bench-regex-") as tmp:
        work = Path(tmp)
        fdir = work / "filter.d"
        fdir.mkdir()
        for src in (fail2ban.DATA_DIR / "filters").glob("*.conf"):
            (fdir / src.name).symlink_to(src)
        (fdir / "common.conf").symlink_to(STOCK_FILTERS / "common.conf")
        access, mail = work / "access.log", work / "mail.log"
        _write_access(access, n)
        _write_mail(mail, n)
        ours_php = _rate(access, str(fdir / "spamgear-php-login.conf"), n)
        stock_auth = _rate(access, str(STOCK_FILTERS / "apache-auth.conf"), n)
        ours_sasl = _rate(mail, str(fdir / "spamgear-sasl-user.conf"), n)
        stock_sasl = _rate(mail, f"{STOCK_FILTERS / 'postfix.conf'}[mode=auth]", n)
    return [
        Row(
            "filter spamgear-php-login",
            ours_php,
            "lines/s",
            "stock apache-auth",
            stock_auth,
            ratio(ours_php, stock_auth),
            f"fail2ban-regex, {n} access-log lines, 5% login POSTs",
        ),
        Row(
            "filter spamgear-sasl-user",
            ours_sasl,
            "lines/s",
            "stock postfix[mode=auth]",
            stock_sasl,
            ratio(ours_sasl, stock_sasl),
            f"fail2ban-regex, {n} mail-log lines, 10% sasl_username=",
        ),
    ]


def _rate(log: Path, flt: str, n: int) -> float:
    started = time.perf_counter()
    subprocess.run(
        ["fail2ban-regex", "--print-no-missed", "--print-no-ignored", str(log), flt],
        check=True,
        timeout=900,
        capture_output=True,
    )
    return n / (time.perf_counter() - started)


def _write_access(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            ip = f"198.51.{i % 200}.{i % 250 + 1}"
            stamp = f"25/Nov/2026:10:{i // 3600 % 60:02d}:{i % 60:02d} +0000"
            req = "POST /wp-login.php" if i % 20 == 0 else f"GET /blog/post-{i % 997}.html"
            fh.write(
                f'{ip} - - [{stamp}] "{req} HTTP/1.1" 200 {i % 9000} "https://www.example.org/" '
                '"Mozilla/5.0 (X11; Linux x86_64)"\n'
            )


def _write_mail(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            stamp = f"Nov 25 10:{i // 3600 % 60:02d}:{i % 60:02d}"
            pid = 1000 + i % 5000
            if i % 10 == 0:
                text = (
                    f"{i:010X}: client=unknown[203.0.113.{i % 250 + 1}], sasl_method=LOGIN, "
                    f"sasl_username=user{i % 300}"
                )
            elif i % 10 == 1:
                text = (
                    f"warning: unknown[192.0.2.{i % 250 + 1}]: SASL LOGIN authentication failed: UGFzc3dvcmQ6"
                )
            else:
                text = (
                    f"{i:010X}: to=<r{i % 77}@example.net>, relay=mx.example.net[192.0.2.7]:25, status=sent"
                )
            fh.write(f"{stamp} mail postfix/smtpd[{pid}]: {text}\n")
