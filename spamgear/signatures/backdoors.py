"""spam-gear `backdoors.re`: one Python regex per line (`re.search`, no flags), label `PHP.Backdoor.N`.

Each line becomes a YARA regex string when `pyregex.translate` can express it exactly; otherwise it stays a
Python regex run by the bounded fallback worker (time- and byte-limited), gated by a required literal.
The rule's meta `path` (and `FallbackRule`) records which way each line went.
"""

from __future__ import annotations

import re
import warnings

from spamgear.signatures.model import (
    DEFAULT_SCORE,
    FallbackRule,
    GeneratedRule,
    ParsedSource,
    SourceIssue,
)
from spamgear.signatures.pyregex import Untranslatable, gate_segments, required_literal, translate


def parse_backdoors(text: bytes, path: str, prefix: str = "SPAMGEAR_BACKDOOR") -> ParsedSource:
    """Regex lines -> YARA regex rules or Python fallbacks; invalid regexes are named and skipped."""
    with warnings.catch_warnings():
        # `re` warns (FutureWarning) about constructs like "[[" that are valid today: not our business
        warnings.simplefilter("ignore", FutureWarning)
        return _parse(text, path, prefix)


def _parse(text: bytes, path: str, prefix: str) -> ParsedSource:
    result = ParsedSource()
    for index, raw in enumerate(text.split(b"\n")):
        lineno = index + 1
        line = raw[:-1] if raw.endswith(b"\r") else raw
        if not line.strip() or line.lstrip().startswith(b"#"):
            continue
        try:
            pattern = line.decode("utf-8")
        except UnicodeDecodeError:
            result.issues.append(SourceIssue(path, lineno, "not UTF-8"))
            continue
        try:
            re.compile(pattern.encode("utf-8"))
        except re.error as err:
            result.issues.append(SourceIssue(path, lineno, f"invalid regex: {err}"))
            continue
        if re.compile(pattern.encode("utf-8")).search(b"") is not None:
            result.issues.append(
                SourceIssue(path, lineno, "regex matches the empty string (would hit every file)")
            )
            continue
        name = f"{prefix}_L{lineno}"
        source = f"{path}:{lineno}"
        family = f"PHP.Backdoor.{index}"
        description = "spam-gear backdoor regex: " + pattern[:60]
        try:
            body = translate(pattern)
            _test_compile(body)
        except Untranslatable as why:
            gate = _gate(name, source, pattern)
            if gate is not None:
                result.rules.append(gate)
            result.fallbacks.append(
                FallbackRule(
                    name,
                    source,
                    DEFAULT_SCORE,
                    family,
                    description,
                    pattern,
                    required_literal(pattern),
                    str(why),
                    gate.name if gate is not None else "",
                )
            )
            continue
        rule = GeneratedRule(
            name, source, DEFAULT_SCORE, family, description, (f"$r = /{body}/",), path="yara"
        )
        result.rules.append(rule)
    return result


def _gate(name: str, source: str, pattern: str) -> GeneratedRule | None:
    """A score-0 YARA rule that hits when every translatable piece of `pattern` is in the file."""
    pieces: list[str] = []
    for body in gate_segments(pattern):
        try:
            _test_compile(body, strict=True)  # a piece YARA calls slow is worse than no piece
        except Untranslatable:
            continue
        pieces.append(f"$g{len(pieces)} = /{body}/")
    if not pieces:
        return None
    return GeneratedRule(
        f"{name}_GATE",
        source,
        0,
        "",
        f"gate for the Python regex fallback {name}",
        tuple(pieces),
        condition="all of them",
        path="gate",
    )


def _test_compile(body: str, strict: bool = False) -> None:
    """YARA has its own limits (regex size, atoms); what it refuses goes to the fallback instead."""
    import yara

    try:
        yara.compile(source=f"rule t {{ strings: $r = /{body}/ condition: $r }}", error_on_warning=strict)
    except (yara.SyntaxError, yara.WarningError) as err:
        raise Untranslatable(f"yara refused it: {err}") from err
