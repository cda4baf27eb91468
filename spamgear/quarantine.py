"""Quarantine store: move detected files out of customer trees, with a manifest, and put them back.

This runs as root over user-writable trees, so every step works on directory fds:
- Paths are walked from `/` one component at a time with `O_DIRECTORY | O_NOFOLLOW` (`openat`-style
  `os.open(name, ..., dir_fd=)`). A component that is (or becomes) a symlink fails the walk; nothing
  is followed. Only the last directory's fd is used afterwards, so a component swapped for a symlink
  after the walk changes nothing: all names are resolved inside the pinned directory.
- The file is opened with `O_NOFOLLOW` and checked to be a regular file; its (dev, inode) is compared
  with what was moved, and a mismatch (a swap between open and move) is undone.
- Same filesystem: one `rename` (atomic). Another filesystem: copy from the open fd, `fsync`, re-read
  and compare sha256, commit the entry, and only then unlink the original (if it is still the same
  inode). Whatever fails, the original stays in place or a complete entry exists (or both).
- The quarantined inode is not chowned/chmodded (other hard links would change too); the store
  directory is 0700 root, which is what makes it inert.

Layout: `<dir>/<id>/data` + `<dir>/<id>/meta.json`; an entry is committed by renaming
`<dir>/.tmp-<id>` to `<dir>/<id>`, so `list` never sees half an entry.
"""

# Directory-fd work (listdir(fd), getcwd bytes) has no pathlib equivalent:
# ruff: noqa: PTH100, PTH103, PTH109, PTH112, PTH208

from __future__ import annotations

import base64
import contextlib
import errno
import hashlib
import json
import logging
import os
import secrets
import stat
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spamgear.errors import QuarantineError

if TYPE_CHECKING:
    from spamgear.config import QuarantineConfig

log = logging.getLogger(__name__)

DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
NEW_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
CHUNK = 1024 * 1024
DATA = "data"
META = "meta.json"
TMP_PREFIX = ".tmp-"


