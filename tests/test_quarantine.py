"""Quarantine store: round trips, symlink safety, CLI, and the cross-filesystem path."""

from __future__ import annotations

import hashlib
import json
import os
import pwd
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from spamgear import cli
from spamgear.errors import QuarantineError
from spamgear.quarantine import QuarantineStore, split_path

ROOT = os.geteuid() == 0
needs_root = pytest.mark.skipif(not ROOT, reason="needs root (chown to another user, root-only store)")


def other_user() -> tuple[int, int]:
    pw = pwd.getpwnam("www-data")
    return pw.pw_uid, pw.pw_gid


def snapshot(top: Path) -> dict[bytes, tuple[object, ...]]:
    """Everything under `top` that a bug could change: names, types, bytes, owner, mode, mtime."""
    out: dict[bytes, tuple[object, ...]] = {}
    for dirpath, dirs, files in os.walk(os.fsencode(top)):
        for name in dirs + files:
            p = os.path.join(dirpath, name)
            st = os.lstat(p)
            if os.path.islink(p):
                out[p] = ("link", os.readlink(p))
            elif os.path.isdir(p):
                out[p] = ("dir", st.st_mode, st.st_uid)
            else:
                with open(p, "rb") as fh:
                    digest = hashlib.sha256(fh.read()).hexdigest()
                out[p] = ("file", digest, st.st_mode, st.st_uid, st.st_gid, st.st_mtime_ns, st.st_ino)
    return out


def file_facts(p: str | bytes) -> tuple[object, ...]:
    st = os.lstat(p)
    with open(p, "rb") as fh:
        data = fh.read()
    return (data, st.st_mode, st.st_uid, st.st_gid, st.st_mtime_ns)


@pytest.fixture
def store(tmp_path: Path) -> QuarantineStore:
    return QuarantineStore(str(tmp_path / "store"))


@pytest.fixture
def shm_store() -> Iterator[QuarantineStore]:
    """A store on tmpfs (/dev/shm), i.e. on another filesystem than the tree under /tmp."""
    if not os.path.isdir("/dev/shm"):
        pytest.skip("/dev/shm not available")
    d = tempfile.mkdtemp(prefix="spamgear-q-", dir="/dev/shm")
    if os.stat(d).st_dev == os.stat(tempfile.gettempdir()).st_dev:
        pytest.skip("/dev/shm is on the same filesystem as the temp dir")
    yield QuarantineStore(os.path.join(d, "store"))
    import shutil

    shutil.rmtree(d, ignore_errors=True)


def make_victim(tmp_path: Path, name: str | bytes = "x.php", mode: int = 0o640) -> bytes:
    d = tmp_path / "home" / "alice" / "public_html"
    d.mkdir(parents=True, exist_ok=True)
    p = os.path.join(os.fsencode(d), os.fsencode(name))
    with open(p, "wb") as fh:
        fh.write(b"<?php eval(base64_decode('ZWNobyAxOw==')); ?>\n<?php echo 'legit';\n")
    os.chmod(p, mode)
    if ROOT:
        os.chown(p, *other_user())
    os.utime(p, ns=(1_600_000_000_123_456_789, 1_500_000_000_987_654_321))
    return p


def test_split_path_refuses_dotdot() -> None:
    assert split_path("/a/./b//c") == [b"a", b"b", b"c"]
    with pytest.raises(QuarantineError):
        split_path("/a/../etc/passwd")


