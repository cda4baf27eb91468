"""full-scan / spamgear scan end to end with a real clamd, a real SMTP sink and the real YARA engine:
merged records, --clean, -q, -n/-c, summary and --json."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from spamgear.quarantine import QuarantineStore
from tests.clamd_rig import EICAR_SIG, MARKER, MARKER_SIG, ClamdRig, needs_clamd, running_clamd
from tests.sigtools import BUILTIN, eicar
from tests.test_notify import Handler, Sink, free_port

pytestmark = [pytest.mark.clamd, pytest.mark.smtp, needs_clamd]

INJECT_RULES = ["SPAMGEAR_INJECT_EVAL_BASE64_BLOCK", "SPAMGEAR_OBFUSC_EvalDecoder"]
PAYLOAD = base64.b64encode(b"echo 'injected'; @mail('a@example.net','s','b');").decode()
INJECT = f"<?php eval(base64_decode('{PAYLOAD}')); ?>".encode()
LEGIT = b"<?php\necho 'front page';\n"
TEMPLATE = "To: ${EMAIL}\nSubject: Malware on ${USERNAME}'s site\n\nHello ${USERNAME}:\n${SHELLS}\n"


@pytest.fixture(scope="module")
def clamd() -> Iterator[ClamdRig]:
    with running_clamd() as rig:
        yield rig


@pytest.fixture
def sink() -> Iterator[Sink]:
    from aiosmtpd.controller import Controller

    s = Sink("127.0.0.1", free_port())
    controller = Controller(Handler(s), hostname=s.host, port=s.port)
    controller.start()
    try:
        yield s
    finally:
        controller.stop()


def make_tree(tmp_path: Path) -> dict[str, Path]:
    a = tmp_path / "home" / "alice" / "public_html"
    b = tmp_path / "home" / "bob" / "www"
    a.mkdir(parents=True)
    b.mkdir(parents=True)
    files = {
        "eicar": a / "eicar.php",  # YARA and clamd
        "marker": b / "dropper.php",  # clamd only
        "inject": a / "index.php",  # cleanable YARA rule
        "clean": b / "ok.php",
    }
    files["eicar"].write_bytes(eicar())
    files["marker"].write_bytes(b"<?php /* " + MARKER + b" */\n")
    files["inject"].write_bytes(INJECT + b"\n" + LEGIT)
    files["clean"].write_bytes(b"<?php echo 'hi';\n")
    for p in files.values():
        os.chmod(p, 0o644)
    return files


def config(tmp_path: Path, clamd: ClamdRig, sink: Sink | None, socket_path: str | None = None) -> Path:
    cfg = {
        "signatures": {"dirs": [str(BUILTIN)], "cache_dir": str(tmp_path / "cache")},
        "scan": {"state_dir": str(tmp_path / "state"), "incremental": False},
        "clamd": {"socket": socket_path or clamd.socket_path, "timeout": 20},
        "quarantine": {"dir": str(tmp_path / "store")},
        "notify": {"domain": "example.com"},
        "smtp": {
            "host": "127.0.0.1",
            "port": sink.port if sink else free_port(),
            "sender": "scanner@example.com",
            "admin": ["admin@example.com"],
            "timeout": 5,
        },
    }
    path = tmp_path / "cfg.yaml"
    path.write_text(json.dumps(cfg), encoding="utf-8")  # JSON is YAML
    return path


def run(argv: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(argv, input=stdin, capture_output=True, timeout=180, check=False)


def full_scan(cfg: Path, *args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    code = "from spamgear.commands.fullscan import main; raise SystemExit(main())"
    return run([sys.executable, "-c", code, "--config", str(cfg), *args], stdin)


def test_full_scan_quarantine_clean_notify_json(tmp_path: Path, clamd: ClamdRig, sink: Sink) -> None:
    files = make_tree(tmp_path)
    tpl = tmp_path / "alert.email"
    tpl.write_text(TEMPLATE)
    pattern = f"^{tmp_path}/home/\\([^/.]*\\)/.*"
    stdin = b"".join(os.fsencode(p) + b"\n" for p in files.values())
    cfg = config(tmp_path, clamd, sink)
    result = full_scan(cfg, "-q", "-n", pattern, "-c", str(tpl), "--clean", "--json", stdin=stdin)
    assert result.returncode == 1, result.stderr
    recs = {r["path"]: r for r in map(json.loads, result.stdout.decode().splitlines())}
    assert set(recs) == {str(p) for p in files.values()}

    e = recs[str(files["eicar"])]
    assert e["verdict"] == "malicious" and e["scanner"] == "yara,clamd"
    assert e["rules"] == ["SPAMGEAR_TEST_EICAR", EICAR_SIG]
    assert e["action"] == "quarantined" and not files["eicar"].exists()

    m = recs[str(files["marker"])]
    assert (m["verdict"], m["rules"], m["action"]) == ("malicious", [MARKER_SIG], "quarantined")

    i = recs[str(files["inject"])]
    # the generic eval-of-decoder rule fires inside the injected block too; the cut covers it
    assert (i["rules"], i["action"]) == (INJECT_RULES, "cleaned")
    assert files["inject"].read_bytes() == LEGIT

    c = recs[str(files["clean"])]
    assert (c["verdict"], c["scanner"]) == ("clean", "yara,clamd")
    assert files["clean"].exists()

    store = QuarantineStore(str(tmp_path / "store"))
    kinds = sorted((e.kind, e.path) for e in store.entries())
    assert kinds == sorted(
        [
            ("quarantine", str(files["eicar"])),
            ("quarantine", str(files["marker"])),
            ("backup", str(files["inject"])),
        ]
    )
    summary = json.loads(result.stderr.decode().strip().splitlines()[-1])["summary"]
    assert {k: summary[k] for k in ("files", "found", "quarantined", "cleaned", "errors")} == {
        "files": 4,
        "found": 3,
        "quarantined": 2,
        "cleaned": 1,
        "errors": 0,
    }
    assert summary["notify_errors"] == []

    mails = {m["msg"]["To"]: m for m in sink.mails}
    assert set(mails) == {"alice@example.com", "bob@example.com"}
    alice = mails["alice@example.com"]
    assert alice["rcpt"] == ["alice@example.com", "admin@example.com"]
    assert alice["msg"]["Subject"] == "Malware on alice's site"
    body = alice["msg"].get_content()
    lines = body.splitlines()
    assert lines[0] == "Hello alice:" and lines[1] == ""
    assert sorted(lines[2:]) == sorted([str(files["eicar"]), str(files["inject"])])
    assert mails["bob@example.com"]["msg"].get_content() == f"Hello bob:\n\n{files['marker']}\n"


def test_full_scan_human_output_and_restore(tmp_path: Path, clamd: ClamdRig) -> None:
    files = make_tree(tmp_path)
    cfg = config(tmp_path, clamd, None)
    before = files["marker"].read_bytes()
    result = full_scan(cfg, "-q", stdin=os.fsencode(files["marker"]) + b"\n")
    assert result.returncode == 1
    assert (
        result.stdout == os.fsencode(files["marker"]) + f" [CLAMAV] [{MARKER_SIG}] [QUARANTINED]\n".encode()
    )
    err = result.stderr.decode()
    assert "TOTAL TIME:" in err and "1 files, 1 found, 1 quarantined, 0 cleaned, 0 errors" in err
    (entry,) = QuarantineStore(str(tmp_path / "store")).entries()
    back = run([sys.executable, "-m", "spamgear", "--config", str(cfg), "quarantine", "restore", entry.id])
    assert back.returncode == 0, back.stderr
    assert files["marker"].read_bytes() == before


def test_clamd_down_is_error_not_clean(tmp_path: Path, clamd: ClamdRig) -> None:
    files = make_tree(tmp_path)
    cfg = config(tmp_path, clamd, None, socket_path=str(tmp_path / "no-clamd.sock"))
    result = full_scan(cfg, "--json", stdin=os.fsencode(files["clean"]) + b"\n")
    (rec,) = map(json.loads, result.stdout.decode().splitlines())
    assert rec["verdict"] == "error" and "cannot connect to clamd" in rec["reason"]
    assert result.returncode == 2


def test_spamgear_scan_actions(tmp_path: Path, clamd: ClamdRig, sink: Sink) -> None:
    files = make_tree(tmp_path)
    cfg = config(tmp_path, clamd, sink)
    pattern = f"^{tmp_path}/home/([^/.]*)/.*"
    result = run(
        [sys.executable, "-m", "spamgear", "--config", str(cfg), "scan", "--quarantine", "--clean",
         "--notify-user", pattern, str(tmp_path / "home")]
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    out = result.stdout.decode()
    assert f"{files['eicar']}: FOUND SPAMGEAR_TEST_EICAR,{EICAR_SIG} [QUARANTINED]" in out
    assert f"{files['inject']}: FOUND {','.join(INJECT_RULES)} [CLEANED]" in out
    assert "4 files, 3 found, 2 quarantined, 1 cleaned, 0 errors" in result.stderr.decode()
    assert sorted(m["msg"]["To"] for m in sink.mails) == ["alice@example.com", "bob@example.com"]
