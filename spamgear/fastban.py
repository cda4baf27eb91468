"""The account ban's decision inputs without the cost of the full modules: name checks and evidence.

`spamgear-f2b-account ban` runs once per banned user under fail2ban, and the issue wants it done in
<= 50 ms. `spamgear.accountban` reaches its answer through `spamgear.mail.postfix`, `.records`, `.stamps`
and `.abuse`, which import `dataclasses`, `ipaddress`, `os` and friends (~25 ms under `python3 -I -S` on a
2-core box). This module gives the same answers for what a ban needs, with `re` and `datetime` only:

- `plain_user` / `plain_jail`: True exactly when `accounts.validate_username` / `accountban.check_jail`
  accept the name (str methods instead of regexes; hypothesis checks the equivalence);
- `user_evidence`: the same counts as `accountban.user_evidence` (same pattern strings, checked by a
  test that compares them with the full modules' compiled patterns, and the same acceptance rules).

`ipaddress` is imported only for an address that is not a canonical dotted quad (IPv6 and odd forms).
"""

import _sre  # type: ignore[import-not-found]  # the regex engine (CPython builtin), no stub
import marshal
import posix
import sys
from datetime import UTC, datetime, timedelta

from spamgear import atomicfile

#: `typing` costs milliseconds at start-up; mypy treats this name like typing.TYPE_CHECKING.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from collections.abc import Iterable

MAX_LINES = 2000  # = accountban.MAX_LINES
MAX_LINE = 8192  # = accountban.MAX_LINE = postfix.MAX_LINE
MAX_USER = 256  # = postfix.MAX_USER
MAX_USERNAME = 128  # = accounts.MAX_USERNAME

_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_USER_FIRST = _ALNUM | {"_"}
_USER_REST = _ALNUM | frozenset("._@+-")
_JAIL_REST = _ALNUM | frozenset("_.-")

# The pattern strings below are the full modules' (a test compares them with the compiled originals).
SYSLOG = r"(?P<mon>[A-Z][a-z]{2}) {1,2}(?P<day>\d{1,2}) (?P<h>\d\d):(?P<m>\d\d):(?P<s>\d\d)"
RFC3339 = (
    r"(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)T(?P<h>\d\d):(?P<m>\d\d):(?P<s>\d\d)(?:\.\d{1,9})?"
    r"(?P<tz>Z|[+-]\d\d:?\d\d)?"
)
_PROGRAM = r" \S{1,255} postfix[\w.-]{0,64}(?:/[\w.-]{1,64}){0,3}/smtpd\[\d{1,10}\]: "
SUCCESS = (
    _PROGRAM + r"(?:[0-9A-Za-z]{5,20}|NOQUEUE): client=(?P<name>[^\[\]\s]{0,255})\[(?P<ip>[^\]\s]{1,64})\]"
    r"(?::\d{1,5})?, sasl_method=(?P<method>[\w.-]{1,32}), sasl_username=(?P<rest>.*)$"
)
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IPV4 = rf"{_OCTET}(?:\.{_OCTET}){{3}}"
DOVECOT = (
    r"(?: [\w.-]{1,255})?(?: dovecot(?:\[\d{1,10}\])?:)? (?:[a-z]{2,16})-login: (?:Info: )?Login: "
    r"user=<(?P<user>[^>\s]{1,256})>, method=[\w-]{1,32}, rip=(?P<ip>[0-9A-Fa-f:.]{2,64})(?:,|$)"
)
EXIM = (
    r"(?P<d>\d{4}-\d\d-\d\d) (?P<t>\d\d:\d\d:\d\d)(?:\.\d{1,6})?(?: [+-]\d{4})? (?:\[\d{1,10}\] )?"
    r"[\w-]{1,32} <= \S{1,512} (?:[A-Z]{1,3}=\S{1,512} ){0,8}?"
    r"H=(?:(?P<name>[^\s\[(]{1,255}) )?(?:\([^)\s]{0,255}\) )?\[(?P<ip>[0-9A-Fa-f:.]{2,64})\](?::\d{1,5})? "
    r"(?:[A-Za-z]{1,3}=\S{1,1024} ){0,12}?A=[\w-]{1,64}:(?P<user>\S{1,256})(?: |$)"
)

PATTERNS = (SYSLOG, RFC3339, SUCCESS, SYSLOG + SUCCESS, IPV4, DOVECOT, EXIM)

# ---- compiled patterns without `import re`
#
# `import re` (with enum, functools, the parser and compiler) plus compiling these seven patterns is
# ~10 ms of a hook whose interpreter starts in ~10 ms. The compiler's output (what `re` hands to
# `_sre.compile`) is cached with `marshal` in the package's __pycache__, keyed by the interpreter
# version, the engine's MAGIC and the pattern strings, like a .pyc; `_sre.compile` turns it back into
# ordinary `re.Pattern` objects (equal to `re.compile`'s: same pattern, flags and code, tested). Any
# mismatch or unreadable cache means `re` compiles as usual and the cache is rewritten if possible.

