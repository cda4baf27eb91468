"""The parts of `runav-client` off its daemon path, imported only when needed: the full settings
resolver (YAML under the deadline watchdog) and the in-process scan when the daemon is down.
`spamgear.adapters.modsec_client` keeps its own import cost to the daemon path alone."""

import time

from spamgear.adapters.hookio import Responder, answer_within, syslog_send
from spamgear.hooksettings import HookSettings, config_file, resolve

TYPE_CHECKING = False
if TYPE_CHECKING:
    from spamgear.adapters.modsec_client import FastSettings, _Answer


def log(socket_path: str, message: str, severity: int) -> None:
    syslog_send(socket_path, "modsec " + message, severity)


def full_settings(hook_path: str, answer: "_Answer") -> "HookSettings":
    """The shared resolver; when only the YAML loader can answer, under the watchdog."""
    settings = resolve(hook_path)
    if settings is not None:
        return settings
    from spamgear.config import config_as_dict, load_config

    responder = Responder(out_fd=answer.out_fd)
    responder.arm(answer_within(HookSettings().deadline))
    answer.responder = responder
    cfg = load_config(config_file(hook_path))
    # the loaded config goes along: the in-process fallback must scan with these rules, not defaults
    return HookSettings(
        cfg.hook.deadline,
        cfg.hook.fail_policy,
        cfg.daemon.socket,
        cfg.hook.use_daemon,
        cfg.hook.syslog_socket,
        config_as_dict(cfg),
    )


def scan_in_process(
    path: str, answer: "_Answer", settings: "HookSettings | FastSettings", due: float, down: str
) -> None:
    """Daemon down: scan in-process while the deadline allows, under the watchdog."""
    from spamgear.adapters.modsec import in_process_scan

    responder = answer.responder
    if responder is None:
        responder = Responder(fail_policy=settings.fail_policy, out_fd=answer.out_fd)
        answer.responder = responder
    log_socket = settings.syslog_socket
    responder._log = lambda msg, sev: log(log_socket, msg, sev)
    responder.arm(due - time.monotonic())
    log(log_socket, f"daemon unavailable ({down}), scanning in-process", 4)
    full = settings
    if not isinstance(full, HookSettings):
        full = HookSettings(
            settings.deadline, settings.fail_policy, settings.socket, True, log_socket, settings.config
        )
        full.socket = settings.socket  # $SPAMGEAR_SOCKET already applied
        full.quick = settings.quick
    in_process_scan(path, responder, full)
