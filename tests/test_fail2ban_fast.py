"""The fail2ban account hook's fast path gives the full path's answers, and hands back when it must.

- pure parts: `spamgear.fastban` against `accounts.validate_username`, `accountban.check_jail` and
  `accountban.user_evidence` (hypothesis, hostile names and lines);
- the hook: `fail2ban_fast.run` against `adapters.fail2ban.main` on the same argv, config and backend
  (exit status, backend calls, state record, stderr);
- the installed fast form (`python3 -IS`, snapshot): bans without PyYAML on its path, falls back to the
  full config when a config layer changed, and hands the admin notice to a detached sender (a real
  aiosmtpd sink on loopback); a notice that could not be sent waits for `spamgear accounts notify`.
"""

import json
import marshal
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spamgear import accountban, fail2ban, fastban, noticespool
from spamgear.accounts import validate_username
from spamgear.adapters import fail2ban as adapter
from spamgear.adapters import fail2ban_fast
from spamgear.errors import AccountError
from spamgear.mail import postfix, stamps

REPO = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
SYSTEM_PYTHON = str(Path(sys.base_prefix) / "bin" / "python3")


def test_patterns_are_the_full_modules() -> None:
    """The fast module copies pattern strings; they must stay the full modules' own."""
    assert stamps.SYSLOG_RE.pattern == fastban.SYSLOG
    assert stamps.RFC3339_RE.pattern == fastban.RFC3339
    assert postfix.SUCCESS_RE.pattern == fastban.SUCCESS
    assert postfix.FAST_RE.pattern == fastban.SYSLOG + fastban.SUCCESS
    assert postfix.IPV4_RE.pattern == fastban.IPV4
    assert accountban._DOVECOT_RE.pattern == fastban.DOVECOT
    assert accountban._EXIM_RE.pattern == fastban.EXIM
    assert (fastban.MAX_LINES, fastban.MAX_LINE) == (accountban.MAX_LINES, accountban.MAX_LINE)
    assert fastban.MAX_USER == postfix.MAX_USER
    assert fail2ban_fast.SOURCE_PREFIX == accountban.SOURCE_PREFIX


# ---- names

_NAME_CHARS = st.sampled_from([*"aZ09_.@+-/ $`;'\"\\\n\t\x00é\u0661\u212a", "ab", "x" * 70])
NAMES = st.one_of(
    st.lists(_NAME_CHARS, max_size=12).map("".join),
    st.text(max_size=20),
    st.integers(min_value=120, max_value=135).map(lambda n: "u" * n),
)


def _full_user_ok(user: str) -> bool:
    try:
        validate_username(user)
    except AccountError:
        return False
    return True


def _full_jail_ok(jail: str) -> bool:
    try:
        accountban.check_jail(jail)
    except AccountError:
        return False
    return True


@settings(max_examples=500, deadline=None)
@given(name=NAMES)
def test_plain_names_match_the_full_checks(name: str) -> None:
    assert fastban.plain_user(name) == _full_user_ok(name)
    assert fastban.plain_jail(name) == _full_jail_ok(name)
    assert fastban.display(name) == accountban.display(name)


# ---- evidence

_STAMPS = st.sampled_from(
    [
        "Nov 25 11:00:00",
        "Nov  5 11:00:00",
        "Feb 29 10:00:00",
        "Feb 30 10:00:00",
        "Dec 31 23:59:59",
        "Foo 25 11:00:00",
        "2026-11-25T11:00:00+01:00",
        "2026-11-25T11:00:00+25:00",
        "2026-02-30T11:00:00Z",
        "2026-11-25T11:00:00.123Z",
        "",
    ]
)
_IPS = st.sampled_from(
    [
        "203.0.113.5",
        "203.0.113.6",
        "10.1.2.3",
        "256.1.1.1",
        "2001:db8::5",
        "2001:db8:1::5",
        "IPv6:2001:db8::9",
        "::ffff:192.0.2.1",
        "1.2.3",
        "x",
        "01.2.3.4",
    ]
)
_CLIENTS = st.sampled_from(["unknown", "pc.example.net", "", "unknown "])
USERS = st.sampled_from(["alice", "bob@example.org", "-rf", "a b", "ali", "alice, sasl_sender=x", "x$(id)"])


