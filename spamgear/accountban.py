"""fail2ban bans an ACCOUNT (a SASL user), spamgear decides whether to disable it.

fail2ban's `spamgear-sasl-user` jail counts authenticated submissions per user and, at `maxretry`,
calls the `spamgear-account` action with the user (`<fid>`) and the matched lines (`<matches>`). The
count alone is not enough to lock somebody out (a busy, honest user also sends a lot), so the evidence
is re-checked here from those lines, as spam-gear's `-d MAX_NETS,MAX_UNKNOWNS` did: disable only when
the logins came from more than MAX_NETS distinct networks (IPv4 /24, IPv6 /64) AND more than
MAX_UNKNOWNS distinct clients without reverse DNS (`unknown[...]`).

Everything in a ban request comes from log lines an attacker may have shaped: the user is validated
by `spamgear.accounts.validate_username` (no leading `-`, no slash, no shell characters), the lines
are bounded in number and length, and only lines that parse as a login *of that user* count.

Unban semantics (fail2ban calls the same `actionunban` for both):
- an admin's `fail2ban-client set JAIL unbanip USER` before the ban expired re-enables the account,
  but only if spamgear's own record says a fail2ban jail disabled it;
- the ban *expiring* (now >= ban time + bantime) keeps the account disabled: a compromised account
  must not come back by itself. The user can be banned again later; that is then a no-op.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from spamgear.accounts import AccountManager, Action, display, validate_username
from spamgear.errors import AccountError
from spamgear.mail import postfix
from spamgear.mail.abuse import DisablePolicy, Evidence, Tally
from spamgear.mail.records import AuthEvent
from spamgear.mail.stamps import leading_time

log = logging.getLogger(__name__)

#: fail2ban hands at most `maxmatches` lines; anything beyond these bounds is cut, not trusted.
MAX_LINES = 2000
MAX_LINE = 8192
#: Jail names are config keys, but still end up in messages and the state record.
JAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
SOURCE_PREFIX = "fail2ban:"
#: Seconds of slack when telling "ban expired" from "unbanned by hand" (fail2ban checks expiry
#: in its own loop, so the unban may come a little after time + bantime, never before it).
EXPIRY_SLACK = 2.0

_DOVECOT_RE = re.compile(
    r"(?: [\w.-]{1,255})?(?: dovecot(?:\[\d{1,10}\])?:)? (?:[a-z]{2,16})-login: (?:Info: )?Login: "
    r"user=<(?P<user>[^>\s]{1,256})>, method=[\w-]{1,32}, rip=(?P<ip>[0-9A-Fa-f:.]{2,64})(?:,|$)"
)
_EXIM_RE = re.compile(
    r"(?P<d>\d{4}-\d\d-\d\d) (?P<t>\d\d:\d\d:\d\d)(?:\.\d{1,6})?(?: [+-]\d{4})? (?:\[\d{1,10}\] )?"
    r"[\w-]{1,32} <= \S{1,512} (?:[A-Z]{1,3}=\S{1,512} ){0,8}?"
    r"H=(?:(?P<name>[^\s\[(]{1,255}) )?(?:\([^)\s]{0,255}\) )?\[(?P<ip>[0-9A-Fa-f:.]{2,64})\](?::\d{1,5})? "
    r"(?:[A-Za-z]{1,3}=\S{1,1024} ){0,12}?A=[\w-]{1,64}:(?P<user>\S{1,256})(?: |$)"
)


def parse_auth_line(line: str, now: datetime) -> AuthEvent | None:
    """One successful authenticated submission (postfix, dovecot submission, exim esmtpa), or None.

    Dovecot lines carry no client name, so they never count as `unknown` clients.
    """
    line = line[:MAX_LINE].rstrip("\r\n")
    if "sasl_username=" in line:
        event = postfix.parse_line(line, now)
        return event if event is not None and event.success else None
    if "-login: " in line:
        stamped = leading_time(line, now)
        if stamped is None:
            return None
        when, pos = stamped
        m = _DOVECOT_RE.match(line, pos)
        if m is None:
            return None
        return AuthEvent(when, m["user"], m["ip"], "", False, True, line)
    if " <= " in line:
        m = _EXIM_RE.match(line)
        if m is None:
            return None
        try:
            when = datetime.fromisoformat(f"{m['d']}T{m['t']}").replace(tzinfo=now.tzinfo)
        except ValueError:
            return None
        name = m["name"] or ""
        return AuthEvent(when, m["user"], m["ip"], name, not name, True, line)
    return None


def user_evidence(user: str, lines: Iterable[str], now: datetime) -> Evidence:
    """Evidence for `user` from fail2ban's matched lines; lines of other users (or junk) do not count."""
    tally = Tally()
    for n, line in enumerate(lines):
        if n >= MAX_LINES:
            break
        event = parse_auth_line(line, now)
        if event is not None and event.user == user:
            tally.add(event)
    return tally.evidence(user)


