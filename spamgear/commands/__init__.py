"""One module per `spamgear` subcommand: `add_parser(subparsers)` and `run(args, cfg) -> int`."""
