"""The cold hook's quick scan gives the engine's answer, and steps aside when it cannot."""

from __future__ import annotations

import base64
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spamgear.adapters.modsec import decide
from spamgear.benchmarks import webrig
from spamgear.config import ClamdConfig, Config, ScanConfig, SignaturesConfig, config_as_dict
from spamgear.engine import Engine
from spamgear.quickscan import POINTER_NAME, QuickScanner, make_plan, plan_from_config, usable
from spamgear.signatures.compiler import build
from spamgear.uploadscan import UploadScanner

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


def test_pointer_is_not_used_for_clamd_tcp_fallbacks_or_other_dirs(tmp_path: Path) -> None:
    """clamd on a unix socket joins the plan (FILDES, timeout capped at hook.deadline); clamd over
    TCP (INSTREAM), regex fallbacks, other dirs or a corrupt pointer leave it to the engine."""
    cfg = setup_rules(tmp_path)
    data = config_as_dict(cfg)
    plain = plan_from_config(data)
    assert plain is not None
    assert plain["clamd"] is None
    with_unix = plan_from_config({**data, "clamd": {**data["clamd"], "socket": "/run/clamd.sock"}})
    assert with_unix is not None
    assert with_unix["clamd"] == {
        "socket": "/run/clamd.sock",
        "timeout": cfg.hook.deadline,
        "max_file_size": cfg.clamd.max_file_size,
    }
    assert plan_from_config({**data, "clamd": {**data["clamd"], "host": "127.0.0.1"}}) is None
    other = {**data, "signatures": {**data["signatures"], "dirs": [str(tmp_path / "elsewhere")]}}
    assert plan_from_config(other) is None
    assert plan_from_config({"signatures": {}}) is None
    (Path(cfg.signatures.cache_dir) / POINTER_NAME).write_bytes(b"\x00 not marshal")
    assert plan_from_config(data) is None
    (tmp_path / "sig" / "backdoors.re").write_text("(?<=foo)bar\n", encoding="utf-8")
    build(list(cfg.signatures.dirs), cfg.signatures.cache_dir)
    assert plan_from_config(data) is None


@pytest.fixture(scope="module")
def real_clamd() -> Iterator[Path]:
    """clamd with the rig's two-signature DB (clamd-only marker + EICAR), started and stopped here."""
    if shutil.which("clamd") is None:
        pytest.skip("clamd not installed")
    base = Path(tempfile.mkdtemp(prefix="spamgear-quick-clamd-", dir="/tmp"))
    base.chmod(0o755)
    clamd = webrig.start_clamd(base)
    try:
        yield clamd.socket
    finally:
        clamd.stop()
        shutil.rmtree(base, ignore_errors=True)


def clamd_cfg(cfg: Config, socket_path: str, timeout: float = 5.0) -> Config:
    return Config(
        signatures=cfg.signatures,
        scan=cfg.scan,
        clamd=ClamdConfig(socket=socket_path, timeout=timeout),
    )


def lines_both_ways(cfg: Config, samples: dict[str, bytes], tmp_path: Path) -> list[tuple[bytes, bytes]]:
    """(engine + ClamdClient line, quick path line) for each sample, policy closed."""
    plan = plan_from_config(config_as_dict(cfg))
    assert plan is not None
    assert plan["clamd"] is not None
    quick = QuickScanner(plan)
    full = UploadScanner.from_config(cfg)
    found = []
    try:
        for name, data in samples.items():
            path = tmp_path / ("c_" + name.replace(" ", "_"))
            path.write_bytes(data)
            fd = os.open(path, os.O_RDONLY)
            try:
                found.append(
                    (
                        decide(full.scan_fd(fd, name), "closed")[0],
                        decide(quick.scan_fd(fd, name), "closed")[0],
                    )
                )
            finally:
                os.close(fd)
    finally:
        full.close()
    return found