CACHE_NAME = "fastban-sre.marshal"


def _cache_key() -> tuple[object, ...]:
    return (sys.hexversion, _sre.MAGIC, _sre.CODESIZE, PATTERNS)


def _compile_args(pattern: str) -> tuple[object, ...]:
    """What `re._compiler.compile(pattern)` passes to `_sre.compile` (Python 3.11)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, 0)
    code = _compiler._code(parsed, 0)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        pattern,
        int(parsed.state.flags),
        [int(c) for c in code],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def cache_path(package_dir: str = "") -> str:
    return (package_dir or __file__.rpartition("/")[0] or ".") + "/__pycache__/" + CACHE_NAME


def write_cache(package_dir: str = "") -> str:
    """Compile with `re` and store the `_sre` arguments (install time, or the first run that can)."""
    path = cache_path(package_dir)
    data = marshal.dumps({"key": _cache_key(), "args": [_compile_args(p) for p in PATTERNS]})
    directory = path.rpartition("/")[0]
    try:  # noqa: SIM105 - contextlib is an import the fast path avoids
        posix.mkdir(directory, 0o755)
    except FileExistsError:
        pass
    atomicfile.write(path, data, 0o644)
    return path


def load_cached(path: str = "") -> "list[re.Pattern[str]] | None":
    """The patterns from the cache, or None (missing, unreadable, other interpreter or patterns)."""
    try:
        with open(path or cache_path(), "rb") as fh:
            data = marshal.loads(fh.read(1 << 20))  # noqa: S302 - written by this module, next to it
        if data["key"] != _cache_key():
            return None
        return [_sre.compile(*args) for args in data["args"]]
    except (OSError, ValueError, EOFError, TypeError, KeyError, RuntimeError):
        return None


def _compile_all() -> "list[re.Pattern[str]]":
    cached = load_cached()
    if cached is not None:
        return cached
    import re

    try:  # noqa: SIM105 - contextlib is an import the fast path avoids
        write_cache()
    except (OSError, ImportError, AttributeError, TypeError):
        pass  # read-only package or another interpreter layout: compile every time
    return [re.compile(p) for p in PATTERNS]


_SYSLOG_RE, _RFC3339_RE, _SUCCESS_RE, _FAST_RE, _IPV4_RE, _DOVECOT_RE, _EXIM_RE = _compile_all()

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_FUTURE_SLACK = timedelta(days=1)


def plain_user(user: str) -> bool:
    """True iff `accounts.validate_username(user)` would accept it."""
    return 0 < len(user) <= MAX_USERNAME and user[0] in _USER_FIRST and all(c in _USER_REST for c in user)


def plain_jail(jail: str) -> bool:
    """True iff `accountban.check_jail(jail)` would accept it."""
    return 0 < len(jail) <= 64 and jail[0] in _ALNUM and all(c in _JAIL_REST for c in jail)


def display(user: str, limit: int = 80) -> str:
    """= `accounts.display`: a one-line, printable form of an untrusted name for messages."""
    shown = user.encode("unicode_escape").decode("ascii")
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


def split_matches(text: str) -> list[str]:
    """= `accountban.split_matches`."""
    return [ln for ln in text.split("\n")[:MAX_LINES] if ln.strip()]


def _syslog_ok(mon: str, day: str, h: str, m: str, s: str, now: datetime) -> bool:
    """Whether `stamps.syslog_time` gives a time (the time itself never enters the evidence)."""
    month = _MONTHS.get(mon)
    if month is None:
        return False
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    tz = now.tzinfo
    try:
        when = datetime(now.year, month, int(day), int(h), int(m), int(s), tzinfo=tz)
    except ValueError:
        try:
            datetime(now.year - 1, month, int(day), int(h), int(m), int(s), tzinfo=tz)
        except ValueError:
            return False
        return True
    if when > now + _FUTURE_SLACK:
        try:
            when.replace(year=now.year - 1)
        except ValueError:
            return False
    return True


def _stamp_end(line: str, now: datetime) -> int:
    """Where the text after `stamps.leading_time`'s stamp begins, or -1 when it gives None."""
    m = _SYSLOG_RE.match(line)
    if m:
        return m.end() if _syslog_ok(m["mon"], m["day"], m["h"], m["m"], m["s"], now) else -1
    m = _RFC3339_RE.match(line)
    if m:
        tz_text = m["tz"]
        try:
            if tz_text and tz_text != "Z":
                digits = tz_text[1:].replace(":", "")
                if int(digits[:2]) > 23 or int(digits[2:4]) > 59:
                    return -1
            datetime(int(m["y"]), int(m["mo"]), int(m["d"]), int(m["h"]), int(m["m"]), int(m["s"]))
        except ValueError:
            return -1
        return m.end()
    return -1


