"""`spamgear update`: fetch signature files over HTTPS, verify, test-compile, then swap the set atomically.

Every file needs a sha256, from `update.sha256[name]` or from the manifest at `update.manifest_url`
(JSON `{"name": "hex"}` or `sha256sum` lines). The new set must compile with nothing skipped; only then
does `update.target_dir` (a symlink to a versioned dir in `<target_dir>.d/`) switch to it with one
`rename()`. On any failure the last good set stays in place and is reported as kept.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spamgear.config import Config
from spamgear.errors import SignatureError, SpamgearError

log = logging.getLogger(__name__)

#: A signature file larger than this is refused (the biggest known set is a few MB).
MAX_DOWNLOAD = 64 * 1024 * 1024
KEEP_SETS = 3
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


class UpdateError(SpamgearError):
    """The update was refused; the previous signature set is still in use."""


@dataclass
class UpdateResult:
    """What changed: the new set's dir, its files, and what the compile said."""

    set_dir: str
    files: list[str] = field(default_factory=list)
    rule_count: int = 0
    changed: bool = True


def _get(url: str, cfg: Config, limit: int) -> bytes:
    import requests

    if not url.startswith("https://"):
        raise UpdateError(f"{url}: only https:// URLs are allowed")
    verify: bool | str = cfg.update.ca_bundle or True
    try:
        with requests.get(url, timeout=cfg.update.timeout, verify=verify, stream=True) as response:
            response.raise_for_status()
            chunks: list[bytes] = []
            total = 0
            for chunk in response.iter_content(65536):
                total += len(chunk)
                if total > limit:
                    raise UpdateError(f"{url}: larger than {limit} bytes")
                chunks.append(chunk)
    except requests.RequestException as err:
        raise UpdateError(f"{url}: download failed: {err}") from err
    return b"".join(chunks)


def parse_manifest(data: bytes) -> dict[str, str]:
    """JSON object name -> sha256, or `sha256sum` output (`hex  name` per line)."""
    text = data.decode("utf-8", "replace")
    try:
        loaded: Any = json.loads(text)
    except ValueError:
        loaded = None
    if isinstance(loaded, dict):
        return {str(k): str(v).lower() for k, v in loaded.items()}
    sums: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.strip().split()
        if len(parts) == 2:
            sums[parts[1].lstrip("*")] = parts[0].lower()
    return sums


def _expected_sums(cfg: Config) -> dict[str, str]:
    sums = {k: v.lower() for k, v in cfg.update.sha256.items()}
    if cfg.update.manifest_url:
        manifest = parse_manifest(_get(cfg.update.manifest_url, cfg, 1024 * 1024))
        sums = {**manifest, **sums}  # a sum pinned in config wins over the manifest
    return sums


def fetch_set(cfg: Config, staging: Path) -> list[str]:
    """Download every configured file into `staging`, each checked against its sha256."""
    from spamgear.signatures.compiler import source_kind

    if not cfg.update.urls:
        raise UpdateError("update.urls is empty: nothing to fetch")
    sums = _expected_sums(cfg)
    names = []
    for name, url in sorted(cfg.update.urls.items()):
        if not _SAFE_NAME.match(name) or source_kind(name) is None:
            raise UpdateError(f"update.urls: {name!r} is not a signature file name")
        expected = sums.get(name, "")
        if not _SHA.match(expected):
            raise UpdateError(f"{name}: no sha256 (set update.sha256.{name} or publish it in the manifest)")
        data = _get(url, cfg, MAX_DOWNLOAD)
        actual = hashlib.sha256(data).hexdigest()
        if actual != expected:
            raise UpdateError(f"{name}: sha256 mismatch (got {actual}, expected {expected})")
        (staging / name).write_bytes(data)
        names.append(name)
    return names


def _sets_dir(target: Path) -> Path:
    return target.with_name(target.name + ".d")


def _swap(target: Path, new_set: Path) -> None:
    """Point `target` at `new_set` with one rename of a symlink (a real dir is moved aside once)."""
    if target.exists() and not target.is_symlink():
        if not target.is_dir():
            raise UpdateError(f"{target}: exists and is not a directory")
        legacy = _sets_dir(target) / f"set-{time.strftime('%Y%m%d%H%M%S')}-legacy"
        target.rename(legacy)
    link = target.with_name(f".{target.name}.new-{os.getpid()}")
    link.unlink(missing_ok=True)
    link.symlink_to(new_set)
    link.replace(target)


def _prune(sets: Path, keep: Path, previous: Path | None) -> None:
    old = sorted(
        (p for p in sets.iterdir() if p.is_dir() and p not in (keep, previous)), key=lambda p: p.name
    )
    for path in old[: max(0, len(old) - (KEEP_SETS - 2))]:
        shutil.rmtree(path, ignore_errors=True)


def update_signatures(cfg: Config) -> UpdateResult:
    """Fetch, verify, test-compile and swap; raises UpdateError with the old set left in place."""
    target = Path(cfg.update.target_dir)
    sets = _sets_dir(target)
    sets.mkdir(parents=True, exist_ok=True)
    with (sets / ".lock").open("a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            raise UpdateError(f"{target}: another `spamgear update` is running") from err
        return _update_locked(cfg, target, sets)


def _update_locked(cfg: Config, target: Path, sets: Path) -> UpdateResult:
    from spamgear.signatures.compiler import build, collect_sources, compile_sources

    staging = Path(tempfile.mkdtemp(prefix="set-new-", dir=sets))
    try:
        names = fetch_set(cfg, staging)
        try:
            rules, _fallbacks, issues, _lines, _ns = compile_sources(collect_sources([str(staging)]))
        except SignatureError as err:
            raise UpdateError(f"new signature set does not compile: {err}") from err
        if issues:
            raise UpdateError(
                "new signature set has bad signatures: " + "; ".join(str(i) for i in issues[:5])
            )
        digest = hashlib.sha256(b"".join((staging / n).read_bytes() for n in names)).hexdigest()[:16]
        final = sets / f"set-{time.strftime('%Y%m%d%H%M%S')}-{digest}"
        previous = target.resolve() if target.is_symlink() else None
        if previous is not None and previous.name.endswith(digest):
            shutil.rmtree(staging, ignore_errors=True)
            return UpdateResult(str(previous), names, sum(1 for _ in rules), changed=False)
        staging.chmod(0o755)
        staging.rename(final)
        _swap(target, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    try:
        build(list(cfg.signatures.dirs), cfg.signatures.cache_dir)
    except SpamgearError as err:  # the new set compiled alone; together with the others it must too
        if previous is not None:
            _swap(target, previous)
        raise UpdateError(f"new set breaks the combined ruleset, previous set restored: {err}") from err
    _prune(sets, final, previous)
    log.info("signature set %s installed (%d files)", final, len(names))
    return UpdateResult(str(final), names, sum(1 for _ in rules))
