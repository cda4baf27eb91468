"""Rule-set benchmark rows: detection, false positives and scan speed of `signatures/*.yar`, one run.

Figures, all from the same run and the same compiled rules:
- files/s of yara-python (one process, in-memory rules, one `match()` per file) over the clean
  Debian PHP trees, next to the Debian `yara` CLI (`-p 1 --scan-list`) compiling the same rule files;
- malicious verdicts (summed `score` meta >= 100, the engine's policy) per clean tree: the false
  positives;
- detection on the shared training corpus (`../shared/corpus/malicious`, when present): overall,
  and on the held-out part (sha256 ending in 0-4, about 30 %, which was not looked at while the
  rules were written), which predicts the score on an unseen collection.
`--quick` uses the first 300 clean files and 200 corpus files: a smoke test, not a measurement.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from spamgear.bench import Row, ratio
from spamgear.config import BUILTIN_SIGNATURES

THRESHOLD = 100
# Legitimate PHP trees that `./setup --dev` installs, each with the Debian package that brings it
# (tests/test_corpus.py fails when one is missing, naming the package). A rule that fires here is wrong.
CLEAN_TREE_PACKAGES = {
    "/usr/share/wordpress": "wordpress",
    "/usr/share/mediawiki": "mediawiki",
    "/usr/share/phpmyadmin": "phpmyadmin",
    "/usr/share/roundcube": "roundcube-core",
    "/usr/share/php": "php-symfony",
    "/usr/share/dokuwiki": "dokuwiki",
    "/usr/share/zabbix": "zabbix-frontend-php",
    "/usr/share/icingaweb2": "icingaweb2",
    "/usr/share/adminer": "adminer",
    "/usr/share/phpldapadmin": "phpldapadmin",
    "/usr/share/postfixadmin": "postfixadmin",
    "/usr/share/tt-rss": "tt-rss",
    "/var/lib/dokuwiki": "dokuwiki",
    "/usr/share/icinga-php": "icinga-php-library",
    "/usr/share/horde": "php-horde",
    "/usr/share/php-geshi": "php-geshi",
    "/usr/share/phpqrcode": "phpqrcode",
    "/usr/share/ldap-account-manager": "ldap-account-manager",
    "/usr/share/simplesamlphp": "simplesamlphp",
    "/usr/share/cacti": "cacti",
    "/usr/share/ocsinventory-reports": "ocsinventory-reports",
    "/usr/share/nagvis": "nagvis",
    "/usr/share/ganglia-webfrontend": "ganglia-webfrontend",
    "/usr/share/shaarli": "shaarli",
    "/usr/share/davical": "davical",
    "/usr/share/awl": "libawl-php",
    "/usr/share/phpsysinfo": "phpsysinfo",
    "/usr/share/gosa": "gosa",
    "/usr/share/phpliteadmin": "phpliteadmin",
    "/var/lib/mediawiki/extensions": "mediawiki-extension-youtube",
    # Issue 4t: more applications shaped like what customers host (admin consoles, feed proxies, a
    # booking app, a CLI toolkit); their libraries (phing, phpdox, ...) land in /usr/share/php above.
    "/usr/share/arcanist": "arcanist",
    "/usr/share/rss-bridge": "rss-bridge",
    "/usr/share/hoteldruid": "hoteldruid",
    "/usr/share/mlmmj-php-web-admin": "mlmmj-php-web-admin",
}
CLEAN_TREES = list(CLEAN_TREE_PACKAGES)
CORPUS = BUILTIN_SIGNATURES.parent.parent / "shared" / "corpus"
HELD_OUT = frozenset("01234")

if TYPE_CHECKING:
    import yara


def rule_files(directory: Path = BUILTIN_SIGNATURES) -> list[Path]:
    """The project's own YARA sources, in a stable order."""
    return sorted(directory.glob("*.yar"))


def php_files(root: str) -> list[str]:
    """Every *.php under `root` (symlinks followed, each real file once)."""
    seen: set[str] = set()
    out: list[str] = []
    for dirpath, _dirs, files in os.walk(root, followlinks=True):
        for name in files:
            if name.endswith(".php"):
                real = os.path.realpath(Path(dirpath) / name)
                if real not in seen and Path(real).is_file():
                    seen.add(real)
                    out.append(real)
    return sorted(out)


def _score(rules: yara.Rules, path: str) -> int:
    """Summed `score` meta of the rules that hit (the engine's policy); -1 when YARA fails."""
    import yara

    try:
        matches = rules.match(path, timeout=30)
    except yara.Error:
        return -1
    return sum(int(m.meta.get("score", 100)) for m in matches)


def rows(quick: bool) -> list[Row]:
    import yara

    sources = rule_files()
    if not sources:
        return []
    started = time.perf_counter()
    rules = yara.compile(filepaths={p.stem: str(p) for p in sources}, includes=False)
    compile_s = time.perf_counter() - started
    out = [Row("rules: compile signatures/*.yar (yara-python)", compile_s, "s", note=f"{len(sources)} files")]

    trees = {t: php_files(t) for t in CLEAN_TREES if Path(t).is_dir()}
    if quick:
        trees = {t: files[:60] for t, files in trees.items()}
    all_clean = [f for files in trees.values() for f in files]
    for tree, files in trees.items():
        fps = sum(1 for f in files if _score(rules, f) >= THRESHOLD)
        out.append(
            Row(f"rules: malicious verdicts in {tree}", fps, "files", note=f"{fps} of {len(files)} *.php")
        )

    if all_clean:
        started = time.perf_counter()
        for path in all_clean:
            _score(rules, path)
        py_s = time.perf_counter() - started
        yara_cli = shutil.which("yara")
        cli_rate = 0.0
        if yara_cli:
            with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
                listing.write("\n".join(all_clean) + "\n")
            try:
                started = time.perf_counter()
                args = [yara_cli, "-w", "-p", "1", "--scan-list"]
                args += [f"{p.stem}:{p}" for p in sources] + [listing.name]
                subprocess.run(args, check=False, stdout=subprocess.DEVNULL, timeout=1800)
                cli_rate = len(all_clean) / (time.perf_counter() - started)
            finally:
                Path(listing.name).unlink()
        py_rate = len(all_clean) / py_s
        out.append(
            Row(
                "rules: clean PHP files/s, yara-python 1 process",
                py_rate,
                "files/s",
                "yara CLI -p 1 (same rules)" if yara_cli else "",
                cli_rate,
                ratio(py_rate, cli_rate),
                f"{len(all_clean)} files; CLI time includes its own rule compile",
            )
        )

    listing_tsv = CORPUS / "malicious.tsv"
    if listing_tsv.is_file():
        with listing_tsv.open(newline="") as fh:
            samples = list(csv.DictReader(fh, delimiter="\t"))
        if quick:
            samples = samples[:200]
        hits = {"all": [0, 0], "held-out": [0, 0]}
        for sample in samples:
            detected = _score(rules, str(CORPUS / "malicious" / sample["file"])) >= THRESHOLD
            for part in ("all", "held-out") if sample["sha256"][-1] in HELD_OUT else ("all",):
                hits[part][0] += detected
                hits[part][1] += 1
        for part, (found, total) in hits.items():
            if total:
                out.append(
                    Row(
                        f"rules: corpus detection ({part})",
                        100.0 * found / total,
                        "%",
                        note=f"{found}/{total} of ../shared/corpus/malicious",
                    )
                )
    return out
