"""The README documents every subcommand and every installed command, and each answers --help."""

from __future__ import annotations

import subprocess
import sys
import tomllib

import pytest

from spamgear import cli
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
SCRIPTS = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]


@pytest.mark.parametrize("name", sorted(cli.COMMANDS))
def test_every_subcommand_is_in_the_readme(name: str) -> None:
    assert f"spamgear {name}" in README


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_every_console_script_is_in_the_readme(name: str) -> None:
    assert f"`{name}" in README or f" {name} " in README


@pytest.mark.parametrize("name", sorted(cli.COMMANDS))
def test_every_subcommand_has_help(name: str) -> None:
    """`spamgear NAME --help` prints a usage line and exits 0."""
    result = subprocess.run(
        [sys.executable, "-m", "spamgear", name, "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: spamgear {name}")
