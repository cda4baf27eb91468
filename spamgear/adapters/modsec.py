"""ModSecurity `@inspectFile` adapter (`hooks/runav`, `runav.sh`): one protocol line, within a deadline.

ModSecurity runs `/bin/sh -c "<hook> <tmpfile>"` as the web-server user and reads stdout:

* v2 (Apache) rejects unless the first byte is `1`; *no output* (crash, timeout) is a rule error and
  the upload passes by accident;
* v3 (nginx) rejects when the output is longer than one byte and does not start with `1`; it has
  no timeout at all and blocks the nginx worker meanwhile.

So this adapter owns both the deadline and the failure policy. It writes exactly one line with one
`os.write` (`1 spamgear: OK`, `0 spamgear: FOUND <rules>`, or on any internal failure
`1 spamgear: error (fail-open): <why>` / `0 spamgear: error (fail-closed): <why>`), and exits. A
watchdog thread armed before anything else writes the fail-policy line and `os._exit`s when the
deadline passes; `BaseException` (MemoryError included) around everything also ends in that line.

Imports are kept to builtins until a scan really needs the engine: the hook starts once per upload.
"""

import _thread
import posix  # not `os`: see spamgear.hooksettings (start-up cost)
import sys
import time

from spamgear.hooksettings import HookSettings, resolve

#: `typing` costs ~10 ms at start-up; mypy treats this name like typing.TYPE_CHECKING.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any, Protocol

    from spamgear.config import Config

    class MatchLike(Protocol):
        @property
        def rule(self) -> str: ...

    class VerdictLike(Protocol):
        """What decide() reads: spamgear.models.Verdict, or spamgear.quickscan.QuickVerdict."""

        @property
        def kind(self) -> str: ...
        @property
        def matches(self) -> Sequence[MatchLike]: ...
        @property
        def reason(self) -> str: ...
        @property
        def sha256(self) -> str: ...

    #: A scanner takes an open fd and a display name and returns a verdict.
    Scanner = Callable[[int, str], VerdictLike]

PASS = "1"  # noqa: S105 - the ModSecurity verdict byte, not a password
REJECT = "0"
PREFIX = "spamgear: "
#: v2 reads one chunk of at most 255 bytes; keep the whole line inside it.
MAX_LINE = 250
EXIT_OK = 0


def _clean_text(text: str) -> str:
    """One printable line: control characters (newlines above all) become blanks."""
    return "".join(ch if ch >= " " and ch != "\x7f" else " " for ch in text)


def protocol_line(first: str, text: str) -> bytes:
    """`<first> spamgear: <text>\\n`, at most MAX_LINE bytes, never more than one line."""
    body = (first + " " + PREFIX + _clean_text(text)).encode("utf-8", "replace")[: MAX_LINE - 1]
    return body + b"\n"


def ok_line() -> bytes:
    return protocol_line(PASS, "OK")


def found_line(rules: "Sequence[str]") -> bytes:
    return protocol_line(REJECT, "FOUND " + (",".join(rules) or "unnamed"))


def error_line(fail_policy: str, why: str) -> bytes:
    """The answer for an internal failure, per `hook.fail_policy` (`open` passes, `closed` rejects)."""
    if fail_policy == "closed":
        return protocol_line(REJECT, "error (fail-closed): " + why)
    return protocol_line(PASS, "error (fail-open): " + why)


class Responder:
    """Writes exactly one line to `out_fd`, whichever comes first: the answer or the deadline.

    The watchdog is a raw `_thread` (no `threading` import); it only needs the GIL, which YARA
    matching and blocking socket calls release. When it fires it writes the fail-policy line, logs,
    and ends the process with `os._exit` so no cleanup can hang.
    """

    def __init__(
        self,
        fail_policy: str = "open",
        out_fd: int = 1,
        exit_func: "Callable[[int], Any]" = posix._exit,
        log: "Callable[[str, int], None] | None" = None,
    ) -> None:
        self.fail_policy = fail_policy
        self.out_fd = out_fd
        self._exit = exit_func
        self._log = log
        self._lock = _thread.allocate_lock()
        self._due = float("inf")
        self._watching = False
        self.answered: bytes | None = None
        self.timeout_note = "deadline exceeded"
        # built now, while memory is there: the answer of last resort
        self._emergency = {p: error_line(p, "internal error") for p in ("open", "closed")}

    def emergency_line(self) -> bytes:
        return self._emergency["closed" if self.fail_policy == "closed" else "open"]

    def set_due(self, seconds: float) -> None:
        """Set the deadline to `seconds` from now without starting the watchdog (a caller whose
        every blocking call already has a timeout, like the daemon client, saves the thread)."""
        self._due = time.monotonic() + max(0.0, seconds)

    @property
    def watching(self) -> bool:
        return self._watching

    @property
    def due(self) -> float:
        """The deadline on the `time.monotonic()` clock."""
        return self._due

    def arm(self, seconds: float) -> None:
        """(Re)set the deadline to `seconds` from now; starts the watchdog on first use."""
        self.set_due(seconds)
        if not self._watching:
            self._watching = True
            _thread.start_new_thread(self._watch, ())

    def remaining(self) -> float:
        return self._due - time.monotonic()

    def _watch(self) -> None:
        while self.answered is None:
            left = self._due - time.monotonic()
            if left <= 0:
                line = error_line(self.fail_policy, self.timeout_note)
                if self.answer(line):
                    if self._log is not None:
                        self._log(f"verdict=error policy={self.fail_policy} reason={self.timeout_note}", 4)
                    self._exit(EXIT_OK)
                return
            time.sleep(min(left, 0.02))

    def answer(self, line: bytes) -> bool:
        """Write `line` if nothing was written yet; True when this call wrote it."""
        if not self._lock.acquire(False):
            return False
        self.answered = line
        view = memoryview(line)
        try:
            while view:
                view = view[posix.write(self.out_fd, view) :]
        except OSError:
            pass  # the web server went away; nothing left to tell it
        return True


