"""Account backends and the state record: validation, idempotence, protected users, real commands."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from spamgear import accounts
from spamgear.accounts import AccountManager, Action
from spamgear.cli import main as cli_main
from spamgear.config import AccountsConfig
from spamgear.errors import AccountError, ConfigError

HOSTILE = [";rm -rf /", "$(id)", "-o", "a\nb", "`id`", "a b", "../etc", "x" * 129, "", "-", "a/b", "é"]


def recorder(tmp_path: Path) -> tuple[Path, Path]:
    """A disable command that appends its argv (NUL-separated, one record per line) to a file."""
    log = tmp_path / "argv.log"
    script = tmp_path / "record-argv"
    script.write_text(
        '#!/bin/sh\nfor a in "$@"; do printf "%s\\0" "$a"; done >> "$RECORD_LOG"\necho >> "$RECORD_LOG"\n'
    )
    script.chmod(0o755)
    return script, log


def recorded(log: Path) -> list[list[str]]:
    if not log.exists():
        return []
    return [ln.split("\0")[:-1] for ln in log.read_text().splitlines() if ln]


@pytest.fixture
def cmd_cfg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[AccountsConfig, Path]:
    script, log = recorder(tmp_path)
    monkeypatch.setenv("RECORD_LOG", str(log))
    cfg = AccountsConfig(
        backend="command",
        disable_command=[str(script), "disable", "--user={user}", "{user}"],
        enable_command=[str(script), "enable", "{user}"],
        state_file=str(tmp_path / "state" / "accounts.json"),
        protected=["root", "postmaster"],
    )
    return cfg, log


@pytest.mark.parametrize("user", HOSTILE)
def test_validate_rejects_hostile(user: str) -> None:
    with pytest.raises(AccountError):
        accounts.validate_username(user)


@pytest.mark.parametrize("user", ["alice", "alice@example.org", "a.b+tag_c-d", "_x", "0day"])
def test_validate_accepts(user: str) -> None:
    assert accounts.validate_username(user) == user


def test_command_backend_disable_once_then_enable(cmd_cfg: tuple[AccountsConfig, Path]) -> None:
    cfg, log = cmd_cfg
    mgr = AccountManager(cfg)
    out = mgr.disable("alice@example.org", "test reason", source="test")
    assert out.action is Action.DISABLED
    assert out.line() == "disabled alice@example.org (command)"
    assert recorded(log) == [["disable", "--user=alice@example.org", "alice@example.org"]]
    again = mgr.disable("alice@example.org", "test reason", source="test")
    assert again.action is Action.ALREADY and again.line() is None
    assert len(recorded(log)) == 1  # no second command
    state = json.loads(Path(cfg.state_file).read_text())
    rec = state["disabled"]["alice@example.org"]
    assert (rec["backend"], rec["reason"], rec["source"], rec["notified"]) == (
        "command",
        "test reason",
        "test",
        False,
    )
    assert oct(Path(cfg.state_file).stat().st_mode & 0o777) == "0o600"
    assert mgr.needs_notice("alice@example.org")
    mgr.mark_notified("alice@example.org")
    assert not mgr.needs_notice("alice@example.org")
    en = mgr.enable("alice@example.org")
    assert en.line() == "enabled alice@example.org (command)"
    assert recorded(log)[-1] == ["enable", "alice@example.org"]
    assert mgr.list() == []


def test_enable_only_what_spamgear_disabled(cmd_cfg: tuple[AccountsConfig, Path]) -> None:
    cfg, log = cmd_cfg
    with pytest.raises(AccountError, match="not disabled by spamgear"):
        AccountManager(cfg).enable("bob")
    assert recorded(log) == []


@pytest.mark.parametrize("user", [*HOSTILE, "root", "postmaster"])
def test_refusals_run_nothing(cmd_cfg: tuple[AccountsConfig, Path], user: str) -> None:
    cfg, log = cmd_cfg
    out = AccountManager(cfg).disable(user, "x")
    assert out.action is Action.REFUSED
    line = out.line()
    assert line is not None and line.startswith("refused to disable ") and "\n" not in line
    assert recorded(log) == []
    assert not Path(cfg.state_file).exists()


def test_dry_run_changes_nothing(cmd_cfg: tuple[AccountsConfig, Path]) -> None:
    cfg, log = cmd_cfg
    out = AccountManager(cfg, dry_run=True).disable("carol", "x")
    assert out.line() == "would disable carol (command)"
    assert recorded(log) == [] and not Path(cfg.state_file).exists()


def test_failing_command_is_not_recorded(cmd_cfg: tuple[AccountsConfig, Path]) -> None:
    cfg, _ = cmd_cfg
    bad = AccountsConfig(**{**cfg.__dict__, "disable_command": ["/bin/false", "{user}"]})
    out = AccountManager(bad).disable("dave", "x")
    assert out.action is Action.FAILED
    assert "exited 1" in out.reason
    assert AccountManager(bad).list() == []


def test_command_template_needs_user(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        accounts.make_backend(AccountsConfig(backend="command", disable_command=["/bin/true"]))
    with pytest.raises(ConfigError):
        accounts.make_backend(AccountsConfig(backend="bogus"))


def test_corrupt_state_is_an_error(tmp_path: Path) -> None:
    state = tmp_path / "s.json"
    state.write_text("{not json")
    with pytest.raises(AccountError, match="not a spamgear accounts state file"):
        AccountManager(AccountsConfig(state_file=str(state))).list()


def test_nis_backend_over_a_local_ssh_stand_in(tmp_path: Path) -> None:
    """The real remote script runs through `sh -c` the way sshd would run the joined, quoted words."""
    if shutil.which("make") is None or shutil.which("awk") is None:
        pytest.skip("make/awk not installed")
    ssh = tmp_path / "fake-ssh"
    # ssh hands the words after the destination, joined by spaces, to the remote user's shell.
    ssh.write_text('#!/bin/sh\nwhile [ "$1" != "--" ]; do shift; done\nshift 2\nexec sh -c "$*"\n')
    ssh.chmod(0o755)
    yp = tmp_path / "yp"
    yp.mkdir()
    (yp / "Makefile").write_text("all:\n\ttouch built\n")
    shadow = tmp_path / "shadow"
    shadow.write_text("alice:$6$salt$hash:19000:0:99999:7:::\nbob:$6$x$y:19000:0:99999:7:::\n")
    cfg = AccountsConfig(
        backend="nis",
        ssh_command=[str(ssh)],
        nis_shadow=str(shadow),
        nis_yp_dir=str(yp),
        state_file=str(tmp_path / "state.json"),
    )
    mgr = AccountManager(cfg, nis_master="nis-master.example.org")
    assert mgr.disable("alice", "x").line() == "disabled alice (nis)"
    assert shadow.read_text().splitlines()[0].startswith("alice:!$6$salt$hash:")
    assert shadow.read_text().splitlines()[1].startswith("bob:$6$")
    assert (yp / "built").exists()
    # A name that would be a shell injection never gets there: validation refuses it first.
    assert mgr.disable("$(touch pwned)", "x").action is Action.REFUSED
    assert not (tmp_path / "pwned").exists()
    assert mgr.enable("alice").line() == "enabled alice (nis)"
    assert shadow.read_text().splitlines()[0].startswith("alice:$6$salt$hash:")
    # An unknown user makes the remote side fail, and nothing is recorded.
    assert mgr.disable("nobody-here", "x").action is Action.FAILED
    assert mgr.list() == []


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("useradd") is None, reason="needs root and useradd")
def test_local_backend_locks_a_real_account(tmp_path: Path) -> None:
    user = "sgt" + uuid.uuid4().hex[:8]
    subprocess.run(["useradd", "--no-create-home", "-s", "/usr/sbin/nologin", user], check=True)
    subprocess.run(["chpasswd"], input=f"{user}:S3cret-test\n", text=True, check=True)
    try:
        cfg = AccountsConfig(backend="local", state_file=str(tmp_path / "state.json"))
        mgr = AccountManager(cfg)
        assert mgr.disable(user, "test").line() == f"disabled {user} (local)"
        status = subprocess.run(["passwd", "-S", user], capture_output=True, text=True, check=True).stdout
        assert status.split()[1] == "L"
        assert mgr.disable(user, "test").action is Action.ALREADY
        assert mgr.enable(user).line() == f"enabled {user} (local)"
        status = subprocess.run(["passwd", "-S", user], capture_output=True, text=True, check=True).stdout
        assert status.split()[1] == "P"
    finally:
        subprocess.run(["userdel", user], check=False)


def test_postfix_map(tmp_path: Path) -> None:
    cfg = AccountsConfig(
        backend="local",
        local_lock=False,
        postfix_map=str(tmp_path / "sasl_access"),
        postmap_command=[],
        state_file=str(tmp_path / "state.json"),
    )
    mgr = AccountManager(cfg)
    mgr.disable("alice@example.org", "x")
    mgr.disable("bob", "x")
    text = (tmp_path / "sasl_access").read_text()
    assert text == (
        "alice@example.org REJECT account disabled by spamgear\nbob REJECT account disabled by spamgear\n"
    )
    mgr.enable("alice@example.org")
    assert (tmp_path / "sasl_access").read_text() == "bob REJECT account disabled by spamgear\n"


def test_accounts_cli(
    cmd_cfg: tuple[AccountsConfig, Path], write_config, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    cfg, log = cmd_cfg
    conf = write_config(
        "accounts:\n"
        f"  backend: command\n  state_file: {cfg.state_file}\n"
        f"  disable_command: {json.dumps(cfg.disable_command)}\n"
        f"  enable_command: {json.dumps(cfg.enable_command)}\n"
    )
    assert cli_main(["accounts", "disable", "erin", "--reason", "manual", "--config", str(conf)]) == 0
    assert capsys.readouterr().out == "disabled erin (command)\n"
    assert cli_main(["accounts", "list", "--json", "--config", str(conf)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["user"], r["backend"], r["reason"]) for r in listed] == [("erin", "command", "manual")]
    assert cli_main(["accounts", "disable", "--config", str(conf), "--", "-o"]) == 1
    assert capsys.readouterr().out == "refused to disable -o: user name starts with '-'\n"
    assert cli_main(["accounts", "enable", "erin", "--config", str(conf)]) == 0
    assert capsys.readouterr().out == "enabled erin (command)\n"
    assert cli_main(["accounts", "enable", "erin", "--config", str(conf)]) == 2
    assert "not disabled by spamgear" in capsys.readouterr().err
    assert [r[0] for r in recorded(log)] == ["disable", "enable"]
