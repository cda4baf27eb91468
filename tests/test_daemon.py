"""spamgear daemon: fd passing, STREAM (Lua), concurrency, reload, socket mode; scanner injected."""

from __future__ import annotations

import grp
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from spamgear.adapters import modsec_client
from spamgear.config import Config, DaemonConfig, HookConfig, SignaturesConfig
from spamgear.daemon import ScanDaemon
from spamgear.hooksettings import HookSettings
from spamgear.models import Match, Verdict, VerdictKind

REPO = Path(__file__).resolve().parent.parent
MARK = b"SPAMGEAR-TEST-MARK"


class MarkScanner:
    """Stands in for the engine: reads the fd it is given and flags a marker string."""

    scanners = ("test",)

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.active = 0
        self.max_active = 0
        self.lock = threading.Lock()
        self.seen: list[bytes] = []

    def scan_fd(self, fd: int, name: str) -> Verdict:
        with self.lock:
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            time.sleep(self.delay)
            data = os.pread(fd, 1 << 20, 0)
            self.seen.append(data)
            if MARK in data:
                return Verdict(name, VerdictKind.MALICIOUS, (Match("SPAMGEAR_Test_Mark", "test"),))
            return Verdict(name, VerdictKind.CLEAN)
        finally:
            with self.lock:
                self.active -= 1


def make_cfg(tmp_path: Path, policy: str = "open", group: str = "") -> Config:
    return Config(
        signatures=SignaturesConfig(dirs=[], cache_dir=str(tmp_path / "cache")),
        hook=HookConfig(fail_policy=policy, syslog_socket=""),
        daemon=DaemonConfig(socket=str(tmp_path / "run" / "scan.sock"), group=group, workers=8),
    )


@pytest.fixture
def daemon(tmp_path: Path) -> Iterator[tuple[ScanDaemon, MarkScanner]]:
    (tmp_path / "cache").mkdir()
    scanner = MarkScanner(delay=0.05)
    calls: list[int] = []

    def factory(cfg: Config) -> MarkScanner:
        calls.append(1)
        return scanner

    d = ScanDaemon(make_cfg(tmp_path, group="www-data"), scanner_factory=factory)
    d.factory_calls = calls  # type: ignore[attr-defined]
    d.bind()
    t = threading.Thread(target=d.serve_forever, daemon=True)
    t.start()
    yield d, scanner
    d.stop()
    t.join(5)


def client(sock: str, path: Path, policy: str = "open") -> bytes:
    r, w = os.pipe()
    modsec_client.run(
        [str(path)],
        settings=HookSettings(deadline=5, fail_policy=policy, socket=sock, syslog_socket=""),
        out_fd=w,
    )
    os.close(w)
    out = os.read(r, 4096)
    os.close(r)
    return out


def test_fd_passing_clean_and_found(daemon, tmp_path: Path) -> None:
    """The client passes the fd; the daemon scans those bytes and answers the protocol line."""
    d, scanner = daemon
    clean = tmp_path / "clean"
    clean.write_bytes(b"just text")
    evil = tmp_path / "evil"
    evil.write_bytes(b"xx" + MARK)
    assert client(d.path, clean) == b"1 spamgear: OK\n"
    assert client(d.path, evil) == b"0 spamgear: FOUND SPAMGEAR_Test_Mark\n"
    assert scanner.seen == [b"just text", b"xx" + MARK]


def test_socket_is_0660_with_configured_group(daemon) -> None:
    d, _ = daemon
    st = os.stat(d.path)
    assert stat.S_ISSOCK(st.st_mode)
    assert stat.S_IMODE(st.st_mode) == 0o660
    assert st.st_gid == grp.getgrnam("www-data").gr_gid


