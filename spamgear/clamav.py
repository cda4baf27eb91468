"""A small clamd client: FILDES fd passing on unix sockets, INSTREAM otherwise, z-commands only.

Why not pyclamd (the design card's choice): it writes with `send()` instead of `sendall()` (with a
timeout set the INSTREAM framing desynchronises on large chunks), it has no `FILDES`, so clamd must
open files by path (0600 files of another user come back `ERROR`), and it reports errors in a shape
that callers easily read as "clean". The protocol needed here is about 100 lines of stdlib.

Rules this module keeps:
- clamd never gets a path. `scan_path` opens the file itself (`O_NOFOLLOW`) and passes the fd (unix
  socket) or streams its bytes (TCP), so clamd's own permissions and symlink handling do not matter.
- Every failure is a `Verdict` of kind ERROR with a reason: `... ERROR` replies, `INSTREAM size limit
  exceeded`, a dropped connection, a timeout, a refused connect. Nothing unknown is ever CLEAN.
- Every socket operation is bounded by `clamd.timeout` (one deadline per scan, not per read).
- Imports stay light: the ModSecurity hook imports this on its cold path, so it uses `_socket`
  (importing `socket` costs ~11 ms there) and defers `concurrent.futures` to `scan_many`.
"""

from __future__ import annotations

import _socket
import os
import stat
import struct
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from spamgear.models import Match, Verdict, VerdictKind

if TYPE_CHECKING:
    from spamgear.config import ClamdConfig

SCANNER = "clamd"
#: INSTREAM chunk size; clamd accepts any size up to StreamMaxLength per chunk.
CHUNK = 64 * 1024
#: A reply longer than this is not a clamd reply.
MAX_REPLY = 64 * 1024

T = TypeVar("T")
R = TypeVar("R")


class _ClamdFailure(Exception):
    """Internal: a transport or protocol failure, turned into an ERROR verdict with this reason."""


def parse_reply(reply: bytes) -> tuple[VerdictKind, str]:
    """Judge one clamd reply (`fd[3]: OK`, `stream: Sig FOUND`, `... ERROR`) as (kind, sig-or-reason).

    Anything that is not exactly OK or FOUND is an error, so a malformed reply never reads as clean.
    """
    text = reply.rstrip(b"\0\n").decode("utf-8", "replace")
    if not text:
        return VerdictKind.ERROR, "empty reply from clamd"
    # The part before the first ": " is clamd's name for the object ("fd[5]", "stream"); we never
    # send paths, so it cannot contain ": " itself.
    _, sep, body = text.partition(": ")
    if not sep:
        body = text
    if body == "OK":
        return VerdictKind.CLEAN, ""
    if body.endswith(" FOUND"):
        sig = body[: -len(" FOUND")].strip()
        if sig:
            return VerdictKind.MALICIOUS, sig
        return VerdictKind.ERROR, f"malformed FOUND reply: {text[:200]}"
    if body.endswith(" ERROR"):
        return VerdictKind.ERROR, f"clamd: {body[: -len(' ERROR')].strip()[:200]}"
    return VerdictKind.ERROR, f"unexpected clamd reply: {text[:200]}"


