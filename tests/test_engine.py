"""Scan engine: verdicts for bytes, fds and paths, size limit, score threshold, EICAR, cheap import."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from spamgear.engine import Engine
from spamgear.models import VerdictKind
from tests.sigtools import BUILTIN, eicar, make_engine


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    sigs = tmp_path / "sigs"
    sigs.mkdir()
    (sigs / "weak.yar").write_text(
        'rule SPAMGEAR_T_WeakA { meta: score = 40 strings: $a = "weak-alpha" condition: $a }\n'
        'rule SPAMGEAR_T_WeakB { meta: score = 60 strings: $a = "weak-beta" condition: $a }\n'
        'rule SPAMGEAR_T_Strong { strings: $a = "strong-needle" condition: $a }\n',
        encoding="utf-8",
    )
    made = make_engine(tmp_path, [BUILTIN, sigs], max_file_size=1000)
    yield made
    made.close()


def test_eicar_is_malicious(engine: Engine, tmp_path: Path) -> None:
    """The built-in EICAR rule hits the EICAR test string (built in the test), via bytes and via a path."""
    path = tmp_path / "eicar.com"
    path.write_bytes(eicar())
    for verdict in (engine.scan_bytes(eicar(), "eicar.com"), engine.scan_path(str(path))):
        assert (verdict.kind, verdict.rules, verdict.scanners) == (
            VerdictKind.MALICIOUS,
            ["SPAMGEAR_TEST_EICAR"],
            ("yara",),
        )
        assert verdict.matches[0].strings[0].offset == 0
        assert len(verdict.sha256) == 64


def test_eicar_rule_does_not_hit_text_that_merely_mentions_it(engine: Engine) -> None:
    """Must-not-hit: the string inside a longer document (e.g. an AV FAQ page) is not the test file."""
    page = b"<html><p>The test string is:</p><pre>" + eicar() + b"</pre></html>"
    assert engine.scan_bytes(page, "faq.html").kind is VerdictKind.CLEAN


def test_weak_rule_alone_never_makes_a_file_malicious(engine: Engine) -> None:
    """Scores add up: 40 alone is clean (match kept), 40 + 60 reaches the threshold of 100."""
    weak = engine.scan_bytes(b"weak-alpha", "a")
    both = engine.scan_bytes(b"weak-alpha weak-beta", "b")
    assert (weak.kind, weak.rules, weak.score) == (VerdictKind.CLEAN, ["SPAMGEAR_T_WeakA"], 40)
    assert "below threshold" in weak.reason
    assert (both.kind, both.score) == (VerdictKind.MALICIOUS, 100)


def test_over_size_limit_is_an_error_never_clean(engine: Engine, tmp_path: Path) -> None:
    """A file over scan.max_file_size is reported as an error, by path, fd and bytes."""
    path = tmp_path / "big.bin"
    path.write_bytes(b"A" * 1001)
    with path.open("rb") as handle:
        results = [
            engine.scan_path(str(path)),
            engine.scan_fd(handle.fileno(), "big"),
            engine.scan_bytes(b"A" * 1001, "b"),
        ]
    for verdict in results:
        assert verdict.kind is VerdictKind.ERROR
        assert "over size limit" in verdict.reason


def test_empty_file_is_clean(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "empty"
    path.write_bytes(b"")
    verdict = engine.scan_path(str(path))
    assert (verdict.kind, verdict.size) == (VerdictKind.CLEAN, 0)


def test_scan_fd_keeps_the_callers_offset(engine: Engine, tmp_path: Path) -> None:
    """An upload hook hands us its fd; we read with pread, so its position is unchanged."""
    path = tmp_path / "u"
    path.write_bytes(b"xx strong-needle")
    fd = os.open(path, os.O_RDONLY)
    try:
        os.lseek(fd, 5, os.SEEK_SET)
        verdict = engine.scan_fd(fd, "upload")
        assert os.lseek(fd, 0, os.SEEK_CUR) == 5
    finally:
        os.close(fd)
    assert verdict.rules == ["SPAMGEAR_T_Strong"]
    assert verdict.matches[0].strings[0].offset == 3


def test_fifo_device_and_missing_path_are_errors_without_hanging(engine: Engine, tmp_path: Path) -> None:
    """Named explicitly, a FIFO (no writer), /dev/zero and a missing file give error verdicts at once."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reasons = [engine.scan_path(str(fifo)).reason, engine.scan_path("/dev/zero").reason]
    assert reasons == ["not a regular file (fifo)", "not a regular file (character device)"]
    missing = engine.scan_path(str(tmp_path / "nope"))
    assert (missing.kind, missing.reason) == (VerdictKind.ERROR, "cannot stat: No such file or directory")


