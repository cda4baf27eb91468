"""spamgear.clamav against a real clamd (temp unix socket + loopback TCP, test-made DB)."""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from spamgear.clamav import ClamdClient, bounded_map, parse_reply
from spamgear.config import ClamdConfig
from spamgear.models import VerdictKind
from tests.clamd_rig import (
    CLAM_EXE_SIG,
    EICAR,
    EICAR_SIG,
    MARKER,
    MARKER_SIG,
    TESTFILES,
    ClamdRig,
    needs_clamd,
    running_clamd,
)

pytestmark = [pytest.mark.clamd, needs_clamd]


@pytest.fixture(scope="module")
def clamd() -> Iterator[ClamdRig]:
    with running_clamd(stream_max_length=256 * 1024) as rig:
        yield rig


def unix_client(rig: ClamdRig, timeout: float = 10.0) -> ClamdClient:
    return ClamdClient(socket_path=rig.socket_path, timeout=timeout, stream_max_length=rig.stream_max_length)


def tcp_client(rig: ClamdRig, timeout: float = 10.0, limit: int | None = None) -> ClamdClient:
    return ClamdClient(
        host="127.0.0.1",
        port=rig.port,
        timeout=timeout,
        stream_max_length=rig.stream_max_length if limit is None else limit,
    )


def test_from_config_off_and_on() -> None:
    assert ClamdClient.from_config(ClamdConfig()) is None
    unix = ClamdClient.from_config(ClamdConfig(socket="/run/x.sock", timeout=3))
    assert unix is not None and unix.uses_fdpass and unix.timeout == 3
    tcp = ClamdClient.from_config(ClamdConfig(host="10.0.0.23", port=3311))
    assert tcp is not None and not tcp.uses_fdpass and tcp.port == 3311


@pytest.mark.parametrize(
    ("reply", "kind", "detail"),
    [
        (b"fd[5]: OK\0", VerdictKind.CLEAN, ""),
        (b"stream: Eicar-Sig FOUND\0", VerdictKind.MALICIOUS, "Eicar-Sig"),
        (b"INSTREAM size limit exceeded. ERROR\0", VerdictKind.ERROR, "clamd: INSTREAM size limit exceeded."),
        (
            b"fd[5]: lstat() failed: No such file. ERROR",
            VerdictKind.ERROR,
            "clamd: lstat() failed: No such file.",
        ),
        (b"", VerdictKind.ERROR, "empty reply from clamd"),
        (b"UNKNOWN COMMAND\0", VerdictKind.ERROR, "unexpected clamd reply: UNKNOWN COMMAND"),
        (b"stream:  FOUND\0", VerdictKind.ERROR, "malformed FOUND reply: stream:  FOUND"),
    ],
)
def test_parse_reply_never_reads_unknown_as_clean(reply: bytes, kind: VerdictKind, detail: str) -> None:
    assert parse_reply(reply) == (kind, detail)


def test_ping_and_version(clamd: ClamdRig) -> None:
    assert unix_client(clamd).ping()
    assert tcp_client(clamd).ping()
    assert unix_client(clamd).version().startswith("ClamAV ")


@pytest.mark.parametrize("transport", ["unix", "tcp"])
def test_found_and_clean(clamd: ClamdRig, tmp_path: Path, transport: str) -> None:
    client = unix_client(clamd) if transport == "unix" else tcp_client(clamd)
    marker = tmp_path / "marker.php"
    marker.write_bytes(b"<?php echo 1; // " + MARKER + b"\n")
    eicar = tmp_path / "eicar.com"
    eicar.write_bytes(EICAR)
    clean = tmp_path / "clean.php"
    clean.write_bytes(b"<?php echo 'hello';\n")
    v = client.scan_path(str(marker))
    assert (v.kind, v.rules, v.scanners, v.path) == (
        VerdictKind.MALICIOUS,
        [MARKER_SIG],
        ("clamd",),
        str(marker),
    )
    assert client.scan_path(str(eicar)).rules == [EICAR_SIG]
    v = client.scan_path(str(clean))
    assert (v.kind, v.matches, v.reason) == (VerdictKind.CLEAN, (), "")
    assert client.scan_bytes(b"xx" + MARKER, "buf").rules == [MARKER_SIG]
    assert client.scan_bytes(b"", "empty").kind is VerdictKind.CLEAN


