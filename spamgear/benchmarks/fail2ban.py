"""fail2ban rows: log write -> action delay in a real fail2ban-server, hook run time, filter lines/s.

- delay: the rig of `spamgear.fail2ban_rig` (unprivileged server, polling backend); per trial a new
  address writes 8 `POST /wp-login.php` lines (maxretry 8), or a new user 90 `sasl_username=` lines
  (maxretry 90); the delay runs from the write of the last line to the action's record (IP) or the
  account backend's record (user, i.e. after our hook re-checked the evidence). Median of 10 (quick: 3).
- hook: wall time of one `spamgear-f2b-account ban` process (90 matched lines), the installed fast form
  (`python3 -IS`, config snapshot; the default local backend with a `usermod` stand-in) in its
  three cases and the console script (full path), interleaved with `python3 -I -S -c pass` and
  `python3 -c pass`; median of 10 (quick: 3). The issue's target is <= 50 ms for ban -> disable.
- filters: lines/s of `fail2ban-regex` with our filters next to fail2ban's stock `apache-auth` and
  `postfix[mode=auth]` (the stock postfix-sasl jail's filter) on the same generated log.
"""

from __future__ import annotations

import json
import os
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
#: The interpreter the installed hooks run under (`spamgear install-hooks` uses the venv's base python).
SYSTEM_PYTHON = str(Path(sys.base_prefix) / "bin" / "python3")


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
    """One interleaved run: the installed fast hook (`python3 -IS`, config snapshot) in its three
    ban cases, the plain console script (full path: argparse, PyYAML, config dataclasses), and the
    two interpreter floors. The normal case is "evidence ok -> disable through the local backend ->
    state recorded"; `usermod` is a stand-in (/bin/true on PATH) so no real account is touched."""
    console = Path(sys.executable).parent / fail2ban.HOOKS[0]
    if not console.exists():
        raise RuntimeError(f"{console}: console script missing (pip install -e .)")
    with tempfile.TemporaryDirectory(prefix="spamgear-bench-hook-") as tmp:
        work = Path(tmp)
        stub = work / "stub-bin"
        stub.mkdir()
        (stub / "usermod").symlink_to("/bin/true")
        env = {**os.environ, "PATH": f"{stub}:{os.environ.get('PATH', '/usr/bin:/bin')}"}
        # the default local backend: `usermod -L -- USER` (a postfix map would add one atomic write)
        accounts = {"backend": "local", "local_lock": True, "state_file": str(work / "accounts.json")}
        quiet = work / "spamgear.yaml"
        quiet.write_text(json.dumps({"accounts": accounts, "smtp": {"admin": []}}))
        # the notice goes to a closed loopback port: the hook's part (spool + detached sender) is what
        # is timed; the sender fails after the hook returned and the notice stays spooled
        notice = work / "notice.yaml"
        notice.write_text(
            json.dumps(
                {
                    "accounts": {**accounts, "state_file": str(work / "notice" / "accounts.json")},
                    "smtp": {"host": "127.0.0.1", "port": 9, "timeout": 1, "admin": ["root@localhost"]},
                }
            )
        )
        site = sorted({p for p in sys.path if p.endswith("site-packages")})
        fast = fail2ban.write_fast_hook(
            work / "hooks", SYSTEM_PYTHON, [str(fail2ban.DATA_DIR)], site, str(quiet)
        )
        fast_notice = fail2ban.write_fast_hook(
            work / "hooks-notice", SYSTEM_PYTHON, [str(fail2ban.DATA_DIR)], site, str(notice)
        )
        matches = "\n".join(
            f"Nov 25 11:00:00 mail postfix/smtpd[1]: 3F2A11C0{k:03d}: client=unknown[10.{k}.0.1], "
            f"sasl_method=LOGIN, sasl_username=USER"
            for k in range(90)
        )
        weak_lines = "\n".join([matches.splitlines()[0].replace("USER", "w")] * 90)
        base = ["ban", "--jail=bench", "--failures=90"]
        times: dict[str, list[float]] = {k: [] for k in ("IS", "py", "fast", "notice", "weak", "full")}
        fast_cpu: list[float] = []
        floor_cpu: list[float] = []

        def ban(hook: Path, config: Path, user: str, lines: str, cpu: list[float] | None = None) -> float:
            argv = [str(hook), f"--config={config}", *base, f"--fid={user}", f"--matches={lines}"]
            return _run(argv, cpu, env)

        for i in range(trials):
            times["IS"].append(_run([SYSTEM_PYTHON, "-I", "-S", "-c", "pass"], floor_cpu))
            times["fast"].append(ban(fast, quiet, f"u{i}", matches.replace("USER", f"u{i}"), fast_cpu))
            times["py"].append(_run([SYSTEM_PYTHON, "-c", "pass"]))
            times["weak"].append(ban(fast, quiet, "w", weak_lines))
            times["full"].append(ban(console, quiet, f"f{i}", matches.replace("USER", f"f{i}")))
            times["notice"].append(ban(fast_notice, notice, f"n{i}", matches.replace("USER", f"n{i}")))
            time.sleep(
                1.0
            )  # let the detached sender (the full path, ~0.3 s CPU) finish before the next trial
        if len(list((work / "notice" / "accounts.json.notices").iterdir())) != trials:
            raise RuntimeError("the notice case did not spool one notice per ban")
    med = {k: statistics.median(v) for k, v in times.items()}
    floor, py = med["IS"], med["py"]
    note = f"median of {trials}, interleaved; 90 lines, local backend (usermod stand-in), state fsync'd"

    def row(name: str, key: str, extra: str) -> Row:
        return Row(
            name, med[key] * 1000, "ms", "python3 -I -S -c pass", floor * 1000, ratio(med[key], floor), extra
        )

    return [
        Row("python3 -I -S -c pass", floor * 1000, "ms", note=f"median of {trials}: the interpreter floor"),
        Row("python3 -c pass", py * 1000, "ms", "python3 -I -S -c pass", floor * 1000, ratio(py, floor)),
        row("hook (fast, installed): ban -> disable", "fast", note + ", no notice; target <= 50 ms"),
        row(
            "hook (fast): ban -> disable + notice",
            "notice",
            "notice spooled + detached sender (mail not timed)",
        ),
        row("hook (fast): evidence too weak", "weak", "report only"),
        row("hook (console script, full path): disable", "full", "argparse, PyYAML, config dataclasses"),
        Row(
            "hook (fast) CPU: ban -> disable",
            statistics.median(fast_cpu) * 1000,
            "ms",
            "python3 -I -S -c pass CPU",
            statistics.median(floor_cpu) * 1000,
            ratio(statistics.median(fast_cpu), statistics.median(floor_cpu)),
            "user+sys CPU of the process and its children (less load-dependent than wall time)",
        ),
    ]


def _run(argv: list[str], cpu: list[float] | None = None, env: dict[str, str] | None = None) -> float:
    """Wall time of one process; its CPU time (user + sys, less load-dependent) goes to `cpu`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, check=True, timeout=60, capture_output=True, env=env)
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