@pytest.mark.parametrize("which", ["same-fs", "cross-fs"])
def test_round_trip_exact(tmp_path: Path, which: str, request: pytest.FixtureRequest) -> None:
    st = request.getfixturevalue("store" if which == "same-fs" else "shm_store")
    p = make_victim(tmp_path, name=b"-odd\nname\xff.php")
    before = file_facts(p)
    entry = st.quarantine(p, rules=["SPAMGEAR_TEST"])
    assert not os.path.lexists(p)
    assert entry.method == ("rename" if which == "same-fs" else "copy")
    assert entry.raw_path == p and entry.rules == ("SPAMGEAR_TEST",)
    assert entry.sha256 == hashlib.sha256(before[0]).hexdigest()  # type: ignore[arg-type]
    listed = st.entries()
    assert [e.id for e in listed] == [entry.id]
    assert (listed[0].uid, listed[0].mode & 0o7777, listed[0].mtime_ns) == (
        before[2],
        0o640,
        1_500_000_000_987_654_321,
    )
    st.restore(entry.id)
    assert file_facts(p) == before
    assert st.entries() == []


def test_backup_keeps_original(tmp_path: Path, store: QuarantineStore) -> None:
    p = make_victim(tmp_path)
    before = file_facts(p)
    entry = store.quarantine(p, keep_original=True)
    assert entry.kind == "backup" and entry.method == "copy"
    assert file_facts(p) == before


def test_symlink_last_component_refused(tmp_path: Path, store: QuarantineStore) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret"
    secret.write_bytes(b"root's file\n")
    home = tmp_path / "home"
    home.mkdir()
    (home / "evil.php").symlink_to(secret)
    before = snapshot(outside)
    with pytest.raises(QuarantineError):
        store.quarantine(str(home / "evil.php"))
    assert snapshot(outside) == before
    assert (home / "evil.php").is_symlink()


def test_symlink_dir_component_refused(tmp_path: Path, store: QuarantineStore) -> None:
    outside = tmp_path / "outside" / "sub"
    outside.mkdir(parents=True)
    (outside / "x.php").write_bytes(b"outside\n")
    home = tmp_path / "home"
    home.mkdir()
    (home / "sub").symlink_to(outside)
    before = snapshot(tmp_path / "outside")
    with pytest.raises(QuarantineError, match="without following links"):
        store.quarantine(str(home / "sub" / "x.php"))
    assert snapshot(tmp_path / "outside") == before


def test_restore_refuses_to_overwrite_unless_force(tmp_path: Path, store: QuarantineStore) -> None:
    p = make_victim(tmp_path)
    before = file_facts(p)
    entry = store.quarantine(p)
    with open(p, "wb") as fh:
        fh.write(b"new file\n")
    with pytest.raises(QuarantineError, match="exists"):
        store.restore(entry.id)
    assert Path(os.fsdecode(p)).read_bytes() == b"new file\n"
    assert [e.id for e in store.entries()] == [entry.id]
    store.restore(entry.id, force=True)
    assert file_facts(p) == before


def test_restore_does_not_follow_a_symlinked_parent(tmp_path: Path, store: QuarantineStore) -> None:
    p = make_victim(tmp_path)
    entry = store.quarantine(p)
    html = tmp_path / "home" / "alice" / "public_html"
    html.rename(tmp_path / "home" / "alice" / "moved")
    outside = tmp_path / "outside"
    outside.mkdir()
    html.symlink_to(outside)
    with pytest.raises(QuarantineError):
        store.restore(entry.id)
    assert list(outside.iterdir()) == []
    assert [e.id for e in store.entries()] == [entry.id]


def test_not_regular_file_refused(tmp_path: Path, store: QuarantineStore) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(QuarantineError, match="not a regular file"):
        store.quarantine(str(fifo))
    assert store.entries() == []


def test_purge(tmp_path: Path, store: QuarantineStore) -> None:
    p = make_victim(tmp_path)
    entry = store.quarantine(p)
    assert store.purge(1.0) == []
    removed = store.purge(1.0, now=entry.time + 2 * 86400)
    assert [e.id for e in removed] == [entry.id]
    assert store.entries() == []


@needs_root
def test_store_with_loose_permissions_refused(tmp_path: Path) -> None:
    d = tmp_path / "loose"
    d.mkdir()
    os.chmod(d, 0o777)  # noqa: S103 - the point of the test
    p = make_victim(tmp_path)
    with pytest.raises(QuarantineError, match="world-writable"):
        QuarantineStore(str(d)).quarantine(p)
    assert os.path.exists(p)


