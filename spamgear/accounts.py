"""Disabling abusive accounts: backends (local, nis, command) and the state record of what spamgear did.

User names come from log lines, i.e. from attackers. They are validated (`validate_username`), passed as
single argv elements, never through a local shell, and never allowed to start with `-`. The state file
records every account spamgear disabled (when, why, by which backend), so a second disable is a no-op
(no second command, no second mail) and `enable` only touches accounts spamgear itself disabled.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import re
import shlex
import subprocess
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from spamgear import atomicfile
from spamgear.config import AccountsConfig
from spamgear.errors import AccountError, ConfigError

log = logging.getLogger(__name__)

MAX_USERNAME = 128
#: Conservative: letters, digits and `. _ @ + -` (mail logins are often addresses), never a leading `-`
#: (an option to usermod/ssh) or `.`, no whitespace, quotes, slashes or control characters.
USERNAME_RE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._@+-]*")
BACKENDS = ("local", "nis", "command")

#: Runs an argv with a timeout; tests and callers may inject another runner.
Runner = Callable[[Sequence[str], float], "subprocess.CompletedProcess[str]"]


def display(user: str, limit: int = 80) -> str:
    """A one-line, printable form of an untrusted name for messages."""
    shown = user.encode("unicode_escape").decode("ascii")
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


def validate_username(user: str) -> str:
    """Return `user` if it is safe to pass to account tools; AccountError says why not."""
    if not user:
        raise AccountError("empty user name")
    if len(user) > MAX_USERNAME:
        raise AccountError(f"user name longer than {MAX_USERNAME} characters")
    if user.startswith("-"):
        raise AccountError("user name starts with '-'")
    if not USERNAME_RE.fullmatch(user):
        raise AccountError("user name has characters outside [A-Za-z0-9._@+-]")
    return user


def run_argv(argv: Sequence[str], timeout: float) -> subprocess.CompletedProcess[str]:
    """The default runner: argv only, no shell, bounded time, output captured."""
    try:
        return subprocess.run(
            list(argv), capture_output=True, text=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL
        )
    except FileNotFoundError as err:
        raise AccountError(f"{argv[0]}: not found") from err
    except subprocess.TimeoutExpired as err:
        raise AccountError(f"{argv[0]}: no answer within {timeout:g}s") from err


def _check(result: subprocess.CompletedProcess[str], what: str) -> None:
    if result.returncode != 0:
        detail = (result.stderr or result.stdout or "").strip().splitlines()
        tail = detail[-1][:200] if detail else ""
        raise AccountError(f"{what} exited {result.returncode}" + (f": {tail}" if tail else ""))


class Backend(Protocol):
    """Something that can lock and unlock a mail account."""

    name: str

    def disable(self, user: str) -> None: ...

    def enable(self, user: str) -> None: ...


class LocalBackend:
    """`usermod -L` / `usermod -U` on this host, plus an optional Postfix `check_sasl_access` map."""

    name = "local"

    def __init__(self, cfg: AccountsConfig, runner: Runner = run_argv) -> None:
        self.cfg = cfg
        self.runner = runner

    def disable(self, user: str) -> None:
        if self.cfg.local_lock:
            _check(self.runner(["usermod", "-L", "--", user], self.cfg.command_timeout), "usermod -L")
        if self.cfg.postfix_map:
            self._edit_map(user, add=True)

    def enable(self, user: str) -> None:
        if self.cfg.local_lock:
            _check(self.runner(["usermod", "-U", "--", user], self.cfg.command_timeout), "usermod -U")
        if self.cfg.postfix_map:
            self._edit_map(user, add=False)

    def _edit_map(self, user: str, add: bool) -> None:
        path = Path(self.cfg.postfix_map)
        try:
            lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        except OSError as err:
            raise AccountError(f"{path}: cannot read: {err.strerror}") from err
        kept = [ln for ln in lines if ln.split(maxsplit=1)[:1] != [user]]
        if add:
            kept.append(f"{user} REJECT account disabled by spamgear")
        atomic_write(path, "".join(ln + "\n" for ln in kept), mode=0o644)
        if self.cfg.postmap_command:
            argv = [*self.cfg.postmap_command, str(path)]
            _check(self.runner(argv, self.cfg.command_timeout), " ".join(self.cfg.postmap_command))


#: Runs on the NIS master under `sh -c` with $1 user, $2 shadow file, $3 lock|unlock, $4 the yp dir: the
#: script is a constant, data only ever arrives as positional parameters. Locking prefixes the hash with `!`
#: once (spam-gear stacked another `*` on every run); unlocking removes that one `!`.
NIS_SCRIPT = (
    'set -eu; u="$1"; f="$2"; t="$f.spamgear.$$"; '
    'awk -F: -v OFS=: -v u="$u" -v op="$3" '
    '\'$1 == u { if (op == "lock" && substr($2, 1, 1) != "!") $2 = "!" $2; '
    'else if (op == "unlock" && substr($2, 1, 1) == "!") $2 = substr($2, 2); found = 1 } { print } '
    'END { exit found ? 0 : 3 }\' "$f" > "$t" && cat "$t" > "$f"; rc=$?; rm -f "$t"; '
    '[ "$rc" = 0 ] && make -s -C "$4" >/dev/null'
)


class NisBackend:
    """Lock the user's hash in the NIS master's shadow source and rebuild the maps, over ssh.

    ssh joins its remote words into one string for the remote shell, so each word is `shlex.quote`d; the
    remote command is the fixed `sh -c NIS_SCRIPT` and the (validated) user is a separate argument.
    """

    name = "nis"

    def __init__(self, cfg: AccountsConfig, master: str | None = None, runner: Runner = run_argv) -> None:
        self.cfg = cfg
        self.master = master or cfg.nis_master
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.:-]{0,252}", self.master):
            raise ConfigError(f"accounts.nis_master: {display(self.master)!r} is not a host name")
        self.runner = runner

    def argv(self, user: str, op: str) -> list[str]:
        remote = ["sh", "-c", NIS_SCRIPT, "spamgear-nis", user, self.cfg.nis_shadow, op, self.cfg.nis_yp_dir]
        target = f"{self.cfg.nis_user}@{self.master}" if self.cfg.nis_user else self.master
        return [*self.cfg.ssh_command, "--", target, " ".join(shlex.quote(w) for w in remote)]

    def disable(self, user: str) -> None:
        _check(self.runner(self.argv(user, "lock"), self.cfg.command_timeout), f"ssh {self.master}")

    def enable(self, user: str) -> None:
        _check(self.runner(self.argv(user, "unlock"), self.cfg.command_timeout), f"ssh {self.master}")


class CommandBackend:
    """The admin's argv templates `accounts.disable_command` / `enable_command`; `{user}` is replaced in
    each element (plain text replacement, so braces in data mean nothing)."""

    name = "command"

    def __init__(self, cfg: AccountsConfig, runner: Runner = run_argv) -> None:
        if not cfg.disable_command or not any("{user}" in w for w in cfg.disable_command):
            raise ConfigError("accounts.disable_command: needs an argv list with a {user} element")
        self.cfg = cfg
        self.runner = runner

    def _argv(self, template: Sequence[str], user: str) -> list[str]:
        return [w.replace("{user}", user) for w in template]

    def disable(self, user: str) -> None:
        argv = self._argv(self.cfg.disable_command, user)
        _check(self.runner(argv, self.cfg.command_timeout), self.cfg.disable_command[0])

    def enable(self, user: str) -> None:
        if not self.cfg.enable_command:
            raise AccountError("accounts.enable_command is not set")
        argv = self._argv(self.cfg.enable_command, user)
        _check(self.runner(argv, self.cfg.command_timeout), self.cfg.enable_command[0])


def make_backend(
    cfg: AccountsConfig, name: str | None = None, nis_master: str | None = None, runner: Runner = run_argv
) -> Backend:
    """The backend `name` (default `accounts.backend`)."""
    name = name or cfg.backend
    if name == "local":
        return LocalBackend(cfg, runner)
    if name == "nis":
        return NisBackend(cfg, nis_master, runner)
    if name == "command":
        return CommandBackend(cfg, runner)
    raise ConfigError(f"accounts.backend: {name!r} is not one of {', '.join(BACKENDS)}")


@dataclass(frozen=True)
class DisabledRecord:
    """One account spamgear disabled."""

    user: str
    at: str
    reason: str
    backend: str
    source: str
    nis_master: str = ""
    notified: bool = False


class Action(StrEnum):
    DISABLED = "disabled"
    WOULD_DISABLE = "would disable"
    ALREADY = "already disabled"
    REFUSED = "refused"
    FAILED = "failed"
    ENABLED = "enabled"
    WOULD_ENABLE = "would enable"


@dataclass(frozen=True)
class Outcome:
    """What one disable/enable call did, and the one line to print for it (None: nothing happened)."""

    user: str
    action: Action
    backend: str
    reason: str = ""

    def line(self) -> str | None:
        who = display(self.user)
        if self.action is Action.REFUSED:
            return f"refused to disable {who}: {self.reason}"
        if self.action is Action.FAILED:
            return f"failed to disable {who} ({self.backend}): {self.reason}"
        if self.action is Action.ALREADY:
            return None
        return f"{self.action.value} {who} ({self.backend})"


def atomic_write(path: Path, text: str, mode: int = 0o600) -> None:
    """Write via a temp file in the same directory and rename, so readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomicfile.write(str(path), text.encode("utf-8"), mode)


