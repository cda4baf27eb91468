"""Turn the paths a user names into the files to scan, without leaving the tree or blocking.

* A named path is taken as given (a named symlink is followed, like clamscan does for arguments).
* Inside a directory, symlinks are never followed (neither to files nor to dirs), so a walk cannot leave
  the tree; FIFOs, sockets and devices are skipped (opening a FIFO would block, a device has side effects).
* A directory that cannot be listed is reported as an error item, not dropped.
* Paths are bytes throughout, so names that are not valid UTF-8 work.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable, Iterator
from typing import NamedTuple

log = logging.getLogger(__name__)


class WalkItem(NamedTuple):
    """A file to scan (`error` empty) or a path that could not be walked (`error` says why).

    A NamedTuple rather than a frozen dataclass: a rescan creates one per file and little else.
    """

    path: bytes
    follow: bool  # True for a path the user named: open it even if it is a symlink
    error: str = ""


def walk(roots: Iterable[str | bytes]) -> Iterator[WalkItem]:
    """Every file under `roots`, depth first, in name order."""
    for root in roots:
        path = os.fsencode(root)
        if not path:
            continue
        try:
            info = os.stat(path)  # noqa: PTH116 - bytes paths
        except OSError as err:
            yield WalkItem(path, True, f"cannot stat: {err.strerror}")
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk_dir(path)
        else:
            yield WalkItem(path, True)  # the engine reports FIFOs/devices named explicitly as errors


def _walk_dir(top: bytes) -> Iterator[WalkItem]:
    stack = [top]
    while stack:
        directory = stack.pop()
        try:
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda e: e.name, reverse=True)
        except OSError as err:
            yield WalkItem(directory, False, f"cannot list directory: {err.strerror}")
            continue
        files: list[WalkItem] = []
        for entry in entries:
            try:
                if entry.is_symlink():
                    log.debug("not following symlink %r", entry.path)
                elif entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                elif entry.is_file(follow_symlinks=False):
                    files.append(WalkItem(entry.path, False))
                else:
                    log.debug("skipping special file %r", entry.path)
            except OSError as err:
                files.append(WalkItem(entry.path, False, f"cannot stat: {err.strerror}"))
        yield from reversed(files)
