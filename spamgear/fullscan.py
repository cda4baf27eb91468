"""The `full-scan` pipeline (spam-gear compatible): paths from stdin -> YARA engine -> clamd -> actions.

Stages:

1. `read_paths`: stdin lines, whitespace-stripped; lines ending in `/` are dropped (as spam-gear did).
2. Engine scan of every file (`spamgear.batch.scan_items`, incremental cache, worker processes).
3. `SECOND_SCANNER` (clamd, when `clamd.socket`/`clamd.host` is set) scans every regular file too, in
   a bounded thread pool (`clamd_workers`), and its verdict is merged into the same record. Unlike
   spam-gear (where flagged files never reached clamd) both opinions are kept: a clamd hit on a file
   YARA calls cleanable makes it not cleanable.
4. Actions per finding, in the main thread: `--clean` (spamgear.clean: backup, cut, re-scan with both
   scanners, quarantine if still detected), then `QUARANTINE_HOOK` for what was not cleaned when `-q`
   is given; `NOTIFY_HOOK` once at the end with all findings when `-n` is given. Each record carries
   `action` (and `quarantine_id` / `backup_id`) in `Verdict.extra`, so `--json` shows what happened.
5. `Summary`: files, found, quarantined, cleaned, errors, time.

Hook signatures (each "module:function", resolved before anything is scanned):
    quarantine(cfg: Config, verdict: Verdict, directory: str) -> Verdict   # returns the verdict, annotated
    notify(cfg: Config, findings: list[Verdict], pattern: str, template: str | None) -> list[str]
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spamgear.config import Config
from spamgear.errors import NotifyError, UsageError
from spamgear.models import Match, Verdict, VerdictKind, merge_verdicts

log = logging.getLogger(__name__)

QUARANTINE_HOOK = "spamgear.quarantine:quarantine_for_fullscan"
NOTIFY_HOOK = "spamgear.notify:notify_for_fullscan"
SECOND_SCANNER = "spamgear.clamav:ClamdClient"

#: spam-gear's defaults
DEFAULT_QUARANTINE = "/root/shells"
DEFAULT_NOTIFY_PATTERN = r"^/home/\([^/.]*\)/.*"


@dataclass(frozen=True)
class FullScanOptions:
    quarantine_dir: str | None = None
    notify_pattern: str | None = None
    custom_email: str | None = None
    #: cut cleanable injected blocks (backup in the quarantine store first)
    clean: bool = False
    #: concurrent clamd requests
    clamd_workers: int = 4


@dataclass
class Summary:
    """The end-of-run report."""

    files: int = 0
    found: int = 0
    quarantined: int = 0
    cleaned: int = 0
    errors: int = 0
    started: float = field(default_factory=time.monotonic)
    elapsed: float = 0.0
    notify_errors: list[str] = field(default_factory=list)

    def add(self, verdict: Verdict) -> None:
        self.files += 1
        if verdict.kind is VerdictKind.MALICIOUS:
            self.found += 1
        elif verdict.kind is VerdictKind.ERROR:
            self.errors += 1
        action = verdict.extra.get("action")
        if action == "quarantined":
            self.quarantined += 1
        elif action == "cleaned":
            self.cleaned += 1
        elif action in ("quarantine-failed", "clean-failed"):
            self.errors += 1

    def finish(self) -> None:
        self.elapsed = time.monotonic() - self.started

    def line(self) -> str:
        return (
            f"{self.files} files, {self.found} found, {self.quarantined} quarantined, "
            f"{self.cleaned} cleaned, {self.errors} errors, {self.elapsed:.1f}s"
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "found": self.found,
            "quarantined": self.quarantined,
            "cleaned": self.cleaned,
            "errors": self.errors,
            "seconds": round(self.elapsed, 3),
            "notify_errors": self.notify_errors,
        }


def load_hook(spec: str, flag: str) -> Callable[..., Any]:
    """Resolve "module:attr" lazily (full-scan starts without importing unused stages); a missing part of
    the install is a one-line usage error before anything is scanned."""
    module_name, _, attr = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as err:
        if err.name != module_name:
            raise
        raise UsageError(
            f"full-scan: {flag} needs {module_name}, which is missing from this install"
        ) from err
    target: Any = module
    for part in attr.split("."):
        target = getattr(target, part, None)
        if target is None:
            raise UsageError(f"full-scan: {flag} needs {spec}, which is missing from this install")
    return target  # type: ignore[no-any-return]


def read_paths(lines: Iterable[bytes]) -> Iterator[bytes]:
    """stdin lines -> paths; blank lines and directory lines (ending in `/`) are dropped."""
    for raw in lines:
        path = raw.strip()
        if path and not path.endswith(b"/"):
            yield path


def label(match: Match) -> str:
    """spam-gear's finding label for a match: `[CUSTOM] [PHP.Finger.N]`, `[DETECTOR] [name]`, ..."""
    family = match.family
    if family.startswith(("PHP.Finger.", "PHP.Backdoor.")):
        return f"[CUSTOM] [{family}]"
    if match.rule.startswith("SPAMGEAR_SHELLDETECT_"):
        name = family.split("[", 1)[0]
        return f"[DETECTOR] [{name}]" + (" [NON-CLEANED]" if match.score < 100 else "")
    if match.scanner == "clamd":
        return f"[CLAMAV] [{match.rule}]"
    return f"[YARA] [{match.rule}]"


def finding_line(verdict: Verdict) -> bytes:
    """`PATH LABEL`, naming the strongest match (spam-gear prints one label per file)."""
    best = max(verdict.matches, key=lambda m: m.score)
    return os.fsencode(verdict.path) + b" " + label(best).encode() + b"\n"


