"""What every upload hook shares, and nothing more: the ModSecurity protocol line, the one-answer
responder with its deadline watchdog, opening the temp file, and the syslog record.

Kept apart from `spamgear.adapters.modsec` so that `runav-client` loads only this on its fast path
(each module is ~0.2 ms of a ~12 ms start). Builtins only.
"""

import _thread
import posix  # not `os`: see spamgear.hooksettings (start-up cost)
import time

#: `typing` costs ~10 ms at start-up; mypy treats this name like typing.TYPE_CHECKING.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

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


def exit_now(code: int) -> None:
    """End a hook process without the interpreter's teardown (~2 ms on a ~12 ms start; with a
    loaded ruleset also the freeing of every YARA relocation, ~4 ms): the answer went out with a
    raw write, and Python-level streams are flushed here in case a fallback used them."""
    import sys

    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    posix._exit(code)


def usage(name: str, what: str) -> str:
    """`--help` text of an upload hook: what it does and the one-line protocol it speaks."""
    return (
        f"usage: {name} FILE\n\nModSecurity @inspectFile hook: {what}.\n"
        "Prints exactly one line: `1 spamgear: OK` (pass), `0 spamgear: FOUND <rules>` (reject), or on an\n"
        "internal failure the configured fail policy (hook.fail_policy: open -> `1 ...`,\n"
        "closed -> `0 ...`), always within hook.deadline seconds.\n"
        "Config: $SPAMGEAR_CONFIG or the snapshot written by `spamgear install-hooks`.\n"
    )


def answered_help(args: "Sequence[str]", name: str, what: str) -> bool:
    """`NAME -h|--help` prints the usage and returns True; ModSecurity always passes an absolute path."""
    if list(args) not in (["-h"], ["--help"]):
        return False
    import sys

    sys.stdout.write(usage(name, what))
    return True
