"""A throw-away real clamd for tests: temp unix socket + loopback TCP port + a tiny test-made DB.

No freshclam, no official DB: the DB is an `.ndb` (a marker string and EICAR, rebuilt from base64 so
no file in the repo carries it) and an `.hdb` (MD5s of files from clamav-testfiles). ClamAV appends
`.UNOFFICIAL` to the names of such custom signatures.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

CLAMD = shutil.which("clamd") or ("/usr/sbin/clamd" if os.path.exists("/usr/sbin/clamd") else None)
TESTFILES = Path("/usr/share/clamav-testfiles")

MARKER = b"SPAMGEAR-TEST-MALWARE-MARKER"
MARKER_SIG = "SpamGear.Test.Marker.UNOFFICIAL"
EICAR = base64.b64decode(
    "WDVPIVAlQEFQWzRcUFpYNTQoUF4pN0NDKTd9JEVJQ0FSLVNUQU5EQVJELUFOVElWSVJVUy1URVNULUZJTEUhJEgrSCo="
)
EICAR_SIG = "Test.EICAR.Custom.UNOFFICIAL"
CLAM_EXE_SIG = "SpamGear.Test.ClamExe.UNOFFICIAL"

needs_clamd = pytest.mark.skipif(CLAMD is None, reason="clamd (clamav-daemon) is not installed")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class ClamdRig:
    """One running clamd; `stop()` kills it (idempotent)."""

    root: Path
    socket_path: str
    port: int
    stream_max_length: int
    proc: subprocess.Popen[bytes]

    def stop(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.proc.pid, signal.SIGCONT)
                self.proc.kill()
            self.proc.wait(timeout=10)

    def pause(self) -> None:
        os.kill(self.proc.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.proc.pid, signal.SIGCONT)

    def log(self) -> str:
        try:
            return (self.root / "log" / "clamd.log").read_text(errors="replace")
        except OSError:
            return ""


def _write_db(db: Path) -> None:
    ndb = [
        f"SpamGear.Test.Marker:0:*:{MARKER.hex()}",
        f"Test.EICAR.Custom:0:0:{EICAR[:68].hex()}",
    ]
    (db / "spamgear-test.ndb").write_text("\n".join(ndb) + "\n")
    hdb = []
    clam = TESTFILES / "clam.exe"
    if clam.is_file():
        data = clam.read_bytes()
        hdb.append(f"{hashlib.md5(data).hexdigest()}:{len(data)}:SpamGear.Test.ClamExe")  # noqa: S324
    else:  # the .hdb path is still exercised with a test-made file
        data = b"spamgear hdb test file\n"
        hdb.append(f"{hashlib.md5(data).hexdigest()}:{len(data)}:SpamGear.Test.ClamExe")  # noqa: S324
    (db / "spamgear-test.hdb").write_text("\n".join(hdb) + "\n")


@contextlib.contextmanager
def running_clamd(stream_max_length: int = 256 * 1024, max_threads: int = 4) -> Iterator[ClamdRig]:
    """Start clamd in the foreground (dropping to `clamav` when root) and wait for PONG."""
    if CLAMD is None:
        pytest.skip("clamd (clamav-daemon) is not installed")
    root = Path(tempfile.mkdtemp(prefix="spamgear-clamd-"))
    os.chmod(root, 0o755)  # noqa: S103 - clamd (user clamav) must reach db/ and run/
    for sub in ("db", "run", "log", "tmp"):
        (root / sub).mkdir()
    _write_db(root / "db")
    port = free_port()
    sock = root / "run" / "clamd.sock"
    user_line = ""
    if os.geteuid() == 0:
        try:
            pw = pwd.getpwnam("clamav")
        except KeyError:
            pw = None
        if pw is not None:
            user_line = "User clamav\n"
            for sub in ("db", "run", "log", "tmp"):
                for dirpath, _dirs, files in os.walk(root / sub):
                    os.chown(dirpath, pw.pw_uid, pw.pw_gid)
                    for f in files:
                        os.chown(os.path.join(dirpath, f), pw.pw_uid, pw.pw_gid)
    conf = root / "clamd.conf"
    conf.write_text(
        f"LocalSocket {sock}\n"
        "LocalSocketMode 666\n"
        "FixStaleSocket yes\n"
        f"TCPSocket {port}\n"
        "TCPAddr 127.0.0.1\n"
        f"DatabaseDirectory {root / 'db'}\n"
        f"LogFile {root / 'log' / 'clamd.log'}\n"
        "LogTime yes\n"
        "Foreground yes\n"
        f"{user_line}"
        f"TemporaryDirectory {root / 'tmp'}\n"
        f"StreamMaxLength {stream_max_length}\n"
        f"MaxThreads {max_threads}\n"
        "SelfCheck 3600\n"
        "ReadTimeout 20\n"
        "CommandReadTimeout 20\n"
    )
    proc = subprocess.Popen(
        [CLAMD, f"--config-file={conf}"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    rig = ClamdRig(root, str(sock), port, stream_max_length, proc)
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"clamd exited with {proc.returncode}: {rig.log()[-2000:]}")
            if sock.exists() and _pong(str(sock)):
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"clamd did not answer PING within 60 s: {rig.log()[-2000:]}")
            time.sleep(0.1)
        yield rig
    finally:
        rig.stop()
        shutil.rmtree(root, ignore_errors=True)


def _pong(path: str) -> bool:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(2)
            s.connect(path)
            s.sendall(b"zPING\0")
            return s.recv(16).startswith(b"PONG")
    except OSError:
        return False
