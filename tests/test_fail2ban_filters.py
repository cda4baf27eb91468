"""Filter evidence in fail2ban's own format, checked by the INSTALLED fail2ban library."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.f2b_rig import FILTERS, RUNNER, SAMPLES, fail2ban_python

pytestmark = pytest.mark.fail2ban

FILTER_NAMES = sorted(p.stem for p in FILTERS.glob("*.conf"))


def run_samples(filters: Path, *names: str) -> list[dict[str, object]]:
    argv = [fail2ban_python(), str(RUNNER), "--json", "--filters", str(filters), "--samples", str(SAMPLES)]
    out = subprocess.run(
        [*argv, *names],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.stderr == "", out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_every_filter_has_a_sample_log() -> None:
    """fail2ban FILTERS convention: tests/samples/logs/<filter basename> exists for every filter."""
    assert FILTER_NAMES, "no filters found"
    assert sorted(p.name for p in SAMPLES.iterdir() if (FILTERS / f"{p.name}.conf").exists()) == FILTER_NAMES


@pytest.mark.parametrize("name", FILTER_NAMES)
def test_filter_samples_pass(name: str) -> None:
    """Every annotated line matches (or not) as stated, with the stated ID, captures and time."""
    (result,) = run_samples(FILTERS, name)
    assert result["errors"] == []
    assert isinstance(result["lines"], int) and result["lines"] >= 10
    assert isinstance(result["matches"], int) and result["matches"] >= 5


def test_seed_regex_fails_our_samples(tmp_path: Path) -> None:
    """The samples catch the seed's trap: its regex bans on login.php in the Referer/User-Agent."""
    seed = tmp_path / "filters"
    seed.mkdir()
    (seed / "spamgear-php-login.conf").write_text(
        '[Definition]\nfailregex = ^<HOST> .* "POST .*login.php\n'
        "datepattern = ^[^\\[]*\\[({DATE})\n              {^LN-BEG}\n",
        encoding="utf-8",
    )
    (result,) = run_samples(seed, "spamgear-php-login")
    errors = "\n".join(str(e) for e in result["errors"])  # type: ignore[union-attr]
    assert "unexpected match" in errors
    assert "admin-ajax.php" in errors  # the Referer case
    assert '"POST /index.php HTTP/1.1" 200 4521 "-" "\\"POST /wp-login.php' in errors  # the User-Agent case


def test_fail2ban_regex_reads_our_filter() -> None:
    """fail2ban-regex (the admin's tool) agrees with the runner on the sample log."""
    regex = shutil.which("fail2ban-regex")
    if regex is None:
        pytest.skip("fail2ban-regex not installed")
    out = subprocess.run(
        [regex, "-r", str(SAMPLES / "spamgear-php-login"), str(FILTERS / "spamgear-php-login.conf")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    # mode=normal: 16 of 27 lines (the 302 line is annotated twice: match in normal, not in failed)
    assert "Lines: 27 lines, 0 ignored, 16 matched, 11 missed" in out.stdout
