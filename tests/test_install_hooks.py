"""`spamgear install-hooks` and the shape of hooks/: -IS shebang, explicit sys.path, snapshot, Lua."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from spamgear.hooksettings import SNAPSHOT_NAME, read_snapshot

REPO = Path(__file__).resolve().parent.parent
SPAMGEAR = str(Path(sys.executable).parent / "spamgear")


def test_hooks_are_two_line_files_with_matching_console_scripts() -> None:
    """Each hook imports an adapter's main and exits with it, and is a console script of the same name."""
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    for name in ("runav", "runav.sh", "runav-client"):
        lines = (REPO / "hooks" / name).read_text(encoding="utf-8").splitlines()
        assert lines[0] == "#!/usr/bin/env python3"
        module = lines[1].removeprefix("from ").split(" import ")[0]
        assert lines[1:] == [f"from {module} import main", "raise SystemExit(main())"]
        assert scripts[name] == f"{module}:main"
        assert os.access(REPO / "hooks" / name, os.X_OK)


def test_install_writes_fast_hooks_snapshot_and_lua(tmp_path: Path, write_config) -> None:  # type: ignore[no-untyped-def]
    conf = write_config(
        "hook:\n  fail_policy: closed\n  deadline: 1.25\ndaemon:\n  socket: /tmp/x.sock\n"
        f"signatures:\n  cache_dir: {tmp_path / 'cache'}\n  dirs: []\n"
    )
    dest = tmp_path / "hooks"
    proc = subprocess.run(
        [SPAMGEAR, "--config", str(conf), "install-hooks", "--dest", str(dest)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "installed" in proc.stdout
    runav = (dest / "runav").read_text(encoding="utf-8").splitlines()
    assert runav[0] == f"#!{Path(sys.base_prefix) / 'bin' / 'python3'} -IS"
    assert runav[1].startswith("import sys; sys.path[:0] = [")
    assert runav[2:] == ["from spamgear.adapters.modsec import main", "raise SystemExit(main())"]
    assert os.stat(dest / "runav").st_mode & 0o777 == 0o755
    snap = read_snapshot(str(dest / SNAPSHOT_NAME))
    assert snap is not None
    assert snap["hook"]["fail_policy"] == "closed"
    lua = (dest / "runav.lua").read_text(encoding="utf-8")
    assert 'local SOCKET = "/tmp/x.sock"' in lua
    assert 'local FAIL_POLICY = "closed"' in lua
    assert "local DEADLINE = 1.25" in lua


def test_installed_hook_runs_under_isolated_python(tmp_path: Path, write_config) -> None:  # type: ignore[no-untyped-def]
    """The installed hook works under `python3 -IS` with no cache: the fail policy, not a crash."""
    conf = write_config(
        f"hook:\n  fail_policy: closed\n  syslog_socket: ''\nsignatures:\n  cache_dir: {tmp_path / 'c'}\n"
        f"  dirs: [{tmp_path / 'sig'}]\n"
    )
    dest = tmp_path / "hooks"
    subprocess.run([SPAMGEAR, "--config", str(conf), "install-hooks", "--dest", str(dest)], check=True)
    upload = tmp_path / "up"
    upload.write_bytes(b"hello")
    env = {"PATH": "/usr/bin:/bin"}
    out = subprocess.run([str(dest / "runav"), str(upload)], capture_output=True, env=env, check=True)
    assert out.stdout.startswith(b"0 spamgear: error (fail-closed): ")
    assert b"spamgear signatures build" in out.stdout


def test_installed_hook_runs_regex_fallbacks(tmp_path: Path, write_config) -> None:  # type: ignore[no-untyped-def]
    """A ruleset with a regex fallback (lookbehind, not YARA) takes the engine path under `-IS`:
    the engine's regex worker finds the package through the PYTHONPATH the hook exports."""
    sig = tmp_path / "sig"
    sig.mkdir()
    (sig / "backdoors.re").write_text("(?<=SPAMGEAR)FALLBACK-PROBE\n", encoding="utf-8")
    conf = write_config(
        f"signatures:\n  dirs: [{sig}]\n  cache_dir: {tmp_path / 'cache'}\nhook:\n  syslog_socket: ''\n"
    )
    subprocess.run([SPAMGEAR, "--config", str(conf), "signatures", "build", "-q"], check=True)
    dest = tmp_path / "hooks"
    proc = subprocess.run(
        [SPAMGEAR, "--config", str(conf), "install-hooks", "--dest", str(dest)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "regex fallbacks" in proc.stderr
    hit = tmp_path / "hit"
    hit.write_bytes(b"xx SPAMGEARFALLBACK-PROBE yy")
    env = {"PATH": "/usr/bin:/bin"}
    out = subprocess.run([str(dest / "runav"), str(hit)], capture_output=True, env=env, check=True)
    assert out.stdout == b"0 spamgear: FOUND SPAMGEAR_BACKDOOR_L1\n"


def test_typo_in_fail_policy_is_refused(tmp_path: Path, write_config) -> None:  # type: ignore[no-untyped-def]
    """`fail_policy: close` must not silently become fail-open: install-hooks and the daemon refuse it."""
    conf = write_config("hook:\n  fail_policy: close\n")
    for argv in (["install-hooks", "--dest", str(tmp_path / "h")], ["daemon", "--foreground"]):
        proc = subprocess.run([SPAMGEAR, "--config", str(conf), *argv], capture_output=True, text=True)
        assert proc.returncode == 2
        assert "hook.fail_policy: expected 'open' or 'closed', got 'close'" in proc.stderr


def test_cold_hook_follows_a_rebuild_without_reinstall(tmp_path: Path, write_config) -> None:  # type: ignore[no-untyped-def]
    """Rules rebuilt after install-hooks: the installed cold hook finds them through the pointer that
    `signatures build` leaves (quick path, no hashing), and logs a syslog record with the hash."""
    import hashlib
    import socket

    sig = tmp_path / "sig"
    sig.mkdir()
    (sig / "a.yar").write_text('rule SPAMGEAR_T_Old { strings: $a = "old-marker" condition: $a }\n', "utf-8")
    log_sock = tmp_path / "log.sock"
    conf = write_config(
        f"signatures:\n  dirs: [{sig}]\n  cache_dir: {tmp_path / 'cache'}\n"
        f"hook:\n  syslog_socket: {log_sock}\n"
    )
    subprocess.run([SPAMGEAR, "--config", str(conf), "signatures", "build", "-q"], check=True)
    dest = tmp_path / "hooks"
    subprocess.run([SPAMGEAR, "--config", str(conf), "install-hooks", "--dest", str(dest)], check=True)
    (sig / "b.yar").write_text('rule SPAMGEAR_T_New { strings: $a = "new-marker" condition: $a }\n', "utf-8")
    subprocess.run([SPAMGEAR, "--config", str(conf), "signatures", "build", "-q"], check=True)
    hit = tmp_path / "hit"
    hit.write_bytes(b"xx new-marker yy")
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    srv.bind(str(log_sock))
    srv.settimeout(5)
    try:
        env = {"PATH": "/usr/bin:/bin"}
        out = subprocess.run([str(dest / "runav"), str(hit)], capture_output=True, env=env, check=True)
        record = srv.recv(4096).decode()
    finally:
        srv.close()
    assert out.stdout == b"0 spamgear: FOUND SPAMGEAR_T_New\n"
    assert out.stderr == b""
    assert "verdict=found rule=SPAMGEAR_T_New" in record
    assert "sha256=" + hashlib.sha256(b"xx new-marker yy").hexdigest() in record
    assert record.endswith("via=cold-quick")
