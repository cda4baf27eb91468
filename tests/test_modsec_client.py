"""runav-client's lean hot path: its copies of the shared primitives stay equal to the originals,
the snapshot reader agrees with spamgear.hooksettings, and the process exits with exactly one line."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spamgear import config as config_mod
from spamgear import hooksettings, scanproto
from spamgear.adapters import hookio, modsec_client
from spamgear.config import Config, DaemonConfig, HookConfig, SignaturesConfig
from spamgear.daemon import ScanDaemon
from spamgear.models import Match, Verdict, VerdictKind

CLIENT = str(Path(sys.executable).parent / "runav-client")


@settings(max_examples=300, deadline=None)
@given(policy=st.sampled_from(["open", "closed", "close", ""]), why=st.text(max_size=400))
def test_error_line_equals_hookio(policy: str, why: str) -> None:
    assert modsec_client.error_line(policy, why) == hookio.error_line(policy, why)


@settings(max_examples=300, deadline=None)
@given(name=st.text(max_size=300))
def test_fd_request_equals_scanproto(name: str) -> None:
    assert modsec_client.fd_request(name) == scanproto.fd_request(name)


@settings(max_examples=300, deadline=None)
@given(line=st.binary(max_size=20) | st.sampled_from([b"1 ok\n", b"0 x\n", b"1\n", b"1 a\nb\n", b"2 x\n"]))
def test_valid_reply_equals_scanproto(line: bytes) -> None:
    assert modsec_client.valid_reply(line) == scanproto.valid_reply(line)


def test_shared_constants_are_equal() -> None:
    assert modsec_client.MAX_LINE == hookio.MAX_LINE
    assert modsec_client.MAX_NAME == scanproto.MAX_NAME
    assert modsec_client.SNAPSHOT_NAME == hooksettings.SNAPSHOT_NAME
    assert modsec_client.SNAPSHOT_VERSION == hooksettings.SNAPSHOT_VERSION


def test_open_upload_refuses_fifo_and_directory(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path in (fifo, tmp_path):
        with pytest.raises(OSError):
            modsec_client.open_upload(str(path))
    regular = tmp_path / "u"
    regular.write_bytes(b"data")
    fd = modsec_client.open_upload(str(regular))
    try:
        assert os.pread(fd, 10, 0) == b"data"
        assert os.get_blocking(fd)
    finally:
        os.close(fd)


def write_snapshot(tmp_path: Path, text: str) -> tuple[Path, Path]:
    """A config file and the snapshot install-hooks would write for it; returns (config, hook path)."""
    conf = tmp_path / "c.yaml"
    conf.write_text(text, encoding="utf-8")
    cfg = config_mod.load_config(str(conf))
    stamps = hooksettings.layer_stamps(str(tmp_path / "none.yaml"), str(tmp_path / "none.d"), str(conf))
    snap = tmp_path / hooksettings.SNAPSHOT_NAME
    snap.write_bytes(
        hooksettings.dump_snapshot(config_mod.config_as_dict(cfg), stamps, str(conf), {"version": 0})
    )
    return conf, tmp_path / "runav-client"


def fields(s: object) -> tuple[object, ...]:
    names = ("deadline", "fail_policy", "socket", "syslog_socket", "use_daemon", "config", "quick")
    return tuple(getattr(s, n) for n in names)


def test_fast_settings_agree_with_hooksettings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fresh snapshot: the same values as hooksettings.resolve; $SPAMGEAR_SOCKET wins in both."""
    _, hook = write_snapshot(
        tmp_path,
        "hook:\n  fail_policy: closed\n  deadline: 1.5\n  syslog_socket: /tmp/log.sock\n"
        "daemon:\n  socket: /tmp/d.sock\n",
    )
    fast = modsec_client.fast_settings(str(hook))
    assert fast is not None
    assert fields(fast) == fields(hooksettings.resolve(str(hook)))
    assert (fast.fail_policy, fast.deadline, fast.socket) == ("closed", 1.5, "/tmp/d.sock")
    monkeypatch.setenv("SPAMGEAR_SOCKET", "/tmp/other.sock")
    fast = modsec_client.fast_settings(str(hook))
    assert fast is not None
    assert fast.socket == "/tmp/other.sock"
    assert fields(fast) == fields(hooksettings.resolve(str(hook)))


