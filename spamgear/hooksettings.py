"""Hook settings without the cost of `spamgear.config` (dataclasses, typing) or PyYAML.

A ModSecurity hook starts once per uploaded file, so every import counts: `import dataclasses` alone is
~25 ms under `python3 -I -S` on a busy box, `import yaml` ~40 ms, against a ~10 ms interpreter floor.
This module imports only what the interpreter has already loaded (`posix`, `marshal`) and resolves
the few settings a hook needs in this order:

1. a *config snapshot* (`marshal` of the merged config plus the stat of every config layer it came
   from), written by `spamgear install-hooks` next to the installed hooks; used while no layer changed;
2. the built-in defaults below, when no config file exists at all (a test keeps them equal to
   `spamgear.config`);
3. otherwise `None`: the caller loads the real config (slow but always correct).

`$SPAMGEAR_SOCKET` overrides the daemon socket in every case.
"""

# `posix` and `marshal` are loaded before any user code; `os` (with posixpath, stat,
# _collections_abc) is not under -S and costs ~1-2 ms, about a tenth of the interpreter start.
import marshal
import posix

#: `typing` costs ~10 ms at start-up; mypy treats this name like typing.TYPE_CHECKING.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: File name of the snapshot, next to the installed hooks.
SNAPSHOT_NAME = ".spamgear-config.snapshot"
SNAPSHOT_VERSION = 1

ENV_SOCKET = "SPAMGEAR_SOCKET"
ENV_CONFIG = "SPAMGEAR_CONFIG"
#: Must match spamgear.config.SYSTEM_CONFIG / SYSTEM_CONFIG_DIR (checked by a test).
SYSTEM_CONFIG = "/etc/spamgear/spamgear.yaml"
SYSTEM_CONFIG_DIR = "/etc/spamgear/conf.d"

#: Must match the dataclass defaults in spamgear.config (checked by a test).
DEFAULT_DEADLINE = 2.0
DEFAULT_FAIL_POLICY = "open"
DEFAULT_SOCKET = "/run/spamgear/scan.sock"
DEFAULT_USE_DAEMON = True
DEFAULT_SYSLOG_SOCKET = "/dev/log"


FAIL_POLICIES = ("open", "closed")


def policy_problem(fail_policy: str, deadline: float, slow_scan: str = "reject") -> str:
    """Why these hook settings are unusable ("" when fine), for the admin-facing commands: a hook
    itself treats anything but "closed" as "open" (and any slow_scan but "error" as "reject") rather
    than fail."""
    from spamgear.exhaustion import SLOW_SCAN_POLICIES  # admin commands only: not on the hook's start-up

    if fail_policy not in FAIL_POLICIES:
        return f"hook.fail_policy: expected 'open' or 'closed', got {fail_policy!r}"
    if slow_scan not in SLOW_SCAN_POLICIES:
        return f"hook.slow_scan: expected 'reject' or 'error', got {slow_scan!r}"
    if not deadline > 0:
        return f"hook.deadline: must be > 0 seconds, got {deadline!r}"
    return ""


class HookSettings:
    """What a hook needs before it can answer: deadline, fail policy, daemon socket, syslog socket."""

    __slots__ = ("config", "deadline", "fail_policy", "quick", "socket", "syslog_socket", "use_daemon")

    def __init__(
        self,
        deadline: float = DEFAULT_DEADLINE,
        fail_policy: str = DEFAULT_FAIL_POLICY,
        socket: str = DEFAULT_SOCKET,
        use_daemon: bool = DEFAULT_USE_DAEMON,
        syslog_socket: str = DEFAULT_SYSLOG_SOCKET,
        config: "dict[str, Any] | None" = None,
    ) -> None:
        self.deadline = float(deadline) if deadline and deadline > 0 else DEFAULT_DEADLINE
        self.fail_policy = "closed" if fail_policy == "closed" else "open"
        self.socket = getenv(ENV_SOCKET) or socket
        self.use_daemon = bool(use_daemon)
        self.syslog_socket = syslog_socket
        #: The merged config as plain dicts when it came from a snapshot (else None).
        self.config = config
        #: The quick-scan plan recorded by install-hooks (see spamgear.quickscan), if any.
        self.quick: dict[str, Any] | None = None

    @classmethod
    def from_config_dict(cls, data: "dict[str, Any]") -> "HookSettings":
        hook = data.get("hook", {})
        daemon = data.get("daemon", {})
        return cls(
            deadline=hook.get("deadline", DEFAULT_DEADLINE),
            fail_policy=hook.get("fail_policy", DEFAULT_FAIL_POLICY),
            socket=daemon.get("socket", DEFAULT_SOCKET),
            use_daemon=hook.get("use_daemon", DEFAULT_USE_DAEMON),
            syslog_socket=hook.get("syslog_socket", DEFAULT_SYSLOG_SOCKET),
            config=data,
        )


