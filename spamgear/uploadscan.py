"""One uploaded file, both scanners: the precompiled YARA engine, then clamd when it is configured.

Shared by the cold hook (`spamgear.adapters.modsec`) and the resident daemon (`spamgear.daemon`).
clamd always gets the open file descriptor (FILDES on a unix socket, INSTREAM on TCP), never a
path: ModSecurity's temp files are 0600 and owned by the web-server user.
"""

from __future__ import annotations

import dataclasses
import os

from spamgear import exhaustion

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from spamgear.config import Config
    from spamgear.models import Verdict


class UploadScanner:
    """Engine plus optional clamd client; `scan_fd` returns one merged Verdict."""

    def __init__(self, engine: Any, clamd: Any | None = None) -> None:
        self.engine = engine
        self.clamd = clamd

    @classmethod
    def from_config(cls, cfg: Config) -> UploadScanner:
        """Load the compiled rules cache (never compile here) and the clamd client if configured."""
        from spamgear.engine import Engine

        engine = Engine.from_config(cfg, compile_if_missing=False)
        engine.verdict_only = True  # the upload gets a yes/no; no instance list is kept
        if exhaustion.rejects(cfg.hook.slow_scan):
            # answered within hook.deadline even when the content is built to outrun the rules
            engine.file_timeout = exhaustion.upload_yara_timeout(cfg.hook.deadline, cfg.scan.file_timeout)
            engine.exhausted_rule = exhaustion.RULE
        clamd = None
        if cfg.clamd.socket or cfg.clamd.host:
            from spamgear.clamav import ClamdClient

            # an upload must be answered within hook.deadline: never wait longer on clamd
            timeout = min(cfg.clamd.timeout, cfg.hook.deadline)
            clamd = ClamdClient.from_config(dataclasses.replace(cfg.clamd, timeout=timeout))
        return cls(engine, clamd)

    def close(self) -> None:
        """Stop helpers the engine may have started (its regex worker): a hook leaves no children."""
        close = getattr(self.engine, "close", None)
        if close is not None:
            close()

    @property
    def scanners(self) -> tuple[str, ...]:
        return ("yara", "clamd") if self.clamd is not None else ("yara",)

    def scan_fd(self, fd: int, name: str) -> Verdict:
        """YARA first (a hit ends the scan: the upload is rejected either way), then clamd."""
        from spamgear.models import merge_verdicts

        os.lseek(fd, 0, os.SEEK_SET)
        verdict: Verdict = self.engine.scan_fd(fd, name)
        if self.clamd is None or verdict.is_malicious:
            return verdict
        os.lseek(fd, 0, os.SEEK_SET)
        other: Verdict = self.clamd.scan_fd(fd, name)
        return merge_verdicts(verdict, other)
