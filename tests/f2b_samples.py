#!/usr/bin/python3
"""Check spamgear's fail2ban filters against annotated sample logs with the INSTALLED fail2ban library.

Runs under the interpreter of the installed fail2ban (Debian: /usr/bin/python3), not in the venv:
the tests start it as a subprocess, which also keeps fail2ban's process-global clock and TZ out of
pytest. Same conventions as fail2ban's own fail2ban/tests/samplestestcase.py (and
shared/notes/recipes/fail2ban-e2e/run_samples.py):

  SAMPLES/<filter-name>   one log per filter, named like FILTERS/<filter-name>.conf
  # failJSON: {"time": "2005-08-14T11:58:00", "match": true, "host": "192.0.2.1", ...}
  <log line>              the line after a failJSON comment is checked against it
  # filterOptions: [{}, {"mode": "failed"}]   following lines are checked with each option set
  # addFILE: "other"      also process SAMPLES/other
  Other "#" lines and blank lines are skipped; an un-annotated log line must not match.

failJSON keys: "match", "time" (local time, CET/CEST, "now" frozen at 2005-08-14 12:00 CEST),
"desc" (ignored), "host" (the failure-ID: <F-ID> or the address), "attempts", any other key = a
named capture (e.g. "user", "ip4", "ip6", "rdns"). Every failregex must be hit by some sample.

  f2b_samples.py --filters DIR --samples DIR [--common FILE] [--json] [NAME ...]
Exit 0 when every file passes.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import shutil
import sys
import tempfile
import time
from typing import Any

from fail2ban.client.filterreader import FilterReader
from fail2ban.server.filter import Filter
from fail2ban.server.mytime import MyTime

TEST_NOW = 1124013600  # 2005-08-14 12:00:00 CEST (fail2ban.tests.utils.TEST_NOW)
CET = "CET-01CEST-02,M3.5.0,M10.5.0"
ANNOT = re.compile(r"^#+ ?(failJSON|(?:file|filter)Options|addFILE):(.+)$")
NOT_CAPTURES = ("time", "match", "desc")


def overlay(filters: str, common: str) -> str:
    """A temp fail2ban config dir whose filter.d links our filters plus the installed common.conf.

    fail2ban resolves [INCLUDES] relative to the including file, so common.conf must sit next to
    the filters (a missing one is skipped silently and then fails on '__prefix_line').
    """
    tmp = tempfile.mkdtemp(prefix="spamgear-f2b-samples-")
    fdir = os.path.join(tmp, "filter.d")
    os.mkdir(fdir)
    for name in os.listdir(filters):
        if name.endswith(".conf"):
            os.symlink(os.path.abspath(os.path.join(filters, name)), os.path.join(fdir, name))
    if not os.path.exists(os.path.join(fdir, "common.conf")):
        os.symlink(common, os.path.join(fdir, "common.conf"))
    return tmp


def build_filter(name: str, basedir: str, opts: dict[str, str]) -> Filter:
    """A bare Filter configured from filter.d/NAME.conf exactly as fail2ban-client would."""
    flt = Filter(None)
    flt.returnRawHost = True  # failure-IDs verbatim, no DNS (like usedns = raw)
    flt.checkAllRegex = True  # try every failregex, to catch lines matched twice
    flt.checkFindTime = False  # sample dates are old
    flt.active = True
    reader = FilterReader(name, "jail", dict(opts), basedir=basedir)
    if not reader.read():
        raise RuntimeError(f"cannot read filter {name!r} from {basedir}")
    reader.getOptions({})
    for cmd in reader.convert():
        values = cmd[3] if cmd[0] == "multi-set" else [cmd[3]]
        for value in values:
            if cmd[2] == "prefregex":
                flt.prefRegex = value
            elif cmd[2] == "addfailregex":
                flt.addFailRegex(value)
            elif cmd[2] == "addignoreregex":
                flt.addIgnoreRegex(value)
            elif cmd[2] == "maxlines":
                flt.setMaxLines(value)
            elif cmd[2] == "datepattern":
                flt.setDatePattern(value)
    return flt


def _same(got: Any, want: Any) -> bool:
    if isinstance(got, set | list | tuple):
        return sorted(map(str, got)) == sorted(map(str, want if isinstance(want, list) else [want]))
    return bool(got == want or str(got) == str(want))


def check_file(name: str, basedir: str, sampledir: str) -> tuple[int, int, list[str]]:
    """Check SAMPLES/NAME; returns (lines checked, matches expected, problems)."""
    errors: list[str] = []
    filters: dict[str, tuple[Filter, set[int]]] = {}
    used_re: set[str] = set()
    current: list[tuple[str, dict[str, Any]]] = []
    files, i, nlines, nmatch = [name], 0, 0, 0
    while i < len(files):
        path = os.path.join(sampledir, files[i])
        i += 1
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
        it = iter(enumerate(lines, 1))
        for lnnum, line in it:
            faildata: dict[str, Any] = {}
            m = ANNOT.match(line)
            if m:
                data = json.loads(m.group(2))
                kind = m.group(1)
                if kind == "filterOptions":
                    current = []
                    for opts in data if isinstance(data, list) else [data]:
                        fname = name + (json.dumps(opts, sort_keys=True) if opts else "")
                        if fname not in filters:
                            filters[fname] = (build_filter(name, basedir, opts), set())
                        current.append((fname, opts))
                    continue
                if kind == "addFILE":
                    files.append(data)
                    continue
                if kind == "fileOptions":
                    continue
                faildata = data
                try:
                    lnnum, line = next(it)
                except StopIteration:
                    errors.append(f"{files[i - 1]}:{lnnum}: annotation without a log line")
                    break
            elif line.startswith("#") or not line.strip():
                continue
            if not current:
                filters.setdefault(name, (build_filter(name, basedir, {}), set()))
                current = [(name, {})]
            nlines += 1
            nmatch += bool(faildata.get("match"))
            for fname, _opts in current:
                flt, used = filters[fname]
                where = f"{files[i - 1]}:{lnnum} [{fname}]"
                found = []
                for r in flt.processLine(line) or []:
                    if r[1] is None or r[3].get("nofail"):
                        used.add(r[0])
                    else:
                        found.append(r)
                if not found:
                    if faildata.get("match", False):
                        errors.append(f"{where}: expected a match, got none\n    {line}")
                    continue
                if not faildata.get("match", False):
                    rx_id = f"regex {found[0][0]}, id {found[0][1]}"
                    errors.append(f"{where}: unexpected match ({rx_id})\n    {line}")
                    continue
                if len(found) > 1:
                    errors.append(f"{where}: several regexes matched {[r[0] for r in found]}")
                idx, fid, ftime, fail = found[0]
                used.add(idx)
                used_re.add(flt.getFailRegex()[idx])
                for key, want in faildata.items():
                    if key in NOT_CAPTURES:
                        continue
                    got = fail.get(key)
                    if got is None and key == "host":
                        got = fid
                    if got is None and key == "attempts":
                        got = len(fail.get("matches", []))
                    if not _same(got, want):
                        errors.append(f"{where}: {key} = {str(got)!r}, expected {want!r}\n    {line}")
                t = faildata.get("time")
                if t is not None:
                    jt = datetime.datetime.fromisoformat(t)
                    want_t = time.mktime(jt.timetuple()) + jt.microsecond / 1e6
                    if ftime != want_t:
                        errors.append(f"{where}: time off by {(ftime or 0) - want_t:.3f}s (expected {t})")
    for fname, (flt, used) in filters.items():
        for idx, rx in enumerate(flt.getFailRegex()):
            if idx not in used and rx not in used_re:
                errors.append(f"{fname}: failregex {idx} has no sample: {rx}")
    return nlines, nmatch, errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--filters", required=True, help="directory of <name>.conf filters")
    ap.add_argument("--samples", required=True, help="directory of sample logs named after filters")
    ap.add_argument("--common", default="/etc/fail2ban/filter.d/common.conf")
    ap.add_argument("--json", action="store_true", help="one JSON object per filter on stdout")
    ap.add_argument("names", nargs="*", help="default: every sample file that has a filter")
    args = ap.parse_args()
    os.environ["TZ"] = CET
    time.tzset()
    MyTime.setTime(TEST_NOW)
    basedir = overlay(args.filters, args.common)
    try:
        fdir = os.path.join(basedir, "filter.d")
        names = args.names or sorted(
            f for f in os.listdir(args.samples) if os.path.exists(os.path.join(fdir, f + ".conf"))
        )
        failed = 0
        for name in names:
            try:
                nlines, nmatch, errors = check_file(name, basedir, args.samples)
            except Exception as exc:  # a broken filter or sample is a failure to report, not a crash
                nlines, nmatch, errors = 0, 0, [f"{name}: {type(exc).__name__}: {exc}"]
            failed += bool(errors)
            if args.json:
                print(json.dumps({"name": name, "lines": nlines, "matches": nmatch, "errors": errors}))
            else:
                status = "ok" if not errors else "FAIL"
                print(f"{status:4} {name:28} {nlines:4} lines, {nmatch} must match")
                for err in errors[:30]:
                    print("     " + err)
        if not args.json:
            print(f"{len(names) - failed}/{len(names)} sample files passed")
        return 1 if failed else 0
    finally:
        shutil.rmtree(basedir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
