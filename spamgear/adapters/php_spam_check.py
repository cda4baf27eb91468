"""spam-gear's `php-spam-check` command name: `spamgear logs php` with the same options."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from spamgear.commands.logs import legacy_main

    return legacy_main("php", argv)
