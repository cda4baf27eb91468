"""End to end: real Apache 2.4 + mod_security2 and nginx + libmodsecurity3 run the installed hooks.

Started by the tests on loopback (workers as www-data), with the real engine, the real
`spamgear daemon`, a real clamd (tiny custom DB, no freshclam) and a hung "clamd" for the deadline.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from spamgear.benchmarks import webrig as rr

HAVE_APACHE = (
    shutil.which("apache2") is not None and Path("/usr/lib/apache2/modules/mod_security2.so").exists()
)
HAVE_NGINX = (
    shutil.which("nginx") is not None
    and Path("/usr/lib/nginx/modules/ngx_http_modsecurity_module.so").exists()
)
HAVE_CLAMD = shutil.which("clamd") is not None

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="needs root to start servers as www-data")

#: Deadline used by the hang configurations, seconds.
HANG_DEADLINE = 1.0
#: Allowed on top of the deadline for HTTP, ModSecurity and process start (behaviour bound).
MARGIN = 1.5


@pytest.fixture(scope="module")
def rig() -> Iterator[rr.Rig]:
    rig = rr.make_rig()
    try:
        silent = rr.SilentListener(rig.base / "run" / "hung-clamd.sock")
        rig.closers.append(silent.close)
        rig.install("main")
        rig.install("nodaemon", daemon={"socket": str(rig.base / "run" / "nobody.sock")})
        for policy in ("open", "closed"):
            rig.install(
                f"hang{policy}",
                hook={"deadline": HANG_DEADLINE, "fail_policy": policy},
                clamd={"socket": str(silent.path), "timeout": 30.0},
            )
        # a daemon that accepts and never answers
        rig.install(
            "hungdaemon",
            hook={"deadline": HANG_DEADLINE, "fail_policy": "closed"},
            daemon={"socket": str(silent.path)},
        )
        if HAVE_CLAMD:
            clamd = rr.start_clamd(rig.base)
            rig.closers.append(clamd.stop)
            rig.clamd = clamd
            for policy in ("open", "closed"):
                rig.install(
                    f"clamd{policy}", hook={"fail_policy": policy}, clamd={"socket": str(clamd.socket)}
                )
        proc = rr.start_daemon(rig, rig.base / "main.yaml")
        rig.closers.append(lambda: rr.stop_process(proc))
        yield rig
    finally:
        rig.close()


def locations(rig: rr.Rig) -> dict[str, str]:
    main = rig.hooks["main"]
    locs = {
        "/upload-cold": f"{main}/runav",
        "/upload-compat": f"{main}/runav.sh",
        "/upload-lua": f"{main}/runav.lua",
        "/upload-nodaemon": f"{rig.hooks['nodaemon']}/runav-client",
        "/upload-hang-open": f"{rig.hooks['hangopen']}/runav",
        "/upload-hang-closed": f"{rig.hooks['hangclosed']}/runav",
        "/upload-hang-daemon": f"{rig.hooks['hungdaemon']}/runav-client",
        "/upload-hang-lua": f"{rig.hooks['hungdaemon']}/runav.lua",
    }
    if "clamdopen" in rig.hooks:
        locs["/upload-clamd-open"] = f"{rig.hooks['clamdopen']}/runav"
        locs["/upload-clamd-closed"] = f"{rig.hooks['clamdclosed']}/runav"
    return locs


@pytest.fixture(
    scope="module",
    params=[
        pytest.param(
            "apache",
            marks=[
                pytest.mark.apache,
                pytest.mark.skipif(not HAVE_APACHE, reason="apache2/mod_security2 absent"),
            ],
        ),
        pytest.param(
            "nginx",
            marks=[
                pytest.mark.nginx,
                pytest.mark.skipif(not HAVE_NGINX, reason="nginx modsecurity module absent"),
            ],
        ),
    ],
)
def server(request: pytest.FixtureRequest, rig: rr.Rig) -> Iterator[rr.Server]:
    locs = locations(rig)
    if request.param == "apache":
        srv = rr.start_apache(rig, locs)
    else:
        # nginx: /upload uses the shipped rule as is (runav-client of the main install)
        locs["/upload"] = f"{rig.hooks['main']}/runav-client"
        srv = rr.start_nginx(rig, locs)
    try:
        yield srv
    finally:
        rr.stop_server(srv)


SAMPLES = {
    "eicar.com": (rr.EICAR, 403),
    "shell.php": (rr.WEBSHELL, 403),
    "page.php": (rr.CLEAN_PHP, 200),
    "pixel.gif": (rr.CLEAN_GIF, 200),
}


def statuses(port: int, url: str) -> dict[str, int]:
    return {name: rr.multipart_upload(port, url, name, data)[0] for name, (data, _) in SAMPLES.items()}


EXPECTED = {name: status for name, (_, status) in SAMPLES.items()}


@pytest.mark.parametrize("url", ["/upload", "/upload-cold", "/upload-lua"])
def test_uploads_are_judged(server: rr.Server, url: str) -> None:
    """EICAR and a PHP webshell are refused (403); a clean PHP file and a GIF pass (200):
    through the daemon client (shipped rule 95110), the cold hook, and the Lua client."""
    assert statuses(server.port, url) == EXPECTED, server.error_log()[-2000:]


#: 2 MB of one repeated rule atom in a comment, then a one-line shell: the rules need tens of seconds for
#: it, so before spamgear/exhaustion.py the hook answered fail-open at the deadline (200).
ATOM_FLOOD_SHELL = b"<?php /* " + b"eval(" * 400_000 + b" */ ?>\n<?php @eval($_POST['c']); ?>\n"


@pytest.mark.parametrize("url", ["/upload", "/upload-cold"])  # not runav.lua yet: see CHANGELOG
def test_an_upload_built_to_outrun_the_scan_is_refused_within_the_deadline(
    server: rr.Server, url: str
) -> None:
    """hook.slow_scan: reject (default, fail_policy open here): refused as ScanExhausted, not passed."""
    got, took = rr.multipart_upload(server.port, url, "flood.php", ATOM_FLOOD_SHELL)
    assert got == 403, f"{got} after {took:.2f}s: " + server.error_log()[-1500:]
    assert took < 2.0 + MARGIN, f"answered after {took:.2f}s"


def test_spam_gear_compatible_name(server: rr.Server) -> None:
    """`runav.sh` keeps spam-gear's name and contract."""
    got = {
        n: rr.multipart_upload(server.port, "/upload-compat", n, SAMPLES[n][0])[0]
        for n in ("eicar.com", "page.php")
    }
    assert got == {"eicar.com": 403, "page.php": 200}


