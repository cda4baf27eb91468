"""Start-up-lean cold scan for the upload hook, used only where it gives the engine's answer.

`spamgear.engine` pulls in the verdict dataclasses, enum, json, hashlib, logging, tempfile and the
signature compiler, and hashes every signature source to find the cache: ~8x the interpreter's
start-up on a per-upload hook. For the common case (native YARA rules only, no regex fallbacks; clamd
off or on a unix socket) the hook needs much less: `yara.load()` of the compiled file, one `match`,
the engine's rule "summed score >= threshold", then (when configured) clamd with the fd (FILDES) and
`UploadScanner`'s merge.

Where the plan comes from: `spamgear signatures build` leaves a *pointer* next to the compiled file
(`current.pointer`: the compiled path, the dirs, the regex-fallback count and the stat of the compiled
file, every source and every dir), and the hook checks it with a few `stat` calls
(`plan_from_config`). `spamgear install-hooks` also records a plan in the config snapshot
(`make_plan`, asked from the real engine), used while it still holds. Whenever nothing holds, the
hook takes the engine path. `tests/test_quickscan.py` keeps the two paths' answers equal, clamd
included (a real clamd).

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
            **_exhaustion_plan(cfg.hook.slow_scan, cfg.hook.deadline, cfg.scan.file_timeout),
        }
    finally:
        engine.close()
    return plan, ""


#: Written by `spamgear signatures build` next to the compiled ruleset (see `write_pointer`).
POINTER_NAME = "current.pointer"
POINTER_VERSION = 1


def stamps(paths: "list[str]") -> "list[tuple[str, int, int]]":
    """(path, mtime_ns, size) of each path, (path, -1, -1) when missing: what a plan checks."""
    return [_stamp(p) for p in paths]


def write_pointer(
    compiled: str, dirs: "list[str]", watched: "list[tuple[str, int, int]]", fallbacks: int
) -> None:
    """Record the ruleset a build left (or reused) for the cold hook: the compiled file, the dirs it
    was built from, whether it has regex fallbacks, and the stat of the compiled file plus `watched`
    (every dir and source, stamped by the build *before* it listed and read them: a change during
    the build then reads as stale, never as fresh). The hook finds the compiled file with a few
    `stat` calls instead of reading and hashing every source, and stays on the quick path after a
    rebuild without `install-hooks`."""
    import marshal
    import os
    from pathlib import Path

    data = {
        "version": POINTER_VERSION,
        "compiled": compiled,
        "dirs": list(dirs),
        "fallbacks": int(fallbacks),
        "stamps": [_stamp(compiled), *watched],
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


def _exhaustion_plan(slow_scan: str, deadline: float, file_timeout: float) -> "dict[str, Any]":
    """The upload's YARA budget and the rule a timeout becomes (spamgear.exhaustion)."""
    from spamgear import exhaustion

    if not exhaustion.rejects(slow_scan):
        return {}
    return {
        "upload_timeout": exhaustion.upload_yara_timeout(deadline, file_timeout),
        "exhausted_rule": exhaustion.RULE,
    }


def plan_from_config(config: "dict[str, Any]") -> "dict[str, Any] | None":
    """A quick-scan plan for a merged config (the snapshot's plain dicts) from the pointer the last
    `signatures build` wrote; None whenever the engine must judge (clamd configured, regex
    fallbacks, other dirs, or any stamp changed since the build)."""
    try:
        sig, scan, clamd = config["signatures"], config["scan"], config["clamd"]
        if clamd.get("host"):
            return None  # clamd over TCP: INSTREAM through the engine's client
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
            "clamd": None,
            **_exhaustion_plan(
                str(config["hook"].get("slow_scan", "reject")),
                float(config["hook"]["deadline"]),
                float(scan["file_timeout"]),
            ),
        }
        if clamd.get("socket"):
            # as spamgear.uploadscan: an upload is answered within hook.deadline, never wait longer
            timeout = min(float(clamd["timeout"]), float(config["hook"]["deadline"]))
            plan["clamd"] = {
                "socket": str(clamd["socket"]),
                "timeout": timeout,
                "max_file_size": int(clamd["max_file_size"]),
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


def merge(first: QuickVerdict, second: QuickVerdict) -> QuickVerdict:
    """spamgear.models.merge_verdicts for the fields decide() reads: malicious > error > clean."""
    rank = {"clean": 0, "error": 1, "malicious": 2}
    kind = max(first.kind, second.kind, key=rank.__getitem__)
    reason = "; ".join(r for r in (first.reason, second.reason) if r)
    return QuickVerdict(kind, first.matches + second.matches, reason, first.sha256 or second.sha256)


class _ClamdFailure(Exception):
    """A transport or protocol failure: an error verdict with this reason."""


def _strerror(err: OSError) -> str:
    return err.strerror or str(err) or type(err).__name__


def _remaining(deadline: float) -> float:
    import time

    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("clamd deadline passed")
    return left


def clamd_reply_verdict(reply: bytes) -> QuickVerdict:
    """spamgear.clamav.parse_reply: OK is clean, `<sig> FOUND` malicious, anything else an error."""
    text = reply.rstrip(b"\0\n").decode("utf-8", "replace")
    if not text:
        return QuickVerdict("error", reason="empty reply from clamd")
    _, sep, body = text.partition(": ")
    if not sep:
        body = text
    if body == "OK":
        return QuickVerdict("clean")
    if body.endswith(" FOUND"):
        sig = body[: -len(" FOUND")].strip()
        if sig:
            return QuickVerdict("malicious", (QuickMatch(sig, 100),))
        return QuickVerdict("error", reason=f"malformed FOUND reply: {text[:200]}")
    if body.endswith(" ERROR"):
        return QuickVerdict("error", reason=f"clamd: {body[: -len(' ERROR')].strip()[:200]}")
    return QuickVerdict("error", reason=f"unexpected clamd reply: {text[:200]}")


def clamd_fildes(conf: "dict[str, Any]", fd: int) -> QuickVerdict:
    """spamgear.clamav.ClamdClient.scan_fd over a unix socket (FILDES: clamd gets the fd, never a
    path), with `_socket` only: `spamgear.clamav` imports the verdict dataclasses, several times the
    interpreter's start-up on a per-upload hook. Same limits, deadline and error reasons."""
    import _socket
    import sys
    import time

    st = posix.fstat(fd)
    if (st.st_mode & 0o170000) != 0o100000:
        return QuickVerdict("error", reason="not a regular file")
    max_size = int(conf["max_file_size"])
    if max_size and st.st_size > max_size:
        # clamd would answer OK without scanning (MaxFileSize): never let that read as clean
        why = f"over clamd MaxFileSize ({st.st_size} > {max_size} bytes); not scanned"
        return QuickVerdict("error", reason=why)
    path, timeout = str(conf["socket"]), float(conf["timeout"])
    deadline = time.monotonic() + timeout
    sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        try:
            sock.settimeout(_remaining(deadline))
            sock.connect(path)
        except TimeoutError:
            return QuickVerdict("error", reason=f"timeout connecting to clamd after {timeout:g}s")
        except OSError as err:
            return QuickVerdict("error", reason=f"cannot connect to clamd at {path}: {_strerror(err)}")
        try:
            sock.settimeout(_remaining(deadline))
            sock.sendall(b"zFILDES\0")
            sock.settimeout(_remaining(deadline))
            rights = fd.to_bytes(4, sys.byteorder, signed=True)
            sock.sendmsg([b"\0"], [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, rights)])
            reply = _read_reply(sock, deadline)
        except TimeoutError:
            return QuickVerdict("error", reason=f"timeout after {timeout:g}s during scan")
        except _ClamdFailure as err:
            return QuickVerdict("error", reason=str(err))
        except OSError as err:
            salvaged = _salvage_reply(sock)
            if salvaged is None:
                why = f"connection to clamd failed during scan: {_strerror(err)}"
                return QuickVerdict("error", reason=why)
            reply = salvaged
    finally:
        sock.close()
    return clamd_reply_verdict(reply)


