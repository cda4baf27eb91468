"""Pure parts of the DNSBL check: names, answer rules, probes, local addresses, output format."""

from __future__ import annotations

import nagiosplugin
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spamgear.adapters.nagios import Thresholds, render, sanitize
from spamgear.dnsbl import (
    Lookup,
    Outcome,
    Reply,
    Report,
    classify,
    decode_txt,
    judge_probes,
    parse_addresses,
    parse_fib_trie,
    parse_if_inet6,
    parse_resolver,
    parse_zones,
    reverse_name,
    usable_for_dnsbl,
)
from spamgear.dnsbl_zones import CURATED_ZONES, EXCLUDED_ZONES, zone_note
from spamgear.errors import UsageError
from tests.conftest import shared_path
from tests.dnsbl_helpers import parse_output

TH = Thresholds(nagiosplugin.Range("0"), nagiosplugin.Range("1"))


def test_reverse_names_follow_rfc_5782() -> None:
    assert reverse_name("192.0.2.99") == "99.2.0.192"
    assert reverse_name("2001:db8:1:2:3:4:567:89ab") == (
        "b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.8.b.d.0.1.0.0.2"
    )


@pytest.mark.parametrize(
    ("zone", "reply", "outcome", "codes"),
    [
        ("bl.test", Reply("NXDOMAIN"), Outcome.CLEAN, ()),
        ("bl.test", Reply("NOERROR"), Outcome.CLEAN, ()),
        ("bl.test", Reply("NOERROR", ("127.0.0.2",)), Outcome.LISTED, ("127.0.0.2",)),
        ("bl.test", Reply("NOERROR", ("127.0.0.3", "127.0.0.2")), Outcome.LISTED, ("127.0.0.2", "127.0.0.3")),
        ("bl.test", Reply("NOERROR", ("127.255.255.254",)), Outcome.ERROR_CODE, ("127.255.255.254",)),
        (
            "bl.test",
            Reply("NOERROR", ("127.0.0.2", "127.255.255.255")),
            Outcome.ERROR_CODE,
            ("127.255.255.255",),
        ),
        ("bl.test", Reply("NOERROR", ("127.0.0.1",)), Outcome.ERROR_CODE, ("127.0.0.1",)),
        ("bl.test", Reply("NOERROR", ("198.51.100.80",)), Outcome.INVALID, ("198.51.100.80",)),
        ("zen.spamhaus.org", Reply("NOERROR", ("127.0.0.10",)), Outcome.POLICY, ("127.0.0.10",)),
        ("zen.spamhaus.org", Reply("NOERROR", ("127.0.0.10", "127.0.0.4")), Outcome.LISTED, ("127.0.0.4",)),
        ("bl.test", Reply("NOERROR", ("127.0.0.10",)), Outcome.LISTED, ("127.0.0.10",)),
        ("bl.test", Reply("SERVFAIL"), Outcome.SERVFAIL, ()),
        ("bl.test", Reply("REFUSED"), Outcome.REFUSED, ()),
        ("bl.test", Reply("TIMEOUT"), Outcome.TIMEOUT, ()),
        ("bl.test", Reply("FORMERR"), Outcome.FAILED, ()),
    ],
)
def test_answer_rules(zone: str, reply: Reply, outcome: Outcome, codes: tuple[str, ...]) -> None:
    got, got_codes, _ = classify(zone, reply)
    assert (got, got_codes) == (outcome, codes)


def test_probes() -> None:
    listed, clean = Reply("NOERROR", ("127.0.0.2",)), Reply("NXDOMAIN")
    assert judge_probes("bl.test", listed, clean) is None
    assert judge_probes("bl.test", listed, listed) == "lists 127.0.0.1 (lists the whole internet?)"
    assert judge_probes("bl.test", clean, clean).startswith("does not list RFC 5782 test entry 127.0.0.2")  # type: ignore[union-attr]
    err = Reply("NOERROR", ("127.255.255.254",))
    assert judge_probes("bl.test", err, err).startswith("error-code 127.255.255.254 (Spamhaus")  # type: ignore[union-attr]


def test_input_parsing() -> None:
    assert parse_addresses(["203.0.113.5,2001:DB8::1", "203.0.113.5", "[2001:db8::2]"]) == [
        "203.0.113.5",
        "2001:db8::1",
        "2001:db8::2",
    ]
    assert parse_zones(["Zen.Spamhaus.org., bl.spamcop.net", "zen.spamhaus.org"]) == [
        "zen.spamhaus.org",
        "bl.spamcop.net",
    ]
    assert parse_resolver("127.0.0.1") == ("127.0.0.1", 53)
    assert parse_resolver("127.0.0.1:5353") == ("127.0.0.1", 5353)
    assert parse_resolver("::1") == ("::1", 53)
    assert parse_resolver("[::1]:5353") == ("::1", 5353)
    for bad in ("example.com", "127.0.0.1:99999", "[::1]x"):
        with pytest.raises(UsageError):
            parse_resolver(bad)
    for bad_zone in ("a b", "x|y", "-bad.test", "a..b", "x" * 64 + ".test"):
        with pytest.raises(UsageError):
            parse_zones([bad_zone])


