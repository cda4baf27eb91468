"""The runav adapter: one protocol line, deadline, fail policy, syslog; scanner injected."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spamgear import config as config_mod
from spamgear import hooksettings
from spamgear.adapters import modsec
from spamgear.hooksettings import HookSettings
from spamgear.models import Match, Verdict, VerdictKind

REPO = Path(__file__).resolve().parent.parent


def verdict(kind: VerdictKind, rules: tuple[str, ...] = (), reason: str = "") -> Verdict:
    return Verdict(
        path="x", kind=kind, matches=tuple(Match(rule=r, scanner="yara") for r in rules), reason=reason
    )


def run_hook(tmp_path: Path, scanner, policy: str = "open", data: bytes = b"hello", name: str = "f"):
    upload = tmp_path / name
    upload.write_bytes(data)
    r, w = os.pipe()
    try:
        rc = modsec.run(
            [str(upload)],
            scanner=scanner,
            settings=HookSettings(deadline=5, fail_policy=policy, syslog_socket=""),
            out_fd=w,
        )
        os.close(w)
        out = os.read(r, 4096)
    finally:
        os.close(r)
    return rc, out


def test_clean_upload_prints_ok(tmp_path: Path) -> None:
    """A clean verdict is exactly `1 spamgear: OK` and exit 0."""
    assert run_hook(tmp_path, lambda fd, n: verdict(VerdictKind.CLEAN)) == (0, b"1 spamgear: OK\n")


def test_found_names_the_rules(tmp_path: Path) -> None:
    """A malicious verdict rejects and names every rule (v2 logs the line verbatim)."""
    _, out = run_hook(tmp_path, lambda fd, n: verdict(VerdictKind.MALICIOUS, ("A", "B")))
    assert out == b"0 spamgear: FOUND A,B\n"


@pytest.mark.parametrize(("policy", "first"), [("open", b"1"), ("closed", b"0")])
def test_scan_error_follows_fail_policy(tmp_path: Path, policy: str, first: bytes) -> None:
    """An error verdict answers per hook.fail_policy and says why."""
    _, out = run_hook(tmp_path, lambda fd, n: verdict(VerdictKind.ERROR, reason="clamd down"), policy)
    assert out == first + b" spamgear: error (fail-%s): clamd down\n" % policy.encode()


@pytest.mark.parametrize("exc", [RuntimeError("boom"), MemoryError(), KeyboardInterrupt()])
def test_crash_in_scanner_still_prints_policy_line(tmp_path: Path, exc: BaseException) -> None:
    """Exceptions (MemoryError and non-Exception ones included) end in the fail-closed line."""

    def scanner(fd: int, name: str) -> Verdict:
        raise exc

    _, out = run_hook(tmp_path, scanner, "closed")
    assert out.startswith(b"0 spamgear: error (fail-closed): ")
    assert out.count(b"\n") == 1


def test_failure_while_formatting_the_error_still_answers(tmp_path: Path) -> None:
    """If even describing the failure fails (MemoryError in str()), the prepared line goes out."""

    class Nasty(BaseException):  # not an Exception: only the outermost guard sees it
        def __str__(self) -> str:
            raise MemoryError

    def scanner(fd: int, name: str) -> Verdict:
        raise Nasty()

    _, out = run_hook(tmp_path, scanner, "closed")
    assert out == b"0 spamgear: error (fail-closed): internal error\n"


def test_missing_file_is_an_error_not_a_pass(tmp_path: Path) -> None:
    r, w = os.pipe()
    modsec.run(
        [str(tmp_path / "gone")],
        scanner=lambda fd, n: verdict(VerdictKind.CLEAN),
        settings=HookSettings(fail_policy="closed", syslog_socket=""),
        out_fd=w,
    )
    os.close(w)
    assert os.read(r, 4096).startswith(b"0 spamgear: error (fail-closed): FileNotFoundError")
    os.close(r)


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    """A FIFO in place of the temp file must not hang the hook (O_NONBLOCK + regular-file check)."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    r, w = os.pipe()
    modsec.run(
        [str(fifo)],
        scanner=lambda fd, n: verdict(VerdictKind.CLEAN),
        settings=HookSettings(syslog_socket=""),
        out_fd=w,
    )
    os.close(w)
    assert os.read(r, 4096) == b"1 spamgear: error (fail-open): OSError: not a regular file\n"
    os.close(r)


HANG_SCRIPT = """
import sys, time
sys.path.insert(0, {repo!r})
from spamgear.adapters import modsec
from spamgear.hooksettings import HookSettings
def hang(fd, name):
    time.sleep(30)
modsec.run([{path!r}], scanner=hang, settings=HookSettings(deadline={deadline}, fail_policy={policy!r},
           syslog_socket=""))
print("not reached", flush=True)
"""


@pytest.mark.parametrize("policy", ["open", "closed"])
def test_deadline_answers_with_policy_and_exits(tmp_path: Path, policy: str) -> None:
    """A scanner that hangs: the watchdog answers the policy line before the deadline and exits."""
    upload = tmp_path / "u"
    upload.write_bytes(b"x")
    script = HANG_SCRIPT.format(repo=str(REPO), path=str(upload), deadline=0.8, policy=policy)
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=20)
    took = time.monotonic() - t0
    first = b"1" if policy == "open" else b"0"
    assert proc.stdout == first + b" spamgear: error (fail-%s): deadline exceeded\n" % policy.encode()
    assert proc.returncode == 0
    assert took < 0.8 + 1.5, f"hook answered after {took:.2f}s"


