"""`spamgear fail2ban install`, hooks/ vs console scripts, and our jails as fail2ban reads them."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from spamgear import fail2ban
from spamgear.cli import main as cli_main
from spamgear.errors import UsageError
from tests.f2b_rig import REPO, fail2ban_python


def test_install_writes_conf_files_and_leaves_local_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "fail2ban"
    (dest / "jail.d").mkdir(parents=True)
    local = dest / "jail.d" / "spamgear.local"
    local.write_text("[spamgear-php-login]\nenabled = true\n")
    hooks = tmp_path / "venv bin"
    rc = cli_main(["fail2ban", "install", "--dest", str(dest), "--hook-dir", str(hooks)])
    assert rc == 0
    written = sorted(str(p.relative_to(dest)) for p in dest.rglob("*.conf"))
    assert written == [
        "action.d/spamgear-account.conf",
        "filter.d/spamgear-php-login.conf",
        "filter.d/spamgear-sasl-user.conf",
        "jail.d/spamgear.conf",
    ]
    assert local.read_text() == "[spamgear-php-login]\nenabled = true\n"
    action = (dest / "action.d" / "spamgear-account.conf").read_text()
    assert f"\nhook = {hooks}/spamgear-f2b-account\n" in action
    assert (dest / "filter.d" / "spamgear-php-login.conf").read_bytes() == (
        REPO / "filters" / "spamgear-php-login.conf"
    ).read_bytes()
    assert (dest / "jail.d" / "spamgear.conf").stat().st_mode & 0o777 == 0o644
    assert capsys.readouterr().out.count("wrote ") == 4


def test_install_dry_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["fail2ban", "install", "--dest", str(tmp_path / "x"), "--dry-run"]) == 0
    assert not (tmp_path / "x").exists()
    assert "would write " + str(tmp_path / "x" / "jail.d" / "spamgear.conf") in capsys.readouterr().out


@pytest.mark.parametrize("hook_dir", ["relative/bin", "/opt/x\nactionban = evil", "/opt/<fid>"])
def test_install_refuses_odd_hook_dirs(tmp_path: Path, hook_dir: str) -> None:
    with pytest.raises(UsageError):
        fail2ban.plan(tmp_path, Path(hook_dir))


def test_install_refuses_non_conf_targets(tmp_path: Path) -> None:
    item = fail2ban.InstallItem(REPO / "jails" / "spamgear.conf", tmp_path / "jail.d" / "spamgear.local", "x")
    with pytest.raises(UsageError):
        fail2ban.install([item])
    assert not (tmp_path / "jail.d" / "spamgear.local").exists()


def test_hooks_are_two_line_console_scripts() -> None:
    """hooks/NAME is `from spamgear.adapters.X import main` / `raise SystemExit(main())` and NAME is a
    console script pointing at the same function."""
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    for hook in fail2ban.HOOKS:
        lines = (REPO / "hooks" / hook).read_text().splitlines()
        assert lines[0] == "#!/usr/bin/env python3"
        assert lines[2] == "raise SystemExit(main())"
        module = lines[1].removeprefix("from ").removesuffix(" import main")
        assert scripts[hook] == f"{module}:main"
        assert (REPO / "hooks" / hook).stat().st_mode & 0o111


@pytest.mark.fail2ban
@pytest.mark.parametrize(
    ("banaction", "expect"),
    [
        ("iptables-multiport", "-m multiport --dports http,https"),
        ("nftables-multiport", "dport \\\\{ $(echo 'http,https' | sed s/:/-/g) \\\\}"),
    ],
)
def test_php_jail_uses_the_admins_banaction(tmp_path: Path, banaction: str, expect: str) -> None:
    """fail2ban-client -d (the installed fail2ban's own reader) resolves our jail with the admin's
    banaction and port http,https; the config test passes with both jails enabled."""
    fail2ban_python()
    conf = tmp_path / "conf"
    shutil.copytree("/etc/fail2ban", conf, symlinks=True)
    for stale in [*conf.glob("jail.d/*"), *conf.glob("*.local")]:
        stale.unlink()
    fail2ban.install(fail2ban.plan(conf, tmp_path / "bin"))
    (tmp_path / "access.log").touch()
    (tmp_path / "mail.log").touch()
    (conf / "jail.d" / "spamgear.local").write_text(
        f"[DEFAULT]\nbanaction = {banaction}\n"
        f"[spamgear-php-login]\nenabled = true\nlogpath = {tmp_path}/access.log\n"
        f"[spamgear-sasl-user]\nenabled = true\nbackend = polling\nlogpath = {tmp_path}/mail.log\n"
    )
    test = subprocess.run(
        ["fail2ban-client", "-c", str(conf), "-t"], capture_output=True, text=True, timeout=60
    )
    assert test.returncode == 0, test.stderr
    dump = subprocess.run(
        ["fail2ban-client", "-c", str(conf), "-d"], capture_output=True, text=True, timeout=60
    )
    php = [
        ln for ln in dump.stdout.splitlines() if ln.startswith("['multi-set', 'spamgear-php-login', 'action'")
    ]
    assert len(php) == 1 and f"'{banaction}'" in php[0]
    assert expect in php[0]
    for want in (
        "['set', 'spamgear-php-login', 'maxretry', 8]",
        "['set', 'spamgear-php-login', 'bantime', '1200']",
        "['set', 'spamgear-php-login', 'bantime.increment', True]",
        "['set', 'spamgear-sasl-user', 'usedns', 'raw']",
        "['set', 'spamgear-sasl-user', 'maxmatches', 90]",
    ):
        assert want in dump.stdout
    sasl = next(
        ln for ln in dump.stdout.splitlines() if "'spamgear-sasl-user', 'action', 'spamgear-account'" in ln
    )
    assert "['norestored', 'true']" in sasl or "['norestored', True]" in sasl
    assert "['actionflush', '\"" in sasl


def test_install_hook_writes_the_fast_form(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--install-hook`: the hook as `python3 -IS` with its config snapshot, the action pointing at it
    and passing the same config file; without it, a note says the hook is not the fast form."""
    from spamgear.hooksettings import SNAPSHOT_NAME, read_snapshot_data

    config = tmp_path / "spamgear.yaml"
    config.write_text(f"accounts:\n  state_file: {tmp_path / 'state.json'}\n")
    dest, hooks = tmp_path / "fail2ban", tmp_path / "hooks"
    argv = ["fail2ban", "install", "--dest", str(dest), "--hook-dir", str(hooks), "--config", str(config)]
    assert cli_main([*argv, "--install-hook"]) == 0
    out = capsys.readouterr()
    assert "(python3 -IS, config snapshot)" in out.out and out.err == ""
    hook = hooks / fail2ban.HOOKS[0]
    assert fail2ban.is_fast_hook(hook)
    assert hook.read_text().endswith(
        "from spamgear.adapters.fail2ban import main\nraise SystemExit(main())\n"
    )
    snap = read_snapshot_data(str(hooks / SNAPSHOT_NAME))
    assert snap is not None and snap["explicit"] == str(config)
    assert snap["config"]["accounts"]["state_file"] == str(tmp_path / "state.json")
    action = (dest / "action.d" / "spamgear-account.conf").read_text()
    assert f"\nhook = {hook}\n" in action and f"\nspamgear_config = {config}\n" in action
    assert (REPO / "spamgear" / "__pycache__" / "fastban-sre.marshal").is_file()
    # a plain console-script directory gets the note
    assert cli_main(["fail2ban", "install", "--dest", str(dest), "--hook-dir", str(tmp_path / "bin")]) == 0
    assert "is not the fast form" in capsys.readouterr().err
    with pytest.raises(UsageError):
        fail2ban.plan(dest, hooks, spamgear_config="/etc/x\nactionban = evil")
