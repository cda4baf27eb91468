"""`spamgear update` against a real HTTPS server on 127.0.0.1 with a self-signed certificate."""

from __future__ import annotations

import hashlib
import http.server
import json
import shutil
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from spamgear.config import Config, ScanConfig, SignaturesConfig, UpdateConfig
from spamgear.engine import Engine
from spamgear.models import VerdictKind
from spamgear.update import UpdateError, update_signatures

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl CLI not installed")

GOOD_YAR = b'rule SPAMGEAR_T_Updated { meta: score = 100 strings: $a = "updated-needle" condition: $a }\n'
FINGERPRINTS = b"fresh-fingerprint-literal\n"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return


class _Server:
    def __init__(self, root: Path, cert: Path, key: Path) -> None:
        handler = lambda *a: _QuietHandler(*a, directory=str(root))  # noqa: E731
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.root = root
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, name: str) -> str:
        return f"https://127.0.0.1:{self.httpd.server_address[1]}/{name}"

    def stop(self) -> None:
        if not self.thread.is_alive():
            return
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    key, crt = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        [
            *(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=127.0.0.1",
            ),
            *("-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(crt)),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return crt, key


@pytest.fixture
def server(tmp_path: Path, cert: tuple[Path, Path]) -> Iterator[_Server]:
    root = tmp_path / "www"
    root.mkdir()
    srv = _Server(root, *cert)
    yield srv
    srv.stop()


def _cfg(tmp_path: Path, server: _Server, cert: Path, files: dict[str, bytes], **update: object) -> Config:
    for name, data in files.items():
        (server.root / name).write_bytes(data)
    manifest = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    (server.root / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    target = tmp_path / "var" / "signatures"
    settings: dict[str, object] = {
        "urls": {name: server.url(name) for name in files},
        "manifest_url": server.url("manifest.json"),
        "ca_bundle": str(cert),
        "timeout": 10.0,
        "target_dir": str(target),
    }
    settings.update(update)
    return Config(
        signatures=SignaturesConfig(dirs=[str(target)], cache_dir=str(tmp_path / "cache")),
        scan=ScanConfig(state_dir=str(tmp_path / "state")),
        update=UpdateConfig(**settings),  # type: ignore[arg-type]
    )


def _engine_verdict(cfg: Config, data: bytes) -> VerdictKind:
    engine = Engine.from_config(cfg, compile_if_missing=False)  # update built the cache: no compile here
    try:
        return engine.scan_bytes(data, "f").kind
    finally:
        engine.close()


def test_update_installs_a_verified_set_and_builds_the_cache(
    tmp_path: Path, server: _Server, cert: tuple[Path, Path]
) -> None:
    """Files checked against the manifest's sha256 are swapped in; the ruleset is ready for hooks."""
    cfg = _cfg(tmp_path, server, cert[0], {"extra.yar": GOOD_YAR, "fingerprints.txt": FINGERPRINTS})
    result = update_signatures(cfg)
    target = Path(cfg.update.target_dir)
    assert target.is_symlink() and sorted(p.name for p in target.iterdir()) == [
        "extra.yar",
        "fingerprints.txt",
    ]
    assert (result.files, result.rule_count) == (["extra.yar", "fingerprints.txt"], 2)
    assert _engine_verdict(cfg, b"xx updated-needle xx") is VerdictKind.MALICIOUS
    assert _engine_verdict(cfg, b"fresh-fingerprint-literal") is VerdictKind.MALICIOUS
    assert update_signatures(cfg).changed is False


def test_checksum_mismatch_keeps_the_last_good_set(
    tmp_path: Path, server: _Server, cert: tuple[Path, Path]
) -> None:
    cfg = _cfg(tmp_path, server, cert[0], {"extra.yar": GOOD_YAR})
    good = update_signatures(cfg)
    (server.root / "extra.yar").write_bytes(GOOD_YAR.replace(b"updated-needle", b"tampered-needle"))
    with pytest.raises(UpdateError, match="sha256 mismatch"):
        update_signatures(cfg)
    assert Path(cfg.update.target_dir).resolve() == Path(good.set_dir)
    assert _engine_verdict(cfg, b"updated-needle") is VerdictKind.MALICIOUS


def test_set_that_does_not_compile_is_refused(
    tmp_path: Path, server: _Server, cert: tuple[Path, Path]
) -> None:
    """A downloaded rule that does not compile (correct sha256 or not) never replaces the good set."""
    cfg = _cfg(tmp_path, server, cert[0], {"extra.yar": GOOD_YAR})
    good = update_signatures(cfg)
    broken = GOOD_YAR + b"rule SPAMGEAR_T_Broken { condition: nope }\n"
    cfg2 = _cfg(tmp_path, server, cert[0], {"extra.yar": broken})
    with pytest.raises(UpdateError, match=r"extra.yar:2: rule SPAMGEAR_T_Broken"):
        update_signatures(cfg2)
    assert Path(cfg.update.target_dir).resolve() == Path(good.set_dir)


def test_sha_pinned_in_config_wins_and_is_required(
    tmp_path: Path, server: _Server, cert: tuple[Path, Path]
) -> None:
    cfg = _cfg(tmp_path, server, cert[0], {"extra.yar": GOOD_YAR}, manifest_url="", sha256={})
    with pytest.raises(UpdateError, match="no sha256"):
        update_signatures(cfg)
    pinned = _cfg(
        tmp_path,
        server,
        cert[0],
        {"extra.yar": GOOD_YAR},
        sha256={"extra.yar": hashlib.sha256(b"x").hexdigest()},
    )
    with pytest.raises(UpdateError, match="sha256 mismatch"):
        update_signatures(pinned)


def test_plain_http_untrusted_cert_and_dead_server_are_refused(
    tmp_path: Path, server: _Server, cert: tuple[Path, Path]
) -> None:
    cfg = _cfg(tmp_path, server, cert[0], {"extra.yar": GOOD_YAR})
    plain = _cfg(
        tmp_path, server, cert[0], {"extra.yar": GOOD_YAR}, urls={"extra.yar": "http://127.0.0.1:1/x.yar"}
    )
    with pytest.raises(UpdateError, match="only https"):
        update_signatures(plain)
    untrusted = _cfg(tmp_path, server, cert[0], {"extra.yar": GOOD_YAR}, ca_bundle="")
    with pytest.raises(UpdateError, match="download failed"):
        update_signatures(untrusted)
    server.stop()
    with pytest.raises(UpdateError, match="download failed"):
        update_signatures(cfg)
    assert not Path(cfg.update.target_dir).exists()


def test_cli_update_reports_and_exits(tmp_path: Path, server: _Server, cert: tuple[Path, Path]) -> None:
    """`spamgear update` prints the installed set; a failure is one `spamgear: ...` line and exit 2."""
    cfg = _cfg(tmp_path, server, cert[0], {"extra.yar": GOOD_YAR})
    config = tmp_path / "c.yaml"
    config.write_text(
        json.dumps(
            {
                "signatures": {"dirs": list(cfg.signatures.dirs), "cache_dir": cfg.signatures.cache_dir},
                "update": {
                    "urls": dict(cfg.update.urls),
                    "manifest_url": cfg.update.manifest_url,
                    "ca_bundle": cfg.update.ca_bundle,
                    "target_dir": cfg.update.target_dir,
                },
            }
        ),
        encoding="utf-8",
    )
    ok = subprocess.run(
        [sys.executable, "-m", "spamgear", "update", "--config", str(config)], capture_output=True, timeout=60
    )
    assert ok.returncode == 0 and b"installed: extra.yar (1 rules)" in ok.stdout
    (server.root / "manifest.json").write_text("{}", encoding="utf-8")
    bad = subprocess.run(
        [sys.executable, "-m", "spamgear", "update", "--config", str(config)], capture_output=True, timeout=60
    )
    assert (bad.returncode, bad.stderr.startswith(b"spamgear: extra.yar: no sha256")) == (2, True)


def test_existing_plain_dir_is_kept_as_a_set_and_replaced_by_a_link(
    tmp_path: Path, server: _Server, cert: tuple[Path, Path]
) -> None:
    """First update on a host whose target_dir is a plain directory: it is moved into <target>.d/ (not
    lost), and target_dir becomes the symlink later updates swap."""
    cfg = _cfg(tmp_path, server, cert[0], {"extra.yar": GOOD_YAR})
    target = Path(cfg.update.target_dir)
    target.mkdir(parents=True)
    (target / "fingerprints.txt").write_bytes(b"hand-made-literal\n")
    update_signatures(cfg)
    assert target.is_symlink()
    legacy = [p for p in target.with_name(target.name + ".d").iterdir() if p.name.endswith("-legacy")]
    assert len(legacy) == 1 and (legacy[0] / "fingerprints.txt").read_bytes() == b"hand-made-literal\n"


def test_concurrent_update_is_refused(tmp_path: Path, server: _Server, cert: tuple[Path, Path]) -> None:
    import fcntl

    cfg = _cfg(tmp_path, server, cert[0], {"extra.yar": GOOD_YAR})
    sets = Path(cfg.update.target_dir + ".d")
    sets.mkdir(parents=True)
    with (sets / ".lock").open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(UpdateError, match="another `spamgear update` is running"):
            update_signatures(cfg)
    assert update_signatures(cfg).files == ["extra.yar"]
