"""Write a file so readers never see half of it: temp file in the same directory, fsync, chmod, rename.

One implementation for the accounts state (full and fast fail2ban paths), the notice spool and the
hook's pattern cache. Builtins only (`posix`, `time`): the fail2ban hook's fast path imports it.
"""

import posix
import time


def makedirs(path: str) -> None:
    """`os.makedirs(path, exist_ok=True)` without importing `os`."""
    if not path or _isdir(path):
        return
    makedirs(path.rpartition("/")[0])
    try:  # noqa: SIM105 - contextlib is an import the fast path avoids
        posix.mkdir(path, 0o777)
    except FileExistsError:
        pass


def _isdir(path: str) -> bool:
    try:
        return posix.stat(path).st_mode & 0o170000 == 0o040000
    except OSError:
        return False


def write(path: str, data: bytes, mode: int = 0o600) -> None:
    """Replace `path` with `data` atomically; the directory must exist. The temp file is removed on
    any failure."""
    directory, _, name = path.rpartition("/")
    tmp = f"{directory or '.'}/.{name}.{posix.getpid()}.{time.monotonic_ns()}"
    fd = posix.open(tmp, posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL | posix.O_CLOEXEC, 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[posix.write(fd, view) :]
            posix.fsync(fd)
        finally:
            posix.close(fd)
        posix.chmod(tmp, mode)
        posix.rename(tmp, path)
    except BaseException:
        try:  # noqa: SIM105 - contextlib is an import the fast path avoids
            posix.unlink(tmp)
        except OSError:
            pass
        raise
