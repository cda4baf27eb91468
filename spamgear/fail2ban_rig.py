"""A throwaway, unprivileged fail2ban-server with spamgear's filters, jails and actions installed.

For the e2e tests and `spamgear-bench`: everything lives in one run directory (config copied from the
installed /etc/fail2ban, our files installed by `spamgear.fail2ban.install`, own socket, pidfile,
sqlite db and log, `backend = polling`). As root the server runs as `nobody` (setpriv) after the run
directory is chowned to it. The hook runs as that user too, so the rig carries its own copy of the
spamgear package (mode 0755) on PYTHONPATH: the checkout may sit where `nobody` cannot go.

The firewall banaction is replaced by `spamgear-rig-ip`, which appends one record per call to
`ip-actions.log`; the account backend is `command` with a script that appends to `account-calls.log`
(no usermod). Tests append log lines with fresh timestamps and read those two files.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import pwd
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spamgear import fail2ban
from spamgear.errors import SpamgearError

PACKAGE_DIR = Path(__file__).resolve().parent
ETC_FAIL2BAN = Path("/etc/fail2ban")
#: The interpreter the hook runs under in the rig (`#!/usr/bin/env python3` with ENV_PATH).
PYTHON = "/usr/bin/python3"
ENV_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

IP_ACTION = """\
# spamgear e2e rig: stands in for the firewall banaction; one tab-separated record per call.
[Definition]
actionstart = printf '%%s\\tstart\\t%%s\\n' "$(date +%%s.%%N)" "<name>" >> "<recfile>"
actionstop = printf '%%s\\tstop\\t%%s\\n' "$(date +%%s.%%N)" "<name>" >> "<recfile>"
actioncheck =
actionban = printf '%%s\\tban\\t%%s\\t%%s\\t%%s\\t%%s\\t%%s\\n' "$(date +%%s.%%N)" "<name>" "<ip>" \\
            "<bantime>" "<bancount>" "<port>" >> "<recfile>"