FIB_TRIE = """Main:
  +-- 0.0.0.0/0 3 0 5
     |-- 0.0.0.0
        /0 universe UNICAST
     +-- 127.0.0.0/8 2 0 2
        +-- 127.0.0.0/31 1 0 0
           |-- 127.0.0.0
              /8 host LOCAL
           |-- 127.0.0.1
              /32 host LOCAL
     +-- 203.0.113.0/24 2 0 2
           |-- 203.0.113.0
              /24 link UNICAST
           |-- 203.0.113.7
              /32 host LOCAL
           |-- 203.0.113.255
              /32 link BROADCAST
Local:
           |-- 203.0.113.7
              /32 host LOCAL
"""
IF_INET6 = """00000000000000000000000000000001 01 80 10 80       lo
20010db8000000000000000000000025 02 40 00 80     eth0
fe8000000000000000fc00fffe000001 02 40 20 80     eth0
garbage
"""


def test_local_addresses_from_proc_text() -> None:
    v4 = parse_fib_trie(FIB_TRIE)
    v6 = parse_if_inet6(IF_INET6)
    assert v4 == ["127.0.0.1", "203.0.113.7"]
    assert v6 == ["::1", "2001:db8::25", "fe80::fc:ff:fe00:1"]
    assert [a for a in v4 + v6 if usable_for_dnsbl(a)] == ["203.0.113.7", "2001:db8::25"]


def test_zone_triage_covers_spam_gears_77_zones() -> None:
    """7 curated + 70 documented exclusions = spam-gear's list; no zone is both."""
    assert len(CURATED_ZONES) == 7 and len(EXCLUDED_ZONES) == 70
    assert not set(CURATED_ZONES) & set(EXCLUDED_ZONES)
    assert {"D", "E"} <= {cls for cls, _ in EXCLUDED_ZONES.values()}
    assert zone_note("tor.ahbl.org") == (
        "tor.ahbl.org is documented as dead, listed the whole internet (E): "
        "AHBL lists every address since 2015-01-01"
    )
    assert zone_note("zen.spamhaus.org") is None
    listing = shared_path("notes", "recipes", "dnsbl-rig", "zones", "spam-gear-77.txt")
    names = {ln.strip() for ln in listing.read_text().splitlines() if ln.strip() and not ln.startswith("#")}
    assert names == set(CURATED_ZONES) | set(EXCLUDED_ZONES)


def test_default_config_uses_the_curated_zones() -> None:
    from spamgear.config import DnsblConfig

    assert tuple(DnsblConfig().zones) == CURATED_ZONES


def test_sanitize() -> None:
    assert sanitize("a|b\nc\x00\xe9\u202e") == "a\\x7cb\\x0ac\\x00\\xe9\\u202e"


hostile_text = st.one_of(
    st.text(max_size=80),
    st.binary(max_size=120).map(lambda b: decode_txt([b])),
    st.sampled_from(["|", "\n", "listed=0;0;1", "DNSBL OK - x | a=1\nb", "\r\n|'=;"]),
)
codes = st.lists(st.ip_addresses(v=4).map(str), min_size=0, max_size=3).map(tuple)
lookups = st.builds(
    Lookup,
    address=st.sampled_from(["203.0.113.5", "2001:db8::25", "198.51.100.1"]),
    zone=st.sampled_from(["zen.spamhaus.org", "bl.test", "x.test"]),
    outcome=st.sampled_from(list(Outcome)),
    codes=codes,
    detail=hostile_text,
    reason=hostile_text,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(lookups, max_size=12), st.dictionaries(st.sampled_from(["bl.test", "x.test"]), hostile_text))
def test_output_grammar_holds_for_any_results(found: list[Lookup], broken: dict[str, str]) -> None:
    """Whatever the answers and TXT strings, stdout is one status line + valid perfdata + safe long lines."""
    report = Report(
        ["203.0.113.5", "2001:db8::25", "198.51.100.1"],
        ["zen.spamhaus.org", "bl.test", "x.test"],
        found,
        broken,
        elapsed=0.1234,
    )
    state, lines = render(report, TH, verbose=1)
    got_state, _text, perf, _long = parse_output("\n".join(lines) + "\n")
    assert {"OK": 0, "WARNING": 1, "CRITICAL": 2, "UNKNOWN": 3}[got_state] == state
    assert lines[0].count("|") == 1
    assert list(perf) == ["listed", "policy", "failed", "time"]


@given(st.binary(max_size=2000))
def test_txt_decoding_is_bounded_text(raw: bytes) -> None:
    text = decode_txt([raw])
    assert len(text) <= 300


def test_hook_console_script_and_readme() -> None:
    """The hook is the two-line form, the console script exists, and the README documents both names."""
    from tests.conftest import REPO

    hook = (REPO / "hooks" / "check_dnsbl").read_text()
    assert hook == (
        "#!/usr/bin/env python3\nfrom spamgear.adapters.nagios import main\nraise SystemExit(main())\n"
    )
    assert 'check_dnsbl = "spamgear.adapters.nagios:main"' in (REPO / "pyproject.toml").read_text()
    readme = (REPO / "README.md").read_text()
    assert "check_dnsbl -H" in readme and "spamgear dnsbl --mail" in readme


def test_excluded_zone_asked_for_is_noted_in_long_output() -> None:
    from spamgear.adapters.nagios import long_output

    report = Report(["203.0.113.5"], ["tor.ahbl.org"], [Lookup("203.0.113.5", "tor.ahbl.org", Outcome.CLEAN)])
    assert long_output(report, 0) == [
        "note: tor.ahbl.org is documented as dead, listed the whole internet (E): "
        "AHBL lists every address since 2015-01-01"
    ]
