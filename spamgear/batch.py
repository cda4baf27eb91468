"""Scan many files: walk items -> incremental cache -> engine (in this process or in worker processes).

Used by `spamgear scan` and `full-scan`. Yields one `Verdict` per file, in completion order; the caller
prints. Worker processes are forked after the ruleset is loaded, so each starts with it in memory.
"""

from __future__ import annotations

import multiprocessing
import os
import stat
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spamgear.engine import Engine
from spamgear.models import Verdict, VerdictKind
from spamgear.scancache import CacheKey, ScanCache, key_of
from spamgear.walk import WalkItem

_ENGINE: Engine | None = None  # set in the parent before forking workers
#: Files per task sent to a worker: amortises the IPC without starving the other worker.
BATCH = 16


@dataclass
class BatchStats:
    """Counters for the progress line and the summary."""

    files: int = 0
    cached: int = 0
    malicious: int = 0
    errors: int = 0
    bytes: int = 0
    started: float = 0.0

    def add(self, verdict: Verdict) -> None:
        self.files += 1
        self.bytes += max(verdict.size, 0)
        if verdict.extra.get("cached"):
            self.cached += 1
        if verdict.kind is VerdictKind.MALICIOUS:
            self.malicious += 1
        elif verdict.kind is VerdictKind.ERROR:
            self.errors += 1


def scan_item(engine: Engine, item: WalkItem) -> tuple[Verdict, CacheKey | None]:
    """Open the file (never following a symlink met inside a walk), key it by fstat, scan the fd."""
    name = os.fsdecode(item.path)
    if item.error:
        return Verdict(name, VerdictKind.ERROR, (), item.error, -1, "", ("yara",)), None
    if item.follow:
        return _scan_named(engine, item.path)
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_NOFOLLOW | os.O_CLOEXEC
    try:
        fd = os.open(item.path, flags)
    except OSError as err:
        return Verdict(name, VerdictKind.ERROR, (), f"cannot open: {err.strerror}", -1, "", ("yara",)), None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # swapped for a FIFO/device since the walk listed it
            return Verdict(name, VerdictKind.ERROR, (), "not a regular file", -1, "", ("yara",)), None
        return engine.scan_fd(fd, name), key_of(info)
    finally:
        os.close(fd)


def _scan_named(engine: Engine, path: bytes) -> tuple[Verdict, CacheKey | None]:
    try:
        info = os.stat(path)  # noqa: PTH116 - bytes paths
    except OSError:
        return engine.scan_path(path), None
    verdict = engine.scan_path(path)
    return verdict, (key_of(info) if stat.S_ISREG(info.st_mode) else None)


def _worker(batch: list[WalkItem]) -> list[tuple[bytes, Verdict, CacheKey | None]]:
    if _ENGINE is None:  # pragma: no cover - the pool is only created after _ENGINE is set
        raise RuntimeError("worker has no engine")
    out = []
    for item in batch:
        verdict, key = scan_item(_ENGINE, item)
        out.append((item.path, verdict, key))
    return out


def batch_wait(engine: Engine) -> float:
    """Every file is bounded (YARA timeout, regex bound); a batch that takes longer than all of them
    together has lost its worker (killed, crashed in libyara): its files become errors, no hang."""
    return BATCH * (engine.file_timeout + engine.regex_timeout + 1.0) + 30.0


def _collect(result: Any, batch: list[WalkItem], wait: float) -> list[tuple[bytes, Verdict, CacheKey | None]]:
    """A worker batch's results, or an error verdict per file if the worker never answered."""
    try:
        out: list[tuple[bytes, Verdict, CacheKey | None]] = result.get(timeout=wait)
    except multiprocessing.TimeoutError:
        reason = f"scan worker lost (no answer in {wait:.0f}s)"
        return [
            (i.path, Verdict(os.fsdecode(i.path), VerdictKind.ERROR, (), reason, -1), None) for i in batch
        ]
    return out


def _cached_key(item: WalkItem) -> CacheKey | None:
    if item.error:
        return None
    try:
        info = os.stat(item.path, follow_symlinks=item.follow)  # noqa: PTH116 - bytes paths
    except OSError:
        return None
    return key_of(info) if stat.S_ISREG(info.st_mode) else None


def scan_items(
    engine: Engine,
    items: Iterable[WalkItem],
    *,
    jobs: int = 1,
    cache: ScanCache | None = None,
    deadline: float = 0.0,
    stats: BatchStats | None = None,
) -> Iterator[Verdict]:
    """One verdict per item. `deadline` (seconds, 0 = none) turns every file not scanned in time into an
    error verdict, so a cut-off run never looks clean."""
    global _ENGINE
    stats = stats if stats is not None else BatchStats()
    stats.started = stats.started or time.monotonic()
    stop_at = stats.started + deadline if deadline > 0 else 0.0

    def finish(path: bytes, verdict: Verdict, key: CacheKey | None) -> Verdict:
        if cache is not None and key is not None:
            cache.put(path, key, verdict)
        stats.add(verdict)
        return verdict

    def ready(item: WalkItem) -> Verdict | None:
        """A verdict without scanning: past the deadline, or unchanged since the cached scan."""
        if stop_at and time.monotonic() > stop_at:
            return Verdict(os.fsdecode(item.path), VerdictKind.ERROR, (), "scan deadline reached", -1)
        if cache is not None:
            key = _cached_key(item)
            return cache.get(item.path, key) if key is not None else None
        return None

    if jobs <= 1:
        for item in items:
            verdict = ready(item)
            if verdict is not None:
                stats.add(verdict)
                yield verdict
                continue
            verdict, key = scan_item(engine, item)
            yield finish(item.path, verdict, key)
        return
    _ENGINE = engine
    context = multiprocessing.get_context("fork")
    wait = batch_wait(engine)
    in_flight: deque[tuple[Any, list[WalkItem]]] = deque()
    batch: list[WalkItem] = []
    pool: Any = None  # started on the first file the cache cannot answer: a rescan never forks
    try:
        for item in items:
            verdict = ready(item)
            if verdict is not None:
                stats.add(verdict)
                yield verdict
                continue
            batch.append(item)
            if len(batch) >= BATCH:
                pool = pool or context.Pool(jobs)
                in_flight.append((pool.apply_async(_worker, (batch,)), batch))
                batch = []
            while in_flight and (len(in_flight) > 4 * jobs or in_flight[0][0].ready()):
                yield from (finish(*r) for r in _collect(*in_flight.popleft(), wait))
        if batch and pool is None:  # a handful of files: not worth forking
            for item in batch:
                verdict, key = scan_item(engine, item)
                yield finish(item.path, verdict, key)
        elif batch:
            in_flight.append((pool.apply_async(_worker, (batch,)), batch))
        while in_flight:
            yield from (finish(*r) for r in _collect(*in_flight.popleft(), wait))
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
        _ENGINE = None
