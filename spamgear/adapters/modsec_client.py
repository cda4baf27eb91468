"""`runav-client`: the `@inspectFile` hook that hands the upload's fd to `spamgear daemon`.

The daemon has the rules loaded, so the per-upload cost is the interpreter start plus one round trip,
whatever the size of the rule set; everything this module adds shows up in the hook's latency. So
the path that gets an answer from the daemon imports nothing but builtins (`posix`, `marshal`,
`time`) and `_socket` (not `socket`: ~11 ms), and none of `spamgear.adapters.hookio`,
`spamgear.hooksettings` or `spamgear.scanproto`: each module costs ~0.2 ms of import machinery
against a ~12 ms interpreter start. The few lines it needs from them are repeated here in their
smallest form, and `tests/test_modsec_client.py` keeps them equal to the originals (protocol line,
request label, snapshot freshness).

Everything off that path (snapshot missing or stale, daemon down, a protocol error, an exception)
goes through the shared code: the fail-policy line, syslog, and (`spamgear.adapters.clientfallback`)
the full settings resolver and the in-process scan under the deadline watchdog when the daemon is
down. The output discipline is the cold hook's: exactly one
line, within `hook.deadline`. As a process entry point it ends with `os._exit` once the line is out:
the interpreter's teardown costs ~2 ms and there is nothing left to flush.
"""

import marshal
import posix  # not `os`: see spamgear.hooksettings (start-up cost)
import sys
import time

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from spamgear.adapters.hookio import Responder
    from spamgear.hooksettings import HookSettings

# ---- copies of the shared primitives (kept equal by tests/test_modsec_client.py) --------------

#: spamgear.adapters.hookio.MAX_LINE
MAX_LINE = 250
#: spamgear.scanproto.MAX_NAME
MAX_NAME = 200
#: spamgear.hooksettings.SNAPSHOT_NAME / SNAPSHOT_VERSION
SNAPSHOT_NAME = ".spamgear-config.snapshot"
SNAPSHOT_VERSION = 1


def error_line(fail_policy: str, why: str) -> bytes:
    """spamgear.adapters.hookio.error_line: the fail-policy answer, one printable line."""
    first, what = ("0", "closed") if fail_policy == "closed" else ("1", "open")
    text = "".join(ch if ch >= " " and ch != "\x7f" else " " for ch in f"error (fail-{what}): {why}")
    return (first + " spamgear: " + text).encode("utf-8", "replace")[: MAX_LINE - 1] + b"\n"


def fd_request(name: str) -> bytes:
    """spamgear.scanproto.fd_request: `FD <label>\\n`, the label without control characters."""
    label = "".join(ch if " " <= ch != "\x7f" else "?" for ch in name)[:MAX_NAME] or "-"
    return ("FD " + label + "\n").encode("utf-8", "replace")


def valid_reply(line: bytes) -> bool:
    """spamgear.scanproto.valid_reply: `0 ...` or `1 ...`, one line, at least two bytes."""
    return len(line) >= 3 and line[:2] in (b"0 ", b"1 ") and line.endswith(b"\n") and line.count(b"\n") == 1


def open_upload(path: str) -> int:
    """spamgear.adapters.hookio.open_upload: read-only, no FIFO or terminal, regular files only."""
    fd = posix.open(path, posix.O_RDONLY | posix.O_NONBLOCK | posix.O_NOCTTY | posix.O_CLOEXEC)
    try:
        if (posix.fstat(fd).st_mode & 0o170000) != 0o100000:
            raise OSError("not a regular file")
        posix.set_blocking(fd, True)
    except BaseException:
        posix.close(fd)
        raise
    return fd


class FastSettings:
    """What the daemon path needs, read straight from a fresh snapshot (duck-types HookSettings)."""

    __slots__ = ("config", "deadline", "fail_policy", "quick", "socket", "syslog_socket", "use_daemon")

    def __init__(self, hook: "dict[str, Any]", daemon: "dict[str, Any]", config: "dict[str, Any]") -> None:
        deadline = hook.get("deadline", 2.0)
        self.deadline = float(deadline) if isinstance(deadline, (int, float)) and deadline > 0 else 2.0
        self.fail_policy = "closed" if hook.get("fail_policy") == "closed" else "open"
        env_socket = posix.environ.get(b"SPAMGEAR_SOCKET")
        self.socket = (
            env_socket.decode("utf-8", "surrogateescape") if env_socket else str(daemon.get("socket", ""))
        )
        self.syslog_socket = str(hook.get("syslog_socket", "/dev/log"))
        self.use_daemon = bool(hook.get("use_daemon", True))
        self.config = config
        self.quick: dict[str, Any] | None = None


def fast_settings(hook_argv0: str) -> "FastSettings | None":
    """spamgear.hooksettings.resolve for its common case, a fresh snapshot next to the hook;
    None sends the caller to the real resolver (no snapshot, stale, defaults, $SPAMGEAR_CONFIG)."""
    if not hook_argv0.startswith("/"):
        return None
    try:
        fd = posix.open(hook_argv0.rpartition("/")[0] + "/" + SNAPSHOT_NAME, posix.O_RDONLY | posix.O_CLOEXEC)
        try:
            data = marshal.loads(posix.read(fd, 4 * 1024 * 1024))  # noqa: S302 - root-written, next to the hook
        finally:
            posix.close(fd)
        if not isinstance(data, dict) or data.get("version") != SNAPSHOT_VERSION:
            return None
        env_config = posix.environ.get(b"SPAMGEAR_CONFIG")
        if env_config and env_config.decode("utf-8", "surrogateescape") != data.get("explicit", ""):
            return None
        for path, mtime in data.get("stamps", ()):
            try:
                now = posix.stat(path).st_mtime_ns
            except OSError:
                now = -1
            if now != mtime:
                return None
        config = data["config"]
        settings = FastSettings(config.get("hook", {}), config.get("daemon", {}), config)
        quick = data.get("quickscan")
        settings.quick = quick if isinstance(quick, dict) else None
        return settings
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
        return None


