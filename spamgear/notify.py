"""`--notify-user`: group findings per account owner and send each owner one mail (admins get a copy).

Parse, then judge, then speak:
- `user_from_path` (pattern with one group, spam-gear's `-n PATTERN`; sed BRE `\\(...\\)` accepted) and
  `AddressBook` (map file, argv command, or `{user}@{domain}` template) decide who gets what;
- `MailTemplate` renders spam-gear's email-file format (headers, blank line, body with `${EMAIL}`,
  `${USERNAME}`, `${SHELLS}`; substituted with `string.Template.safe_substitute`, never `eval`) or a
  `{placeholder}` format (a plain regex replacement, not `str.format`, so no attribute access);
- `send_notices` speaks SMTP (smtplib, STARTTLS and AUTH per `smtp.*`).
Header values never carry CR/LF (a path can contain a newline), and To is always the resolved address.
"""

from __future__ import annotations

import logging
import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import TYPE_CHECKING

from spamgear.errors import NotifyError

if TYPE_CHECKING:
    from spamgear.config import Config, NotifyConfig, SmtpConfig
    from spamgear.models import Verdict

log = logging.getLogger(__name__)

DEFAULT_PATTERN = r"^/home/([^/.]*)/.*"
DEFAULT_SUBJECT = "Malicious files found in your hosting account"
DEFAULT_TEMPLATE = """To: ${EMAIL}
Subject: Malicious files found in your hosting account

Hello ${USERNAME},

we found malicious files in your hosting account on ${HOSTNAME}:
${SHELLS}

Details:
${DETAILS}

Files marked "quarantined" were moved away, "cleaned" files had injected code removed.
Please update the software on your site and change your passwords.
"""
_ADDRESS = re.compile(r"^[^@\s<>,;:\"'()\[\]\\]+@[A-Za-z0-9.-]+$")
_BRACE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
MAX_TEMPLATE = 64 * 1024


@dataclass(frozen=True)
class Finding:
    """One file to tell its owner about."""

    path: str
    rules: tuple[str, ...] = ()
    action: str = "found"  # found, quarantined, cleaned, not-cleaned
    owner_uid: int = -1


@dataclass(frozen=True)
class Notice:
    """Everything one mail is about: one user, one address, their findings."""

    user: str
    address: str
    findings: tuple[Finding, ...]


@dataclass
class Grouping:
    """Findings per address, plus the ones nobody could be found for (they go to the admins)."""

    notices: dict[str, Notice] = field(default_factory=dict)
    unassigned: list[Finding] = field(default_factory=list)


def bre_to_re(pattern: str) -> str:
    """spam-gear's `-n` patterns are sed BREs (`\\(` groups); turn one into a Python regex.

    A pattern without `\\(` is taken as a Python regex already.
    """
    if "\\(" not in pattern:
        return pattern
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            out.append(nxt if nxt in "(){}|+?" else "\\" + nxt)
            i += 2
            continue
        out.append("\\" + c if c in "(){}|+?" else c)
        i += 1
    return "".join(out)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """The user pattern: must compile and have exactly one group (the user name)."""
    try:
        rx = re.compile(bre_to_re(pattern), re.DOTALL)
    except re.error as err:
        raise NotifyError(f"notify pattern {pattern!r}: {err}") from err
    if rx.groups != 1:
        raise NotifyError(f"notify pattern {pattern!r}: needs exactly one group for the user name")
    return rx


def user_from_path(path: str, pattern: re.Pattern[str]) -> str | None:
    """The user the pattern captures from `path`; None if it does not match or captures nothing useful."""
    m = pattern.match(path)
    if not m or not m.group(1):
        return None
    user = m.group(1)
    if any(c in user for c in "\r\n\0/") or len(user) > 64:
        return None
    return user


def valid_address(address: str) -> bool:
    return bool(_ADDRESS.match(address)) and len(address) <= 254


class AddressBook:
    """user -> mail address: map file first, then the command, then the template."""

    def __init__(
        self,
        template: str = "{user}@{domain}",
        domain: str = "",
        map_file: str = "",
        command: Sequence[str] = (),
        command_timeout: float = 10.0,
    ) -> None:
        self.template = template
        self.domain = domain or _host_domain()
        self.command = list(command)
        self.command_timeout = command_timeout
        self.map: dict[str, str] = _read_map(map_file) if map_file else {}

    @classmethod
    def from_config(cls, cfg: NotifyConfig) -> AddressBook:
        return cls(cfg.address_template, cfg.domain, cfg.address_map, cfg.address_command)

    def lookup(self, user: str) -> str | None:
        if user in self.map:
            return self.map[user]
        if self.command:
            return self._run_command(user)
        if not self.template:
            return None
        address = _fill_braces(self.template, {"user": user, "domain": self.domain})
        return address if valid_address(address) else None

    def _run_command(self, user: str) -> str | None:
        import subprocess

        argv = [arg.replace("{user}", user) for arg in self.command]
        try:
            done = subprocess.run(
                argv,
                capture_output=True,
                timeout=self.command_timeout,
                check=False,
                stdin=subprocess.DEVNULL,
            )
        except (OSError, subprocess.TimeoutExpired) as err:
            log.warning("address command for %r failed: %s", user, err)
            return None
        if done.returncode != 0:
            return None
        first = done.stdout.decode("utf-8", "replace").strip().splitlines()
        address = first[0].strip() if first else ""
        return address if valid_address(address) else None


