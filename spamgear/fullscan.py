"""The `full-scan` pipeline (spam-gear compatible): paths from stdin -> YARA engine -> clamd -> actions.

Stages and the hook points issue 6 (quarantine / notify / clamd) plugs into:

1. `read_paths`: stdin lines, whitespace-stripped; lines ending in `/` are dropped (as spam-gear did).
2. Engine scan of every file (`spamgear.batch.scan_items`, incremental cache, worker processes).
3. `SECOND_SCANNER`: files the engine calls clean go to clamd when `clamd.socket`/`clamd.host` is set
   (spam-gear: "files the detector flags never reach clamd"). Loaded from `spamgear.clamav`.
4. `QUARANTINE_HOOK` for each finding when `-q` is given, `NOTIFY_HOOK` once at the end with all findings
   when `-n` is given. Each hook is "module:function"; until that module exists the flag fails with
   "not yet available" (exit 2) instead of being ignored.

Signatures of the hooks (what issue 6 implements):
    quarantine(cfg: Config, verdict: Verdict, directory: str) -> Verdict   # returns the verdict, annotated
    notify(cfg: Config, findings: list[Verdict], pattern: str, template: str | None) -> None
"""

from __future__ import annotations

import importlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spamgear.config import Config
from spamgear.errors import UsageError
from spamgear.models import Match, Verdict, VerdictKind, merge_verdicts

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


def load_hook(spec: str, flag: str) -> Callable[..., Any]:
    """Resolve "module:attr" or fail with the user-facing "not yet available" error."""
    module_name, _, attr = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as err:
        if err.name != module_name:
            raise
        raise UsageError(
            f"full-scan: {flag} is not yet available in this spamgear build ({module_name})"
        ) from err
    target: Any = module
    for part in attr.split("."):
        target = getattr(target, part, None)
        if target is None:
            raise UsageError(f"full-scan: {flag} is not yet available in this spamgear build ({spec})")
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
        # Resolve every requested hook up front: a missing one fails before anything is scanned.
        if options.quarantine_dir is not None:
            self.quarantine = load_hook(QUARANTINE_HOOK, "-q/--quarantine")
        if options.notify_pattern is not None or options.custom_email is not None:
            self.notify = load_hook(NOTIFY_HOOK, "-n/--notify-user")
        if cfg.clamd.socket or cfg.clamd.host:
            client_cls: Any = load_hook(SECOND_SCANNER, "clamd (clamd.socket/clamd.host is set)")
            self.second = client_cls.from_config(cfg.clamd)

    def _second_opinion(self, verdict: Verdict) -> Verdict:
        if self.second is None or verdict.kind is not VerdictKind.CLEAN:
            return verdict
        flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
        try:
            fd = os.open(os.fsencode(verdict.path), flags)
        except OSError:
            return verdict
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return verdict
            other: Verdict = self.second.scan_fd(fd, verdict.path)
        finally:
            os.close(fd)
        return merge_verdicts(verdict, other)

    def run(self, verdicts: Iterable[Verdict]) -> Iterator[Verdict]:
        """Second scanner, then quarantine, per file; notify after the last one."""
        findings: list[Verdict] = []
        for verdict in verdicts:
            checked = self._second_opinion(verdict)
            if checked.kind is VerdictKind.MALICIOUS:
                if self.quarantine is not None:
                    checked = self.quarantine(self.cfg, checked, self.options.quarantine_dir)
                findings.append(checked)
            yield checked
        if self.notify is not None and findings:
            pattern = self.options.notify_pattern or DEFAULT_NOTIFY_PATTERN
            self.notify(self.cfg, findings, pattern, self.options.custom_email)
