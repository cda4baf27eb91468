"""Resident scan daemon: rules loaded once, uploads handed over as file descriptors.

Listens on a unix stream socket (`daemon.socket`, default `/run/spamgear/scan.sock`, or
`$SPAMGEAR_SOCKET`), mode 0660 with the group from `daemon.group`, and speaks the protocol in
`spamgear.scanproto`: the client passes the open temp file with SCM_RIGHTS, so the daemon needs no
permission on the web server's 0600 file, and clamd gets the same fd (FILDES), never a path.

Each connection is served by its own thread (served-out threads wait as spares for the next
connection), at most `daemon.workers` scans at a time (YARA matching releases the GIL).
SIGHUP reloads the config and the compiled rules; so does any change of the files in
`signatures.cache_dir` (checked about once a second). A failed reload keeps the rules already
loaded; with no rules at all every answer is the fail-policy line, never a guess.
"""

from __future__ import annotations

import contextlib
import grp
import logging
import os
import queue
import signal
import socket
import stat
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spamgear.adapters.modsec import decide, error_line, sha256_fd, syslog_send
from spamgear.config import Config
from spamgear.errors import ScannerUnavailable, SpamgearError
from spamgear.scanproto import MAX_REQUEST_LINE, clean_name

log = logging.getLogger(__name__)

ENV_SOCKET = "SPAMGEAR_SOCKET"
#: Seconds a client gets to send its request line before the daemon hangs up.
REQUEST_TIMEOUT = 2.0
#: How often the accept loop wakes up to look at the rules cache and pending signals.
TICK = 0.5
#: Served-out connection threads kept waiting for the next connection: starting a thread per
#: request cost ~0.2-0.4 ms of each upload's round trip (measured); more connections at once still
#: get a thread each.
SPARE_THREADS = 4

ScannerFactory = Callable[[Config], Any]


def socket_path(cfg: Config) -> str:
    """`$SPAMGEAR_SOCKET` wins over `daemon.socket`."""
    return os.environ.get(ENV_SOCKET) or cfg.daemon.socket


def cache_stamp(cache_dir: str) -> tuple[tuple[str, int, int], ...]:
    """(name, mtime_ns, size) of every file in the rules cache dir: changes when the cache is rebuilt."""
    try:
        entries = sorted(os.scandir(cache_dir), key=lambda e: e.name)
    except OSError:
        return ()
    stamp = []
    for entry in entries:
        with contextlib.suppress(OSError):
            st = entry.stat(follow_symlinks=True)
            if stat.S_ISREG(st.st_mode):
                stamp.append((entry.name, st.st_mtime_ns, st.st_size))
    return tuple(stamp)


def _default_factory(cfg: Config) -> Any:
    from spamgear.uploadscan import UploadScanner

    return UploadScanner.from_config(cfg)