# ---- the daemon round trip --------------------------------------------------------------------


class DaemonUnavailable(OSError):
    """Nobody listens on the socket: the cold path may still answer in time."""


def _left(due: float) -> float:
    left = due - time.monotonic()
    if left <= 0:
        raise TimeoutError("daemon did not answer within the deadline")
    return left


def ask_daemon(socket_path: str, fd: int, name: str, due: float) -> bytes:
    """Send `FD <name>` with the descriptor attached; return the daemon's one reply line.
    Every blocking call is bounded by what is left until `due` (time.monotonic())."""
    import _socket

    sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        sock.settimeout(_left(due))
        try:
            sock.connect(socket_path)
        except (FileNotFoundError, ConnectionRefusedError) as err:
            raise DaemonUnavailable(err.errno, f"daemon not running: {err.strerror}") from err
        rights = [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, fd.to_bytes(4, sys.byteorder, signed=True))]
        sock.settimeout(_left(due))
        sock.sendmsg([fd_request(name)], rights)
        reply = b""
        while not reply.endswith(b"\n") and len(reply) < 512:
            sock.settimeout(_left(due))
            chunk = sock.recv(512)
            if not chunk:
                break
            reply += chunk
        return reply
    finally:
        sock.close()


class _Answer:
    """Exactly one line to `out_fd`; once the in-process fallback runs, its Responder (with the
    deadline watchdog) is the one that writes."""

    __slots__ = ("done", "out_fd", "responder")

    def __init__(self, out_fd: int) -> None:
        self.out_fd = out_fd
        self.done = False
        self.responder: Responder | None = None

    def __call__(self, line: bytes) -> bool:
        if self.responder is not None:
            return self.responder.answer(line)
        if self.done:
            return False
        self.done = True
        view = memoryview(line)
        try:
            while view:
                view = view[posix.write(self.out_fd, view) :]
        except OSError:
            pass  # the web server went away; nothing left to tell it
        return True


def _log(socket_path: str, message: str, severity: int) -> None:
    from spamgear.adapters.hookio import syslog_send

    syslog_send(socket_path, "modsec " + message, severity)


def _slow_settings(hook_path: str, answer: _Answer) -> "HookSettings":
    from spamgear.adapters.clientfallback import full_settings

    return full_settings(hook_path, answer)


def _deadline_left(deadline: float, started: float) -> float:
    """Seconds until the answer is due (spamgear.adapters.hookio.answer_within, from `started`)."""
    return deadline - min(0.1, deadline * 0.05) - (time.monotonic() - started)


def run(
    argv: "Sequence[str]",
    *,
    settings: "HookSettings | FastSettings | None" = None,
    out_fd: int = 1,
    hook_path: str = "",
) -> int:
    started = time.monotonic()
    answer = _Answer(out_fd)
    policy = "open"
    log_socket = "/dev/log"
    try:
        if settings is None:
            settings = fast_settings(hook_path or sys.argv[0]) or _slow_settings(
                hook_path or sys.argv[0], answer
            )
        policy = settings.fail_policy
        log_socket = settings.syslog_socket
        due = time.monotonic() + _deadline_left(settings.deadline, started)
        if answer.responder is not None:  # the YAML loader ran under the watchdog: keep it, re-armed
            answer.responder.fail_policy = policy
            answer.responder.arm(due - time.monotonic())
        path = " ".join(argv)
        if not path:
            answer(error_line(policy, "usage: runav-client <file>"))
            return 0
        try:
            fd = open_upload(path)
        except OSError as err:
            why = "cannot open upload: %s" % (err.strerror or err)
            if answer(error_line(policy, why)):
                _log(log_socket, f"verdict=error policy={policy} reason={why} file={path}", 3)
            return 0
        try:
            try:
                reply = ask_daemon(settings.socket, fd, path, due)
            except DaemonUnavailable as err:
                reply, down = b"", str(err.strerror)
            else:
                down = ""
        finally:
            posix.close(fd)
        if valid_reply(reply):
            answer(reply)
            return 0
        if down:
            from spamgear.adapters.clientfallback import scan_in_process

            scan_in_process(path, answer, settings, due, down)
            return 0
        why = "daemon gave no answer" if not reply else "daemon protocol error"
        if answer(error_line(policy, why)):
            _log(log_socket, f"verdict=error policy={policy} reason={why} file={path}", 3)
    except BaseException as err:
        if isinstance(err, TimeoutError):  # socket timeouts included
            why = "daemon did not answer within the deadline"
        else:
            why = f"{type(err).__name__}: {err}"
        if answer(error_line(policy, why)):
            _log(log_socket, f"verdict=error policy={policy} reason={why}", 3)
    return 0


USAGE_WHAT = "pass one uploaded file to `spamgear daemon` over its unix socket; scan in-process when down"


def exit_now(code: int) -> None:
    """spamgear.adapters.hookio.exit_now: end the hook process without the interpreter's teardown
    (~2 ms): the answer went out with a raw write; Python-level streams are flushed in case a
    fallback used them."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    posix._exit(code)


def main(argv: "Sequence[str] | None" = None) -> int:
    """Entry point of `runav-client <tmpfile>`."""
    args = sys.argv[1:] if argv is None else argv
    if list(args) in (["-h"], ["--help"]):
        from spamgear.adapters.hookio import answered_help

        answered_help(args, "runav-client", USAGE_WHAT)
        return 0
    code = run(args)
    if argv is None:
        exit_now(code)
    return code
