"""check_dnsbl against a real DNS server on 127.0.0.1 (the loopback rig), run as the installed plugin.

Every case checks the exit code, the status line and the perfdata grammar (tests/dnsbl_helpers.py).
Timings are never asserted; query counts are (a dead zone must not be asked once per address).
"""

from __future__ import annotations

from collections.abc import Iterator

import nagiosplugin
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spamgear.adapters.nagios import Thresholds, render
from spamgear.dnsbl import DnsTransport, Options, Outcome, local_addresses, run_check
from spamgear.dnsbl_zones import CURATED_ZONES
from spamgear.testing.dnsbl_rig import DnsblRig, RigZone
from tests.dnsbl_helpers import parse_output, run_plugin

pytest.importorskip("dnslib", reason="dnslib is needed for the loopback DNS server")

pytestmark = pytest.mark.dns

LISTED_IP = "203.0.113.5"
POLICY_IP = "203.0.113.6"
CLEAN_IP = "198.51.100.20"
V6_IP = "2001:db8::25"
QT = ["--query-timeout", "0.5", "-t", "5"]


def _zones() -> dict[str, RigZone]:
    zones = {name: RigZone(latency=0.005) for name in CURATED_ZONES}
    zones["zen.spamhaus.org"].list(
        LISTED_IP, "127.0.0.2", txt="https://check.spamhaus.org/listed/?ip=203.0.113.5"
    )
    zones["zen.spamhaus.org"].list(POLICY_IP, "127.0.0.10", txt="PBL: dynamic range")
    zones["bl.spamcop.net"].list(LISTED_IP, "127.0.0.2", txt="Blocked - see spamcop")
    zones["dnsbl.dronebl.org"].list(V6_IP, "127.0.0.3", txt="IRC drone")
    zones["ok.test"] = RigZone().list(LISTED_IP)
    zones["zenerror.test"] = RigZone(mode="error")
    zones["parked.test"] = RigZone(mode="parked")
    zones["servfail.test"] = RigZone(mode="servfail")
    zones["refused.test"] = RigZone(mode="refused")
    zones["dead.test"] = RigZone(mode="timeout")
    zones["listall.test"] = RigZone(mode="listall")
    zones["empty.test"] = RigZone(mode="empty")
    zones["hostile.test"] = RigZone().list(
        LISTED_IP, txt=b"evil\nDNSBL OK - all fine | listed=0;0;1 \xff\xfe\x00 \xe2\x80\xae end"
    )
    return zones


@pytest.fixture(scope="module")
def rig() -> Iterator[DnsblRig]:
    server = DnsblRig(_zones())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def resolver(rig: DnsblRig) -> list[str]:
    return ["--resolver", f"127.0.0.1:{rig.port}"]


def test_listed_ip_is_critical_with_reasons_in_long_output(resolver: list[str]) -> None:
    """Two default zones list the address: CRITICAL with the documented status line, TXT below."""
    rc, text, perf, long, status = run_plugin("-H", LISTED_IP, *resolver, *QT)
    assert rc == 2
    assert text == "2 of 7 zones list 203.0.113.5 (zen.spamhaus.org, bl.spamcop.net)"
    assert status.startswith(
        "DNSBL CRITICAL - 2 of 7 zones list 203.0.113.5 (zen.spamhaus.org, bl.spamcop.net) | "
    )
    assert perf["listed"] == ["2", "0", "1", "0", "7"]
    assert perf["failed"] == ["0", "", "", "0", "7"]
    assert perf["time"][0].endswith("s")
    assert (
        "listed: 203.0.113.5 in zen.spamhaus.org (127.0.0.2) - https://check.spamhaus.org/listed/?ip=203.0.113.5"
        in long
    )
    assert "listed: 203.0.113.5 in bl.spamcop.net (127.0.0.2) - Blocked - see spamcop" in long


