"""Reading logs: the live file plus the rotated ones (`.1`, `.2.gz`, ...) the time window reaches into.

Streams line by line in constant memory. Lines are bytes on disk (user names and HELOs are not always
UTF-8): they are decoded with replacement, and a line longer than MAX_LINE is cut (the rest is dropped).
An optional byte `needle` skips lines before decoding, which is where most of the time goes.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

MAX_LINE = 8192
MAX_ROTATIONS = 52


#: logrotate `dateext`: `mail.log-20160426` or `mail.log-20160426.gz` (also `-2016042612`).
_DATEEXT = re.compile(r"-(\d{8,10})(?:\.gz)?")


def rotations(path: Path) -> list[Path]:
    """Existing rotated siblings of `path`, newest first: `x.1` or `x.1.gz`, then `x.2.gz`, ...; or, with
    logrotate's `dateext`, `x-YYYYMMDD[.gz]` by date."""
    numbered = _numbered(path)
    if numbered:
        return numbered
    try:
        siblings = [p for p in path.parent.iterdir() if p.name.startswith(path.name + "-")]
    except OSError:
        return []
    dated = [
        (m.group(1), p)
        for p in siblings
        if (m := _DATEEXT.fullmatch(p.name[len(path.name) :])) is not None and p.is_file()
    ]
    return [p for _, p in sorted(dated, reverse=True)][:MAX_ROTATIONS]


def _numbered(path: Path) -> list[Path]:
    found: list[Path] = []
    for n in range(1, MAX_ROTATIONS + 1):
        plain = path.with_name(f"{path.name}.{n}")
        gz = path.with_name(f"{path.name}.{n}.gz")
        if plain.is_file():
            found.append(plain)
        elif gz.is_file():
            found.append(gz)
        else:
            break
    return found


def files_for_window(path: Path, since: datetime | None) -> list[Path]:
    """The files to read for lines after `since`, oldest first.

    A rotated file's mtime is the time of its last line, so it is read only when that mtime is at or after
    the window start; older ones cannot hold lines in the window. `since=None` reads the live file only.
    """
    chosen = [path]
    if since is not None:
        start = since.timestamp()
        for rotated in rotations(path):
            try:
                if rotated.stat().st_mtime < start:
                    break
            except OSError:
                break
            chosen.append(rotated)
    return list(reversed(chosen))


def _open(path: Path) -> BinaryIO:
    if path.suffix == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb", buffering=1 << 20)


def read_lines(paths: Iterable[Path], needle: bytes | None = None) -> Iterator[str]:
    """Decoded lines (without the newline) of every file in turn; missing files raise OSError."""
    for path in paths:
        with _open(path) as reader:
            skipping = False
            while True:
                chunk = reader.readline(MAX_LINE)
                if not chunk:
                    break
                complete = chunk.endswith(b"\n")
                if skipping:
                    skipping = not complete
                    continue
                if not complete and len(chunk) >= MAX_LINE:
                    skipping = True
                if needle is not None and needle not in chunk:
                    continue
                yield chunk.decode("utf-8", "replace").rstrip("\r\n")
