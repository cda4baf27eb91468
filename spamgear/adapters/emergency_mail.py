"""spam-gear's `emergency-mail [MAX_BYTES]`: see `spamgear.commands.emergency`."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    from spamgear.commands.emergency import main as emergency_main

    return emergency_main(argv)