def test_hdb_signature_from_clamav_testfiles(clamd: ClamdRig) -> None:
    exe = TESTFILES / "clam.exe"
    if not exe.is_file():
        pytest.skip("clamav-testfiles is not installed")
    assert unix_client(clamd).scan_path(str(exe)).rules == [CLAM_EXE_SIG]
    assert tcp_client(clamd).scan_path(str(exe)).rules == [CLAM_EXE_SIG]


def test_scan_fd_keeps_offset(clamd: ClamdRig, tmp_path: Path) -> None:
    f = tmp_path / "m"
    f.write_bytes(b"abc" + MARKER)
    fd = os.open(f, os.O_RDONLY)
    try:
        os.lseek(fd, 5, os.SEEK_SET)
        for client in (unix_client(clamd), tcp_client(clamd)):
            assert client.scan_fd(fd, "upload").rules == [MARKER_SIG]
            assert os.lseek(fd, 0, os.SEEK_CUR) == 5
    finally:
        os.close(fd)


def test_private_file_of_another_user_via_fdpass(clamd: ClamdRig, tmp_path: Path) -> None:
    """A 0600 file in a 0700 dir of www-data: clamd (user clamav) cannot open it, FILDES still scans it."""
    if os.geteuid() != 0:
        pytest.skip("needs root to create a file owned by another user")
    pw = pwd.getpwnam("www-data")
    base = Path(clamd.root) / "private-www"
    base.mkdir(mode=0o700)
    f = base / "upload.tmp"
    f.write_bytes(EICAR)
    os.chmod(f, 0o600)
    os.chown(f, pw.pw_uid, pw.pw_gid)
    os.chown(base, pw.pw_uid, pw.pw_gid)
    # Path scanning (what spam-gear's clamd-client did) fails for exactly this file.
    conf = Path(clamd.root) / "clamd.conf"
    by_path = subprocess.run(
        ["clamdscan", f"--config-file={conf}", "--no-summary", str(f)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert "ERROR" in by_path.stdout + by_path.stderr
    v = unix_client(clamd).scan_path(str(f))
    assert (v.kind, v.rules) == (VerdictKind.MALICIOUS, [EICAR_SIG])
    # The same as www-data itself: the hook runs as the upload's owner.
    assert f.stat().st_uid == pw.pw_uid and (f.stat().st_mode & 0o777) == 0o600


def test_over_stream_max_length_not_sent(clamd: ClamdRig, tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(b"A" * (clamd.stream_max_length + 1) + MARKER)
    v = tcp_client(clamd).scan_path(str(big))
    assert v.kind is VerdictKind.ERROR
    assert v.reason.startswith("over StreamMaxLength")
    assert v.size == big.stat().st_size
    # FILDES has no stream limit: clamd reads the fd itself.
    assert unix_client(clamd).scan_path(str(big)).rules == [MARKER_SIG]


def test_clamd_size_limit_reply_is_error(clamd: ClamdRig, tmp_path: Path) -> None:
    """Our limit set higher than clamd's: clamd's own `INSTREAM size limit exceeded` is an ERROR."""
    client = tcp_client(clamd, limit=10 * clamd.stream_max_length)
    v = client.scan_bytes(b"B" * (2 * clamd.stream_max_length), "big-stream")
    assert v.kind is VerdictKind.ERROR
    assert "size limit exceeded" in v.reason


def test_not_regular_and_symlink_are_errors(clamd: ClamdRig, tmp_path: Path) -> None:
    target = tmp_path / "t"
    target.write_bytes(MARKER)
    link = tmp_path / "link"
    link.symlink_to(target)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    client = unix_client(clamd)
    assert client.scan_path(str(link)).kind is VerdictKind.ERROR
    v = client.scan_path(str(fifo))
    assert (v.kind, v.reason) == (VerdictKind.ERROR, "not a regular file")
    assert client.scan_path(str(tmp_path)).kind is VerdictKind.ERROR


def test_unreachable_clamd_is_error(tmp_path: Path) -> None:
    client = ClamdClient(socket_path=str(tmp_path / "nope.sock"), timeout=2)
    assert not client.ping()
    f = tmp_path / "f"
    f.write_bytes(b"x")
    v = client.scan_path(str(f))
    assert v.kind is VerdictKind.ERROR and "cannot connect" in v.reason


def test_clamd_stopped_mid_scan(tmp_path: Path) -> None:
    """clamd frozen then killed while our scans wait: ERROR verdicts, bounded time, never clean."""
    f = tmp_path / "clean.txt"
    f.write_bytes(b"nothing to see\n")
    with running_clamd() as rig:
        unix, tcp = unix_client(rig, timeout=30), tcp_client(rig, timeout=30)
        rig.pause()  # the kernel still accepts connections; clamd never answers
        results: dict[str, object] = {}

        def scan(name: str, client: ClamdClient) -> None:
            results[name] = client.scan_path(str(f))

        threads = [
            threading.Thread(target=scan, args=("unix", unix)),
            threading.Thread(target=scan, args=("tcp", tcp)),
        ]
        for t in threads:
            t.start()
        time.sleep(0.5)
        rig.stop()  # SIGKILL while both requests are in flight
        for t in threads:
            t.join(timeout=20)
            assert not t.is_alive()
    for name in ("unix", "tcp"):
        v = results[name]
        assert getattr(v, "kind", None) is VerdictKind.ERROR, (name, v)
        assert getattr(v, "reason", ""), name


def test_timeout_when_clamd_hangs(tmp_path: Path) -> None:
    f = tmp_path / "clean.txt"
    f.write_bytes(b"nothing\n")
    with running_clamd() as rig:
        rig.pause()
        try:
            start = time.monotonic()
            v = unix_client(rig, timeout=1.0).scan_path(str(f))
            elapsed = time.monotonic() - start
        finally:
            rig.resume()
    assert v.kind is VerdictKind.ERROR and "timeout" in v.reason
    assert elapsed < 10  # bounded (not a timing benchmark: a hang would never return)


@pytest.mark.slow
def test_two_cores_saturated_concurrent_scans(clamd: ClamdRig, tmp_path: Path) -> None:
    """Busy loops on both cores while 8 workers scan 60 files over both transports: all correct."""
    expected: dict[str, str | None] = {}
    for i in range(60):
        p = tmp_path / f"f{i:03d}.php"
        if i % 3 == 0:
            p.write_bytes(b"<?php /* " + os.urandom(512).hex().encode() + b" */ " + MARKER)
            expected[str(p)] = MARKER_SIG
        elif i % 7 == 0:
            p.write_bytes(EICAR)
            expected[str(p)] = EICAR_SIG
        else:
            p.write_bytes(b"<?php echo " + os.urandom(2048).hex().encode() + b";\n")
            expected[str(p)] = None
    burners = [
        subprocess.Popen(
            [sys.executable, "-c", "import time\nt = time.monotonic() + 60\nwhile time.monotonic() < t: pass"]
        )
        for _ in range(os.cpu_count() or 2)
    ]
    try:
        for client in (unix_client(clamd, timeout=60), tcp_client(clamd, timeout=60)):
            got = {v.path: v for v in client.scan_many(expected, workers=8)}
            assert set(got) == set(expected)
            for path, sig in expected.items():
                v = got[path]
                if sig is None:
                    assert v.kind is VerdictKind.CLEAN, v
                else:
                    assert (v.kind, v.rules) == (VerdictKind.MALICIOUS, [sig]), v
    finally:
        for b in burners:
            b.kill()
            b.wait()


def test_bounded_map_limits_in_flight() -> None:
    lock = threading.Lock()
    state = {"now": 0, "max": 0}

    def work(x: int) -> int:
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        time.sleep(0.01)
        with lock:
            state["now"] -= 1
        return x * 2

    consumed: list[int] = []

    def items() -> Iterator[int]:
        for i in range(40):
            consumed.append(i)
            yield i

    out = bounded_map(work, items(), workers=3)
    first = next(out)
    assert first % 2 == 0
    assert len(consumed) <= 7  # lazy: at most 2*workers submitted (+1 being pulled)
    rest = list(out)
    assert sorted([first, *rest]) == [2 * i for i in range(40)]
    assert state["max"] <= 3


def test_import_is_light() -> None:
    """The hook imports this module on its cold path: no `socket`, no `concurrent.futures`."""
    code = (
        "import sys; import spamgear.clamav; "
        "bad = [m for m in ('socket', 'concurrent.futures', 'yaml', 'spamgear.config') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