def test_clean_ip_is_ok(resolver: list[str]) -> None:
    rc, text, perf, long, _ = run_plugin("-H", CLEAN_IP, *resolver, *QT)
    assert (rc, text) == (0, "198.51.100.20 not listed in 7 zones")
    assert perf["listed"][0] == "0" and perf["failed"][0] == "0"
    assert long == []


def test_policy_listing_is_reported_apart(resolver: list[str]) -> None:
    """Spamhaus PBL 127.0.0.10 says 'should not send direct mail', not 'spam source': OK, shown apart."""
    rc, text, perf, long, _ = run_plugin("-H", POLICY_IP, *resolver, *QT)
    assert rc == 0
    assert text == "203.0.113.6 not listed in 7 zones; policy: zen.spamhaus.org 127.0.0.10"
    assert perf["policy"] == ["1", "", "", "0", "7"]
    assert "policy: 203.0.113.6 in zen.spamhaus.org (127.0.0.10) - PBL: dynamic range" in long


def test_ipv6_uses_nibble_names(resolver: list[str]) -> None:
    rc, text, perf, _, _ = run_plugin("-H", V6_IP, *resolver, *QT)
    assert (rc, text) == (1, "1 of 7 zones list 2001:db8::25 (dnsbl.dronebl.org)")
    assert perf["listed"][:2] == ["1", "0"]


@pytest.mark.parametrize("sanity", ["--sanity", "--no-sanity"])
def test_spamhaus_error_code_is_a_failure_not_a_listing(resolver: list[str], sanity: str) -> None:
    """127.255.255.254 ('open resolver') is counted as failed, with or without the probes."""
    rc, text, perf, long, _ = run_plugin(
        "-H", LISTED_IP, "-z", "zenerror.test,ok.test", sanity, *resolver, *QT
    )
    assert rc == 1
    assert (
        text
        == "1 of 2 zones list 203.0.113.5 (ok.test); 1 failed: zenerror.test (error-code 127.255.255.254)"
    )
    assert perf["listed"][0] == "1" and perf["failed"][0] == "1"
    assert any("public/open resolver" in line for line in long)


@pytest.mark.parametrize("sanity", ["--sanity", "--no-sanity"])
def test_non_127_wildcard_is_a_failure(resolver: list[str], sanity: str) -> None:
    rc, text, perf, _, _ = run_plugin("-H", CLEAN_IP, "-z", "parked.test,ok.test", sanity, *resolver, *QT)
    assert rc == 0
    assert (
        text
        == "198.51.100.20 not listed in 1 of 2 zones; 1 failed: parked.test (invalid-answer 198.51.100.80)"
    )
    assert perf["listed"][0] == "0" and perf["failed"][0] == "1"


def test_servfail_and_refused_are_failures(resolver: list[str]) -> None:
    rc, text, perf, _, _ = run_plugin(
        "-H", LISTED_IP, "-z", "servfail.test,refused.test,ok.test", *resolver, *QT
    )
    assert rc == 1
    assert text == (
        "1 of 3 zones list 203.0.113.5 (ok.test); 2 failed: servfail.test (servfail), refused.test (refused)"
    )
    assert perf["failed"] == ["2", "", "", "0", "3"]


def test_dead_zone_costs_one_timeout_and_never_unknown(rig: DnsblRig, resolver: list[str]) -> None:
    """A zone that never answers is one failure; the other zones' answers decide the state."""
    before = rig.queries["dead.test"]
    hosts = ",".join(f"203.0.113.{i}" for i in range(1, 9))
    rc, text, perf, _, _ = run_plugin(
        "-H", hosts, "-z", "dead.test,ok.test", "--concurrency", "2", *resolver, *QT
    )
    assert rc == 1
    assert "1 failed: dead.test (timeout)" in text
    assert text.startswith("1 of 2 zones list 203.0.113.5 (ok.test)")
    assert perf["failed"][0] == "1"
    # 2 probes + the first address, 2 tries each; addresses 2..8 wait for the zone and are never sent
    assert rig.queries["dead.test"] - before <= 6


