"""The logs benchmark runs, and spamgear and the awk one-pass agree on what they counted."""

from __future__ import annotations

import shutil

import pytest

from spamgear.benchmarks import logs


@pytest.mark.skipif(shutil.which("awk") is None or shutil.which("wc") is None, reason="awk/wc not installed")
def test_quick_rows_and_awk_agrees() -> None:
    rows = logs.rows(quick=True)
    assert [r.unit for r in rows] == ["lines/cpu-s", "lines/s", "lines/s", "MiB", "MiB", "s"]
    assert all(r.value > 0 and r.baseline_value > 0 for r in rows)
    note = rows[1].note
    spamgear_counts = note.split("spamgear ")[1].split(",")[0]
    awk_counts = note.split("awk ")[1]
    assert spamgear_counts == awk_counts  # same SASL lines in the window, same number of users >= 90
    assert int(spamgear_counts.split()[0]) > 0