@st.composite
def auth_lines(draw: st.DrawFn) -> str:
    user, ip, stamp = draw(USERS), draw(_IPS), draw(_STAMPS)
    kind = draw(st.integers(0, 5))
    if kind == 0:
        line = (
            f"{stamp} mail postfix/submission/smtpd[12]: 3F2A11C0123: client={draw(_CLIENTS)}[{ip}], "
            f"sasl_method=LOGIN, sasl_username={user}"
        )
    elif kind == 1:
        line = (
            f"{stamp} mail postfix/smtpd[1]: warning: unknown[{ip}]: SASL LOGIN authentication failed: "
            f"UGFz, sasl_username={user}"
        )
    elif kind == 2:
        line = (
            f"{stamp} mail dovecot: submission-login: Login: user=<{user}>, method=PLAIN, rip={ip}, lip=::1"
        )
    elif kind == 3:
        day = draw(st.sampled_from(["2026-11-25", "2026-02-30"]))
        host = draw(st.sampled_from(["", "pc1.example.net "]))
        line = (
            f"{day} 11:00:03 1aupQJ-0001xZ-Cd <= e@x.org H={host}(helo) [{ip}]:5 P=esmtpa A=login:{user} S=1"
        )
    elif kind == 4:
        line = draw(st.text(max_size=120))
    else:
        line = f"{stamp} mail postfix/smtpd[1]: NOQUEUE: client=unknown[{ip}], sasl_method=X, sasl_username="
        line += draw(st.text(max_size=20))
    return line + draw(st.sampled_from(["", "\r", "\n", " "]))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    user=USERS,
    lines=st.lists(auth_lines(), max_size=25),
    now=st.sampled_from([NOW, datetime(2028, 2, 29, 12)]),
)
def test_fast_evidence_equals_full_evidence(user: str, lines: list[str], now: datetime) -> None:
    full = accountban.user_evidence(user, lines, now)
    fast = fastban.user_evidence(user, lines, now)
    assert (fast.count, fast.nets, fast.unknowns, fast.ips, fast.first_line) == (
        full.count,
        full.nets,
        full.unknowns,
        full.ips,
        full.first_line,
    )
    assert fast.report_line() == full.report_line()
    for line in lines:
        event = accountban.parse_auth_line(line, now)
        expected = None if event is None else (event.user, event.ip, event.unknown)
        assert fastban.auth_login(line, now) == expected


# ---- the hook: fast path against full path, in process


def _recorder(tmp: Path) -> Path:
    script = tmp / "record"
    script.write_text(
        '#!/bin/sh\nprintf "%s %s\\n" "$1" "$2" >> "$(dirname "$0")/calls.log"\n'
        '[ "$2" != broken ] || { echo "usermod: user $2 is busy" >&2; exit 3; }\n'
    )
    script.chmod(0o755)
    return script


def _config(tmp: Path, **smtp: object) -> Path:
    script = _recorder(tmp)
    path = tmp / "spamgear.yaml"
    path.write_text(
        json.dumps(
            {
                "accounts": {
                    "backend": "command",
                    "disable_command": [str(script), "disable", "{user}"],
                    "enable_command": [str(script), "enable", "{user}"],
                    "state_file": str(tmp / "state" / "accounts.json"),
                    "protected": ["root", "boss"],
                },
                "smtp": {"admin": [], **smtp},
            }
        )
    )
    return path


def _hook_dir(tmp: Path, config: Path, site: bool = True) -> Path:
    """The fast installed form in tmp/hooks (snapshot of `config`), as `spamgear fail2ban install` does."""
    sitedirs = [p for p in sys.path if p.endswith("site-packages")] if site else []
    fail2ban.write_fast_hook(tmp / "hooks", SYSTEM_PYTHON, [str(REPO)], sitedirs, str(config))
    return tmp / "hooks"


