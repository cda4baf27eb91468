"""The cold hook's quick scan gives the engine's answer, and steps aside when it cannot."""

from __future__ import annotations

import base64
import os
import shutil
from pathlib import Path

import pytest

from spamgear.adapters.modsec import decide
from spamgear.config import ClamdConfig, Config, ScanConfig, SignaturesConfig, config_as_dict
from spamgear.engine import Engine
from spamgear.quickscan import POINTER_NAME, QuickScanner, make_plan, plan_from_config, usable
from spamgear.signatures.compiler import build

REPO = Path(__file__).resolve().parent.parent
EICAR = base64.b64decode(
    "WDVPIVAlQEFQWzRcUFpYNTQoUF4pN0NDKTd9JEVJQ0FSLVNUQU5EQVJELUFOVElWSVJVUy1URVNULUZJTEUhJEgrSCo="
)
RULES = """
rule SPAMGEAR_TEST_Eval { meta: score = 100 strings: $a = /eval\\s*\\(\\s*\\$_POST\\[/ condition: $a }
rule SPAMGEAR_TEST_Half1 { meta: score = 50 strings: $a = "half-one" condition: $a }
rule SPAMGEAR_TEST_Half2 { meta: score = 50 strings: $a = "half-two" condition: $a }
rule SPAMGEAR_TEST_Weak { meta: score = 40 strings: $a = "weak-hint" condition: $a }
"""
SAMPLES = {
    "eicar": EICAR,
    "webshell": b"<?php eval($_POST['x']); ?>",
    "two halves": b"half-one and half-two",
    "below threshold": b"only a weak-hint here",
    "clean": b"<?php echo 'hello'; ?>",
    "empty": b"",
}


def setup_rules(tmp_path: Path, **scan: int) -> Config:
    sig = tmp_path / "sig"
    sig.mkdir(parents=True)
    shutil.copy(REPO / "signatures" / "eicar.yar", sig / "eicar.yar")
    (sig / "test.yar").write_text(RULES, encoding="utf-8")
    cfg = Config(
        signatures=SignaturesConfig(dirs=[str(sig)], cache_dir=str(tmp_path / "cache")),
        scan=ScanConfig(**scan),  # type: ignore[arg-type]
    )
    build(list(cfg.signatures.dirs), cfg.signatures.cache_dir)
    return cfg


@pytest.mark.parametrize("policy", ["open", "closed"])
def test_quick_scan_answers_like_the_engine(tmp_path: Path, policy: str) -> None:
    """Same protocol line from the quick path and the engine for hits, summed scores, weak hits,
    clean and empty files, and an over-size file."""
    cfg = setup_rules(tmp_path, max_file_size=4096)
    plan, why = make_plan(cfg)
    assert plan is not None, why
    quick = QuickScanner(plan)
    engine = Engine.from_config(cfg, compile_if_missing=False)
    samples = {**SAMPLES, "oversize": b"x" * 5000}
    try:
        for name, data in samples.items():
            path = tmp_path / name.replace(" ", "_")
            path.write_bytes(data)
            fd = os.open(path, os.O_RDONLY)
            try:
                expected = decide(engine.scan_fd(fd, name), policy)[0]
                got = decide(quick.scan_fd(fd, name), policy)[0]
            finally:
                os.close(fd)
            assert got == expected, name
    finally:
        engine.close()


def test_plan_goes_stale_when_sources_change(tmp_path: Path) -> None:
    cfg = setup_rules(tmp_path)
    plan, _ = make_plan(cfg)
    assert usable(plan)
    (tmp_path / "sig" / "new.yar").write_text("rule N { condition: false }\n", encoding="utf-8")
    assert not usable(plan)
    cfg2 = setup_rules(tmp_path / "again")
    plan2, _ = make_plan(cfg2)
    os.utime(tmp_path / "again" / "sig" / "test.yar", ns=(1, 1))
    assert not usable(plan2)