def test_deadline_below_t_reports_partial_results(resolver: list[str]) -> None:
    """-t below the per-query timeout: no UNKNOWN 'plugin timed out'; the answers that came are used."""
    rc, text, perf, _, _ = run_plugin(
        "-H", LISTED_IP, "-z", "dead.test,ok.test", "--query-timeout", "30", "-t", "1.5", *resolver
    )
    assert rc == 1
    assert text == "1 of 2 zones list 203.0.113.5 (ok.test); 1 failed: dead.test (timeout)"
    assert perf["failed"][0] == "1"


def test_zone_listing_everything_is_caught_by_the_probe(resolver: list[str]) -> None:
    rc, text, _, long, _ = run_plugin("-H", CLEAN_IP, "-z", "listall.test,ok.test", *resolver, *QT)
    assert rc == 0
    assert text == "198.51.100.20 not listed in 1 of 2 zones; 1 failed: listall.test (lists 127.0.0.1)"
    assert "failed: listall.test: lists 127.0.0.1 (lists the whole internet?)" in long
    # without the probe the zone's wildcard would be taken at its word
    rc, text, _, _, _ = run_plugin(
        "-H", CLEAN_IP, "-z", "listall.test,ok.test", "--no-sanity", *resolver, *QT
    )
    assert (rc, text) == (1, "1 of 2 zones list 198.51.100.20 (listall.test)")


def test_emptied_zone_is_caught_by_the_probe(resolver: list[str]) -> None:
    rc, text, _, _, _ = run_plugin("-H", CLEAN_IP, "-z", "empty.test,ok.test", *resolver, *QT)
    assert rc == 0
    assert text.endswith("1 failed: empty.test (does not list RFC 5782 test entry 127.0.0.2)")


@pytest.mark.parametrize(("extra", "rc"), [([], 3), (["--failed-critical"], 2)])
def test_all_zones_failed_is_unknown_or_critical(resolver: list[str], extra: list[str], rc: int) -> None:
    got, text, perf, _, _ = run_plugin(
        "-H", CLEAN_IP, "-z", "dead.test,servfail.test", *extra, *resolver, *QT
    )
    assert got == rc
    assert text == "all 2 zones failed for 198.51.100.20 (dead.test timeout, servfail.test servfail)"
    assert perf["failed"][0] == "2"


def test_hostile_txt_cannot_forge_lines_or_perfdata(resolver: list[str]) -> None:
    rc, _, perf, long, _ = run_plugin("-H", LISTED_IP, "-z", "hostile.test", *resolver, *QT)
    assert rc == 1
    assert list(perf) == ["listed", "policy", "failed", "time"]
    assert len(long) == 1
    assert long[0].startswith(
        "listed: 203.0.113.5 in hostile.test (127.0.0.2) - evil\\x0aDNSBL OK - all fine \\x7c"
    )


def test_ranges_use_the_guidelines_syntax(resolver: list[str]) -> None:
    """-w 1 -c 1: one listing still OK... -c @1:2 alerts inside 1..2."""
    rc, _, perf, _, _ = run_plugin("-H", LISTED_IP, "-w", "2", "-c", "3", *resolver, *QT)
    assert rc == 0 and perf["listed"][:3] == ["2", "2", "3"]
    rc, _, perf, _, _ = run_plugin("-H", LISTED_IP, "-w", "5", "-c", "@1:2", *resolver, *QT)
    assert rc == 2 and perf["listed"][2] == "@1:2"