@dataclass(frozen=True)
class Entry:
    """One quarantined (or backed-up) file and the facts needed to restore it exactly."""

    id: str
    path: str  # original path as str (surrogateescape for non-UTF-8 bytes)
    path_b64: str  # the original path's raw bytes, what restore uses
    uid: int
    gid: int
    mode: int
    mtime_ns: int
    atime_ns: int
    size: int
    sha256: str
    rules: tuple[str, ...]
    time: float
    kind: str = "quarantine"  # or "backup" (original left in place, e.g. before --clean)
    method: str = "rename"  # or "copy" (another filesystem)
    nlink: int = 1
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def raw_path(self) -> bytes:
        return base64.b64decode(self.path_b64)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "path_b64": self.path_b64,
            "uid": self.uid,
            "gid": self.gid,
            "mode": f"{stat.S_IMODE(self.mode):04o}",
            "mtime_ns": self.mtime_ns,
            "atime_ns": self.atime_ns,
            "size": self.size,
            "sha256": self.sha256,
            "rules": list(self.rules),
            "time": self.time,
            "kind": self.kind,
            "method": self.method,
            "nlink": self.nlink,
            **({"extra": self.extra} if self.extra else {}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entry:
        try:
            return cls(
                id=str(data["id"]),
                path=str(data["path"]),
                path_b64=str(data["path_b64"]),
                uid=int(data["uid"]),
                gid=int(data["gid"]),
                mode=int(str(data["mode"]), 8),
                mtime_ns=int(data["mtime_ns"]),
                atime_ns=int(data["atime_ns"]),
                size=int(data["size"]),
                sha256=str(data["sha256"]),
                rules=tuple(str(r) for r in data.get("rules", ())),
                time=float(data["time"]),
                kind=str(data.get("kind", "quarantine")),
                method=str(data.get("method", "rename")),
                nlink=int(data.get("nlink", 1)),
                extra=dict(data.get("extra", {})),
            )
        except (KeyError, TypeError, ValueError) as err:
            raise QuarantineError(f"bad quarantine record: {err}") from err


def split_path(path: str | bytes | os.PathLike[str]) -> list[bytes]:
    """Absolute path -> components as bytes; `..` is refused (it could climb out through a symlink)."""
    raw = os.fsencode(path)
    if not raw.startswith(b"/"):
        raw = os.fsencode(os.getcwd()) + b"/" + raw
    parts = [c for c in raw.split(b"/") if c not in (b"", b".")]
    if b".." in parts:
        raise QuarantineError(f"{os.fsdecode(raw)}: '..' in path refused")
    if not parts:
        raise QuarantineError(f"{os.fsdecode(raw)}: not a file path")
    return parts


def open_dir_nofollow(parts: Iterable[bytes]) -> int:
    """Open the directory `/parts...` walking one component at a time, never following a symlink."""
    fd = os.open("/", DIR_FLAGS)
    try:
        for comp in parts:
            nfd = os.open(comp, DIR_FLAGS, dir_fd=fd)
            os.close(fd)
            fd = nfd
    except BaseException:
        os.close(fd)
        raise
    return fd


@contextlib.contextmanager
def _fd(fd: int) -> Iterator[int]:
    try:
        yield fd
    finally:
        os.close(fd)


def sha256_fd(fd: int) -> str:
    """sha256 of a whole file read with pread (the offset is not moved)."""
    h = hashlib.sha256()
    offset = 0
    while True:
        piece = os.pread(fd, CHUNK, offset)
        if not piece:
            return h.hexdigest()
        h.update(piece)
        offset += len(piece)


def _copy_fd(src: int, dst: int) -> str:
    """Copy src (from offset 0) to dst, returning the sha256 of what was written; fsyncs dst."""
    h = hashlib.sha256()
    offset = 0
    while True:
        piece = os.pread(src, CHUNK, offset)
        if not piece:
            break
        h.update(piece)
        view = memoryview(piece)
        while view:
            n = os.write(dst, view)
            view = view[n:]
        offset += len(piece)
    os.fsync(dst)
    return h.hexdigest()


def _same(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _move_noreplace(src_dir: int, src: bytes | str, dst_dir: int, dst: bytes | str) -> None:
    """Move a non-directory without replacing anything: link (fails on EEXIST) then unlink."""
    os.link(src, dst, src_dir_fd=src_dir, dst_dir_fd=dst_dir, follow_symlinks=False)
    os.unlink(src, dir_fd=src_dir)


class QuarantineStore:
    """A quarantine directory (root-owned, 0700) and the operations on its entries."""

    def __init__(self, root: str) -> None:
        self.root = os.path.abspath(root)

    @classmethod
    def from_config(cls, cfg: QuarantineConfig) -> QuarantineStore:
        return cls(cfg.dir)

    # -- the store directory ---------------------------------------------------------------------

    def delete(self, entry_id: str) -> None:
        """Drop one entry (its data is gone for good)."""
        _check_id(entry_id)
        root = self._open_root(create=False)
        with _fd(root):
            try:
                os.stat(entry_id, dir_fd=root, follow_symlinks=False)
                done = ".done-" + entry_id
                os.rename(entry_id, done, src_dir_fd=root, dst_dir_fd=root)
                _remove_entry_dir(root, done)
            except FileNotFoundError:
                raise QuarantineError(f"no quarantine entry {entry_id!r} in {self.root}") from None
            except OSError as err:
                raise QuarantineError(f"quarantine entry {entry_id!r}: cannot delete: {err}") from err

    def _open_root(self, create: bool) -> int:
        if create:
            try:
                os.makedirs(self.root, mode=0o700, exist_ok=True)
            except OSError as err:
                raise QuarantineError(f"{self.root}: cannot create quarantine dir: {err.strerror}") from err
        try:
            fd = os.open(self.root, DIR_FLAGS)
        except FileNotFoundError:
            if not create:
                raise QuarantineError(f"{self.root}: no quarantine dir") from None
            raise QuarantineError(f"{self.root}: quarantine dir vanished") from None
        except OSError as err:
            raise QuarantineError(f"{self.root}: cannot open quarantine dir: {err.strerror}") from err
        try:
            st = os.fstat(fd)
        except OSError as err:
            os.close(fd)
            raise QuarantineError(f"{self.root}: cannot stat quarantine dir: {err}") from err
        if st.st_uid != os.geteuid() or st.st_mode & 0o022:
            os.close(fd)
            raise QuarantineError(
                f"{self.root}: quarantine dir must be owned by uid {os.geteuid()} and not "
                f"group/world-writable (owner {st.st_uid}, mode {stat.S_IMODE(st.st_mode):04o})"
            )
        return fd

    def _new_id(self) -> str:
        return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + secrets.token_hex(4)

    # -- quarantine ------------------------------------------------------------------------------

    def quarantine(
        self,
        path: str | bytes,
        rules: Iterable[str] = (),
        *,
        keep_original: bool = False,
        force_copy: bool = False,
        extra: dict[str, Any] | None = None,
    ) -> Entry:
        """Move `path` into the store (or copy it, with `keep_original`, as a backup before cleaning).

        Raises QuarantineError when nothing was moved; the original is then untouched.
        """
        parts = split_path(path)
        shown = os.fsdecode(b"/" + b"/".join(parts))
        try:
            parent = open_dir_nofollow(parts[:-1])
        except OSError as err:
            raise QuarantineError(f"{shown}: cannot walk to the file without following links: {err}") from err
        with _fd(parent):
            try:
                src = os.open(parts[-1], FILE_FLAGS, dir_fd=parent)
            except OSError as err:
                raise QuarantineError(f"{shown}: cannot open (no symlinks followed): {err.strerror}") from err
            with _fd(src):
                try:
                    st = os.fstat(src)
                except OSError as err:
                    raise QuarantineError(f"{shown}: cannot stat: {err}") from err
                if not stat.S_ISREG(st.st_mode):
                    raise QuarantineError(f"{shown}: not a regular file")
                root = self._open_root(create=True)
                with _fd(root):
                    return self._quarantine_open(
                        parent, parts, src, st, root, tuple(rules), keep_original, force_copy, extra or {}
                    )

    def _quarantine_open(
        self,
        parent: int,
        parts: list[bytes],
        src: int,
        st: os.stat_result,
        root: int,
        rules: tuple[str, ...],
        keep_original: bool,
        force_copy: bool,
        extra: dict[str, Any],
    ) -> Entry:
        name = parts[-1]
        raw_path = b"/" + b"/".join(parts)
        shown = os.fsdecode(raw_path)
        entry_id = self._new_id()
        tmp_name = TMP_PREFIX + entry_id
        try:
            os.mkdir(tmp_name, 0o700, dir_fd=root)
        except OSError as err:
            raise QuarantineError(f"{shown}: cannot create entry in {self.root}: {err.strerror}") from err
        try:
            entry_fd = os.open(tmp_name, DIR_FLAGS, dir_fd=root)
        except OSError as err:
            with contextlib.suppress(OSError):
                os.rmdir(tmp_name, dir_fd=root)
            raise QuarantineError(f"{shown}: cannot open new entry in {self.root}: {err}") from err
        moved = False  # True once the original name no longer holds the file (rename done)
        committed = False
        method = "copy" if (keep_original or force_copy) else "rename"
        try:
            if method == "rename":
                try:
                    os.rename(name, DATA, src_dir_fd=parent, dst_dir_fd=entry_fd)
                    moved = True
                except OSError as err:
                    if err.errno != errno.EXDEV:
                        raise
                    method = "copy"
                if moved:
                    now = os.stat(DATA, dir_fd=entry_fd, follow_symlinks=False)
                    if not _same(now, st):
                        # Something else was swapped in under that name between open and rename:
                        # put it back where it was and give up.
                        _move_noreplace(entry_fd, DATA, parent, name)
                        moved = False
                        raise QuarantineError(f"{shown}: file replaced during quarantine; left alone")
                    digest = sha256_fd(src)
            if method == "copy":
                dst = os.open(DATA, NEW_FLAGS, 0o600, dir_fd=entry_fd)
                with _fd(dst):
                    digest = _copy_fd(src, dst)
                    check = sha256_fd(dst)
                after = os.fstat(src)
                if check != digest or (after.st_size, after.st_mtime_ns) != (st.st_size, st.st_mtime_ns):
                    raise QuarantineError(f"{shown}: file changed while it was copied; left in place")
            entry = Entry(
                id=entry_id,
                path=shown,
                path_b64=base64.b64encode(raw_path).decode("ascii"),
                uid=st.st_uid,
                gid=st.st_gid,
                mode=st.st_mode,
                mtime_ns=st.st_mtime_ns,
                atime_ns=st.st_atime_ns,
                size=st.st_size,
                sha256=digest,
                rules=rules,
                time=time.time(),
                kind="backup" if keep_original else "quarantine",
                method=method,
                nlink=st.st_nlink,
                extra=extra,
            )
            _write_meta(entry_fd, entry)
            os.fsync(entry_fd)
            os.rename(tmp_name, entry_id, src_dir_fd=root, dst_dir_fd=root)
            committed = True
            os.fsync(root)
            if method == "copy" and not keep_original:
                self._unlink_if_same(parent, name, st, shown)
            return entry
        except BaseException as err:
            if not committed:
                self._rollback(root, tmp_name, entry_fd, parent, name, moved, entry_id)
            if isinstance(err, QuarantineError):
                raise
            if isinstance(err, OSError):
                raise QuarantineError(f"{shown}: quarantine failed: {err}") from err
            raise
        finally:
            os.close(entry_fd)

    @staticmethod
    def _unlink_if_same(parent: int, name: bytes, st: os.stat_result, shown: str) -> None:
        """After a verified copy: drop the original name, only if it still is the copied inode."""
        try:
            now = os.stat(name, dir_fd=parent, follow_symlinks=False)
        except FileNotFoundError:
            return
        if not _same(now, st):
            raise QuarantineError(f"{shown}: replaced after copy; the copy is kept, the new file left alone")
        os.unlink(name, dir_fd=parent)

    def _rollback(
        self, root: int, tmp_name: str, entry_fd: int, parent: int, name: bytes, moved: bool, entry_id: str
    ) -> None:
        """Undo an uncommitted entry. If the data cannot go back, commit it rather than lose it."""
        if moved:
            try:
                _move_noreplace(entry_fd, DATA, parent, name)
            except OSError as err:
                log.error(
                    "quarantine %s: cannot put %r back (%s); keeping it in the store", entry_id, name, err
                )
                with contextlib.suppress(OSError):
                    os.rename(tmp_name, entry_id, src_dir_fd=root, dst_dir_fd=root)
                return
        _remove_entry_dir(root, tmp_name)

    # -- reading the store -----------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        """All committed entries, oldest first."""
        if not os.path.isdir(self.root):
            return []
        root = self._open_root(create=False)
        out: list[Entry] = []
        with _fd(root):
            for name in os.listdir(root):
                if name.startswith("."):
                    continue
                try:
                    out.append(self._load(root, name))
                except (OSError, QuarantineError) as err:
                    log.warning("quarantine %s: unreadable entry skipped: %s", name, err)
        return sorted(out, key=lambda e: (e.time, e.id))

    def get(self, entry_id: str) -> Entry:
        _check_id(entry_id)
        root = self._open_root(create=False)
        with _fd(root):
            try:
                return self._load(root, entry_id)
            except FileNotFoundError:
                raise QuarantineError(f"no quarantine entry {entry_id!r} in {self.root}") from None

    @staticmethod
    def _load(root: int, entry_id: str) -> Entry:
        efd = os.open(entry_id, DIR_FLAGS, dir_fd=root)
        with _fd(efd):
            mfd = os.open(META, FILE_FLAGS, dir_fd=efd)
            with _fd(mfd), os.fdopen(os.dup(mfd), "rb") as fh:
                data = json.loads(fh.read(1024 * 1024))
        return Entry.from_json(data)

    # -- restore ---------------------------------------------------------------------------------

    def restore(self, entry_id: str, *, force: bool = False) -> Entry:
        """Put an entry back with its owner, mode and mtime; refuse to replace a file unless `force`."""
        _check_id(entry_id)
        root = self._open_root(create=False)
        with _fd(root):
            try:
                entry = self._load(root, entry_id)
                efd = os.open(entry_id, DIR_FLAGS, dir_fd=root)
            except FileNotFoundError:
                raise QuarantineError(f"no quarantine entry {entry_id!r} in {self.root}") from None
            except OSError as err:
                raise QuarantineError(f"quarantine entry {entry_id!r}: cannot read: {err}") from err
            with _fd(efd):
                try:
                    self._restore_open(root, efd, entry, force)
                except FileExistsError:
                    raise QuarantineError(f"{entry.path}: exists; use --force to replace it") from None
                except OSError as err:
                    raise QuarantineError(f"{entry.path}: restore failed: {err}") from err
            try:
                # Hide the entry in one atomic step, then clear it out.
                done = ".done-" + entry_id
                os.rename(entry_id, done, src_dir_fd=root, dst_dir_fd=root)
                _remove_entry_dir(root, done)
                os.fsync(root)
            except OSError as err:
                raise QuarantineError(
                    f"{entry.path}: restored, but entry {entry_id} could not be removed: {err}"
                ) from err
        return entry

    def _restore_open(self, root: int, efd: int, entry: Entry, force: bool) -> None:
        parts = split_path(entry.raw_path)
        shown = entry.path
        name = parts[-1]
        try:
            parent = open_dir_nofollow(parts[:-1])
        except OSError as err:
            raise QuarantineError(
                f"{shown}: cannot walk to the directory without following links: {err}"
            ) from err
        with _fd(parent):
            try:
                existing: os.stat_result | None = os.stat(name, dir_fd=parent, follow_symlinks=False)
            except FileNotFoundError:
                existing = None
            if existing is not None:
                if not force:
                    raise QuarantineError(f"{shown}: exists; use --force to replace it")
                if stat.S_ISDIR(existing.st_mode):
                    raise QuarantineError(f"{shown}: is a directory; not replaced")
            data = os.open(DATA, FILE_FLAGS, dir_fd=efd)
            with _fd(data):
                if sha256_fd(data) != entry.sha256:
                    raise QuarantineError(
                        f"{shown}: quarantined copy does not match its sha256; not restored"
                    )
                if os.fstat(data).st_dev == os.fstat(parent).st_dev:
                    # Set metadata on the inode while it is still only reachable from the store.
                    _apply_meta(data, entry)
                    try:
                        if force:
                            os.rename(DATA, name, src_dir_fd=efd, dst_dir_fd=parent)
                        else:
                            _move_noreplace(efd, DATA, parent, name)
                        return
                    except OSError as err:
                        if err.errno != errno.EXDEV:  # bind mounts share st_dev but not rename
                            raise
                self._restore_copy(parent, name, data, entry, force, shown)

    @staticmethod
    def _restore_copy(parent: int, name: bytes, data: int, entry: Entry, force: bool, shown: str) -> None:
        tmp = b".spamgear-restore-" + secrets.token_hex(6).encode()
        out = os.open(tmp, NEW_FLAGS, 0o600, dir_fd=parent)
        try:
            with _fd(out):
                digest = _copy_fd(data, out)
                if digest != entry.sha256 or sha256_fd(out) != entry.sha256:
                    raise QuarantineError(f"{shown}: copy back does not verify; not restored")
                _apply_meta(out, entry)
            if force:
                os.rename(tmp, name, src_dir_fd=parent, dst_dir_fd=parent)
            else:
                _move_noreplace(parent, tmp, parent, name)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp, dir_fd=parent)
            raise

    # -- purge -----------------------------------------------------------------------------------

    def purge(self, older_than_days: float, now: float | None = None) -> list[Entry]:
        """Delete entries quarantined more than `older_than_days` ago; returns what was removed."""
        cutoff = (time.time() if now is None else now) - older_than_days * 86400
        removed: list[Entry] = []
        if not os.path.isdir(self.root):
            return removed
        root = self._open_root(create=False)
        with _fd(root):
            for name in os.listdir(root):
                if name.startswith("."):
                    continue
                try:
                    entry = self._load(root, name)
                except (OSError, QuarantineError):
                    continue
                if entry.time < cutoff:
                    try:
                        done = ".done-" + name
                        os.rename(name, done, src_dir_fd=root, dst_dir_fd=root)
                        _remove_entry_dir(root, done)
                    except OSError as err:
                        raise QuarantineError(f"quarantine entry {name}: cannot purge: {err}") from err
                    removed.append(entry)
        return removed


def _apply_meta(fd: int, entry: Entry) -> None:
    """Owner first (chown clears set-id bits), then mode, then times."""
    os.fchown(fd, entry.uid, entry.gid)
    os.fchmod(fd, stat.S_IMODE(entry.mode))
    os.utime(fd, ns=(entry.atime_ns, entry.mtime_ns))


def _write_meta(entry_fd: int, entry: Entry) -> None:
    body = json.dumps(entry.as_json(), indent=1, sort_keys=True).encode("utf-8") + b"\n"
    fd = os.open(META, NEW_FLAGS, 0o600, dir_fd=entry_fd)
    with _fd(fd):
        view = memoryview(body)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)


def _remove_entry_dir(root: int, name: str) -> None:
    """Remove an entry directory (it only ever holds `data` and `meta.json`)."""
    try:
        efd = os.open(name, DIR_FLAGS, dir_fd=root)
    except FileNotFoundError:
        return
    with _fd(efd):
        for child in os.listdir(efd):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(child, dir_fd=efd)
    os.rmdir(name, dir_fd=root)


def _check_id(entry_id: str) -> None:
    if not entry_id or entry_id.startswith(".") or "/" in entry_id or "\0" in entry_id:
        raise QuarantineError(f"{entry_id!r}: not a quarantine id")