def answer_within(deadline: float) -> float:
    """When the watchdog fires: a little before the deadline, so the line arrives inside it."""
    return deadline - min(0.1, deadline * 0.05)


def syslog_send(socket_path: str, message: str, severity: int = 6) -> None:
    """One RFC 3164 datagram to the local syslog socket, ident `spamgear`, facility daemon.

    Uses `_socket` directly: the `logging` and `syslog`-free path costs nothing at start-up, and the
    socket path is configurable (tests point it at their own datagram socket). Failures are ignored:
    logging must never change the verdict.
    """
    if not socket_path:
        return
    import _socket

    pri = 3 * 8 + severity
    stamp = time.strftime("%b %d %H:%M:%S")
    data = f"<{pri}>{stamp} spamgear[{posix.getpid()}]: {_clean_text(message)}"[:2000]
    try:
        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_DGRAM)
        try:
            sock.settimeout(0.2)
            sock.connect(socket_path)
            sock.send(data.encode("utf-8", "replace"))
        finally:
            sock.close()
    except OSError:
        pass


def open_upload(path: str) -> int:
    """Open the temp file read-only without following a FIFO or a terminal; must be a regular file."""
    flags = posix.O_RDONLY | posix.O_NONBLOCK | posix.O_NOCTTY | posix.O_CLOEXEC
    fd = posix.open(path, flags)
    try:
        st = posix.fstat(fd)
        if (st.st_mode & 0o170000) != 0o100000:
            raise OSError("not a regular file")
        posix.set_blocking(fd, True)
    except BaseException:
        posix.close(fd)
        raise
    return fd


def sha256_fd(fd: int, limit: int = 64 * 1024 * 1024) -> str:
    """Hex SHA-256 of the file behind `fd` (first `limit` bytes), for the syslog record."""
    try:
        from _sha256 import sha256  # type: ignore[import-not-found]  # builtin, cheaper than hashlib
    except ImportError:  # pragma: no cover - other Python builds
        from hashlib import sha256
    digest = sha256()
    offset = 0
    while offset < limit:
        chunk = posix.pread(fd, min(1 << 20, limit - offset), offset)
        if not chunk:
            break
        digest.update(chunk)
        offset += len(chunk)
    hexdigest: str = digest.hexdigest()
    return hexdigest


def decide(verdict: "VerdictLike", fail_policy: str) -> tuple[bytes, str, int]:
    """Verdict -> (protocol line, syslog message, severity). Judge here, speak in the caller."""
    kind = str(verdict.kind)
    rules = [m.rule for m in verdict.matches]
    if kind == "malicious":
        return found_line(rules), "verdict=found rule={}".format(",".join(rules)), 4
    if kind == "clean":
        return ok_line(), "verdict=ok", 6
    why = verdict.reason or "scan error"
    return (
        error_line(fail_policy, why),
        f"verdict=error policy={fail_policy} reason={why}",
        3,
    )


def config_from_settings(settings: HookSettings | None, hook_path: str = "") -> "Config":
    """The full Config for the engine: from the snapshot, the defaults, or the YAML files."""
    from spamgear import config as config_mod

    if settings is not None and settings.config is not None:
        built: Config = config_mod._build(config_mod.Config, settings.config)
        return built
    if settings is not None:
        return config_mod.Config()
    from spamgear.hooksettings import config_file

    return config_mod.load_config(config_file(hook_path or sys.argv[0]))


def in_process_scan(path: str, responder: Responder, settings: HookSettings) -> None:
    """The cold path: the quick scan when install-hooks left a plan that still holds, else the engine."""
    plan = settings.quick
    if plan is not None and settings.config is not None:
        from spamgear import quickscan

        if quickscan.usable(plan):
            try:
                quick = quickscan.QuickScanner(plan)
            except Exception as err:  # unreadable or corrupt compiled file: let the engine judge
                syslog_send(
                    settings.syslog_socket, f"modsec quick scan unavailable ({err}), using the engine", 4
                )
            else:
                scan_and_answer(path, responder, settings, quick.scan_fd, "cold-quick")
                return
    cold_scan(path, responder, settings, config_from_settings(settings))


