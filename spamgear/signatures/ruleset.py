"""Load the compiled ruleset (only `yara.load()`: milliseconds) plus its sidecar metadata."""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from spamgear.errors import SignatureError
from spamgear.signatures.model import FallbackRule

log = logging.getLogger(__name__)


@dataclass
class Ruleset:
    """A loaded ruleset: the YARA rules, the regex fallbacks and where each rule came from."""

    rules: Any  # yara.Rules
    digest: str
    path: str
    fallbacks: list[FallbackRule] = field(default_factory=list)
    native_lines: dict[str, str] = field(default_factory=dict)
    issues: list[str] = field(default_factory=list)
    load_seconds: float = 0.0


def load_ruleset(
    dirs: list[str], cache_dir: str, *, compile_if_missing: bool = True, allow_stale: bool = False
) -> Ruleset:
    """The cached ruleset for the current sources; builds it first only if allowed (never from hooks).

    `allow_stale` (for hooks): when the sources changed but nobody ran `spamgear signatures build` yet,
    load the newest cached ruleset instead of failing, and say so in the log.
    """
    import yara

    from spamgear.signatures import compiler

    digest = compiler.sources_digest(compiler.collect_sources(dirs))
    cached = compiler.find_cached(cache_dir, digest)
    if cached is None and allow_stale and not compile_if_missing:
        cached = compiler.newest_cached(cache_dir)
        if cached is not None:
            log.warning(
                "signatures changed since the last build; using %s until `spamgear signatures build`",
                cached[0],
            )
            digest = cached[0].stem.removeprefix("ruleset-")
    if cached is None:
        if not compile_if_missing:
            raise SignatureError(
                f"no compiled ruleset for the current signatures in {cache_dir}; "
                "run `spamgear signatures build`"
            )
        compiler.build(dirs, cache_dir)
        cached = compiler.find_cached(cache_dir, digest)
        if cached is None:
            raise SignatureError(f"{cache_dir}: the ruleset was built but cannot be found")
    compiled, sidecar = cached
    started = time.perf_counter()
    try:
        rules = yara.load(str(compiled))
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (yara.Error, OSError, ValueError) as err:
        raise SignatureError(f"{compiled}: cannot load the compiled ruleset: {err}") from err
    elapsed = time.perf_counter() - started
    return Ruleset(
        rules=rules,
        digest=digest,
        path=str(compiled),
        fallbacks=[compiler.fallback_from_record(r) for r in meta.get("fallbacks", [])],
        native_lines=dict(meta.get("native_lines", {})),
        issues=[f"{i['path']}:{i['line']}: {i['reason']}" for i in meta.get("issues", [])],
        load_seconds=elapsed,
    )