def _canonical_ip(text: str) -> str | None:
    """= `postfix._ip`."""
    if _IPV4_RE.fullmatch(text):
        return text
    import ipaddress

    if text.lower().startswith("ipv6:"):
        text = text[5:]
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return None


def network_of(ip: str) -> str:
    """= `abuse.network_of`: the /24 (IPv4) or /64 (IPv6) that holds `ip`; junk stands for itself."""
    if _IPV4_RE.fullmatch(ip):
        return ip[: ip.rindex(".")] + ".0/24"
    import ipaddress

    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return ip
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    prefix = 24 if addr.version == 4 else 64
    return str(ipaddress.ip_network(f"{addr}/{prefix}", strict=False))


def _postfix(line: str, now: datetime) -> "tuple[str, str, bool] | None":
    """(user, ip, unknown) of a successful postfix SASL login, as `postfix.parse_line` + success."""
    m = _FAST_RE.match(line)
    if m is not None:
        if not _syslog_ok(m["mon"], m["day"], m["h"], m["m"], m["s"], now):
            return None
    else:
        pos = _stamp_end(line, now)
        if pos < 0:
            return None
        m = _SUCCESS_RE.match(line, pos)
        if m is None:
            return None  # a failed login or junk: never counts
    user = m["rest"].rstrip("\r\n").partition(", sasl_sender=")[0].rstrip()
    if not user or len(user) > MAX_USER:
        return None
    ip = _canonical_ip(m["ip"])
    if ip is None:
        return None
    return user, ip, m["name"] == "unknown"


def auth_login(line: str, now: datetime) -> "tuple[str, str, bool] | None":
    """(user, ip, unknown client) of one successful login line, as `accountban.parse_auth_line`."""
    line = line[:MAX_LINE].rstrip("\r\n")
    if "sasl_username=" in line:
        return _postfix(line, now)
    if "-login: " in line:
        pos = _stamp_end(line, now)
        if pos < 0:
            return None
        m = _DOVECOT_RE.match(line, pos)
        return None if m is None else (m["user"], m["ip"], False)
    if " <= " in line:
        m = _EXIM_RE.match(line)
        if m is None:
            return None
        try:
            datetime.fromisoformat(f"{m['d']}T{m['t']}")
        except ValueError:
            return None
        name = m["name"] or ""
        return m["user"], m["ip"], not name
    return None


class Evidence:
    """= `abuse.Evidence` for one user (no webmail addresses in a fail2ban ban)."""

    __slots__ = ("count", "first_line", "ips", "nets", "unknowns", "user")

    def __init__(self, user: str, count: int, nets: int, unknowns: int, ips: int, first_line: str) -> None:
        self.user = user
        self.count = count
        self.nets = nets
        self.unknowns = unknowns
        self.ips = ips
        self.first_line = first_line

    def report_line(self) -> str:
        return (
            f"{self.count} ({self.nets} nets/{self.unknowns} unknowns/{self.ips} IPs/"
            f"0 webmail) -- {self.first_line}"
        )


def user_evidence(user: str, lines: "Iterable[str]", now: datetime) -> Evidence:
    """= `accountban.user_evidence`: only lines that parse as a login of `user` count."""
    count = 0
    first = ""
    ips: set[str] = set()
    nets: set[str] = set()
    unknowns: set[str] = set()
    for n, line in enumerate(lines):
        if n >= MAX_LINES:
            break
        login = auth_login(line, now)
        if login is None or login[0] != user:
            continue
        if not count:
            first = line[:MAX_LINE].rstrip("\r\n")
        count += 1
        ip = login[1]
        if ip not in ips:
            ips.add(ip)
            nets.add(network_of(ip))
        if login[2]:
            unknowns.add(ip)
    return Evidence(user, count, len(nets), len(unknowns), len(ips), first)


def should_disable(evidence: Evidence, max_nets: int, max_unknowns: int) -> bool:
    """= `abuse.DisablePolicy.should_disable` (both strict, as spam-gear's -d)."""
    return evidence.nets > max_nets and evidence.unknowns > max_unknowns


def disable_reason(evidence: Evidence, max_nets: int, max_unknowns: int) -> str:
    """= `abuse.DisablePolicy.reason`."""
    return (
        f"{evidence.count} SASL logins from {evidence.nets} networks (> {max_nets}) and "
        f"{evidence.unknowns} unknown clients (> {max_unknowns})"
    )
