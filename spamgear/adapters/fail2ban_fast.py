"""The fast path of `spamgear-f2b-account ban`: decide and act without argparse, logging, PyYAML, the
config dataclasses, subprocess or the mail code. Target: <= 50 ms wall per ban on a 2-core box.

It answers only the plain case and returns None for everything else, so the full path
(`spamgear.adapters.fail2ban._run`) answers exactly as before:

- argv exactly as `action.d/spamgear-account.conf` builds it (`[--config=X] ban --key=value ...`,
  known keys, each once, integers where argparse wants them);
- a fresh config snapshot next to the hook (written by `spamgear install-hooks` or
  `spamgear fail2ban install --install-hook`, see `spamgear.hooksettings`) made for the same config
  file as `--config` (or `$SPAMGEAR_CONFIG`); a changed config layer makes it stale;
- a jail and user name the full path accepts (`spamgear.fastban.plain_*`), a user not in
  `accounts.protected`, backend `local` or `command` (usable), a readable state file.

The decision (evidence, already disabled, below thresholds), the backend call, the state record and the
log lines are the full path's (`accountban.ban`, `AccountManager.disable`); tests compare both paths.
One difference by design: the admin notice. The full path mails inline; here the notice is spooled
(`spamgear.noticespool`) after the state is recorded and a detached `spamgear-f2b-account notify`
(own session, stdio on /dev/null, so fail2ban neither waits for it nor kills it) sends it. A notice that
cannot be sent stays spooled for `spamgear accounts notify`.
"""

import posix
import sys
import time
from datetime import UTC

from spamgear import atomicfile, fastban, hooksettings, noticespool
from spamgear.adapters.hookio import syslog_send

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import datetime
    from typing import Any

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INVALID = 2

_INT_KEYS = {"failures": 0, "max-nets": 5, "max-unknowns": 5}
_STR_KEYS = {"jail": None, "fid": None, "ip": "", "matches": ""}
_RECORD_FIELDS = ("at", "reason", "backend", "source", "nis_master", "notified")
_RECORD_REQUIRED = frozenset(("at", "reason", "backend", "source"))
SOURCE_PREFIX = "fail2ban:"  # = accountban.SOURCE_PREFIX


class Fallback(Exception):
    """Not the plain case: let the full path answer (raised only before anything changed)."""


class BackendFailed(Exception):
    """= accounts.AccountError from a backend: the message is the full path's."""


class StateUnwritable(Exception):
    """= the full path's AccountError from writing the state file: exit 2 with one stderr line."""


def parse_argv(args: "list[str]") -> "dict[str, Any] | None":
    """The ban request, or None when argparse should see this argv."""
    i = 0
    config = ""
    if args and args[0].startswith("--config="):
        config = args[0][len("--config=") :]
        i = 1
    if i >= len(args) or args[i] != "ban":
        return None
    request: dict[str, Any] = {"config": config}
    for arg in args[i + 1 :]:
        key, eq, value = arg[2:].partition("=")
        if not arg.startswith("--") or not eq or key in request:
            return None
        if key in _INT_KEYS:
            try:
                request[key] = int(value)
            except ValueError:
                return None
        elif key in _STR_KEYS:
            request[key] = value
        else:
            return None
    if "jail" not in request or "fid" not in request:
        return None
    for key, default in _INT_KEYS.items():
        request.setdefault(key, default)
    request.setdefault("ip", "")
    request.setdefault("matches", "")
    return request


def _is_file(path: str) -> bool:
    try:
        return posix.stat(path).st_mode & 0o170000 == 0o100000
    except OSError:
        return False


def snapshot_config(config: str, argv0: str) -> "dict[str, Any] | None":
    """The merged config from a fresh snapshot made for the same config file, else None."""
    want = config or hooksettings.getenv(hooksettings.ENV_CONFIG)
    if want and not _is_file(want):
        return None  # the full path says "config file not found"
    data = hooksettings.read_snapshot_data(hooksettings.snapshot_path(argv0))
    if data is None or data.get("explicit", "") != want:
        return None
    cfg = data["config"]
    accounts, smtp = cfg.get("accounts"), cfg.get("smtp")
    return cfg if isinstance(accounts, dict) and isinstance(smtp, dict) else None


# ---- the state file (= spamgear.accounts.AccountState, same file, lock and JSON shape)


# `json` imports `re` (~7 ms here); its C half `_json` does not. Reading uses json's own C scanner with
# json.loads' rules; writing covers the state file's shape (strings, booleans, integers, null) and gives
# json.dumps(indent=2, sort_keys=True)'s exact text (tested). Anything else: the full path.

