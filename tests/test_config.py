"""Config: built-in defaults, layering order, and errors that name the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from spamgear import cli
from spamgear.config import Config, load_config
from spamgear.errors import ConfigError


def test_defaults_without_any_file() -> None:
    """With no files the built-in defaults apply."""
    cfg = load_config(layers=[])
    assert cfg == Config()
    assert cfg.hook.fail_policy == "open"
    assert cfg.daemon.socket == "/run/spamgear/scan.sock"


def test_later_layers_win_and_sections_merge(tmp_path: Path) -> None:
    """A later file overrides only the keys it sets; other keys of the section keep earlier values."""
    first = tmp_path / "a.yaml"
    first.write_text("scan:\n  max_file_size: 10\n  jobs: 3\nclamd:\n  socket: /run/c.sock\n")
    second = tmp_path / "b.yaml"
    second.write_text("scan:\n  jobs: 1\n")
    cfg = load_config(layers=[first, second])
    assert (cfg.scan.max_file_size, cfg.scan.jobs, cfg.clamd.socket) == (10, 1, "/run/c.sock")


def test_unknown_key_names_file_and_key(write_config) -> None:  # type: ignore[no-untyped-def]
    path = write_config("scan:\n  max_size: 10\n")
    with pytest.raises(ConfigError) as err:
        load_config(str(path))
    assert str(err.value).startswith(f"{path}: scan.max_size: unknown key")


def test_wrong_type_names_file_and_key(write_config) -> None:  # type: ignore[no-untyped-def]
    path = write_config("hook:\n  deadline: soon\n")
    with pytest.raises(ConfigError) as err:
        load_config(str(path))
    assert str(err.value) == f"{path}: hook.deadline: expected float, got str 'soon'"


def test_int_accepted_for_float_and_bool_rejected_for_int(write_config) -> None:  # type: ignore[no-untyped-def]
    assert load_config(str(write_config("hook:\n  deadline: 3\n"))).hook.deadline == 3.0
    with pytest.raises(ConfigError, match=r"scan.jobs: expected int, got bool"):
        load_config(str(write_config("scan:\n  jobs: true\n", "b.yaml")))


def test_env_variable_points_to_config(write_config, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = write_config("daemon:\n  socket: /tmp/x.sock\n")
    monkeypatch.setenv("SPAMGEAR_CONFIG", str(path))
    assert load_config().daemon.socket == "/tmp/x.sock"


def test_missing_explicit_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(str(tmp_path / "nope.yaml"))


def test_config_option_before_and_after_subcommand(write_config, capsys) -> None:  # type: ignore[no-untyped-def]
    """`spamgear --config F config show` and `spamgear config show --config F` both apply F."""
    path = write_config("clamd:\n  port: 1234\n")
    for argv in (["--config", str(path), "config", "show"], ["config", "show", "--config", str(path)]):
        assert cli.main(argv) == 0
        assert "port: 1234" in capsys.readouterr().out


def test_bad_config_exits_2_with_one_line(write_config, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_config("nope: 1\n")
    assert cli.main(["config", "show", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"spamgear: {path}: nope: unknown key (known: accounts, clamd, ")
    assert err.count("\n") == 1