def test_concurrent_clients_are_served_in_parallel(daemon, tmp_path: Path) -> None:
    """Eight clients at once all get their own answer; scans overlap (workers > 1)."""
    d, scanner = daemon
    scanner.delay = 0.3
    results: dict[int, bytes] = {}
    files = []
    for i in range(8):
        f = tmp_path / f"f{i}"
        f.write_bytes(MARK if i % 2 else b"clean %d" % i)
        files.append(f)

    def go(i: int) -> None:
        results[i] = client(d.path, files[i])

    threads = [threading.Thread(target=go, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert [results[i][:1] for i in range(8)] == [b"1", b"0"] * 4
    assert scanner.max_active > 1


def test_served_out_threads_wait_for_the_next_connection(
    daemon: tuple[ScanDaemon, MarkScanner], tmp_path: Path
) -> None:
    """Sequential uploads reuse spare threads instead of starting one each (bounded by
    SPARE_THREADS); more at once still get a thread each; stop() releases the spares."""
    from spamgear.daemon import SPARE_THREADS

    d, scanner = daemon
    scanner.delay = 0.0
    idents: list[int] = []
    real_scan = scanner.scan_fd

    def scan_fd(fd: int, name: str) -> Verdict:
        idents.append(threading.get_ident())
        verdict: Verdict = real_scan(fd, name)
        return verdict

    scanner.scan_fd = scan_fd  # type: ignore[method-assign]
    f = tmp_path / "u"
    f.write_bytes(b"clean")
    for _ in range(12):
        assert client(d.path, f) == b"1 spamgear: OK\n"
    assert len(set(idents)) <= SPARE_THREADS + 1 < 12
    assert set(idents) & {t.ident for t in threading.enumerate()}  # spares are waiting
    d.stop()
    deadline = time.monotonic() + 5
    while set(idents) & {t.ident for t in threading.enumerate()} and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not set(idents) & {t.ident for t in threading.enumerate()}


def test_stream_request_like_the_lua_client(daemon) -> None:
    d, scanner = daemon
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.connect(d.path)
        body = b"abc" + MARK
        s.sendall(b"STREAM %d upload\n" % len(body) + body)
        assert s.recv(100) == b"0 spamgear: FOUND SPAMGEAR_Test_Mark\n"
    assert scanner.seen[-1] == b"abc" + MARK


def test_fd_request_without_descriptor_is_a_policy_answer(daemon) -> None:
    d, _ = daemon
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.connect(d.path)
        s.sendall(b"FD name\n")
        assert s.recv(200).startswith(b"1 spamgear: error (fail-open): protocol: FD needs exactly one")


@pytest.mark.skipif(shutil.which("lua5.1") is None, reason="lua5.1 interpreter not installed")
def test_lua_client_against_daemon(daemon, tmp_path: Path) -> None:
    """modsec/runav.lua (as ModSecurity v2 loads it, Lua 5.1 + LuaSocket) talks to the daemon."""
    d, _ = daemon
    script = (REPO / "modsec" / "runav.lua").read_text(encoding="utf-8")
    script = script.replace('local SOCKET = "/run/spamgear/scan.sock"', f'local SOCKET = "{d.path}"')
    lua = tmp_path / "runav.lua"
    lua.write_text(script, encoding="utf-8")
    evil = tmp_path / "evil"
    evil.write_bytes(MARK)
    clean = tmp_path / "clean"
    clean.write_bytes(b"fine")
    driver = tmp_path / "driver.lua"
    driver.write_text("dofile(arg[1]); print(tostring(main(arg[2])))\n", encoding="utf-8")
    out_evil = subprocess.run(["lua5.1", str(driver), str(lua), str(evil)], capture_output=True)
    assert out_evil.stdout == b"0 spamgear: FOUND SPAMGEAR_Test_Mark\n", out_evil.stderr
    out_clean = subprocess.run(["lua5.1", str(driver), str(lua), str(clean)], capture_output=True)
    assert out_clean.stdout == b"nil\n"


def test_reload_on_request_and_on_cache_change(daemon, tmp_path: Path) -> None:
    """SIGHUP's flag and a changed file in signatures.cache_dir both rebuild the scanner."""
    d, _ = daemon
    calls = d.factory_calls  # type: ignore[attr-defined]
    before = len(calls)
    d.request_reload()
    for _ in range(40):
        if len(calls) > before:
            break
        time.sleep(0.1)
    assert len(calls) == before + 1
    (tmp_path / "cache" / "rules.bin").write_bytes(b"new")
    for _ in range(40):
        if len(calls) > before + 1:
            break
        time.sleep(0.1)
    assert len(calls) == before + 2


def test_failed_load_answers_policy(tmp_path: Path) -> None:
    """No rules at all: the daemon still answers, with the fail-closed line and the reason."""
    from spamgear.errors import SignatureError

    def broken(cfg: Config) -> MarkScanner:
        raise SignatureError("compiled rules cache missing")

    d = ScanDaemon(make_cfg(tmp_path, policy="closed"), scanner_factory=broken)
    d.bind()
    t = threading.Thread(target=d.serve_forever, daemon=True)
    t.start()
    try:
        f = tmp_path / "u"
        f.write_bytes(b"x")
        out = client(d.path, f)
        assert out == b"0 spamgear: error (fail-closed): rules not loaded: compiled rules cache missing\n"
    finally:
        d.stop()
        t.join(5)


def test_live_socket_is_not_stolen(daemon, tmp_path: Path) -> None:
    from spamgear.errors import ScannerUnavailable

    _d, _ = daemon
    other = ScanDaemon(make_cfg(tmp_path), scanner_factory=lambda c: MarkScanner())
    with pytest.raises(ScannerUnavailable, match="already listening"):
        other.bind()


def test_client_with_daemon_down_answers_within_deadline(tmp_path: Path) -> None:
    """No daemon and no usable cold path (empty rules cache): the policy line, not silence."""
    f = tmp_path / "u"
    f.write_bytes(b"x")
    cfg_dir = tmp_path / "cache"
    cfg_dir.mkdir()
    r, w = os.pipe()
    settings = HookSettings(
        deadline=5, fail_policy="closed", socket=str(tmp_path / "nobody.sock"), syslog_socket=""
    )
    settings.config = {"signatures": {"dirs": [], "cache_dir": str(cfg_dir)}}
    modsec_client.run([str(f)], settings=settings, out_fd=w)
    os.close(w)
    out = os.read(r, 4096)
    os.close(r)
    assert out.startswith(b"0 spamgear: error (fail-closed): ")
    assert out.count(b"\n") == 1


def ping(path: str) -> bytes:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(5)
        s.connect(path)
        s.sendall(b"PING\n")
        return s.recv(100)


def test_real_daemon_reloads_on_rebuilt_cache_and_sighup(tmp_path: Path) -> None:
    """`spamgear daemon --foreground` with the real engine: a rule added and compiled with
    `spamgear signatures build` is used without a restart; SIGHUP reloads; SIGTERM removes the socket."""
    spamgear = str(Path(sys.executable).parent / "spamgear")
    sig = tmp_path / "sig"
    sig.mkdir()
    shutil.copy(REPO / "signatures" / "eicar.yar", sig / "eicar.yar")
    sock = tmp_path / "scan.sock"
    conf = tmp_path / "c.yaml"
    conf.write_text(
        f"signatures: {{dirs: ['{sig}'], cache_dir: '{tmp_path / 'cache'}'}}\n"
        f"daemon: {{socket: '{sock}'}}\nhook: {{syslog_socket: ''}}\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPAMGEAR_")}
    subprocess.run([spamgear, "--config", str(conf), "signatures", "build", "-q"], check=True, env=env)
    proc = subprocess.Popen(
        [spamgear, "--config", str(conf), "daemon", "--foreground"], env=env, stderr=subprocess.DEVNULL
    )
    try:
        for _ in range(100):
            if sock.exists():
                break
            time.sleep(0.1)
        assert ping(str(sock)) == b"PONG 1\n"
        sample = tmp_path / "upload"
        sample.write_bytes(b"<?php // SPAMGEAR-RELOAD-PROBE ?>")
        assert client(str(sock), sample) == b"1 spamgear: OK\n"
        (sig / "probe.yar").write_text(
            'rule SPAMGEAR_TEST_ReloadProbe { meta: score = 100 strings: $a = "SPAMGEAR-RELOAD-PROBE" '
            "condition: $a }\n",
            encoding="utf-8",
        )
        subprocess.run([spamgear, "--config", str(conf), "signatures", "build", "-q"], check=True, env=env)
        for _ in range(100):
            if ping(str(sock)) == b"PONG 2\n":
                break
            time.sleep(0.1)
        assert client(str(sock), sample) == b"0 spamgear: FOUND SPAMGEAR_TEST_ReloadProbe\n"
        proc.send_signal(signal.SIGHUP)
        for _ in range(100):
            if ping(str(sock)) == b"PONG 3\n":
                break
            time.sleep(0.1)
        assert ping(str(sock)) == b"PONG 3\n"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
        assert not sock.exists()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_detached_daemon_writes_pidfile_and_serves(tmp_path: Path) -> None:
    """Without --foreground the daemon detaches, writes --pidfile and still serves."""
    spamgear = str(Path(sys.executable).parent / "spamgear")
    sock = tmp_path / "d.sock"
    pidfile = tmp_path / "d.pid"
    conf = tmp_path / "c.yaml"
    conf.write_text(
        f"signatures: {{dirs: [], cache_dir: '{tmp_path / 'cache'}'}}\nhook: {{syslog_socket: ''}}\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPAMGEAR_")}
    subprocess.run(
        [spamgear, "--config", str(conf), "daemon", "--socket", str(sock), "--pidfile", str(pidfile)],
        env=env,
        check=True,
        timeout=30,
    )
    for _ in range(100):
        if pidfile.exists() and pidfile.read_text().strip():
            break
        time.sleep(0.1)
    pid = int(pidfile.read_text())
    try:
        assert ping(str(sock)).startswith(b"PONG")
        f = tmp_path / "u"
        f.write_bytes(b"x")
        # no rules were built: the daemon answers with the (default, open) fail policy and says why
        assert client(str(sock), f).startswith(b"1 spamgear: error (fail-open): rules not loaded")
    finally:
        os.kill(pid, signal.SIGTERM)
        for _ in range(100):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
    assert not sock.exists()


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not installed")
def test_systemd_unit_verifies(tmp_path: Path) -> None:
    """modsec/spamgear-daemon.service passes `systemd-analyze verify` (ExecStart pointed at this venv)."""
    unit = (REPO / "modsec" / "spamgear-daemon.service").read_text(encoding="utf-8")
    spamgear = str(Path(sys.executable).parent / "spamgear")
    unit = unit.replace("/usr/local/share/spamgear/.venv/bin/spamgear", spamgear)
    path = tmp_path / "spamgear-daemon.service"
    path.write_text(unit, encoding="utf-8")
    proc = subprocess.run(["systemd-analyze", "verify", str(path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "ExecStart" in unit and "--foreground" in unit


def test_client_gives_up_on_a_hung_daemon_at_its_deadline(tmp_path: Path) -> None:
    """A daemon that accepts and never answers: the client's socket calls are bounded by the
    deadline (no watchdog thread on this path) and it answers the fail policy."""
    silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    silent.bind(str(tmp_path / "silent.sock"))
    silent.listen(4)
    f = tmp_path / "u"
    f.write_bytes(b"x")
    r, w = os.pipe()
    try:
        started = time.monotonic()
        modsec_client.run(
            [str(f)],
            settings=HookSettings(
                deadline=0.6, fail_policy="closed", socket=str(tmp_path / "silent.sock"), syslog_socket=""
            ),
            out_fd=w,
        )
        took = time.monotonic() - started
        os.close(w)
        out = os.read(r, 4096)
    finally:
        os.close(r)
        silent.close()
    assert out == b"0 spamgear: error (fail-closed): daemon did not answer within the deadline\n"
    assert took < 0.6 + 1.0


def test_connection_flood_is_bounded_by_max_connections(tmp_path: Path) -> None:
    """Idle connections beyond `daemon.max_connections` wait in the listen backlog instead of
    each getting a thread; once the holders go, a waiting client is served."""
    import socket

    (tmp_path / "cache").mkdir()
    base = make_cfg(tmp_path)
    cfg = Config(
        signatures=base.signatures,
        hook=base.hook,
        daemon=DaemonConfig(socket=base.daemon.socket, workers=2, max_connections=2),
    )
    d = ScanDaemon(cfg, scanner_factory=lambda _cfg: MarkScanner(delay=0.0))
    d.bind()
    server = threading.Thread(target=d.serve_forever, daemon=True)
    server.start()
    before = threading.active_count()
    idle = []
    try:
        for _ in range(12):
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.connect(d.path)
            idle.append(s)
        time.sleep(0.5)
        assert threading.active_count() - before <= 2
        f = tmp_path / "upload"
        f.write_bytes(b"x" + MARK)
        answers: list[bytes] = []
        waiting = threading.Thread(target=lambda: answers.append(client(d.path, f)))
        waiting.start()
        for s in idle:
            s.close()
        waiting.join(10)
        assert answers == [b"0 spamgear: FOUND SPAMGEAR_Test_Mark\n"]
    finally:
        for s in idle:
            s.close()
        d.stop()
        server.join(5)