ACTION_LABELS = {
    "quarantined": b" [QUARANTINED]",
    "cleaned": b" [CLEANED]",
    "clean-failed": b" [NON-CLEANED]",
    "quarantine-failed": b" [NOT-QUARANTINED]",
}


def action_line(line: bytes, verdict: Verdict) -> bytes:
    """spam-gear's `[CLEANED]` / `[QUARANTINED]` suffix on a finding line."""
    suffix = ACTION_LABELS.get(str(verdict.extra.get("action", "")), b"")
    return line[:-1] + suffix + b"\n" if suffix and line.endswith(b"\n") else line


def total_time(seconds: float) -> str:
    """`1 hours 2 minutes 3 seconds`, zero parts omitted (spam-gear's summary line)."""
    whole = int(seconds)
    parts = [(whole // 3600, "hours"), (whole % 3600 // 60, "minutes"), (whole % 60, "seconds")]
    text = " ".join(f"{n} {unit}" for n, unit in parts if n)
    return text or "0 seconds"


class FullScan:
    """Runs the stages for one invocation; the adapter prints what it yields."""

    def __init__(self, cfg: Config, options: FullScanOptions) -> None:
        self.cfg = cfg
        self.options = options
        self.quarantine: Callable[..., Any] | None = None
        self.notify: Callable[..., Any] | None = None
        self.second: Any = None
        self.summary = Summary()
        self._rescan_engine: Any = None
        # Resolve every requested hook up front: a missing one fails before anything is scanned.
        if options.quarantine_dir is not None:
            self.quarantine = load_hook(QUARANTINE_HOOK, "-q/--quarantine")
        if options.notify_pattern is not None or options.custom_email is not None:
            self.notify = load_hook(NOTIFY_HOOK, "-n/--notify-user")
        if cfg.clamd.socket or cfg.clamd.host:
            client_cls: Any = load_hook(SECOND_SCANNER, "clamd (clamd.socket/clamd.host is set)")
            self.second = client_cls.from_config(cfg.clamd)

    def _second_opinion(self, verdict: Verdict) -> Verdict:
        """clamd's verdict merged into the record (runs in a worker thread)."""
        if self.second is None:
            return verdict
        other: Verdict = self.second.scan_path(os.fsencode(verdict.path))
        if other.kind is VerdictKind.ERROR and other.reason == "not a regular file":
            return verdict  # FIFOs and devices the walk already reported
        return merge_verdicts(verdict, dataclasses.replace(other, path=verdict.path))

    def _both(self, fd: int, name: str) -> Verdict:
        """Re-scan an fd with YARA and clamd (after cleaning)."""
        if self._rescan_engine is None:
            from spamgear.engine import Engine

            self._rescan_engine = Engine.from_config(self.cfg, compile_if_missing=True)
        verdict: Verdict = self._rescan_engine.scan_fd(fd, name)
        if self.second is not None:
            verdict = merge_verdicts(verdict, self.second.scan_fd(fd, name))
        return verdict

    def _store_dir(self) -> str:
        return self.options.quarantine_dir or self.cfg.quarantine.dir

    def _clean(self, verdict: Verdict) -> Verdict:
        from spamgear.clean import clean_file
        from spamgear.quarantine import QuarantineStore

        result = clean_file(
            os.fsencode(verdict.path),
            verdict,
            QuarantineStore(self._store_dir()),
            self._both,
            quarantine_if_still_detected=self.quarantine is not None,
        )
        extra: dict[str, Any] = {}
        if result.action == "cleaned":
            extra["action"] = "cleaned"
        elif result.action == "quarantined":
            extra["action"] = "quarantined"
            extra["quarantine_id"] = result.quarantine_id
        elif result.action == "error":
            extra["action"] = "clean-failed"
        if result.backup_id:
            extra["backup_id"] = result.backup_id
        if result.reason:
            extra["action_reason"] = result.reason
        return dataclasses.replace(verdict, extra={**verdict.extra, **extra})

    def _owner(self, verdict: Verdict) -> Verdict:
        try:
            uid = os.lstat(os.fsencode(verdict.path)).st_uid
        except OSError:
            return verdict
        return dataclasses.replace(verdict, extra={**verdict.extra, "owner_uid": uid})

    def _act(self, verdict: Verdict) -> Verdict:
        verdict = self._owner(verdict)
        if self.options.clean:
            verdict = self._clean(verdict)
        if self.quarantine is not None and verdict.extra.get("action") not in ("cleaned", "quarantined"):
            verdict = self.quarantine(self.cfg, verdict, self._store_dir())
        return verdict

    def run(self, verdicts: Iterable[Verdict]) -> Iterator[Verdict]:
        """Second scanner (bounded threads), then clean/quarantine per finding; notify after the last."""
        from spamgear.clamav import bounded_map

        findings: list[Verdict] = []
        checked_all: Iterable[Verdict] = verdicts
        if self.second is not None:
            checked_all = bounded_map(self._second_opinion, verdicts, self.options.clamd_workers)
        for checked in checked_all:
            if checked.kind is VerdictKind.MALICIOUS:
                checked = self._act(checked)
                findings.append(checked)
            self.summary.add(checked)
            yield checked
        if self.notify is not None and findings:
            pattern = self.options.notify_pattern or DEFAULT_NOTIFY_PATTERN
            try:
                errors = self.notify(self.cfg, findings, pattern, self.options.custom_email)
            except NotifyError as err:
                errors = [str(err)]
            self.summary.notify_errors.extend(errors or [])
        self.summary.finish()
