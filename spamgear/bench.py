"""`spamgear-bench` / `python -m spamgear.bench`: one table of measured figures, from one run.

Each area adds a module `spamgear/benchmarks/<area>.py` with `rows(quick: bool) -> list[Row]` and one
line in `PROVIDERS`. Timings live here (and in issue notes), never in test asserts.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass

#: Row providers, run in this order. Add one line per area.
PROVIDERS: list[str] = [
    "spamgear.benchmarks.scan",
    "spamgear.benchmarks.fullscan",
    "spamgear.benchmarks.fail2ban",
    "spamgear.benchmarks.logs",
    "spamgear.benchmarks.dnsbl",
    "spamgear.benchmarks.hook",
    "spamgear.benchmarks.rules",
]


@dataclass(frozen=True)
class Row:
    """One measured figure, optionally next to a baseline (ratio = value / baseline_value)."""

    name: str
    value: float
    unit: str
    baseline_name: str = ""
    baseline_value: float = 0.0
    ratio: float = 0.0
    note: str = ""


def ratio(value: float, baseline: float) -> float:
    """value / baseline, 0.0 when there is no baseline."""
    return value / baseline if baseline else 0.0


def collect(quick: bool, only: Sequence[str] = ()) -> list[tuple[str, list[Row] | str]]:
    """Run every provider; a provider that fails yields its error text instead of rows."""
    results: list[tuple[str, list[Row] | str]] = []
    for module_name in PROVIDERS:
        area = module_name.rsplit(".", 1)[-1]
        if only and area not in only:
            continue
        try:
            module = importlib.import_module(module_name)
            results.append((area, list(module.rows(quick))))
        except Exception as err:  # one broken area must not hide the others' figures
            results.append((area, f"{type(err).__name__}: {err}"))
    return results


def _fmt(value: float) -> str:
    if value == 0:
        return "-"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.4f}"


def render(results: list[tuple[str, list[Row] | str]]) -> str:
    """A plain-text table (fixed columns) of all rows."""
    header = ("area", "measure", "value", "unit", "baseline", "baseline value", "ratio", "note")
    table: list[tuple[str, ...]] = [header]
    for area, rows in results:
        if isinstance(rows, str):
            table.append((area, "FAILED", "", "", "", "", "", rows))
            continue
        for row in rows:
            table.append(
                (
                    area,
                    row.name,
                    _fmt(row.value),
                    row.unit,
                    row.baseline_name,
                    _fmt(row.baseline_value) if row.baseline_name else "",
                    f"{row.ratio:.2f}x" if row.ratio else "",
                    row.note,
                )
            )
    widths = [max(len(r[i]) for r in table) for i in range(len(header) - 1)]
    lines = []
    for r in table:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)) + "  " + r[-1])
    return "\n".join(line.rstrip() for line in lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="spamgear-bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small inputs: a smoke test, not a measurement")
    parser.add_argument("--only", action="append", default=[], metavar="AREA", help="run only this area")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results = collect(args.quick, args.only)
    sys.stdout.write(render(results))
    sys.stdout.write(f"# {'quick' if args.quick else 'full'} run, {time.perf_counter() - started:.1f}s\n")
    return 1 if any(isinstance(rows, str) for _, rows in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
