"""Scan bytes, an fd or a path with the compiled YARA ruleset (+ bounded regex fallbacks) -> `Verdict`.

Cheap to import (the ModSecurity hook imports it): stdlib and spamgear records only; yara and the
signature loader are imported inside functions. Policy: a file is MALICIOUS when the summed `score`
meta (default 100) of the rules that hit reaches `scan.threshold`, so a weak heuristic never rejects on
its own. A file over `scan.max_file_size`, a YARA timeout or an unfinished regex fallback is an ERROR
verdict, never a silent clean.
"""

from __future__ import annotations

import hashlib
import math
import os
import stat
import threading
from typing import TYPE_CHECKING, Any

from spamgear.exhaustion import DESCRIPTION, FAMILY
from spamgear.models import Match, StringHit, Verdict, VerdictKind

if TYPE_CHECKING:
    from spamgear.config import Config
    from spamgear.signatures.regexworker import RegexRunner
    from spamgear.signatures.ruleset import Ruleset

SCANNER = "yara"
REGEX_SCANNER = "regex"
#: Matched-string instances kept per rule, and bytes shown of each.
MAX_HITS_PER_RULE = 8
EXCERPT_BYTES = 64
_READ_CHUNK = 1 << 20


def excerpt(data: bytes) -> str:
    """A short printable rendering of matched bytes (non-printables as \\xHH)."""
    out = []
    for byte in data[:EXCERPT_BYTES]:
        out.append(chr(byte) if 32 <= byte < 127 and byte != 0x5C else f"\\x{byte:02x}")
    return "".join(out) + ("..." if len(data) > EXCERPT_BYTES else "")


def _name(path: str | bytes) -> str:
    return os.fsdecode(path)


