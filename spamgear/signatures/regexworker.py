"""The bounded Python-regex fallback: patterns run in a child process that the parent can kill.

Python's `re` cannot be interrupted from inside the process (it holds the GIL in C), so a catastrophic
pattern is only truly cut off by killing a separate process. The worker starts lazily, on the first file
that passes a fallback's literal pre-check, and is restarted after a kill.

Wire format (binary pipes): init = u32 length + JSON list of patterns; request = u32 length + JSON list
of pattern indexes, u64 length + data; reply = one line per pattern, `idx start end` or `idx -`, then `done`.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RegexHit:
    index: int
    start: int
    end: int


@dataclass(frozen=True)
class RegexOutcome:
    """Hits found before the deadline, and the pattern indexes that did not finish."""

    hits: tuple[RegexHit, ...]
    unfinished: tuple[int, ...]


def _read_exact(stream: object, size: int) -> bytes:
    read = stream.read  # type: ignore[attr-defined]
    chunks = []
    while size:
        chunk = read(size)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def worker_main() -> int:
    """Child side: compile the patterns once, then answer requests until stdin closes."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    try:
        (size,) = struct.unpack(">I", _read_exact(stdin, 4))
        patterns = [re.compile(p.encode("utf-8")) for p in json.loads(_read_exact(stdin, size))]
        stdout.write(b"ready\n")
        stdout.flush()
        while True:
            (size,) = struct.unpack(">I", _read_exact(stdin, 4))
            indexes = json.loads(_read_exact(stdin, size))
            (size,) = struct.unpack(">Q", _read_exact(stdin, 8))
            data = _read_exact(stdin, size)
            for index in indexes:
                found = patterns[index].search(data)
                line = f"{index} {found.start()} {found.end()}\n" if found else f"{index} -\n"
                stdout.write(line.encode())
                stdout.flush()
            stdout.write(b"done\n")
            stdout.flush()
    except EOFError:
        return 0


#: Seconds a fresh worker may take to start (interpreter + compiling the patterns).
STARTUP_TIMEOUT = 30.0


class RegexRunner:
    """Parent side: run patterns over bytes with a wall-clock bound, killing the worker on overrun."""

    def __init__(self, patterns: list[str]) -> None:
        self.patterns = patterns
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        self._owner = os.getpid()

    def _adopt(self) -> None:
        """After a fork the child must not share (or kill) the parent's worker: start its own lazily."""
        if self._owner != os.getpid():
            self._owner = os.getpid()
            self._proc = None
            self._lock = threading.Lock()

    def _start(self) -> subprocess.Popen[bytes]:
        # -P and cwd="/": never import from the current dir (a cron scan may run inside a user's docroot,
        # where a planted `spamgear/` would otherwise be imported as root). The parent's own sys.path is
        # passed on so the child finds the same spamgear and yara.
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p and Path(p).is_absolute())
        proc = subprocess.Popen(
            [sys.executable, "-P", "-m", "spamgear.signatures.regexworker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            close_fds=True,
            cwd="/",
            env=env,
        )
        if proc.stdin is None:  # pragma: no cover - Popen with PIPE always sets it
            raise OSError("regex worker has no stdin")
        payload = json.dumps(self.patterns).encode()
        proc.stdin.write(struct.pack(">I", len(payload)) + payload)
        proc.stdin.flush()
        # The per-file bound must not be eaten by interpreter start-up on a busy host: wait for "ready"
        # (bounded separately) before any file's clock starts.
        if proc.stdout is None:  # pragma: no cover - Popen with PIPE always sets it
            raise OSError("regex worker has no stdout")
        fd = proc.stdout.fileno()
        ready = b""
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not ready.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                proc.kill()
                proc.wait()
                raise OSError("regex worker did not start")
            chunk = os.read(fd, 64)
            if not chunk:
                proc.wait()
                raise OSError("regex worker exited at start")
            ready += chunk
        if ready != b"ready\n":
            proc.kill()
            proc.wait()
            raise OSError(f"regex worker said {ready[:40]!r}")
        return proc

    def close(self) -> None:
        self._adopt()
        with self._lock:
            self._stop()

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or self._owner != os.getpid():
            return
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                stream.close()

    def run(self, indexes: list[int], data: bytes, timeout: float) -> RegexOutcome:
        """Search `data` with the given patterns; whatever is not done after `timeout` s is unfinished."""
        if not indexes:
            return RegexOutcome((), ())
        self._adopt()
        with self._lock:
            if self._proc is None or self._proc.poll() is not None:
                self._stop()
                try:
                    self._proc = self._start()
                except OSError:
                    return RegexOutcome((), tuple(indexes))
            deadline = time.monotonic() + timeout
            proc = self._proc
            if proc.stdin is None or proc.stdout is None:  # pragma: no cover - PIPE always sets them
                raise OSError("regex worker has no pipes")
            request = json.dumps(indexes).encode()
            try:
                proc.stdin.write(struct.pack(">I", len(request)) + request + struct.pack(">Q", len(data)))
                proc.stdin.write(data)
                proc.stdin.flush()
            except (BrokenPipeError, OSError):
                self._stop()
                return RegexOutcome((), tuple(indexes))
            hits: list[RegexHit] = []
            done: set[int] = set()
            fd = proc.stdout.fileno()
            buffer = b""
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    self._stop()
                    break
                ready, _, _ = select.select([fd], [], [], left)
                if not ready:
                    continue
                chunk = os.read(fd, 65536)
                if not chunk:
                    self._stop()
                    break
                buffer += chunk
                finished = False
                while b"\n" in buffer:
                    line, buffer = buffer.split(b"\n", 1)
                    if line == b"done":
                        finished = True
                        break
                    parts = line.split()
                    index = int(parts[0])
                    done.add(index)
                    if parts[1] != b"-":
                        hits.append(RegexHit(index, int(parts[1]), int(parts[2])))
                if finished:
                    break
            return RegexOutcome(tuple(hits), tuple(i for i in indexes if i not in done))

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # interpreter shutdown: nothing useful left to do
            self._stop()


if __name__ == "__main__":
    raise SystemExit(worker_main())