def test_syslog_record_has_rule_hash_verdict(tmp_path: Path) -> None:
    """Each decision goes to syslog as ident spamgear with verdict, rule and sha256."""
    log_sock = tmp_path / "log.sock"
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    srv.bind(str(log_sock))
    srv.settimeout(2)
    upload = tmp_path / "up"
    upload.write_bytes(b"payload")
    r, w = os.pipe()
    modsec.run(
        [str(upload)],
        scanner=lambda fd, n: verdict(VerdictKind.MALICIOUS, ("SPAMGEAR_Test",)),
        settings=HookSettings(syslog_socket=str(log_sock)),
        out_fd=w,
    )
    os.close(w)
    os.close(r)
    record = srv.recv(4096).decode()
    srv.close()
    import hashlib

    assert record.startswith("<28>")
    assert f"spamgear[{os.getpid()}]: modsec verdict=found rule=SPAMGEAR_Test" in record
    assert "sha256=" + hashlib.sha256(b"payload").hexdigest() in record


def test_defaults_match_config_module() -> None:
    """hooksettings duplicates a few defaults to avoid importing config: they must agree."""
    cfg = config_mod.Config()
    hs = HookSettings()
    assert (hs.deadline, hs.fail_policy, hs.socket, hs.use_daemon, hs.syslog_socket) == (
        cfg.hook.deadline,
        cfg.hook.fail_policy,
        cfg.daemon.socket,
        cfg.hook.use_daemon,
        cfg.hook.syslog_socket,
    )
    assert hooksettings.SYSTEM_CONFIG == "/etc/spamgear/spamgear.yaml"
    assert hooksettings.SYSTEM_CONFIG_DIR == "/etc/spamgear/conf.d"


def test_snapshot_is_used_until_a_layer_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The marshal snapshot answers while the config file is unchanged and goes stale after an edit."""
    conf = tmp_path / "c.yaml"
    conf.write_text("hook:\n  fail_policy: closed\n  deadline: 1.5\n", encoding="utf-8")
    monkeypatch.setenv("SPAMGEAR_CONFIG", str(conf))
    cfg = config_mod.load_config()
    stamps = hooksettings.layer_stamps(str(tmp_path / "none.yaml"), str(tmp_path / "none.d"), str(conf))
    snap = tmp_path / hooksettings.SNAPSHOT_NAME
    snap.write_bytes(hooksettings.dump_snapshot(config_mod.config_as_dict(cfg), stamps, str(conf)))
    got = hooksettings.resolve(str(tmp_path / "runav"))
    assert got is not None
    assert (got.fail_policy, got.deadline) == ("closed", 1.5)
    os.utime(conf, ns=(1, 1))
    assert hooksettings.resolve(str(tmp_path / "runav")) is None


# ---- property tests -------------------------------------------------------------------------

hostile_names = st.text(
    alphabet=st.sampled_from(list("ab -;$()`'\"\\|&<>*?\n\t!#~=")), min_size=1, max_size=30
).filter(lambda s: "/" not in s and s not in (".", ".."))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=hostile_names, content=st.binary(max_size=200))
def test_hostile_names_and_content_never_reach_a_shell(tmp_path: Path, name: str, content: bytes) -> None:
    """Names with blanks, `;`, `$()`, newlines, leading `-` and any bytes are data: the scanner sees
    the exact bytes, no command runs (marker file stays absent), and the answer is one line."""
    marker = tmp_path / "pwned"
    name = name.replace("MARK", str(marker))
    upload = tmp_path / ("-" + name)
    upload.write_bytes(content)
    seen: list[bytes] = []

    def scanner(fd: int, n: str) -> Verdict:
        seen.append(os.pread(fd, 4096, 0))
        return verdict(VerdictKind.CLEAN)

    r, w = os.pipe()
    modsec.run([str(upload)], scanner=scanner, settings=HookSettings(syslog_socket=""), out_fd=w)
    os.close(w)
    out = os.read(r, 4096)
    os.close(r)
    upload.unlink()
    assert seen == [content]
    assert out == b"1 spamgear: OK\n"
    assert not marker.exists()


@settings(max_examples=200, deadline=None)
@given(
    kind=st.sampled_from(list(VerdictKind)),
    rules=st.lists(st.text(max_size=40), max_size=5),
    reason=st.text(max_size=400),
    policy=st.sampled_from(["open", "closed"]),
)
def test_output_is_always_one_line_of_at_least_two_bytes(
    kind: VerdictKind, rules: list[str], reason: str, policy: str
) -> None:
    """Whatever a scanner reports (control characters, huge reasons), the answer is one line,
    >= 2 bytes, first byte 0 or 1, within v2's 255-byte read."""
    line, _, _ = modsec.decide(verdict(kind, tuple(rules), reason), policy)
    assert line[:1] in (b"0", b"1")
    assert len(line) >= 2
    assert line.endswith(b"\n")
    assert line.count(b"\n") == 1
    assert len(line) <= 255
