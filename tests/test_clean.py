"""--clean: the structural cutter, the shipped cleanable rules (must-hit / must-not-hit) and the
backup -> atomic replace -> re-scan -> quarantine flow, with real YARA matching."""

from __future__ import annotations

import base64
import hashlib
import os
import pwd
from pathlib import Path

import pytest
import yara

from spamgear.clean import clean_file, cleanable_offsets, strip_injections
from spamgear.models import Match, StringHit, Verdict, VerdictKind
from spamgear.quarantine import QuarantineStore
from tests.conftest import REPO

CLEANABLE = REPO / "signatures" / "cleanable.yar"
PAYLOAD = base64.b64encode(b"echo 'pwned'; @mail('x@example.net', 's', 'b');").decode()
INJECT = f"<?php eval(base64_decode('{PAYLOAD}')); ?>".encode()
LEGIT = b"<?php\n/* Site front page */\nrequire __DIR__ . '/wp-blog-header.php';\n"

STAGE2_RULE = """
rule SPAMGEAR_TEST_STAGE2 {
    meta: score = 100
    strings: $a = "<?php /* stage2 */"
    condition: $a at 0
}
"""


def yara_rules(extra: str = "") -> yara.Rules:
    sources = {"cleanable": CLEANABLE.read_text()}
    if extra:
        sources["extra"] = extra
    return yara.compile(sources=sources)


def scan_with(rules: yara.Rules, data: bytes, name: str) -> Verdict:
    """A minimal YARA verdict (rule meta `cleanable` and string offsets), as the engine produces."""
    matches = []
    for hit in rules.match(data=data):
        strings = tuple(
            StringHit(s.identifier, inst.offset, inst.matched_data[:64].decode("latin-1"))
            for s in hit.strings
            for inst in s.instances
        )
        matches.append(
            Match(rule=hit.rule, scanner="yara", cleanable=bool(hit.meta.get("cleanable")), strings=strings)
        )
    if not matches:
        return Verdict(name, VerdictKind.CLEAN, scanners=("yara",))
    return Verdict(
        name,
        VerdictKind.MALICIOUS,
        tuple(matches),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        scanners=("yara",),
    )


def rescanner(rules: yara.Rules):  # type: ignore[no-untyped-def]
    def rescan(fd: int, name: str) -> Verdict:
        return scan_with(rules, os.pread(fd, 1 << 20, 0), name)

    return rescan


# -- pure cutter ---------------------------------------------------------------------------------


def test_strip_prepended_and_appended() -> None:
    assert strip_injections(INJECT + b"\n" + LEGIT, [0]) == LEGIT
    assert strip_injections(INJECT + b"\r\n" + LEGIT, [0]) == LEGIT
    appended = LEGIT + b"?>\n" + INJECT + b"\n"
    assert strip_injections(appended, [appended.index(INJECT)]) == LEGIT + b"?>\n"
    both = INJECT + b"\n" + LEGIT + b"?>" + INJECT
    assert strip_injections(both, [0, both.rindex(INJECT)]) == LEGIT + b"?>"


def test_strip_refuses_unsafe_cuts() -> None:
    middle = LEGIT + b"?>\n" + INJECT + b"\n<?php echo 2;\n"
    assert strip_injections(middle, [middle.index(INJECT)]) is None  # in the middle
    assert strip_injections(INJECT + b"\n  \n", [0]) is None  # nothing legit left
    unclosed = b"<?php eval(base64_decode('" + PAYLOAD.encode() + b"'));\n" + LEGIT
    assert strip_injections(unclosed, [0]) is None  # a later ?> would take legit code with it
    assert strip_injections(LEGIT, [10_000]) is None
    inside = b"<?php echo 1; ?>" + INJECT
    assert strip_injections(inside, [3]) is None  # not at an open tag: never cut a legit block


def test_cleanable_offsets_need_a_cleanable_match_and_locatable_others() -> None:
    """Other rules may fire with the cleanable one, if their strings can be checked against the cut;
    a clamd hit (no offsets) makes the file not cleanable."""
    hit = StringHit("$block", 0, "")
    ok = Verdict("f", VerdictKind.MALICIOUS, (Match("R", "yara", cleanable=True, strings=(hit,)),))
    assert cleanable_offsets(ok) == ([0], [])
    generic = Match("SPAMGEAR_OBFUSC_X", "yara", strings=(StringHit("$e", 6, ""),))
    both = Verdict("f", VerdictKind.MALICIOUS, (*ok.matches, generic))
    assert cleanable_offsets(both) == ([0], [6])
    mixed = Verdict("f", VerdictKind.MALICIOUS, (*ok.matches, Match("Sig.UNOFFICIAL", "clamd")))
    assert cleanable_offsets(mixed) is None
    only_generic = Verdict("f", VerdictKind.MALICIOUS, (generic,))
    assert cleanable_offsets(only_generic) is None


def test_other_findings_must_lie_inside_the_cut_block() -> None:
    data = INJECT + b"\n" + LEGIT
    inside = data.index(b"eval")
    assert strip_injections(data, [0], [inside]) == LEGIT
    outside = data.index(b"wp-blog-header")
    assert strip_injections(data, [0], [inside, outside]) is None


# -- shipped rules -------------------------------------------------------------------------------

