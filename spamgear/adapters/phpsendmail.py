"""`spamgear-phpsendmail`: PHP's `sendmail_path` wrapper that logs who sends, then runs the real sendmail.

php.ini: `sendmail_path = /usr/local/bin/spamgear-phpsendmail -t -i`, plus an `auto_prepend_file` that
`putenv()`s SCRIPT_FILENAME, HTTP_HOST, REQUEST_URI and REMOTE_ADDR (spam-gear's logs/README.md). Each mail
logs one syslog line (facility mail) that `php-legacy-spam-check` counts:

    sendmail-php url=HOST/URI, client=IP, filename=PATH, uid=N, user=NAME, args=-t -i

Every value is percent-encoded (`%`, `,`, spaces and control characters), so a hostile file name or URL
cannot forge fields or lines. The real sendmail is `exec`ed with the checked arguments as argv: no shell,
and only the options PHP's mail() uses are passed on (`-X logfile` and friends are refused).
"""

from __future__ import annotations

import os
import pwd
import string
import sys
from collections.abc import Mapping, Sequence
from urllib.parse import quote

EX_USAGE = 64
EX_UNAVAILABLE = 69
MAX_VALUE = 1024
#: Printable ASCII that needs no encoding in a log field.
_SAFE = "".join(ch for ch in string.printable if ch not in "%, \t\n\r\x0b\x0c")
FLAGS = {"-t", "-i", "-oi", "-odi", "-odb", "-odq", "-oem", "-oee", "-oep", "-n", "-v"}
VALUE_OPTIONS = {"-f", "-F", "-r"}


def field(value: str) -> str:
    """One log field: bounded and percent-encoded (see module doc)."""
    return quote(value[:MAX_VALUE], safe=_SAFE)


def _check_value(opt: str, value: str) -> str:
    if not value or len(value) > 320 or value.startswith("-"):
        raise ValueError(f"bad value for {opt}")
    if any(not ch.isprintable() for ch in value) or (opt != "-F" and any(ch.isspace() for ch in value)):
        raise ValueError(f"bad value for {opt}")
    return value


def check_args(args: Sequence[str]) -> list[str]:
    """The arguments to pass on, or ValueError naming the first one refused."""
    out: list[str] = []
    i = 0
    recipients = False
    while i < len(args):
        arg = args[i]
        if recipients or not arg.startswith("-"):
            out.append(_check_value("recipient", arg))
        elif arg == "--":
            recipients = True
            out.append(arg)
        elif arg in FLAGS:
            out.append(arg)
        elif arg[:2] in VALUE_OPTIONS:
            opt, value = arg[:2], arg[2:]
            if not value:
                i += 1
                if i >= len(args):
                    raise ValueError(f"{opt} needs a value")
                value = args[i]
            out += [opt, _check_value(opt, value)]
        else:
            raise ValueError(f"option {field(arg)} is not allowed")
        i += 1
    return out


def log_line(env: Mapping[str, str], uid: int, user: str, args: Sequence[str]) -> str:
    url = env.get("HTTP_HOST", "") + env.get("REQUEST_URI", "")
    return (
        f"sendmail-php url={field(url)}, client={field(env.get('REMOTE_ADDR', ''))}, "
        f"filename={field(env.get('SCRIPT_FILENAME', ''))}, uid={uid}, user={field(user)}, "
        f"args={field(' '.join(args))}"
    )


def _syslog(socket_path: str, message: str) -> None:
    """One RFC 3164 datagram, facility mail, severity info; OSError when syslog cannot take it."""
    import socket

    payload = f"<22>spamgear-phpsendmail[{os.getpid()}]: {message}".encode("utf-8", "replace")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.sendto(payload, socket_path)


def main(argv: Sequence[str] | None = None) -> int:
    from spamgear.config import load_config
    from spamgear.errors import SpamgearError

    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--help"]:
        print(__doc__.strip() if __doc__ else "usage: spamgear-phpsendmail [sendmail options]")
        return 0
    uid = os.getuid()
    try:
        user = pwd.getpwuid(uid).pw_name
    except KeyError:
        user = str(uid)
    try:
        cfg = load_config()
    except SpamgearError as err:
        print(f"spamgear-phpsendmail: {err}", file=sys.stderr)
        return EX_UNAVAILABLE
    try:
        checked = check_args(args)
    except ValueError as err:
        message = log_line(os.environ, uid, user, args) + f", refused={field(str(err))}"
        _try_syslog(cfg.logs.syslog_socket, message)
        print(f"spamgear-phpsendmail: refused: {err}", file=sys.stderr)
        return EX_USAGE
    _try_syslog(cfg.logs.syslog_socket, log_line(os.environ, uid, user, checked))
    real = cfg.logs.sendmail_path
    try:
        os.execv(real, [real, *checked])  # noqa: S606 - argv exec, no shell involved
    except OSError as err:
        print(f"spamgear-phpsendmail: {real}: {err.strerror}", file=sys.stderr)
        return EX_UNAVAILABLE
    return EX_UNAVAILABLE  # pragma: no cover - execv does not return


def _try_syslog(socket_path: str, message: str) -> None:
    """Mail must still go out when syslog is down; the failure is said on stderr (PHP's error log)."""
    try:
        _syslog(socket_path, message)
    except OSError as err:
        print(f"spamgear-phpsendmail: syslog {socket_path}: {err.strerror}", file=sys.stderr)
