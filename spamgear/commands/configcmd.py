"""`spamgear config show`: print the merged configuration as YAML."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from spamgear.config import Config, config_as_dict, default_layers


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "config", help="show the merged configuration", description=__doc__
    )
    actions = parser.add_subparsers(dest="config_action", metavar="ACTION", required=True)
    actions.add_parser("show", help="print the merged config (defaults + files) as YAML")
    return parser


def run(args: argparse.Namespace, cfg: Config) -> int:
    import yaml

    layers = [str(p) for p in default_layers(getattr(args, "config", None))]
    sys.stdout.write("# layers: " + (", ".join(layers) if layers else "built-in defaults only") + "\n")
    sys.stdout.write(yaml.safe_dump(config_as_dict(cfg), sort_keys=False))
    return 0
