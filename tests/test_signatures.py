"""The four signature formats: each compiles and matches, and a broken line in each is named and skipped."""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from spamgear.engine import Engine
from spamgear.errors import SignatureError
from spamgear.models import VerdictKind
from spamgear.signatures.compiler import build, collect_sources, sources_digest
from spamgear.signatures.phpserialize import loads
from spamgear.signatures.shelldetect import decode_fragment
from tests.conftest import shared_path
from tests.sigtools import make_config, make_engine


@pytest.fixture
def engines() -> Iterator[list[Engine]]:
    made: list[Engine] = []
    yield made
    for engine in made:
        engine.close()


def _engine(tmp_path: Path, engines: list[Engine], sigdir: Path) -> Engine:
    engine = make_engine(tmp_path, [sigdir])
    engines.append(engine)
    return engine


# --- fingerprints.txt ---------------------------------------------------------------------------


def test_fingerprint_literal_matches_and_near_miss_does_not(tmp_path: Path, engines: list[Engine]) -> None:
    """A file holding the literal line is malicious; the same text with one byte changed is clean."""
    sigs = tmp_path / "sigs"
    sigs.mkdir()
    (sigs / "fingerprints.txt").write_bytes(b'# comment\n\nfunction Slowloris($method="GET"\n   \n')
    engine = _engine(tmp_path, engines, sigs)
    hit = engine.scan_bytes(b'<?php function Slowloris($method="GET", $url) {}', "hit.php")
    miss = engine.scan_bytes(b'<?php function Slowloris($method="PUT", $url) {}', "miss.php")
    assert hit.kind is VerdictKind.MALICIOUS
    assert hit.matches[0].family == "PHP.Finger.2"
    assert hit.matches[0].source == "fingerprints.txt:3"
    assert miss.kind is VerdictKind.CLEAN


def test_fingerprint_blank_and_comment_lines_never_match_everything(
    tmp_path: Path, engines: list[Engine]
) -> None:
    """Blank, whitespace-only and comment lines make no rule, so an ordinary file stays clean."""
    sigs = tmp_path / "sigs"
    sigs.mkdir()
    (sigs / "fingerprints.txt").write_bytes(b"\n \n\t\n# x\nneedle-literal\n\r\n")
    engine = _engine(tmp_path, engines, sigs)
    assert [r.identifier for r in engine.ruleset.rules] == ["SPAMGEAR_FINGER_L5"]
    assert engine.scan_bytes(b" \n\t\n# x\n", "blank.txt").kind is VerdictKind.CLEAN


def test_fingerprint_broken_line_is_named_and_skipped(tmp_path: Path) -> None:
    """A too-short literal is reported as file:line and the other lines still compile."""
    sigs = tmp_path / "sigs"
    sigs.mkdir()
    (sigs / "fingerprints.txt").write_bytes(b"good-literal-one\nab\ngood-literal-two\n")
    result = build([str(sigs)], str(tmp_path / "cache"))
    assert [f"{Path(i.path).name}:{i.line}" for i in result.issues] == ["fingerprints.txt:2"]
    assert result.rule_count == 2


# --- backdoors.re -------------------------------------------------------------------------------


def _backdoor_engine(tmp_path: Path, engines: list[Engine], lines: list[str]) -> Engine:
    sigs = tmp_path / "sigs"
    sigs.mkdir(exist_ok=True)
    (sigs / "backdoors.re").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return _engine(tmp_path, engines, sigs)


def test_backdoor_regex_translated_to_yara_matches(tmp_path: Path, engines: list[Engine]) -> None:
    """A regex YARA can take runs inside YARA (scanner `yara`, meta path = yara)."""
    engine = _backdoor_engine(
        tmp_path, engines, [r"<\?php\s*eval\s*\(\s*base64_decode\s*\(\s*\$_POST\['[0-z]*'\]\)\);\?>"]
    )
    hit = engine.scan_bytes(b"<?php  eval( base64_decode($_POST['k1']));?>", "b.php")
    miss = engine.scan_bytes(b"<?php echo base64_decode($_POST['k1']); ?>", "ok.php")
    assert (hit.kind, hit.scanners, hit.matches[0].source) == (
        VerdictKind.MALICIOUS,
        ("yara",),
        "backdoors.re:1",
    )
    assert miss.kind is VerdictKind.CLEAN
    assert engine.ruleset.fallbacks == []


