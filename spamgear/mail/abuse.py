"""The abuse policy: per-user evidence over SASL logins, and the thresholds that decide report / disable.

Judging only; parsing lives in the per-source modules. Memory grows with users and their distinct
networks and IPs (capped at MAX_TRACKED per user), never with lines.

Networks: spam-gear guessed a "network" from the client's reverse-DNS name (everything after its last
digit), so all `unknown` clients were one network and `host.isp2.net` was just `net`. spamgear counts a
network as the client's IPv4 /24 or IPv6 /64 prefix instead: a botnet spread over many /24s shows as many
networks whatever its PTR records say, and DNS is never consulted.
"""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from spamgear.mail import postfix
from spamgear.mail.records import AuthEvent
from spamgear.mail.stamps import local_now

IPV4_PREFIX = 24
IPV6_PREFIX = 64
#: Distinct IPs/networks remembered per user; past it the counts stop growing (they are far above any
#: threshold by then) so a botnet of millions of addresses cannot grow memory without bound.
MAX_TRACKED = 65536


def network_of(ip: str) -> str:
    """The /24 (IPv4) or /64 (IPv6) that holds `ip`, as text; anything unparsable stands for itself."""
    if postfix.IPV4_RE.fullmatch(ip):
        return ip[: ip.rindex(".")] + ".0/24"
    return _network_slow(ip)


@functools.lru_cache(maxsize=4096)
def _network_slow(ip: str) -> str:
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return ip
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    prefix = IPV4_PREFIX if addr.version == 4 else IPV6_PREFIX
    return str(ipaddress.ip_network(f"{addr}/{prefix}", strict=False))


@dataclass(frozen=True)
class Evidence:
    """What one user did in the window.

    `count` is the number of successful logins (webmail ones included, as spam-gear counted them);
    `nets`, `unknowns` and `ips` leave out logins from the webmail (whitelisted) IPs, because those are the
    server's own webmail and say nothing about where the password is used; `webmail` counts those logins.
    """

    user: str
    count: int
    nets: int
    unknowns: int
    ips: int
    webmail: int
    first_line: str

    def report_line(self) -> str:
        """spam-gear's report shape: `COUNT (N nets/N unknowns/N IPs/N webmail) -- <first line>`."""
        return (
            f"{self.count} ({self.nets} nets/{self.unknowns} unknowns/{self.ips} IPs/"
            f"{self.webmail} webmail) -- {self.first_line}"
        )


@dataclass
class _Tally:
    count: int = 0
    webmail: int = 0
    first_line: str = ""
    nets: set[str] = field(default_factory=set)
    unknowns: set[str] = field(default_factory=set)
    ips: set[str] = field(default_factory=set)


class Tally:
    """Streaming per-user accumulator over `AuthEvent`s. Failed logins are ignored, always."""

    def __init__(self, webmail_ips: Collection[str] = ()) -> None:
        self._webmail = {_canonical(ip) for ip in webmail_ips}
        self._users: dict[str, _Tally] = {}

    def add(self, event: AuthEvent) -> None:
        if not event.success:
            return
        t = self._users.get(event.user)
        if t is None:
            t = self._users[event.user] = _Tally(first_line=event.raw)
        t.count += 1
        if event.ip in self._webmail:
            t.webmail += 1
            return
        if len(t.ips) < MAX_TRACKED:
            t.ips.add(event.ip)
            t.nets.add(network_of(event.ip))
            if event.unknown:
                t.unknowns.add(event.ip)

    def add_all(self, events: Iterable[AuthEvent]) -> Tally:
        for event in events:
            self.add(event)
        return self

    def count(self, user: str) -> int:
        t = self._users.get(user)
        return 0 if t is None else t.count

    def users(self) -> list[str]:
        """Users in order of first appearance."""
        return list(self._users)

    def evidence(self, user: str) -> Evidence:
        t = self._users.get(user) or _Tally()
        return Evidence(
            user=user,
            count=t.count,
            nets=len(t.nets),
            unknowns=len(t.unknowns),
            ips=len(t.ips),
            webmail=t.webmail,
            first_line=t.first_line,
        )

    def all_evidence(self) -> list[Evidence]:
        return [self.evidence(u) for u in self._users]


def _canonical(ip: str) -> str:
    try:
        return str(ipaddress.ip_address(ip.strip()))
    except ValueError:
        return ip.strip()


def evidence_from_lines(
    lines: Iterable[str], webmail_ips: Collection[str] = (), now: datetime | None = None
) -> dict[str, Evidence]:
    """Evidence per user from raw postfix lines, e.g. fail2ban's `<matches>` (no time window applied)."""
    reference = now or local_now()
    tally = Tally(webmail_ips).add_all(postfix.parse(lines, reference))
    return {e.user: e for e in tally.all_evidence()}


@dataclass(frozen=True)
class DisablePolicy:
    """Disable a user when nets > max_networks AND unknowns > max_unknowns (both strict, as spam-gear)."""

    max_networks: int
    max_unknowns: int

    def should_disable(self, evidence: Evidence) -> bool:
        return evidence.nets > self.max_networks and evidence.unknowns > self.max_unknowns

    def reason(self, evidence: Evidence) -> str:
        return (
            f"{evidence.count} SASL logins from {evidence.nets} networks (> {self.max_networks}) and "
            f"{evidence.unknowns} unknown clients (> {self.max_unknowns})"
        )


def parse_thresholds(text: str) -> DisablePolicy:
    """`NETS,UNKNOWNS` as given to `-d`; ValueError with a short message otherwise."""
    parts = text.split(",")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        raise ValueError(f"{text}: expected NETS,UNKNOWNS (two numbers)")
    return DisablePolicy(int(parts[0]), int(parts[1]))