_WS = " \t\n\r"


class _Decoder:
    """The attributes `_json.make_scanner` reads: json.JSONDecoder()'s defaults."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}.__getitem__


def json_loads(text: str) -> "Any":
    """= json.loads(text) for valid JSON; ValueError otherwise."""
    import _json

    if text.startswith("\ufeff"):
        raise ValueError("unexpected UTF-8 BOM")
    scan = _json.make_scanner(_Decoder())  # type: ignore[arg-type]  # reads these attributes only
    start = len(text) - len(text.lstrip(_WS))
    try:
        value, end = scan(text, start)
    except StopIteration:
        raise ValueError("expecting value") from None
    if text[end:].strip(_WS):
        raise ValueError("extra data")
    return value


def json_dumps(value: "Any", indent: str = "") -> str:
    """= json.dumps(value, indent=2, sort_keys=True) for dicts, strings, booleans, integers, null."""
    import _json

    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    if isinstance(value, str):
        return str(_json.encode_basestring_ascii(value))
    if type(value) is dict:
        if not value:
            return "{}"
        inner = indent + "  "
        items = [
            f"{inner}{_json.encode_basestring_ascii(key)}: {json_dumps(value[key], inner)}"
            for key in sorted(value)
        ]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    raise TypeError(f"{type(value).__name__}: not in the state file's shape")


def _read_records(path: str) -> "dict[str, dict[str, Any]]":
    """The records with defaults filled in, as the full path's DisabledRecord would hold them."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        raise Fallback from None
    try:
        entries = json_loads(text)["disabled"]
        records = {}
        for user, fields in entries.items():
            if not isinstance(fields, dict) or not _RECORD_REQUIRED <= fields.keys() <= set(_RECORD_FIELDS):
                raise Fallback
            if not all(v is None or type(v) in (str, bool, int) for v in fields.values()):
                raise Fallback  # the full path would keep it; our writer only knows the usual shape
            records[user] = {"nis_master": "", "notified": False, **fields}
        return records
    except (ValueError, KeyError, TypeError, AttributeError):
        raise Fallback from None


def _lock(state_file: str, shared: bool) -> int:
    import fcntl

    atomicfile.makedirs(state_file.rpartition("/")[0])
    fd = posix.open(
        state_file + ".lock", posix.O_RDWR | posix.O_CREAT | posix.O_APPEND | posix.O_CLOEXEC, 0o666
    )
    fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
    return fd


def is_disabled(state_file: str, user: str) -> bool:
    if not _exists(state_file):
        return False
    fd = _lock(state_file, shared=True)
    try:
        return user in _read_records(state_file)
    finally:
        posix.close(fd)


def _exists(path: str) -> bool:
    try:
        posix.stat(path)
    except OSError:
        return False
    return True


def atomic_write(path: str, text: str, mode: int = 0o600) -> None:
    """= accounts.atomic_write (both are `spamgear.atomicfile`)."""
    atomicfile.makedirs(path.rpartition("/")[0])
    atomicfile.write(path, text.encode("utf-8"), mode)


def _write_records(path: str, records: "dict[str, dict[str, Any]]") -> None:
    entries = {user: {k: rec[k] for k in _RECORD_FIELDS} for user, rec in sorted(records.items())}
    text = json_dumps({"version": 1, "disabled": entries}) + "\n"
    try:
        atomic_write(path, text)
    except OSError as err:
        raise StateUnwritable(f"{path}: cannot write: {err.strerror}") from None


# ---- backends (= spamgear.accounts.LocalBackend / CommandBackend)


