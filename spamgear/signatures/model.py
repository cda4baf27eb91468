"""Records the signature readers produce: rules to compile, regex fallbacks, and per-line issues."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_SCORE = 100


@dataclass(frozen=True)
class SourceIssue:
    """A signature that was skipped (or compiled with a caveat), named `file:line: reason`."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass(frozen=True)
class GeneratedRule:
    """A YARA rule built from a non-YARA source line; `strings` are complete YARA string definitions."""

    name: str
    source: str  # "file:line"
    score: int
    family: str
    description: str
    strings: tuple[str, ...]
    condition: str = "any of them"
    path: str = "yara"  # how the line is matched: "yara" (translated) - fallbacks are FallbackRule


@dataclass(frozen=True)
class FallbackRule:
    """A Python regex YARA cannot express faithfully; run by the bounded regex worker.

    A YARA "gate" rule (score 0, never reported) holds the pieces every match must contain; only files
    that hit it run the regex. Without a gate, `prefilter` is a literal the pattern cannot match without.
    """

    name: str
    source: str
    score: int
    family: str
    description: str
    pattern: str
    prefilter: bytes = b""
    why: str = ""
    #: Name of the YARA rule that must hit before the regex runs ("" = use `prefilter`).
    gate: str = ""


@dataclass
class ParsedSource:
    """What one reader returns for one file."""

    rules: list[GeneratedRule] = field(default_factory=list)
    fallbacks: list[FallbackRule] = field(default_factory=list)
    issues: list[SourceIssue] = field(default_factory=list)


def yara_meta_string(text: str) -> str:
    """A YARA meta string literal: quotes/backslashes escaped, anything unprintable replaced."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            out.append("?")
    return '"' + "".join(out) + '"'


def yara_hex_string(data: bytes) -> str:
    """Bytes as a YARA hex string `{ 41 42 }`: no escaping pitfalls whatever the literal holds."""
    return "{ " + " ".join(f"{b:02x}" for b in data) + " }"


def render_rule(rule: GeneratedRule) -> str:
    """YARA source text of one generated rule, with the meta every rule carries."""
    lines = [
        f"rule {rule.name}",
        "{",
        "    meta:",
        f"        source = {yara_meta_string(rule.source)}",
        f"        score = {int(rule.score)}",
        f"        family = {yara_meta_string(rule.family)}",
        f"        description = {yara_meta_string(rule.description)}",
        f"        path = {yara_meta_string(rule.path)}",
        "    strings:",
    ]
    lines.extend(f"        {s}" for s in rule.strings)
    lines.extend(["    condition:", f"        {rule.condition}", "}", ""])
    return "\n".join(lines)


def identifier_part(text: str) -> str:
    """A fragment usable in a YARA identifier."""
    cleaned = "".join(c if c.isascii() and (c.isalnum() or c == "_") else "_" for c in text)
    return cleaned or "x"