def test_non_utf8_path_name_is_kept(engine: Engine, tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9-strong.php"
    with open(raw, "wb") as handle:
        handle.write(b"strong-needle")
    verdict = engine.scan_path(raw)
    assert verdict.kind is VerdictKind.MALICIOUS
    assert os.fsencode(verdict.path) == raw


def test_engine_import_is_cheap() -> None:
    """The ModSecurity hook imports spamgear.engine: no yaml, requests, dns or yara at import time."""
    code = (
        "import sys, spamgear.engine\n"
        "bad = [m for m in ('yaml', 'requests', 'dns', 'yara', 'sqlite3') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_yara_timeout_is_an_error_not_a_hang(tmp_path: Path) -> None:
    """A rule that would run for minutes is stopped by scan.file_timeout; the file is an error."""
    sigs = tmp_path / "slow"
    sigs.mkdir()
    (sigs / "slow.yar").write_text(
        "rule SPAMGEAR_T_Slow { condition: for all i in (0..filesize) : "
        "( for all j in (0..filesize) : ( uint8(i) != uint8(j) or i == j or true ) ) }\n",
        encoding="utf-8",
    )
    slow = make_engine(tmp_path, [sigs], file_timeout=1.0)
    try:
        verdict = slow.scan_bytes(b"a" * 20000, "big.txt")
    finally:
        slow.close()
    assert (verdict.kind, verdict.reason) == (VerdictKind.ERROR, "yara timed out after 1s")


def test_native_rule_source_is_file_and_line(engine: Engine) -> None:
    """Rules from .yar files report where they start, so a hit can be traced to the line."""
    assert engine.scan_bytes(eicar(), "e").matches[0].source == "eicar.yar:3"


def test_walked_entry_swapped_for_a_fifo_is_an_error(engine: Engine, tmp_path: Path) -> None:
    """Between the walk and the open a file may become a FIFO: that is an error, never an empty clean file."""
    from spamgear.batch import scan_item
    from spamgear.walk import WalkItem

    fifo = tmp_path / "was-a-file"
    os.mkfifo(fifo)
    verdict, key = scan_item(engine, WalkItem(os.fsencode(fifo), False))
    assert (verdict.kind, verdict.reason, key) == (VerdictKind.ERROR, "not a regular file", None)
    link = tmp_path / "was-a-file-too"
    link.symlink_to(tmp_path / "elsewhere")
    verdict, key = scan_item(engine, WalkItem(os.fsencode(link), False))
    assert verdict.kind is VerdictKind.ERROR and verdict.reason.startswith("cannot open")


def _dying_worker(batch: list) -> list:  # type: ignore[type-arg]
    """Stands in for a worker that crashes (libyara segfault, OOM kill) in the middle of a batch."""
    if any(b"die" in item.path for item in batch):
        os._exit(1)
    from spamgear import batch as batch_module

    return batch_module._real_worker(batch)  # type: ignore[attr-defined,no-any-return]


def test_lost_worker_gives_errors_not_a_hang(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With --jobs, a worker process that dies never hangs the run: its batch becomes error verdicts."""
    from spamgear import batch as batch_module
    from spamgear.walk import walk

    tree = tmp_path / "t"
    tree.mkdir()
    for i in range(40):
        (tree / f"f{i:02d}.php").write_bytes(b"strong-needle" if i == 0 else b"<?php echo 1;")
    (tree / "f25-die.php").write_bytes(b"x")
    monkeypatch.setattr(batch_module, "_real_worker", batch_module._worker, raising=False)
    monkeypatch.setattr(batch_module, "_worker", _dying_worker)
    monkeypatch.setattr(batch_module, "batch_wait", lambda engine: 3.0)
    verdicts = list(batch_module.scan_items(engine, walk([str(tree)]), jobs=2))
    assert len(verdicts) == 41
    lost = [v for v in verdicts if v.reason.startswith("scan worker lost")]
    assert len(lost) == 16 and any(v.path.endswith("f25-die.php") for v in lost)
    assert {v.kind for v in lost} == {VerdictKind.ERROR}
    assert sum(v.kind is VerdictKind.MALICIOUS for v in verdicts) == 1


@pytest.mark.parametrize(
    ("condition", "hits"),
    [
        ("#a >= 3", 3),
        ("#a >= 3", 2),
        ("@a[2] > 10", 2),
        ("$a in (20..filesize)", 2),
        ("$a and #b == 0", 1),
    ],
)
def test_verdict_only_mode_judges_counts_and_offsets_like_a_full_scan(
    tmp_path: Path, condition: str, hits: int
) -> None:
    """Upload scans use YARA's fast mode; conditions on counts and offsets must not change."""
    sigs = tmp_path / "counted"
    sigs.mkdir()
    (sigs / "counted.yar").write_text(
        'rule SPAMGEAR_T_Counted { strings: $a = "needle" $b = "other" condition: ' + condition + " }\n",
        encoding="utf-8",
    )
    data = b"x" * 12 + b" needle padding padding" * hits
    full = make_engine(tmp_path, [sigs])
    fast = make_engine(tmp_path, [sigs])
    fast.verdict_only = True
    try:
        expected = full.scan_bytes(data, "f.php")
        got = fast.scan_bytes(data, "f.php")
    finally:
        full.close()
        fast.close()
    assert (got.kind, got.rules) == (expected.kind, expected.rules)
    assert len(got.matches[0].strings if got.matches else ()) <= len(
        expected.matches[0].strings if expected.matches else ()
    )
