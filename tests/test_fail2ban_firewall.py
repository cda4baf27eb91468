"""The php-login jail with a REAL banaction (iptables, nftables), in a throwaway network namespace.

Root only (unshare --net); the firewall changes live and die with the namespace of the test's
fail2ban-server. Skips with a reason when not root or the firewall tool is not installed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from spamgear.fail2ban_rig import Fail2banRig
from tests.f2b_rig import REPO, fail2ban_python

pytestmark = [pytest.mark.fail2ban, pytest.mark.slow]

JAIL = "spamgear-php-login"


@pytest.fixture(params=["iptables-multiport", "nftables-multiport"])
def fw_rig(request: pytest.FixtureRequest) -> Iterator[Fail2banRig]:
    fail2ban_python()
    banaction: str = request.param
    package = banaction.split("-")[0]
    tool = {"nftables": "nft"}.get(package, package)
    if os.geteuid() != 0:
        pytest.skip("a real banaction needs root (network namespace)")
    if shutil.which(tool) is None or shutil.which("unshare") is None or shutil.which("nsenter") is None:
        pytest.skip(f"{tool}/unshare/nsenter not installed (Debian packages {package}, util-linux)")
    run = Path(tempfile.mkdtemp(prefix="spamgear-f2b-fw-", dir="/tmp"))
    rig = Fail2banRig(run, REPO / "hooks", banaction=banaction, netns=True)
    try:
        rig.start()
        yield rig
    finally:
        rig.close()
        shutil.rmtree(run, ignore_errors=True)


def ruleset(rig: Fail2banRig) -> str:
    if rig.banaction.startswith("nftables"):
        return rig.in_netns("nft", "list", "ruleset")
    return rig.in_netns("iptables", "-S")


def test_real_banaction_blocks_http_https_and_unbans(fw_rig: Fail2banRig) -> None:
    """8 POSTs -> the address is in the firewall for ports 80/443 only; unbanip removes it."""
    rig = fw_rig
    rig.append_apache("192.0.2.55", "/wp-login.php", n=8)
    rig.wait(lambda: f"[{JAIL}] Ban 192.0.2.55" in rig.server_log(), 15, "ban")
    rig.wait(lambda: "192.0.2.55" in ruleset(rig), 10, "firewall rule")
    rules = ruleset(rig)
    if rig.banaction.startswith("nftables"):
        assert "dport { 80, 443 }" in rules
        assert "192.0.2.55" in rules
    else:
        assert "-A f2b-spamgear-php-login -s 192.0.2.55/32 -j REJECT" in rules
        assert "-m multiport --dports 80,443 -j f2b-spamgear-php-login" in rules
    rig.client("set", JAIL, "unbanip", "192.0.2.55")
    rig.wait(lambda: "192.0.2.55" not in ruleset(rig), 10, "rule removed")
