"""`spamgear scan` end to end (real subprocesses): JSON lines, exit codes, tree walking edge cases, cache."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sigtools import BUILTIN, eicar

CLEAN_PHP = b"<?php echo 'hello';\n"


def _config(tmp_path: Path, **scan: object) -> Path:
    lines = [
        "signatures:",
        f"  dirs: [{json.dumps(str(BUILTIN))}]",
        f"  cache_dir: {json.dumps(str(tmp_path / 'cache'))}",
        "scan:",
        f"  state_dir: {json.dumps(str(tmp_path / 'state'))}",
    ]
    lines += [f"  {k}: {json.dumps(v)}" for k, v in scan.items()]
    path = tmp_path / "spamgear.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _scan(
    tmp_path: Path, *args: str | bytes, stdin: bytes = b"", config: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    cfg = config or _config(tmp_path)
    argv: list[str | bytes] = [sys.executable, "-m", "spamgear", "--config", str(cfg), "scan", *args]
    return subprocess.run(argv, input=stdin, capture_output=True, timeout=120, check=False)


def _records(out: bytes) -> dict[str, dict[str, object]]:
    records = [json.loads(line) for line in out.decode("ascii").splitlines()]
    by_path = {str(r["path"]): r for r in records}
    assert len(by_path) == len(records), "exactly one line per file"
    return by_path


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "www"
    (root / "sub").mkdir(parents=True)
    (root / "index.php").write_bytes(CLEAN_PHP)
    (root / "sub" / "eicar.com").write_bytes(eicar())
    (root / "empty.txt").write_bytes(b"")
    return root


def test_json_lines_have_the_stable_fields(tmp_path: Path, tree: Path) -> None:
    """--json prints one valid JSON object per file with path/verdict/rules/scanner (+ details)."""
    result = _scan(tmp_path, "--json", str(tree))
    records = _records(result.stdout)
    assert set(records) == {str(tree / "index.php"), str(tree / "sub" / "eicar.com"), str(tree / "empty.txt")}
    for record in records.values():
        assert {"path", "verdict", "rules", "scanner", "score", "matches"} <= set(record)
    bad = records[str(tree / "sub" / "eicar.com")]
    assert (bad["verdict"], bad["rules"], bad["scanner"]) == ("malicious", ["SPAMGEAR_TEST_EICAR"], "yara")
    assert records[str(tree / "empty.txt")]["verdict"] == "clean"
    assert result.returncode == 1


def test_exit_codes_clean_found_error(tmp_path: Path, tree: Path) -> None:
    """0 when all clean, 1 when something is found, 2 when there were errors only."""
    assert _scan(tmp_path, "-q", str(tree / "index.php")).returncode == 0
    assert _scan(tmp_path, "-q", str(tree)).returncode == 1
    missing = _scan(tmp_path, str(tree / "index.php"), str(tmp_path / "missing.php"))
    assert missing.returncode == 2
    assert b"missing.php: ERROR cannot stat" in missing.stdout
    assert _scan(tmp_path).returncode == 2  # no paths: usage error


def test_stdin_paths_newline_and_nul_separated(tmp_path: Path, tree: Path) -> None:
    """`find ... | spamgear scan --stdin` and `find -print0 | spamgear scan --stdin -0`."""
    files = [tree / "index.php", tree / "sub" / "eicar.com"]
    by_line = _scan(tmp_path, "--json", "--stdin", stdin=b"".join(os.fsencode(f) + b"\n" for f in files))
    by_nul = _scan(tmp_path, "--json", "--stdin", "-0", stdin=b"".join(os.fsencode(f) + b"\0" for f in files))
    for result in (by_line, by_nul):
        assert set(_records(result.stdout)) == {str(f) for f in files}
        assert result.returncode == 1


def test_symlinks_are_not_followed_out_of_the_tree(tmp_path: Path, tree: Path) -> None:
    """A symlink inside the tree to a file (or dir) outside is not scanned; the tree stays clean."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "eicar.com").write_bytes(eicar())
    (tree / "sub" / "eicar.com").unlink()
    (tree / "link-to-file").symlink_to(outside / "eicar.com")
    (tree / "link-to-dir").symlink_to(outside)
    (tree / "dangling").symlink_to(tmp_path / "nowhere")
    result = _scan(tmp_path, "--json", str(tree))
    assert set(_records(result.stdout)) == {str(tree / "index.php"), str(tree / "empty.txt")}
    assert result.returncode == 0


