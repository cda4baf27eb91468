"""`runav-client`: the `@inspectFile` hook that hands the upload's fd to `spamgear daemon`.

Builtins and stdlib only, no `import socket` (~11 ms): `_socket` with `sendmsg` + SCM_RIGHTS. The
daemon has the rules loaded, so the per-upload cost is the interpreter start plus one round trip,
whatever the size of the rule set. The same deadline watchdog and output discipline as the cold
hook apply. If the daemon is down (no socket, connection refused) the client scans in-process (the
cold path, when the package and rules are there) or answers with the fail policy, within the deadline.
"""

import posix  # not `os`: see spamgear.hooksettings (start-up cost)
import sys
import time

from spamgear.adapters.hookio import (
    EXIT_OK,
    Responder,
    answer_within,
    answered_help,
    error_line,
    open_upload,
    syslog_send,
)
from spamgear.hooksettings import HookSettings, resolve
from spamgear.scanproto import fd_request, valid_reply

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence


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


def run(
    argv: "Sequence[str]",
    *,
    settings: HookSettings | None = None,
    out_fd: int = 1,
    hook_path: str = "",
) -> int:
    started = time.monotonic()
    responder = Responder(out_fd=out_fd)
    try:
        if settings is None:
            settings = resolve(hook_path or sys.argv[0])
        if settings is None:  # config changed since the snapshot: full loader (slow, correct)
            responder.arm(answer_within(HookSettings().deadline))
            from spamgear.config import load_config
            from spamgear.hooksettings import config_file

            cfg = load_config(config_file(hook_path or sys.argv[0]))
            settings = HookSettings(
                cfg.hook.deadline,
                cfg.hook.fail_policy,
                cfg.daemon.socket,
                cfg.hook.use_daemon,
                cfg.hook.syslog_socket,
            )
        responder.fail_policy = settings.fail_policy
        log_socket = settings.syslog_socket
        responder._log = lambda msg, sev: syslog_send(log_socket, "modsec " + msg, sev)
        budget = answer_within(settings.deadline) - (time.monotonic() - started)
        # The fast path needs no watchdog thread: every socket call below is bounded by the
        # deadline. The watchdog starts only for the in-process fallback (or already runs, above).
        if responder.watching:
            responder.arm(budget)
        else:
            responder.set_due(budget)
        path = " ".join(argv)
        if not path:
            responder.answer(error_line(settings.fail_policy, "usage: runav-client <file>"))
            return EXIT_OK
        try:
            fd = open_upload(path)
        except OSError as err:
            why = "cannot open upload: %s" % (err.strerror or err)
            responder.answer(error_line(settings.fail_policy, why))
            syslog_send(
                log_socket,
                f"modsec verdict=error policy={settings.fail_policy} reason={why} file={path}",
                3,
            )
            return EXIT_OK
        try:
            try:
                reply = ask_daemon(settings.socket, fd, path, responder.due)
            except DaemonUnavailable as err:
                reply = b""
                down = str(err.strerror)
            else:
                down = ""
        finally:
            posix.close(fd)
        if valid_reply(reply):
            responder.answer(reply)
            return EXIT_OK
        if down:
            # daemon down: scan in-process while the deadline allows, under the watchdog
            from spamgear.adapters.modsec import in_process_scan

            responder.arm(responder.remaining())
            syslog_send(log_socket, f"modsec daemon unavailable ({down}), scanning in-process", 4)
            in_process_scan(path, responder, settings)
            return EXIT_OK
        why = "daemon gave no answer" if not reply else "daemon protocol error"
        if responder.answer(error_line(settings.fail_policy, why)):
            syslog_send(
                log_socket,
                f"modsec verdict=error policy={settings.fail_policy} reason={why} file={path}",
                3,
            )
    except BaseException as err:
        policy = settings.fail_policy if settings is not None else HookSettings().fail_policy
        if isinstance(err, TimeoutError):  # socket timeouts included
            why = "daemon did not answer within the deadline"
        else:
            why = f"{type(err).__name__}: {err}"
        if responder.answer(error_line(policy, why)):
            syslog_send(
                settings.syslog_socket if settings is not None else HookSettings().syslog_socket,
                f"modsec verdict=error policy={policy} reason={why}",
                3,
            )
    return EXIT_OK


USAGE_WHAT = "pass one uploaded file to `spamgear daemon` over its unix socket; scan in-process when down"


def main(argv: "Sequence[str] | None" = None) -> int:
    """Entry point of `runav-client <tmpfile>`."""
    args = sys.argv[1:] if argv is None else argv
    if answered_help(args, "runav-client", USAGE_WHAT):
        return 0
    return run(args)
