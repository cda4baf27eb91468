"""spam-gear's `php-sendmail2relay-spam-check`: `spamgear logs php-sendmail2relay`, same options."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from spamgear.commands.logs import legacy_main

    return legacy_main("php-sendmail2relay", argv)