class AccountState:
    """The JSON record of disabled accounts, read and written under an exclusive file lock."""

    VERSION = 1

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    @contextlib.contextmanager
    def locked(self) -> Iterator[dict[str, DisabledRecord]]:
        """Hold the lock, yield the records; changes to the dict are saved atomically on clean exit."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_path = self.path.with_name(self.path.name + ".lock")
        with open(lock_path, "a+") as lock:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
            try:
                records = self._read()
                before = dict(records)
                yield records
                if records != before:
                    self._write(records)
            finally:
                fcntl.flock(lock.fileno(), fcntl.LOCK_UN)

    def records(self) -> dict[str, DisabledRecord]:
        """A snapshot (shared lock) for listing."""
        if not self.path.exists():
            return {}
        lock_path = self.path.with_name(self.path.name + ".lock")
        with open(lock_path, "a+") as lock:
            fcntl.flock(lock.fileno(), fcntl.LOCK_SH)
            try:
                return self._read()
            finally:
                fcntl.flock(lock.fileno(), fcntl.LOCK_UN)

    def _read(self) -> dict[str, DisabledRecord]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as err:
            raise AccountError(f"{self.path}: cannot read: {err.strerror}") from err
        try:
            data: Any = json.loads(text)
            entries = data["disabled"]
            return {user: DisabledRecord(user=user, **fields) for user, fields in entries.items()}
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise AccountError(f"{self.path}: not a spamgear accounts state file ({err})") from err

    def _write(self, records: dict[str, DisabledRecord]) -> None:
        entries = {}
        for user, rec in sorted(records.items()):
            fields = asdict(rec)
            del fields["user"]
            entries[user] = fields
        text = json.dumps({"version": self.VERSION, "disabled": entries}, indent=2, sort_keys=True) + "\n"
        try:
            atomic_write(self.path, text)
        except OSError as err:
            raise AccountError(f"{self.path}: cannot write: {err.strerror}") from err


class AccountManager:
    """Idempotent disable/enable through a backend, recorded in the state file."""

    def __init__(
        self,
        cfg: AccountsConfig,
        backend: Backend | None = None,
        *,
        dry_run: bool = False,
        nis_master: str | None = None,
        runner: Runner = run_argv,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.cfg = cfg
        self.runner = runner
        self.nis_master = nis_master
        self._backend = backend
        self.dry_run = dry_run
        self.state = AccountState(cfg.state_file)
        self.clock = clock

    @property
    def backend(self) -> Backend:
        """Built on first use, so listing and enabling never need the disable backend's settings."""
        if self._backend is None:
            self._backend = make_backend(self.cfg, None, self.nis_master, self.runner)
        return self._backend

    def refusal(self, user: str) -> str | None:
        """Why `user` must not be disabled, or None."""
        try:
            validate_username(user)
        except AccountError as err:
            return str(err)
        if user in self.cfg.protected:
            return "protected account (accounts.protected)"
        return None

    def disable(self, user: str, reason: str, source: str = "spamgear") -> Outcome:
        """Disable once: an account already in the state file is left alone (Action.ALREADY)."""
        refused = self.refusal(user)
        name = self.backend.name
        if refused:
            return Outcome(user, Action.REFUSED, name, refused)
        if self.dry_run:
            if user in self.state.records():
                return Outcome(user, Action.ALREADY, name)
            return Outcome(user, Action.WOULD_DISABLE, name)
        with self.state.locked() as records:
            if user in records:
                return Outcome(user, Action.ALREADY, records[user].backend)
            try:
                self.backend.disable(user)
            except AccountError as err:
                log.warning("disabling %s through %s failed: %s", display(user), name, err)
                return Outcome(user, Action.FAILED, name, str(err))
            master = getattr(self.backend, "master", "") if name == "nis" else ""
            records[user] = DisabledRecord(
                user=user,
                at=self.clock().isoformat(timespec="seconds"),
                reason=reason,
                backend=name,
                source=source,
                nis_master=str(master),
            )
        log.info("disabled %s through %s: %s", display(user), name, reason)
        return Outcome(user, Action.DISABLED, name, reason)

    def is_disabled(self, user: str) -> bool:
        return user in self.state.records()

    def needs_notice(self, user: str) -> bool:
        rec = self.state.records().get(user)
        return rec is not None and not rec.notified

    def mark_notified(self, user: str) -> None:
        if self.dry_run:
            return
        with self.state.locked() as records:
            rec = records.get(user)
            if rec is not None and not rec.notified:
                fields = asdict(rec)
                fields["notified"] = True
                records[user] = DisabledRecord(**fields)

    def enable(self, user: str) -> Outcome:
        """Re-enable an account spamgear disabled, through the backend that disabled it."""
        validate_username(user)
        with self.state.locked() as records:
            rec = records.get(user)
            if rec is None:
                raise AccountError(
                    f"{display(user)} was not disabled by spamgear (see `spamgear accounts list`)"
                )
            backend = make_backend(self.cfg, rec.backend, rec.nis_master or self.nis_master, self.runner)
            if self.dry_run:
                return Outcome(user, Action.WOULD_ENABLE, backend.name)
            backend.enable(user)
            del records[user]
        log.info("enabled %s through %s", display(user), backend.name)
        return Outcome(user, Action.ENABLED, backend.name)

    def list(self) -> list[DisabledRecord]:
        return sorted(self.state.records().values(), key=lambda r: (r.at, r.user))