def test_fast_settings_step_aside_when_stale_or_overridden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A changed config file, another $SPAMGEAR_CONFIG, a corrupt or missing snapshot, a relative
    hook path: None, so the client asks the full resolver."""
    conf, hook = write_snapshot(tmp_path, "hook:\n  fail_policy: closed\n")
    assert modsec_client.fast_settings(str(hook)) is not None
    assert modsec_client.fast_settings("runav-client") is None
    monkeypatch.setenv("SPAMGEAR_CONFIG", str(tmp_path / "other.yaml"))
    assert modsec_client.fast_settings(str(hook)) is None
    assert (
        hooksettings.resolve(str(hook)) is None
        or hooksettings.read_snapshot_data(str(tmp_path / hooksettings.SNAPSHOT_NAME)) is None
    )
    monkeypatch.setenv("SPAMGEAR_CONFIG", str(conf))
    assert modsec_client.fast_settings(str(hook)) is not None
    os.utime(conf, ns=(1, 1))
    assert modsec_client.fast_settings(str(hook)) is None
    assert hooksettings.read_snapshot_data(str(tmp_path / hooksettings.SNAPSHOT_NAME)) is None
    (tmp_path / hooksettings.SNAPSHOT_NAME).write_bytes(b"\x00garbage")
    assert modsec_client.fast_settings(str(hook)) is None
    (tmp_path / hooksettings.SNAPSHOT_NAME).unlink()
    assert modsec_client.fast_settings(str(hook)) is None


class MarkScanner:
    scanners = ("test",)

    def scan_fd(self, fd: int, name: str) -> Verdict:
        if b"MARK" in os.pread(fd, 1 << 16, 0):
            return Verdict(name, VerdictKind.MALICIOUS, (Match("SPAMGEAR_Test_Mark", "test"),))
        return Verdict(name, VerdictKind.CLEAN)


@pytest.fixture
def daemon_sock(tmp_path: Path) -> Iterator[Path]:
    sock = tmp_path / "scan.sock"
    cfg = Config(
        signatures=SignaturesConfig(dirs=[], cache_dir=str(tmp_path / "cache")),
        hook=HookConfig(syslog_socket=""),
        daemon=DaemonConfig(socket=str(sock), group=""),
    )
    d = ScanDaemon(cfg, scanner_factory=lambda c: MarkScanner())
    d.bind()
    t = threading.Thread(target=d.serve_forever, daemon=True)
    t.start()
    yield sock
    d.stop()
    t.join(5)


@pytest.mark.parametrize(
    ("content", "expect"), [(b"clean", b"1 spamgear: OK\n"), (b"a MARK", b"0 spamgear: FOUND")]
)
def test_process_exits_with_exactly_the_daemons_line(
    tmp_path: Path, daemon_sock: Path, content: bytes, expect: bytes
) -> None:
    """As a process (os._exit after the raw write) the client prints the daemon's one line, rc 0,
    nothing on stderr."""
    upload = tmp_path / "u"
    upload.write_bytes(content)
    env = {**os.environ, "SPAMGEAR_SOCKET": str(daemon_sock), "SPAMGEAR_CONFIG": str(tmp_path / "none.yaml")}
    (tmp_path / "none.yaml").write_text("hook:\n  syslog_socket: ''\n", encoding="utf-8")
    proc = subprocess.run([CLIENT, str(upload)], capture_output=True, env=env, timeout=30, check=False)
    assert proc.returncode == 0
    assert proc.stdout.startswith(expect)
    assert proc.stdout.count(b"\n") == 1
    assert proc.stderr == b""


def test_process_with_daemon_down_still_answers_one_line(tmp_path: Path) -> None:
    """Daemon down, rules never built: the fallback's policy line survives the os._exit."""
    upload = tmp_path / "u"
    upload.write_bytes(b"x")
    conf = tmp_path / "c.yaml"
    sig = tmp_path / "sig"
    sig.mkdir()
    (sig / "never-built.yar").write_text("rule NeverBuilt { condition: false }\n", encoding="utf-8")
    conf.write_text(
        "hook:\n  fail_policy: closed\n  syslog_socket: ''\n  deadline: 3\n"
        f"daemon:\n  socket: {tmp_path / 'no.sock'}\n"
        f"signatures:\n  dirs: [{sig}]\n  cache_dir: {tmp_path / 'cache'}\n",
        encoding="utf-8",
    )
    env = {**os.environ, "SPAMGEAR_CONFIG": str(conf)}
    proc = subprocess.run([CLIENT, str(upload)], capture_output=True, env=env, timeout=30, check=False)
    assert proc.returncode == 0
    assert proc.stdout.startswith(b"0 spamgear: error (fail-closed): ")
    assert proc.stdout.count(b"\n") == 1
