"""`any of` conditions are compiled as `or` chains: same verdicts, and fast mode keeps its one-match shortcut.

Spec: spamgear/signatures/anyof.py. The bytes scanned here are written by the tests (an escape blob in
front of a one-line shell); the verdict tables come from tests/test_rules.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yara

from spamgear.signatures.anyof import expand_any_of, expand_any_of_checked
from tests.test_rules import CASES

SIGNATURES = Path(__file__).resolve().parent.parent / "signatures"


def test_named_and_wildcard_items_become_an_or_chain() -> None:
    rule = 'rule r {\n strings:\n  $a = "x"\n  $b1 = "y"\n  $b2 = "z"\n condition:\n  any of ($a, $b*)\n}\n'
    assert "($a or $b1 or $b2)" in expand_any_of(rule)


def test_any_of_them_names_every_string() -> None:
    rule = 'rule r {\n strings:\n  $a = "x"\n  $b = "y"\n condition:\n  filesize < 10 and any of them\n}\n'
    assert "filesize < 10 and ($a or $b)" in expand_any_of(rule)


@pytest.mark.parametrize(
    "condition",
    [
        "any of ($a, $b) in (0..100)",  # offsets: not a plain boolean
        "any of them at 0",
        "for any of ($a, $b) : ($ at 0)",  # `for ... of` binds `$`
        "any of them",  # with an anonymous string below, `them` cannot be spelled out
    ],
)
def test_forms_that_are_not_plain_booleans_are_left_alone(condition: str) -> None:
    rule = f'rule r {{\n strings:\n  $a = "x"\n  $b = "y"\n  $ = "z"\n condition:\n  {condition}\n}}\n'
    assert expand_any_of(rule) == rule


def test_line_numbers_survive_the_rewrite() -> None:
    for path in sorted(SIGNATURES.glob("*.yar")):
        text = path.read_text()
        assert expand_any_of_checked(text).count("\n") == text.count("\n"), path.name


def test_a_rewrite_that_does_not_compile_is_dropped() -> None:
    broken = 'rule r {\n strings:\n  $a = "x"\n condition:\n  any of ($a) and $nope\n}\n'
    assert expand_any_of_checked(broken) == broken


RuleSets = tuple[yara.Rules, yara.Rules]


@pytest.fixture(scope="module")
def both_rule_sets() -> RuleSets:
    paths = sorted(SIGNATURES.glob("*.yar"))
    raw = yara.compile(sources={p.stem: p.read_text() for p in paths})
    rewritten = yara.compile(sources={p.stem: expand_any_of_checked(p.read_text()) for p in paths})
    return raw, rewritten


def test_every_rule_sample_gets_the_same_rules_either_way(both_rule_sets: RuleSets) -> None:
    raw, rewritten = both_rule_sets
    assert len(CASES) > 1000
    differ = []
    for _rule, sample, _hit in CASES:
        before = sorted(m.rule for m in raw.match(data=sample, fast=True))
        after = sorted(m.rule for m in rewritten.match(data=sample, fast=True))
        if before != after:
            differ.append((sample[:60], before, after))
    assert differ == []


def test_an_escape_blob_is_matched_once_not_at_every_escape(both_rule_sets: RuleSets) -> None:
    """The mechanism behind the 9 s scan: count the matches YARA had to collect for LongBlob's `$hex`."""
    raw, rewritten = both_rule_sets
    blob = b"\\x41" * 20_000
    upload = b'<?php $z = "' + blob + b'"; ?>\n<?php @eval($_POST["c"]); ?>\n'

    def hex_instances(rules: yara.Rules) -> int:
        found = [m for m in rules.match(data=upload, fast=True) if m.rule == "SPAMGEAR_OBFUSC_LongBlob"]
        assert found, "LongBlob must still fire on a 20,000-escape literal"
        return sum(len(s.instances) for s in found[0].strings if s.identifier == "$hex")

    assert hex_instances(raw) > 10_000
    assert hex_instances(rewritten) == 1