def _state(tmp: Path) -> dict[str, dict[str, object]]:
    path = tmp / "state" / "accounts.json"
    if not path.exists():
        return {}
    records = json.loads(path.read_text())["disabled"]
    for rec in records.values():
        rec.pop("at")
    return dict(records)


def _calls(tmp: Path) -> list[str]:
    path = tmp / "calls.log"
    return path.read_text().splitlines() if path.exists() else []


def botnet(user: str, n: int = 12, unknown_every: int = 1) -> str:
    return "\n".join(
        f"Nov 25 11:00:00 mail postfix/smtpd[1]: 3F2A11C0{k:03d}: client="
        f"{'unknown' if k % unknown_every == 0 else f'h{k}.example.net'}[10.{k}.0.1], sasl_method=LOGIN, "
        f"sasl_username={user}"
        for k in range(n)
    )


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    user=st.one_of(NAMES, st.sampled_from(["alice", "boss", "broken", "bob@example.org", "a.b-c+d"])),
    jail=st.sampled_from(["spamgear-sasl-user", "j", "bad jail", "-x"]),
    n=st.integers(0, 14),
    unknown_every=st.integers(1, 3),
    twice=st.booleans(),
)
def test_fast_path_decides_like_the_full_path(
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    user: str,
    jail: str,
    n: int,
    unknown_every: int,
    twice: bool,
) -> None:
    """Same argv, config and backend in two directories: exit status, backend calls, state, stderr."""
    results = []
    for path in ("fast", "full"):
        tmp = tmp_path_factory.mktemp(path)
        config = _config(tmp)
        hooks = _hook_dir(tmp, config)
        argv = [
            f"--config={config}",
            "ban",
            f"--jail={jail}",
            f"--fid={user}",
            "--failures=90",
            f"--matches={botnet(user, n, unknown_every)}",
        ]
        statuses = []
        for _ in range(2 if twice else 1):
            if path == "fast":
                status = fail2ban_fast.run(argv, str(hooks / fail2ban.HOOKS[0]))
                handled = status is not None
                if status is None:
                    status = adapter.main(argv)
            else:
                status = adapter.main(argv)
            statuses.append(status)
        err = capsys.readouterr().err.replace(str(tmp), "TMP")
        results.append((statuses, _calls(tmp), _state(tmp), err))
        if path == "fast" and fastban.plain_user(user) and fastban.plain_jail(jail) and user != "boss":
            assert handled, "a plain ban must not fall back"
    assert results[0] == results[1]


