"""Shared fixtures. Payloads are generated here, never copied from a malware corpus."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_config(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads the machine's /etc/spamgear or an inherited $SPAMGEAR_CONFIG by accident."""
    monkeypatch.delenv("SPAMGEAR_CONFIG", raising=False)
    monkeypatch.delenv("SPAMGEAR_SOCKET", raising=False)
    monkeypatch.setattr("spamgear.config.SYSTEM_CONFIG", Path("/nonexistent/spamgear.yaml"))
    monkeypatch.setattr("spamgear.config.SYSTEM_CONFIG_DIR", Path("/nonexistent/conf.d"))
    yield


@pytest.fixture
def write_config(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write a YAML config file and return its path."""

    def _write(text: str, name: str = "spamgear.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return _write


def shared_path(*parts: str) -> Path:
    """A path under ../shared; tests that need it skip when the checkout has no shared/ beside it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


__all__ = ["REPO", "SHARED", "shared_path"]
_ = os
