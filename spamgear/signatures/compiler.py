"""Collect signature sources from the configured dirs and compile them into ONE cached YARA ruleset.

The cache file is keyed by the sha256 of every source (name + bytes), the reader format version and the
yara-python version, so a changed source or a yara upgrade means a rebuild, and an unchanged set means
`yara.load()` only. A sidecar JSON holds what YARA cannot: regex fallbacks, rule -> file:line for native
rules, and the warnings of the build.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from spamgear.errors import SignatureError
from spamgear.signatures.anyof import expand_any_of_checked
from spamgear.signatures.model import FallbackRule, ParsedSource, SourceIssue, identifier_part, render_rule

log = logging.getLogger(__name__)

#: Bump when a reader changes what it generates, so old caches are not reused.
FORMAT_VERSION = "3"
KEEP_OLD = 3


@dataclass(frozen=True)
class SourceFile:
    """One signature file and the reader that handles it."""

    path: Path
    kind: str  # fingerprints | backdoors | shelldetect | yara
    namespace: str


@dataclass
class BuildResult:
    """What `build` did: where the ruleset is, what it holds, and which signatures were skipped."""

    compiled_path: str
    digest: str
    rule_count: int
    fallback_count: int
    issues: list[SourceIssue] = field(default_factory=list)
    compile_seconds: float = 0.0
    reused: bool = False


def source_kind(name: str) -> str | None:
    """The reader for a file name, or None for files that are not signatures (README, ...)."""
    if name == "fingerprints.txt" or name.endswith(".fingerprints"):
        return "fingerprints"
    if name.endswith(".re"):
        return "backdoors"
    if name.startswith("shelldetect") and name.endswith(".db"):
        return "shelldetect"
    if name.endswith((".yar", ".yara")):
        return "yara"
    return None


def collect_sources(dirs: list[str]) -> list[SourceFile]:
    """Signature files at the top of each dir, in dir order then name order; missing dirs are skipped."""
    found: list[SourceFile] = []
    for index, directory in enumerate(dirs):
        base = Path(directory)
        if not base.is_dir():
            continue
        for path in sorted(base.iterdir()):
            kind = source_kind(path.name)
            if kind is None or not path.is_file():
                continue
            found.append(SourceFile(path, kind, f"d{index}_{identifier_part(path.name)}"))
    return found


def yara_version() -> str:
    import yara

    return str(yara.__version__)


def sources_digest(sources: list[SourceFile]) -> str:
    """sha256 over every source's namespace and bytes, plus the format and yara-python versions."""
    digest = hashlib.sha256(f"spamgear-signatures {FORMAT_VERSION} yara {yara_version()}\n".encode())
    for source in sources:
        try:
            data = source.path.read_bytes()
        except OSError as err:
            raise SignatureError(f"{source.path}: cannot read: {err.strerror}") from err
        digest.update(f"{source.namespace} {source.kind} {len(data)}\n".encode())
        digest.update(data)
    return digest.hexdigest()