def test_failed_warning_threshold(resolver: list[str]) -> None:
    rc, _, perf, _, _ = run_plugin(
        "-H", CLEAN_IP, "-z", "servfail.test,ok.test", "--failed-warning", "0", *resolver, *QT
    )
    assert rc == 1 and perf["failed"][:2] == ["1", "0"]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["-H", "not-an-ip"], "not an IP address: 'not-an-ip'"),
        (["-H", CLEAN_IP, "-w", "x:y"], "bad -w range"),
        (["-H", CLEAN_IP, "-z", "bad zone|x"], "not a DNS zone name"),
        (["-H", CLEAN_IP, "--bogus"], "unrecognized arguments"),
    ],
)
def test_bad_input_is_unknown_with_a_status_line(resolver: list[str], args: list[str], needle: str) -> None:
    rc, text, perf, _, _ = run_plugin(*args, *resolver, *QT)
    assert rc == 3 and needle in text and perf == {}


def test_own_addresses_when_h_is_omitted(resolver: list[str]) -> None:
    own = local_addresses()
    if not own:
        pytest.skip("this machine has no non-loopback, non-link-local address")
    rc, text, perf, _, _ = run_plugin("-z", "ok.test", *resolver, *QT)
    assert rc == 0
    who = own[0] if len(own) == 1 else f"{len(own)} addresses"
    assert text == f"{who} not listed in 1 zone"
    assert perf["listed"][4] == str(len(own))


@pytest.fixture(scope="module")
def rig77() -> Iterator[DnsblRig]:
    zones = {f"bl{i:03d}.rig.test": RigZone(latency=0.01) for i in range(1, 78)}
    zones["bl042.rig.test"].list("203.0.113.3", "127.0.0.4", txt="synthetic listing")
    server = DnsblRig(zones)
    server.start()
    yield server
    server.stop()


def test_8_addresses_x_77_zones(rig77: DnsblRig, tmp_path) -> None:  # type: ignore[no-untyped-def]
    zones_file = tmp_path / "zones.txt"
    zones_file.write_text(
        "# 77 synthetic zones\n" + "\n".join(f"bl{i:03d}.rig.test" for i in range(1, 78)) + "\n"
    )
    hosts = ",".join(f"203.0.113.{i}" for i in range(1, 9))
    rc, text, perf, long, _ = run_plugin(
        "-H", hosts, "--zones-file", str(zones_file), "--resolver", f"127.0.0.1:{rig77.port}", *QT
    )
    assert rc == 1
    assert text == "1 of 77 zones list 203.0.113.3 (bl042.rig.test); 7 other addresses not listed"
    assert perf["listed"] == ["1", "0", "1", "0", str(8 * 77)]
    assert perf["failed"] == ["0", "", "", "0", "77"]
    assert long == ["listed: 203.0.113.3 in bl042.rig.test (127.0.0.4) - synthetic listing"]
    # 616 lookups + 154 probes + 1 TXT, nothing retried
    assert sum(rig77.queries.values()) == 8 * 77 + 2 * 77 + 1


def test_library_reports_outcomes_per_lookup(rig: DnsblRig) -> None:
    """The pure API (resolver injected): every failure mode maps to its own outcome."""
    zones = ["ok.test", "zenerror.test", "parked.test", "servfail.test", "refused.test", "dead.test"]
    report = run_check(
        [LISTED_IP], zones, DnsTransport("127.0.0.1", rig.port), Options(query_timeout=0.5, sanity=False)
    )
    got = {lk.zone: lk.outcome for lk in report.lookups}
    assert got == {
        "ok.test": Outcome.LISTED,
        "zenerror.test": Outcome.ERROR_CODE,
        "parked.test": Outcome.INVALID,
        "servfail.test": Outcome.SERVFAIL,
        "refused.test": Outcome.REFUSED,
        "dead.test": Outcome.TIMEOUT,
    }