class ClamdClient:
    """One clamd endpoint. Each scan uses its own connection, so one client is safe across threads."""

    def __init__(
        self,
        *,
        socket_path: str = "",
        host: str = "",
        port: int = 3310,
        timeout: float = 30.0,
        stream_max_length: int = 25 * 1024 * 1024,
    ) -> None:
        if not socket_path and not host:
            raise ValueError("ClamdClient needs socket_path or host")
        self.socket_path = socket_path
        self.host = host
        self.port = port
        self.timeout = timeout
        self.stream_max_length = stream_max_length

    @classmethod
    def from_config(cls, cfg: ClamdConfig) -> ClamdClient | None:
        """The configured client, or None when clamd is off (neither `socket` nor `host` set)."""
        if not cfg.socket and not cfg.host:
            return None
        return cls(
            socket_path=cfg.socket,
            host=cfg.host,
            port=cfg.port,
            timeout=cfg.timeout,
            stream_max_length=cfg.stream_max_length,
        )

    @property
    def uses_fdpass(self) -> bool:
        """FILDES works only over a unix socket (the fd travels as SCM_RIGHTS ancillary data)."""
        return bool(self.socket_path)

    def __repr__(self) -> str:
        where = self.socket_path or f"{self.host}:{self.port}"
        return f"ClamdClient({where!r}, timeout={self.timeout})"

    # -- transport -------------------------------------------------------------------------------

    def _connect(self, deadline: float) -> _socket.socket:
        if self.socket_path:
            sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
            address: str | tuple[str, int] = self.socket_path
        else:
            family = _socket.AF_INET6 if ":" in self.host else _socket.AF_INET
            sock = _socket.socket(family, _socket.SOCK_STREAM)
            address = (self.host, self.port)
        try:
            sock.settimeout(_remaining(deadline))
            sock.connect(address)
        except BaseException:
            sock.close()
            raise
        return sock

    @staticmethod
    def _send(sock: _socket.socket, data: bytes, deadline: float) -> None:
        sock.settimeout(_remaining(deadline))
        sock.sendall(data)

    @staticmethod
    def _read_reply(sock: _socket.socket, deadline: float) -> bytes:
        """Read up to the NUL that ends a z-command reply; EOF before it is a dropped connection."""
        buf = b""
        while b"\0" not in buf:
            sock.settimeout(_remaining(deadline))
            chunk = sock.recv(4096)
            if not chunk:
                if buf:
                    raise _ClamdFailure(f"connection closed mid-reply: {buf[:200]!r}")
                raise _ClamdFailure("connection closed by clamd without a reply")
            buf += chunk
            if len(buf) > MAX_REPLY:
                raise _ClamdFailure("reply too long")
        return buf.split(b"\0", 1)[0]

    def _command(self, name: str, body: Callable[[_socket.socket, float], None]) -> bytes:
        """Connect, run `body` (which sends the command), read the reply; map failures to _ClamdFailure."""
        deadline = time.monotonic() + self.timeout
        try:
            sock = self._connect(deadline)
        except TimeoutError as err:
            raise _ClamdFailure(f"timeout connecting to clamd after {self.timeout:g}s") from err
        except OSError as err:
            raise _ClamdFailure(f"cannot connect to clamd at {self._where()}: {_strerror(err)}") from err
        try:
            body(sock, deadline)
            return self._read_reply(sock, deadline)
        except TimeoutError as err:
            raise _ClamdFailure(f"timeout after {self.timeout:g}s during {name}") from err
        except OSError as err:
            # A peer that answered early (size limit) and then closed makes sendall fail: prefer
            # its reply when one is readable.
            reply = _salvage_reply(sock)
            if reply is not None:
                return reply
            raise _ClamdFailure(f"connection to clamd failed during {name}: {_strerror(err)}") from err
        finally:
            sock.close()

    def _where(self) -> str:
        return self.socket_path or f"{self.host}:{self.port}"

    # -- commands --------------------------------------------------------------------------------

    def ping(self) -> bool:
        """True when clamd answers PONG within the timeout."""
        try:
            reply = self._command("PING", lambda s, d: self._send(s, b"zPING\0", d))
        except _ClamdFailure:
            return False
        return reply == b"PONG"

    def version(self) -> str:
        """clamd's version line, for reports; raises ScannerUnavailable when clamd cannot answer."""
        from spamgear.errors import ScannerUnavailable

        try:
            return self._command("VERSION", lambda s, d: self._send(s, b"zVERSION\0", d)).decode(
                "utf-8", "replace"
            )
        except _ClamdFailure as err:
            raise ScannerUnavailable(str(err)) from err

    def scan_fd(self, fd: int, name: str) -> Verdict:
        """Scan an open regular file: FILDES over a unix socket, INSTREAM (bounded) over TCP.

        The fd's file offset is left where it was (INSTREAM reads with pread; clamd reads a passed fd
        through the shared open file description, so FILDES restores the offset afterwards).
        """
        try:
            st = os.fstat(fd)
        except OSError as err:
            return _error(name, f"cannot stat: {_strerror(err)}")
        if not stat.S_ISREG(st.st_mode):
            return _error(name, "not a regular file", size=-1)
        if self.uses_fdpass:
            try:
                offset = os.lseek(fd, 0, os.SEEK_CUR)
            except OSError:
                offset = -1
            try:
                return self._run(name, st.st_size, lambda s, d: _send_fildes(s, fd, d))
            finally:
                if offset >= 0:
                    os.lseek(fd, offset, os.SEEK_SET)
        if st.st_size > self.stream_max_length:
            return _error(name, _over_limit(st.st_size, self.stream_max_length), size=st.st_size)
        return self._run(name, st.st_size, lambda s, d: self._stream_fd(s, fd, d))

    def scan_bytes(self, data: bytes, name: str) -> Verdict:
        """Scan a buffer with INSTREAM (over either socket type)."""
        size = len(data)
        if size > self.stream_max_length:
            return _error(name, _over_limit(size, self.stream_max_length), size=size)
        view = memoryview(data)

        def body(sock: _socket.socket, deadline: float) -> None:
            self._send(sock, b"zINSTREAM\0", deadline)
            for start in range(0, size, CHUNK):
                piece = view[start : start + CHUNK]
                self._send(sock, struct.pack(">I", len(piece)) + piece.tobytes(), deadline)
            self._send(sock, b"\0\0\0\0", deadline)

        return self._run(name, size, body)

    def scan_path(self, path: str | os.PathLike[str]) -> Verdict:
        """Open `path` ourselves (no symlink as last component, no blocking on FIFOs) and scan the fd."""
        name = os.fspath(path)
        try:
            fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
        except OSError as err:
            return _error(name, f"cannot open: {_strerror(err)}")
        try:
            return self.scan_fd(fd, name)
        finally:
            os.close(fd)

    def scan_many(self, paths: Iterable[str], workers: int = 4) -> Iterator[Verdict]:
        """Scan paths with `workers` threads (clamd scans in parallel); yields in completion order."""
        return bounded_map(self.scan_path, paths, workers)

    # -- helpers ---------------------------------------------------------------------------------

    def _run(self, name: str, size: int, body: Callable[[_socket.socket, float], None]) -> Verdict:
        try:
            reply = self._command("scan", body)
        except _ClamdFailure as err:
            return _error(name, str(err), size=size)
        kind, detail = parse_reply(reply)
        if kind is VerdictKind.MALICIOUS:
            return Verdict(name, kind, (Match(rule=detail, scanner=SCANNER),), size=size, scanners=(SCANNER,))
        if kind is VerdictKind.ERROR:
            return _error(name, detail, size=size)
        return Verdict(name, VerdictKind.CLEAN, size=size, scanners=(SCANNER,))

    def _stream_fd(self, sock: _socket.socket, fd: int, deadline: float) -> None:
        self._send(sock, b"zINSTREAM\0", deadline)
        offset = 0
        while True:
            piece = os.pread(fd, CHUNK, offset)
            if not piece:
                break
            offset += len(piece)
            if offset > self.stream_max_length:
                # The file grew while we streamed it: stop, clamd's verdict would cover a prefix only.
                raise _ClamdFailure(_over_limit(offset, self.stream_max_length))
            self._send(sock, struct.pack(">I", len(piece)) + piece, deadline)
        self._send(sock, b"\0\0\0\0", deadline)


