"""Start-up-lean cold scan for the upload hook, used only where it gives the engine's answer.

`spamgear.engine` pulls in the verdict dataclasses, enum, json, hashlib, logging, tempfile and the
signature compiler, and hashes every signature source to find the cache: ~8x the interpreter's
start-up on a per-upload hook. For the common case (native YARA rules only, no regex fallbacks, no
clamd) the hook needs much less: `yara.load()` of the compiled file, one `match`, and the engine's
rule "summed score >= threshold". `spamgear install-hooks` asks the real engine for its ruleset and
records a *plan* in the config snapshot: the compiled file and the stat (mtime, size) of every source
and signature dir. At upload time the plan is used only if nothing changed; otherwise (and whenever
the ruleset has regex fallbacks or clamd is configured) the hook takes the engine path.
`tests/test_quickscan.py` keeps the two paths' answers equal.

Builtins only at import time.
"""

import posix  # not `os`: see spamgear.hooksettings (start-up cost)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from spamgear.config import Config

PLAN_VERSION = 1
_READ_CHUNK = 1 << 20


def _stamp(path: str) -> tuple[str, int, int]:
    try:
        st = posix.stat(path)
    except OSError:
        return (path, -1, -1)
    return (path, st.st_mtime_ns, st.st_size)


def make_plan(cfg: "Config") -> "tuple[dict[str, Any] | None, str]":
    """(plan, why-not). Loads the ruleset through the real engine, never compiles."""
    if cfg.clamd.socket or cfg.clamd.host:
        return None, "clamd is configured (the engine path runs YARA and clamd)"
    from spamgear.engine import Engine
    from spamgear.signatures.compiler import collect_sources

    engine = Engine.from_config(cfg, compile_if_missing=False)
    try:
        ruleset = engine.ruleset
        if ruleset.fallbacks:
            return None, "the ruleset has regex fallbacks (only the engine runs them)"
        watched = [str(s.path) for s in collect_sources(list(cfg.signatures.dirs))]
        watched += list(cfg.signatures.dirs)
        plan = {
            "version": PLAN_VERSION,
            "compiled": ruleset.path,
            "stamps": [_stamp(p) for p in [ruleset.path, *watched]],
            "threshold": int(cfg.scan.threshold),
            "max_file_size": int(cfg.scan.max_file_size),
            "file_timeout": float(cfg.scan.file_timeout),
        }
    finally:
        engine.close()
    return plan, ""


#: Written by `spamgear signatures build` next to the compiled ruleset (see `write_pointer`).
POINTER_NAME = "current.pointer"
POINTER_VERSION = 1


def write_pointer(compiled: str, dirs: "list[str]", sources: "list[str]", fallbacks: int) -> None:
    """Record the ruleset a build left (or reused) for the cold hook: the compiled file, the dirs it
    was built from, whether it has regex fallbacks, and the stat of the compiled file, every source
    and every dir. The hook then finds the compiled file with a few `stat` calls instead of reading
    and hashing every source, and stays on the quick path after a rebuild without `install-hooks`."""
    import marshal
    import os
    from pathlib import Path

    data = {
        "version": POINTER_VERSION,
        "compiled": compiled,
        "dirs": list(dirs),
        "fallbacks": int(fallbacks),
        "stamps": [_stamp(p) for p in [compiled, *sources, *dirs]],
    }
    target = Path(compiled).with_name(POINTER_NAME)
    blob = marshal.dumps(data)
    try:
        if target.read_bytes() == blob:
            return  # unchanged: do not touch the cache dir (the daemon reloads when it changes)
    except OSError:
        pass
    tmp = target.with_name(f"{POINTER_NAME}.tmp{os.getpid()}")
    tmp.write_bytes(blob)
    tmp.chmod(0o644)
    tmp.replace(target)


def read_pointer(cache_dir: str) -> "dict[str, Any] | None":
    """The pointer in `cache_dir`, or None when missing or unreadable (freshness is not checked)."""
    import marshal

    try:
        fd = posix.open(cache_dir.rstrip("/") + "/" + POINTER_NAME, posix.O_RDONLY | posix.O_CLOEXEC)
        try:
            data = marshal.loads(posix.read(fd, 4 * 1024 * 1024))  # noqa: S302 - written by `signatures build`
        finally:
            posix.close(fd)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("version") != POINTER_VERSION:
        return None
    return data