def split_matches(text: str) -> list[str]:
    """fail2ban's `<matches>`: the ticket's lines joined by newlines."""
    return [ln for ln in text.split("\n")[:MAX_LINES] if ln.strip()]


class BanResult(StrEnum):
    DISABLED = "disabled"
    ALREADY = "already disabled"
    BELOW = "evidence below thresholds"
    PROTECTED = "protected"
    FAILED = "failed"


@dataclass(frozen=True)
class BanOutcome:
    """What a ban request did, for the adapter's log line and exit status."""

    user: str
    result: BanResult
    evidence: Evidence
    reason: str = ""

    def line(self, jail: str) -> str:
        ev = self.evidence
        why = f" ({self.reason})" if self.reason else ""
        return (
            f"fail2ban {jail}: {display(self.user)}: {self.result.value}: {ev.count} logins, "
            f"{ev.nets} nets, {ev.unknowns} unknowns, {ev.ips} IPs{why}"
        )


def check_jail(jail: str) -> str:
    if not JAIL_RE.fullmatch(jail):
        raise AccountError(f"jail name {display(jail)!r} is not a fail2ban jail name")
    return jail


def ban(
    manager: AccountManager,
    jail: str,
    user: str,
    lines: Sequence[str],
    policy: DisablePolicy,
    now: datetime,
) -> BanOutcome:
    """Re-check the evidence and disable `user` once. Raises AccountError for a hostile name."""
    validate_username(user)
    check_jail(jail)
    evidence = user_evidence(user, lines, now)
    if manager.is_disabled(user):
        return BanOutcome(user, BanResult.ALREADY, evidence)
    if not policy.should_disable(evidence):
        return BanOutcome(
            user,
            BanResult.BELOW,
            evidence,
            f"needs > {policy.max_networks} nets and > {policy.max_unknowns} unknowns",
        )
    reason = f"fail2ban jail {jail}: {policy.reason(evidence)}"
    outcome = manager.disable(user, reason, source=SOURCE_PREFIX + jail)
    if outcome.action is Action.DISABLED:
        return BanOutcome(user, BanResult.DISABLED, evidence, reason)
    if outcome.action is Action.ALREADY:
        return BanOutcome(user, BanResult.ALREADY, evidence)
    if outcome.action is Action.REFUSED:
        return BanOutcome(user, BanResult.PROTECTED, evidence, outcome.reason)
    return BanOutcome(user, BanResult.FAILED, evidence, outcome.reason)


class UnbanResult(StrEnum):
    ENABLED = "enabled"
    NOT_OURS = "not disabled by a spamgear fail2ban jail; left alone"
    EXPIRED = "ban expired; account stays disabled (spamgear accounts enable USER)"


def is_expiry(ban_time: float, bantime: float, now: float) -> bool:
    """fail2ban calls actionunban on expiry too; expiry is `now >= ban time + bantime` (bantime > 0)."""
    return bantime > 0 and ban_time > 0 and now + EXPIRY_SLACK >= ban_time + bantime


def unban(
    manager: AccountManager, jail: str, user: str, ban_time: float, bantime: float, now: float
) -> UnbanResult:
    """Re-enable after an admin's unban, only what a spamgear fail2ban jail disabled."""
    validate_username(user)
    check_jail(jail)
    record = manager.state.records().get(user)
    if record is None or not record.source.startswith(SOURCE_PREFIX):
        return UnbanResult.NOT_OURS
    if is_expiry(ban_time, bantime, now):
        return UnbanResult.EXPIRED
    manager.enable(user)
    return UnbanResult.ENABLED


def notice_text(outcome: BanOutcome, jail: str, lines: Sequence[str]) -> str:
    """The admin notice body for a disabled account (names and lines shown escaped, bounded)."""
    who = display(outcome.user)
    shown = "\n".join(display(ln, 300) for ln in lines[:20])
    more = f"\n... {len(lines) - 20} more lines" if len(lines) > 20 else ""
    return (
        f"{outcome.evidence.report_line()}\n\n"
        f"Why: {outcome.reason}\n\n"
        f"Matched log lines:\n{shown}{more}\n\n"
        f"To re-enable: fail2ban-client set {jail} unbanip {who}\n"
        f"  or, after a fail2ban restart: spamgear accounts enable {who}"
    )