def test_cli_list_restore_purge(tmp_path: Path, write_config, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    store_dir = tmp_path / "qstore"
    cfg = write_config(f"quarantine:\n  dir: {store_dir}\n")
    p = make_victim(tmp_path, name="shell.php")
    before = file_facts(p)
    entry = QuarantineStore(str(store_dir)).quarantine(p, rules=["R1", "R2"])
    assert cli.main(["--config", str(cfg), "quarantine", "list", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    assert rec["id"] == entry.id and rec["path"] == os.fsdecode(p) and rec["rules"] == ["R1", "R2"]
    assert rec["mode"] == "0640" and rec["sha256"] == entry.sha256
    assert cli.main(["quarantine", "--dir", str(store_dir), "list"]) == 0
    out = capsys.readouterr().out
    assert entry.id in out and "R1,R2" in out
    assert cli.main(["--config", str(cfg), "quarantine", "restore", "nope"]) == 2
    assert "no quarantine entry" in capsys.readouterr().err
    assert cli.main(["--config", str(cfg), "quarantine", "restore", entry.id]) == 0
    assert file_facts(p) == before
    QuarantineStore(str(store_dir)).quarantine(p)
    assert cli.main(["--config", str(cfg), "quarantine", "purge", "--older-than", "0"]) == 0
    assert "purged" in capsys.readouterr().out
    assert QuarantineStore(str(store_dir)).entries() == []


@needs_root
def test_race_symlink_swapped_in_during_quarantine(tmp_path: Path, store: QuarantineStore) -> None:
    """A thread keeps swapping a path component (and the file) for symlinks to outside: root never
    moves or deletes anything outside the tree, and every entry holds a file from inside the tree."""
    tree = tmp_path / "tree"
    outside = tmp_path / "outside"
    (outside / "b").mkdir(parents=True)
    (outside / "b" / "victim.php").write_bytes(b"OUTSIDE - must never move\n")
    (outside / "target.php").write_bytes(b"OUTSIDE target\n")
    (tree / "a" / "b").mkdir(parents=True)
    victim = tree / "a" / "b" / "victim.php"
    inside = b"inside victim\n"
    outside_before = snapshot(outside)
    stop = threading.Event()

    def swapper() -> None:
        a, real = tree / "a", tree / "a_real"
        n = 0
        while not stop.is_set() and n < 20000:
            n += 1
            try:
                if n % 2:
                    a.rename(real)
                    a.symlink_to(outside)
                    a.unlink()
                    real.rename(a)
                else:
                    v, keep = victim, tree / "a" / "b" / "keep.php"
                    v.rename(keep)
                    v.symlink_to(outside / "target.php")
                    v.unlink()
                    keep.rename(v)
            except OSError:
                pass
            time.sleep(0.0002)  # leave the normal state visible now and then

    t = threading.Thread(target=swapper)
    t.start()
    moved = refused = 0
    try:
        for _ in range(300):
            try:
                if not os.path.lexists(victim):
                    # The test itself must not write through the swapper's symlinks either: O_EXCL
                    # fails on an existing name (symlink or outside/b/victim.php via a swapped "a").
                    try:
                        fd = os.open(victim, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
                        os.write(fd, inside)
                        os.close(fd)
                    except OSError:
                        pass
                store.quarantine(str(victim))
                moved += 1
            except (QuarantineError, OSError):
                refused += 1
    finally:
        stop.set()
        t.join(timeout=30)
    assert not t.is_alive()
    assert snapshot(outside) == outside_before
    for e in store.entries():
        data = Path(store.root, e.id, "data")
        assert not data.is_symlink()
        assert data.read_bytes() == inside
    assert moved + refused == 300
    print(f"race: {moved} quarantined, {refused} refused")