def test_no_plan_with_clamd_or_regex_fallbacks(tmp_path: Path) -> None:
    """clamd configured, or rules only the Python regex fallback can run: the engine path it is."""
    cfg = setup_rules(tmp_path)
    with_clamd = Config(signatures=cfg.signatures, clamd=ClamdConfig(socket="/run/clamd.sock"))
    assert make_plan(with_clamd)[0] is None
    (tmp_path / "sig" / "backdoors.re").write_text("(?<=foo)bar\n", encoding="utf-8")
    build(list(cfg.signatures.dirs), cfg.signatures.cache_dir)
    plan, why = make_plan(cfg)
    assert plan is None
    assert "fallbacks" in why


def answers(cfg: Config, plan: dict[str, object], tmp_path: Path, policy: str = "open") -> None:
    """The quick scanner for `plan` answers every sample like the engine."""
    quick = QuickScanner(plan)
    engine = Engine.from_config(cfg, compile_if_missing=False)
    try:
        for name, data in SAMPLES.items():
            path = tmp_path / ("s_" + name.replace(" ", "_"))
            path.write_bytes(data)
            fd = os.open(path, os.O_RDONLY)
            try:
                assert (
                    decide(quick.scan_fd(fd, name), policy)[0] == decide(engine.scan_fd(fd, name), policy)[0]
                )
            finally:
                os.close(fd)
    finally:
        engine.close()


def test_build_leaves_a_pointer_the_cold_hook_uses(tmp_path: Path) -> None:
    """`signatures build` writes the pointer; the plan made from it (no hashing) answers like the engine."""
    cfg = setup_rules(tmp_path)
    plan = plan_from_config(config_as_dict(cfg))
    assert plan is not None
    assert plan["compiled"] == Engine.from_config(cfg, compile_if_missing=False).ruleset.path
    answers(cfg, plan, tmp_path)


def test_pointer_goes_stale_on_edit_and_follows_the_rebuild(tmp_path: Path) -> None:
    """An edited source makes the pointer stale (engine path) until the next build, which the cold
    hook then uses without `install-hooks`; an unchanged rebuild leaves the pointer file alone."""
    cfg = setup_rules(tmp_path)
    data = config_as_dict(cfg)
    first = plan_from_config(data)
    assert first is not None
    pointer = Path(cfg.signatures.cache_dir) / POINTER_NAME
    before = pointer.stat().st_mtime_ns
    build(list(cfg.signatures.dirs), cfg.signatures.cache_dir)
    assert pointer.stat().st_mtime_ns == before
    (tmp_path / "sig" / "new.yar").write_text(
        'rule SPAMGEAR_TEST_New { strings: $a = "brand-new" condition: $a }\n', encoding="utf-8"
    )
    assert plan_from_config(data) is None
    build(list(cfg.signatures.dirs), cfg.signatures.cache_dir)
    second = plan_from_config(data)
    assert second is not None
    assert second["compiled"] != first["compiled"]
    sample = tmp_path / "brand"
    sample.write_bytes(b"a brand-new thing")
    fd = os.open(sample, os.O_RDONLY)
    try:
        assert [m.rule for m in QuickScanner(second).scan_fd(fd, "brand").matches] == ["SPAMGEAR_TEST_New"]
    finally:
        os.close(fd)


def test_pointer_is_not_used_for_clamd_fallbacks_or_other_dirs(tmp_path: Path) -> None:
    cfg = setup_rules(tmp_path)
    data = config_as_dict(cfg)
    assert plan_from_config(data) is not None
    assert plan_from_config({**data, "clamd": {**data["clamd"], "socket": "/run/clamd.sock"}}) is None
    other = {**data, "signatures": {**data["signatures"], "dirs": [str(tmp_path / "elsewhere")]}}
    assert plan_from_config(other) is None
    assert plan_from_config({"signatures": {}}) is None
    (Path(cfg.signatures.cache_dir) / POINTER_NAME).write_bytes(b"\x00 not marshal")
    assert plan_from_config(data) is None
    (tmp_path / "sig" / "backdoors.re").write_text("(?<=foo)bar\n", encoding="utf-8")
    build(list(cfg.signatures.dirs), cfg.signatures.cache_dir)
    assert plan_from_config(data) is None
