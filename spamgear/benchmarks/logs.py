"""Benchmark: the postfix SASL check over a generated mail.log, next to `wc -l` and spam-gear's awk approach.

The file is generated once per run in a temp dir (1 GB for the full run, ~8 MB for --quick) with the shape
of a busy relay: SASL logins of many users from many networks, mixed with the usual smtpd/qmgr/cleanup
lines. Each contender runs as its own child process so its peak RSS is its own (`os.wait4`):
- spamgear: stream + parse + window filter + per-user tally (what `postfix-spam-check` does);
- awk: one pass that rebuilds each SASL line's stamp, compares it to the boundary and counts per user;
- `wc -l`: the floor for reading the file at all.
The spamgear child also runs on a file 1/16 the size: equal peak RSS on both shows memory stays flat.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from spamgear.bench import Row, ratio

FULL_BYTES = 1 << 30
QUICK_BYTES = 8 << 20
STAMP = "%b %d %H:%M:%S"

#: spam-gear's way, in one awk pass: syslog stamp -> YYYYmmddHHMMSS, keep lines > boundary, count users.
AWK_PROGRAM = r"""
BEGIN {
    split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", m, " ")
    for (i = 1; i <= 12; i++) mon[m[i]] = i
}
/sasl_username=/ {
    split($3, t, ":")
    key = sprintf("%04d%02d%02d%s%s%s", year, mon[$1], $2, t[1], t[2], t[3])
    if (key > boundary) { n = split($0, f, "sasl_username="); c[f[n]]++; lines++ }
}
END { for (u in c) if (c[u] >= 90) hits++; print lines + 0, hits + 0 }
"""

CHILD = r"""
import sys, time
from datetime import datetime, timedelta
from pathlib import Path
from spamgear.mail import logfiles, postfix
from spamgear.mail.abuse import Tally
now = datetime.now().astimezone()
since = now - timedelta(days=2)
tally = Tally(["192.0.2.200"])
n = 0
for ev in postfix.parse(logfiles.read_lines([Path(sys.argv[1])], b"sasl_username="), now):
    if ev.time > since:
        tally.add(ev)
        n += 1
hits = sum(1 for e in tally.all_evidence() if e.count >= 90)
hwm = [ln.split()[1] for ln in open("/proc/self/status") if ln.startswith("VmHWM:")][0]
print(n, hits, hwm)
"""


def generate(path: Path, size: int, seed: int = 7) -> int:
    """Write about `size` bytes of realistic mail.log; returns the number of lines."""
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    now = datetime.now()
    users = [f"user{i}@example.org" for i in range(2000)]
    block: list[str] = []
    for i in range(20000):
        when = (now - timedelta(seconds=86400 - i * 4)).strftime(STAMP)  # in order, like a real log
        qid = f"{rng.getrandbits(40):010X}"
        pid = rng.randrange(1000, 40000)
        kind = rng.random()
        if kind < 0.3:
            if rng.random() < 0.1:
                user, ip = "stolen@example.org", f"198.51.{rng.randrange(256)}.{rng.randrange(1, 255)}"
            else:
                user, ip = rng.choice(users), f"203.0.113.{rng.randrange(1, 255)}"
            name = "unknown" if rng.random() < 0.4 else f"host{rng.randrange(999)}.isp.example"
            block.append(
                f"{when} mail postfix/smtpd[{pid}]: {qid}: client={name}[{ip}], sasl_method=LOGIN, "
                f"sasl_username={user}"
            )
        elif kind < 0.5:
            block.append(
                f"{when} mail postfix/smtpd[{pid}]: connect from unknown[192.0.2.{rng.randrange(255)}]"
            )
        elif kind < 0.7:
            block.append(
                f"{when} mail postfix/qmgr[812]: {qid}: from=<a{i}@example.org>, "
                f"size={rng.randrange(900, 90000)}, nrcpt=1 (queue active)"
            )
        elif kind < 0.85:
            block.append(
                f"{when} mail postfix/smtp[{pid}]: {qid}: to=<b{i}@example.net>, relay=mx.example.net"
                f"[198.51.100.25]:25, delay=0.4, delays=0.1/0/0.1/0.2, dsn=2.0.0, status=sent (250 ok)"
            )
        else:
            block.append(f"{when} mail postfix/cleanup[{pid}]: {qid}: message-id=<{qid}@example.org>")
    text = ("\n".join(block) + "\n").encode()
    lines = 0
    with path.open("wb") as fh:
        written = 0
        while written < size:
            fh.write(text)
            written += len(text)
            lines += len(block)
    return lines


def _hwm(pid: int) -> int:
    """VmHWM (peak RSS, KiB) of a running process; 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _timed(argv: list[str]) -> tuple[float, float, int, str]:
    """Run argv as a child; (wall s, CPU s, peak RSS in KiB sampled every 5 ms, stdout).

    CPU time (user + sys from wait4) is what to compare on a shared machine; wall time follows the load.
    rusage's ru_maxrss is useless here: a child forked from this Python inherits its peak across exec.
    """
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL)
        peak = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, _hwm(proc.pid))
            time.sleep(0.005)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode().strip()
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[0]} exited {proc.returncode}")
    return elapsed, usage.ru_utime + usage.ru_stime, peak, text


