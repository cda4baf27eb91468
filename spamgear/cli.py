"""`spamgear` command line: wiring only. Each subcommand lives in `spamgear/commands/<name>.py`.

A command module provides `add_parser(subparsers) -> ArgumentParser` and `run(args, cfg) -> int`.
This is the one place (with the hook adapters) that maps exceptions to messages and exit codes:
`spamgear: <what failed>: <why>` on stderr, exit 2, traceback only with -v.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from spamgear import __version__
from spamgear.errors import SpamgearError

#: subcommand name -> module. Add a line here to add a subcommand.
COMMANDS: dict[str, str] = {
    "config": "spamgear.commands.configcmd",
    "scan": "spamgear.commands.scan",
    "signatures": "spamgear.commands.signatures",
    "update": "spamgear.commands.update",
}

EXIT_ERROR = 2


def add_common_options(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--config and -v work both before and after the subcommand."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--config",
        metavar="FILE",
        default=default,
        help="extra YAML config layered last (also $SPAMGEAR_CONFIG)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0 if top else argparse.SUPPRESS,
        help="more detail on stderr; -vv for debugging and tracebacks",
    )


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    parser = argparse.ArgumentParser(
        prog="spamgear",
        description="Stop spam from shared hosting servers: scan uploads and home dirs, "
        "check mail logs, feed fail2ban and Nagios.",
    )
    parser.add_argument("--version", action="version", version=f"spamgear {__version__}")
    add_common_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    modules: dict[str, ModuleType] = {}
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(module_name)
        _add_common_options_recursively(module.add_parser(sub))
        modules[name] = module
    return parser, modules


def _add_common_options_recursively(parser: argparse.ArgumentParser) -> None:
    """Nested subcommands (`config show`, `quarantine list`) accept --config/-v too."""
    add_common_options(parser)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                _add_common_options_recursively(child)


def main(argv: Sequence[str] | None = None) -> int:
    parser, modules = build_parser()
    args = parser.parse_args(argv)
    return run_command(modules[args.command], args)


def run_command(module: ModuleType, args: argparse.Namespace) -> int:
    """Load config, run the command, and map failures to one stderr line and exit 2."""
    from spamgear import log
    from spamgear.config import load_config

    verbosity = getattr(args, "verbose", 0) or 0
    log.setup(verbosity)
    try:
        cfg = load_config(getattr(args, "config", None))
        rc: int = module.run(args, cfg)
        return rc
    except SpamgearError as err:
        if verbosity >= 2:
            logging.getLogger("spamgear").exception("failed")
        print(f"spamgear: {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("spamgear: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_ERROR