def test_fifo_in_tree_is_skipped_and_named_fifo_is_an_error(tmp_path: Path, tree: Path) -> None:
    """A FIFO (no writer) neither hangs a walk nor a named scan."""
    os.mkfifo(tree / "pipe")
    walked = _scan(tmp_path, "--json", str(tree))
    assert str(tree / "pipe") not in _records(walked.stdout)
    named = _scan(tmp_path, "--json", str(tree / "pipe"))
    record = _records(named.stdout)[str(tree / "pipe")]
    assert (record["verdict"], record["reason"], named.returncode) == (
        "error",
        "not a regular file (fifo)",
        2,
    )


def test_over_size_limit_file_is_an_error(tmp_path: Path, tree: Path) -> None:
    (tree / "big.php").write_bytes(b"A" * 2048)
    result = _scan(tmp_path, "--json", str(tree / "big.php"), config=_config(tmp_path, max_file_size=1024))
    record = _records(result.stdout)[str(tree / "big.php")]
    assert (record["verdict"], result.returncode) == ("error", 2)
    assert "over size limit" in str(record["reason"])


def test_non_utf8_names_give_valid_json(tmp_path: Path, tree: Path) -> None:
    """A Latin-1 file name is reported via os.fsdecode (surrogateescape) and the line is valid JSON."""
    raw = os.fsencode(tree) + b"/caf\xe9.php"
    with open(raw, "wb") as handle:
        handle.write(eicar())
    result = _scan(tmp_path, "--json", str(tree))
    records = _records(result.stdout)
    assert os.fsdecode(raw) in records
    assert records[os.fsdecode(raw)]["verdict"] == "malicious"
    text = _scan(tmp_path, raw)
    assert raw + b": FOUND SPAMGEAR_TEST_EICAR\n" == text.stdout


def test_rescan_uses_the_incremental_cache_and_notices_changes(tmp_path: Path, tree: Path) -> None:
    """An unchanged file comes from the cache (same verdict); a changed one is scanned again."""
    first = _records(_scan(tmp_path, "--json", str(tree)).stdout)
    second = _records(_scan(tmp_path, "--json", str(tree)).stdout)
    assert all(r.get("cached") for r in second.values())
    assert {p: r["verdict"] for p, r in first.items()} == {p: r["verdict"] for p, r in second.items()}
    (tree / "index.php").write_bytes(eicar())
    third = _records(_scan(tmp_path, "--json", str(tree)).stdout)
    assert third[str(tree / "index.php")]["verdict"] == "malicious"
    assert not third[str(tree / "index.php")].get("cached")


def test_jobs_two_gives_the_same_verdicts_as_one(tmp_path: Path, tree: Path) -> None:
    for i in range(40):
        (tree / f"f{i}.php").write_bytes(eicar() if i % 7 == 0 else CLEAN_PHP)
    one = _records(_scan(tmp_path, "--json", "--no-cache", "--jobs", "1", str(tree)).stdout)
    two = _records(_scan(tmp_path, "--json", "--no-cache", "--jobs", "2", str(tree)).stdout)
    assert {p: r["verdict"] for p, r in one.items()} == {p: r["verdict"] for p, r in two.items()}
    assert sum(r["verdict"] == "malicious" for r in two.values()) == 7