def run_argv(argv: "list[str]", timeout: float) -> "tuple[int, str, str]":
    """(exit status, stdout, stderr) of argv: no shell, stdin /dev/null, bounded time, like
    `accounts.run_argv`; posix_spawnp and poll instead of subprocess (~6 ms of imports here).
    As with subprocess.run, the output is read until EOF, then the child is reaped."""
    import select

    out_r, out_w = posix.pipe()
    err_r, err_w = posix.pipe()
    actions = [
        (posix.POSIX_SPAWN_OPEN, 0, "/dev/null", posix.O_RDONLY, 0),
        (posix.POSIX_SPAWN_DUP2, out_w, 1),
        (posix.POSIX_SPAWN_DUP2, err_w, 2),
    ]
    try:
        pid = posix.posix_spawnp(argv[0], argv, posix.environ, file_actions=actions)
    except FileNotFoundError:
        posix.close(out_r)
        posix.close(err_r)
        raise BackendFailed(f"{argv[0]}: not found") from None
    except OSError:
        posix.close(out_r)
        posix.close(err_r)
        raise Fallback from None  # subprocess would raise this through; let the full path do it
    finally:
        posix.close(out_w)
        posix.close(err_w)
    chunks: dict[int, list[bytes]] = {out_r: [], err_r: []}
    poller = select.poll()
    for fd in chunks:
        poller.register(fd, select.POLLIN)
    open_fds = set(chunks)
    deadline = time.monotonic() + timeout
    try:
        while open_fds:
            left = deadline - time.monotonic()
            if left <= 0:
                posix.kill(pid, 9)
                posix.waitpid(pid, 0)
                raise BackendFailed(f"{argv[0]}: no answer within {timeout:g}s")
            for fd, _event in poller.poll(max(1, int(left * 1000))):
                data = posix.read(fd, 65536)
                if data:
                    chunks[fd].append(data)
                else:
                    poller.unregister(fd)
                    open_fds.discard(fd)
        _, wstatus = posix.waitpid(pid, 0)
    finally:
        for fd in chunks:
            posix.close(fd)
    return (
        posix.waitstatus_to_exitcode(wstatus),
        b"".join(chunks[out_r]).decode("utf-8", "replace"),
        b"".join(chunks[err_r]).decode("utf-8", "replace"),
    )


def _check(result: "tuple[int, str, str]", what: str) -> None:
    """= accounts._check."""
    status, out, err = result
    if status != 0:
        detail = (err or out or "").strip().splitlines()
        tail = detail[-1][:200] if detail else ""
        raise BackendFailed(f"{what} exited {status}" + (f": {tail}" if tail else ""))


def check_backend(acc: "dict[str, Any]") -> None:
    """Fallback unless the full path would build this backend without complaint."""
    name = acc.get("backend")
    if name == "command":
        cmd = acc.get("disable_command")
        if not cmd or not any("{user}" in w for w in cmd):
            raise Fallback
    elif name != "local":
        raise Fallback  # nis (ssh anyway) and bad values: the full path


def backend_disable(acc: "dict[str, Any]", user: str) -> None:
    timeout = float(acc["command_timeout"])
    if acc["backend"] == "command":
        template = acc["disable_command"]
        _check(run_argv([w.replace("{user}", user) for w in template], timeout), template[0])
        return
    if acc["local_lock"]:
        _check(run_argv(["usermod", "-L", "--", user], timeout), "usermod -L")
    if acc["postfix_map"]:
        path = acc["postfix_map"]
        try:
            with open(path, encoding="utf-8") as fh:
                lines = fh.read().splitlines()
        except FileNotFoundError:
            lines = []
        except OSError as err:
            raise BackendFailed(f"{path}: cannot read: {err.strerror}") from None
        kept = [ln for ln in lines if ln.split(maxsplit=1)[:1] != [user]]
        kept.append(f"{user} REJECT account disabled by spamgear")
        atomic_write(path, "".join(ln + "\n" for ln in kept), mode=0o644)
        if acc["postmap_command"]:
            argv = [*acc["postmap_command"], path]
            _check(run_argv(argv, timeout), " ".join(acc["postmap_command"]))


# ---- log lines (= the full path's: syslog for everything, stderr for warnings)


def _syslog_socket() -> str:
    for address in ("/dev/log", "/var/run/syslog"):
        if _exists(address):
            return address
    return ""


def _log(message: str, warning: bool = False) -> None:
    syslog_send(_syslog_socket(), message, 4 if warning else 6)
    if warning:
        sys.stderr.write(f"spamgear: {message}\n")


def outcome_line(jail: str, user: str, result: str, ev: fastban.Evidence, reason: str = "") -> str:
    """= accountban.BanOutcome.line."""
    why = f" ({reason})" if reason else ""
    return (
        f"fail2ban {jail}: {fastban.display(user)}: {result}: {ev.count} logins, "
        f"{ev.nets} nets, {ev.unknowns} unknowns, {ev.ips} IPs{why}"
    )


