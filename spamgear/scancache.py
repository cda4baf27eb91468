"""Incremental scan cache: a verdict is reused while (dev, inode, size, mtime_ns, ctime_ns, ruleset
digest) are unchanged. ctime is in the key too, because a user can reset mtime but not ctime.

sqlite3 in `scan.state_dir`; when that is not writable (a non-root user), a per-user dir is used instead.
Only clean and malicious verdicts are cached; errors are always retried.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from spamgear.models import Match, StringHit, Verdict, VerdictKind

log = logging.getLogger(__name__)

CacheKey = tuple[int, int, int, int, int]
_YARA = ("yara",)
_CACHED = {"cached": True}  # shared, never mutated: Verdict.extra is only read
_SCHEMA = """
CREATE TABLE IF NOT EXISTS verdicts (
    path BLOB PRIMARY KEY, dev INTEGER, ino INTEGER, size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER,
    digest TEXT, record TEXT)
"""


def key_of(info: os.stat_result) -> CacheKey:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _user_state_dir() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "spamgear"


def verdict_to_record(verdict: Verdict) -> str:
    return json.dumps(
        {
            "kind": verdict.kind.value,
            "reason": verdict.reason,
            "size": verdict.size,
            "sha256": verdict.sha256,
            "scanners": list(verdict.scanners),
            "matches": [m.as_json() for m in verdict.matches],
        }
    )


def verdict_from_record(path: str, record: str) -> Verdict:
    data: dict[str, Any] = json.loads(record)
    matches = tuple(
        Match(
            rule=m["rule"],
            scanner=m["scanner"],
            score=int(m["score"]),
            family=m["family"],
            description=m["description"],
            source=m["source"],
            strings=tuple(StringHit(s["id"], int(s["offset"]), s["data"]) for s in m["strings"]),
        )
        for m in data["matches"]
    )
    return Verdict(
        path,
        VerdictKind(data["kind"]),
        matches,
        data["reason"],
        int(data["size"]),
        data["sha256"],
        tuple(data["scanners"]),
        extra={"cached": True},
    )


class ScanCache:
    """Open once per run; `get` is a dict lookup (rows for this digest are preloaded)."""

    def __init__(self, state_dir: str, digest: str) -> None:
        self.digest = digest
        self.path = self._open_path(Path(state_dir))
        self._known: dict[bytes, tuple[CacheKey, str]] = {}
        self._pending: list[tuple[bytes, CacheKey, str]] = []
        try:
            self._db = self._connect(self.path)
            self._load()
        except sqlite3.Error as err:  # locked for too long, corrupt, ...: scan without the cache
            log.warning("scan cache %s unusable (%s); scanning everything", self.path, err)
            self.path = Path(":memory:")
            self._db = self._connect(self.path)
            self._known.clear()

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, timeout=10)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute(_SCHEMA)
        return db

    def _load(self) -> None:
        digest = self.digest
        for row in self._db.execute(
            "SELECT path, dev, ino, size, mtime_ns, ctime_ns, record FROM verdicts WHERE digest = ?",
            (digest,),
        ):
            self._known[bytes(row[0])] = ((row[1], row[2], row[3], row[4], row[5]), row[6])

    @staticmethod
    def _open_path(state_dir: Path) -> Path:
        for directory in (state_dir, _user_state_dir()):
            try:
                directory.mkdir(parents=True, exist_ok=True)
                candidate = directory / "scan-cache.sqlite"
                if os.access(directory, os.W_OK) and (
                    not candidate.exists() or os.access(candidate, os.W_OK)
                ):
                    return candidate
            except OSError:
                continue
        return Path(":memory:")

    def get(self, path: bytes, key: CacheKey) -> Verdict | None:
        known = self._known.get(path)
        if known is None or known[0] != key:
            return None
        if not known[1]:  # the common case, kept cheap: clean with no weak matches
            return Verdict(os.fsdecode(path), VerdictKind.CLEAN, (), "", key[2], "", _YARA, _CACHED)
        return verdict_from_record(os.fsdecode(path), known[1])

    def put(self, path: bytes, key: CacheKey, verdict: Verdict) -> None:
        if verdict.kind is VerdictKind.ERROR:
            return
        plain = verdict.kind is VerdictKind.CLEAN and not verdict.matches and not verdict.reason
        self._pending.append((path, key, "" if plain else verdict_to_record(verdict)))
        if len(self._pending) >= 2000:
            self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(p, *k, self.digest, r) for p, k, r in self._pending],
                )
        except sqlite3.Error as err:  # the cache only saves time; never fail a scan over it
            log.warning("scan cache %s not updated: %s", self.path, err)
        self._pending.clear()

    def close(self) -> None:
        self.flush()
        self._db.close()