def test_backdoor_regex_yara_cannot_take_goes_through_fallback(tmp_path: Path, engines: list[Engine]) -> None:
    """A backreference (and `.*`) stays a Python regex: it still matches, with scanner `regex`."""
    engine = _backdoor_engine(tmp_path, engines, [r"<!--([0-9a-f]{6})-->.*<!--/\1-->"])
    assert [fb.why for fb in engine.ruleset.fallbacks] == [
        "unbounded repeat of any character (YARA stops matching long runs)"
    ]
    hit = engine.scan_bytes(b"<p>x</p><!--a1b2c3--><a href=x>pills</a><!--/a1b2c3-->\n", "i.html")
    miss = engine.scan_bytes(b"<!--a1b2c3--><a href=x>pills</a><!--/ffffff-->\n", "o.html")
    assert (hit.kind, hit.scanners, hit.rules) == (
        VerdictKind.MALICIOUS,
        ("regex",),
        ["SPAMGEAR_BACKDOOR_L1"],
    )
    assert hit.matches[0].strings[0].offset == 8
    assert miss.kind is VerdictKind.CLEAN


def test_backdoor_redos_pattern_is_cut_off_by_the_bound(tmp_path: Path, engines: list[Engine]) -> None:
    """A catastrophic pattern is killed after regex_timeout; the file is an error (never clean), and
    the worker comes back for the next file."""
    engine = _backdoor_engine(tmp_path, engines, [r"(?=x)(x+x+)+y", r"<!--([0-9a-f]{6})-->.*<!--/\1-->"])
    started = time.monotonic()
    cut = engine.scan_bytes(b"y" + b"x" * 64 + b"!", "redos.txt")
    elapsed = time.monotonic() - started
    assert cut.kind is VerdictKind.ERROR
    assert "regex fallback cut off" in cut.reason and "SPAMGEAR_BACKDOOR_L1" in cut.reason
    assert elapsed < 30  # the bound is 0.5 s; without it this search runs for hours
    after = engine.scan_bytes(b"<!--a1b2c3-->x<!--/a1b2c3-->", "next.html")
    assert after.rules == ["SPAMGEAR_BACKDOOR_L2"]


def test_backdoor_broken_line_is_named_and_skipped(tmp_path: Path) -> None:
    """An invalid regex and a match-everything regex are named file:line; the good line compiles."""
    sigs = tmp_path / "sigs"
    sigs.mkdir()
    (sigs / "backdoors.re").write_text("eval\\(gzinflate\\(\n(unclosed\nx*\n", encoding="utf-8")
    result = build([str(sigs)], str(tmp_path / "cache"))
    assert [(Path(i.path).name, i.line) for i in result.issues] == [("backdoors.re", 2), ("backdoors.re", 3)]
    assert "invalid regex" in result.issues[0].reason
    assert result.rule_count == 1


# --- shelldetect.db -----------------------------------------------------------------------------

SHELL = (
    b"<?php\r\n// tiny test shell for spamgear\r\nif (isset($_REQUEST['cmd'])) {\r\n"
    b"    echo '<pre>' . htmlspecialchars(shell_exec($_REQUEST['cmd'])) . '</pre>';\r\n}\r\n"
    b"echo '<form method=post><input name=cmd></form>';\r\n?>\r\n"
)


def _php_serialize(entries: list[tuple[str, str]]) -> bytes:
    body = b"".join(
        b's:%d:"%s";s:%d:"%s";' % (len(k.encode()), k.encode(), len(v.encode()), v.encode())
        for k, v in entries
    )
    return b"a:%d:{%s}" % (len(entries), body)


def _db_text(entries: list[tuple[str, str]]) -> bytes:
    raw = base64.b64encode(_php_serialize(entries))
    return b"\n".join(raw[i : i + 76] for i in range(0, len(raw), 76)) + b"\n"