class ScanDaemon:
    """Owns the listening socket, the loaded scanner and the reload logic."""

    def __init__(
        self,
        cfg: Config,
        *,
        config_loader: Callable[[], Config] | None = None,
        scanner_factory: ScannerFactory = _default_factory,
        path: str | None = None,
    ) -> None:
        self.cfg = cfg
        self.path = path or socket_path(cfg)
        self._config_loader = config_loader
        self._factory = scanner_factory
        self._scanner: Any | None = None
        self._retiring: Any | None = None
        self._last_check = 0.0
        self._load_error = "rules not loaded"
        self._stamp: tuple[tuple[str, int, int], ...] = ()
        self._slots = threading.BoundedSemaphore(max(1, cfg.daemon.workers))
        self._connections = threading.BoundedSemaphore(max(1, cfg.daemon.max_connections))
        self._stop = threading.Event()
        self._reload_requested = threading.Event()
        self._sock: socket.socket | None = None
        self._handoff: queue.SimpleQueue[socket.socket | None] = queue.SimpleQueue()
        self._spare = 0
        self._spare_lock = threading.Lock()
        self.reloads = 0

    # ---- rules -------------------------------------------------------------------------
    def load(self) -> bool:
        """(Re)build the scanner; keep the old one when this fails. True on success."""
        self._stamp = cache_stamp(self.cfg.signatures.cache_dir)
        try:
            scanner = self._factory(self.cfg)
        except (SpamgearError, OSError, ImportError) as err:
            self._load_error = f"rules not loaded: {err}"
            log.error(
                "loading the scanner failed, %s: %s",
                "keeping the previous rules"
                if self._scanner is not None
                else "answering with the fail policy",
                err,
            )
            return False
        # The scanner replaced now may still serve in-flight scans: close the one from the reload
        # before (its engine may own a regex worker process).
        self._close_quietly(self._retiring)
        self._retiring, self._scanner = self._scanner, scanner
        self.reloads += 1
        log.info("scanner loaded (%s), reload #%d", getattr(scanner, "scanners", "?"), self.reloads)
        return True

    @staticmethod
    def _close_quietly(scanner: Any | None) -> None:
        close = getattr(scanner, "close", None)
        if close is not None:
            try:
                close()
            except Exception as err:  # closing an old engine must not stop the daemon
                log.warning("closing the previous scanner failed: %s", err)

    def request_reload(self) -> None:
        self._reload_requested.set()

    def _maybe_reload(self) -> None:
        """Reload on SIGHUP at once; look at the cache dir at most once per TICK."""
        now = time.monotonic()
        if not self._reload_requested.is_set() and now - self._last_check < TICK:
            return
        self._last_check = now
        if self._reload_requested.is_set():
            self._reload_requested.clear()
            if self._config_loader is not None:
                try:
                    self.cfg = self._config_loader()
                except SpamgearError as err:
                    log.error("config reload failed, keeping the old config: %s", err)
            self.load()
        elif cache_stamp(self.cfg.signatures.cache_dir) != self._stamp:
            log.info("rules cache changed, reloading")
            self.load()

    # ---- socket ------------------------------------------------------------------------
    def bind(self) -> socket.socket:
        """Bind the socket 0660 (group `daemon.group`); replaces a stale socket, not a live one."""
        path = Path(self.path)
        if not path.parent.is_dir():
            path.parent.mkdir(mode=0o755, parents=True)
        if path.is_socket():
            probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                probe.settimeout(0.5)
                probe.connect(self.path)
            except OSError:
                path.unlink()  # stale: nobody answers
            else:
                raise ScannerUnavailable(f"{self.path}: another daemon is already listening")
            finally:
                probe.close()
        elif path.exists():
            raise ScannerUnavailable(f"{self.path}: exists and is not a socket")
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old_umask = os.umask(0o117)
        try:
            sock.bind(self.path)
        finally:
            os.umask(old_umask)
        Path(self.path).chmod(0o660)
        if self.cfg.daemon.group:
            try:
                gid = grp.getgrnam(self.cfg.daemon.group).gr_gid
            except KeyError as err:
                sock.close()
                raise ScannerUnavailable(f"daemon.group: no group {self.cfg.daemon.group!r}") from err
            os.chown(self.path, -1, gid)
        sock.listen(64)
        sock.settimeout(TICK)
        self._sock = sock
        return sock

    @property
    def bound(self) -> bool:
        return self._sock is not None

    def serve_forever(self) -> None:
        """Accept until `stop()`; one thread per connection (a spare one when waiting), bounded by
        `daemon.workers` scans."""
        sock = self._sock or self.bind()
        if self._scanner is None:
            self.load()
        log.info("listening on %s", self.path)
        try:
            while not self._stop.is_set():
                if not self._connections.acquire(timeout=TICK):
                    self._maybe_reload()  # all connection slots busy: the backlog holds new clients
                    continue
                try:
                    conn, _ = sock.accept()
                except (TimeoutError, InterruptedError):
                    self._connections.release()
                    self._maybe_reload()
                    continue
                self._dispatch(conn)
                self._maybe_reload()
        finally:
            self._release_spares()
            sock.close()
            with contextlib.suppress(OSError):
                Path(self.path).unlink()
            self._close_quietly(self._retiring)
            self._close_quietly(self._scanner)

    def stop(self) -> None:
        self._stop.set()
        self._release_spares()

    # ---- connection threads ------------------------------------------------------------
    def _dispatch(self, conn: socket.socket) -> None:
        """Hand `conn` to a spare thread, or start one when none is waiting."""
        with self._spare_lock:
            if self._spare > 0:
                self._spare -= 1
                self._handoff.put(conn)
                return
        try:
            threading.Thread(target=self._worker, args=(conn,), daemon=True).start()
        except RuntimeError as err:  # the system's thread limit: drop this client, keep serving
            log.warning("client dropped: %s", err)
            conn.close()
            self._connections.release()

    def _worker(self, conn: socket.socket | None) -> None:
        """Serve `conn`, then wait as a spare for the next one (at most SPARE_THREADS wait)."""
        while conn is not None:
            self._serve_one(conn)
            with self._spare_lock:
                if self._spare >= SPARE_THREADS or self._stop.is_set():
                    return
                self._spare += 1
            conn = self._handoff.get()

    def _release_spares(self) -> None:
        with self._spare_lock:
            waiting, self._spare = self._spare, 0
        for _ in range(waiting):
            self._handoff.put(None)

    # ---- one client --------------------------------------------------------------------
    def _serve_one(self, conn: socket.socket) -> None:
        fds: list[int] = []
        try:
            conn.settimeout(REQUEST_TIMEOUT)
            line, fds, rest = self._read_request(conn)
            if not line and not fds and not rest:
                return  # a probe (connect + close, e.g. a second daemon checking the socket)
            reply, after = self._handle(conn, line, fds, rest)
            conn.sendall(reply)
            conn.close()  # the client has its answer: hash and log afterwards
            if after is not None:
                after()
        except BrokenPipeError:
            log.info("client left before its answer (its deadline passed)")
        except (OSError, ValueError) as err:
            log.warning("client dropped: %s", err)
        finally:
            for fd in fds:
                with contextlib.suppress(OSError):
                    os.close(fd)
            conn.close()
            self._connections.release()

    @staticmethod
    def _read_request(conn: socket.socket) -> tuple[str, list[int], bytes]:
        """The request line, any descriptors that came with it, and bytes already read past it."""
        buf = b""
        fds: list[int] = []
        while b"\n" not in buf:
            data, new_fds, _flags, _addr = socket.recv_fds(conn, 4096, 4)
            fds.extend(new_fds)
            if not data:
                break
            buf += data
            if len(buf) > MAX_REQUEST_LINE:
                raise ValueError("request line too long")
        line, _, rest = buf.partition(b"\n")
        return line.decode("utf-8", "replace"), fds, rest

    def _handle(
        self, conn: socket.socket, line: str, fds: list[int], rest: bytes
    ) -> tuple[bytes, Callable[[], None] | None]:
        """(reply, work to do after replying) for one request."""
        policy = self.cfg.hook.fail_policy
        cmd, _, arg = line.partition(" ")
        if cmd == "PING":
            return f"PONG {self.reloads}\n".encode(), None
        if cmd == "FD":
            if len(fds) != 1:
                return error_line(policy, "protocol: FD needs exactly one descriptor"), None
            return self._scan(fds[0], clean_name(arg), "daemon-fd")
        if cmd == "STREAM":
            size_text, _, name = arg.partition(" ")
            size = int(size_text) if size_text.isdigit() else -1
            if size < 0 or size > self.cfg.scan.max_file_size:
                return error_line(policy, "protocol: bad or oversized STREAM"), None
            mfd = os.memfd_create("spamgear-upload", os.MFD_CLOEXEC)
            fds.append(mfd)
            os.write(mfd, rest[:size])
            got = min(len(rest), size)
            while got < size:
                chunk = conn.recv(min(1 << 20, size - got))
                if not chunk:
                    return error_line(policy, "protocol: STREAM cut short"), None
                os.write(mfd, chunk)
                got += len(chunk)
            return self._scan(mfd, clean_name(name), "daemon-stream")
        return error_line(policy, "protocol: unknown request"), None

    def _scan(self, fd: int, name: str, via: str) -> tuple[bytes, Callable[[], None]]:
        """Scan and judge now; the returned callable hashes and logs once the client has its line."""
        policy = self.cfg.hook.fail_policy
        scanner = self._scanner
        digest = ""
        with self._slots:
            if scanner is None:
                line, message, severity = error_line(policy, self._load_error), "verdict=error", 3
                message += f" policy={policy} reason={self._load_error}"
            else:
                try:
                    verdict = scanner.scan_fd(fd, name)
                    line, message, severity = decide(verdict, policy)
                    digest = verdict.sha256
                except Exception as err:  # any scanner failure -> fail policy, logged
                    why = f"{type(err).__name__}: {err}"
                    line, message, severity = error_line(policy, why), "verdict=error", 3
                    message += f" policy={policy} reason={why}"

        def after() -> None:
            found = digest
            if not found:
                with contextlib.suppress(OSError):
                    found = sha256_fd(fd, self.cfg.scan.max_file_size)
            syslog_send(
                self.cfg.hook.syslog_socket,
                f"modsec {message} sha256={found or '-'} file={name} via={via}",
                severity,
            )

        return line, after


def run_daemon(daemon: ScanDaemon) -> int:
    """Serve with SIGHUP = reload and SIGTERM/SIGINT = stop (main thread only)."""
    signal.signal(signal.SIGHUP, lambda _s, _f: daemon.request_reload())
    signal.signal(signal.SIGTERM, lambda _s, _f: daemon.stop())
    signal.signal(signal.SIGINT, lambda _s, _f: daemon.stop())
    if not daemon.bound:
        daemon.bind()
    daemon.load()
    started = time.monotonic()
    daemon.serve_forever()
    log.info("stopped after %.0f s", time.monotonic() - started)
    return 0