@pytest.fixture
def world_dir() -> Iterator[Path]:
    """A temp dir other users can reach (pytest's tmp_path lives under a 0700 dir)."""
    path = Path(tempfile.mkdtemp(prefix="spamgear-test-", dir="/tmp"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _copy_runtime(dest: Path) -> Path:
    """spamgear + yara + yaml copied where an unprivileged user can read them (the checkout may not be)."""
    import yaml
    import yara

    import spamgear

    lib = dest / "pylib"
    lib.mkdir()
    shutil.copytree(Path(spamgear.__file__).parent, lib / "spamgear")
    yara_file = Path(yara.__file__)
    shutil.copy2(yara_file, lib / yara_file.name)
    libs = yara_file.parent / "yara_python.libs"
    if libs.is_dir():
        shutil.copytree(libs, lib / "yara_python.libs")
    shutil.copytree(Path(yaml.__file__).parent, lib / "yaml")
    for path in [dest, *dest.rglob("*")]:
        path.chmod(0o755 if path.is_dir() or path.suffix == ".so" else 0o644)
    return lib


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root and setpriv")
def test_unreadable_file_is_an_error_for_an_unprivileged_user(world_dir: Path) -> None:
    """As `nobody`, a mode-000 file is an error verdict (exit 2), the readable neighbour is still scanned."""
    base = world_dir
    lib = _copy_runtime(base)
    sigs = base / "sigs"
    shutil.copytree(BUILTIN, sigs)
    root = base / "www"
    root.mkdir()
    (root / "ok.php").write_bytes(CLEAN_PHP)
    (root / "secret.php").write_bytes(CLEAN_PHP)
    cfg = base / "cfg.yaml"
    cfg.write_text(
        f"signatures:\n  dirs: [{json.dumps(str(sigs))}]\n  cache_dir: {json.dumps(str(base / 'cache'))}\n"
        f"scan:\n  state_dir: {json.dumps(str(base / 'state'))}\n",
        encoding="utf-8",
    )
    build = subprocess.run(
        [sys.executable, "-m", "spamgear", "--config", str(cfg), "signatures", "build", "-q"], check=False
    )
    assert build.returncode == 0
    for path in [base, *base.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    (root / "secret.php").chmod(0)
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(lib), "HOME": str(base)}
    as_nobody = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    result = subprocess.run(
        [
            *as_nobody,
            sys.executable,
            "-m",
            "spamgear",
            "--config",
            str(cfg),
            "scan",
            "--json",
            "--no-cache",
            str(root),
        ],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    records = _records(result.stdout)
    assert records[str(root / "ok.php")]["verdict"] == "clean", result.stderr
    secret = records[str(root / "secret.php")]
    assert (secret["verdict"], secret["reason"]) == ("error", "cannot open: Permission denied")
    assert result.returncode == 2


def test_total_deadline_turns_unscanned_files_into_errors(tmp_path: Path, tree: Path) -> None:
    """scan.deadline bounds a run; files not scanned in time are errors (exit 2), never clean."""
    result = _scan(tmp_path, "--json", "--no-cache", str(tree), config=_config(tmp_path, deadline=0.001))
    records = _records(result.stdout)
    assert len(records) == 3
    assert {r["reason"] for r in records.values()} == {"scan deadline reached"}
    assert result.returncode == 2


def test_progress_and_summary_only_on_a_tty(tmp_path: Path, tree: Path) -> None:
    """With stderr on a terminal a files/s progress line and a summary appear; without one, a clean
    run prints nothing at all (cron mails nothing)."""
    import pty

    (tree / "sub" / "eicar.com").unlink()
    quiet = _scan(tmp_path, str(tree))
    assert (quiet.stdout, quiet.stderr, quiet.returncode) == (b"", b"", 0)
    master, slave = pty.openpty()
    try:
        argv = [sys.executable, "-m", "spamgear", "--config", str(_config(tmp_path)), "scan", str(tree)]
        proc = subprocess.run(argv, stderr=slave, stdout=subprocess.PIPE, timeout=120, check=False)
        os.close(slave)
        seen = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(master)
    assert proc.returncode == 0
    assert b"files/s" in seen and b"scanned 2 files" in seen


def test_missing_rules_dir_or_empty_signature_set_is_refused(tmp_path: Path, tree: Path) -> None:
    """A typo in --rules, or a dir without signatures, must not turn into "everything is clean"."""
    typo = _scan(tmp_path, "--rules", str(tmp_path / "no-such-dir"), str(tree))
    assert (typo.returncode, typo.stdout) == (2, b"")
    assert b"not a directory" in typo.stderr
    empty = tmp_path / "empty-rules"
    empty.mkdir()
    (empty / "README.md").write_text("not a signature\n", encoding="utf-8")
    nothing = _scan(tmp_path, "--rules", str(empty), str(tree))
    assert (nothing.returncode, nothing.stdout) == (2, b"")
    assert b"no signature files in" in nothing.stderr


def test_corrupt_scan_cache_is_ignored_not_fatal(tmp_path: Path, tree: Path) -> None:
    """The incremental cache only saves time: a garbage sqlite file means a full scan, same verdicts."""
    state = tmp_path / "state"
    state.mkdir()
    (state / "scan-cache.sqlite").write_bytes(b"this is not a database" * 100)
    result = _scan(tmp_path, "--json", str(tree))
    assert result.returncode == 1
    assert len(_records(result.stdout)) == 3


def test_stdin_reader_streams_and_splits_across_chunks() -> None:
    """Paths split over read boundaries, CRLF lines, blank lines and NUL auto-detection all come out whole."""
    import io

    from spamgear.commands.scan import read_stdin_paths

    lines = b"/a/one.php\r\n\n/b/two words.php\n/c/caf\xe9.php"
    assert list(read_stdin_paths(io.BytesIO(lines), False, chunk_size=3)) == [
        b"/a/one.php",
        b"/b/two words.php",
        b"/c/caf\xe9.php",
    ]
    nul = b"/a/new\nline.php\0/b/x.php\0"
    assert list(read_stdin_paths(io.BytesIO(nul), False, chunk_size=4)) == [b"/a/new\nline.php", b"/b/x.php"]
    assert list(read_stdin_paths(io.BytesIO(b""), True)) == []
