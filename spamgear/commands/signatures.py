"""`spamgear signatures build|lint|list`: compile the signature dirs into the cache, check, or list them."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from spamgear.config import Config


def add_parser(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "signatures", help="compile, lint or list the signature set", description=__doc__
    )
    actions = parser.add_subparsers(dest="signatures_action", metavar="ACTION", required=True)
    build = actions.add_parser("build", help="compile the signature dirs into the cache (hooks only load it)")
    build.add_argument("-q", "--quiet", action="store_true", help="print nothing unless a signature is bad")
    build.add_argument("--force", action="store_true", help="compile even if an identical build is cached")
    lint = actions.add_parser("lint", help="compile and report every skipped signature; exit 1 if any")
    listing = actions.add_parser("list", help="list the compiled rules (name, score, source, path)")
    for child in (build, lint, listing):
        child.add_argument("--rules", action="append", default=None, metavar="DIR", help="signature dir")
    return parser


def run(args: argparse.Namespace, cfg: Config) -> int:
    from spamgear.signatures.compiler import build

    dirs = args.rules or list(cfg.signatures.dirs)
    action = args.signatures_action
    if action == "list":
        from spamgear.signatures.ruleset import load_ruleset

        ruleset = load_ruleset(dirs, cfg.signatures.cache_dir, compile_if_missing=True)
        for rule in ruleset.rules:
            meta = rule.meta
            source = meta.get("source") or ruleset.native_lines.get(f"{rule.namespace}:{rule.identifier}", "")
            print(f"{rule.identifier}\t{meta.get('score', 100)}\t{source}\t{meta.get('path', 'yara')}")
        for fb in ruleset.fallbacks:
            print(f"{fb.name}\t{fb.score}\t{fb.source}\tregex-fallback ({fb.why})")
        return 0
    result = build(dirs, cfg.signatures.cache_dir, force=action == "lint" or args.force)
    for issue in result.issues:
        print(f"spamgear: {issue}", file=sys.stderr)
    if action == "lint":
        return 1 if result.issues else 0
    if not args.quiet:
        state = "up to date" if result.reused else f"compiled in {result.compile_seconds:.2f}s"
        print(
            f"{result.compiled_path}: {result.rule_count} YARA rules, "
            f"{result.fallback_count} regex fallbacks, {len(result.issues)} skipped ({state})"
        )
    return 0
