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

import posix  # not `os`: see spamgear.hooksettings (start-up cost)
import sys
import time

from spamgear.adapters.hookio import (
    EXIT_OK,
    MAX_LINE,
    PASS,
    PREFIX,
    REJECT,
    Responder,
    answer_within,
    answered_help,
    error_line,
    exit_now,
    found_line,
    ok_line,
    open_upload,
    protocol_line,
    sha256_fd,
    syslog_send,
)
from spamgear.hooksettings import HookSettings, resolve

__all__ = [
    "EXIT_OK",
    "MAX_LINE",
    "PASS",
    "PREFIX",
    "REJECT",
    "Responder",
    "answer_within",
    "decide",
    "error_line",
    "found_line",
    "main",
    "ok_line",
    "open_upload",
    "protocol_line",
    "run",
    "sha256_fd",
    "syslog_send",
]

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
    """The cold path: the quick scan when the last `signatures build` (its pointer) or install-hooks
    (the snapshot's plan) left a plan that still holds, else the engine."""
    if settings.config is not None:
        from spamgear import quickscan

        plan = quickscan.plan_from_config(settings.config)
        if plan is None and settings.quick is not None and quickscan.usable(settings.quick):
            plan = settings.quick
        if plan is not None:
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


USAGE_WHAT = "scan one uploaded file in-process with the compiled rules\n(and clamd when configured)"


def main(argv: "Sequence[str] | None" = None) -> int:
    """Entry point of `runav` / `runav.sh`: `runav <tmpfile>` -> one line on stdout, exit 0."""
    args = sys.argv[1:] if argv is None else argv
    if answered_help(args, "runav", USAGE_WHAT):
        return 0
    code = run(args)
    if argv is None:  # the hook process: the line is out, skip the teardown
        exit_now(code)
    return code