# ------------------------------------------------------------------ hostile answers through real DNS


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    txt=st.one_of(st.binary(max_size=600), st.sampled_from([b"a\nb|c", b"\xff\xfe", b"x" * 1000])),
    codes=st.lists(st.ip_addresses(v=4).map(str), min_size=1, max_size=4, unique=True),
)
def test_hostile_answers_through_dns_keep_the_format(rig: DnsblRig, txt: bytes, codes: list[str]) -> None:
    """Any TXT bytes (long ones go over TCP) and any A codes: one status line, valid perfdata."""
    rig.zones["hostile.test"].listed["203.0.113.99"] = (codes, txt)
    report = run_check(
        ["203.0.113.99"],
        ["hostile.test"],
        DnsTransport("127.0.0.1", rig.port),
        Options(query_timeout=1.0, sanity=False),
    )
    (lookup,) = report.lookups
    in_127 = [c for c in codes if c.startswith("127.")]
    if lookup.outcome is Outcome.LISTED:
        assert in_127 and len(in_127) == len(codes)
        assert not any(c.startswith("127.255.255.") or c == "127.0.0.1" for c in codes)
    _, lines = render(report, Thresholds(nagiosplugin.Range("0"), nagiosplugin.Range("1")), verbose=1)
    parse_output("\n".join(lines) + "\n")
    assert lines[0].count("|") == 1


# ---------------------------------------------------------------------------- cron / mail mode


@pytest.mark.smtp
def test_mail_mode_sends_only_when_not_ok(rig: DnsblRig, write_config) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("aiosmtpd", reason="aiosmtpd provides the SMTP sink")
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Sink

    class Keep(Sink):
        def __init__(self) -> None:
            self.messages: list[bytes] = []

        async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
            self.messages.append(envelope.content)
            return "250 OK"

    import socket

    from spamgear.cli import main as cli_main

    with socket.socket() as probe:  # aiosmtpd's Controller cannot start on port 0
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = Keep()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        cfg = write_config(
            f"smtp:\n  host: 127.0.0.1\n  port: {port}\n  sender: spamgear@example.org\n"
            f"  admin: [hostmaster@example.org]\n"
            f"dnsbl:\n  resolver: 127.0.0.1:{rig.port}\n  query_timeout: 0.5\n  timeout: 5\n"
        )
        assert cli_main(["--config", str(cfg), "dnsbl", "--mail", "-H", CLEAN_IP]) == 0
        assert handler.messages == []
        assert cli_main(["--config", str(cfg), "dnsbl", "--mail", "-H", LISTED_IP]) == 2
        (raw,) = handler.messages
        text = raw.decode()
        assert "Subject: [spamgear] DNSBL CRITICAL - 2 of 7 zones list 203.0.113.5" in text
        assert "To: hostmaster@example.org" in text
        assert "listed: 203.0.113.5 in bl.spamcop.net (127.0.0.2) - Blocked - see spamcop" in text
    finally:
        controller.stop()


def test_spamgear_dnsbl_prints_the_plugin_output(rig: DnsblRig, capsys, write_config) -> None:  # type: ignore[no-untyped-def]
    from spamgear.cli import main as cli_main

    cfg = write_config(f"dnsbl:\n  resolver: 127.0.0.1:{rig.port}\n  query_timeout: 0.5\n  timeout: 5\n")
    assert cli_main(["dnsbl", "--config", str(cfg), "-H", V6_IP]) == 1
    state, text, _, _ = parse_output(capsys.readouterr().out)
    assert (state, text) == ("WARNING", "1 of 7 zones list 2001:db8::25 (dnsbl.dronebl.org)")


def test_mail_mode_reports_an_unreachable_relay(rig: DnsblRig, write_config, capsys) -> None:  # type: ignore[no-untyped-def]
    """No silent loss: a relay that refuses connections is one stderr line and exit 2."""
    import socket

    from spamgear.cli import main as cli_main

    with socket.socket() as probe:  # a port with nothing listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cfg = write_config(
        f"smtp:\n  host: 127.0.0.1\n  port: {port}\n  timeout: 2\n"
        f"dnsbl:\n  resolver: 127.0.0.1:{rig.port}\n  query_timeout: 0.5\n  timeout: 5\n"
    )
    assert cli_main(["--config", str(cfg), "dnsbl", "--mail", "-H", LISTED_IP]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"spamgear: mail via 127.0.0.1:{port} failed:")