def _read_map(path: str) -> dict[str, str]:
    """`user address` per line; blank lines and `#` comments skipped; bad addresses rejected."""
    out: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read(4 * 1024 * 1024).splitlines()
    except OSError as err:
        raise NotifyError(f"{path}: cannot read address map: {err.strerror}") from err
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 2 or not valid_address(parts[1]):
            raise NotifyError(f"{path}:{n}: expected 'user address'")
        out[parts[0]] = parts[1]
    return out


def _host_domain() -> str:
    """`hostname -d`, as spam-gear used: the FQDN minus its first label."""
    import socket

    fqdn = socket.getfqdn()
    return fqdn.split(".", 1)[1] if "." in fqdn else fqdn


def group_findings(findings: Iterable[Finding], pattern: re.Pattern[str], book: AddressBook) -> Grouping:
    """Owner per finding: the pattern's user, else the file owner's login (not root)."""
    import pwd

    grouping = Grouping()
    per: dict[str, tuple[str, list[Finding]]] = {}
    for finding in findings:
        user = user_from_path(finding.path, pattern)
        if user is None and finding.owner_uid > 0:
            try:
                user = pwd.getpwuid(finding.owner_uid).pw_name
            except KeyError:
                user = None
        address = book.lookup(user) if user else None
        if user is None or address is None:
            grouping.unassigned.append(finding)
            continue
        per.setdefault(address, (user, []))[1].append(finding)
    for address, (user, items) in per.items():
        grouping.notices[address] = Notice(user, address, tuple(items))
    return grouping


def printable(path: str) -> str:
    """One line per path, whatever bytes the name holds."""
    return (
        path.encode("utf-8", "surrogateescape")
        .decode("utf-8", "backslashreplace")
        .replace("\\", "\\\\")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )


def _fill_braces(text: str, values: Mapping[str, str]) -> str:
    return _BRACE.sub(lambda m: values.get(m.group(1), m.group(0)), text)


@dataclass(frozen=True)
class MailTemplate:
    """A notification template: header lines, a blank line, a body."""

    headers: tuple[tuple[str, str], ...]
    body: str
    style: str  # "dollar" (spam-gear's ${VAR}) or "brace" ({var})

    @classmethod
    def parse(cls, text: str) -> MailTemplate:
        text = text.replace("\r\n", "\n")
        head, sep, body = text.partition("\n\n")
        headers: list[tuple[str, str]] = []
        if sep and all(
            re.match(r"^[A-Za-z][A-Za-z0-9-]*:", ln) or ln[:1] in " \t" for ln in head.split("\n")
        ):
            for line in head.split("\n"):
                if line[:1] in " \t" and headers:
                    name, value = headers[-1]
                    headers[-1] = (name, value + " " + line.strip())
                else:
                    name, _, value = line.partition(":")
                    headers.append((name.strip(), value.strip()))
        else:
            body = text
        style = "dollar" if "$" in text and re.search(r"\$\{?[A-Za-z_]", text) else "brace"
        return cls(tuple(headers), body, style)

    @classmethod
    def load(cls, path: str) -> MailTemplate:
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                return cls.parse(fh.read(MAX_TEMPLATE))
        except OSError as err:
            raise NotifyError(f"{path}: cannot read mail template: {err.strerror}") from err

    @classmethod
    def default(cls) -> MailTemplate:
        return cls.parse(DEFAULT_TEMPLATE)

    def _fill(self, text: str, values: Mapping[str, str]) -> str:
        if self.style == "dollar":
            return string.Template(text).safe_substitute(values)
        return _fill_braces(text, {k.lower(): v for k, v in values.items()} | dict(values))

    def render(self, notice: Notice, sender: str, hostname: str = "") -> EmailMessage:
        host = hostname or _hostname()
        shells = "\n" + "\n".join(printable(f.path) for f in notice.findings)
        details = "\n".join(
            f"{printable(f.path)}: {f.action} ({', '.join(f.rules) or 'unknown rule'})"
            for f in notice.findings
        )
        values = {
            "EMAIL": notice.address,
            "USERNAME": notice.user,
            "USER": notice.user,
            "SHELLS": shells,
            "FILES": shells,
            "DETAILS": details,
            "COUNT": str(len(notice.findings)),
            "HOSTNAME": host,
        }
        header_values = {k: " ".join(v.split()) for k, v in values.items()}  # no CR/LF in headers
        msg = EmailMessage()
        subject = DEFAULT_SUBJECT
        for name, value in self.headers:
            lname = name.lower()
            if lname in {"to", "cc", "bcc"}:
                continue  # recipients are decided by the address book, not by the template
            filled = " ".join(self._fill(value, header_values).split())
            if lname == "subject":
                subject = filled
            elif lname not in {"from", "date", "message-id", "content-type", "mime-version"}:
                msg[name] = filled
        msg["Subject"] = subject
        msg["From"] = sender
        msg["To"] = notice.address
        msg["Date"] = formatdate(localtime=True)
        msg["Message-ID"] = make_msgid(domain=host or None)
        msg.set_content(self._fill(self.body, values))
        return msg