def _send_fildes(sock: _socket.socket, fd: int, deadline: float) -> None:
    ClamdClient._send(sock, b"zFILDES\0", deadline)
    sock.settimeout(_remaining(deadline))
    sock.sendmsg([b"\0"], [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, struct.pack("i", fd))])


def _salvage_reply(sock: _socket.socket) -> bytes | None:
    try:
        sock.settimeout(0.5)
        data = sock.recv(4096)
    except OSError:
        return None
    if not data:
        return None
    return data.split(b"\0", 1)[0]


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("clamd deadline passed")
    return left


def _strerror(err: OSError) -> str:
    return err.strerror or str(err) or type(err).__name__


def _over_limit(size: int, limit: int) -> str:
    return f"over StreamMaxLength ({size} > {limit} bytes); not streamed"


def _error(name: str, reason: str, *, size: int = -1) -> Verdict:
    return Verdict(name, VerdictKind.ERROR, reason=reason, size=size, scanners=(SCANNER,))


def bounded_map(fn: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[R]:
    """Apply `fn` with at most `workers` threads and at most 2*workers items in flight.

    `items` is consumed lazily (a path list from stdin can be huge), results come in completion
    order. An exception from `fn` propagates to the caller after the pool shuts down.
    """
    from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

    workers = max(1, workers)
    pending: set[Future[R]] = set()
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="spamgear-scan") as pool:
        for item in items:
            pending.add(pool.submit(fn, item))
            if len(pending) >= 2 * workers:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    yield fut.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield fut.result()