def test_fast_path_backend_failure_matches(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _config(tmp_path)
    argv = [f"--config={config}", "ban", "--jail=j", "--fid=broken", f"--matches={botnet('broken')}"]
    assert fail2ban_fast.run(argv, str(_hook_dir(tmp_path, config) / fail2ban.HOOKS[0])) == 1
    fast_err = capsys.readouterr().err
    assert fast_err == (
        "spamgear: disabling broken through command failed: "
        f"{tmp_path / 'record'} exited 3: usermod: user broken is busy\n"
        "spamgear: fail2ban j: broken: failed: 12 logins, 12 nets, 12 unknowns, 12 IPs "
        f"({tmp_path / 'record'} exited 3: usermod: user broken is busy)\n"
    )
    assert adapter.main(argv) == 1
    assert capsys.readouterr().err == fast_err
    assert _state(tmp_path) == {}


@pytest.mark.parametrize(
    "argv",
    [
        ["ban", "--jail=j", "--fid=alice", "--matches=x", "--fid=bob"],  # repeated: argparse's rules
        ["ban", "--jail", "j", "--fid=alice"],  # separate value
        ["ban", "--jail=j", "--fid=alice", "--failures=many"],  # argparse's error
        ["ban", "--jail=j", "--fid=alice", "--match=x"],  # abbreviation
        ["ban", "--jail=j"],  # missing --fid
        ["unban", "--jail=j", "--fid=alice"],
        ["--help"],
    ],
)
def test_fast_path_hands_back_what_argparse_must_see(argv: list[str]) -> None:
    assert fail2ban_fast.parse_argv(argv) is None


def test_stale_snapshot_falls_back_to_the_full_config(tmp_path: Path) -> None:
    """A config layer that changed after the snapshot: the fast path hands back, the hook reads YAML."""
    config = _config(tmp_path)
    hook = _hook_dir(tmp_path, config) / fail2ban.HOOKS[0]
    base = [f"--config={config}", "ban", "--jail=j", "--failures=12"]
    ok = subprocess.run([str(hook), *base, "--fid=alice", f"--matches={botnet('alice')}"], check=False)
    assert ok.returncode == 0
    assert list(_state(tmp_path)) == ["alice"]
    # the admin moves the state file; the snapshot still names the old one
    data = json.loads(config.read_text())
    data["accounts"]["state_file"] = str(tmp_path / "new-state" / "accounts.json")
    config.write_text(json.dumps(data))
    os.utime(config, ns=(time.time_ns() + 10**9, time.time_ns() + 10**9))
    argv = [*base, "--fid=bob", f"--matches={botnet('bob')}"]
    assert fail2ban_fast.run(argv, str(hook)) is None
    assert subprocess.run([str(hook), *argv], check=False).returncode == 0
    assert list(_state(tmp_path)) == ["alice"]
    assert list(json.loads((tmp_path / "new-state" / "accounts.json").read_text())["disabled"]) == ["bob"]
    # another --config than the snapshot's: hand back as well
    other = tmp_path / "other.yaml"
    other.write_text(config.read_text())
    assert fail2ban_fast.run([f"--config={other}", *base[1:], "--fid=carol"], str(hook)) is None


def test_installed_fast_hook_needs_no_yaml(tmp_path: Path) -> None:
    """With no site-packages on its path the hook cannot import PyYAML: a plain ban still works (the
    fast path), while anything it hands back fails on the missing module (the full path)."""
    config = _config(tmp_path)
    hook = _hook_dir(tmp_path, config, site=False) / fail2ban.HOOKS[0]
    assert hook.read_text().startswith(f"#!{SYSTEM_PYTHON} -IS\n")
    base = [str(hook), f"--config={config}", "ban", "--jail=j"]
    run = subprocess.run(
        [*base, "--fid=alice", f"--matches={botnet('alice')}"], capture_output=True, text=True
    )
    assert (run.returncode, run.stderr) == (0, "")
    assert _calls(tmp_path) == ["disable alice"]
    assert _state(tmp_path)["alice"]["source"] == "fail2ban:j"
    again = subprocess.run(
        [*base, "--fid=alice", f"--matches={botnet('alice')}"], capture_output=True, text=True
    )
    assert (again.returncode, _calls(tmp_path)) == (0, ["disable alice"])
    weak = subprocess.run(
        [*base, "--fid=bob", f"--matches={botnet('bob', 3)}"], capture_output=True, text=True
    )
    assert (weak.returncode, _calls(tmp_path)) == (0, ["disable alice"])
    hostile = subprocess.run([*base, "--fid=-rf"], capture_output=True, text=True)
    assert hostile.returncode != 0 and "yaml" in hostile.stderr  # the full path was asked


# ---- the admin notice: spooled, sent by a detached child, retried by `spamgear accounts notify`


@pytest.mark.smtp
def test_notice_is_sent_by_a_detached_child(tmp_path: Path) -> None:
    from tests import mailsink

    sink, controller = mailsink.start()
    try:
        config = _config(
            tmp_path, host="127.0.0.1", port=sink.port, timeout=5, admin=["postmaster@example.org"]
        )
        hook = _hook_dir(tmp_path, config) / fail2ban.HOOKS[0]
        started = time.monotonic()
        run = subprocess.run(
            [
                str(hook),
                f"--config={config}",
                "ban",
                "--jail=j",
                "--fid=alice",
                f"--matches={botnet('alice')}",
            ],
            capture_output=True,
            text=True,
            timeout=30,
        )
        returned = time.monotonic() - started
        assert (run.returncode, run.stdout, run.stderr) == (0, "", "")  # returned: stdio not held open
        deadline = time.monotonic() + 20
        while not sink.messages and time.monotonic() < deadline:
            time.sleep(0.05)
        (mail,) = sink.messages
        assert mail.message["Subject"].endswith("[USER alice DISABLED]")
        body = mail.message.get_payload(decode=True).decode()
        assert "12 (12 nets/12 unknowns/12 IPs/0 webmail)" in body
        assert "Disabled by fail2ban jail j through the command backend." in body
        while _state(tmp_path)["alice"]["notified"] is not True and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _state(tmp_path)["alice"]["notified"] is True
        assert noticespool.pending(str(tmp_path / "state" / "accounts.json")) == []
        print(f"hook returned after {returned * 1000:.0f} ms")
    finally:
        controller.stop()


@pytest.mark.smtp
def test_unsent_notice_waits_for_accounts_notify(tmp_path: Path) -> None:
    from tests import mailsink

    port = mailsink.free_port()
    config = _config(tmp_path, host="127.0.0.1", port=port, timeout=2, admin=["postmaster@example.org"])
    hook = _hook_dir(tmp_path, config) / fail2ban.HOOKS[0]
    state_file = str(tmp_path / "state" / "accounts.json")
    run = subprocess.run(
        [str(hook), f"--config={config}", "ban", "--jail=j", "--fid=alice", f"--matches={botnet('alice')}"],
        timeout=30,
        check=False,
    )
    assert run.returncode == 0
    # the detached sender finds no relay: the notice stays spooled, the flag unset
    notify = [str(hook), f"--config={config}", "notify", "--jail=j", "--fid=alice"]
    assert subprocess.run(notify, capture_output=True, timeout=30, check=False).returncode == 1
    assert noticespool.pending(state_file) == ["alice"]
    assert _state(tmp_path)["alice"]["notified"] is False
    sink, controller = mailsink.start()
    try:
        # the relay is back (another file: the hook's detached sender keeps the closed port)
        data = json.loads(config.read_text())
        data["smtp"]["port"] = sink.port
        relay_back = tmp_path / "relay-back.yaml"
        relay_back.write_text(json.dumps(data))
        out = subprocess.run(
            [sys.executable, "-m", "spamgear", "--config", str(relay_back), "accounts", "notify"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert (out.returncode, out.stdout) == (0, "sent notice for alice\n")
        assert len(sink.messages) == 1
        assert "Matched log lines:" in sink.messages[0].message.get_payload(decode=True).decode()
        assert noticespool.pending(state_file) == []
        assert _state(tmp_path)["alice"]["notified"] is True
    finally:
        controller.stop()


def test_notice_spool_round_trip(tmp_path: Path) -> None:
    state = str(tmp_path / "accounts.json")
    assert noticespool.pending(state) == []
    noticespool.write(state, "alice", "fail2ban jail\nj", "body\nline 2")
    assert noticespool.read(state, "alice") == ("fail2ban jail j", "body\nline 2")
    assert noticespool.pending(state) == ["alice"]
    noticespool.remove(state, "alice")
    assert noticespool.read(state, "alice") is None
    for bad in ("", "../x", ".hidden", "a/b"):
        with pytest.raises(ValueError):
            noticespool.spool_path(state, bad)


# ---- the import-free stand-ins: cached patterns, JSON, the backend runner


def test_cached_patterns_equal_re_compile(tmp_path: Path) -> None:
    """`_sre.compile` from the cache gives patterns equal to re.compile's (same flags and code)."""
    import re

    (tmp_path / "__pycache__").mkdir()
    path = fastban.write_cache(str(tmp_path))
    cached = fastban.load_cached(path)
    assert cached is not None
    assert cached == [re.compile(p) for p in fastban.PATTERNS]
    assert [p.groupindex for p in cached] == [re.compile(p).groupindex for p in fastban.PATTERNS]
    # a cache from another interpreter or for other patterns is ignored
    data = marshal.loads(Path(path).read_bytes())  # noqa: S302 - the file this test just wrote
    data["key"] = (0, *data["key"][1:])
    Path(path).write_bytes(marshal.dumps(data))
    assert fastban.load_cached(path) is None
    Path(path).write_bytes(b"junk")
    assert fastban.load_cached(path) is None


_JSON_VALUES = st.one_of(st.text(), st.booleans(), st.integers(), st.none())


@settings(max_examples=200, deadline=None)
@given(
    records=st.dictionaries(
        st.text(min_size=1, max_size=12),
        st.dictionaries(st.sampled_from(["at", "reason", "backend", "source", "x"]), _JSON_VALUES),
        max_size=5,
    )
)
def test_state_json_equals_the_json_module(records: dict[str, dict[str, object]]) -> None:
    doc = {"version": 1, "disabled": records}
    text = fail2ban_fast.json_dumps(doc)
    assert text == json.dumps(doc, indent=2, sort_keys=True)
    assert fail2ban_fast.json_loads(text + "\n") == json.loads(text + "\n") == doc


@pytest.mark.parametrize("text", ["", "{", '{"a": 1} x', "\ufeff{}", '{"a": "\x01"}', "[1,]", "nul"])
def test_state_json_rejects_what_json_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        json.loads(text)
    with pytest.raises(ValueError):
        fail2ban_fast.json_loads(text)


def test_backend_runner_matches_subprocess(tmp_path: Path) -> None:
    from spamgear import accounts

    script = tmp_path / "noisy"
    script.write_text('#!/bin/sh\necho "out $1"\necho "err $1" >&2\nexit "$2"\n')
    script.chmod(0o755)
    for code in ("0", "4"):
        full = accounts.run_argv([str(script), "x y", code], 10)
        assert fail2ban_fast.run_argv([str(script), "x y", code], 10) == (
            full.returncode,
            full.stdout,
            full.stderr,
        )
    with pytest.raises(fail2ban_fast.BackendFailed, match=r"^/nonexistent/cmd: not found$"):
        fail2ban_fast.run_argv(["/nonexistent/cmd"], 10)
    started = time.monotonic()
    with pytest.raises(fail2ban_fast.BackendFailed, match=r"^sleep: no answer within 0\.3s$"):
        fail2ban_fast.run_argv(["sleep", "5"], 0.3)
    assert time.monotonic() - started < 4
    with pytest.raises(AccountError, match=r"^sleep: no answer within 0\.3s$"):
        accounts.run_argv(["sleep", "5"], 0.3)


@pytest.mark.parametrize("n", [3, 25])
def test_notice_text_and_outcome_line_equal_the_full_ones(n: int) -> None:
    from spamgear.accountban import BanOutcome, BanResult
    from spamgear.mail.abuse import DisablePolicy

    lines = fastban.split_matches(botnet("alice", n) + "\nnot a login \x1b[31m line")
    full_ev = accountban.user_evidence("alice", lines, NOW)
    fast_ev = fastban.user_evidence("alice", lines, NOW)
    reason = f"fail2ban jail j: {DisablePolicy(1, 1).reason(full_ev)}"
    assert reason == f"fail2ban jail j: {fastban.disable_reason(fast_ev, 1, 1)}"
    outcome = BanOutcome("alice", BanResult.DISABLED, full_ev, reason)
    assert fail2ban_fast.notice_text(fast_ev, reason, "alice", "j", lines) == accountban.notice_text(
        outcome, "j", lines
    )
    assert fail2ban_fast.outcome_line("j", "alice", "disabled", fast_ev, reason) == outcome.line("j")


def test_local_backend_with_postfix_map_matches(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """backend local: `usermod -L -- USER` (a recording stand-in on PATH), the map line, postmap."""
    stub = tmp_path_factory.mktemp("bin")
    for name in ("usermod", "postmap"):
        (stub / name).write_text(f'#!/bin/sh\necho "{name} $*" >> "$STUB_LOG"\n')
        (stub / name).chmod(0o755)
    monkeypatch.setenv("PATH", f"{stub}:{os.environ['PATH']}")
    outputs = []
    for path in ("fast", "full"):
        tmp = tmp_path_factory.mktemp(path)
        monkeypatch.setenv("STUB_LOG", str(tmp / "stub.log"))
        (tmp / "sasl_access").write_text("bob REJECT account disabled by spamgear\ncarol OK\n")
        config = tmp / "spamgear.yaml"
        config.write_text(
            json.dumps(
                {
                    "accounts": {
                        "backend": "local",
                        "postfix_map": str(tmp / "sasl_access"),
                        "state_file": str(tmp / "state" / "accounts.json"),
                    },
                    "smtp": {"admin": []},
                }
            )
        )
        hook = _hook_dir(tmp, config) / fail2ban.HOOKS[0]
        argv = [f"--config={config}", "ban", "--jail=j", "--fid=alice", f"--matches={botnet('alice')}"]
        status = fail2ban_fast.run(argv, str(hook)) if path == "fast" else adapter.main(argv)
        log = (tmp / "stub.log").read_text().replace(str(tmp), "TMP")
        outputs.append((status, log, (tmp / "sasl_access").read_text(), _state(tmp)))
    assert outputs[0] == outputs[1]
    assert outputs[0][1] == "usermod -L -- alice\npostmap TMP/sasl_access\n"
    assert outputs[0][2].endswith("carol OK\nalice REJECT account disabled by spamgear\n")


@pytest.mark.smtp
def test_a_notice_being_sent_is_not_sent_twice(tmp_path: Path) -> None:
    """The hook's detached sender and `spamgear accounts notify` may run at once: the second waits for
    the spool file's lock and, finding the notice sent, does not mail again."""
    import fcntl
    import threading

    from spamgear.accounts import AccountManager
    from spamgear.config import load_config
    from spamgear.mail.notice import send_spooled
    from tests import mailsink

    port = mailsink.free_port()  # nothing listens: a send attempt would fail (False)
    config = _config(tmp_path, host="127.0.0.1", port=port, timeout=2, admin=["postmaster@example.org"])
    cfg = load_config(str(config))
    manager = AccountManager(cfg.accounts)
    manager.disable("alice", "test evidence", source="fail2ban jail j")
    state_file = str(manager.state.path)
    noticespool.write(state_file, "alice", "fail2ban jail j", "evidence")
    results: list[bool] = []
    held = os.open(noticespool.spool_path(state_file, "alice"), os.O_RDONLY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX)  # "another sender" is mailing
        second = threading.Thread(target=lambda: results.append(send_spooled(cfg, manager, "alice")))
        second.start()
        second.join(0.5)
        assert second.is_alive() and results == []  # waits instead of mailing as well
        manager.mark_notified("alice")  # the other sender's mail went out
        noticespool.remove(state_file, "alice")
    finally:
        os.close(held)
    second.join(10)
    assert results == [True]  # done by the other: no attempt (the relay is down, a try gives False)
    assert _state(tmp_path)["alice"]["notified"] is True
    noticespool.write(state_file, "bob", "fail2ban jail j", "evidence")
    manager.disable("bob", "test evidence", source="fail2ban jail j")
    assert send_spooled(cfg, manager, "bob") is False  # nobody else at it: tried, relay down, kept
    assert noticespool.pending(state_file) == ["bob"]
