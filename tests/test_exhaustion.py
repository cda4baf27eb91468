"""An upload built to outrun the rules is rejected within the deadline, not passed by the fail policy.

Spec: spamgear/exhaustion.py and `HookConfig.slow_scan`. The slow rule below is written for these tests:
its regex window runs at every `xyxy` of a 3 MB file, which takes YARA many seconds on any machine, while
the upload budget for a 2 s deadline is 1 s.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from spamgear import exhaustion
from spamgear.adapters.modsec import decide
from spamgear.config import Config, HookConfig, ScanConfig, SignaturesConfig
from spamgear.engine import Engine
from spamgear.hooksettings import policy_problem
from spamgear.models import VerdictKind
from spamgear.quickscan import QuickScanner, make_plan
from spamgear.signatures.compiler import build
from spamgear.uploadscan import UploadScanner

REPO = Path(__file__).resolve().parent.parent
SLOW_RULES = """
rule SPAMGEAR_TEST_SlowWindow { meta: score = 100 strings: $a = /xyxy[^;]{0,300}[0-9]{4}/ condition: $a }
rule SPAMGEAR_TEST_Eval { meta: score = 100 strings: $a = /eval\\s*\\(\\s*\\$_POST\\[/ condition: $a }
"""
FLOOD_THEN_SHELL = b"<?php /* " + b"xy" * 1_500_000 + b" */ ?>\n<?php eval($_POST['c']); ?>\n"


@pytest.mark.parametrize(
    ("deadline", "file_timeout", "seconds"),
    [(2.0, 10.0, 1), (10.0, 10.0, 5), (10.0, 3.0, 3), (0.5, 10.0, 1), (3.0, 10.0, 1)],
)
def test_the_upload_budget_is_half_the_deadline_in_whole_seconds(
    deadline: float, file_timeout: float, seconds: int
) -> None:
    assert exhaustion.upload_yara_timeout(deadline, file_timeout) == seconds


def test_only_error_keeps_the_old_fail_policy_answer() -> None:
    assert exhaustion.rejects("reject")
    assert exhaustion.rejects("rejct")  # a typo must not open the bypass
    assert not exhaustion.rejects("error")
    assert policy_problem("open", 2.0, "rejct") == "hook.slow_scan: expected 'reject' or 'error', got 'rejct'"
    assert policy_problem("open", 2.0, "error") == ""


def slow_config(tmp_path: Path, slow_scan: str = "reject", file_timeout: float = 10.0) -> Config:
    sig = tmp_path / "sig"
    sig.mkdir()
    shutil.copy(REPO / "signatures" / "eicar.yar", sig / "eicar.yar")
    (sig / "slow.yar").write_text(SLOW_RULES, encoding="utf-8")
    cfg = Config(
        signatures=SignaturesConfig(dirs=[str(sig)], cache_dir=str(tmp_path / "cache")),
        scan=ScanConfig(file_timeout=file_timeout),
        hook=HookConfig(deadline=2.0, slow_scan=slow_scan),
    )
    build(list(cfg.signatures.dirs), cfg.signatures.cache_dir)
    return cfg


def scan_file(scan_fd: Callable[[int, str], Any], path: Path) -> Any:
    fd = os.open(path, os.O_RDONLY)
    try:
        return scan_fd(fd, path.name)
    finally:
        os.close(fd)


def test_daemon_and_cold_engine_reject_an_upload_that_outruns_the_rules(tmp_path: Path) -> None:
    cfg = slow_config(tmp_path)
    flood = tmp_path / "flood"
    flood.write_bytes(FLOOD_THEN_SHELL)
    clean = tmp_path / "clean"
    clean.write_bytes(b"<?php echo 'hello'; ?>\n")
    scanner = UploadScanner.from_config(cfg)
    try:
        verdict = scan_file(scanner.scan_fd, flood)
        assert verdict.kind is VerdictKind.MALICIOUS
        assert [m.rule for m in verdict.matches] == [exhaustion.RULE]
        assert decide(verdict, "open")[0] == b"0 spamgear: FOUND SPAMGEAR_UPLOAD_ScanExhausted\n"
        assert scan_file(scanner.scan_fd, clean).kind is VerdictKind.CLEAN
    finally:
        scanner.close()


def test_the_cold_quick_path_answers_the_same(tmp_path: Path) -> None:
    cfg = slow_config(tmp_path)
    flood = tmp_path / "flood"
    flood.write_bytes(FLOOD_THEN_SHELL)
    plan, why = make_plan(cfg)
    assert plan is not None, why
    assert plan["upload_timeout"] == 1
    verdict = scan_file(QuickScanner(plan).scan_fd, flood)
    assert decide(verdict, "open")[0] == b"0 spamgear: FOUND SPAMGEAR_UPLOAD_ScanExhausted\n"


def test_slow_scan_error_keeps_the_timeout_an_error_for_the_fail_policy(tmp_path: Path) -> None:
    cfg = slow_config(tmp_path, slow_scan="error", file_timeout=1.0)
    flood = tmp_path / "flood"
    flood.write_bytes(FLOOD_THEN_SHELL)
    scanner = UploadScanner.from_config(cfg)
    try:
        verdict = scan_file(scanner.scan_fd, flood)
    finally:
        scanner.close()
    assert verdict.kind is VerdictKind.ERROR
    assert "yara timed out" in verdict.reason
    plan, _ = make_plan(cfg)
    assert plan is not None and "exhausted_rule" not in plan


def test_a_full_scan_still_reports_a_timeout_as_an_error(tmp_path: Path) -> None:
    """Outside uploads (cron full scans, the CLI) a slow file stays an error to look at, not a finding."""
    cfg = slow_config(tmp_path, file_timeout=1.0)
    flood = tmp_path / "flood"
    flood.write_bytes(FLOOD_THEN_SHELL)
    engine = Engine.from_config(cfg, compile_if_missing=False)
    try:
        verdict = scan_file(engine.scan_fd, flood)
    finally:
        engine.close()
    assert verdict.kind is VerdictKind.ERROR