def getenv(name: str) -> str:
    """`os.environ.get` without importing os (posix.environ is the same dict os.environ wraps)."""
    value = posix.environ.get(name.encode())
    return value.decode("utf-8", "surrogateescape") if value else ""


def join(directory: str, name: str) -> str:
    return directory.rstrip("/") + "/" + name if directory else name


def _mtime(path: str) -> int:
    try:
        return posix.stat(path).st_mtime_ns
    except OSError:
        return -1


def layer_stamps(system_config: str, system_dir: str, explicit: str) -> list[tuple[str, int]]:
    """(path, mtime_ns or -1) of every file and dir whose change would change the merged config."""
    stamps = [(system_config, _mtime(system_config)), (system_dir, _mtime(system_dir))]
    try:
        names = sorted(n for n in posix.listdir(system_dir) if n.endswith(".yaml"))
    except OSError:
        names = []
    stamps.extend((p, _mtime(p)) for p in (join(system_dir, n) for n in names))
    if explicit:
        stamps.append((explicit, _mtime(explicit)))
    return stamps


def no_config_files(system_config: str = SYSTEM_CONFIG, system_dir: str = SYSTEM_CONFIG_DIR) -> bool:
    """True when the built-in defaults are the whole config (no file to read, no YAML needed)."""
    return not getenv(ENV_CONFIG) and _mtime(system_config) == -1 and _mtime(system_dir) == -1


def snapshot_path(hook_argv0: str) -> str:
    """The snapshot that belongs to a hook: same directory as the executable."""
    path = hook_argv0 if hook_argv0.startswith("/") else join(posix.getcwd(), hook_argv0)
    return join(path.rpartition("/")[0] or "/", SNAPSHOT_NAME)


def dump_snapshot(
    config: "dict[str, Any]",
    stamps: list[tuple[str, int]],
    explicit: str,
    quickscan: "dict[str, Any] | None" = None,
) -> bytes:
    """Serialise a merged config (plain dicts/lists/scalars) with the layer stamps it depends on."""
    return marshal.dumps(
        {
            "version": SNAPSHOT_VERSION,
            "explicit": explicit,
            "stamps": stamps,
            "config": config,
            "quickscan": quickscan,
        }
    )


def read_snapshot(path: str) -> "dict[str, Any] | None":
    """The config dict of a still-fresh snapshot, or None (missing, corrupt or any layer changed)."""
    data = read_snapshot_data(path)
    return data["config"] if data is not None else None


def _load(path: str) -> "dict[str, Any] | None":
    try:
        with open(path, "rb") as fh:
            data = marshal.loads(fh.read(4 * 1024 * 1024))  # noqa: S302 - written by root next to the hook
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("version") != SNAPSHOT_VERSION:
        return None
    return data


def config_file(hook_argv0: str) -> str | None:
    """The config file to load when the snapshot is stale: $SPAMGEAR_CONFIG, else the one
    install-hooks was given (recorded in the snapshot), else None (system files only)."""
    env_config = getenv(ENV_CONFIG)
    if env_config:
        return env_config
    data = _load(snapshot_path(hook_argv0))
    explicit = data.get("explicit", "") if data is not None else ""
    return str(explicit) if explicit else None


def read_snapshot_data(path: str) -> "dict[str, Any] | None":
    """The whole snapshot (config, quickscan plan) if still fresh, else None."""
    data = _load(path)
    if data is None:
        return None
    # the hook runs with the config file install-hooks was given unless $SPAMGEAR_CONFIG says else
    env_config = getenv(ENV_CONFIG)
    if env_config and env_config != data.get("explicit", ""):
        return None
    stamps = data.get("stamps", [])
    for p, mtime in stamps:
        if _mtime(p) != mtime:
            return None
    # a new conf.d file changes the dir mtime, which the stamps above include
    return data if isinstance(data.get("config"), dict) else None


def resolve(hook_argv0: str) -> HookSettings | None:
    """Cheap settings for a hook, or None when only the full config loader can answer."""
    snap = read_snapshot_data(snapshot_path(hook_argv0))
    if snap is not None:
        settings = HookSettings.from_config_dict(snap["config"])
        quick = snap.get("quickscan")
        settings.quick = quick if isinstance(quick, dict) else None
        return settings
    if no_config_files():
        return HookSettings()
    return None
