"""Property tests: random trees (odd names, symlinks out, hard links, owners, modes) and an injected
OSError at step k of quarantine or restore. Invariants: nothing is lost (the original is intact or a
complete entry exists), restore gives byte-identical files with the same metadata, and nothing outside
the tree changes."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import pwd
import shutil
import tempfile
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spamgear.errors import QuarantineError
from spamgear.quarantine import QuarantineStore
from tests.test_quarantine import file_facts, snapshot

ROOT = os.geteuid() == 0
UIDS = [os.geteuid()]
if ROOT:
    for user in ("www-data", "nobody"):
        with contextlib.suppress(KeyError):
            pw = pwd.getpwnam(user)
            UIDS.append(pw.pw_uid)

FAULTABLE = (
    "open",
    "rename",
    "link",
    "unlink",
    "write",
    "fsync",
    "mkdir",
    "rmdir",
    "fchown",
    "fchmod",
    "utime",
    "pread",
    "stat",
    "fstat",
    "listdir",
)


class Fault:
    """Raise EIO from the k-th call (0-based) of any os function in FAULTABLE, once."""

    def __init__(self, k: int | None) -> None:
        self.k = k
        self.calls = 0
        self.fired = False

    @contextlib.contextmanager
    def active(self) -> Iterator[None]:
        saved: dict[str, Callable[..., Any]] = {name: getattr(os, name) for name in FAULTABLE}

        def wrap(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
            def wrapper(*args: Any, **kwargs: Any) -> Any:
                n = self.calls
                self.calls += 1
                if self.k is not None and n == self.k and not self.fired:
                    self.fired = True
                    raise OSError(errno.EIO, f"injected fault in os.{name}")
                return real(*args, **kwargs)

            return wrapper

        for name, real in saved.items():
            setattr(os, name, wrap(name, real))
        try:
            yield
        finally:
            for name, real in saved.items():
                setattr(os, name, real)


names = st.one_of(
    st.sampled_from([b"-rf", b"--help", b"a\nb.php", b"\xff\xfe.php", b" lead", b"x.php", b"\\n", b"-"]),
    st.binary(min_size=1, max_size=10),
    st.text(min_size=1, max_size=8).map(lambda t: t.encode("utf-8", "surrogatepass")),
).filter(lambda b: b"/" not in b and b"\0" not in b and b not in (b".", b".."))

item = st.tuples(
    st.sampled_from(["file", "file", "file", "symlink_out", "hardlink_in", "hardlink_out"]),
    names,
    st.binary(max_size=300),
    st.sampled_from([0o644, 0o600, 0o000, 0o755, 0o4755, 0o2640, 0o444]),
    st.integers(0, len(UIDS) - 1),
    st.integers(0, 2**40),
)


def build(tree: bytes, outside: bytes, items: list[tuple[str, bytes, bytes, int, int, int]]) -> list[bytes]:
    """Create the tree; returns the paths (files, hard links and symlinks) to try to quarantine."""
    out_file = os.path.join(outside, b"secret.txt")
    with open(out_file, "wb") as fh:
        fh.write(b"outside secret\n")
    os.mkdir(os.path.join(outside, b"dir"))
    paths: list[bytes] = []
    regular: list[bytes] = []
    for i, (kind, name, data, mode, uid_i, mtime) in enumerate(items):
        d = os.path.join(tree, b"u%d" % i, b"sub" if i % 2 else b"")
        os.makedirs(d, exist_ok=True)
        p = os.path.join(d, name)
        if kind == "symlink_out":
            os.symlink(out_file if i % 2 else os.path.join(outside, b"dir"), p)
        elif kind == "hardlink_in" and regular:
            os.link(regular[i % len(regular)], p)
        elif kind == "hardlink_out":
            os.link(out_file, p)
        else:
            with open(p, "wb") as fh:
                fh.write(data)
            if ROOT:
                os.chown(p, UIDS[uid_i], UIDS[uid_i])
            os.chmod(p, mode)
            os.utime(p, ns=(mtime + 7, mtime))
            regular.append(p)
        paths.append(p)
    return paths


@pytest.mark.slow
@settings(
    max_examples=int(os.environ.get("SPAMGEAR_PROP_EXAMPLES", "30")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    items=st.lists(item, min_size=1, max_size=6),
    fault_q=st.one_of(st.none(), st.integers(0, 40)),
    fault_r=st.one_of(st.none(), st.integers(0, 40)),
    cross_fs=st.booleans(),
    dir_mode=st.sampled_from([0o755, 0o700, 0o000, 0o1777]),
)
def test_quarantine_restore_round_trip(
    items: list[tuple[str, bytes, bytes, int, int, int]],
    fault_q: int | None,
    fault_r: int | None,
    cross_fs: bool,
    dir_mode: int,
) -> None:
    base = os.fsencode(tempfile.mkdtemp(prefix="spamgear-prop-"))
    store_base = (
        os.fsencode(tempfile.mkdtemp(prefix="spamgear-prop-", dir="/dev/shm"))
        if cross_fs and os.path.isdir("/dev/shm")
        else base
    )
    try:
        tree, outside = os.path.join(base, b"tree"), os.path.join(base, b"outside")
        os.mkdir(tree)
        os.mkdir(outside)
        paths = build(tree, outside, items)
        store = QuarantineStore(os.fsdecode(os.path.join(store_base, b"store")))
        outside_before = snapshot(outside)  # type: ignore[arg-type]
        facts = {p: file_facts(p) for p in paths if not os.path.islink(p)}

        for p in paths:
            fault = Fault(fault_q)
            with fault.active(), contextlib.suppress(QuarantineError):
                store.quarantine(p, rules=["R"])
            if os.path.islink(p):
                # Symlinks are never quarantined (nor followed).
                assert os.path.islink(p)
                continue
            entries = [e for e in store.entries() if e.raw_path == p]
            if os.path.lexists(p):
                assert file_facts(p) == facts[p]  # untouched original
            else:
                assert len(entries) == 1, "original gone but no entry: data lost"
            for e in entries:
                data = os.path.join(os.fsencode(store.root), e.id.encode(), b"data")
                with open(data, "rb") as fh:
                    assert hashlib.sha256(fh.read()).hexdigest() == e.sha256
                assert e.sha256 == hashlib.sha256(facts[p][0]).hexdigest()  # type: ignore[arg-type]
            # permission changes between steps: root is not stopped by them, and must not care
            os.chmod(os.path.dirname(p), dir_mode)

        assert snapshot(outside) == outside_before  # type: ignore[arg-type]

        for e in store.entries():
            p = e.raw_path
            if os.path.lexists(p):
                store.delete(e.id)  # a second copy (copy mode, unlink failed): drop it
                continue
            fault = Fault(fault_r)
            with fault.active(), contextlib.suppress(QuarantineError):
                store.restore(e.id)
            if not os.path.lexists(p):
                store.restore(e.id)  # the entry survived the fault: a clean retry must work
        for p, before in facts.items():
            assert file_facts(p) == before, p
        assert snapshot(outside) == outside_before  # type: ignore[arg-type]
    finally:
        for top in {base, store_base}:
            for dirpath, _dirs, _files in os.walk(top):
                os.chmod(dirpath, 0o700)
            shutil.rmtree(top, ignore_errors=True)