def _hostname() -> str:
    import socket

    return socket.getfqdn()


@dataclass(frozen=True)
class Outgoing:
    """One message and its envelope recipients."""

    message: EmailMessage
    recipients: tuple[str, ...]
    user: str


def build_messages(
    grouping: Grouping,
    template: MailTemplate,
    sender: str,
    admins: Sequence[str] = (),
    admin_copy: bool = True,
    hostname: str = "",
) -> list[Outgoing]:
    """One message per user (admins as extra envelope recipients), plus one admin-only message for
    findings without an owner."""
    out: list[Outgoing] = []
    admin_rcpts = tuple(a for a in admins if valid_address(a)) if admin_copy else ()
    for address in sorted(grouping.notices):
        notice = grouping.notices[address]
        msg = template.render(notice, sender, hostname)
        out.append(Outgoing(msg, (address, *[a for a in admin_rcpts if a != address]), notice.user))
    if grouping.unassigned and admins:
        notice = Notice("admin", ", ".join(admins), tuple(grouping.unassigned))
        msg = EmailMessage()
        msg["Subject"] = f"spamgear: {len(grouping.unassigned)} malicious files without a known owner"
        msg["From"] = sender
        msg["To"] = ", ".join(a for a in admins if valid_address(a))
        msg["Date"] = formatdate(localtime=True)
        msg["Message-ID"] = make_msgid(domain=hostname or None)
        msg.set_content(
            "No owner address could be found for these files:\n\n"
            + "\n".join(
                f"{printable(f.path)}: {f.action} ({', '.join(f.rules) or 'unknown rule'})"
                for f in notice.findings
            )
            + "\n"
        )
        out.append(Outgoing(msg, tuple(a for a in admins if valid_address(a)), ""))
    return out


def send_messages(outgoing: Sequence[Outgoing], smtp: SmtpConfig) -> list[str]:
    """Send over one SMTP session; returns per-message errors (a refused user does not stop the rest).

    Raises NotifyError when the relay cannot be reached or refuses the session (STARTTLS, AUTH).
    """
    import smtplib

    from spamgear.mail.send import Relay, session

    if not outgoing:
        return []
    errors: list[str] = []
    with session(Relay.from_config(smtp)) as conn:
        for item in outgoing:
            try:
                refused = conn.send_message(
                    item.message, from_addr=smtp.sender, to_addrs=list(item.recipients)
                )
            except smtplib.SMTPRecipientsRefused as err:
                errors.append(f"{item.message['To']}: all recipients refused: {err.recipients}")
                continue
            except (smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as err:
                errors.append(f"{item.message['To']}: {err}")
                continue
            for rcpt, why in refused.items():
                errors.append(f"{rcpt}: refused: {why!r}")
    return errors


def notify_users(
    findings: Iterable[Finding],
    *,
    notify: NotifyConfig,
    smtp: SmtpConfig,
    pattern: str | None = None,
    template_file: str | None = None,
    hostname: str = "",
) -> tuple[list[Outgoing], list[str]]:
    """The whole `--notify-user` step: group, render, send. Returns (messages sent, errors)."""
    rx = compile_pattern(pattern or notify.user_pattern or DEFAULT_PATTERN)
    path = template_file or notify.template
    template = MailTemplate.load(path) if path else MailTemplate.default()
    grouping = group_findings(findings, rx, AddressBook.from_config(notify))
    admins = list(smtp.admin)
    outgoing = build_messages(grouping, template, smtp.sender, admins, notify.send_admin_copy, hostname)
    errors = send_messages(outgoing, smtp)
    return outgoing, errors


def finding_of(verdict: Verdict) -> Finding:
    """A scan record as a finding to mail about (action and owner from `Verdict.extra`)."""
    action = str(verdict.extra.get("action", "found"))
    uid = verdict.extra.get("owner_uid", -1)
    return Finding(verdict.path, tuple(verdict.rules), action, uid if isinstance(uid, int) else -1)


def notify_for_fullscan(
    cfg: Config, findings: list[Verdict], pattern: str, template: str | None
) -> list[str]:
    """full-scan's notify stage: one mail per owner; returns per-message errors (raises if SMTP is down)."""
    sent, errors = notify_users(
        [finding_of(v) for v in findings],
        notify=cfg.notify,
        smtp=cfg.smtp,
        pattern=pattern,
        template_file=template,
    )
    log.info("notify: %d mails sent", len(sent))
    return errors


__all__ = [
    "AddressBook",
    "Finding",
    "MailTemplate",
    "Notice",
    "build_messages",
    "compile_pattern",
    "group_findings",
    "notify_for_fullscan",
    "notify_users",
    "send_messages",
    "user_from_path",
]
