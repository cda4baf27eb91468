"""The clean Debian PHP trees scan with zero findings from the built-in rules in signatures/.

A built-in rule that fires here is wrong (these are stock, packaged CMS, application and library
files). Every tree is installed by `./setup --dev`, so a missing one is a setup bug and fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from spamgear.batch import scan_items
from spamgear.benchmarks.rules import CLEAN_TREE_PACKAGES
from spamgear.engine import Engine
from spamgear.models import VerdictKind
from spamgear.walk import walk
from tests.sigtools import BUILTIN, make_engine

PHP_SUFFIXES = (".php", ".inc", ".phtml")


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """One compiled built-in rule set for every tree (compiling per tree costs seconds each)."""
    built = make_engine(tmp_path_factory.mktemp("corpus"), [BUILTIN])
    yield built
    built.close()


@pytest.mark.corpus
@pytest.mark.slow
@pytest.mark.parametrize("tree", list(CLEAN_TREE_PACKAGES))
def test_clean_debian_tree_has_no_findings(tree: str, engine: Engine) -> None:
    if not Path(tree).is_dir():
        pytest.fail(f"{tree} missing: ./setup --dev installs Debian package {CLEAN_TREE_PACKAGES[tree]}")
    verdicts = list(scan_items(engine, walk([tree]), jobs=2))
    found = [f"{v.path}: {','.join(v.rules)}" for v in verdicts if v.kind is VerdictKind.MALICIOUS]
    assert found == []
    php = [v for v in verdicts if v.path.endswith(PHP_SUFFIXES)]
    assert php, f"no PHP file scanned under {tree}"
    errors = [f"{v.path}: {v.reason}" for v in verdicts if v.kind is VerdictKind.ERROR]
    assert errors == []
