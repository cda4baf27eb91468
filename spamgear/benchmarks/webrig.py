"""Benchmark and test rig: throw-away Apache + mod_security2, nginx + libmodsecurity3, clamd and the
spamgear daemon on loopback.

Adapted from ../shared/notes/recipes/modsec-e2e: a temp ServerRoot (0755 dirs, so www-data can reach
everything), free loopback ports, `User www-data`, mod_unique_id, SecTmpSaveUploadedFiles On and a
private SecTmpDir/SecUploadDir owned by www-data. The hooks are installed with
`spamgear install-hooks --copy-package`, so the web-server user never needs to read the checkout
or the venv. Payloads are generated here (EICAR from base64, a PHP webshell written by hand).
"""

from __future__ import annotations

import base64
import grp
import http.client
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
SPAMGEAR = str(VENV_BIN / "spamgear")
WEB_USER = "www-data"

#: EICAR test string, stored encoded so that no file in the repo is itself an EICAR hit.
EICAR = base64.b64decode(
    "WDVPIVAlQEFQWzRcUFpYNTQoUF4pN0NDKTd9JEVJQ0FSLVNUQU5EQVJELUFOVElWSVJVUy1URVNULUZJTEUhJEgrSCo="
)
WEBSHELL = b"<?php\n// tiny backdoor written for the spamgear tests\neval($_POST['x']);\n?>\n"
CLEAN_PHP = b"<?php\n// a harmless page\necho htmlspecialchars('hello ' . date('Y'));\n?>\n"
#: A 1x1 transparent GIF.
CLEAN_GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
#: Only the test clamd knows this marker (the YARA rules do not).
CLAMD_MARKER = b"SPAMGEAR-TEST-CLAMD-ONLY-MARKER"