class Engine:
    """One loaded ruleset plus the scan bounds. Thread-safe for `scan_*` (yara.Rules.match is)."""

    def __init__(
        self,
        ruleset: Ruleset,
        *,
        max_file_size: int = 16 * 1024 * 1024,
        file_timeout: float = 10.0,
        threshold: int = 100,
        regex_timeout: float = 1.0,
        regex_max_bytes: int = 2 * 1024 * 1024,
        verdict_only: bool = False,
    ) -> None:
        self.ruleset = ruleset
        #: Upload scans need the verdict, not every matched instance: YARA's fast mode stops
        #: recording a string after its first match (strings used with counts or offsets are
        #: exempt, so verdicts are the same) and costs ~5 % fewer instructions per scan.
        #: Directory scans keep all instances: `--clean` must see every offset.
        self.verdict_only = verdict_only
        #: Set for upload scans (spamgear.uploadscan): a YARA timeout becomes a finding of this rule.
        self.exhausted_rule = ""
        self.max_file_size = max_file_size
        self.file_timeout = file_timeout
        self.threshold = threshold
        self.regex_timeout = regex_timeout
        self.regex_max_bytes = regex_max_bytes
        self._runner: RegexRunner | None = None
        self._lock = threading.Lock()

    @classmethod
    def from_config(
        cls,
        cfg: Config,
        compile_if_missing: bool = True,
        rules_dirs: list[str] | None = None,
        allow_stale: bool = False,
    ) -> Engine:
        """Load the cached ruleset for `cfg.signatures` (building it only if `compile_if_missing`).

        Hooks pass `compile_if_missing=False` (they never compile) and may pass `allow_stale=True` to keep
        using the newest cached ruleset when the sources changed without a rebuild.
        """
        from spamgear.signatures.ruleset import load_ruleset

        dirs = list(rules_dirs) if rules_dirs is not None else list(cfg.signatures.dirs)
        ruleset = load_ruleset(
            dirs, cfg.signatures.cache_dir, compile_if_missing=compile_if_missing, allow_stale=allow_stale
        )
        return cls(
            ruleset,
            max_file_size=cfg.scan.max_file_size,
            file_timeout=cfg.scan.file_timeout,
            threshold=cfg.scan.threshold,
            regex_timeout=cfg.signatures.regex_timeout,
            regex_max_bytes=cfg.signatures.regex_max_bytes,
        )

    @property
    def digest(self) -> str:
        """Identifies the ruleset; part of the incremental-cache key."""
        return self.ruleset.digest

    def close(self) -> None:
        """Stop the regex worker, if one was started."""
        if self._runner is not None:
            self._runner.close()
            self._runner = None

    # -- entry points -------------------------------------------------------------------------------

    def scan_path(self, path: str | bytes) -> Verdict:
        """Open (following a symlink the caller named), refuse non-regular files, then scan."""
        name = _name(path)
        try:
            info = os.stat(path)  # noqa: PTH116 - bytes paths (non-UTF-8 names) stay bytes
        except OSError as err:
            return self._error(name, f"cannot stat: {err.strerror}")
        if not stat.S_ISREG(info.st_mode):
            return self._error(name, f"not a regular file ({_kind(info.st_mode)})", size=-1)
        if info.st_size > self.max_file_size:
            return self._over_limit(name, info.st_size)
        flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(path, flags)
        except OSError as err:
            return self._error(name, f"cannot open: {err.strerror}")
        try:
            opened = os.fstat(fd)
            if not stat.S_ISREG(opened.st_mode):  # swapped between stat and open
                return self._error(name, f"not a regular file ({_kind(opened.st_mode)})")
            return self.scan_fd(fd, name)
        finally:
            os.close(fd)

    def scan_fd(self, fd: int, name: str) -> Verdict:
        """Scan what `fd` holds; a regular file is read with pread, so the caller's offset is kept."""
        try:
            info = os.fstat(fd)
        except OSError as err:
            return self._error(name, f"cannot stat: {err.strerror}")
        regular = stat.S_ISREG(info.st_mode)
        if regular and info.st_size > self.max_file_size:
            return self._over_limit(name, info.st_size)
        if not regular and not stat.S_ISFIFO(info.st_mode) and not stat.S_ISSOCK(info.st_mode):
            return self._error(name, f"not a regular file ({_kind(info.st_mode)})")
        chunks: list[bytes] = []
        total = 0
        limit = self.max_file_size + 1
        try:
            while total < limit:
                want = min(_READ_CHUNK, limit - total)
                chunk = os.pread(fd, want, total) if regular else os.read(fd, want)
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        except BlockingIOError:
            return self._error(name, "would block (no data on a non-blocking fd)")
        except OSError as err:
            return self._error(name, f"cannot read: {err.strerror}")
        if total > self.max_file_size:
            return self._over_limit(name, total)
        return self.scan_bytes(b"".join(chunks), name)

    def scan_bytes(self, data: bytes, name: str) -> Verdict:
        """Run YARA and the regex fallbacks over `data` and judge the summed score."""
        if len(data) > self.max_file_size:
            return self._over_limit(name, len(data))
        import yara

        matches: list[Match] = []
        problems: list[str] = []
        try:
            hits = self.ruleset.rules.match(
                data=data, timeout=max(1, math.ceil(self.file_timeout)), fast=self.verdict_only
            )
        except yara.TimeoutError:
            hits = []
            if self.exhausted_rule:
                # an upload scan: running out of time is the file's doing (see HookConfig.slow_scan)
                matches.append(Match(self.exhausted_rule, SCANNER, self.threshold, FAMILY, DESCRIPTION))
            else:
                problems.append(f"yara timed out after {self.file_timeout:g}s")
        except yara.Error as err:
            hits = []
            problems.append(f"yara failed: {err}")
        gates = {hit.rule for hit in hits if hit.meta.get("path") == "gate"}
        matches.extend(self._yara_match(hit) for hit in hits if hit.rule not in gates)
        matches.extend(self._fallbacks(data, gates, problems))
        return self.judge(name, matches, problems, data)

    # -- helpers ------------------------------------------------------------------------------------

    def judge(self, name: str, matches: list[Match], problems: list[str], data: bytes) -> Verdict:
        """Summed score >= threshold -> malicious; otherwise an unfinished scan -> error; else clean."""
        score = sum(m.score for m in matches)
        scanners = tuple(dict.fromkeys(m.scanner for m in matches)) or (SCANNER,)
        reason = "; ".join(problems)
        if score >= self.threshold and matches:
            kind = VerdictKind.MALICIOUS
            digest = hashlib.sha256(data).hexdigest()
        else:
            kind = VerdictKind.ERROR if problems else VerdictKind.CLEAN
            digest = ""
            if matches and not problems:
                reason = f"score {score} below threshold {self.threshold}"
        return Verdict(name, kind, tuple(matches), reason, len(data), digest, scanners)

    def _yara_match(self, hit: Any) -> Match:
        meta = hit.meta
        try:
            score = int(meta.get("score", 100))
        except (TypeError, ValueError):
            score = 100
        source = str(meta.get("source", "")) or self.ruleset.native_lines.get(
            f"{hit.namespace}:{hit.rule}", ""
        )
        strings: list[StringHit] = []
        for string in hit.strings:
            for instance in string.instances:
                if len(strings) >= MAX_HITS_PER_RULE:
                    break
                strings.append(StringHit(string.identifier, instance.offset, excerpt(instance.matched_data)))
        return Match(
            rule=hit.rule,
            scanner=SCANNER,
            score=score,
            family=str(meta.get("family", "")),
            description=str(meta.get("description", "")),
            source=source,
            cleanable=meta.get("cleanable") is True,  # `cleanable = true` in the rule's meta (--clean)
            strings=tuple(strings),
        )

    def _fallbacks(self, data: bytes, gates: set[str], problems: list[str]) -> list[Match]:
        fallbacks = self.ruleset.fallbacks
        if not fallbacks:
            return []
        window = data[: self.regex_max_bytes]
        wanted = [
            i
            for i, fb in enumerate(fallbacks)
            if (fb.gate in gates if fb.gate else (not fb.prefilter or fb.prefilter in window))
        ]
        if not wanted:
            return []
        with self._lock:
            if self._runner is None:
                from spamgear.signatures.regexworker import RegexRunner

                self._runner = RegexRunner([fb.pattern for fb in fallbacks])
            runner = self._runner
        outcome = runner.run(wanted, window, self.regex_timeout)
        if outcome.unfinished:
            names = ", ".join(fallbacks[i].name for i in outcome.unfinished)
            problems.append(f"regex fallback cut off after {self.regex_timeout:g}s: {names}")
        found = []
        for hit in outcome.hits:
            fb = fallbacks[hit.index]
            found.append(
                Match(
                    rule=fb.name,
                    scanner=REGEX_SCANNER,
                    score=fb.score,
                    family=fb.family,
                    description=fb.description,
                    source=fb.source,
                    strings=(StringHit("$re", hit.start, excerpt(window[hit.start : hit.end])),),
                )
            )
        return found

    def _error(self, name: str, reason: str, size: int = -1) -> Verdict:
        return Verdict(name, VerdictKind.ERROR, (), reason, size, "", (SCANNER,))

    def _over_limit(self, name: str, size: int) -> Verdict:
        return self._error(name, f"over size limit ({size} > {self.max_file_size} bytes)", size)


def _kind(mode: int) -> str:
    for test, label in (
        (stat.S_ISDIR, "directory"),
        (stat.S_ISFIFO, "fifo"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
        (stat.S_ISLNK, "symlink"),
    ):
        if test(mode):
            return label
    return "special file"