def cache_dirs(cache_dir: str) -> list[Path]:
    """The configured cache dir, then a per-user fallback for users who cannot write it."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    fallback = Path(base) / "spamgear"
    return [Path(cache_dir)] if Path(cache_dir) == fallback else [Path(cache_dir), fallback]


def cache_paths(directory: Path, digest: str) -> tuple[Path, Path]:
    stem = f"ruleset-{digest[:24]}"
    return directory / f"{stem}.yarc", directory / f"{stem}.json"


def find_cached(cache_dir: str, digest: str) -> tuple[Path, Path] | None:
    for directory in cache_dirs(cache_dir):
        compiled, sidecar = cache_paths(directory, digest)
        if compiled.is_file() and sidecar.is_file():
            return compiled, sidecar
    return None


def newest_cached(cache_dir: str) -> tuple[Path, Path] | None:
    """The most recently built ruleset in the cache dirs, whatever its sources (for stale-tolerant hooks)."""
    pairs = []
    for directory in cache_dirs(cache_dir):
        if directory.is_dir():
            for compiled in directory.glob("ruleset-*.yarc"):
                sidecar = compiled.with_suffix(".json")
                if sidecar.is_file():
                    pairs.append((compiled.stat().st_mtime, compiled, sidecar))
    if not pairs:
        return None
    _, compiled, sidecar = max(pairs)
    return compiled, sidecar


def _read(source: SourceFile) -> tuple[ParsedSource, str | None, dict[str, int]]:
    """Parsed generated rules, or native text plus rule start lines."""
    from spamgear.signatures.backdoors import parse_backdoors
    from spamgear.signatures.fingerprints import parse_fingerprints
    from spamgear.signatures.native import read_native
    from spamgear.signatures.shelldetect import parse_shelldetect

    data = source.path.read_bytes()
    name = source.path.name
    if source.kind == "fingerprints":
        return parse_fingerprints(data, name), None, {}
    if source.kind == "backdoors":
        return parse_backdoors(data, name), None, {}
    if source.kind == "shelldetect":
        return parse_shelldetect(data, name), None, {}
    native = read_native(data, name)
    return ParsedSource(issues=native.issues), native.text, native.rule_lines


def _full_issue(source: SourceFile, issue: SourceIssue) -> SourceIssue:
    return SourceIssue(str(source.path), issue.line, issue.reason)


def render_sources(
    sources: list[SourceFile],
) -> tuple[dict[str, str], list[dict[str, Any]], list[SourceIssue], dict[str, str], dict[str, str]]:
    """Read every source into YARA text per namespace; returns (texts, fallbacks, issues, native rule
    lines, namespace -> path). Also what the benchmark hands the `yara` CLI."""
    texts: dict[str, str] = {}
    fallbacks: list[dict[str, Any]] = []
    issues: list[SourceIssue] = []
    native_lines: dict[str, str] = {}
    ns_paths: dict[str, str] = {}
    for source in sources:
        ns_paths[source.namespace] = str(source.path)
        parsed, native_text, rule_lines = _read(source)
        issues.extend(_full_issue(source, i) for i in parsed.issues)
        if native_text is not None:
            texts[source.namespace] = expand_any_of_checked(native_text)
            for rule, line in rule_lines.items():
                native_lines[f"{source.namespace}:{rule}"] = f"{source.path.name}:{line}"
        else:
            texts[source.namespace] = "".join(render_rule(r) for r in parsed.rules)
        for fb in parsed.fallbacks:
            record = asdict(fb)
            record["prefilter"] = fb.prefilter.hex()
            record["namespace"] = source.namespace
            fallbacks.append(record)
    return texts, fallbacks, issues, native_lines, ns_paths


def compile_sources(
    sources: list[SourceFile],
) -> tuple[Any, list[dict[str, Any]], list[SourceIssue], dict[str, str], dict[str, str]]:
    """Read and compile every source; returns (yara.Rules, fallbacks, issues, native rule lines, ns paths)."""
    import yara

    texts, fallbacks, issues, native_lines, ns_paths = render_sources(sources)
    # Every part was test-compiled or is generated from escaped literals; still, never let one file
    # take the set down: drop a namespace that breaks the joint compile and name it.
    for _attempt in range(len(texts) + 1):
        try:
            rules = yara.compile(sources=texts, includes=False)
            break
        except yara.SyntaxError as err:
            bad = _find_bad_namespace(texts)
            if bad is None:
                raise SignatureError(f"signatures do not compile: {err}") from err
            issues.append(SourceIssue(ns_paths[bad], 1, f"whole file skipped: {err}"))
            del texts[bad]
    else:  # pragma: no cover - the loop always breaks or raises
        raise SignatureError("signatures do not compile")
    # native files already reported their own warnings with file:line; name only what is left
    seen = Counter(
        f"line {i.line}: {i.reason.removeprefix('warning: ')}"
        for i in issues
        if i.reason.startswith("warning: ")
    )
    for warning in getattr(rules, "warnings", []) or []:
        if seen[warning] > 0:
            seen[warning] -= 1
            continue
        issues.append(SourceIssue("yara", 0, f"warning: {warning}"))
    return rules, fallbacks, issues, native_lines, ns_paths


def _find_bad_namespace(texts: dict[str, str]) -> str | None:
    import yara

    for namespace, text in texts.items():
        try:
            yara.compile(source=text, includes=False)
        except yara.SyntaxError:
            return namespace
    return None


def _writable_dir(cache_dir: str) -> Path:
    for directory in cache_dirs(cache_dir):
        try:
            directory.mkdir(parents=True, exist_ok=True)
            probe = tempfile.NamedTemporaryFile(dir=directory, prefix=".probe-", delete=True)  # noqa: SIM115
            probe.close()
            return directory
        except OSError:
            continue
    raise SignatureError(f"{cache_dir}: cannot write the compiled ruleset there (nor in ~/.cache/spamgear)")


def build(dirs: list[str], cache_dir: str, *, force: bool = False) -> BuildResult:
    """Compile the sources in `dirs` into the cache unless an identical build is already there."""
    from spamgear.quickscan import stamps

    watched = stamps(list(dirs))  # for the hook pointer: stamped before listing and reading
    sources = collect_sources(dirs)
    watched = stamps([str(s.path) for s in sources]) + watched
    if not sources:
        # an empty ruleset would call every file clean: refuse instead (a typo in --rules, a lost dir)
        raise SignatureError(f"no signature files in {', '.join(dirs) or '(no dirs)'}")
    digest = sources_digest(sources)
    cached = None if force else find_cached(cache_dir, digest)
    if cached is not None:
        meta = json.loads(cached[1].read_text(encoding="utf-8"))
        _point_hooks_at(str(cached[0]), dirs, watched, len(meta.get("fallbacks", [])))
        return BuildResult(
            str(cached[0]),
            digest,
            int(meta.get("rule_count", 0)),
            len(meta.get("fallbacks", [])),
            [SourceIssue(i["path"], i["line"], i["reason"]) for i in meta.get("issues", [])],
            float(meta.get("compile_seconds", 0.0)),
            reused=True,
        )
    started = time.perf_counter()
    rules, fallbacks, issues, native_lines, ns_paths = compile_sources(sources)
    elapsed = time.perf_counter() - started
    rule_count = sum(1 for _ in rules)
    directory = _writable_dir(cache_dir)
    compiled, sidecar = cache_paths(directory, digest)
    meta = {
        "digest": digest,
        "yara": yara_version(),
        "format": FORMAT_VERSION,
        "rule_count": rule_count,
        "compile_seconds": elapsed,
        "sources": ns_paths,
        "native_lines": native_lines,
        "fallbacks": fallbacks,
        "issues": [asdict(i) for i in issues],
    }
    tmp = compiled.with_name(compiled.name + f".tmp{os.getpid()}")
    rules.save(str(tmp))
    tmp.chmod(0o644)
    tmp_meta = sidecar.with_name(sidecar.name + f".tmp{os.getpid()}")
    tmp_meta.write_text(json.dumps(meta, indent=1), encoding="utf-8")
    tmp_meta.chmod(0o644)
    tmp.replace(compiled)  # the .yarc first: the pair only counts once the sidecar exists
    tmp_meta.replace(sidecar)
    _point_hooks_at(str(compiled), dirs, watched, len(fallbacks))
    _prune(directory, keep={compiled.name, sidecar.name})
    for issue in issues:
        log.warning("%s", issue)
    return BuildResult(str(compiled), digest, rule_count, len(fallbacks), issues, elapsed)


def _point_hooks_at(
    compiled: str, dirs: list[str], watched: list[tuple[str, int, int]], fallbacks: int
) -> None:
    """Leave the cold upload hook a pointer to this ruleset (spamgear.quickscan.write_pointer); a
    cache dir the hook cannot use is no reason to fail the build."""
    from spamgear.quickscan import write_pointer

    try:
        write_pointer(compiled, list(dirs), watched, fallbacks)
    except OSError as err:
        log.warning("cannot write the hook pointer next to %s: %s", compiled, err)


def _prune(directory: Path, keep: set[str]) -> None:
    """Drop all but the newest few old rulesets (a running hook may still hold one open: that is fine)."""
    old = sorted(
        (p for p in directory.glob("ruleset-*.yarc") if p.name not in keep),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for path in old[KEEP_OLD:]:
        for victim in (path, path.with_suffix(".json")):
            with contextlib.suppress(OSError):
                victim.unlink()


def fallback_from_record(record: dict[str, Any]) -> FallbackRule:
    return FallbackRule(
        name=record["name"],
        source=record["source"],
        score=int(record["score"]),
        family=record["family"],
        description=record["description"],
        pattern=record["pattern"],
        prefilter=bytes.fromhex(record["prefilter"]),
        why=record.get("why", ""),
        gate=record.get("gate", ""),
    )
