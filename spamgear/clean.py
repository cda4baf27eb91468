"""`--clean`: cut an injected code block out of an otherwise legit file, safely, or quarantine it.

spam-gear rewrote files in place, with no backup and not atomically. Here:
1. Only matches of rules with meta `cleanable = true` are cut. Another rule may have fired too (generic
   rules also see an injected `eval(base64_decode(...))`), but only when every string it matched lies
   inside a block that is cut; a clamd hit or a match without offsets means the whole file is suspect.
2. The cut is structural (`strip_injections`, pure): the `<?php ... ?>` block that holds the match,
   and only when that block is at the very start or the very end of the file.
3. A backup goes into the quarantine store first (entry kind `backup`).
4. The new content is written to a temp file in the same directory (via the directory fd, no symlinks
   followed), given the original owner and mode, fsynced, and renamed over the original only if the
   name still holds the inode that was read.
   mtime is NOT kept: the content changed, and backup tools and our incremental scan cache must see it.
5. The result is re-scanned; if it is still detected, the file is quarantined.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import logging
import os
import re
import secrets
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spamgear.errors import QuarantineError
from spamgear.models import Verdict, VerdictKind
from spamgear.quarantine import FILE_FLAGS, NEW_FLAGS, QuarantineStore, open_dir_nofollow, split_path

log = logging.getLogger(__name__)

_OPEN_TAG = re.compile(rb"<\?php", re.IGNORECASE)
#: Files larger than this are not cleaned (quarantined instead); injected sites are PHP sources.
MAX_CLEAN_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class CleanResult:
    """What `--clean` did to one file."""

    path: str
    action: str  # "cleaned", "quarantined", "not-cleanable", "error"
    reason: str = ""
    backup_id: str = ""
    quarantine_id: str = ""
    rescan: Verdict | None = None


def cleanable_offsets(verdict: Verdict) -> tuple[list[int], list[int]] | None:
    """(offsets of the cleanable matches, offsets the cut must cover), or None when not cleanable.

    None when no match is cleanable, or when a non-cleanable match carries no string offsets (a clamd
    hit, a condition-only rule): then nothing proves the finding sits in the injected block.
    """
    if verdict.kind is not VerdictKind.MALICIOUS or not verdict.matches:
        return None
    cut = sorted({s.offset for m in verdict.matches if m.cleanable for s in m.strings})
    if not cut:
        return None
    others = [m for m in verdict.matches if not m.cleanable]
    if any(not m.strings for m in others):
        return None
    return cut, sorted({s.offset for m in others for s in m.strings})


def strip_injections(data: bytes, offsets: Iterable[int], must_cover: Iterable[int] = ()) -> bytes | None:
    """Remove each whole `<?php ... ?>` block starting at one of `offsets`, at the start or end of `data`.

    Returns the cleaned bytes, or None when a match is not in such a block (then the caller must not
    clean), when an offset in `must_cover` (another rule's match) lies outside the removed blocks, or
    when nothing but whitespace would be left.
    """
    blocks: set[tuple[int, int]] = set()
    for offset in offsets:
        if not 0 <= offset < len(data):
            return None
        # Cleanable rules match from the block's own open tag: anything else is not ours to cut.
        if not _OPEN_TAG.match(data, offset):
            return None
        start = offset
        close = data.find(b"?>", offset)
        if close < 0:
            return None
        end = close + 2
        blocks.add((start, end))
    ordered = sorted(blocks)
    if not ordered or any(a[1] > b[0] for a, b in itertools.pairwise(ordered)):
        return None  # nothing, or overlapping blocks: not a clean structure
    if not all(any(start <= off < end for start, end in ordered) for off in must_cover):
        return None  # another rule matched code that stays: the file is not just an injection
    head_end, n_head = 0, 0
    for start, end in ordered:  # leading run: blocks separated by whitespace only, from offset 0
        if data[head_end:start].strip():
            break
        head_end, n_head = end, n_head + 1
    tail_start, n_tail = len(data), 0
    for start, end in reversed(ordered[n_head:]):  # trailing run, up to the end of the file
        if data[end:tail_start].strip():
            break
        tail_start, n_tail = start, n_tail + 1
    if n_head + n_tail != len(ordered):
        return None  # a block in the middle of the file: cutting it could break the site's code
    middle = data[head_end:tail_start] if tail_start >= head_end else b""
    if n_head:
        middle = (
            middle[2:] if middle.startswith(b"\r\n") else middle[1:] if middle.startswith(b"\n") else middle
        )
    if n_tail:
        middle = middle.rstrip(b" \t")
    if not middle.strip():
        return None
    return middle


def clean_file(
    path: str | bytes,
    verdict: Verdict,
    store: QuarantineStore,
    rescan: Callable[[int, str], Verdict],
    *,
    quarantine_if_still_detected: bool = True,
) -> CleanResult:
    """Clean one detected file (see the module doc). Never raises for per-file problems."""
    name = os.fsdecode(path)
    offsets = cleanable_offsets(verdict)
    if offsets is None:
        return CleanResult(name, "not-cleanable", "no cleanable match, or a match that cannot be located")
    try:
        parts = split_path(path)
        parent = open_dir_nofollow(parts[:-1])
    except (OSError, QuarantineError) as err:
        return CleanResult(name, "error", f"cannot walk to the file without following links: {err}")
    try:
        return _clean_in(
            parent, parts[-1], name, path, offsets, verdict, store, rescan, quarantine_if_still_detected
        )
    finally:
        os.close(parent)


def _clean_in(
    parent: int,
    leaf: bytes,
    name: str,
    path: str | bytes,
    offsets: tuple[list[int], list[int]],
    verdict: Verdict,
    store: QuarantineStore,
    rescan: Callable[[int, str], Verdict],
    quarantine_if_still_detected: bool,
) -> CleanResult:
    try:
        fd = os.open(leaf, FILE_FLAGS, dir_fd=parent)
    except OSError as err:
        return CleanResult(name, "error", f"cannot open (no symlinks followed): {err.strerror}")
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_CLEAN_BYTES:
            return CleanResult(name, "not-cleanable", "not a regular file or too large to clean")
        data = os.pread(fd, st.st_size + 1, 0)
    except OSError as err:
        return CleanResult(name, "error", f"cannot read: {err}")
    finally:
        os.close(fd)
    if verdict.sha256 and hashlib.sha256(data).hexdigest() != verdict.sha256:
        return CleanResult(name, "error", "file changed since it was scanned; not cleaned")
    cut, must_cover = offsets
    cleaned = strip_injections(data, cut, must_cover)
    if cleaned is None:
        return CleanResult(
            name,
            "not-cleanable",
            "match is not a whole block at the start or end of the file, or other findings lie outside it",
        )
    try:
        backup = store.quarantine(
            path, verdict.rules, keep_original=True, extra={"note": "backup before clean"}
        )
    except QuarantineError as err:
        return CleanResult(name, "error", f"backup failed, not cleaned: {err}")
    try:
        _replace(parent, leaf, st, cleaned)
    except (OSError, QuarantineError) as err:
        return CleanResult(name, "error", f"not cleaned: {err}", backup_id=backup.id)
    after = _rescan(parent, leaf, name, rescan)
    if after.kind is VerdictKind.CLEAN:
        return CleanResult(name, "cleaned", backup_id=backup.id, rescan=after)
    if not quarantine_if_still_detected:
        return CleanResult(name, "error", f"still {after.kind.value} after cleaning", backup.id, rescan=after)
    try:
        entry = store.quarantine(path, after.rules or verdict.rules)
    except QuarantineError as err:
        return CleanResult(
            name, "error", f"still detected after cleaning; quarantine failed: {err}", backup.id
        )
    return CleanResult(
        name, "quarantined", f"still {after.kind.value} after cleaning", backup.id, entry.id, rescan=after
    )


def _replace(parent: int, leaf: bytes, st: os.stat_result, data: bytes) -> None:
    """Write `data` to a temp file beside `leaf` and rename it over `leaf` if `leaf` is unchanged."""
    tmp = b".spamgear-clean-" + secrets.token_hex(6).encode()
    out = os.open(tmp, NEW_FLAGS, 0o600, dir_fd=parent)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(out, view) :]
            os.fchown(out, st.st_uid, st.st_gid)
            os.fchmod(out, stat.S_IMODE(st.st_mode))
            os.fsync(out)
        finally:
            os.close(out)
        now = os.stat(leaf, dir_fd=parent, follow_symlinks=False)
        if (now.st_dev, now.st_ino, now.st_mtime_ns, now.st_size) != (
            st.st_dev,
            st.st_ino,
            st.st_mtime_ns,
            st.st_size,
        ):
            raise QuarantineError("file changed or was replaced while cleaning; left alone")
        os.rename(tmp, leaf, src_dir_fd=parent, dst_dir_fd=parent)
        os.fsync(parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp, dir_fd=parent)
        raise


def _rescan(parent: int, leaf: bytes, name: str, rescan: Callable[[int, str], Verdict]) -> Verdict:
    try:
        fd = os.open(leaf, FILE_FLAGS, dir_fd=parent)
    except OSError as err:
        return Verdict(name, VerdictKind.ERROR, reason=f"cannot reopen after cleaning: {err.strerror}")
    try:
        return rescan(fd, name)
    finally:
        os.close(fd)