def test_shelldetect_fragment_matches_decoded_file_content(tmp_path: Path, engines: list[Engine]) -> None:
    """A 64-char slice of base64(file) at an odd offset matches the file's own bytes; flag 2 alone does not
    make a file malicious; `bb:` snippets match the raw file."""
    b64 = base64.b64encode(SHELL).decode()
    fragment = b64[23 : 23 + 64]  # arbitrary alignment
    abusable = base64.b64encode(b"<?php /* a legit file manager */ function list_dir($d) {}").decode()[5:69]
    snippet = "bb:" + base64.b64encode(b"eval(str_rot13(gzinflate(").decode().rstrip("=")
    sigs = tmp_path / "sigs"
    sigs.mkdir()
    (sigs / "shelldetect.db").write_bytes(
        _db_text(
            [
                ("version", "1405674947"),
                (fragment, "tinyshell[3][0][php]"),
                (abusable, "filemanager[1][2][php]"),
                (snippet, "rot13shell[0][0][php]"),
            ]
        )
    )
    engine = _engine(tmp_path, engines, sigs)
    hit = engine.scan_bytes(b"GIF89a;\n" + SHELL, "upload.gif")
    assert hit.kind is VerdictKind.MALICIOUS
    assert [m.family for m in hit.matches] == ["tinyshell[3][0][php]"]
    assert engine.scan_bytes(b64.encode(), "b64-of-shell.txt").kind is VerdictKind.CLEAN
    weak = engine.scan_bytes(b"<?php /* a legit file manager */ function list_dir($d) {}", "fm.php")
    assert (weak.kind, weak.score) == (VerdictKind.CLEAN, 50)
    assert (
        engine.scan_bytes(b"<?php eval(str_rot13(gzinflate($x)));", "r.php").rules[0].endswith("rot13shell")
    )


def test_shelldetect_real_db_fragment_matches_file_built_from_it(
    tmp_path: Path, engines: list[Engine]
) -> None:
    """Against spam-gear's own shelldetect.db: a file built from one decoded fragment is detected."""
    db = shared_path("signatures", "spam-gear", "shelldetect.db")
    sigs = tmp_path / "sigs"
    sigs.mkdir()
    (sigs / "shelldetect.db").write_bytes(db.read_bytes())
    engine = _engine(tmp_path, engines, sigs)
    table = loads(base64.b64decode(b"".join(db.read_bytes().split())))
    assert isinstance(table, dict)
    key = next(k for k, v in table.items() if v == "c99[26][0][php]")
    assert isinstance(key, str)
    content = b"<?php\n/* header */\n" + decode_fragment(key)[0] + b"\n/* trailer */\n"
    verdict = engine.scan_bytes(content, "c99.php")
    assert verdict.kind is VerdictKind.MALICIOUS
    assert "c99[26][0][php]" in [m.family for m in verdict.matches]


def test_shelldetect_broken_entry_is_named_and_skipped(tmp_path: Path) -> None:
    """A value that is not name[v][flag][ext] and a non-base64 key are named; the good entry compiles."""
    good = base64.b64encode(SHELL).decode()[8:72]
    sigs = tmp_path / "sigs"
    sigs.mkdir()
    (sigs / "shelldetect.db").write_bytes(
        _db_text(
            [
                (good, "tinyshell[3][0][php]"),
                (good[:-4] + "AAAA", "garbage-value"),
                ("not base64!", "x[0][0][php]"),
            ]
        )
    )
    result = build([str(sigs)], str(tmp_path / "cache"))
    reasons = [i.reason for i in result.issues]
    assert len(reasons) == 2 and "is not name[v][flag][ext]" in reasons[0] and "not base64" in reasons[1]
    assert all(Path(i.path).name == "shelldetect.db" and i.line >= 1 for i in result.issues)
    assert result.rule_count == 1


def test_shelldetect_truncated_serialize_is_named(tmp_path: Path) -> None:
    """A db cut in the middle keeps the entries before the cut and names where it broke."""
    good = base64.b64encode(SHELL).decode()[8:72]
    full = _php_serialize([(good, "tinyshell[3][0][php]"), (good[::-1], "other[0][0][php]")])
    sigs = tmp_path / "sigs"
    sigs.mkdir()
    (sigs / "shelldetect.db").write_bytes(base64.b64encode(full[:-30]) + b"\n")
    result = build([str(sigs)], str(tmp_path / "cache"))
    assert result.rule_count == 1
    assert "entries after it skipped" in result.issues[0].reason


# --- native .yar --------------------------------------------------------------------------------


