"""tools/case_audit.py: case-insensitivity stays only where a sample spells a string in another case."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yara

TOOL = Path(__file__).resolve().parent.parent / "tools" / "case_audit.py"
sys.path.insert(0, str(TOOL.parent))
import case_audit  # noqa: E402


@pytest.mark.parametrize(
    ("value", "insensitive", "sensitive"),
    [
        ('"eval(" nocase', True, '"eval("'),
        ('"eval(" ascii nocase wide', True, '"eval(" ascii wide'),
        ('"eval("', False, '"eval("'),
        ("/ev(a|4)l\\s*\\(/i", True, "/ev(a|4)l\\s*\\(/"),
        ("/ev(a|4)l\\s*\\(/is", True, "/ev(a|4)l\\s*\\(/s"),
        ("/ev(a|4)l\\s*\\(/ nocase", True, "/ev(a|4)l\\s*\\(/"),
        ("/ev(a|4)l\\s*\\(/s", False, "/ev(a|4)l\\s*\\(/s"),
        ("{ 3C 3F 70 68 70 }", False, "{ 3C 3F 70 68 70 }"),
    ],
)
def test_case_insensitive_values_are_recognised_and_made_case_sensitive(
    value: str, insensitive: bool, sensitive: str
) -> None:
    assert case_audit.is_case_insensitive(value) is insensitive
    assert case_audit.case_sensitive(value) == sensitive
    yara.compile(source=f"rule t {{ strings: $a = {sensitive} condition: $a }}")


RULES = """import "math"

private rule PhpOpen
{
    strings:
        $php = "<?php" nocase
    condition:
        $php
}

rule Mixed
{
    meta:
        score = 100
    strings:
        $eval = "eval(" nocase
        $input = /\\$_(GET|POST)\\[/ nocase
        $hex = { 71 7A 71
                 7A }
    condition:
        PhpOpen and $eval and $input and not $hex and math.entropy(0, filesize) >= 0
}
"""


def test_apply_keeps_case_insensitivity_only_where_a_sample_needs_it(tmp_path: Path) -> None:
    sigs = tmp_path / "sigs"
    sigs.mkdir()
    (sigs / "mixed.yar").write_text(RULES)
    samples = tmp_path / "samples"
    samples.mkdir()
    (samples / "upper").write_bytes(b"<?PHP EVAL($_POST['x']);")
    (samples / "lower").write_bytes(b"<?php eval($_POST['x']);")
    run = subprocess.run(
        [sys.executable, str(TOOL), str(samples), "--signatures", str(sigs), "--apply"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "3 case-insensitive strings, 2 needed by a sample" in run.stderr
    text = (sigs / "mixed.yar").read_text()
    assert '$php = "<?php" nocase' in text
    assert '$eval = "eval(" nocase' in text
    assert "$input = /\\$_(GET|POST)\\[/\n" in text
    rules = yara.compile(filepath=str(sigs / "mixed.yar"))
    assert [m.rule for m in rules.match(data=b"<?PHP EVAL($_POST['x']);")] == ["Mixed"]
    assert [m.rule for m in rules.match(data=b"<?php eval($_post['x']);")] == []


CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "malicious"
SIGNATURES = Path(__file__).resolve().parent.parent / "signatures"


@pytest.mark.corpus
@pytest.mark.slow
def test_every_case_insensitive_project_string_is_needed_by_a_training_sample(tmp_path: Path) -> None:
    """`nocase` and `/i` cost load time in every upload hook: a project string may use them only when
    some training sample spells it in another case (fix: `tools/case_audit.py CORPUS --apply`)."""
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} absent: the training corpus lives beside the checkout")
    copy = tmp_path / "signatures"
    copy.mkdir()
    for source in SIGNATURES.glob("*.yar"):
        (copy / source.name).write_bytes(source.read_bytes())
    run = subprocess.run(
        [sys.executable, str(TOOL), str(CORPUS), "--signatures", str(copy), "--apply"],
        capture_output=True,
        text=True,
        check=True,
        timeout=280,
    )
    changed = [
        p.name for p in sorted(copy.glob("*.yar")) if p.read_bytes() != (SIGNATURES / p.name).read_bytes()
    ]
    assert changed == [], run.stderr


def test_a_keep_nocase_comment_keeps_a_string_case_insensitive(tmp_path: Path) -> None:
    sigs = tmp_path / "sigs"
    sigs.mkdir()
    (sigs / "kept.yar").write_text(
        "rule Kept\n{\n    strings:\n"
        '        $a = "eval(" nocase  // keep-nocase: attackers write EVAL( too\n'
        '        $b = "gzinflate(" nocase\n'
        "    condition:\n        $a and $b\n}\n"
    )
    samples = tmp_path / "samples"
    samples.mkdir()
    (samples / "lower").write_bytes(b"eval(gzinflate('x'))")
    subprocess.run(
        [sys.executable, str(TOOL), str(samples), "--signatures", str(sigs), "--apply"],
        capture_output=True,
        check=True,
    )
    text = (sigs / "kept.yar").read_text()
    assert '$a = "eval(" nocase  // keep-nocase' in text
    assert '$b = "gzinflate("\n' in text