def test_client_falls_back_to_cold_scan_when_daemon_is_down(server: rr.Server) -> None:
    """runav-client pointed at a socket nobody listens on still finds EICAR (in-process scan)."""
    got = {
        n: rr.multipart_upload(server.port, "/upload-nodaemon", n, SAMPLES[n][0])[0]
        for n in ("eicar.com", "page.php")
    }
    assert got == {"eicar.com": 403, "page.php": 200}


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/upload-hang-open", 200),
        ("/upload-hang-closed", 403),
        ("/upload-hang-daemon", 403),
        ("/upload-hang-lua", 403),
    ],
)
def test_hung_scanner_gets_fail_policy_within_deadline(server: rr.Server, url: str, status: int) -> None:
    """clamd (or, for runav-client, the daemon) is a socket that accepts and never answers: the
    hook answers the fail policy (open -> 200, closed -> 403) before the deadline instead of
    hanging the worker."""
    got, took = rr.multipart_upload(server.port, url, "page.php", rr.CLEAN_PHP)
    assert got == status
    assert took < HANG_DEADLINE + MARGIN, f"answered after {took:.2f}s"
    # ... and no hook process is left behind (in nginx it would keep the listening sockets)
    hooks_dir = str(server.root.parent / "hooks-h")  # hooks-hang*, hooks-hungdaemon
    rr.wait_for(lambda: not rr.processes_running(hooks_dir), 2.0, "hook processes to exit")


