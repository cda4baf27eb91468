"""`python -m spamgear.bench --quick` runs end to end in CI (smoke test: figures are printed, not judged)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from spamgear.bench import PROVIDERS, Row, collect, render


@pytest.mark.slow
def test_quick_bench_prints_a_table_with_every_area() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "spamgear.bench", "--quick"],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["area", "measure", "value"]
    areas = {line.split()[0] for line in lines[1:] if line and not line.startswith("#")}
    assert areas == {p.rsplit(".", 1)[-1] for p in PROVIDERS}
    assert "FAILED" not in result.stdout
    measures = result.stdout
    for name in ("ruleset compile", "scan --jobs 2", "engine rescan (unchanged tree)", "CLI rescan"):
        assert name in measures


def test_a_failing_provider_is_reported_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    """One broken area shows FAILED with its error; the table still renders."""
    monkeypatch.setattr("spamgear.bench.PROVIDERS", ["spamgear.benchmarks.no_such_area"])
    results = collect(quick=True)
    assert results[0][0] == "no_such_area" and isinstance(results[0][1], str)
    assert "FAILED" in render(results)
    table = render([("x", [Row("m", 2.0, "s", "b", 4.0, 0.5, "n")])])
    assert "0.50x" in table.splitlines()[1]
