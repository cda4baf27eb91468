"""Layered YAML configuration validated into frozen dataclasses.

Order (later wins): built-in defaults, `/etc/spamgear/spamgear.yaml`, `/etc/spamgear/conf.d/*.yaml`
(sorted), then the file named by `--config` or `SPAMGEAR_CONFIG`. An unknown key or a value of the
wrong type is a `ConfigError` that names the file and the dotted key, so an admin can fix it at once.

Each concern owns one section dataclass below; add a field with a default to add a setting.
Nothing here runs at import time.
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spamgear.errors import ConfigError

SYSTEM_CONFIG = Path("/etc/spamgear/spamgear.yaml")
SYSTEM_CONFIG_DIR = Path("/etc/spamgear/conf.d")
ENV_CONFIG = "SPAMGEAR_CONFIG"

#: The project's own signature set, next to the package in a source checkout or editable install.
BUILTIN_SIGNATURES = Path(__file__).resolve().parent.parent / "signatures"


@dataclass(frozen=True)
class SignaturesConfig:
    """Where signature sources live and where the compiled ruleset is cached."""

    dirs: list[str] = field(default_factory=lambda: [str(BUILTIN_SIGNATURES), "/var/lib/spamgear/signatures"])
    cache_dir: str = "/var/cache/spamgear"
    #: Python-regex fallbacks (backdoors.re lines YARA cannot take) get this much time per file.
    regex_timeout: float = 1.0
    #: ... and see at most this many bytes of each file.
    regex_max_bytes: int = 2 * 1024 * 1024


@dataclass(frozen=True)
class ScanConfig:
    """Bounds and policy for file scanning."""

    #: Files larger than this are reported as errors ("over size limit"), never passed silently.
    max_file_size: int = 16 * 1024 * 1024
    #: YARA match timeout per file, seconds.
    file_timeout: float = 10.0
    #: Whole-run deadline in seconds; 0 means none.
    deadline: float = 0.0
    #: Worker processes for directory scans; 0 means one per core.
    jobs: int = 0
    #: Rescan cache keyed on (device, inode, size, mtime_ns, ruleset digest).
    incremental: bool = True
    state_dir: str = "/var/lib/spamgear"
    #: A file is malicious when the summed score of its matching rules reaches this.
    threshold: int = 100


@dataclass(frozen=True)
class HookConfig:
    """ModSecurity upload hook behaviour."""

    #: Wall-clock budget for one upload, seconds. The hook answers before it expires.
    deadline: float = 2.0
    #: `open` passes the upload on internal failure, `closed` rejects it. Both log to syslog.
    fail_policy: str = "open"
    #: An upload whose YARA scan cannot finish in half the deadline: `reject` answers FOUND
    #: SPAMGEAR_UPLOAD_ScanExhausted (content built to outrun the scanner, e.g. a shell behind 2 MB
    #: of `eval(`), `error` treats it as an internal failure (fail_policy decides).
    slow_scan: str = "reject"
    #: Use the resident daemon when its socket answers.
    use_daemon: bool = True
    #: Datagram socket of the local syslog (decisions are logged with ident `spamgear`); empty = off.
    syslog_socket: str = "/dev/log"


@dataclass(frozen=True)
class DaemonConfig:
    """Resident scan daemon."""

    socket: str = "/run/spamgear/scan.sock"
    #: Group that owns the socket (mode 0660); empty keeps the daemon's group.
    group: str = ""
    #: Concurrent scans served at once.
    workers: int = 8
    #: Open client connections served at once (one thread each); further clients wait in the listen
    #: backlog until one finishes, so a connection flood cannot start unbounded threads.
    max_connections: int = 64


@dataclass(frozen=True)
class ClamdConfig:
    """clamd backend; off unless `socket` or `host` is set."""

    socket: str = ""
    host: str = ""
    port: int = 3310
    timeout: float = 30.0
    #: Bytes to stream with INSTREAM at most (clamd's StreamMaxLength; Debian ships 25M).
    stream_max_length: int = 25 * 1024 * 1024
    #: clamd's MaxFileSize (default 25M): clamd answers OK for bigger files without looking at them, so
    #: spamgear reports them as errors instead of sending them. 0 = no limit (clamd has AlertExceedsMax).
    max_file_size: int = 25 * 1024 * 1024


@dataclass(frozen=True)
class QuarantineConfig:
    """Quarantine store."""

    dir: str = "/var/lib/spamgear/quarantine"


@dataclass(frozen=True)
class SmtpConfig:
    """Mail relay for notices. `emergency_*` is the outside relay used when local mail is broken."""

    host: str = "localhost"
    port: int = 25
    starttls: bool = False
    username: str = ""
    password: str = ""
    sender: str = "root@localhost"
    timeout: float = 30.0
    admin: list[str] = field(default_factory=lambda: ["root@localhost"])
    #: CA bundle to verify the relay's STARTTLS certificate; empty = system store.
    ca_file: str = ""
    #: Outside relay for `emergency-mail` (local mail may be what is broken): STARTTLS plus auth.
    emergency_host: str = ""
    emergency_port: int = 587
    emergency_starttls: bool = True
    emergency_username: str = ""
    emergency_password: str = ""
    #: CA bundle to verify the relay's certificate; empty uses the system store.
    emergency_ca_file: str = ""
    emergency_sender: str = ""
    emergency_recipients: list[str] = field(default_factory=list)
    #: Name in the subject; empty uses the host's FQDN.
    emergency_server_name: str = ""


@dataclass(frozen=True)
class NotifyConfig:
    """Per-user notification of findings."""

    #: Regex with one group that captures the user from a path (spam-gear's default pattern).
    user_pattern: str = r"^/home/([^/.]*)/.*"
    #: Address template; `{user}` and `{domain}` are filled in.
    address_template: str = "{user}@{domain}"
    #: Optional file with `user address` lines that overrides the template.
    address_map: str = ""
    #: Optional argv template run to find an address, `{user}` is replaced in each element.
    address_command: list[str] = field(default_factory=list)
    domain: str = ""
    template: str = ""
    send_admin_copy: bool = True


@dataclass(frozen=True)
class UpdateConfig:
    """`spamgear update`: signature files fetched over HTTPS."""

    #: name -> URL; each file is checked against `sha256[name]` or the manifest.
    urls: dict[str, str] = field(default_factory=dict)
    sha256: dict[str, str] = field(default_factory=dict)
    manifest_url: str = ""
    ca_bundle: str = ""
    timeout: float = 30.0
    target_dir: str = "/var/lib/spamgear/signatures"


@dataclass(frozen=True)
class AccountsConfig:
    """How abusive accounts are disabled (log analyzers and fail2ban share this)."""

    #: `local`, `nis` or `command`.
    backend: str = "local"
    nis_master: str = "localhost"
    disable_command: list[str] = field(default_factory=list)
    enable_command: list[str] = field(default_factory=list)
    state_file: str = "/var/lib/spamgear/accounts.json"
    #: Users that are never disabled.
    protected: list[str] = field(default_factory=lambda: ["root"])
    #: `local`: lock the Unix account with `usermod -L` (off for virtual-only mail users).
    local_lock: bool = True
    #: `local`: optional Postfix `check_sasl_access` map; disabled users get `USER REJECT ...` lines.
    postfix_map: str = ""
    #: Run on the map after each change (argv; the map path is appended). Empty: do not run.
    postmap_command: list[str] = field(default_factory=lambda: ["postmap"])
    #: `nis`: ssh argv (the remote command follows as separate, quoted words) and the remote login.
    ssh_command: list[str] = field(
        default_factory=lambda: ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10"]
    )
    nis_user: str = "root"
    #: `nis`: the shadow file on the master that `make -C /var/yp` builds the maps from.
    nis_shadow: str = "/var/yp/ypfiles/shadow"
    #: `nis`: where `make` rebuilds the maps on the master.
    nis_yp_dir: str = "/var/yp"
    #: Seconds any backend command may take.
    command_timeout: float = 60.0


@dataclass(frozen=True)
class DnsblConfig:
    """check_dnsbl defaults."""

    zones: list[str] = field(
        default_factory=lambda: [
            "zen.spamhaus.org",
            "bl.spamcop.net",
            "b.barracudacentral.org",
            "psbl.surriel.com",
            "bl.mailspike.net",
            "dnsbl.dronebl.org",
            "dnsbl-1.uceprotect.net",
        ]
    )
    query_timeout: float = 3.0
    timeout: float = 10.0
    resolver: str = ""
    sanity: bool = True


@dataclass(frozen=True)
class LogsConfig:
    """Mail-log analyzer defaults."""

    state_dir: str = "/var/lib/spamgear/logs"
    postfix_log: str = "/var/log/mail.log"
    exim_log: str = "/var/log/exim4/mainlog"
    roundcube_log: str = "/var/log/roundcube/sendmail"
    horde_log: str = "/var/log/horde/horde.log"
    phpmail_log: str = "/var/log/phpmail.log"
    #: The real sendmail the phpsendmail wrapper (`spamgear-phpsendmail`) hands mail to.
    sendmail_path: str = "/usr/sbin/sendmail"
    #: Syslog socket the wrapper logs to (facility mail).
    syslog_socket: str = "/dev/log"
    #: Nameserver for the webmail checks' `--resolve` PTR lookups (`IP` or `IP:PORT`); empty = system.
    resolver: str = ""
    #: spam-gear's override files (`KEY THRESHOLD` lines); `--overrides` on the command line wins.
    postfix_overrides: str = ""
    exim_overrides: str = ""
    sendmail2relay_overrides: str = ""


@dataclass(frozen=True)
class Config:
    """The whole merged configuration."""

    signatures: SignaturesConfig = field(default_factory=SignaturesConfig)
    scan: ScanConfig = field(default_factory=ScanConfig)
    hook: HookConfig = field(default_factory=HookConfig)
    daemon: DaemonConfig = field(default_factory=DaemonConfig)
    clamd: ClamdConfig = field(default_factory=ClamdConfig)
    quarantine: QuarantineConfig = field(default_factory=QuarantineConfig)
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    notify: NotifyConfig = field(default_factory=NotifyConfig)
    update: UpdateConfig = field(default_factory=UpdateConfig)
    accounts: AccountsConfig = field(default_factory=AccountsConfig)
    dnsbl: DnsblConfig = field(default_factory=DnsblConfig)
    logs: LogsConfig = field(default_factory=LogsConfig)


def default_layers(explicit: str | None = None) -> list[Path]:
    """The files read, in order: system file, conf.d/*.yaml, then `explicit` or `$SPAMGEAR_CONFIG`."""
    layers: list[Path] = []
    if SYSTEM_CONFIG.is_file():
        layers.append(SYSTEM_CONFIG)
    if SYSTEM_CONFIG_DIR.is_dir():
        layers.extend(sorted(SYSTEM_CONFIG_DIR.glob("*.yaml")))
    extra = explicit or os.environ.get(ENV_CONFIG)
    if extra:
        path = Path(extra)
        if not path.is_file():
            raise ConfigError(f"{path}: config file not found")
        layers.append(path)
    return layers


def load_config(explicit: str | None = None, layers: Iterable[Path] | None = None) -> Config:
    """Merge the YAML layers over the built-in defaults and validate them."""
    import yaml  # deferred: hooks that only need defaults never pay for it

    merged: dict[str, Any] = {}
    for path in default_layers(explicit) if layers is None else list(layers):
        try:
            text = path.read_text(encoding="utf-8")
            data = yaml.safe_load(text)
        except OSError as err:
            raise ConfigError(f"{path}: cannot read: {err.strerror}") from err
        except yaml.YAMLError as err:
            raise ConfigError(f"{path}: not valid YAML: {err}") from err
        if data is None:
            continue
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: top level must be a mapping of sections")
        _check_layer(Config, data, str(path), "")
        _deep_merge(merged, data)
    cfg: Config = _build(Config, merged)
    return cfg


def config_as_dict(cfg: Config) -> dict[str, Any]:
    """Plain dict of the merged config, for `spamgear config show`."""
    return dataclasses.asdict(cfg)


def _deep_merge(into: dict[str, Any], new: Mapping[str, Any]) -> None:
    for key, value in new.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict) and _is_section(key):
            _deep_merge(into[key], value)
        else:
            into[key] = value


def _is_section(key: str) -> bool:
    return key in {f.name for f in dataclasses.fields(Config)}


def _check_layer(cls: type[Any], data: Mapping[str, Any], source: str, prefix: str) -> None:
    """Reject unknown keys and wrong types, naming `source: dotted.key`."""
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if key not in known:
            raise ConfigError(f"{source}: {dotted}: unknown key (known: {', '.join(sorted(known))})")
        hint = hints[key]
        if dataclasses.is_dataclass(hint):
            if not isinstance(value, dict):
                raise ConfigError(f"{source}: {dotted}: must be a mapping")
            _check_layer(hint, value, source, dotted + ".")  # type: ignore[arg-type]
        elif not _type_ok(hint, value):
            raise ConfigError(
                f"{source}: {dotted}: expected {_type_name(hint)}, got {type(value).__name__} {value!r}"
            )


def _type_ok(hint: Any, value: Any) -> bool:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        return any(_type_ok(arg, value) for arg in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint in (str, bool):
        return isinstance(value, hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        return isinstance(value, list) and all(_type_ok(item, v) for v in value)
    if origin is dict:
        key_t, val_t = typing.get_args(hint)
        return isinstance(value, dict) and all(
            _type_ok(key_t, k) and _type_ok(val_t, v) for k, v in value.items()
        )
    raise TypeError(f"config type {hint!r} not supported")


def _type_name(hint: Any) -> str:
    return getattr(hint, "__name__", None) or str(hint)


def _build(cls: type[Any], data: Mapping[str, Any]) -> Any:
    hints = typing.get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        hint = hints[f.name]
        if dataclasses.is_dataclass(hint):
            value = _build(hint, value)  # type: ignore[arg-type]
        elif hint is float:
            value = float(value)
        kwargs[f.name] = value
    return cls(**kwargs)
