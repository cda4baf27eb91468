"""spamgear.atomicfile: the one atomic writer behind the accounts state, the notice spool and the
pattern cache. A reader sees the old file or the new one, never a part, and no temp file is left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from spamgear import atomicfile


def test_replaces_the_file_with_the_given_mode_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "state.json"
    target.write_text("old")
    atomicfile.write(str(target), b"new", 0o640)
    assert target.read_bytes() == b"new"
    assert os.stat(target).st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]


def test_a_failed_write_keeps_the_old_file_and_removes_the_temp(tmp_path: Path) -> None:
    target = tmp_path / "state.json"
    target.write_text("old")
    with pytest.raises(TypeError):
        atomicfile.write(str(target), "not bytes", 0o600)  # type: ignore[arg-type]
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]


def test_makedirs_creates_missing_parents_and_accepts_existing(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b" / "c"
    atomicfile.makedirs(str(deep))
    atomicfile.makedirs(str(deep))
    assert deep.is_dir()