def notice_text(ev: fastban.Evidence, reason: str, user: str, jail: str, lines: "list[str]") -> str:
    """= accountban.notice_text."""
    who = fastban.display(user)
    shown = "\n".join(fastban.display(ln, 300) for ln in lines[:20])
    more = f"\n... {len(lines) - 20} more lines" if len(lines) > 20 else ""
    return (
        f"{ev.report_line()}\n\n"
        f"Why: {reason}\n\n"
        f"Matched log lines:\n{shown}{more}\n\n"
        f"To re-enable: fail2ban-client set {jail} unbanip {who}\n"
        f"  or, after a fail2ban restart: spamgear accounts enable {who}"
    )


# ---- the ban


def run(args: "list[str]", argv0: str, now: "datetime | None" = None) -> "int | None":
    """Exit status of a plain ban, or None: the full path must answer (nothing was changed)."""
    request = parse_argv(args)
    if request is None:
        return None
    jail, user = request["jail"], request["fid"]
    if not fastban.plain_jail(jail) or not fastban.plain_user(user):
        return None  # the full path words the refusal
    cfg = snapshot_config(request["config"], argv0)
    if cfg is None:
        return None
    try:
        return _ban(cfg, request, jail, user, argv0, now)
    except Fallback:
        return None
    except StateUnwritable as err:
        sys.stderr.write(f"spamgear-f2b-account: ban: {err}\n")
        return EXIT_INVALID


def _ban(
    cfg: "dict[str, Any]", request: "dict[str, Any]", jail: str, user: str, argv0: str, now: "datetime | None"
) -> int:
    from datetime import datetime

    acc = cfg["accounts"]
    state_file = acc["state_file"]
    lines = fastban.split_matches(request["matches"])
    ev = fastban.user_evidence(user, lines, now or datetime.now().astimezone())
    max_nets, max_unknowns = request["max-nets"], request["max-unknowns"]
    failures = request["failures"]
    if is_disabled(state_file, user):
        _log(f"{outcome_line(jail, user, 'already disabled', ev)} (failures={failures})")
        return EXIT_OK
    if not fastban.should_disable(ev, max_nets, max_unknowns):
        why = f"needs > {max_nets} nets and > {max_unknowns} unknowns"
        _log(f"{outcome_line(jail, user, 'evidence below thresholds', ev, why)} (failures={failures})")
        return EXIT_OK
    if user in acc.get("protected", ()):
        raise Fallback
    check_backend(acc)
    name = acc["backend"]
    reason = f"fail2ban jail {jail}: {fastban.disable_reason(ev, max_nets, max_unknowns)}"
    fd = _lock(state_file, shared=False)
    try:
        records = _read_records(state_file)
        if user in records:
            _log(f"{outcome_line(jail, user, 'already disabled', ev)} (failures={failures})")
            return EXIT_OK
        try:
            backend_disable(acc, user)
            records[user] = {
                "at": datetime.now(UTC).isoformat(timespec="seconds"),
                "reason": reason,
                "backend": name,
                "source": SOURCE_PREFIX + jail,
                "nis_master": "",
                "notified": False,
            }
            _write_records(state_file, records)
        except BackendFailed as err:
            _log(f"disabling {fastban.display(user)} through {name} failed: {err}", warning=True)
            failed = outcome_line(jail, user, "failed", ev, str(err))
            _log(f"{failed} (failures={failures})")
            _log(failed, warning=True)
            return EXIT_FAILED
    finally:
        posix.close(fd)
    _log(f"disabled {fastban.display(user)} through {name}: {reason}")
    _log(f"{outcome_line(jail, user, 'disabled', ev, reason)} (failures={failures})")
    if cfg["smtp"].get("admin"):
        hand_off_notice(
            request["config"], state_file, jail, user, notice_text(ev, reason, user, jail, lines), argv0
        )
    return EXIT_OK


def hand_off_notice(config: str, state_file: str, jail: str, user: str, text: str, argv0: str) -> None:
    """Spool the notice, then start `argv0 notify` detached (new session, stdio on /dev/null)."""
    try:
        noticespool.write(state_file, user, f"fail2ban jail {jail}", text)
    except OSError as err:
        _log(f"notice for {user} not spooled ({err.strerror}); not sent", warning=True)
        return
    argv = [argv0, f"--config={config}", "notify", f"--jail={jail}", f"--fid={user}"]
    devnull = [(posix.POSIX_SPAWN_OPEN, fd, "/dev/null", posix.O_RDWR, 0) for fd in (0, 1, 2)]
    try:
        posix.posix_spawn(argv0, argv, posix.environ, file_actions=devnull, setsid=True)
    except OSError as err:
        _log(
            f"notice for {user} spooled, sender not started ({err.strerror}): spamgear accounts notify", True
        )
