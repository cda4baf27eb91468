"""DNSBL lookups for the server's own addresses: build names, query concurrently, classify answers.

Pure logic for `check_dnsbl` / `spamgear dnsbl`; the adapters judge the state and print. The DNS
transport is injected (`Transport`), `DnsTransport` is the real one (dnspython asyncio, one server).

Why the answer rules are strict (RFC 5782 and the operators' documented codes): counting "any A
record" as a listing turns Spamhaus' 127.255.255.254 "open resolver" error, a parked domain's
non-127 wildcard and a dead list that lists the world into false alarms, while counting SERVFAIL
and timeouts as "not listed" hides dead lists. So:

* listed    - A in 127.0.0.0/8, not 127.0.0.1 and not in 127.255.255.0/24
* policy    - a listed code that only says "should not send mail directly" (Spamhaus PBL .10/.11)
* clean     - NXDOMAIN (or NOERROR without an A record)
* failures  - SERVFAIL, REFUSED, timeouts, error codes, non-127 answers, other errors: counted apart
* broken    - the zone failed its RFC 5782 probes this run (127.0.0.2 must be listed, 127.0.0.1 not);
              its answers are not used

Timing: every (address, zone) query runs at once, bounded by a semaphore; the 2nd..nth address of a zone
waits until that zone has answered once. Once a zone timed out, its queries that have not started yet
are not sent (a dead zone costs one timeout, not one per address),
and a run-wide deadline (below the plugin's `-t`) turns what is still pending into "timeout" so the
caller can report partial results.
"""

from __future__ import annotations

import asyncio
import enum
import ipaddress
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from spamgear.errors import UsageError

ERROR_NET = ipaddress.ip_network("127.255.255.0/24")
LOOPBACK_NET = ipaddress.ip_network("127.0.0.0/8")
RFC5782_LISTED = "127.0.0.2"
RFC5782_UNLISTED = "127.0.0.1"

#: zone -> codes that mean "policy", reported apart and not counted as listings.
POLICY_CODES: dict[str, frozenset[str]] = {
    "zen.spamhaus.org": frozenset({"127.0.0.10", "127.0.0.11"}),
    "pbl.spamhaus.org": frozenset({"127.0.0.10", "127.0.0.11"}),
}

#: Documented error codes, so the output says what to fix.
ERROR_MEANINGS: dict[str, str] = {
    "127.0.0.1": "query refused or too many queries (URIBL style)",
    "127.255.255.252": "Spamhaus: typo in the zone name",
    "127.255.255.254": "Spamhaus: query via a public/open resolver; use your own resolver or a DQS key",
    "127.255.255.255": "Spamhaus: excessive number of queries",
}

#: Bounds on hostile answers.
MAX_TXT_CHARS = 300
MAX_CODES = 8
_ZONE_RE = re.compile(
    r"^(?=.{1,253}$)(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?\.)*"
    r"[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"
)


class Outcome(enum.StrEnum):
    """What one (address, zone) query came to."""

    LISTED = "listed"
    POLICY = "policy"
    CLEAN = "clean"
    ERROR_CODE = "error-code"
    INVALID = "invalid-answer"
    SERVFAIL = "servfail"
    REFUSED = "refused"
    TIMEOUT = "timeout"
    FAILED = "failed"


FAILURES = frozenset(
    {Outcome.ERROR_CODE, Outcome.INVALID, Outcome.SERVFAIL, Outcome.REFUSED, Outcome.TIMEOUT, Outcome.FAILED}
)


@dataclass(frozen=True)
class Reply:
    """A transport's answer: `rcode` is a DNS rcode name, or TIMEOUT / ERROR for no usable reply."""

    rcode: str
    addresses: tuple[str, ...] = ()
    texts: tuple[bytes, ...] = ()
    detail: str = ""


class Transport(Protocol):
    """Sends one query; never raises for DNS-level trouble, it returns a `Reply` saying what happened."""

    async def query(self, qname: str, rdtype: str, timeout: float) -> Reply: ...


