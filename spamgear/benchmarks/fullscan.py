"""full-scan benchmark rows: files/s with YARA alone, clamd alone, both, next to `clamdscan --fdpass`.

Starts a throw-away clamd (temp unix socket, a tiny custom DB, no freshclam; drops to `clamav` when run as
root) and builds a deterministic tree of PHP-like files (a few carry EICAR or the clamd test marker).
Every figure is wall time for the whole tree from one run, process start included:
- `full-scan` (YARA only): `full-scan --json` with paths on stdin, no incremental cache;
- clamd alone: `ClamdClient.scan_many` (FILDES, 4 threads) in a fresh Python process;
- `full-scan` + clamd: the same as the first with `clamd.socket` set (`--workers 4`);
- baseline: `clamdscan --fdpass -f LIST` against the same clamd (and `--multiscan --fdpass`).
"""

from __future__ import annotations

import base64
import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from spamgear.bench import Row, ratio
from spamgear.config import BUILTIN_SIGNATURES

SHARED_SPAM_GEAR = BUILTIN_SIGNATURES.parent.parent / "shared" / "signatures" / "spam-gear"
MARKER = b"SPAMGEAR-TEST-MALWARE-MARKER"
_EICAR = "WDVPIVAlQEFQWzRcUFpYNTQoUF4pN0NDKTd9JEVJQ0FSLVNUQU5EQVJELUFOVElWSVJVUy1URVNULUZJTEUhJEgrSCo="


def _start_clamd(root: Path) -> tuple[subprocess.Popen[bytes], str, Path]:
    clamd = shutil.which("clamd") or "/usr/sbin/clamd"
    if not Path(clamd).exists():
        raise RuntimeError("clamd (clamav-daemon) is not installed")
    for sub in ("db", "run", "tmp"):
        (root / sub).mkdir(parents=True)
    eicar = base64.b64decode(_EICAR)
    (root / "db" / "bench.ndb").write_text(
        f"SpamGear.Test.Marker:0:*:{MARKER.hex()}\nTest.EICAR.Custom:0:0:{eicar.hex()}\n"
    )
    sock = root / "run" / "clamd.sock"
    user = ""
    if os.geteuid() == 0:
        pw = pwd.getpwnam("clamav")
        user = "User clamav\n"
        for sub in ("db", "run", "tmp"):
            os.chown(root / sub, pw.pw_uid, pw.pw_gid)
            for f in (root / sub).iterdir():
                os.chown(f, pw.pw_uid, pw.pw_gid)
        for d in (root.parent, root):
            d.chmod(0o755)  # clamd (user clamav) must reach db/ and run/
    conf = root / "clamd.conf"
    conf.write_text(
        f"LocalSocket {sock}\nLocalSocketMode 666\nFixStaleSocket yes\nDatabaseDirectory {root / 'db'}\n"
        f"Foreground yes\n{user}TemporaryDirectory {root / 'tmp'}\nMaxThreads 4\n"
    )
    proc = subprocess.Popen(
        [clamd, f"--config-file={conf}"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    from spamgear.clamav import ClamdClient

    client = ClamdClient(socket_path=str(sock), timeout=5)
    deadline = time.monotonic() + 60
    while not (sock.exists() and client.ping()):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("clamd did not start")
        time.sleep(0.1)
    return proc, str(sock), conf


def _tree(root: Path, count: int) -> list[str]:
    from spamgear.benchmarks.scan import make_tree

    make_tree(root, count)
    bad = root / "infected"
    bad.mkdir()
    (bad / "eicar.php").write_bytes(base64.b64decode(_EICAR))
    (bad / "marker.php").write_bytes(b"<?php /* " + MARKER + b" */\n")
    return sorted(str(p) for p in root.rglob("*") if p.is_file())


def _timed(argv: list[str], stdin: bytes | None = None) -> tuple[float, bytes]:
    started = time.perf_counter()
    done = subprocess.run(
        argv, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=1800, check=False
    )
    return time.perf_counter() - started, done.stdout


def _found(out: bytes) -> int:
    """Findings in clamdscan output (`...: Sig FOUND`) or full-scan --json lines."""
    lines = out.decode("utf-8", "replace").splitlines()
    return sum(1 for ln in lines if ln.endswith(" FOUND") or '"verdict": "malicious"' in ln)


def rows(quick: bool) -> list[Row]:
    count = 300 if quick else 3000
    dirs = [str(BUILTIN_SIGNATURES)] + ([str(SHARED_SPAM_GEAR)] if SHARED_SPAM_GEAR.is_dir() else [])
    out: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="spamgear-bench-fs-") as tmp:
        work = Path(tmp)
        proc, sock, conf = _start_clamd(work / "clamd")
        try:
            paths = _tree(work / "tree", count)
            n = len(paths)
            listing = work / "list.txt"
            listing.write_text("\n".join(paths) + "\n")
            stdin = listing.read_bytes()
            base = {
                "signatures": {"dirs": dirs, "cache_dir": str(work / "cache")},
                "scan": {"state_dir": str(work / "state"), "incremental": False},
            }
            yara_cfg = work / "yara.yaml"
            yara_cfg.write_text(json.dumps(base))
            both_cfg = work / "both.yaml"
            both_cfg.write_text(json.dumps({**base, "clamd": {"socket": sock, "timeout": 60}}))
            full_scan = [
                sys.executable,
                "-c",
                "from spamgear.commands.fullscan import main; raise SystemExit(main())",
            ]
            # warm-up: compile the rule cache once, and let clamd settle
            _timed([*full_scan, "--config", str(yara_cfg)], stdin=stdin[:2000])
            clamdscan = ["clamdscan", f"--config-file={conf}", "--no-summary", "--fdpass", "-f", str(listing)]
            runs: dict[str, tuple[float, bytes]] = {}
            runs["clamdscan"] = _timed(clamdscan)
            runs["multi"] = _timed([*clamdscan[:-2], "--multiscan", "-f", str(listing)])
            runs["yara"] = _timed([*full_scan, "--config", str(yara_cfg), "--json"], stdin=stdin)
            code = (
                "import sys; from spamgear.clamav import ClamdClient\n"
                "c = ClamdClient(socket_path=sys.argv[1], timeout=60)\n"
                "paths = open(sys.argv[2]).read().split('\\n')[:-1]\n"
                "for v in c.scan_many(paths, workers=4):\n"
                "    tail = ','.join(v.rules) + ' FOUND' if v.rules else v.kind\n"
                "    print(v.path + ': ' + tail)\n"
            )
            runs["clamd"] = _timed([sys.executable, "-c", code, sock, str(listing)])
            runs["both"] = _timed(
                [*full_scan, "--config", str(both_cfg), "--json", "--workers", "4"], stdin=stdin
            )
        finally:
            proc.kill()
            proc.wait()
    base_rate = n / runs["clamdscan"][0]
    note = f"{n} files, 2 cores shared"
    for key, name in (
        ("yara", "full-scan, YARA only"),
        ("clamd", "spamgear clamd client alone (FILDES, 4 threads)"),
        ("both", "full-scan, YARA + clamd (4 clamd workers)"),
        ("multi", "clamdscan --multiscan --fdpass"),
    ):
        seconds, stdout = runs[key]
        rate = n / seconds
        found = f"; {_found(stdout)} found"
        out.append(
            Row(name, rate, "files/s", "clamdscan --fdpass", base_rate, ratio(rate, base_rate), note + found)
        )
    out.append(
        Row(
            "clamdscan --fdpass (baseline)",
            base_rate,
            "files/s",
            note=f"{note}; {_found(runs['clamdscan'][1])} found",
        )
    )
    return out