actionunban = printf '%%s\\tunban\\t%%s\\t%%s\\n' "$(date +%%s.%%N)" "<name>" "<ip>" >> "<recfile>"
[Init]
recfile = {run}/ip-actions.log
port = 0
"""

RECORD_ACCOUNT = """\
#!/bin/sh
# spamgear e2e rig: the account backend's disable/enable command; records instead of usermod.
printf '%s\\t%s\\t%s\\n' "$(date +%s.%N)" "$1" "$2" >> '{run}/account-calls.log'
"""


#: Pure-Python packages the `spamgear` CLI imports when it builds its parser.
RUNTIME_PACKAGES = ("yaml", "nagiosplugin", "dns")


class RigError(SpamgearError):
    """The rig could not be built or the server did not come up."""


@dataclass(frozen=True)
class Record:
    """One line of ip-actions.log or account-calls.log."""

    at: float
    fields: tuple[str, ...]


def _as_nobody() -> list[str]:
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        raise RigError("running as root but setpriv (util-linux) is missing: cannot drop to nobody")
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]


class Fail2banRig:
    """Build with `Fail2banRig(run_dir, ...)`, then `start()`; always `close()` (kills a stuck server)."""

    def __init__(
        self,
        run: Path,
        hooks_dir: Path,
        *,
        smtp_port: int = 0,
        sasl_maxretry: int = 90,
        php_findtime: str = "10m",
        extra_jail_local: str = "",
        banaction: str = "spamgear-rig-ip",
        netns: bool = False,
        fast_hook: bool = True,
    ) -> None:
        self.run = run
        self.conf = run / "conf"
        self.access_log = run / "home" / "alice" / "logs" / "apache" / "access_www.example.org.log"
        self.mail_log = run / "logs" / "mail.log"
        self.exim_log = run / "logs" / "exim4" / "mainlog"
        self.spamgear_config = run / "spamgear.yaml"
        self.state_file = run / "state" / "accounts.json"
        #: netns: run as root in a fresh network namespace, so a real banaction (iptables, nftables)
        #: changes only that namespace's firewall.
        self.netns = netns
        self.banaction = banaction
        if netns and os.geteuid() != 0:
            raise RigError("a real banaction in a network namespace needs root")
        self.prefix = [] if netns else _as_nobody()
        #: fast_hook: the hook as `spamgear install-hooks` writes it (`python3 -IS`, config snapshot),
        #: i.e. what a production action runs; else the plain `#!/usr/bin/env python3` hook.
        self.fast_hook = fast_hook
        self._build(hooks_dir, smtp_port, sasl_maxretry, php_findtime, extra_jail_local)

    # ---- building
    def _build(self, hooks_dir: Path, smtp_port: int, maxretry: int, findtime: str, extra: str) -> None:
        run = self.run
        if not (ETC_FAIL2BAN / "jail.conf").exists():
            raise RigError(f"{ETC_FAIL2BAN}/jail.conf missing: the fail2ban package is not installed")
        shutil.copytree(ETC_FAIL2BAN, self.conf, symlinks=True)
        for stale in [
            *self.conf.glob("jail.d/*"),
            *self.conf.glob("fail2ban.d/*"),
            *self.conf.glob("*.local"),
        ]:
            stale.unlink()
        bin_dir = run / "bin"
        bin_dir.mkdir()
        fail2ban.install(fail2ban.plan(self.conf, bin_dir))
        for hook in fail2ban.HOOKS:
            shutil.copy(hooks_dir / hook, bin_dir / hook)
        lib = run / "lib"
        shutil.copytree(PACKAGE_DIR, lib / "spamgear", ignore=shutil.ignore_patterns("__pycache__"))
        for dependency in RUNTIME_PACKAGES:  # the system python3 may lack them; nobody can't read the venv
            spec = importlib.util.find_spec(dependency)
            if spec is not None and spec.origin is not None:
                shutil.copytree(
                    Path(spec.origin).parent, lib / dependency, ignore=shutil.ignore_patterns("__pycache__")
                )
        record = bin_dir / "record-account"
        record.write_text(RECORD_ACCOUNT.replace("{run}", str(run)), encoding="utf-8")
        (self.conf / "action.d" / "spamgear-rig-ip.conf").write_text(
            IP_ACTION.replace("{run}", str(run)), encoding="utf-8"
        )
        (self.conf / "fail2ban.local").write_text(
            "[Definition]\nloglevel = INFO\n"
            f"logtarget = {run}/fail2ban.log\nsocket = {run}/fail2ban.sock\n"
            f"pidfile = {run}/fail2ban.pid\ndbfile = {run}/fail2ban.sqlite3\n"
            "syslogsocket = auto\nallowipv6 = auto\n",
            encoding="utf-8",
        )
        (self.conf / "jail.local").write_text(
            f"[DEFAULT]\nbackend = polling\nbanaction = {self.banaction}\nignoreip = 127.0.0.1/8 ::1\n\n"
            "[spamgear-php-login]\nenabled = true\n"
            f"logpath = {run}/home/*/logs/apache/access_*.log\nfindtime = {findtime}\n\n"
            "[spamgear-sasl-user]\nenabled = true\nbackend = polling\n"
            f"logpath = {self.mail_log}\n          {self.exim_log}\nmaxretry = {maxretry}\n"
            f'action = spamgear-account[spamgear_config="{self.spamgear_config}", '
            "max_nets=5, max_unknowns=5]\n" + extra,
            encoding="utf-8",
        )
        self.spamgear_config.write_text(
            "accounts:\n  backend: command\n"
            f"  disable_command: ['{record}', disable, '{{user}}']\n"
            f"  enable_command: ['{record}', enable, '{{user}}']\n"
            f"  state_file: '{self.state_file}'\n"
            "smtp:\n  host: 127.0.0.1\n"
            f"  port: {smtp_port or 9}\n  timeout: 5\n"
            "  sender: spamgear@example.org\n  admin: [postmaster@example.org]\n",
            encoding="utf-8",
        )
        for path in (self.access_log, self.mail_log, self.exim_log):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
        (run / "state").mkdir()
        if self.fast_hook:
            fail2ban.write_fast_hook(bin_dir, PYTHON, [str(lib)], [], str(self.spamgear_config))
        for dirpath, dirnames, filenames in os.walk(run):
            Path(dirpath).chmod(0o755)
            for name in dirnames + filenames:
                p = Path(dirpath) / name
                if not p.is_symlink():
                    p.chmod(0o755 if p.is_dir() or os.access(p, os.X_OK) or p.parent == bin_dir else 0o644)
        run.chmod(0o755)
        if self.prefix:
            nobody = pwd.getpwnam("nobody")
            for dirpath, dirnames, filenames in os.walk(run):
                os.chown(dirpath, nobody.pw_uid, nobody.pw_gid)
                for name in dirnames + filenames:
                    os.chown(Path(dirpath) / name, nobody.pw_uid, nobody.pw_gid, follow_symlinks=False)

    # ---- running
    def env(self) -> dict[str, str]:
        """The server's (and so the hook's) environment; TZ as ours, so naive log stamps agree."""
        env = {"PATH": ENV_PATH, "PYTHONPATH": str(self.run / "lib"), "LC_ALL": "C", "HOME": str(self.run)}
        if "TZ" in os.environ:
            env["TZ"] = os.environ["TZ"]
        return env

    def client(
        self, *args: str, timeout: float = 30.0, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        """`fail2ban-client -c CONF ARGS` as the rig's user."""
        out = subprocess.run(
            [*self.prefix, "fail2ban-client", "-c", str(self.conf), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=self.env(),
            check=False,
        )
        if check and out.returncode != 0:
            raise RigError(f"fail2ban-client {' '.join(args)}: exit {out.returncode}: {out.stderr.strip()}")
        return out

    def spamgear(self, *args: str, timeout: float = 30.0) -> subprocess.CompletedProcess[str]:
        """`python3 -m spamgear ARGS --config RIG` from the rig's package copy, as the rig's user."""
        return subprocess.run(
            [
                *self.prefix,
                "/usr/bin/python3",
                "-m",
                "spamgear",
                *args,
                "--config",
                str(self.spamgear_config),
            ],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=self.env(),
            check=False,
            cwd=self.run,
        )

    def start(self, timeout: float = 30.0) -> None:
        if self.netns:
            subprocess.run(
                ["unshare", "--net", "--", "fail2ban-client", "-c", str(self.conf), "start"],
                capture_output=True,
                text=True,
                timeout=timeout,
                env=self.env(),
                check=True,
            )
        else:
            self.client("start", timeout=timeout)
        self.wait(lambda: self.client("ping", check=False).returncode == 0, timeout, "server ping")

    def stop(self, timeout: float = 30.0) -> None:
        self.client("stop", timeout=timeout)
        self.wait(lambda: not (self.run / "fail2ban.pid").exists(), timeout, "server exit")

    def in_netns(self, *argv: str) -> str:
        """Run argv (e.g. `nft list ruleset`) in the server's network namespace; its stdout."""
        pid = (self.run / "fail2ban.pid").read_text().strip()
        out = subprocess.run(
            ["nsenter", f"--net=/proc/{pid}/ns/net", "--", *argv],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        return out.stdout

    def close(self) -> None:
        """Stop the server if it still runs; kill it if it does not answer."""
        pidfile = self.run / "fail2ban.pid"
        if not pidfile.exists():
            return
        with contextlib.suppress(RigError, subprocess.TimeoutExpired):
            self.client("stop", timeout=15, check=False)
            self.wait(lambda: not pidfile.exists(), 10, "server exit")
        if pidfile.exists():
            with contextlib.suppress(ValueError, OSError):
                os.kill(int(pidfile.read_text().strip()), signal.SIGKILL)

    def wait(self, cond: Callable[[], object], timeout: float, what: str, step: float = 0.02) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if cond():
                return
            time.sleep(step)
        raise RigError(f"timed out after {timeout:g}s waiting for {what} (see {self.run}/fail2ban.log)")

    # ---- log lines with fresh timestamps
    def append_apache(
        self,
        ip: str,
        path: str,
        status: int = 200,
        referer: str = "-",
        agent: str = "Mozilla/5.0",
        n: int = 1,
    ) -> float:
        stamp = time.strftime("%d/%b/%Y:%H:%M:%S %z")
        line = f'{ip} - - [{stamp}] "POST {path} HTTP/1.1" {status} 4521 "{referer}" "{agent}"\n'
        return _append(self.access_log, [line] * n)

    def append_raw_access(self, lines: Sequence[str]) -> float:
        stamp = time.strftime("%d/%b/%Y:%H:%M:%S %z")
        return _append(self.access_log, [ln.replace("{stamp}", stamp) + "\n" for ln in lines])

    def append_sasl(self, entries: Sequence[tuple[str, str, str]]) -> float:
        """(user, client name, ip) per postfix line; returns the time right after the write."""
        stamp = time.strftime("%b %e %H:%M:%S")
        lines = [
            f"{stamp} mail postfix/submission/smtpd[{1000 + n}]: {0x3F2A1100 + n:X}: "
            f"client={name}[{ip}], sasl_method=LOGIN, sasl_username={user}\n"
            for n, (user, name, ip) in enumerate(entries)
        ]
        return _append(self.mail_log, lines)

    def append_exim(self, entries: Sequence[tuple[str, str, str]]) -> float:
        """(user, verified host name or "", ip) per exim `<= ... P=esmtpa A=login:user` line."""
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        lines = [
            f"{stamp} 1aupQ{n:X}-0001xZ-Cd <= {user}@example.org H={name + ' ' if name else ''}(helo) "
            f"[{ip}]:{40000 + n} P=esmtpa A=dovecot_login:{user} S=1234\n"
            for n, (user, name, ip) in enumerate(entries)
        ]
        return _append(self.exim_log, lines)

    def append_dovecot(self, entries: Sequence[tuple[str, str]]) -> float:
        """(user, ip) per Dovecot submission-login line in the syslog mail log."""
        stamp = time.strftime("%b %e %H:%M:%S")
        lines = [
            f"{stamp} mail dovecot: submission-login: Login: user=<{user}>, method=PLAIN, rip={ip}, "
            f"lip=192.0.2.1, mpid={100 + n}, TLS\n"
            for n, (user, ip) in enumerate(entries)
        ]
        return _append(self.mail_log, lines)

    # ---- what the actions did
    def ip_actions(self) -> list[Record]:
        return _records(self.run / "ip-actions.log")

    def account_calls(self) -> list[Record]:
        return _records(self.run / "account-calls.log")

    def server_log(self) -> str:
        try:
            return (self.run / "fail2ban.log").read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""


def _append(path: Path, lines: Sequence[str]) -> float:
    with path.open("a", encoding="utf-8") as fh:
        fh.writelines(lines)
    return time.time()


def _records(path: Path) -> list[Record]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    out = []
    for line in text.splitlines():
        at, _, rest = line.partition("\t")
        with contextlib.suppress(ValueError):
            out.append(Record(float(at), tuple(rest.split("\t"))))
    return out