def test_native_yara_file_compiles_and_one_bad_rule_is_named(tmp_path: Path, engines: list[Engine]) -> None:
    """A broken rule in a .yar file is named file:line and skipped; its neighbours still match."""
    sigs = tmp_path / "sigs"
    sigs.mkdir()
    (sigs / "good.yar").write_text(
        'rule SPAMGEAR_T_Good { meta: score = 100 strings: $a = "good-needle" condition: $a }\n',
        encoding="utf-8",
    )
    (sigs / "mixed.yara").write_text(
        "rule SPAMGEAR_T_First\n{\n    strings:\n"
        '        $a = "first-needle"\n    condition:\n        $a\n}\n\n'
        "rule SPAMGEAR_T_Broken\n{\n    condition:\n        no_such_identifier\n}\n\n"
        'rule SPAMGEAR_T_Third { strings: $a = "third-needle" condition: $a }\n',
        encoding="utf-8",
    )
    engine = _engine(tmp_path, engines, sigs)
    assert engine.ruleset.issues == [
        f'{sigs / "mixed.yara"}:12: rule SPAMGEAR_T_Broken: undefined identifier "no_such_identifier"'
    ]
    for needle, rule, source in [
        (b"good-needle", "SPAMGEAR_T_Good", "good.yar:1"),
        (b"first-needle", "SPAMGEAR_T_First", "mixed.yara:1"),
        (b"third-needle", "SPAMGEAR_T_Third", "mixed.yara:15"),
    ]:
        verdict = engine.scan_bytes(b"x " + needle + b" y", "f")
        assert (verdict.kind, verdict.rules, verdict.matches[0].source) == (
            VerdictKind.MALICIOUS,
            [rule],
            source,
        )
    assert engine.scan_bytes(b"nothing here", "f").kind is VerdictKind.CLEAN


# --- spam-gear's own files (format compatibility) ------------------------------------------------


def test_spam_gear_signature_files_compile_without_issues(tmp_path: Path, engines: list[Engine]) -> None:
    """fingerprints.txt, backdoors.re and shelldetect.db from spam-gear compile with nothing skipped, and
    every fingerprint line hits a file that contains it."""
    sg = shared_path("signatures", "spam-gear")
    engine = _engine(tmp_path, engines, sg)
    assert engine.ruleset.issues == []
    lines = (sg / "fingerprints.txt").read_bytes().split(b"\n")
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        verdict = engine.scan_bytes(b"<?php\n" + line + b"\n", f"f{index}.php")
        assert f"PHP.Finger.{index}" in [m.family for m in verdict.matches], line
    paths = {fb.source: fb.why for fb in engine.ruleset.fallbacks}
    assert "backdoors.re:3" in paths  # the backreference line
    rules = {r.identifier: r.meta.get("path") for r in engine.ruleset.rules}
    translated = [
        name for name, path in rules.items() if name.startswith("SPAMGEAR_BACKDOOR") and path == "yara"
    ]
    assert len(translated) + len([s for s in paths if s.startswith("backdoors.re")]) == 10
    gated = [fb.gate for fb in engine.ruleset.fallbacks if fb.gate]
    assert all(rules.get(gate) == "gate" for gate in gated) and len(gated) == 8


# --- cache --------------------------------------------------------------------------------------


def test_cache_is_keyed_by_source_digest_and_load_never_compiles(tmp_path: Path) -> None:
    """Without a build, loading refuses (hooks never compile); after it, an unchanged set is reused and a
    changed source gets a new digest."""
    sigs = tmp_path / "sigs"
    sigs.mkdir()
    (sigs / "fingerprints.txt").write_text("first-literal\n", encoding="utf-8")
    cfg = make_config(tmp_path, [sigs])
    with pytest.raises(SignatureError, match="signatures build"):
        Engine.from_config(cfg, compile_if_missing=False)
    first = build([str(sigs)], cfg.signatures.cache_dir)
    again = build([str(sigs)], cfg.signatures.cache_dir)
    assert (first.reused, again.reused, again.digest) == (False, True, first.digest)
    engine = Engine.from_config(cfg, compile_if_missing=False)
    assert engine.digest == first.digest
    (sigs / "fingerprints.txt").write_text("second-literal\n", encoding="utf-8")
    assert sources_digest(collect_sources([str(sigs)])) != first.digest
    with pytest.raises(SignatureError):
        Engine.from_config(cfg, compile_if_missing=False)
    stale = Engine.from_config(cfg, compile_if_missing=False, allow_stale=True)  # what a hook may do
    assert stale.scan_bytes(b"first-literal", "f").kind is VerdictKind.MALICIOUS
    assert not list((tmp_path / "cache").glob("*.tmp*"))