@dataclass(frozen=True)
class Lookup:
    """One (address, zone) result."""

    address: str
    zone: str
    outcome: Outcome
    codes: tuple[str, ...] = ()
    detail: str = ""
    reason: str = ""  # TXT of a listing, decoded with backslash escapes, bounded


@dataclass(frozen=True)
class Options:
    """Knobs of one run."""

    query_timeout: float = 3.0
    deadline: float = 9.0
    concurrency: int = 64
    sanity: bool = True
    txt: bool = True


@dataclass
class Report:
    """Everything one run found; the adapters turn it into a state and text."""

    addresses: list[str]
    zones: list[str]
    lookups: list[Lookup] = field(default_factory=list)
    broken: dict[str, str] = field(default_factory=dict)
    elapsed: float = 0.0
    queries: int = 0
    deadline_hit: bool = False

    def counted(self) -> list[Lookup]:
        """Lookups from zones that passed their probes."""
        return [lk for lk in self.lookups if lk.zone not in self.broken]

    @property
    def listings(self) -> list[Lookup]:
        return [lk for lk in self.counted() if lk.outcome is Outcome.LISTED]

    @property
    def policy(self) -> list[Lookup]:
        return [lk for lk in self.counted() if lk.outcome is Outcome.POLICY]

    @property
    def failures(self) -> list[Lookup]:
        return [lk for lk in self.counted() if lk.outcome in FAILURES]

    def failed_zones(self) -> dict[str, str]:
        """zone -> short reason, for zones that were broken or failed for at least one address."""
        out = dict(self.broken)
        for lk in self.failures:
            if lk.zone not in out:
                out[lk.zone] = describe_failure(lk)
        return {z: out[z] for z in self.zones if z in out}

    def all_failed(self) -> bool:
        return bool(self.zones) and len(self.failed_zones()) == len(self.zones)


def describe_failure(lk: Lookup) -> str:
    """'timeout', 'servfail', 'error-code 127.255.255.254 (Spamhaus: ...)', 'invalid-answer 198.51.100.80'."""
    text = str(lk.outcome)
    if lk.codes:
        text += " " + ",".join(lk.codes)
        meaning = next((ERROR_MEANINGS[c] for c in lk.codes if c in ERROR_MEANINGS), "")
        if meaning and lk.outcome is Outcome.ERROR_CODE:
            text += f" ({meaning})"
    elif lk.detail:
        text += f" ({lk.detail})"
    return text


# ---------------------------------------------------------------------------------------------- parsing


def parse_address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """An IPv4/IPv6 address from user input; a hostname is refused (no resolving behind the admin's back)."""
    try:
        return ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        raise UsageError(f"not an IP address: {text[:80]!r}") from None


def parse_addresses(values: Iterable[str]) -> list[str]:
    """`-H a,b -H c` -> unique, normalised addresses in the order given."""
    out: list[str] = []
    for value in values:
        for part in value.split(","):
            if part.strip():
                addr = str(parse_address(part))
                if addr not in out:
                    out.append(addr)
    return out


def parse_zone(text: str) -> str:
    """A DNSBL zone name, lower-cased, without the trailing dot."""
    zone = text.strip().rstrip(".").lower()
    if not _ZONE_RE.match(zone):
        raise UsageError(f"not a DNS zone name: {text[:80]!r}")
    return zone