def rows(quick: bool) -> list[Row]:
    size = QUICK_BYTES if quick else FULL_BYTES
    with tempfile.TemporaryDirectory(prefix="spamgear-bench-logs-") as tmp:
        big = Path(tmp) / "mail.log"
        small = Path(tmp) / "mail-small.log"
        lines = generate(big, size)
        small_lines = generate(small, max(size // 16, 1 << 20))
        subprocess.run(["cat", str(big)], stdout=subprocess.DEVNULL, check=True)  # warm the page cache
        boundary = (datetime.now() - timedelta(days=2)).strftime("%Y%m%d%H%M%S")
        year = str(datetime.now().year)
        py = [sys.executable, "-c", CHILD]
        t_sg, cpu_sg, _, out_sg = _timed([*py, str(big)])
        _, _, _, out_small = _timed([*py, str(small)])
        rss_sg, rss_small = int(out_sg.split()[-1]), int(out_small.split()[-1])  # the child's own VmHWM
        out_sg = " ".join(out_sg.split()[:2])
        awk = ["awk", "-v", f"boundary={boundary}", "-v", f"year={year}", AWK_PROGRAM, str(big)]
        t_awk, cpu_awk, rss_awk, out_awk = _timed(awk)
        t_wc, cpu_wc, _, _ = _timed(["wc", "-l", str(big)])
    mb = size / (1 << 20)
    sg_rate, awk_rate, wc_rate = lines / t_sg, lines / t_awk, lines / t_wc
    note = f"{mb:,.0f} MiB, {lines:,} lines; sasl lines/hits: spamgear {out_sg}, awk {out_awk}"
    cpu_rate, awk_cpu_rate, wc_cpu_rate = lines / cpu_sg, lines / cpu_awk, lines / max(cpu_wc, 1e-3)
    return [
        Row(
            "postfix check lines per CPU-second (spamgear)",
            cpu_rate,
            "lines/cpu-s",
            "awk one pass (mawk)",
            awk_cpu_rate,
            ratio(cpu_rate, awk_cpu_rate),
            f"wc -l: {wc_cpu_rate:,.0f} lines/cpu-s",
        ),
        Row(
            "postfix check lines/s (spamgear)",
            sg_rate,
            "lines/s",
            "awk one pass (mawk)",
            awk_rate,
            ratio(sg_rate, awk_rate),
            note,
        ),
        Row(
            "postfix check lines/s (spamgear)", sg_rate, "lines/s", "wc -l", wc_rate, ratio(sg_rate, wc_rate)
        ),
        Row(
            "postfix check peak RSS (spamgear)",
            rss_sg / 1024,
            "MiB",
            f"same, {small_lines:,} lines",
            rss_small / 1024,
            ratio(rss_sg, rss_small),
            "≈1.0 = memory flat in file size",
        ),
        Row(
            "awk one pass peak RSS",
            rss_awk / 1024,
            "MiB",
            "spamgear peak RSS",
            rss_sg / 1024,
            ratio(rss_awk, rss_sg),
            "sampled every 5 ms",
        ),
        Row(
            "postfix check wall time (spamgear)", t_sg, "s", "awk one pass (mawk)", t_awk, ratio(t_sg, t_awk)
        ),
    ]
