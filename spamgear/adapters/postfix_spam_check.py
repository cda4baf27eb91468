"""spam-gear's `postfix-spam-check` command name: `spamgear logs postfix` with the same options."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from spamgear.commands.logs import legacy_main

    return legacy_main("postfix", argv)