TEST_RULE = r"""
rule SPAMGEAR_TEST_PHP_EvalRequest
{
    meta:
        description = "eval() of request input (test rule)"
        family = "test-webshell"
        score = 100
    strings:
        $eval = /eval\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)\s*\[/
    condition:
        $eval
}
"""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(predicate: Callable[[], bool], timeout: float = 10.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise TimeoutError(f"timed out waiting for {what}")


def processes_running(fragment: str) -> list[int]:
    """Pids whose command line contains `fragment` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if fragment in cmdline:
            found.append(int(entry.name))
    return found


def port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


def multipart_upload(
    port: int, path: str, filename: str, data: bytes, timeout: float = 30.0
) -> tuple[int, float]:
    """POST one file as multipart/form-data; returns (status, seconds)."""
    boundary = "spamgear" + uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    started = time.monotonic()
    try:
        conn.request(
            "POST", path, body=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}
        )
        resp = conn.getresponse()
        resp.read()
        return resp.status, time.monotonic() - started
    finally:
        conn.close()


class SyslogSink:
    """A datagram socket standing in for /dev/log; www-data may write to it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        path.chmod(0o666)
        self.sock.settimeout(0.2)
        self.records: list[str] = []
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop:
            try:
                self.records.append(self.sock.recv(8192).decode("utf-8", "replace"))
            except TimeoutError:
                continue
            except OSError:
                return

    def close(self) -> None:
        self._stop = True
        self._thread.join(2)
        self.sock.close()


class SilentListener:
    """A unix socket that accepts connections into its backlog and never answers: a hung clamd."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(str(path))
        path.chmod(0o666)
        self.sock.listen(64)

    def close(self) -> None:
        self.sock.close()


@dataclass
class Rig:
    """Everything the servers need, under one temp dir readable by www-data."""

    base: Path
    sig_dir: Path
    cache_dir: Path
    syslog: SyslogSink
    daemon_socket: Path
    hooks: dict[str, Path] = field(default_factory=dict)
    closers: list[Callable[[], object]] = field(default_factory=list)
    clamd: Clamd | None = None

    def config_text(self, **sections: dict[str, object]) -> str:
        import yaml

        data: dict[str, dict[str, object]] = {
            "signatures": {"dirs": [str(self.sig_dir)], "cache_dir": str(self.cache_dir)},
            "hook": {"deadline": 2.0, "fail_policy": "open", "syslog_socket": str(self.syslog.path)},
            "daemon": {"socket": str(self.daemon_socket), "group": WEB_USER},
        }
        for name, values in sections.items():
            data.setdefault(name, {}).update(values)
        return yaml.safe_dump(data)

    def install(self, name: str, **sections: dict[str, object]) -> Path:
        """`spamgear install-hooks --copy-package` with a config of its own; returns the hook dir."""
        conf = self.base / f"{name}.yaml"
        conf.write_text(self.config_text(**sections), encoding="utf-8")
        conf.chmod(0o644)
        dest = self.base / f"hooks-{name}"
        subprocess.run(
            [SPAMGEAR, "install-hooks", "--dest", str(dest), "--copy-package", "--config", str(conf)],
            check=True,
            capture_output=True,
            env=clean_env(),
        )
        self.hooks[name] = dest
        return dest

    def close(self) -> None:
        for closer in reversed(self.closers):
            closer()
        self.syslog.close()
        shutil.rmtree(self.base, ignore_errors=True)


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPAMGEAR_")}
    return env


def synthetic_rules(count: int) -> str:
    """`count` distinct literal-string rules, for the rule-set-size benchmarks."""
    return "".join(
        f"rule SPAMGEAR_SYNTH_{i}\n{{\n    meta:\n        score = 100\n"
        f'    strings:\n        $a = "spamgear-synthetic-{i:06d}-{(i * 7919) % 100003:06d}"\n'
        f"    condition:\n        $a\n}}\n"
        for i in range(count)
    )


def make_rig(synthetic: int = 0) -> Rig:
    base = Path(tempfile.mkdtemp(prefix="spamgear-e2e-", dir="/tmp"))
    base.chmod(0o755)
    sig = base / "signatures"
    sig.mkdir(mode=0o755)
    for src in sorted((REPO / "signatures").iterdir()):
        if src.is_file():
            shutil.copy2(src, sig / src.name)
    (sig / "spamgear-test-webshell.yar").write_text(TEST_RULE, encoding="utf-8")
    if synthetic:
        (sig / "synthetic.yar").write_text(synthetic_rules(synthetic), encoding="utf-8")
    cache = base / "cache"
    cache.mkdir(mode=0o755)
    (base / "run").mkdir(mode=0o755)
    rig = Rig(
        base=base,
        sig_dir=sig,
        cache_dir=cache,
        syslog=SyslogSink(base / "log.sock"),
        daemon_socket=base / "run" / "scan.sock",
    )
    conf = base / "build.yaml"
    conf.write_text(rig.config_text(), encoding="utf-8")
    subprocess.run(
        [SPAMGEAR, "--config", str(conf), "signatures", "build", "-q"],
        check=True,
        capture_output=True,
        env=clean_env(),
    )
    for path in [base, *base.rglob("*")]:
        if path.is_dir():
            path.chmod(0o755)
        elif not path.is_socket():
            path.chmod(path.stat().st_mode | 0o444)
    return rig


def start_daemon(rig: Rig, config: Path, sock: Path | None = None) -> subprocess.Popen[bytes]:
    """`spamgear daemon --foreground` as root, socket 0660 group www-data."""
    sock = sock or rig.daemon_socket
    with (rig.base / "daemon.log").open("ab") as log:
        proc = subprocess.Popen(
            [SPAMGEAR, "--config", str(config), "daemon", "--foreground", "-v"],
            stdout=subprocess.DEVNULL,
            stderr=log,
            env=clean_env(),
        )
    try:
        wait_for(sock.exists, 60, "daemon socket")
    except TimeoutError:
        proc.kill()
        raise
    return proc


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


# ---- clamd -----------------------------------------------------------------------------------


@dataclass
class Clamd:
    root: Path
    socket: Path
    proc_pid: int

    def stop(self) -> None:
        try:
            os.kill(self.proc_pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        for _ in range(100):
            try:
                os.kill(self.proc_pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)


def start_clamd(base: Path) -> Clamd:
    """clamd with a two-signature custom DB (clamd-only marker + EICAR); no freshclam, no network."""
    root = base / "clamd"
    for d in ("db", "run", "log", "tmp"):
        (root / d).mkdir(parents=True, mode=0o755)
    ndb = [
        f"SpamGear.Test.ClamdMarker:0:*:{CLAMD_MARKER.hex()}",
        f"SpamGear.Test.EICAR:0:0:{EICAR.hex()}",
    ]
    (root / "db" / "spamgear-test.ndb").write_text("\n".join(ndb) + "\n", encoding="ascii")
    sock = root / "run" / "clamd.sock"
    conf = root / "clamd.conf"
    conf.write_text(
        f"LocalSocket {sock}\nLocalSocketMode 666\nFixStaleSocket yes\n"
        f"DatabaseDirectory {root / 'db'}\nPidFile {root / 'run' / 'clamd.pid'}\n"
        f"LogFile {root / 'log' / 'clamd.log'}\nForeground no\nUser clamav\n"
        f"TemporaryDirectory {root / 'tmp'}\nMaxThreads 4\nSelfCheck 3600\n",
        encoding="ascii",
    )
    uid = pwd.getpwnam("clamav").pw_uid
    gid = grp.getgrnam("clamav").gr_gid
    for d in ("db", "run", "log", "tmp"):
        os.chown(root / d, uid, gid)
        for f in (root / d).iterdir():
            os.chown(f, uid, gid)
    subprocess.run(["clamd", f"--config-file={conf}"], check=True, capture_output=True, timeout=120)
    wait_for(sock.exists, 60, "clamd socket")
    pid = int((root / "run" / "clamd.pid").read_text().strip())
    return Clamd(root=root, socket=sock, proc_pid=pid)


def start_clamd_again(old: Clamd) -> Clamd:
    """Start clamd again from the same config (after a test stopped it)."""
    pid_file = old.root / "run" / "clamd.pid"
    pid_file.unlink(missing_ok=True)
    conf = old.root / "clamd.conf"
    subprocess.run(["clamd", f"--config-file={conf}"], check=True, capture_output=True, timeout=120)
    wait_for(pid_file.exists, 60, "clamd pid file")
    wait_for(lambda: port_unix_open(old.socket), 60, "clamd socket")
    return Clamd(root=old.root, socket=old.socket, proc_pid=int(pid_file.read_text().strip()))


def port_unix_open(path: Path) -> bool:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(0.5)
            s.connect(str(path))
            return True
    except OSError:
        return False


# ---- Apache ------------------------------------------------------------------------------------

HTTPD_CONF = """\
ServerRoot "{root}"
ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile "{root}/run/httpd.pid"
DefaultRuntimeDir "{root}/run"
Mutex file:{root}/run default
ErrorLog "{root}/logs/error.log"
LogLevel warn
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module  /usr/lib/apache2/modules/mod_authz_core.so
LoadModule alias_module       /usr/lib/apache2/modules/mod_alias.so
LoadModule cgi_module         /usr/lib/apache2/modules/mod_cgi.so
LoadModule unique_id_module   /usr/lib/apache2/modules/mod_unique_id.so
LoadModule security2_module   /usr/lib/apache2/modules/mod_security2.so
StartServers 2
MinSpareServers 2
MaxSpareServers 4
MaxRequestWorkers 16
User www-data
Group www-data
Timeout 30
DocumentRoot "{root}/htdocs"
<Directory />
    Require all denied
</Directory>
<Directory "{root}/cgi-bin">
    Require all granted
    Options +ExecCGI
</Directory>
ScriptAliasMatch "^/upload" "{root}/cgi-bin/upload.cgi"
<IfModule security2_module>
    Include "{root}/conf/spamgear-v2.conf"
    SecDataDir "{root}/modsec-data"
    SecAuditEngine Off
{locations}
</IfModule>
"""

UPLOAD_CGI = "#!/bin/sh\ncat > /dev/null\nprintf 'Content-Type: text/plain\\r\\n\\r\\nupload accepted\\n'\n"

SHIPPED_HOOKS = "/usr/local/lib/spamgear/hooks"


def location_rule(rule_id: int, hook: str) -> str:
    return (
        f'SecRule FILES_TMPNAMES "@inspectFile {hook}" '
        f"\"id:{rule_id},phase:2,t:none,log,deny,status:403,msg:'spamgear test {rule_id}'\""
    )


@dataclass
class Server:
    kind: str
    root: Path
    port: int
    pid_file: Path

    def error_log(self) -> str:
        try:
            return (self.root / "logs" / "error.log").read_text(errors="replace")
        except OSError:
            return ""


def _server_root(base: Path, kind: str, upload_dir: str) -> Path:
    root = base / kind
    for d in ("conf", "logs", "run", "htdocs", "cgi-bin"):
        (root / d).mkdir(parents=True, mode=0o755)
    private = root / upload_dir
    private.mkdir(mode=0o700)
    uid = pwd.getpwnam(WEB_USER).pw_uid
    gid = grp.getgrnam(WEB_USER).gr_gid
    os.chown(private, uid, gid)
    data = root / "modsec-data"
    data.mkdir(mode=0o700)
    os.chown(data, uid, gid)
    return root


def start_apache(rig: Rig, locations: dict[str, str]) -> Server:
    """Apache with the shipped modsec/spamgear-v2.conf (paths replaced); one <Location> per hook."""
    root = _server_root(rig.base, "apache", "modsec-tmp")
    port = free_port()
    shipped = (REPO / "modsec" / "spamgear-v2.conf").read_text(encoding="utf-8")
    shipped = shipped.replace(SHIPPED_HOOKS, str(rig.hooks["main"]))
    shipped = shipped.replace("/var/lib/spamgear/modsec-tmp", str(root / "modsec-tmp"))
    (root / "conf" / "spamgear-v2.conf").write_text(shipped, encoding="utf-8")
    blocks = []
    for i, (url, hook) in enumerate(sorted(locations.items())):
        rule = f"        {location_rule(95150 + i, hook)}\n" if hook else ""
        blocks.append(f"    <Location {url}>\n        SecRuleRemoveById 95110\n{rule}    </Location>")
    conf = root / "conf" / "httpd.conf"
    conf.write_text(HTTPD_CONF.format(root=root, port=port, locations="\n".join(blocks)), encoding="utf-8")
    cgi = root / "cgi-bin" / "upload.cgi"
    cgi.write_text(UPLOAD_CGI, encoding="ascii")
    cgi.chmod(0o755)
    for path in [root, *root.rglob("*")]:
        if path.is_dir() and path.name not in ("modsec-tmp", "modsec-data"):
            path.chmod(0o755)
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C"}
    check = subprocess.run(["apache2", "-t", "-f", str(conf)], capture_output=True, env=env)
    if check.returncode != 0:
        raise RuntimeError(f"apache2 -t failed: {check.stderr.decode(errors='replace')}")
    subprocess.run(["apache2", "-f", str(conf), "-k", "start"], check=True, capture_output=True, env=env)
    server = Server("apache", root, port, root / "run" / "httpd.pid")
    wait_for(lambda: server.pid_file.exists() and port_open(port), 20, "apache")
    return server


def stop_server(server: Server) -> None:
    try:
        pid = int(server.pid_file.read_text().strip())
    except (OSError, ValueError):
        return
    sig = signal.SIGTERM if server.kind == "apache" else signal.SIGQUIT
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        return
    for _ in range(100):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)


# ---- nginx ---------------------------------------------------------------------------------------

NGINX_CONF = """\
load_module /usr/lib/nginx/modules/ngx_http_modsecurity_module.so;
user www-data www-data;
worker_processes 2;
pid {root}/run/nginx.pid;
error_log {root}/logs/error.log notice;
events {{ worker_connections 256; }}
http {{
    access_log {root}/logs/access.log;
    client_body_temp_path {root}/client_body_temp;
    proxy_temp_path {root}/proxy_temp;
    fastcgi_temp_path {root}/fastcgi_temp;
    uwsgi_temp_path {root}/uwsgi_temp;
    scgi_temp_path {root}/scgi_temp;
    client_max_body_size 12m;
    server {{
        listen 127.0.0.1:{backend};
        location / {{ return 200 "upload accepted\\n"; }}
    }}
    server {{
        listen 127.0.0.1:{port};
{locations}
    }}
}}
"""


def start_nginx(rig: Rig, locations: dict[str, str]) -> Server:
    """nginx proxying to a `return 200` backend; each location loads the shipped
    modsec/spamgear-v3.conf with its own hook path (rule 95110)."""
    root = _server_root(rig.base, "nginx", "modsec-upload")
    port, backend = free_port(), free_port()
    shipped = (REPO / "modsec" / "spamgear-v3.conf").read_text(encoding="utf-8")
    shipped = shipped.replace("/var/lib/spamgear/modsec-upload", str(root / "modsec-upload"))
    shipped = shipped.replace("/var/lib/spamgear/modsec-tmp", str(root / "modsec-data"))
    blocks = []
    for i, (url, hook) in enumerate(sorted(locations.items())):
        rules = root / "conf" / f"spamgear-v3-{i}.conf"
        text = shipped.replace("SecRuleEngine On", f"SecRuleEngine On\nSecDataDir {root / 'modsec-data'}")
        if hook:
            text = text.replace(f"{SHIPPED_HOOKS}/runav-client", hook)
        else:  # same settings, no hook rule: the baseline for round-trip timing
            text = re.sub(r"(?m)^SecRule FILES_TMPNAMES .*\n.*\n", "", text)
        rules.write_text(text, encoding="utf-8")
        blocks.append(
            f"        location {url} {{\n            modsecurity on;\n"
            f"            modsecurity_rules_file {rules};\n"
            f"            proxy_pass http://127.0.0.1:{backend};\n        }}"
        )
    conf = root / "conf" / "nginx.conf"
    conf.write_text(
        NGINX_CONF.format(root=root, port=port, backend=backend, locations="\n".join(blocks)),
        encoding="utf-8",
    )
    args = ["nginx", "-p", str(root), "-e", str(root / "logs" / "error.log"), "-c", str(conf)]
    check = subprocess.run([*args, "-t"], capture_output=True)
    if check.returncode != 0:
        raise RuntimeError(f"nginx -t failed: {check.stderr.decode(errors='replace')}")
    subprocess.run(args, check=True, capture_output=True)
    server = Server("nginx", root, port, root / "run" / "nginx.pid")
    wait_for(lambda: server.pid_file.exists() and port_open(port), 20, "nginx")
    return server