def test_fallback_regex_runs_only_when_its_yara_gate_hits(tmp_path: Path, engines: list[Engine]) -> None:
    """The gate (every translatable piece of the regex) keeps files without those pieces away from the
    Python worker, even when they hold the prefilter literal."""
    engine = _backdoor_engine(tmp_path, engines, [r"<\?php.*eval\(gzinflate\(base64_decode\(.*"])
    assert engine.ruleset.fallbacks[0].gate == "SPAMGEAR_BACKDOOR_L1_GATE"
    clean = engine.scan_bytes(b"<?php echo 'eval is evil';\n", "a.php")
    assert (clean.kind, clean.matches, engine._runner) == (VerdictKind.CLEAN, (), None)
    hit = engine.scan_bytes(b"<?php $a=1; eval(gzinflate(base64_decode('x')));\n", "b.php")
    assert (hit.kind, hit.scanners) == (VerdictKind.MALICIOUS, ("regex",))
    assert "GATE" not in "".join(hit.rules)


def test_lint_names_yara_warnings_by_file_and_line(tmp_path: Path) -> None:
    """`spamgear signatures lint` is strict: a slow string is reported as file:line (the rule still loads)."""
    sigs = tmp_path / "sigs"
    sigs.mkdir()
    (sigs / "slow.yar").write_text(
        'rule SPAMGEAR_T_Ok { strings: $a = "fine-needle" condition: $a }\n'
        "rule SPAMGEAR_T_SlowString {\n strings: $a = { 00 ?? ?? 00 }\n condition: $a }\n",
        encoding="utf-8",
    )
    result = build([str(sigs)], str(tmp_path / "cache"))
    assert [str(i).split(": ", 1)[1] for i in result.issues] == [
        'warning: string "$a" may slow down scanning'
    ]
    assert [(Path(i.path).name, i.line) for i in result.issues] == [("slow.yar", 3)]
    assert result.rule_count == 2


def test_forked_workers_do_not_share_the_parents_regex_worker(tmp_path: Path, engines: list[Engine]) -> None:
    """The parent already runs a regex worker; forked scan workers start their own, and the parent's
    keeps answering afterwards (no crossed pipes, no worker killed by a child)."""
    from spamgear.batch import scan_items
    from spamgear.walk import walk

    engine = _backdoor_engine(tmp_path, engines, [r"<!--([0-9a-f]{6})-->.*<!--/\1-->"])
    hit = b"<!--a1b2c3-->x<!--/a1b2c3-->"
    assert engine.scan_bytes(hit, "parent").rules == ["SPAMGEAR_BACKDOOR_L1"]
    parent_worker = engine._runner._proc  # type: ignore[union-attr]
    tree = tmp_path / "t"
    tree.mkdir()
    for i in range(48):
        (tree / f"{i:02d}.html").write_bytes(hit if i % 2 else b"<!--a1b2c3-->x<!--/ffffff-->")
    verdicts = list(scan_items(engine, walk([str(tree)]), jobs=2))
    assert sum(v.kind is VerdictKind.MALICIOUS for v in verdicts) == 24
    assert all(v.kind is not VerdictKind.ERROR for v in verdicts)
    assert engine._runner._proc is parent_worker and parent_worker.poll() is None  # type: ignore[union-attr]
    assert engine.scan_bytes(hit, "parent again").rules == ["SPAMGEAR_BACKDOOR_L1"]


def _child_uses_runner(runner: object, queue: object) -> None:
    outcome = runner.run([0], b"<!--a1b2c3-->x<!--/a1b2c3-->", 5.0)  # type: ignore[attr-defined]
    queue.put((runner._proc.pid, len(outcome.hits)))  # type: ignore[attr-defined]
    runner.close()  # type: ignore[attr-defined]


def test_regex_runner_after_fork_starts_its_own_worker_and_spares_the_parents() -> None:
    import multiprocessing

    from spamgear.signatures.regexworker import RegexRunner

    runner = RegexRunner([r"<!--([0-9a-f]{6})-->.*<!--/\1-->"])
    try:
        assert len(runner.run([0], b"<!--a1b2c3-->x<!--/a1b2c3-->", 5.0).hits) == 1
        parent_proc = runner._proc
        assert parent_proc is not None
        context = multiprocessing.get_context("fork")
        queue = context.Queue()
        child = context.Process(target=_child_uses_runner, args=(runner, queue))
        child.start()
        child_pid, hits = queue.get(timeout=30)
        child.join(30)
        assert (hits, child.exitcode) == (1, 0)
        assert child_pid != parent_proc.pid
        assert parent_proc.poll() is None  # the child's close() did not kill the parent's worker
        assert len(runner.run([0], b"<!--a1b2c3-->x<!--/a1b2c3-->", 5.0).hits) == 1
    finally:
        runner.close()