def cold_scan(path: str, responder: Responder, settings: HookSettings, cfg: "Config") -> None:
    """Scan in-process (precompiled rules + clamd when configured; never compiles), answer, and
    stop the engine's helpers (its regex worker) afterwards: a hook leaves no children behind."""
    import os

    from spamgear.uploadscan import UploadScanner

    # The engine may start a regex worker (`python3 -m spamgear...`, without -I): let it find
    # the package the way this -IS hook did.
    os.environ.setdefault("PYTHONPATH", ":".join(p for p in sys.path if p))
    try:
        scanner = UploadScanner.from_config(cfg)
    except Exception as err:  # missing/corrupt rules cache, bad clamd settings: the fail policy
        why = f"rules not loaded: {err}"
        if responder.answer(error_line(settings.fail_policy, why)):
            syslog_send(
                settings.syslog_socket,
                f"modsec verdict=error policy={settings.fail_policy} reason={why} file={path} via=cold",
                3,
            )
        return
    try:
        scan_and_answer(path, responder, settings, scanner.scan_fd, "cold")
    finally:
        scanner.close()


def scan_and_answer(
    path: str,
    responder: Responder,
    settings: HookSettings,
    scanner: "Scanner",
    via: str,
) -> None:
    """Open, scan, judge, answer, log. Any exception becomes the fail-policy line."""
    fd = -1
    digest = ""
    try:
        fd = open_upload(path)
        verdict = scanner(fd, path.rpartition("/")[2])
        line, message, severity = decide(verdict, settings.fail_policy)
        digest = verdict.sha256 or sha256_fd(fd)
    except MemoryError:
        line, message, severity = error_line(settings.fail_policy, "out of memory"), "verdict=error", 3
        message += f" policy={settings.fail_policy} reason=out of memory"
    except Exception as err:  # any internal failure -> the configured policy, never silence
        why = f"{type(err).__name__}: {err}"
        line = error_line(settings.fail_policy, why)
        message, severity = f"verdict=error policy={settings.fail_policy} reason={why}", 3
    finally:
        if fd >= 0:
            posix.close(fd)
    if responder.answer(line):
        syslog_send(
            settings.syslog_socket,
            "modsec {} sha256={} file={} via={}".format(message, digest or "-", path, via),
            severity,
        )


def run(
    argv: "Sequence[str]",
    *,
    scanner: "Scanner | None" = None,
    settings: HookSettings | None = None,
    out_fd: int = 1,
    exit_func: "Callable[[int], Any]" = posix._exit,
    hook_path: str = "",
) -> int:
    """The hook body with its parts injectable (tests pass a scanner, settings and an fd)."""
    started = time.monotonic()
    responder = Responder(out_fd=out_fd, exit_func=exit_func)
    try:
        # armed before anything that can be slow: default deadline and fail-open until config says else
        responder.arm(answer_within(settings.deadline if settings is not None else HookSettings().deadline))
        if settings is None:
            settings = resolve(hook_path or sys.argv[0])
        cfg = None
        if settings is None:  # config files changed since the snapshot: the slow, correct path
            cfg = config_from_settings(None, hook_path)
            settings = HookSettings(
                cfg.hook.deadline,
                cfg.hook.fail_policy,
                cfg.daemon.socket,
                cfg.hook.use_daemon,
                cfg.hook.syslog_socket,
            )
        responder.fail_policy = settings.fail_policy
        responder._log = lambda msg, sev: syslog_send(settings.syslog_socket, "modsec " + msg, sev)
        responder.arm(answer_within(settings.deadline) - (time.monotonic() - started))
        if len(argv) < 1 or not argv[0]:
            responder.answer(error_line(settings.fail_policy, "usage: runav <file>"))
            return EXIT_OK
        # ModSecurity joins "<hook> <tmpfile>" unquoted for sh -c: a name with blanks arrives split
        path = " ".join(argv)
        if scanner is None and cfg is not None:
            cold_scan(path, responder, settings, cfg)
        elif scanner is None:
            in_process_scan(path, responder, settings)
        else:
            scan_and_answer(path, responder, settings, scanner, "cold")
    except BaseException as err:  # MemoryError, KeyboardInterrupt, SystemExit in a scanner, ...
        try:
            policy = settings.fail_policy if settings is not None else HookSettings().fail_policy
            why = f"internal error: {type(err).__name__}: {err}".rstrip(": ")
            if responder.answer(error_line(policy, why)):
                syslog_send(
                    settings.syslog_socket if settings is not None else HookSettings().syslog_socket,
                    f"modsec verdict=error policy={policy} reason={why}",
                    3,
                )
        except BaseException:  # even formatting failed (memory): the line prepared in advance
            responder.answer(responder.emergency_line())
    return EXIT_OK


def main(argv: "Sequence[str] | None" = None) -> int:
    """Entry point of `runav` / `runav.sh`: `runav <tmpfile>` -> one line on stdout, exit 0."""
    return run(sys.argv[1:] if argv is None else argv)
