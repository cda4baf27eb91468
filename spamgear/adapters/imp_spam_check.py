"""spam-gear's `imp-spam-check` command name: `spamgear logs imp` with the same options."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from spamgear.commands.logs import legacy_main

    return legacy_main("imp", argv)