def test_decisions_are_logged_to_syslog(server: rr.Server, rig: rr.Rig) -> None:
    """Each decision is a syslog record with ident spamgear, the rule, the sha256 and the verdict."""
    rr.multipart_upload(server.port, "/upload-cold", "eicar.com", rr.EICAR)
    digest = hashlib.sha256(rr.EICAR).hexdigest()
    rr.wait_for(
        lambda: any(f"sha256={digest}" in r for r in rig.syslog.records), 5, "syslog record for EICAR"
    )
    record = next(r for r in rig.syslog.records if f"sha256={digest}" in r and "via=cold" in r)
    assert "spamgear[" in record
    assert "verdict=found rule=SPAMGEAR_TEST_EICAR" in record


@pytest.mark.clamd
@pytest.mark.skipif(not HAVE_CLAMD, reason="clamd not installed")
def test_with_real_clamd_up_then_down(server: rr.Server, rig: rr.Rig) -> None:
    """clamd up: a marker only clamd knows is refused (fd passing from a 0600 www-data file).
    clamd down: a clean file gets the fail policy (closed -> 403, open -> 200)."""
    port = server.port
    assert rr.multipart_upload(port, "/upload-clamd-closed", "m.txt", rr.CLAMD_MARKER)[0] == 403
    assert rr.multipart_upload(port, "/upload-clamd-closed", "page.php", rr.CLEAN_PHP)[0] == 200
    assert rr.multipart_upload(port, "/upload-clamd-open", "e.com", rr.EICAR)[0] == 403
    clamd = rig.clamd
    assert clamd is not None
    clamd.stop()
    try:
        assert rr.multipart_upload(port, "/upload-clamd-closed", "page.php", rr.CLEAN_PHP)[0] == 403
        assert rr.multipart_upload(port, "/upload-clamd-open", "page.php", rr.CLEAN_PHP)[0] == 200
    finally:
        restarted = rr.start_clamd_again(clamd)
        rig.closers.append(restarted.stop)
        rig.clamd = restarted


@pytest.mark.apache
@pytest.mark.nginx
@pytest.mark.skipif(
    not (HAVE_APACHE or HAVE_NGINX), reason="neither apache2+mod_security2 nor nginx+modsecurity"
)
def test_shipped_snippets_pass_the_servers_config_checks(rig: rr.Rig, tmp_path: Path) -> None:
    """modsec/spamgear-crs.conf loads in both servers (v2/v3 files are loaded by the server fixture)."""
    hooks = str(rig.hooks["main"])
    crs = (rr.REPO / "modsec" / "spamgear-crs.conf").read_text(encoding="utf-8")
    crs_file = tmp_path / "spamgear-crs.conf"
    crs_file.write_text(crs.replace(rr.SHIPPED_HOOKS, hooks), encoding="utf-8")
    if HAVE_APACHE:
        conf = tmp_path / "httpd.conf"
        conf.write_text(
            f'ServerRoot "{tmp_path}"\nServerName 127.0.0.1\nListen 127.0.0.1:{rr.free_port()}\n'
            f'PidFile "{tmp_path}/httpd.pid"\nErrorLog "{tmp_path}/error.log"\n'
            "LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so\n"
            "LoadModule unique_id_module /usr/lib/apache2/modules/mod_unique_id.so\n"
            "LoadModule security2_module /usr/lib/apache2/modules/mod_security2.so\n"
            "SecRuleEngine On\nSecRequestBodyAccess On\nSecTmpSaveUploadedFiles On\n"
            f'Include "{crs_file}"\n',
            encoding="utf-8",
        )
        check = subprocess.run(["apache2", "-t", "-f", str(conf)], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr
    if HAVE_NGINX:
        (tmp_path / "logs").mkdir()
        conf = tmp_path / "nginx.conf"
        conf.write_text(
            "load_module /usr/lib/nginx/modules/ngx_http_modsecurity_module.so;\n"
            f"pid {tmp_path}/nginx.pid;\nevents {{}}\nhttp {{ server {{ listen 127.0.0.1:{rr.free_port()};\n"
            f"modsecurity on; modsecurity_rules 'SecRuleEngine On'; modsecurity_rules_file {crs_file};\n"
            "location / { proxy_pass http://127.0.0.1:9; } } }\n",
            encoding="utf-8",
        )
        check = subprocess.run(
            ["nginx", "-t", "-p", str(tmp_path), "-e", str(tmp_path / "logs" / "error.log"), "-c", str(conf)],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stderr