def plan_from_config(config: "dict[str, Any]") -> "dict[str, Any] | None":
    """A quick-scan plan for a merged config (the snapshot's plain dicts) from the pointer the last
    `signatures build` wrote; None whenever the engine must judge (clamd configured, regex
    fallbacks, other dirs, or any stamp changed since the build)."""
    try:
        sig, scan, clamd = config["signatures"], config["scan"], config["clamd"]
        if clamd.get("socket") or clamd.get("host"):
            return None
        pointer = read_pointer(str(sig["cache_dir"]))
        if pointer is None or pointer.get("fallbacks") != 0 or pointer.get("dirs") != list(sig["dirs"]):
            return None
        plan = {
            "version": PLAN_VERSION,
            "compiled": str(pointer["compiled"]),
            "stamps": pointer["stamps"],
            "threshold": int(scan["threshold"]),
            "max_file_size": int(scan["max_file_size"]),
            "file_timeout": float(scan["file_timeout"]),
        }
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return plan if usable(plan) else None


def usable(plan: "Any") -> bool:
    """True while the compiled file, every source and every signature dir are as recorded."""
    if not isinstance(plan, dict) or plan.get("version") != PLAN_VERSION:
        return False
    return all(tuple(_stamp(s[0])) == tuple(s) for s in plan.get("stamps", ()))


class QuickMatch:
    __slots__ = ("rule", "score")

    def __init__(self, rule: str, score: int) -> None:
        self.rule = rule
        self.score = score


class QuickVerdict:
    """The fields of `spamgear.models.Verdict` that the hook's `decide()` reads."""

    __slots__ = ("kind", "matches", "reason", "sha256")

    def __init__(self, kind: str, matches: tuple[QuickMatch, ...] = (), reason: str = "", sha256: str = ""):
        self.kind = kind
        self.matches = matches
        self.reason = reason
        self.sha256 = sha256


def _score(meta: "dict[str, Any]") -> int:
    try:
        return int(meta.get("score", 100))
    except (TypeError, ValueError):
        return 100


class QuickScanner:
    """`scan_fd` like the engine's, for a plan that `usable()` accepted."""

    def __init__(self, plan: "dict[str, Any]") -> None:
        import yara

        self.threshold = int(plan["threshold"])
        self.max_file_size = int(plan["max_file_size"])
        self.file_timeout = float(plan["file_timeout"])
        self.timeout = max(1, -int(-self.file_timeout // 1))  # ceil, as the engine does
        self.rules = yara.load(str(plan["compiled"]))

    def scan_fd(self, fd: int, name: str) -> QuickVerdict:
        import yara

        st = posix.fstat(fd)
        if st.st_size > self.max_file_size:
            return QuickVerdict(
                "error", reason=f"over size limit ({st.st_size} > {self.max_file_size} bytes)"
            )
        chunks = []
        total = 0
        limit = self.max_file_size + 1
        while total < limit:
            chunk = posix.pread(fd, min(_READ_CHUNK, limit - total), total)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > self.max_file_size:
            return QuickVerdict("error", reason=f"over size limit ({total} > {self.max_file_size} bytes)")
        data = b"".join(chunks)
        try:
            from _sha256 import sha256  # type: ignore[import-not-found]
        except ImportError:  # pragma: no cover - other Python builds
            from hashlib import sha256
        digest: str = sha256(data).hexdigest()
        try:
            hits = self.rules.match(data=data, timeout=self.timeout)
        except yara.TimeoutError:
            return QuickVerdict("error", reason=f"yara timed out after {self.file_timeout:g}s", sha256=digest)
        except yara.Error as err:
            return QuickVerdict("error", reason=f"yara failed: {err}", sha256=digest)
        matches = tuple(QuickMatch(hit.rule, _score(hit.meta)) for hit in hits)
        score = sum(m.score for m in matches)
        if matches and score >= self.threshold:
            return QuickVerdict("malicious", matches, sha256=digest)
        reason = f"score {score} below threshold {self.threshold}" if matches else ""
        return QuickVerdict("clean", matches, reason, digest)