@pytest.mark.clamd
def test_quick_path_with_clamd_answers_like_the_engine(tmp_path: Path, real_clamd: Path) -> None:
    """clamd configured (unix socket): the quick path passes the fd to clamd (FILDES) after YARA and
    merges like UploadScanner: a clamd-only marker, a YARA hit, a weak YARA hit plus clamd, clean, and
    an over-size file give the same lines."""
    cfg = clamd_cfg(setup_rules(tmp_path, max_file_size=4096), str(real_clamd))
    samples = {
        **SAMPLES,
        "clamd marker": webrig.CLAMD_MARKER,
        "weak and marker": b"weak-hint " + webrig.CLAMD_MARKER,
        "oversize": b"x" * 5000,
    }
    pairs = lines_both_ways(cfg, samples, tmp_path)
    for (full, quick), name in zip(pairs, samples, strict=True):
        assert quick == full, name
    by_name = dict(zip(samples, (q for _, q in pairs), strict=True))
    assert by_name["clamd marker"] == b"0 spamgear: FOUND SpamGear.Test.ClamdMarker.UNOFFICIAL\n"
    assert by_name["weak and marker"].startswith(b"0 spamgear: FOUND SPAMGEAR_TEST_Weak,SpamGear.Test.")
    assert by_name["clean"] == b"1 spamgear: OK\n"


def test_quick_path_with_clamd_down_or_hung_fails_like_the_engine(tmp_path: Path) -> None:
    """No clamd listening, or one that accepts and never answers: the same fail-policy line (and the
    hung one within the clamd timeout)."""
    import socket
    import time

    base = setup_rules(tmp_path)
    down = lines_both_ways(clamd_cfg(base, str(tmp_path / "no-clamd.sock")), {"clean": b"hello"}, tmp_path)
    assert down[0][0] == down[0][1]
    assert down[0][1].startswith(b"0 spamgear: error (fail-closed): cannot connect to clamd at ")
    silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    silent.bind(str(tmp_path / "silent.sock"))
    silent.listen(8)
    try:
        started = time.monotonic()
        hung = lines_both_ways(
            clamd_cfg(base, str(tmp_path / "silent.sock"), 0.4), {"clean": b"hi"}, tmp_path
        )
        took = time.monotonic() - started
    finally:
        silent.close()
    assert hung[0][0] == hung[0][1] == b"0 spamgear: error (fail-closed): timeout after 0.4s during scan\n"
    assert took < 0.4 * 2 + 2.0


@settings(max_examples=150, deadline=None)
@given(
    reply=st.binary(max_size=80) | st.sampled_from([b"fd[3]: OK\0", b"fd[3]: Eicar FOUND\0", b"x ERROR\0"])
)
def test_clamd_reply_parsing_equals_the_clamd_client(reply: bytes) -> None:
    from spamgear.clamav import parse_reply
    from spamgear.quickscan import clamd_reply_verdict

    kind, detail = parse_reply(reply)
    got = clamd_reply_verdict(reply)
    assert got.kind == str(kind)
    if got.kind == "malicious":
        assert [m.rule for m in got.matches] == [detail]
    elif got.kind == "error":
        assert got.reason == detail


def test_source_changed_during_the_build_reads_as_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build stamps sources before reading them: an edit while it compiles leaves a pointer the
    hook treats as stale (engine path), never one that calls the old rules fresh."""
    from spamgear.signatures import compiler

    cfg = setup_rules(tmp_path)
    source = tmp_path / "sig" / "test.yar"
    real = compiler.compile_sources

    def edit_then_compile(*args: object, **kwargs: object) -> object:
        source.write_text(RULES + "\nrule SPAMGEAR_TEST_Late { condition: false }\n", encoding="utf-8")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    (tmp_path / "sig" / "more.yar").write_text("rule SPAMGEAR_TEST_More { condition: false }\n", "utf-8")
    monkeypatch.setattr(compiler, "compile_sources", edit_then_compile)
    build(list(cfg.signatures.dirs), cfg.signatures.cache_dir)
    assert plan_from_config(config_as_dict(cfg)) is None
