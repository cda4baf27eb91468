"""The clean Debian PHP trees scan with zero findings from the built-in rules in signatures/.

A built-in rule that fires here is wrong (these are stock, packaged CMS and library files).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from spamgear.batch import scan_items
from spamgear.models import VerdictKind
from spamgear.walk import walk
from tests.sigtools import BUILTIN, make_engine

TREES = [
    "/usr/share/wordpress",
    "/usr/share/mediawiki",
    "/usr/share/phpmyadmin",
    "/usr/share/roundcube",
    "/usr/share/php",
]


@pytest.mark.corpus
@pytest.mark.slow
@pytest.mark.parametrize("tree", TREES)
def test_clean_debian_tree_has_no_findings(tree: str, tmp_path: Path) -> None:
    if not Path(tree).is_dir():
        pytest.skip(f"{tree} not installed (./setup --dev installs it)")
    engine = make_engine(tmp_path, [BUILTIN])
    try:
        verdicts = list(scan_items(engine, walk([tree]), jobs=2))
    finally:
        engine.close()
    found = [f"{v.path}: {','.join(v.rules)}" for v in verdicts if v.kind is VerdictKind.MALICIOUS]
    assert found == []
    assert len(verdicts) > 100
    errors = [f"{v.path}: {v.reason}" for v in verdicts if v.kind is VerdictKind.ERROR]
    assert errors == []
