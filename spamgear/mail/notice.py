"""The admin notice for a disabled account, sent once: the state file's `notified` flag records it.

Shared by the log checks and the fail2ban action, so a user disabled by either is mailed about once.
"""

from __future__ import annotations

import fcntl
import logging
import os
import socket

from spamgear import noticespool
from spamgear.accounts import AccountManager
from spamgear.config import Config
from spamgear.errors import NotifyError
from spamgear.mail.send import Relay, send

log = logging.getLogger(__name__)


def subject_for(user: str, fqdn: str | None = None) -> str:
    """spam-gear's subject: `SPAMMER DETECTED AT <fqdn> [USER <u> DISABLED]`."""
    return f"SPAMMER DETECTED AT {fqdn or socket.getfqdn()} [USER {user} DISABLED]"


def notify_disabled(cfg: Config, manager: AccountManager, user: str, report_line: str, source: str) -> bool:
    """Mail `smtp.admin` about `user` unless already done; True when a mail went out now.

    A failed send is logged and left for the next run (the flag stays unset); nothing is sent in dry-run.
    """
    if manager.dry_run or not manager.needs_notice(user):
        return False
    smtp = cfg.smtp
    relay = Relay.from_config(smtp)
    record = manager.state.records().get(user)
    backend = record.backend if record else manager.backend.name
    body = f"{report_line}\n\nDisabled by {source} through the {backend} backend.\n"
    try:
        send(relay, smtp.sender, smtp.admin, subject_for(user), body)
    except NotifyError as err:
        log.warning("notice for %s not sent (retried next run): %s", user, err)
        return False
    manager.mark_notified(user)
    return True


def send_spooled(cfg: Config, manager: AccountManager, user: str) -> bool:
    """Mail the notice the fail2ban hook spooled for `user` (`spamgear.noticespool`).

    True when it went out now or is no longer due (already sent, or the account was re-enabled): the
    spool file is then removed. False when sending failed: the file stays for the next try.
    """
    state_file = str(manager.state.path)
    try:
        lock_fd = os.open(noticespool.spool_path(state_file, user), os.O_RDONLY | os.O_CLOEXEC)
    except (FileNotFoundError, ValueError):
        return not manager.needs_notice(user)
    try:
        # The hook's detached sender and `accounts notify` may meet: the second waits (at most the
        # first one's SMTP timeout), then finds the notice sent, or tries itself.
        fcntl.flock(lock_fd, fcntl.LOCK_EX)
        item = noticespool.read(state_file, user)
        if item is None or not manager.needs_notice(user):
            noticespool.remove(state_file, user)
            return not manager.needs_notice(user)
        source, body = item
        if not notify_disabled(cfg, manager, user, body, source):
            return False
        noticespool.remove(state_file, user)  # under the lock, after the flag: a waiter sees it sent
        return True
    finally:
        os.close(lock_fd)


def send_all_spooled(cfg: Config, manager: AccountManager) -> list[tuple[str, bool]]:
    """`spamgear accounts notify`: every spooled notice, (user, sent or no longer due)."""
    return [(user, send_spooled(cfg, manager, user)) for user in noticespool.pending(str(manager.state.path))]
