"""Wire protocol between the hook clients and `spamgear daemon` (unix stream socket).

Builtins only: the Python client imports this under `python3 -I -S` on every upload.

One request per connection, one line back, then the daemon closes:

    FD <name>\\n                  + exactly one descriptor in the same sendmsg (SCM_RIGHTS)
    STREAM <size> <name>\\n<size bytes>   content inline (the Lua client: LuaSocket cannot pass fds)
    PING\\n

The reply to FD/STREAM is the ModSecurity protocol line itself, which a client prints verbatim:
`1 spamgear: OK`, `0 spamgear: FOUND <rules>`, or `1|0 spamgear: error (fail-open|fail-closed): <why>`
(the daemon applies its configured fail policy). PING answers `PONG <rules id>`. `<name>` is only a
label for the log (the file's base name); it is never used as a path.
"""

#: Longest request line accepted (command + label); longer is a protocol error.
MAX_REQUEST_LINE = 1024
MAX_NAME = 200


def clean_name(name: str) -> str:
    """A label safe for one protocol line: no control characters, bounded length."""
    text = "".join(ch if " " <= ch != "\x7f" else "?" for ch in name)
    return text[:MAX_NAME] or "-"


def fd_request(name: str) -> bytes:
    return ("FD " + clean_name(name) + "\n").encode("utf-8", "replace")


def stream_request(size: int, name: str) -> bytes:
    return f"STREAM {size} {clean_name(name)}\n".encode("utf-8", "replace")


def valid_reply(line: bytes) -> bool:
    """A reply the client may print as is: `0 ...` or `1 ...`, one line, at least two bytes."""
    return len(line) >= 3 and line[:2] in (b"0 ", b"1 ") and line.endswith(b"\n") and line.count(b"\n") == 1
