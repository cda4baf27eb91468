"""Benchmark row providers: one module per area, each with `rows(quick: bool) -> list[spamgear.bench.Row]`."""