def parse_zones(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        for part in value.split(","):
            if part.strip():
                zone = parse_zone(part)
                if zone not in out:
                    out.append(zone)
    return out


def read_zones_file(path: str) -> list[str]:
    """One zone per line; `#` starts a comment. Bounded to 1 MiB."""
    try:
        with Path(path).open("rb") as fh:
            data = fh.read(1024 * 1024 + 1)
    except OSError as err:
        raise UsageError(f"{path}: cannot read zones file: {err.strerror}") from err
    if len(data) > 1024 * 1024:
        raise UsageError(f"{path}: zones file larger than 1 MiB")
    lines = data.decode("utf-8", "replace").splitlines()
    zones = parse_zones(line.split("#", 1)[0] for line in lines)
    if not zones:
        raise UsageError(f"{path}: no zones in file")
    return zones


def parse_resolver(text: str) -> tuple[str, int]:
    """`IP`, `IP:PORT`, `[IPv6]:PORT` or a bare IPv6 -> (ip, port)."""
    text = text.strip()
    host, port = text, 53
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        if rest:
            if not rest.startswith(":"):
                raise UsageError(f"bad resolver {text!r}: expected [IPv6]:PORT")
            port = _parse_port(rest[1:], text)
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
        port = _parse_port(port_text, text)
    return str(parse_address(host)), port


def _parse_port(text: str, whole: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise UsageError(f"bad resolver port in {whole!r}")
    return int(text)


def reverse_name(address: str) -> str:
    """RFC 5782 key: reversed octets for IPv4, 32 reversed nibbles for IPv6."""
    addr = ipaddress.ip_address(address)
    if addr.version == 4:
        return ".".join(reversed(str(addr).split(".")))
    return ".".join(reversed(addr.exploded.replace(":", "")))


# -------------------------------------------------------------------------------------------- judging


def classify(zone: str, reply: Reply) -> tuple[Outcome, tuple[str, ...], str]:
    """Turn one A-query reply into (outcome, codes, detail). Pure."""
    if reply.rcode == "NXDOMAIN":
        return Outcome.CLEAN, (), ""
    if reply.rcode == "TIMEOUT":
        return Outcome.TIMEOUT, (), reply.detail
    if reply.rcode == "SERVFAIL":
        return Outcome.SERVFAIL, (), reply.detail
    if reply.rcode == "REFUSED":
        return Outcome.REFUSED, (), reply.detail
    if reply.rcode != "NOERROR":
        return Outcome.FAILED, (), reply.detail or reply.rcode
    if not reply.addresses:
        return Outcome.CLEAN, (), "no A record"
    codes = tuple(sorted(set(reply.addresses)))[:MAX_CODES]
    listed: list[str] = []
    errors: list[str] = []
    invalid: list[str] = []
    for code in codes:
        try:
            addr = ipaddress.ip_address(code)
        except ValueError:
            invalid.append(code)
            continue
        if addr.version != 4 or addr not in LOOPBACK_NET:
            invalid.append(code)
        elif addr in ERROR_NET or code == RFC5782_UNLISTED:
            errors.append(code)
        else:
            listed.append(code)
    if errors:
        return Outcome.ERROR_CODE, tuple(errors), ""
    if invalid:
        return Outcome.INVALID, tuple(invalid), "answer outside 127.0.0.0/8"
    policy = POLICY_CODES.get(zone, frozenset())
    spam = tuple(c for c in listed if c not in policy)
    if spam:
        return Outcome.LISTED, spam, ""
    return Outcome.POLICY, tuple(listed), ""


def judge_probes(zone: str, listed_reply: Reply, unlisted_reply: Reply) -> str | None:
    """RFC 5782 probe verdict for a zone: None when usable, else why it is broken for this run."""
    unlisted, codes1, _ = classify(zone, unlisted_reply)
    if unlisted is not Outcome.CLEAN:
        if unlisted in (Outcome.LISTED, Outcome.POLICY):
            return "lists 127.0.0.1 (lists the whole internet?)"
        return describe_failure(Lookup("", zone, unlisted, codes1, unlisted_reply.detail))
    listed, codes2, _ = classify(zone, listed_reply)
    if listed is Outcome.CLEAN:
        return "does not list RFC 5782 test entry 127.0.0.2 (dead, emptied, or resolver not allowed)"
    if listed not in (Outcome.LISTED, Outcome.POLICY):
        return describe_failure(Lookup("", zone, listed, codes2, listed_reply.detail)) + " (probe 127.0.0.2)"
    return None


def decode_txt(texts: Sequence[bytes]) -> str:
    """TXT strings as text: non-UTF-8 bytes become backslash escapes; bounded."""
    joined = b" ".join(texts)[: MAX_TXT_CHARS * 4]
    return joined.decode("utf-8", "backslashreplace")[:MAX_TXT_CHARS]


# ------------------------------------------------------------------------------------------- querying


class DnsTransport:
    """Queries one recursive resolver with dnspython's asyncio API (UDP, TCP on truncation).

    Two tries per query, each half the per-query timeout, so one lost UDP packet is not a failure.
    """

    def __init__(self, server: str, port: int = 53) -> None:
        self.server = server
        self.port = port

    async def query(self, qname: str, rdtype: str, timeout: float) -> Reply:
        import dns.asyncquery
        import dns.exception
        import dns.message
        import dns.rcode
        import dns.rdatatype

        request = dns.message.make_query(qname if qname.endswith(".") else qname + ".", rdtype)
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        tries = 2
        for attempt in range(tries):
            remaining = end - loop.time()
            if remaining <= 0:
                break
            per_try = remaining if attempt == tries - 1 else timeout / tries
            try:
                response, _tcp = await dns.asyncquery.udp_with_fallback(
                    request, self.server, timeout=per_try, port=self.port
                )
            except dns.exception.Timeout:
                continue
            except (dns.exception.DNSException, OSError, ValueError, EOFError) as err:
                return Reply("ERROR", detail=type(err).__name__)
            rcode = dns.rcode.to_text(response.rcode())
            wanted = dns.rdatatype.from_text(rdtype)
            addresses: list[str] = []
            texts: list[bytes] = []
            for rrset in response.answer:
                if rrset.rdtype != wanted:
                    continue
                for rdata in rrset:
                    if wanted == dns.rdatatype.A:
                        addresses.append(str(rdata.address))
                    else:
                        texts.append(b"".join(rdata.strings))
            return Reply(rcode, tuple(addresses), tuple(texts))
        return Reply("TIMEOUT", detail=f"no answer in {timeout:g}s")


def system_resolver() -> tuple[str, int]:
    """The first nameserver of /etc/resolv.conf (the host's own resolver, as DNSBL operators require)."""
    import dns.resolver

    try:
        nameservers = dns.resolver.Resolver(configure=True).nameservers
    except dns.resolver.NoResolverConfiguration as err:
        raise UsageError("no nameserver in /etc/resolv.conf; give --resolver") from err
    if not nameservers:
        raise UsageError("no nameserver in /etc/resolv.conf; give --resolver")
    return str(nameservers[0]), 53


async def check(
    addresses: Sequence[str], zones: Sequence[str], transport: Transport, opts: Options
) -> Report:
    """Query every address in every zone (plus the probes); return what came back by the deadline."""
    report = Report(list(addresses), list(zones))
    loop = asyncio.get_running_loop()
    start = loop.time()
    end = start + opts.deadline
    sem = asyncio.Semaphore(max(1, opts.concurrency))
    dead: dict[str, str] = {}
    results: dict[tuple[str, str], Lookup] = {}
    # set once a zone has answered anything (or is known dead): only then the 2nd..nth address is asked,
    # so a dead zone is waited for once, not once per address
    heard: dict[str, asyncio.Event] = {zone: asyncio.Event() for zone in zones}

    async def ask(zone: str, qname: str, rdtype: str, gated: bool = False) -> Reply:
        if gated:
            await heard[zone].wait()
        async with sem:
            if zone in dead:
                return Reply("TIMEOUT", detail=dead[zone])
            remaining = end - loop.time()
            if remaining <= 0:
                return Reply("TIMEOUT", detail="run deadline")
            report.queries += 1
            reply = await transport.query(qname, rdtype, min(opts.query_timeout, remaining))
        if reply.rcode == "TIMEOUT" and rdtype == "A":
            dead.setdefault(zone, "no answer; the zone timed out earlier in this run")
        heard[zone].set()
        return reply

    async def probe(zone: str) -> None:
        listed, unlisted = await asyncio.gather(
            ask(zone, "2.0.0.127." + zone, "A"), ask(zone, "1.0.0.127." + zone, "A")
        )
        why = judge_probes(zone, listed, unlisted)
        if why is not None:
            report.broken[zone] = why

    async def lookup(address: str, zone: str, gated: bool) -> None:
        qname = reverse_name(address) + "." + zone
        outcome, codes, detail = classify(zone, await ask(zone, qname, "A", gated))
        results[(address, zone)] = Lookup(address, zone, outcome, codes, detail)
        if opts.txt and outcome in (Outcome.LISTED, Outcome.POLICY):
            txt = await ask(zone, qname, "TXT")
            if txt.texts:
                results[(address, zone)] = Lookup(
                    address, zone, outcome, codes, detail, decode_txt(txt.texts)
                )

    tasks = [asyncio.ensure_future(probe(z)) for z in zones] if opts.sanity else []
    tasks += [asyncio.ensure_future(lookup(a, z, i > 0)) for i, a in enumerate(addresses) for z in zones]
    if tasks:
        _done, pending = await asyncio.wait(tasks, timeout=max(0.0, end - loop.time()))
        for task in pending:
            task.cancel()
        if pending:
            report.deadline_hit = True
            await asyncio.gather(*pending, return_exceptions=True)
        for task in tasks:
            if task.done() and not task.cancelled() and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]  # a bug, not a DNS failure
    for address in addresses:
        for zone in zones:
            found = results.get((address, zone))
            report.lookups.append(found or Lookup(address, zone, Outcome.TIMEOUT, (), "run deadline"))
    report.elapsed = loop.time() - start
    return report


def run_check(addresses: Sequence[str], zones: Sequence[str], transport: Transport, opts: Options) -> Report:
    """Synchronous entry: one event loop per run."""
    t0 = time.monotonic()
    report = asyncio.run(check(addresses, zones, transport, opts))
    report.elapsed = max(report.elapsed, time.monotonic() - t0)
    return report


# ------------------------------------------------------------------------------------ local addresses


def parse_fib_trie(text: str) -> list[str]:
    """IPv4 addresses assigned to this host from /proc/net/fib_trie (`/32 host LOCAL` leaves)."""
    out: list[str] = []
    last = ""
    for line in text.splitlines()[:200_000]:
        stripped = line.strip()
        if stripped.startswith(("|--", "+--")):
            last = stripped[3:].strip().split(" ", 1)[0]
        elif stripped.startswith("/32 host LOCAL") and last and last not in out:
            out.append(last)
    return out


def parse_if_inet6(text: str) -> list[str]:
    """IPv6 addresses from /proc/net/if_inet6 (32 hex digits per line, first column)."""
    out: list[str] = []
    for line in text.splitlines()[:100_000]:
        fields = line.split()
        if not fields or len(fields[0]) != 32:
            continue
        try:
            addr = ipaddress.IPv6Address(int(fields[0], 16))
        except ValueError:
            continue
        if str(addr) not in out:
            out.append(str(addr))
    return out


def usable_for_dnsbl(address: str) -> bool:
    """A local address worth checking: not loopback, link-local, multicast or unspecified."""
    addr = ipaddress.ip_address(address)
    return not (addr.is_loopback or addr.is_link_local or addr.is_multicast or addr.is_unspecified)


def local_addresses(proc: Path = Path("/proc/net")) -> list[str]:
    """This host's own addresses, read from /proc (no `ip`/`ifconfig` subprocess)."""
    found: list[str] = []
    for name, parser in (("fib_trie", parse_fib_trie), ("if_inet6", parse_if_inet6)):
        try:
            text = (proc / name).read_text(encoding="ascii", errors="replace")
        except OSError:
            continue
        found += [a for a in parser(text) if usable_for_dnsbl(a) and a not in found]
    return found