def _read_reply(sock: "Any", deadline: float) -> bytes:
    """Up to the NUL that ends a z-command reply; EOF before it is a dropped connection."""
    buf = b""
    while b"\0" not in buf:
        sock.settimeout(_remaining(deadline))
        chunk = sock.recv(4096)
        if not chunk:
            if buf:
                raise _ClamdFailure(f"connection closed mid-reply: {buf[:200]!r}")
            raise _ClamdFailure("connection closed by clamd without a reply")
        buf += chunk
        if len(buf) > 64 * 1024:
            raise _ClamdFailure("reply too long")
    reply: bytes = buf.split(b"\0", 1)[0]
    return reply


def _salvage_reply(sock: "Any") -> "bytes | None":
    try:
        sock.settimeout(0.5)
        data: bytes = sock.recv(4096)
    except OSError:
        return None
    if not data:
        return None
    return data.split(b"\0", 1)[0]


class QuickScanner:
    """`scan_fd` like the engine's (and clamd's, when the plan has it), for a plan that `usable()`
    accepted."""

    def __init__(self, plan: "dict[str, Any]") -> None:
        import yara

        self.clamd: dict[str, Any] | None = plan.get("clamd")
        self.threshold = int(plan["threshold"])
        self.max_file_size = int(plan["max_file_size"])
        self.file_timeout = float(plan["file_timeout"])
        self.timeout = max(1, -int(-self.file_timeout // 1))  # ceil, as the engine does
        #: Set when hook.slow_scan rejects: YARA gets the upload budget, and a timeout is a finding.
        self.exhausted_rule = str(plan.get("exhausted_rule", ""))
        if self.exhausted_rule:
            self.timeout = int(plan["upload_timeout"])
        self.rules = yara.load(str(plan["compiled"]))

    def scan_fd(self, fd: int, name: str) -> QuickVerdict:
        """YARA first (a hit ends the scan: the upload is rejected either way), then clamd, as
        spamgear.uploadscan.UploadScanner does."""
        verdict = self.scan_yara(fd, name)
        if self.clamd is None or verdict.kind == "malicious":
            return verdict
        return merge(verdict, clamd_fildes(self.clamd, fd))

    def scan_yara(self, fd: int, name: str) -> QuickVerdict:
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
            hits = self.rules.match(data=data, timeout=self.timeout, fast=True)  # verdict only
        except yara.TimeoutError:
            if self.exhausted_rule:
                exhausted = QuickMatch(self.exhausted_rule, self.threshold)
                return QuickVerdict("malicious", (exhausted,), sha256=digest)
            return QuickVerdict("error", reason=f"yara timed out after {self.file_timeout:g}s", sha256=digest)
        except yara.Error as err:
            return QuickVerdict("error", reason=f"yara failed: {err}", sha256=digest)
        matches = tuple(QuickMatch(hit.rule, _score(hit.meta)) for hit in hits)
        score = sum(m.score for m in matches)
        if matches and score >= self.threshold:
            return QuickVerdict("malicious", matches, sha256=digest)
        reason = f"score {score} below threshold {self.threshold}" if matches else ""
        return QuickVerdict("clean", matches, reason, digest)