MUST_HIT = [
    INJECT + b"\n" + LEGIT,
    LEGIT + b"?>" + INJECT,
    f'<?php @eval(base64_decode("{PAYLOAD}"));?>'.encode() + LEGIT,
    f"<?PHP\n  eval ( base64_decode ( '{PAYLOAD}' ) ) ;\n?>".encode() + LEGIT,
    f"<?php eval(gzinflate(base64_decode('{PAYLOAD}'))); ?>".encode() + LEGIT,
]
MUST_NOT_HIT = [
    LEGIT,
    b"<?php $x = base64_decode('" + PAYLOAD.encode() + b"'); echo $x; ?>",
    b"<?php eval($code); ?>",
    b"<?php eval(base64_decode($_POST['x'])); ?>",  # a backdoor, but not a self-contained cleanable block
    b"<?php echo eval(base64_decode('c2hvcnQ=')); ?>",
]


@pytest.mark.parametrize("data", MUST_HIT)
def test_cleanable_rules_must_hit(data: bytes) -> None:
    hits = yara_rules().match(data=data)
    assert hits and all(h.meta.get("cleanable") for h in hits)
    assert all(h.rule.startswith("SPAMGEAR_INJECT_") for h in hits)


@pytest.mark.parametrize("data", MUST_NOT_HIT)
def test_cleanable_rules_must_not_hit(data: bytes) -> None:
    assert yara_rules().match(data=data) == []


@pytest.mark.corpus
def test_cleanable_rules_silent_on_wordpress() -> None:
    top = Path("/usr/share/wordpress")
    if not top.is_dir():
        pytest.skip("wordpress package not installed")
    rules = yara_rules()
    hits = []
    n = 0
    for p in top.rglob("*.php"):
        if p.is_file() and not p.is_symlink():
            n += 1
            if rules.match(str(p)):
                hits.append(p)
    assert n > 100 and hits == []


# -- the whole flow ------------------------------------------------------------------------------


def victim(tmp_path: Path, data: bytes) -> Path:
    d = tmp_path / "home" / "bob" / "www"
    d.mkdir(parents=True)
    p = d / "index.php"
    p.write_bytes(data)
    os.chmod(p, 0o640)
    if os.geteuid() == 0:
        pw = pwd.getpwnam("www-data")
        os.chown(p, pw.pw_uid, pw.pw_gid)
    return p


def test_clean_file_cuts_backs_up_and_rescans(tmp_path: Path) -> None:
    original = INJECT + b"\n" + LEGIT
    p = victim(tmp_path, original)
    before = p.stat()
    store = QuarantineStore(str(tmp_path / "store"))
    rules = yara_rules()
    verdict = scan_with(rules, original, str(p))
    res = clean_file(str(p), verdict, store, rescanner(rules))
    assert res.action == "cleaned", res
    assert p.read_bytes() == LEGIT
    after = p.stat()
    assert (after.st_uid, after.st_gid, after.st_mode) == (before.st_uid, before.st_gid, before.st_mode)
    (entry,) = store.entries()
    assert entry.id == res.backup_id and entry.kind == "backup"
    assert (tmp_path / "store" / entry.id / "data").read_bytes() == original
    assert res.rescan is not None and res.rescan.kind is VerdictKind.CLEAN
    assert [n for n in os.listdir(p.parent) if n.startswith(".spamgear")] == []


def test_clean_then_still_detected_is_quarantined(tmp_path: Path) -> None:
    original = INJECT + b"\n<?php /* stage2 */ echo 1;\n"
    p = victim(tmp_path, original)
    store = QuarantineStore(str(tmp_path / "store"))
    rules = yara_rules(STAGE2_RULE)
    verdict = scan_with(rules, original, str(p))
    assert [m.rule for m in verdict.matches] == ["SPAMGEAR_INJECT_EVAL_BASE64_BLOCK"]
    res = clean_file(str(p), verdict, store, rescanner(rules))
    assert res.action == "quarantined", res
    assert not p.exists()
    kinds = sorted(e.kind for e in store.entries())
    assert kinds == ["backup", "quarantine"]
    q = next(e for e in store.entries() if e.kind == "quarantine")
    assert q.rules == ("SPAMGEAR_TEST_STAGE2",)


def test_not_cleanable_is_left_alone(tmp_path: Path) -> None:
    original = LEGIT + b"?>\n" + INJECT + b"\n<?php echo 2;\n"
    p = victim(tmp_path, original)
    store = QuarantineStore(str(tmp_path / "store"))
    rules = yara_rules()
    res = clean_file(str(p), scan_with(rules, original, str(p)), store, rescanner(rules))
    assert res.action == "not-cleanable"
    assert p.read_bytes() == original and store.entries() == []


def test_changed_since_scan_not_cleaned(tmp_path: Path) -> None:
    original = INJECT + b"\n" + LEGIT
    p = victim(tmp_path, original)
    rules = yara_rules()
    verdict = scan_with(rules, original, str(p))
    p.write_bytes(original + b"// edited\n")
    res = clean_file(str(p), verdict, QuarantineStore(str(tmp_path / "store")), rescanner(rules))
    assert res.action == "error" and "changed" in res.reason
    assert p.read_bytes() == original + b"// edited\n"


def test_symlinked_dir_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    target = outside / "index.php"
    data = INJECT + b"\n" + LEGIT
    target.write_bytes(data)
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "link").symlink_to(outside)
    rules = yara_rules()
    path = tmp_path / "home" / "link" / "index.php"
    res = clean_file(
        str(path), scan_with(rules, data, str(path)), QuarantineStore(str(tmp_path / "s")), rescanner(rules)
    )
    assert res.action == "error"
    assert target.read_bytes() == data
