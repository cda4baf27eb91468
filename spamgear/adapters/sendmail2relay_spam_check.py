"""spam-gear's `sendmail2relay-spam-check`: `spamgear logs sendmail2relay`, same options."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from spamgear.commands.logs import legacy_main

    return legacy_main("sendmail2relay", argv)
