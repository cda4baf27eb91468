"""Records shared by every part of spamgear: scan verdicts and their matches.

Frozen and behaviour-free (beyond small helpers), so parsers, policies and adapters can pass them around.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class VerdictKind(StrEnum):
    """Outcome of scanning one file. Order of precedence when merging: malicious > error > clean."""

    CLEAN = "clean"
    MALICIOUS = "malicious"
    ERROR = "error"


_PRECEDENCE = {VerdictKind.CLEAN: 0, VerdictKind.ERROR: 1, VerdictKind.MALICIOUS: 2}


@dataclass(frozen=True)
class StringHit:
    """One matched string: its identifier in the rule, byte offset and a short, printable excerpt."""

    identifier: str
    offset: int
    data: str


@dataclass(frozen=True)
class Match:
    """One rule that fired on a file."""

    rule: str
    scanner: str  # "yara", "regex" (Python fallback) or "clamd"
    score: int = 100
    family: str = ""
    description: str = ""
    source: str = ""  # file:line the rule came from
    cleanable: bool = False
    strings: tuple[StringHit, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "scanner": self.scanner,
            "score": self.score,
            "family": self.family,
            "description": self.description,
            "source": self.source,
            "strings": [{"id": s.identifier, "offset": s.offset, "data": s.data} for s in self.strings],
        }


@dataclass(frozen=True)
class Verdict:
    """The result for one file (or fd, or byte buffer) from one or more scanners."""

    path: str
    kind: VerdictKind
    matches: tuple[Match, ...] = ()
    reason: str = ""  # why an error happened, or a note ("over size limit")
    size: int = -1
    sha256: str = ""
    scanners: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def rules(self) -> list[str]:
        return [m.rule for m in self.matches]

    @property
    def score(self) -> int:
        return sum(m.score for m in self.matches)

    @property
    def is_malicious(self) -> bool:
        return self.kind is VerdictKind.MALICIOUS

    def as_json(self) -> dict[str, Any]:
        """The stable `--json` record: path, verdict, rules, scanner, plus details."""
        record: dict[str, Any] = {
            "path": self.path,
            "verdict": self.kind.value,
            "rules": self.rules,
            "scanner": ",".join(self.scanners) if self.scanners else "",
            "score": self.score,
            "matches": [m.as_json() for m in self.matches],
        }
        if self.reason:
            record["reason"] = self.reason
        if self.size >= 0:
            record["size"] = self.size
        if self.sha256:
            record["sha256"] = self.sha256
        record.update(self.extra)
        return record


def merge_verdicts(first: Verdict, second: Verdict) -> Verdict:
    """One record per file from two scanners: malicious beats error beats clean; matches add up."""
    kind = max(first.kind, second.kind, key=_PRECEDENCE.__getitem__)
    reasons = "; ".join(r for r in (first.reason, second.reason) if r)
    return Verdict(
        path=first.path,
        kind=kind,
        matches=first.matches + second.matches,
        reason=reasons,
        size=first.size if first.size >= 0 else second.size,
        sha256=first.sha256 or second.sha256,
        scanners=tuple(dict.fromkeys(first.scanners + second.scanners)),
        extra={**second.extra, **first.extra},
    )
